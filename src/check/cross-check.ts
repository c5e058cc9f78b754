/**
 * Conflicts between articles: the same subject, period (and place, when
 * both articles name one in the same script) reported with values that
 * disagree beyond their stated precision. Pure: records in, records out.
 */
import {assertRecord} from '../report/record.js'
import {SCHEMA_VERSION, type ArticleRecord, type ConflictRecord, type Fact, type OutputRecord} from '../types.js'
import {formatInterval, inUnitsOf, intervalOf, sameStated, statedNumeral, type Interval} from './numbers.js'
import {createContext} from './context.js'
import {contextPeriod, signedValue} from './period.js'
import type {RuleInfo} from './rule.js'
import {placeOf, samePlace, type Place} from './place.js'
import {canonicalSubject} from './subjects.js'

export const crossArticle: RuleInfo = {
  id: 'cross-article',
  description:
    'Across articles about the same place, the same metric (subject, unit, kind, period: the nearest date in the sentence, else the last earlier in the paragraph, else the publication year) has the same value within stated precision; `25.3亿元` and `2.53 billion yuan` agree. Several values of one metric in an article are matched first; only a single value left over on each side is a conflict'
}

const metricKinds = new Set<Fact['kind']>(['amount', 'count', 'percent', 'change', 'rank', 'ratio'])

export interface Entry {
  record: ArticleRecord
  fact: Fact
  range: Interval
  period: string
}

/** What identifies a metric across articles; '' where a part is absent. */
export interface MetricKey {
  kind: Fact['kind']
  unit: string
  /** The canonical subject. */
  subject: string
  /** A rank's scope; '' for other kinds. */
  scope: string
  period: string
}

/** A value of a metric an article states, with the metric's key (its parts joined). */
export interface Metric {
  key: string
  metric: MetricKey
  entry: Entry
}

/** Conflict records for every metric two articles report differently; records other than articles are skipped. */
export function crossCheck(records: Iterable<OutputRecord>): ConflictRecord[] {
  const checker = new CrossChecker()
  for (const record of records) {
    assertRecord(record, 'crossCheck')
    checker.add(record)
  }
  return checker.conflicts()
}

/**
 * Cross-article checking over a stream: `add` each article as it comes,
 * then ask for the `conflicts`. Only what the comparison needs is kept — the
 * metrics of articles that name a place, with their article's id and date,
 * not its text — so a long run holds a few hundred bytes per metric.
 */
export class CrossChecker {
  private readonly byKey = new Map<string, Map<ArticleRecord, Entry[]>>()
  private readonly places = new Map<ArticleRecord, Place>()

  /** Add an article; other records (errors, conflicts) are skipped, and anything not a record is a `TypeError`. */
  add(record: OutputRecord): void {
    assertRecord(record, 'CrossChecker.add')
    if (record.type !== 'article' || !Array.isArray(record.facts)) return
    const place = placeOf(record.text, record.title)
    // Figures are compared only between articles about a known place.
    if (!place) return
    const slim: ArticleRecord = {...record, text: '', facts: [], checks: [], messages: []}
    this.places.set(slim, place)
    for (const {key, entry} of keptMetrics(record)) {
      const perRecord = this.byKey.get(key) ?? new Map<ArticleRecord, Entry[]>()
      const entries = perRecord.get(slim) ?? []
      entries.push({...entry, record: slim})
      perRecord.set(slim, entries)
      this.byKey.set(key, perRecord)
    }
  }

  /**
   * Articles that state a metric alike (same place, same values) get the
   * same verdict against any other, so each such group is compared once,
   * through its first article, and its others are named on the conflict:
   * a crawl where a thousand articles repeat one figure and one differs
   * gives one conflict, not a thousand, in time linear in the articles.
   */
  conflicts(): ConflictRecord[] {
    return [...this.byKey.values()].flatMap((perRecord) => conflictsAmong(this.alikeGroups(perRecord)))
  }

  private alikeGroups(perRecord: Map<ArticleRecord, Entry[]>): Group[] {
    const groups = new Map<string, Group>()
    for (const [record, entries] of perRecord) {
      const place = this.places.get(record)!
      const key = [`${place.script}:${place.kind}:${place.name}`, ...entries.map(statedKey).sort()].join('\u0001')
      const group = groups.get(key)
      if (group) group.others.push(record.id)
      else groups.set(key, {record, place, entries, others: []})
    }
    return [...groups.values()]
  }
}

/**
 * The conflicts between the alike groups of one metric, each pair compared
 * once, in the order of the groups. The fact store gives its groups here too.
 */
export function conflictsAmong(groups: readonly Group[]): ConflictRecord[] {
  const conflicts: ConflictRecord[] = []
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!
      const b = groups[j]!
      if (a.record.id === b.record.id || !comparable(a.place, b.place)) continue
      const conflict = compare(a, b)
      if (conflict) conflicts.push(conflict)
    }
  }
  return conflicts
}

/** Articles that state one metric alike: same place, same values. */
export interface Group {
  /** The first article of the group, compared for all of it. */
  record: ArticleRecord
  place: Place
  entries: Entry[]
  /** Ids of the group's other articles. */
  others: string[]
}

