import iconv from 'iconv-lite'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {convert} from '../../src/convert/index.js'
import {detect} from '../../src/detect/index.js'
import {resolveOptions, type Options} from '../../src/pipeline/options.js'
import {rewrite} from '../../src/util/offset-map.js'
import {toSource} from '../../src/util/file.js'

/** A file as repair leaves it: `(pinyin)` annotations removed, the map pointing at the source. */
function repaired(source: string): VFile {
  const file = new VFile({value: source})
  file.data.source = source
  const {text, map} = rewrite(source, /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, () => '')
  file.data.text = text
  file.data.map = map
  return file
}

function run(source: string, options: Options = {}): VFile {
  const file = repaired(source)
  const resolved = resolveOptions(options)
  detect(file, resolved)
  convert(file, resolved)
  return file
}

const convertMessages = (file: VFile) => file.messages.filter((message) => message.source === 'convert')

describe('convert stage', () => {
  it('converts Chinese, composes the map onto the source and reports once', () => {
    const source = '區(qū)委提前著手，帶(dài)著項目'
    const file = run(source)
    expect(file.data.text).toBe('区委提前着手，带着项目')
    expect([file.data.lang, file.data.script]).toEqual(['zh-Hant', 'Hant'])
    const at = file.data.text?.indexOf('着手') ?? -1
    expect(source.slice(...toSource(file, [at, at + 2]))).toBe('著手')
    expect(source.slice(...toSource(file, [0, 2]))).toBe('區(qū)委')
    const messages = convertMessages(file)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({
      ruleId: 'traditional-to-simplified',
      source: 'convert',
      reason: 'Converted 5 characters to mainland Simplified (OpenCC `t` to `cn`)'
    })
    expect(messages[0]?.fatal).toBeUndefined()
  })

  it('uses the variant from the options', () => {
    expect(run('土著居民隨著發展', {from: 'tw'}).data.text).toBe('土著居民随着发展')
    expect(run('這個軟體', {from: 'hk'}).data.text).toBe('这个软体')
  })

  it('leaves Simplified text as it is, without a message', () => {
    const file = run('国家统计局今天发布数据')
    expect(file.data.text).toBe('国家统计局今天发布数据')
    expect(convertMessages(file)).toHaveLength(0)
  })

  it('leaves other languages alone', () => {
    for (const source of ['東京の關係者によると', 'The company said so.', '서울의 인구']) {
      const file = run(source)
      expect(file.data.text).toBe(source)
      expect(convertMessages(file)).toHaveLength(0)
    }
  })

  it('leaves a Chinese line with kana alone and says why', () => {
    const source = '這個軟體在日本叫做ソフト，我們認為關係很大，這是公司在記者會上對產品名稱的說明。'
    const file = run(source)
    expect(file.data.lang).toBe('zh-Hant')
    expect(file.data.text).toBe(source)
    expect(convertMessages(file).map((message) => message.reason)).toEqual([
      'Not converted to Simplified: 1 line with kana, whose Han characters may be Japanese'
    ])
  })

  it('converts the other lines of a page with a Japanese line', () => {
    const chinese = '我們認為這個軟體今年的銷售額將達到3億元，比去年增長兩成，關係到公司全年的經營目標和員工的獎金發放。'
    const file = run(`東京の關係者によると\n${chinese}`)
    expect(file.data.lang).toBe('zh-Hant')
    expect(file.data.text).toBe('東京の關係者によると\n我们认为这个软体今年的销售额将达到3亿元，比去年增长两成，关系到公司全年的经营目标和员工的奖金发放。')
  })

  it('converts the Chinese of a page whose English outweighs it', () => {
    const english =
      'Abstract: This report reviews the regional economy in the first quarter, with output, investment, retail sales and prices. ' +
      'Industrial output rose steadily while consumer prices were stable, and the labour market improved over the quarter.'
    const source = `${english}\n一季度全區(qū)實現地區生產總值256.3億元，同比增長5.2%。`
    const file = run(source)
    expect(file.data.lang).toBe('en')
    expect(file.data.text).toBe(`${english}\n一季度全区实现地区生产总值256.3亿元，同比增长5.2%。`)
    const at = file.data.text?.indexOf('亿元') ?? -1
    expect(source.slice(...toSource(file, [at, at + 2]))).toBe('億元')
  })

  it('is not stopped by kana inside junk from a wrong decoding', () => {
    // `来源：财政部网站` as UTF-8 read as GBK: its `ユ` is junk, not Japanese.
    const junk = iconv.decode(Buffer.from('来源：财政部网站 浏览次数', 'utf8'), 'gbk')
    expect(junk).toMatch(/\p{Script=Katakana}/u)
    const file = run(`${junk}\n我們認為今年的銷售額將達到3億元，關係到全年目標。`)
    expect(file.data.lang).toBe('zh-Hant')
    expect(file.data.text?.split('\n')[1]).toBe('我们认为今年的销售额将达到3亿元，关系到全年目标。')
  })

  it('keeps lang and script as detected before conversion', () => {
    const file = run('我們的經濟')
    expect(file.data.text).toBe('我们的经济')
    expect([file.data.lang, file.data.script]).toEqual(['zh-Hant', 'Hant'])
  })

  it('detects the language itself when detect has not run', () => {
    const file = repaired('我們的經濟')
    convert(file, resolveOptions())
    expect(file.data.text).toBe('我们的经济')
    expect(file.data.lang).toBeUndefined()
  })

  it('does nothing to a file without text', () => {
    const file = new VFile()
    convert(file, resolveOptions())
    expect(file.data.text).toBeUndefined()
    expect(file.messages).toHaveLength(0)
  })
})

/**
 * Backlog: known wrong under `tw`, kept so a change is noticed. tw turns these
 * 著 (zhù) into 着, and the fix table cannot undo them because the same 着
 * follows verbs (讨论着, 编着故事, 翻译着).
 */
describe('convert backlog (tw)', () => {
  it.each([
    ['論著', '论着', '论著'],
    ['編著', '编着', '编著'],
    ['譯著', '译着', '译著'],
    ['所著', '所着', '所著'],
    ['著有', '着有', '著有'],
    ['新著', '新着', '新著']
  ])('%s gives %s (should be %s)', (input, now) => {
    expect(run(input, {from: 'tw'}).data.text).toBe(now)
  })
})
