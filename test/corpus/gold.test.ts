/**
 * The hand-written gold agrees with the articles it describes, in `corpus/`
 * and `corpus-real/` alike: every file parses and has valid fields, and every
 * fact's text can be found, in order, in a roughly normalized copy of its
 * article. For `corpus-real/`, every article also states where it comes
 * from and under what license, the README lists it, and the splits hold
 * every article once.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import * as OpenCC from 'opencc-js'
import {describe, expect, it} from 'vitest'
import {APPROX, FACT_KINDS, LANGS, REGIONS, locateGold, matchArticle, type GoldArticle, type GoldFact} from '../../scripts/eval.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..')

interface Article {
  id: string
  file: string
  text: string
  /** From the JSONL line; files carry a dateline instead. */
  publishedAt?: string
  /** Where a real article comes from (`corpus-real/`). */
  source?: {url?: string; publisher?: string; license?: string}
}

function readArticles(articlesDir: string): Article[] {
  const articles: Article[] = []
  for (const file of fs.readdirSync(articlesDir).sort()) {
    const raw = fs.readFileSync(path.join(articlesDir, file), 'utf8')
    const ext = path.extname(file)
    if (ext === '.jsonl') {
      for (const line of raw.split('\n')) {
        if (line.trim() === '') continue
        const {id, text, publishedAt} = JSON.parse(line) as {id: string; text: string; publishedAt: string}
        articles.push({id, file, text, publishedAt})
      }
    } else if (ext === '.json') {
      const {id, text, publishedAt, source} = JSON.parse(raw) as Article
      articles.push({id, file, text, publishedAt, source})
    } else if (ext === '.html') {
      const body = /<article>([\s\S]*?)<\/article>/.exec(raw)
      articles.push({id: path.basename(file, ext), file, text: body ? body[1]!.replace(/<[^>]*>/g, '') : raw})
    } else {
      articles.push({id: path.basename(file, ext), file, text: raw})
    }
  }
  return articles
}

function readGold(goldDir: string): Map<string, GoldArticle> {
  const gold = new Map<string, GoldArticle>()
  for (const file of fs.readdirSync(goldDir).sort()) {
    if (!file.endsWith('.json')) continue
    const article = JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8')) as GoldArticle
    gold.set(path.basename(file, '.json'), article)
  }
  return gold
}

const entities: Record<string, string> = {nbsp: '\u00A0', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', amp: '&', lt: '<', gt: '>', quot: '"', middot: '·', hellip: '…', mdash: '—'}

/** Tone-marked pinyin glued after a character by the garbling mirror: `區(qū)`, `億(yì)`. */
const pinyinAnnotation = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g

let toSimplified: ((text: string) => string) | undefined

/** Not the library's normalizer: just enough to find the annotated texts. */
function roughNormalize(text: string, lang: string): string {
  let result = text
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => entities[name] ?? whole)
    .replace(pinyinAnnotation, '')
    .normalize('NFKC')
  if (lang === 'zh-Hant') {
    toSimplified ??= OpenCC.Converter({from: 't', to: 'cn'})
    result = toSimplified!(result)
  }
  return result
}

/** ISO 8601 dates, intervals and periods (`2023-Q1`, `2023-H1`, `2023-W43`), and fiscal labels (`FY2023`, `FY2023-Q3`, `FY2023/2024`). */
const period = String.raw`(?:FY)?\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]|W\d{2}))?(?:-\d{2})?`
const isoDate = new RegExp(`^${period}(?:/${period})?$`)

const invented = {dir: path.join(root, 'corpus'), minimum: 40}
const real = {dir: path.join(root, 'corpus-real'), minimum: 60}

describe('corpus', () => {
  const articles = readArticles(path.join(invented.dir, 'articles'))
  it('keeps the seed byte for byte', () => {
    const seed = path.join(root, '../shared/seeds/000_a31ba222a182815c.txt')
    if (!fs.existsSync(seed)) return
    expect(articles.length).toBeGreaterThan(0)
    expect(fs.readFileSync(path.join(invented.dir, 'articles', '000_a31ba222a182815c.txt'))).toEqual(fs.readFileSync(seed))
  })
})

