import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {extractHtml, isHtml} from '../../src/decode/html.js'
import {normalizeDate, withoutSiteName} from '../../src/decode/html-meta.js'
import {createNewsfacts} from '../../src/pipeline/index.js'

/** Every unit of the text maps onto the HTML it came from. */
function expectMapped(html: string, text: string, map: ReturnType<typeof extractHtml>['map']): void {
  for (let index = 0; index < text.length; index++) {
    const source = html.slice(...map.toSource([index, index + 1]))
    const unit = text[index]
    if (unit === '\n') expect(source, `newline ${index}`).toBe('')
    else if (unit === ' ') expect(source.trim() === '' || source === '&nbsp;', `space ${index}`).toBe(true)
    else expect(source === unit || source.startsWith('&'), `unit ${index} ${unit} <- ${source}`).toBe(true)
  }
}

const page = `<!DOCTYPE html>
<html lang="zh">
<head>
  <meta charset="utf-8">
  <title> 堯都區委副書記  任俊杰 </title>
  <meta property="article:published_time" content="2023-02-20T08:58:54+08:00">
  <style>p { color: red }</style>
  <script>var ad = "廣告";</script>
</head>
<body>
  <header><a href="/">臨汾新聞網</a></header>
  <nav><ul><li>首頁</li><li>新聞</li></ul></nav>
  <div class="sidebar"><article><p>短</p></article></div>
  <article>
    <header><h1>貫徹落實“三個文件”</h1></header>
    <p>
      馬上就辦，真抓實干。
    </p>
    <p>一般公共預算收入25.3億元&nbsp;&amp;&#x4E2D;&#128512;<br>率先實現了經濟新跨越。</p>
    <script>track()</script>
    <footer>責任編輯：暢任杰</footer>
  </article>
  <footer>版權聲明</footer>
</body>
</html>`

describe('isHtml', () => {
  it('goes by extension or by how the text starts', () => {
    expect(isHtml('plain', '.html')).toBe(true)
    expect(isHtml('plain', '.HTM')).toBe(true)
    expect(isHtml('  <!DOCTYPE html><p>x', undefined)).toBe(true)
    expect(isHtml('<!-- saved --><html lang="zh">', '.txt')).toBe(true)
    expect(isHtml('<p>a fragment</p>', undefined)).toBe(false)
    expect(isHtml('堯都區<html>', undefined)).toBe(false)
  })
})

describe('extractHtml', () => {
  it('takes the longest article, without scripts, navigation and page chrome', () => {
    const article = extractHtml(page)
    expect(article.text).toBe(
      '貫徹落實“三個文件”\n馬上就辦，真抓實干。\n一般公共預算收入25.3億元\u00A0&中😀\n率先實現了經濟新跨越。\n責任編輯：暢任杰'
    )
    expect(article.title).toBe('堯都區委副書記 任俊杰')
    expect(article.publishedAt).toBe('2023-02-20T08:58:54+08:00')
    expectMapped(page, article.text, article.map)
  })

  it('maps character references to the reference, and text 1:1', () => {
    const {text, map} = extractHtml(page)
    const at = (needle: string) => page.slice(...map.toSource([text.indexOf(needle), text.indexOf(needle) + needle.length]))
    expect(at('&')).toBe('&amp;')
    expect(at('中')).toBe('&#x4E2D;')
    expect(at('😀')).toBe('&#128512;')
    expect(at('\u00A0')).toBe('&nbsp;')
    expect(at('25.3億元')).toBe('25.3億元')
    expect(at('馬上就辦')).toBe('馬上就辦')
  })

  it('falls back to <main>, then to the body', () => {
    expect(extractHtml('<html><body><nav>菜單</nav><main><p>正文</p></main><p>其他</p></body></html>').text).toBe('正文')
    expect(extractHtml('<html><body><header>頭</header><main><div>短</div></main><footer>尾</footer></body></html>').text).toBe('短')
    expect(extractHtml('<html><body><header>頭</header><div>第一段</div><div>第二段</div></body></html>').text).toBe(
      '第一段\n第二段'
    )
  })

  it('keeps <pre> line breaks and collapses other whitespace', () => {
    expect(extractHtml('<html><body><p>a  \n  b</p><pre>x\n\ny</pre></body></html>').text).toBe('a b\nx\ny')
  })

  it('reads the date from other meta tags and <time>', () => {
    const date = (head: string, body = '') => extractHtml(`<html><head>${head}</head><body><p>x</p>${body}</body></html>`).publishedAt
    expect(date('<meta name="PubDate" content="2023/2/20">')).toBe('2023-02-20')
    expect(date('<meta itemprop="datePublished" content="2023-02-20T08:58">')).toBe('2023-02-20T08:58:00')
    expect(date('<meta property="og:release_date" content="20230220">')).toBe('2023-02-20')
    expect(date('<meta name="date" content="2023年2月20日 08:58">')).toBe('2023-02-20T08:58:00')
    expect(date('', '<time datetime="2023-02-20T08:58:54Z" pubdate>2月20日</time>')).toBe('2023-02-20T08:58:54Z')
    expect(date('<meta name="date" content="yesterday">')).toBeNull()
    expect(date('')).toBeNull()
  })

  it('takes og:title when there is no <title>', () => {
    expect(extractHtml('<html><head><meta property="og:title" content="標題"></head><body>x</body></html>').title).toBe('標題')
    expect(extractHtml('<html><body>x</body></html>').title).toBeNull()
  })
})

