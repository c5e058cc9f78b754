/**
 * The extract stage: numeric facts of the normalized text, with their
 * subjects and sentences, in `file.data.facts`. The building blocks are
 * exported for library users.
 */
import type {VFile} from 'vfile'
import type {ResolvedOptions} from '../pipeline/options.js'
import {tokensNear} from '../segment/index.js'
import type {Fact, Span, Token} from '../types.js'
import {report, toSource} from '../util/file.js'
import {englishSubject, findEnglishQuantities} from './english.js'
import {findQuantities, type Quantity} from './quantities.js'
import {chineseRegion, englishDollar, localYuanOf} from './region.js'
import {readTables, type TableOptions} from './tables.js'
import {respectiveSubjects, subjectAfter, subjectBefore, tokenIndexAt} from './subject.js'

export {findNumbers, parseNumber, scanNumber, scanNumbers, type NumberMatch} from './numbers.js'
export {findQuantities, clauseStart, type Quantity, type QuantityOptions} from './quantities.js'
export {findDates, type DateMatch} from './dates.js'
export {findEnglishQuantities, englishSubject} from './english.js'
export {subjectAfter, subjectBefore} from './subject.js'
export {matchUnit, units, currencyPrefixes, type Unit, type UnitKind} from './units.js'
export {fixedPhrases, isFixedPhrase} from './fixed-phrases.js'
export {notFactSpans} from './not-facts.js'

/**
 * jieba tags of idioms and names: a number inside one is part of it (`五家渠`, `三心二意`).
 * Not `l` (set phrases): jieba has `近十年` and `近千人` as such.
 */
const nameTags = new Set(['i', 'ns', 'nr', 'nz', 'nt', 'nrt', 'nrfg'])
/** Kinds whose subject may come from an earlier fact of the sentence (`…25.3亿元，在全省…排名第2位`). */
const inheritsSubject = new Set(['rank', 'percent', 'change', 'ratio'])
const noSubject = new Set(['date', 'ordinal'])
/** A new level after a change: `rose 12% to $40 million`, `增长12%至100亿元`. */
const toLevel = /^\s*(?:to|至|到)\s*$/u

/** Set `file.data.facts` from `file.data.text`, `tokens`, `sentences`, `lang` and `publishedAt`. */
export function extract(file: VFile, options: ResolvedOptions): void {
  void options
  const text = file.data.text ?? String(file.value ?? '')
  const lang = file.data.lang ?? 'und'
  const publishedAt = file.data.publishedAt ?? null
  const english = lang === 'en' || lang.startsWith('en-')
  const chinese = lang === 'und' || lang === '' || lang.startsWith('zh')
  // The one place that decides which languages get facts: say so where the answer is none.
  if (!english && !chinese) {
    report(file, `No facts extracted: the article is in ${languageName(lang)} (\`${lang}\`); facts are extracted from Chinese and English only`, {
      ruleId: 'language-not-extracted',
      source: 'extract',
      fatal: null
    })
  }
  // The tokens of a clause, cut when first asked for: a subject is sought within its clause.
  const tokens = tokensNear(file)
  // Traditional-script articles (Taiwan, Hong Kong) write 民国 years (`113年度` is 2024) and 元 for their own dollar.
  const traditional = lang === 'zh-Hant' || lang === 'zh-TW' || lang === 'zh-HK'
  // Worked out once: what a bare `元` or `$` is.
  const region = chinese ? chineseRegion(text, {traditional}) : undefined
  const dollar = english ? englishDollar(text) : undefined
  let quantities = english ? findEnglishQuantities(text, {publishedAt, dollar}) : chinese ? findQuantities(text, {publishedAt, traditional, region}) : []
  if (chinese) quantities = quantities.filter((quantity) => !insideName(tokens, quantity))
  if (english || chinese) quantities = withTables(text, quantities, english ? {dollar} : {yuan: localYuanOf[region ?? 'mainland']})

  const subjects = quantities.map((quantity) => (english ? englishSubject(text, quantity) : chineseSubject(tokens, quantity)))
  const sentences = file.data.sentences ?? []
  const sentenceOf = quantities.map((quantity) => findSentence(sentences, quantity.span[0]))
  assignRespectively(text, tokens, quantities, subjects)
  for (let index = quantities.length - 1; index >= 0; index--) {
    // `10方面53项重点工作`: a count right before another shares its noun.
    const quantity = quantities[index]!
    const next = quantities[index + 1]
    if (subjects[index] === null && quantity.kind === 'count' && next && quantity.nounAt === next.span[0]) subjects[index] = subjects[index + 1]!
  }
  // The nearest earlier value of the same sentence that has a subject to give, kept as we go:
  // looking back for it from every value would be quadratic in a sentence of many values.
  let giver = -1
  let sentenceFrom = 0
  for (let index = 0; index < quantities.length; index++) {
    const quantity = quantities[index]!
    if (index > 0 && sentenceOf[index] !== sentenceOf[index - 1]) sentenceFrom = index
    if (subjects[index] === null && giver >= sentenceFrom) {
      const before = quantities[giver]!
      // Counts and amounts take the subject of a value in the same unit (`发送旅客41.6万人次，日均8.32万人次`)
      // or of the change they are the new level of (`rose 12% to $40 million`).
      // Not across `, or`: `$40 million, or 55 cents a share` restates it per share.
      const sameMeasure = before.kind === quantity.kind && before.unit === quantity.unit && !/,\s*or\s/.test(text.slice(before.span[1], quantity.span[0]))
      const newLevel = giver === index - 1 && before.kind === 'change' && toLevel.test(text.slice(before.span[1], quantity.span[0]))
      if (inheritsSubject.has(quantity.kind) || sameMeasure || newLevel) subjects[index] = subjects[giver]!
    }
    if (subjects[index] !== null && !noSubject.has(quantity.kind)) giver = index
  }

  file.data.facts = quantities.map((quantity, index) => toFact(file, text, quantity, index, subjects[index] ?? null, sentenceOf[index]))
}

