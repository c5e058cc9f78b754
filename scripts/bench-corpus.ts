/**
 * The benchmark corpus: real Chinese prose from Debian's fortunes-zh (installed
 * here when missing and we are root), OpenCC's classical benchmark text from
 * ../shared, and generated news-like articles full of numbers. Deterministic,
 * so runs compare.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'

export interface BenchArticle {
  id: string
  text: string
}

const fortunes = '/usr/share/games/fortunes/chinese'

export function ensureFortunes(): boolean {
  if (existsSync(fortunes)) return true
  if (process.getuid?.() !== 0) return false
  try {
    execFileSync('apt-get', ['install', '-y', '-qq', 'fortunes-zh'], {stdio: 'ignore'})
  } catch {
    try {
      execFileSync('apt-get', ['update', '-qq'], {stdio: 'ignore'})
      execFileSync('apt-get', ['install', '-y', '-qq', 'fortunes-zh'], {stdio: 'ignore'})
    } catch {
      return false
    }
  }
  return existsSync(fortunes)
}

/** Split prose into articles of about `size` characters at paragraph ends. */
function chunk(prefix: string, text: string, size: number): BenchArticle[] {
  const out: BenchArticle[] = []
  let current = ''
  for (const paragraph of text.split(/\n+/)) {
    current += paragraph + '\n'
    if (current.length >= size) {
      out.push({id: `${prefix}-${out.length}`, text: current})
      current = ''
    }
  }
  if (current.trim()) out.push({id: `${prefix}-${out.length}`, text: current})
  return out
}

/** Small deterministic PRNG (mulberry32) so generated articles are the same every run. */
export function random(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const places = ['尧都区', '临汾市', '太原市', '浦东新区', '海淀区', '南山区', '武侯区', '鼓楼区']
const metrics = ['一般公共预算收入', '地区生产总值', '社会消费品零售总额', '固定资产投资', '营业额', '进出口总额']
const things = ['重点项目', '限上贸易企业', '规上工业企业', '专项行动', '市场主体']

export function newsArticle(index: number, next: () => number): BenchArticle {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!
  const n = (max: number, digits = 0) => (next() * max).toFixed(digits)
  const place = pick(places)
  const whole = 50 + Math.floor(next() * 100)
  const part = Math.floor(whole * (0.5 + next() * 0.5))
  const sentences = [
    `${2020 + (index % 4)}-0${1 + (index % 9)}-1${index % 10} 08:58:54 来源:新闻网`,
    `从去年${1 + (index % 12)}月开始,${place}紧扣高质量发展目标,扎实推进各项工作。`,
    `${place}${pick(metrics)}${n(100, 1)}亿元,同比增长${n(20, 1)}%,在全省${10 + (index % 20)}个市辖区中排名第${1 + (index % 9)}位。`,
    `全年确定了${whole}个${pick(things)},总投资${n(900)}亿元,年度计划投资${n(90)}亿元。`,
    `目前已有${part}个项目开复工,开复工率达到了${Math.round((part / whole) * 100)}%。`,
    `${pick(things)}增加${n(5000)}余户,文旅消费人数增长${n(200)}%,比上年提高${n(5, 1)}个百分点。`,
    `主要采取了三个方面的措施:一是高度重视,高位推进;二是细化任务,对标落实;三是健全机制,确保实效。`,
    `两个多月以来,${place}累计完成投资${n(50, 2)}亿元,约占全年计划的三分之一。`
  ]
  return {id: `news-${index}`, text: sentences.join('\n')}
}

/** The real prose: fortunes-zh (Simplified) and zuozhuan (Traditional) cut into ~2,000-character articles. */
export function realArticles(sharedDir: URL): {articles: BenchArticle[]; sources: string[]} {
  const sources: string[] = []
  const articles: BenchArticle[] = []
  if (ensureFortunes()) {
    // fortune files separate entries with `%` lines and colour them with ANSI escapes.
    const text = readFileSync(fortunes, 'utf8').replace(/\u001B\[[0-9;]*m/g, '').replace(/^%$/gm, '')
    articles.push(...chunk('fortunes-zh', text, 2000))
    sources.push('Debian fortunes-zh (chinese)')
  }
  const zuozhuan = new URL('external/opencc/zuozhuan.txt', sharedDir)
  if (existsSync(zuozhuan)) {
    articles.push(...chunk('zuozhuan', readFileSync(zuozhuan, 'utf8'), 2000).slice(0, 300))
    sources.push('OpenCC zuozhuan.txt (Traditional, first 300 chunks)')
  }
  return {articles, sources}
}

export function buildCorpus(targetBytes: number, sharedDir: URL): {articles: BenchArticle[]; sources: string[]} {
  const {articles, sources} = realArticles(sharedDir)
  const next = random(42)
  const generated: BenchArticle[] = []
  // 600 at least; more when the real prose is short of the target.
  const realBytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0)
  let generatedBytes = 0
  for (let i = 0; i < 600 || realBytes + generatedBytes < targetBytes; i++) {
    generated.push(newsArticle(i, next))
    generatedBytes += Buffer.byteLength(generated[i]!.text)
  }
  articles.push(...generated)
  sources.push(`generated news-like articles (${generated.length})`)
  // Interleave sources so that any prefix is a fair sample, then cut to size.
  articles.sort((a, b) => hash(a.id) - hash(b.id))
  const out: BenchArticle[] = []
  let bytes = 0
  for (const article of articles) {
    if (bytes >= targetBytes) break
    out.push(article)
    bytes += Buffer.byteLength(article.text)
  }
  return {articles: out, sources}
}

function hash(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}
