/**
 * Conflicts between articles: the same subject, period (and place, when
 * both articles name one in the same script) reported with values that
 * disagree beyond their stated precision. Pure: records in, records out.
 */
import {splitSentences} from '../segment/sentences.js'
import {SCHEMA_VERSION, type ArticleRecord, type ConflictRecord, type Fact} from '../types.js'
import {formatInterval, inUnitsOf, intervalOf, overlaps, statedNumeral, type Interval} from './numbers.js'
import {sentencePeriod, signedValue} from './period.js'
import type {RuleInfo} from './rule.js'
import {placeOf, samePlace, type Place} from './place.js'
import {canonicalSubject} from './subjects.js'

export const crossArticle: RuleInfo = {
  id: 'cross-article',
  description:
    'Across articles about the same place, the same metric (subject, unit, kind, period: the nearest date in the sentence, else the publication year) has the same value within stated precision; `25.3亿元` and `2.53 billion yuan` agree. Several values of one metric in an article are matched first; only a single value left over on each side is a conflict'
}

const metricKinds = new Set<Fact['kind']>(['amount', 'count', 'percent', 'change', 'rank', 'ratio'])

interface Entry {
  record: ArticleRecord
  fact: Fact
  range: Interval
}

/** Conflict records for every metric two articles report differently. */
export function crossCheck(records: readonly ArticleRecord[]): ConflictRecord[] {
  const byKey = new Map<string, Map<ArticleRecord, Entry[]>>()
  const places = new Map<ArticleRecord, Place | null>()
  for (const record of records) {
    if (!record || record.type !== 'article' || !Array.isArray(record.facts)) continue
    places.set(record, placeOf(record.text, record.title))
    const sentences = typeof record.text === 'string' && record.text !== '' ? splitSentences(record.text) : []
    const dates = datesOf(record)
    for (const fact of record.facts) {
      const entry = entryOf(record, fact, sentences, dates)
      if (!entry) continue
      const perRecord = byKey.get(entry.key) ?? new Map<ArticleRecord, Entry[]>()
      const entries = perRecord.get(record) ?? []
      // The same value twice in one article is one statement of it.
      if (!entries.some((known) => overlaps(known.range, entry.entry.range))) entries.push(entry.entry)
      perRecord.set(record, entries)
      byKey.set(entry.key, perRecord)
    }
  }

  const conflicts: ConflictRecord[] = []
  for (const perRecord of byKey.values()) {
    const sides = [...perRecord.entries()]
    for (let i = 0; i < sides.length; i++) {
      for (let j = i + 1; j < sides.length; j++) {
        const [recordA, entriesA] = sides[i]!
        const [recordB, entriesB] = sides[j]!
        if (recordA.id === recordB.id || !comparable(places.get(recordA), places.get(recordB))) continue
        const conflict = compare(entriesA, entriesB)
        if (conflict) conflicts.push(conflict)
      }
    }
  }
  return conflicts
}

/** Figures are comparable only between articles known to be about the same place. */
function comparable(a: Place | null | undefined, b: Place | null | undefined): boolean {
  return Boolean(a && b && samePlace(a, b))
}

/** Subjects too general to identify a metric across articles. */
const generic = /^(项目|企业|比重|占比|比例|份额|总值|总额|总量|总数|增速|增幅|涨幅|降幅|去年同期|同期|上年|去年|rate|share|proportion|percentage|total|growth|projects?)$/iu

function entryOf(record: ArticleRecord, fact: Fact, sentences: Array<[number, number]>, dates: readonly Fact[]): {key: string; entry: Entry} | null {
  if (!isFactShaped(fact) || !metricKinds.has(fact.kind)) return null
  const subject = canonicalSubject(fact.subject)
  const signed = signedValue(fact)
  if (!subject || generic.test(subject) || signed === null || typeof fact.text !== 'string') return null
  const range = intervalOf({...fact, value: signed})
  if (!range) return null
  const sentence = fact.sentence ?? sentences.find(([start, end]) => start <= fact.span[0] && fact.span[0] < end)
  const period = sentencePeriod(dates, fact, sentence) ?? publicationYear(record)
  const key = [fact.kind, fact.unit ?? '', subject, fact.kind === 'rank' ? fact.scope ?? '' : '', period].join('\u0000')
  return {key, entry: {record, fact, range}}
}

/**
 * Values of one metric in two articles. Values found in both agree; if
 * exactly one value on each side is left over, those two conflict. More
 * left over means the articles describe several things under one name.
 */
function compare(a: Entry[], b: Entry[]): ConflictRecord | null {
  const unmatchedB = [...b]
  const unmatchedA: Entry[] = []
  for (const entry of a) {
    const match = unmatchedB.findIndex((other) => overlaps(entry.range, other.range))
    if (match === -1) unmatchedA.push(entry)
    else unmatchedB.splice(match, 1)
  }
  if (unmatchedA.length !== 1 || unmatchedB.length !== 1) return null
  const left = unmatchedA[0]!
  const right = unmatchedB[0]!
  const subject = (left.fact.subject ?? right.fact.subject ?? '').trim()
  const describe = (entry: Entry) => `${entry.record.id} states ${entry.fact.text.trim()} (${rangeText(entry)})`
  return {
    schemaVersion: SCHEMA_VERSION,
    type: 'conflict',
    rule: crossArticle.id,
    subject,
    message: `${subject} (${left.fact.kind}, ${periodLabel(left)}): ${describe(left)}, but ${describe(right)}; the values differ beyond stated precision`,
    sides: [left, right].map(({record, fact}) => ({
      article: record.id,
      fact: fact.id,
      text: fact.text,
      value: fact.value,
      unit: fact.unit,
      sourceSpan: fact.sourceSpan
    }))
  }
}

/** The range a stated value allows, in its own units where it has them (`25.25亿元 to 25.35亿元`). */
function rangeText({fact, range}: Entry): string {
  const decimals = (statedNumeral(fact)?.decimals ?? 0) + 2
  const low = inUnitsOf(range.low, fact, decimals)
  const high = inUnitsOf(range.high, fact, decimals)
  if (low && high) return low === high ? low : `${low} to ${high}`
  return `${formatInterval(range, 4)}${fact.unit ? ` ${fact.unit}` : ''}`
}

function periodLabel(entry: Entry): string {
  return sentencePeriod(datesOf(entry.record), entry.fact, entry.fact.sentence) ?? publicationYear(entry.record)
}

/** The dates of a record, the only facts that set a period. */
function datesOf(record: ArticleRecord): Fact[] {
  return record.facts.filter((fact) => isFactShaped(fact) && fact.kind === 'date')
}

/** Records come from outside (JSONL, other tools): a fact needs an id, a kind, text and spans to be compared. */
function isFactShaped(fact: Fact | null | undefined): fact is Fact {
  return (
    typeof fact === 'object' &&
    fact !== null &&
    typeof fact.id === 'string' &&
    typeof fact.kind === 'string' &&
    typeof fact.text === 'string' &&
    Array.isArray(fact.span) &&
    Array.isArray(fact.sourceSpan)
  )
}

function publicationYear(record: ArticleRecord): string {
  const match = typeof record.publishedAt === 'string' ? /^(\d{4})/u.exec(record.publishedAt) : null
  return match ? match[1]! : 'undated'
}