interface LayoutCase {
  file: string
  layout: string
  title: string
  body: string[]
  chrome: string[]
  backlog: string[]
}

const layouts = new URL('../fixtures/decode/html/', import.meta.url)
const cases = JSON.parse(readFileSync(new URL('cases.json', layouts), 'utf8')) as LayoutCase[]
const readPage = (file: string) => readFileSync(new URL(file, layouts), 'utf8')

describe('extractHtml on pages without <article>', () => {
  it('covers the layouts', () => {
    expect(cases.map((page) => page.layout.split(':')[0])).toEqual(['portal', 'government', 'blog', 'wire (English)', 'wire (Chinese)', 'mobile'])
  })

  it.each(cases.map((page) => [page.file, page] as const))('%s: the body and its headline, not the chrome', (file, page) => {
    const html = readPage(file)
    const {text, title, map} = extractHtml(html)
    expect(title).toBe(page.title)
    const lines = text.split('\n')
    expect(lines).toContain(page.title)
    for (const paragraph of page.body) expect(lines).toContain(paragraph)
    for (const chrome of page.chrome) expect(text).not.toContain(chrome)
    // Known leaks, kept until fixed.
    for (const chrome of page.backlog) expect(text).toContain(chrome)
    expectMapped(html, text, map)
  })

  it('points every fact at its place in the page', () => {
    const html = readPage('portal.html')
    const {record} = createNewsfacts().processSync({id: 'portal.html', value: html, path: 'portal.html'})
    if (record.type !== 'article') throw new Error(record.type)
    const texts = record.facts.map((fact) => fact.text)
    expect(texts).toEqual(expect.arrayContaining(['同比增长6.8%', '3652.8亿元', '42.7万辆']))
    // From the headline to the editor's name: not the related headlines, the comments or the ranking after it.
    const [start, end] = [html.indexOf('<h1'), html.indexOf('<div class="article-tags">')]
    for (const fact of record.facts) {
      expect(html.slice(...fact.sourceSpan)).toBe(fact.text)
      expect(fact.sourceSpan[0]).toBeGreaterThan(start)
      expect(fact.sourceSpan[1]).toBeLessThan(end)
    }
  })

  it('falls back to the body when Readability finds nothing', () => {
    expect(extractHtml('<html><body><nav>菜單</nav><div>短</div></body></html>').text).toBe('短')
  })
})

describe('withoutSiteName', () => {
  it.each([
    ['前三季度工业增加值增长6.8%_财经频道_东海网', '前三季度工业增加值增长6.8%'],
    ['2022年统计公报 - 青山市人民政府', '2022年统计公报'],
    ['全市新增城镇就业3.2万人-手机南江网', '全市新增城镇就业3.2万人'],
    ['U.S. retail sales rise 0.7% | Global Wire', 'U.S. retail sales rise 0.7%'],
    ['Global Wire | U.S.-China trade talks resume in Geneva', 'U.S.-China trade talks resume in Geneva'],
    ['1-8月全省规上工业利润增长12%', '1-8月全省规上工业利润增长12%'],
    ['COVID-19 cases fall 20%', 'COVID-19 cases fall 20%']
  ])('%s -> %s', (title, expected) => {
    expect(withoutSiteName(title)).toBe(expected)
  })

  it('prefers og:title, then the <h1> the <title> starts with', () => {
    const title = (head: string, body = '') => extractHtml(`<html><head>${head}</head><body>${body}<p>x</p></body></html>`).title
    expect(title('<title>標題_某某網</title><meta property="og:title" content=" 標題 ">')).toBe('標題')
    expect(title('<title>標題：副題 - 某某網</title>', '<h1>標題：副題</h1>')).toBe('標題：副題')
    expect(title('<title>網站首頁</title>', '<h1>標題</h1>')).toBe('網站首頁')
  })
})

describe('normalizeDate', () => {
  it.each([
    ['2023-02-20', '2023-02-20'],
    ['2023-2-5 8:05', '2023-02-05T08:05:00'],
    ['2023-02-20T08:58:54.123+0800', '2023-02-20T08:58:54+08:00'],
    ['2023.02.20', '2023-02-20'],
    ['2023-13-01', null],
    ['', null]
  ])('%s -> %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected)
  })
})
