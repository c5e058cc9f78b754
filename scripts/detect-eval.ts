/**
 * Language detection on short news text: accuracy per language and what the
 * misses were read as, on test/fixtures/detect/short-news.tsv (written for
 * this, 1–3 sentences each). `pairs` joins each item with the next of the
 * same language, as a two-sentence lead would read. `corpus English` is a
 * check written by others: the sentences (15–200 characters) of the English
 * articles of corpus/ (never corpus-real/, whose held-out part is blind).
 *
 *   npx tsx scripts/detect-eval.ts [--misses]
 */
import {readdirSync, readFileSync} from 'node:fs'
import {detectLanguage} from '../src/detect/index.js'

export interface Labelled {
  lang: string
  text: string
}

export function readLabelled(): Labelled[] {
  const tsv = readFileSync(new URL('../test/fixtures/detect/short-news.tsv', import.meta.url), 'utf8')
  return tsv
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [lang = '', text = ''] = line.split('\t')
      return {lang, text}
    })
}

/** Each item joined with the next item of the same language. */
export function pairsOf(items: Labelled[]): Labelled[] {
  const pairs: Labelled[] = []
  for (let index = 0; index + 1 < items.length; index++) {
    const [a, b] = [items[index]!, items[index + 1]!]
    if (a.lang === b.lang) pairs.push({lang: a.lang, text: `${a.text} ${b.text}`})
  }
  return pairs
}

/** Sentences of the `_en_` articles of the tuned and spent corpora. */
export function corpusEnglish(): Labelled[] {
  const items: Labelled[] = []
  for (const corpus of ['corpus']) {
    const folder = new URL(`../${corpus}/articles/`, import.meta.url)
    for (const name of readdirSync(folder).filter((file) => file.includes('_en_')).sort()) {
      const text = readFileSync(new URL(name, folder), 'utf8')
      for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
        const trimmed = sentence.trim()
        if (trimmed.length >= 15 && trimmed.length <= 200) items.push({lang: 'en', text: trimmed})
      }
    }
  }
  return items
}

function evaluate(name: string, items: Labelled[], showMisses: boolean): void {
  const perLanguage = new Map<string, {right: number; total: number; wrong: Map<string, number>}>()
  const misses: string[] = []
  const byConfidence = new Map<string, {right: number; total: number}>()
  for (const item of items) {
    const detected = detectLanguage(item.text)
    const guess = detected.lang
    const sure = byConfidence.get(detected.confidence) ?? {right: 0, total: 0}
    byConfidence.set(detected.confidence, sure)
    sure.total++
    if (guess === item.lang) sure.right++
    const entry = perLanguage.get(item.lang) ?? {right: 0, total: 0, wrong: new Map<string, number>()}
    perLanguage.set(item.lang, entry)
    entry.total++
    if (guess === item.lang) entry.right++
    else {
      entry.wrong.set(guess, (entry.wrong.get(guess) ?? 0) + 1)
      misses.push(`  ${item.lang} -> ${guess}: ${item.text}`)
    }
  }
  let right = 0
  console.log(`\n${name}: language  right/total  misread as`)
  for (const [lang, entry] of perLanguage) {
    right += entry.right
    const wrong = [...entry.wrong].sort((a, b) => b[1] - a[1]).map(([tag, count]) => `${tag} ${count}`).join(', ')
    console.log(`  ${lang.padEnd(8)} ${`${entry.right}/${entry.total}`.padStart(7)}  ${wrong}`)
  }
  console.log(`  ${'all'.padEnd(8)} ${`${right}/${items.length}`.padStart(7)}  (${((right / items.length) * 100).toFixed(1)}%)`)
  const sureness = [...byConfidence].map(([confidence, {right: r, total}]) => `${confidence} ${r}/${total} right`).join(', ')
  console.log(`  by confidence: ${sureness}`)
  if (showMisses && misses.length > 0) console.log(misses.join('\n'))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const showMisses = process.argv.includes('--misses')
  const items = readLabelled()
  evaluate('single items', items, showMisses)
  evaluate('pairs', pairsOf(items), showMisses)
  const english = corpusEnglish()
  evaluate('corpus English sentences', english, showMisses)
  evaluate('corpus English pairs', pairsOf(english), showMisses)
}