/** The tokens around an offset: its clause's (see `tokensNear`). */
type TokensNear = (offset: number) => readonly Token[]

const listSeparators = new Set(['、', '和', '及', '与'])

/**
 * `营业额、利润分别为1亿元、2000万元`: values listed after `分别` take the
 * listed nouns in order; when the counts differ, none is guessed.
 */
function assignRespectively(text: string, tokens: TokensNear, quantities: readonly Quantity[], subjects: Array<string | null>): void {
  if (!text.includes('分别')) return
  for (let index = 0; index < quantities.length; index++) {
    let last = index
    while (last + 1 < quantities.length && listSeparators.has(text.slice(quantities[last]!.span[1], quantities[last + 1]!.span[0]))) last++
    if (last === index) continue
    const listed = respectiveSubjects(tokens(quantities[index]!.span[0]), quantities[index]!.span[0])
    if (listed) {
      for (let k = index; k <= last; k++) subjects[k] = listed.length === last - index + 1 ? listed[k - index]! : null
    }
    index = last
  }
}

function toFact(file: VFile, text: string, quantity: Quantity, index: number, subject: string | null, sentence: Span | undefined): Fact {
  const span: Span = [quantity.span[0], quantity.span[1]]
  const fact: Fact = {
    id: `f${index + 1}`,
    kind: quantity.kind,
    value: quantity.value,
    unit: quantity.unit,
    approx: quantity.approx,
    text: text.slice(span[0], span[1]),
    span,
    sourceSpan: toSource(file, span),
    subject: noSubject.has(quantity.kind) ? null : subject
  }
  if (sentence) fact.sentence = sentence
  if (quantity.direction) fact.direction = quantity.direction
  if (quantity.group !== undefined) fact.group = quantity.group
  if (quantity.scope !== undefined) fact.scope = quantity.scope
  if (quantity.relative !== undefined) fact.relative = quantity.relative
  if (quantity.resolved !== undefined) fact.resolved = quantity.resolved
  return fact
}

/** The cells of tables in the text in place of what was read from the same numbers. */
function withTables(text: string, quantities: Quantity[], options: TableOptions): Quantity[] {
  const {cells, headers} = readTables(text, options)
  if (cells.length === 0) return quantities
  const covered = [...cells.map((cell) => cell.core), ...headers]
  const kept = quantities.filter((quantity) => !covered.some((span) => span[0] < quantity.core[1] && quantity.core[0] < span[1]))
  return [...kept, ...cells].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1])
}

function chineseSubject(tokens: TokensNear, quantity: Quantity): string | null {
  if (quantity.table) return quantity.subjectHint ?? null
  if (noSubject.has(quantity.kind)) return null
  // A length measures the noun right before it (`国庆假期8天`, `平均住院日为8.6天`), not the clause (`在3年内建成`).
  if (quantity.kind === 'duration') return subjectBefore(tokens(quantity.span[0]), quantity.span[0], {linkedOnly: true})
  // The noun comes after an approximation word too (`65岁以上|长者`).
  const nounAt = quantity.nounAt !== undefined ? Math.max(quantity.nounAt, quantity.span[1]) : undefined
  const after = nounAt !== undefined ? subjectAfter(tokens(nounAt), nounAt) : null
  if (quantity.kind === 'count' && after) return after
  return subjectBefore(tokens(quantity.span[0]), quantity.span[0]) ?? after
}

/** Is the quantity's number part of a name or set phrase the segmenter found? */
function insideName(near: TokensNear, quantity: Quantity): boolean {
  if (quantity.kind === 'rank' || quantity.kind === 'ordinal' || quantity.kind === 'date') return false
  const [start, end] = quantity.core
  const tokens = near(start)
  let index = tokenIndexAt(tokens, start)
  // The token holding the first character may start before it.
  if (index > 0 && (tokens[index] === undefined || tokens[index]!.start > start)) index--
  const token = tokens[index]
  if (!token || token.end <= start) return false
  return nameTags.has(token.tag) && (token.start < start || token.end > end)
}

function findSentence(sentences: readonly Span[], offset: number): Span | undefined {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const sentence = sentences[middle]!
    if (offset < sentence[0]) high = middle - 1
    else if (offset >= sentence[1]) low = middle + 1
    else return sentence
  }
  return undefined
}

const languageNames = new Intl.DisplayNames(['en'], {type: 'language', fallback: 'code'})

function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag
  } catch {
    // Not a well-formed tag: show it as it is.
    return tag
  }
}