/** What {@link sameStated} looks at: two entries with one key agree with the same entries. */
export function statedKey({fact, range}: Entry): string {
  return `${range.low}:${range.high}:${fact.approx}`
}

function comparable(a: Place | null | undefined, b: Place | null | undefined): boolean {
  return Boolean(a && b && samePlace(a, b))
}

/** Subjects too general to identify a metric across articles. */
const generic = /^(项目|企业|比重|占比|比例|份额|总值|总额|总量|总数|增速|增幅|涨幅|降幅|去年同期|同期|上年|去年|rate|share|proportion|percentage|total|growth|projects?)$/iu

/**
 * The metrics a record's facts state, each with the key crossCheck compares
 * by. The period is found as within an article (the sentence's date, else
 * the last one earlier in the paragraph), else it is the publication year.
 */
export function metricsOf(record: ArticleRecord): Metric[] {
  const facts = record.facts.filter(isFactShaped)
  // Rules' view of the record, for periods; it keeps the facts whose spans index the text.
  const context = createContext({facts, text: record.text, publishedAt: record.publishedAt, lang: record.lang})
  const placed = new Map(context.facts.map((fact) => [fact.id, fact] as const))
  const metrics: Metric[] = []
  for (const fact of facts) {
    if (!metricKinds.has(fact.kind)) continue
    const subject = canonicalSubject(fact.subject)
    const signed = signedValue(fact)
    if (!subject || generic.test(subject) || signed === null) continue
    const range = intervalOf({...fact, value: signed})
    if (!range) continue
    const at = placed.get(fact.id)
    const period = (at ? contextPeriod(context, at) : null) ?? publicationYear(record)
    const metric: MetricKey = {kind: fact.kind, unit: fact.unit ?? '', subject, scope: fact.kind === 'rank' ? fact.scope ?? '' : '', period}
    const key = [metric.kind, metric.unit, metric.subject, metric.scope, metric.period].join('\u0000')
    metrics.push({key, metric, entry: {record, fact, range, period}})
  }
  return metrics
}

/**
 * The metrics the cross-check keeps of an article, in order: those of
 * {@link metricsOf} less a value stated again (the same value twice in one
 * article is one statement of it).
 */
export function keptMetrics(record: ArticleRecord): Metric[] {
  const byKey = new Map<string, Entry[]>()
  const kept: Metric[] = []
  for (const metric of metricsOf(record)) {
    const entries = byKey.get(metric.key) ?? []
    if (entries.some((known) => sameStated(known, metric.entry))) continue
    entries.push(metric.entry)
    byKey.set(metric.key, entries)
    kept.push(metric)
  }
  return kept
}

/**
 * Values of one metric in two articles. Values found in both agree; if
 * exactly one value on each side is left over, those two conflict. More
 * left over means the articles describe several things under one name.
 */
function compare(groupA: Group, groupB: Group): ConflictRecord | null {
  const unmatchedB = [...groupB.entries]
  const unmatchedA: Entry[] = []
  for (const entry of groupA.entries) {
    const match = unmatchedB.findIndex((other) => sameStated(entry, other))
    if (match === -1) unmatchedA.push(entry)
    else unmatchedB.splice(match, 1)
  }
  if (unmatchedA.length !== 1 || unmatchedB.length !== 1) return null
  const left = unmatchedA[0]!
  const right = unmatchedB[0]!
  const subject = (left.fact.subject ?? right.fact.subject ?? '').trim()
  const describe = (entry: Entry, others: string[]) =>
    `${entry.record.id}${othersText(others)} states ${entry.fact.text.trim()} (${rangeText(entry)})`
  return {
    schemaVersion: SCHEMA_VERSION,
    type: 'conflict',
    rule: crossArticle.id,
    subject,
    message: `${subject} (${left.fact.kind}, ${left.period}): ${describe(left, groupA.others)}, but ${describe(right, groupB.others)}; the values differ beyond stated precision`,
    sides: [
      {entry: left, others: groupA.others},
      {entry: right, others: groupB.others}
    ].map(({entry: {record, fact}, others}) => ({
      article: record.id,
      fact: fact.id,
      text: fact.text,
      value: fact.value,
      unit: fact.unit,
      sourceSpan: fact.sourceSpan,
      ...(others.length > 0 ? {alsoStatedBy: others} : {})
    }))
  }
}

/** ` (and 2 other articles)`, so a message stays short whatever the group's size. */
function othersText(others: string[]): string {
  if (others.length === 0) return ''
  return ` (and ${others.length} other article${others.length === 1 ? '' : 's'})`
}

/** The range a stated value allows, in its own units where it has them (`25.25亿元 to 25.35亿元`). */
function rangeText({fact, range}: Entry): string {
  const decimals = (statedNumeral(fact)?.decimals ?? 0) + 2
  const low = inUnitsOf(range.low, fact, decimals)
  const high = inUnitsOf(range.high, fact, decimals)
  if (low && high) return low === high ? low : `${low} to ${high}`
  return `${formatInterval(range, 4)}${fact.unit ? ` ${fact.unit}` : ''}`
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

