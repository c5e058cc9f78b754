/**
 * The hand-written gold agrees with the articles it describes: every file
 * parses and has valid fields, and every fact's text can be found, in order,
 * in a roughly normalized copy of its article.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import * as OpenCC from 'opencc-js'
import {describe, expect, it} from 'vitest'
import {APPROX, FACT_KINDS, LANGS, locateGold, matchArticle, type GoldArticle, type GoldFact} from '../../scripts/eval.js'

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../corpus')
const articlesDir = path.join(corpus, 'articles')
const goldDir = path.join(corpus, 'gold')

interface Article {
  id: string
  file: string
  text: string
  /** From the JSONL line; files carry a dateline instead. */
  publishedAt?: string
}

function readArticles(): Article[] {
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
    } else if (ext === '.html') {
      const body = /<article>([\s\S]*?)<\/article>/.exec(raw)
      articles.push({id: path.basename(file, ext), file, text: body ? body[1]!.replace(/<[^>]*>/g, '') : raw})
    } else {
      articles.push({id: path.basename(file, ext), file, text: raw})
    }
  }
  return articles
}

function readGold(): Map<string, GoldArticle> {
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

const articles = readArticles()
const gold = readGold()
const isoDate = /^\d{4}(-(\d{2}|Q[1-4]|H[12]))?(-\d{2})?(\/\d{4}(-(\d{2}|Q[1-4]|H[12]))?(-\d{2})?)?$/

describe('corpus', () => {
  it('has at least 17 articles, each with a gold file, and no gold without an article', () => {
    expect(articles.length).toBeGreaterThanOrEqual(17)
    expect([...gold.keys()].sort()).toEqual(articles.map((article) => article.id).sort())
  })

  it('keeps the seed byte for byte', () => {
    const seed = path.join(corpus, '../../shared/seeds/000_a31ba222a182815c.txt')
    if (!fs.existsSync(seed)) return
    expect(fs.readFileSync(path.join(articlesDir, '000_a31ba222a182815c.txt'))).toEqual(fs.readFileSync(seed))
  })
})

describe.each(articles.map((article) => [article.id, article] as const))('gold %s', (id, article) => {
  const entry = gold.get(id)

  it('has the required fields with valid values', () => {
    expect(entry).toBeDefined()
    const {lang, publishedAt, facts, checks} = entry!
    expect(entry!.id).toBe(id)
    expect(LANGS).toContain(lang)
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
      .map((fact, index) => ({...fact, span: spans[index]!}))
      .filter((fact) => !fact.optional)
    const result = matchArticle(entry!.facts, predicted, text)
    expect(result.misses).toEqual([])
    expect(result.falsePositives).toEqual([])
    expect(result.pairs.map(([, g]) => entry!.facts[g])).toEqual(entry!.facts.filter((fact) => !fact.optional))
  })
})

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
      expect(fact.unit, where).toBe('%')
      break
    case 'change':
      expect(['up', 'down'], where).toContain(fact.direction)
      expect(fact.unit, where).not.toBeNull()
      break
    case 'duration':
      expect(['day', 'month', 'year'], where).toContain(fact.unit)
      break
    case 'ratio':
      for (const value of values) {
        expect(value > 0 && value <= 1, where).toBe(true)
        expect(Math.round(value * 1e4) / 1e4, `${where}: ratios have 4 decimal places`).toBe(value)
      }
      break
    case 'rank':
    case 'ordinal':
      expect(Number.isInteger(fact.value), where).toBe(true)
      if (fact.group !== undefined) expect(fact.value as number).toBeLessThanOrEqual(fact.group)
      break
    case 'count':
      expect(fact.unit, where).not.toBeNull()
      break
  }
}