describe('corpus-real', () => {
  const articles = readArticles(path.join(real.dir, 'articles'))
  const gold = readGold(path.join(real.dir, 'gold'))

  it('gives every article its source, publisher and license, and lists it in the README', () => {
    const readme = fs.readFileSync(path.join(real.dir, 'README.md'), 'utf8')
    for (const article of articles) {
      expect(article.source?.url, article.id).toMatch(/^https?:\/\//)
      expect(article.source?.publisher, article.id).toBeTruthy()
      expect(article.source?.license, article.id).toBeTruthy()
      expect(readme, `README row for ${article.id}`).toContain(`\`${article.id}\``)
    }
  })

  it('puts every article in exactly one of dev and heldout, about a third held out in each region', () => {
    const splits = JSON.parse(fs.readFileSync(path.join(real.dir, 'splits.json'), 'utf8')) as Record<string, string[]>
    // `retired`: held-out articles whose results were read while tuning, scored apart from now on.
    expect(Object.keys(splits).sort()).toEqual(['dev', 'heldout', 'retired'])
    const all = [...splits.dev!, ...splits.heldout!, ...splits.retired!]
    expect(new Set(all).size).toBe(all.length)
    expect(all.sort()).toEqual(articles.map((article) => article.id).sort())
    for (const region of REGIONS) {
      const ids = articles.filter((article) => gold.get(article.id)?.region === region).map((article) => article.id)
      // Retired articles were replaced by newly gathered ones, so a region's share can run a little above a third.
      const held = ids.filter((id) => splits.heldout!.includes(id)).length
      expect(held / ids.length, region).toBeGreaterThan(0.2)
      expect(held / ids.length, region).toBeLessThan(0.5)
    }
  })
})

describe.each([invented, real])('$dir', ({dir, minimum}) => {
  const articles = readArticles(path.join(dir, 'articles'))
  const gold = readGold(path.join(dir, 'gold'))

  it(`has at least ${minimum} articles, each with a gold file, and no gold without an article`, () => {
    expect(articles.length).toBeGreaterThanOrEqual(minimum)
    expect([...gold.keys()].sort()).toEqual(articles.map((article) => article.id).sort())
  })

  describe.each(articles.map((article) => [article.id, article] as const))('gold %s', (id, article) => {
    goldAgrees(id, article, gold.get(id))
  })
})

function goldAgrees(id: string, article: Article, entry: GoldArticle | undefined): void {

  it('has the required fields with valid values', () => {
    expect(entry).toBeDefined()
    const {lang, publishedAt, facts, checks} = entry!
    expect(entry!.id).toBe(id)
    expect(LANGS).toContain(lang)
    if (entry!.region !== undefined) expect(REGIONS).toContain(entry!.region)
    if (article.source) expect(REGIONS, 'a real article states its region').toContain(entry!.region)
    expect(publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(facts.length).toBeGreaterThan(0)
    for (const fact of facts) validateFact(fact)
    expect(Array.isArray(checks)).toBe(true)
    const texts = new Set(facts.map((fact) => fact.text))
    for (const check of checks) {
      expect(typeof check.rule).toBe('string')
      expect(['consistent', 'inconsistent', 'unverifiable']).toContain(check.verdict)
      expect(typeof check.note).toBe('string')
      for (const text of check.facts) expect(texts, `check ${check.rule} names ${text}`).toContain(text)
    }
  })

  it('states the publication date the article states', () => {
    const dateline = /^\s*(\d{4}-\d{2}-\d{2}) \d{2}:\d{2}:\d{2} /m.exec(article.text)
    expect(article.publishedAt ?? dateline?.[1]).toBe(entry!.publishedAt)
  })

  it('lists facts whose texts occur in the normalized article, in text order', () => {
    const text = roughNormalize(article.text, entry!.lang)
    let cursor = 0
    let previous: GoldFact | undefined
    for (const fact of entry!.facts) {
      const needle = fact.text.normalize('NFKC')
      // An optional fact repeated with another kind is an alternative reading of the same words.
      const alternative = fact.optional && previous?.optional && previous.text === fact.text
      previous = fact
      if (alternative) continue
      const start = text.indexOf(needle, cursor)
      expect(start, `\`${fact.text}\` after offset ${cursor} in ${article.file}`).toBeGreaterThanOrEqual(0)
      cursor = start + needle.length
    }
  })

  it('is matched exactly by its own required facts placed in the text', () => {
    const text = roughNormalize(article.text, entry!.lang)
    const spans = locateGold(text, entry!.facts)
    const predicted = entry!.facts
      .map((fact, index) => ({...fact, direction: fact.direction === 'flat' ? undefined : fact.direction, span: spans[index]!}))
      .filter((fact) => !fact.optional)
    const result = matchArticle(entry!.facts, predicted, text)
    expect(result.misses).toEqual([])
    expect(result.falsePositives).toEqual([])
    expect(result.pairs.map(([, g]) => entry!.facts[g])).toEqual(entry!.facts.filter((fact) => !fact.optional))
  })
}

function validateFact(fact: GoldFact): void {
  const where = `${fact.kind} ${fact.text}`
  expect(FACT_KINDS, where).toContain(fact.kind)
  expect(APPROX, where).toContain(fact.approx)
  expect(typeof fact.text, where).toBe('string')
  expect(fact.text.length, where).toBeGreaterThan(0)
  expect(fact.unit === null || typeof fact.unit === 'string', where).toBe(true)
  expect(fact.subject === null || typeof fact.subject === 'string', where).toBe(true)
  if (fact.optional !== undefined) expect(fact.optional, where).toBe(true)

  if (fact.kind === 'date') {
    expect(fact.value, where).toMatch(isoDate)
    expect(fact.unit, where).toBeNull()
    return
  }
  const numbers: unknown[] = Array.isArray(fact.value) ? fact.value : [fact.value]
  expect(numbers.every((value) => typeof value === 'number'), where).toBe(true)
  const values = numbers as number[]
  expect(values.length === 1 || values.length === 2, where).toBe(true)
  for (const value of values) expect(Number.isFinite(value), where).toBe(true)
  if (values.length === 2) expect(values[0]! <= values[1]!, where).toBe(true)

  switch (fact.kind) {
    case 'amount':
      expect(fact.unit, where).toMatch(/^[A-Z]{3}$/)
      break
    case 'percent':
      expect(['%', '‰'], where).toContain(fact.unit)
      break
    case 'number':
      expect([null, 'point'], where).toContain(fact.unit)
      break
    case 'change':
      expect(['up', 'down', 'flat'], where).toContain(fact.direction)
      expect(fact.unit, where).not.toBeNull()
      break
    case 'duration':
      expect(['day', 'week', 'month', 'quarter', 'year'], where).toContain(fact.unit)
      break
    case 'ratio':
      for (const value of values) {
        // A fraction (两成 = 0.2), or a multiple of another figure (是…的4.67倍).
        expect(value > 0, where).toBe(true)
        expect(Math.round(value * 1e4) / 1e4, `${where}: ratios have 4 decimal places`).toBe(value)
      }
      break
    case 'rank':
    case 'ordinal':
      expect(Number.isInteger(fact.value), where).toBe(true)
      if (fact.group !== undefined) expect(fact.value as number).toBeLessThanOrEqual(fact.group)
      break
    case 'count':
      // A count that names a set (三次产业, 两增两降) is optional and may have no classifier.
      if (!fact.optional) expect(fact.unit, where).not.toBeNull()
      break
  }
}
