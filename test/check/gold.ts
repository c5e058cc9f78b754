/**
 * The corpus gold as rule input: each article roughly normalized (as
 * `test/corpus/gold.test.ts` does) with its hand-written facts placed in
 * the text. Lets the rules be measured on articles they were not written
 * for, before the extractor exists.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import * as OpenCC from 'opencc-js'
import {locateGold, type GoldArticle} from '../../scripts/eval.js'
import {createContext, type RuleContext} from '../../src/check/index.js'
import {splitSentences} from '../../src/segment/sentences.js'
import type {Fact} from '../../src/types.js'

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../corpus')

export interface GoldCase {
  gold: GoldArticle
  text: string
  facts: Fact[]
  context: RuleContext
}

const entities: Record<string, string> = {nbsp: '\u00A0', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', amp: '&', lt: '<', gt: '>', quot: '"'}
const pinyinAnnotation = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g
let toSimplified: ((text: string) => string) | undefined

function roughNormalize(text: string, lang: string): string {
  let result = text
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

function readArticles(): Map<string, string> {
  const articles = new Map<string, string>()
  const dir = path.join(corpus, 'articles')
  for (const file of fs.readdirSync(dir).sort()) {
    const raw = fs.readFileSync(path.join(dir, file), 'utf8')
    const ext = path.extname(file)
    if (ext === '.jsonl') {
      for (const line of raw.split('\n')) {
        if (line.trim() === '') continue
        const {id, text} = JSON.parse(line) as {id: string; text: string}
        articles.set(id, text)
      }
    } else if (ext === '.html') {
      const body = /<article>([\s\S]*?)<\/article>/.exec(raw)
      articles.set(path.basename(file, ext), body ? body[1]!.replace(/<[^>]*>/g, '') : raw)
    } else {
      articles.set(path.basename(file, ext), raw)
    }
  }
  return articles
}

/** Every gold article with its facts placed; `optional` facts are kept when asked (an extractor may find them). */
export function goldCases(options: {optional: boolean}): GoldCase[] {
  const articles = readArticles()
  const cases: GoldCase[] = []
  for (const file of fs.readdirSync(path.join(corpus, 'gold')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(corpus, 'gold', file), 'utf8')) as GoldArticle
    const raw = articles.get(gold.id)
    if (raw === undefined) continue
    const text = roughNormalize(raw, gold.lang)
    const sentences = splitSentences(text)
    const spans = locateGold(text, gold.facts)
    const facts: Fact[] = []
    gold.facts.forEach((goldFact, index) => {
      const span = spans[index]
      if (!span || (goldFact.optional && !options.optional)) return
      if (facts.some((fact) => fact.span[0] === span[0] && fact.span[1] === span[1])) return
      const {optional: _optional, ...fields} = goldFact
      const sentence = sentences.find(([start, end]) => start <= span[0] && span[1] <= end)
      facts.push({...fields, id: `f${index + 1}`, span, sourceSpan: span, ...(sentence ? {sentence} : {})} as Fact)
    })
    const context = createContext({text, facts, sentences, publishedAt: gold.publishedAt, lang: gold.lang === 'en' ? 'en' : 'zh-Hans'})
    cases.push({gold, text, facts, context})
  }
  return cases
}
