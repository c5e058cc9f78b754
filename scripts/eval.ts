/**
 * Score the library against the hand-written gold in `corpus/gold/`.
 *
 *   npx tsx scripts/eval.ts [--min-f1 X] [--json] [--quiet] [--edits] [--corpus DIR] [--lib PATH]
 *
 * Prints precision / recall / F1 per fact kind, per language, per region
 * (mainland, Taiwan, Hong Kong, English) and overall, wrong values (the
 * right place, another number or unit) apart from misses, attribute
 * agreement on matched facts, how many gold checks were reproduced, false
 * `inconsistent` verdicts, with `--edits` the share of single-number edits
 * of gold relations flagged (`relation-edits.ts`), then every miss and
 * false positive.
 *
 * A corpus with a `splits.json` (`{"dev": [ids], "heldout": [ids]}`) is
 * scored per split, edits included. A split named `heldout` prints summary
 * figures only, never its misses, false positives or alarms: nobody tunes on
 * it (corpus-real/README.md).
 *
 * Exit codes: 0 whatever the scores; 1 when `--min-f1` is given and the
 * overall F1 is below it; 2 when the evaluation cannot run (bad flags,
 * unreadable gold, library not importable).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import type {Approx, ArticleRecord, Check, ErrorRecord, Fact, FactKind, FactValue, OutputRecord, Span} from '../src/types.js'
import {relationEdits, type RelationEdit} from './relation-edits.js'

// ---------------------------------------------------------------------------
// Gold

/**
 * Kinds gold may use: the extractor's, and `number` (an index level, a PMI,
 * a score), which real news needs and the extractor does not read yet.
 */
export type GoldKind = FactKind | 'number'
export const FACT_KINDS: readonly GoldKind[] = [
  'amount',
  'count',
  'percent',
  'change',
  'rank',
  'ordinal',
  'date',
  'duration',
  'ratio',
  'number'
]
export const APPROX: readonly Approx[] = ['exact', 'about', 'more_than', 'less_than', 'at_least', 'at_most']
export const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const
export const REGIONS = ['mainland', 'taiwan', 'hongkong', 'english'] as const
export type Region = (typeof REGIONS)[number]

export interface GoldFact {
  kind: GoldKind
  text: string
  value: FactValue
  unit: string | null
  approx: Approx
  subject: string | null
  /** `flat` for a stated change of zero (`持平`, `unchanged`, `上涨0.00%`). */
  direction?: 'up' | 'down' | 'flat'
  group?: number
  scope?: string
  relative?: string
  /** Neither required nor a false positive when predicted. */
  optional?: boolean
}

export interface GoldCheck {
  rule: string
  verdict: 'consistent' | 'inconsistent' | 'unverifiable'
  /** Texts of the gold facts the check uses. */
  facts: string[]
  note: string
  expected?: number | string
  actual?: number | string
}

export interface GoldArticle {
  id: string
  lang: (typeof LANGS)[number]
  /** Where the article is from; `corpus-real/` gold states it, `corpus/` ids imply it (`_tw_`, `_hk_`). */
  region?: Region
  publishedAt: string
  note?: string
  facts: GoldFact[]
  checks: GoldCheck[]
}

/**
 * Gold as the toolkit states it: the guide writes per mille as written
 * (`9.88‰` is 9.88 ‰), the toolkit every share in percent (0.988 %). One
 * value, so compared as one.
 */
function inToolkitUnits(article: GoldArticle): GoldArticle {
  for (const fact of article.facts) {
    if (fact.unit !== '‰') continue
    fact.unit = '%'
    if (typeof fact.value === 'number') fact.value = Number((fact.value / 10).toPrecision(12))
    else if (Array.isArray(fact.value)) fact.value = fact.value.map((end) => (typeof end === 'number' ? Number((end / 10).toPrecision(12)) : end)) as typeof fact.value
  }
  return article
}

/** Read every `*.json` in `dir`, sorted by name. Throws on a file that is not JSON. */
export async function loadGold(dir: string): Promise<GoldArticle[]> {
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.json')).sort()
  const gold: GoldArticle[] = []
  for (const name of names) {
    const text = await fs.readFile(path.join(dir, name), 'utf8')
    try {
      gold.push(inToolkitUnits(JSON.parse(text) as GoldArticle))
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}`)
    }
  }
  return gold
}

/** The region an article is scored under. */
export function regionOf(gold: Pick<GoldArticle, 'id' | 'lang' | 'region'>): Region {
  if (gold.region) return gold.region
  if (gold.lang === 'en') return 'english'
  if (/(^|_)tw_/.test(gold.id)) return 'taiwan'
  if (/(^|_)hk_/.test(gold.id)) return 'hongkong'
  return 'mainland'
}

// ---------------------------------------------------------------------------
// Matching

/**
 * Texts are compared after NFKC so that full-width digits and punctuation
 * (`２０２３`, `％`, `，`) on either side do not decide a match.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC')
}

function numbersEqual(a: number, b: number, kind: GoldKind): boolean {
  // The annotation guide fixes ratios at 4 decimal places (三分之一 = 0.3333).
  if (kind === 'ratio') return Math.round(a * 1e4) === Math.round(b * 1e4)
  if (a === b) return true
  return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b))
}

export function valuesEqual(gold: FactValue, predicted: FactValue, kind: GoldKind): boolean {
  if (typeof gold === 'number' && typeof predicted === 'number') return numbersEqual(gold, predicted, kind)
  if (typeof gold === 'string' && typeof predicted === 'string') return gold === predicted
  if (Array.isArray(gold) && Array.isArray(predicted)) {
    return (
      gold.length === predicted.length && gold.every((value, index) => numbersEqual(value, predicted[index]!, kind))
    )
  }
  return false
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

/**
 * Where each gold fact sits in the normalized text. Gold facts are listed in
 * text order, so each is searched from the end of the previous one; a fact
 * not found there falls back to its first occurrence, and one not found at
 * all (the text was not repaired as expected) gets no span and can then only
 * match by equal text.
 */
export function locateGold(text: string, facts: readonly GoldFact[]): Array<Span | undefined> {
  // Normalize code point by code point, keeping where each came from, so the
  // spans found index `text` itself even where NFKC changes lengths (`…`, `℃`).
  let haystack = ''
  const starts: number[] = []
  const ends: number[] = []
  for (let index = 0; index < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(index)!)
    const normalized = normalizeText(char)
    for (let k = 0; k < normalized.length; k++) {
      starts.push(index)
      ends.push(index + char.length)
    }
    haystack += normalized
    index += char.length
  }
  const toText = (start: number, end: number): Span => [starts[start]!, ends[end - 1]!]
  const spans: Array<Span | undefined> = []
  let cursor = 0
  let previous: GoldFact | undefined
  for (const fact of facts) {
    // An optional fact repeated with another kind is an alternative reading of the same words.
    if (fact.optional && previous?.optional && previous.text === fact.text) {
      spans.push(spans.at(-1))
      continue
    }
    previous = fact
    const needle = normalizeText(fact.text)
    let start = haystack.indexOf(needle, cursor)
    if (start === -1) {
      start = haystack.indexOf(needle)
      if (start === -1) {
        spans.push(undefined)
        continue
      }
    } else {
      cursor = start + needle.length
    }
    spans.push(toText(start, start + needle.length))
  }
  return spans
}

/** What a predicted fact needs for matching; a full `Fact` has it. */
export type PredictedFact = Pick<Fact, 'value' | 'text' | 'span'> & {kind: GoldKind} & Partial<Omit<Fact, 'kind'>>

export interface ArticleMatch {
  /** `pairs[i] = [predicted index, gold index]`. */
  pairs: Array<[number, number]>
  /** Predicted facts that matched an optional gold fact: neither right nor wrong. */
  ignored: number[]
  /** Predicted facts that matched nothing. */
  falsePositives: number[]
  /** Required gold facts that nothing matched. */
  misses: number[]
  /** Where each gold fact was located in the text (`locateGold`). */
  goldSpans: Array<Span | undefined>
}

/**
 * Match predicted facts to gold facts. Kinds and values must be equal; texts
 * equal, or one containing the other where they overlap in the text. Each
 * gold fact is found at most once; optional gold facts absorb any prediction
 * that matches them. Passes go from the strictest to the loosest so a loose
 * match never takes a gold fact that a strict one wanted.
 */
export function matchArticle(gold: readonly GoldFact[], predicted: readonly PredictedFact[], text: string): ArticleMatch {
  const goldSpans = locateGold(text, gold)
  const goldTexts = gold.map((fact) => normalizeText(fact.text))
  const predictedTexts = predicted.map((fact) => normalizeText(fact.text))
  const taken = new Set<number>()
  const assigned = new Map<number, number>()

  const passes: Array<(p: number, g: number) => boolean> = [
    // Same text at the same place.
    (p, g) => predictedTexts[p] === goldTexts[g] && samePlace(p, g),
    // Same text anywhere (the gold text may not be findable in a badly repaired text).
    (p, g) => predictedTexts[p] === goldTexts[g],
    // One text contains the other, and they overlap.
    (p, g) => {
      const a = predictedTexts[p]!
      const b = goldTexts[g]!
      return (a.includes(b) || b.includes(a)) && samePlace(p, g)
    }
  ]

  function samePlace(p: number, g: number): boolean {
    const span = goldSpans[g]
    const predictedSpan = predicted[p]!.span
    return Boolean(span && Array.isArray(predictedSpan) && overlaps(span, predictedSpan))
  }

  for (const pass of passes) {
    // Required gold facts first, so an optional one never takes a required one's match.
    for (const wantOptional of [false, true]) {
      for (let p = 0; p < predicted.length; p++) {
        if (assigned.has(p)) continue
        const fact = predicted[p]!
        for (let g = 0; g < gold.length; g++) {
          const goldFact = gold[g]!
          if (Boolean(goldFact.optional) !== wantOptional) continue
          if (!goldFact.optional && taken.has(g)) continue
          if (goldFact.kind !== fact.kind) continue
          if (!valuesEqual(goldFact.value, fact.value, goldFact.kind)) continue
          if (!pass(p, g)) continue
          assigned.set(p, g)
          if (!goldFact.optional) taken.add(g)
          break
        }
      }
    }
  }

  const pairs: Array<[number, number]> = []
  const ignored: number[] = []
  const falsePositives: number[] = []
  for (let p = 0; p < predicted.length; p++) {
    const g = assigned.get(p)
    if (g === undefined) falsePositives.push(p)
    else if (gold[g]!.optional) ignored.push(p)
    else pairs.push([p, g])
  }
  const misses: number[] = []
  for (let g = 0; g < gold.length; g++) {
    if (!gold[g]!.optional && !taken.has(g)) misses.push(g)
  }
  return {pairs, ignored, falsePositives, misses, goldSpans}
}

/**
 * Whether a predicted check reproduces a gold one: same rule and verdict, and
 * every gold fact text it names is covered by one of the check's facts.
 */
export function checkFound(gold: GoldCheck, checks: readonly Check[], facts: readonly PredictedFact[]): boolean {
  const byId = new Map(facts.map((fact) => [fact.id, fact]))
  return checks.some((check) => {
    if (check.rule !== gold.rule || check.verdict !== gold.verdict) return false
    const used = check.facts.map((id) => byId.get(id)).filter((fact) => fact !== undefined)
    return gold.facts.every((goldText) => {
      const wanted = normalizeText(goldText)
      return used.some((fact) => {
        const got = normalizeText(fact.text)
        return got.includes(wanted) || wanted.includes(got)
      })
    })
  })
}

// ---------------------------------------------------------------------------
// Scoring

export interface Tally {
  tp: number
  fp: number
  fn: number
}

export interface Agreement {
  agree: number
  total: number
}

export interface Listed {
  article: string
  kind: GoldKind
  text: string
  value: FactValue
}

/** A prediction at a gold fact's place, of its kind, with another value or unit. */
export interface WrongValue extends Listed {
  unit: string | null
  expected: FactValue
  expectedUnit: string | null
}

export interface Score {
  overall: Tally
  byKind: Map<string, Tally>
  byLang: Map<string, Tally>
  byRegion: Map<string, Tally>
  wrongValues: WrongValue[]
  /** Single-number edits of gold relations (`--edits`). */
  edits: RelationEdit[]
  subject: Agreement
  unit: Agreement
  approx: Agreement
  direction: Agreement
  checks: Map<string, Agreement>
  misses: Listed[]
  falsePositives: Listed[]
  /** Predicted `inconsistent` checks that no gold check expects. */
  falseAlarms: Array<{article: string; rule: string; message: string}>
  /** Gold checks no predicted check reproduces. */
  missedChecks: Array<{article: string; rule: string; verdict: string; facts: readonly string[]}>
  /** Articles that have gold but no usable output, and why. */
  failures: Array<{article: string; reason: string}>
  /** Outputs that have no gold. */
  ungraded: string[]
  ignored: number
}

function emptyTally(): Tally {
  return {tp: 0, fp: 0, fn: 0}
}

function bump(map: Map<string, Tally>, key: string, field: keyof Tally): void {
  let tally = map.get(key)
  if (!tally) {
    tally = emptyTally()
    map.set(key, tally)
  }
  tally[field]++
}

export function emptyScore(): Score {
  return {
    overall: emptyTally(),
    byKind: new Map(),
    byLang: new Map(),
    byRegion: new Map(),
    wrongValues: [],
    edits: [],
    subject: {agree: 0, total: 0},
    unit: {agree: 0, total: 0},
    approx: {agree: 0, total: 0},
    direction: {agree: 0, total: 0},
    checks: new Map(),
    misses: [],
    falsePositives: [],
    falseAlarms: [],
    missedChecks: [],
    failures: [],
    ungraded: [],
    ignored: 0
  }
}

function agree(agreement: Agreement, same: boolean): void {
  agreement.total++
  if (same) agreement.agree++
}

/** Add one article's result to `score`. */
export function scoreArticle(score: Score, gold: GoldArticle, record: ArticleRecord): void {
  const match = matchArticle(gold.facts, record.facts, record.text)
  const region = regionOf(gold)
  const tally = (kind: string, field: keyof Tally) => {
    score.overall[field]++
    bump(score.byKind, kind, field)
    bump(score.byLang, gold.lang, field)
    bump(score.byRegion, region, field)
  }
  for (const [p, g] of match.pairs) {
    const predicted = record.facts[p]!
    const expected = gold.facts[g]!
    tally(expected.kind, 'tp')
    if ((predicted.unit ?? null) !== (expected.unit ?? null)) score.wrongValues.push(wrongValue(gold.id, predicted, expected))
    if (expected.subject !== null && expected.subject !== undefined) {
      agree(score.subject, predicted.subject === expected.subject)
    }
    agree(score.unit, (predicted.unit ?? null) === (expected.unit ?? null))
    agree(score.approx, (predicted.approx ?? 'exact') === (expected.approx ?? 'exact'))
    if (expected.direction) agree(score.direction, predicted.direction === expected.direction)
  }
  for (const p of match.falsePositives) {
    const fact = record.facts[p]!
    tally(fact.kind, 'fp')
    score.falsePositives.push({article: gold.id, kind: fact.kind, text: fact.text, value: fact.value})
  }
  for (const g of match.misses) {
    const fact = gold.facts[g]!
    tally(fact.kind, 'fn')
    score.misses.push({article: gold.id, kind: fact.kind, text: fact.text, value: fact.value})
  }
  for (const p of match.falsePositives) {
    const fact = record.facts[p]!
    const g = match.misses.find((index) => {
      const span = match.goldSpans[index]
      return gold.facts[index]!.kind === fact.kind && span !== undefined && overlaps(span, fact.span)
    })
    if (g !== undefined) score.wrongValues.push(wrongValue(gold.id, fact, gold.facts[g]!))
  }
  score.ignored += match.ignored.length

  for (const check of gold.checks) {
    const key = `${check.rule} ${check.verdict}`
    let agreement = score.checks.get(key)
    if (!agreement) {
      agreement = {agree: 0, total: 0}
      score.checks.set(key, agreement)
    }
    const found = checkFound(check, record.checks, record.facts)
    agree(agreement, found)
    if (!found) score.missedChecks.push({article: gold.id, rule: check.rule, verdict: check.verdict, facts: check.facts})
  }
  for (const check of record.checks) {
    if (check.verdict !== 'inconsistent') continue
    const expected = gold.checks.some(
      (goldCheck) =>
        goldCheck.verdict === 'inconsistent' && goldCheck.rule === check.rule && checkFound(goldCheck, [check], record.facts)
    )
    if (!expected) score.falseAlarms.push({article: gold.id, rule: check.rule, message: check.message})
  }
}

function wrongValue(article: string, fact: PredictedFact, expected: GoldFact): WrongValue {
  return {
    article,
    kind: fact.kind,
    text: fact.text,
    value: fact.value,
    unit: fact.unit ?? null,
    expected: expected.value,
    expectedUnit: expected.unit ?? null
  }
}

/** Every required gold fact of an article without output counts as missed. */
export function scoreFailure(score: Score, gold: GoldArticle, reason: string): void {
  score.failures.push({article: gold.id, reason})
  for (const fact of gold.facts) {
    if (fact.optional) continue
    score.overall.fn++
    bump(score.byKind, fact.kind, 'fn')
    bump(score.byLang, gold.lang, 'fn')
    bump(score.byRegion, regionOf(gold), 'fn')
    score.misses.push({article: gold.id, kind: fact.kind, text: fact.text, value: fact.value})
  }
  for (const check of gold.checks) {
    const key = `${check.rule} ${check.verdict}`
    const agreement = score.checks.get(key) ?? {agree: 0, total: 0}
    agreement.total++
    score.checks.set(key, agreement)
  }
}

export function prf(tally: Tally): {precision: number; recall: number; f1: number} {
  const precision = tally.tp + tally.fp === 0 ? 0 : tally.tp / (tally.tp + tally.fp)
  const recall = tally.tp + tally.fn === 0 ? 0 : tally.tp / (tally.tp + tally.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {precision, recall, f1}
}

// ---------------------------------------------------------------------------
// Report

function truncate(text: string, length = 40): string {
  const chars = [...text.replace(/\s+/g, ' ')]
  return chars.length > length ? chars.slice(0, length - 1).join('') + '…' : chars.join('')
}

function percent(value: number): string {
  return (value * 100).toFixed(1).padStart(6)
}

function tableRows(rows: Array<[string, Tally]>): string[] {
  const lines = ['                 P      R     F1    tp    fp    fn']
  for (const [name, tally] of rows) {
    const {precision, recall, f1} = prf(tally)
    lines.push(
      `${name.padEnd(12)} ${percent(precision)} ${percent(recall)} ${percent(f1)} ${String(tally.tp).padStart(5)} ${String(tally.fp).padStart(5)} ${String(tally.fn).padStart(5)}`
    )
  }
  return lines
}

function formatValue(value: FactValue): string {
  return Array.isArray(value) ? `[${value.join(', ')}]` : String(value)
}

function ratio({agree, total}: Agreement): string {
  return total === 0 ? 'n/a' : `${agree}/${total} (${((agree / total) * 100).toFixed(1)}%)`
}

/** Consistent gold checks reproduced, over all rules. */
export function relationsReproduced(score: Score): Agreement {
  let agree = 0
  let total = 0
  for (const [key, agreement] of score.checks) {
    if (!key.endsWith(' consistent')) continue
    agree += agreement.agree
    total += agreement.total
  }
  return {agree, total}
}

export function editsFlagged(score: Score): Agreement {
  return {agree: score.edits.filter((edit) => edit.outcome === 'flagged').length, total: score.edits.length}
}

export function formatReport(score: Score, options: {quiet?: boolean; edits?: boolean} = {}): string {
  const lines: string[] = []
  const kinds = FACT_KINDS
    .filter((kind) => score.byKind.has(kind))
    .map((kind): [string, Tally] => [kind, score.byKind.get(kind)!])
  lines.push('By kind', ...tableRows(kinds), '')
  const langs = [...score.byLang.keys()].sort().map((lang): [string, Tally] => [lang, score.byLang.get(lang)!])
  lines.push('By language', ...tableRows(langs), '')
  const regions = REGIONS.filter((region) => score.byRegion.has(region)).map((region): [string, Tally] => [region, score.byRegion.get(region)!])
  lines.push('By region', ...tableRows(regions), '')
  lines.push('Overall', ...tableRows([['all', score.overall]]), '')
  const predicted = score.overall.tp + score.overall.fp
  lines.push(
    `Wrong values: ${score.wrongValues.length} (${predicted === 0 ? 'n/a' : ((score.wrongValues.length / predicted) * 100).toFixed(1) + '%'} of ${predicted} predicted facts): a prediction at a gold fact's place, of its kind, with another value or unit`,
    ''
  )
  lines.push(
    'Agreement on matched facts',
    `  subject    ${ratio(score.subject)}  (exact string, where the gold names one)`,
    `  unit       ${ratio(score.unit)}`,
    `  approx     ${ratio(score.approx)}`,
    `  direction  ${ratio(score.direction)}`,
    `  ignored    ${score.ignored} prediction(s) matched optional gold facts`,
    ''
  )
  lines.push('Gold checks reproduced (rule verdict: found/total)')
  for (const [key, agreement] of [...score.checks].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${key.padEnd(32)} ${ratio(agreement)}`)
  }
  lines.push(`  relations reproduced as consistent: ${ratio(relationsReproduced(score))}`)
  lines.push(`  unexpected inconsistent verdicts: ${score.falseAlarms.length}`)
  if (options.edits) {
    const unlocated = score.edits.filter((edit) => edit.outcome === 'unlocated').length
    lines.push(`  single-number edits of gold relations flagged inconsistent: ${ratio(editsFlagged(score))} (${unlocated} could not be made)`)
  }
  lines.push('')

  if (score.failures.length > 0) {
    lines.push(`Articles without output (${score.failures.length})`)
    for (const {article, reason} of score.failures) lines.push(`  ${truncate(article).padEnd(40)}  ${reason}`)
    lines.push('')
  }
  if (score.ungraded.length > 0) {
    lines.push(`Outputs without gold (${score.ungraded.length}): ${score.ungraded.map((id) => truncate(id)).join(', ')}`, '')
  }
  if (!options.quiet) {
    lines.push(`Misses (${score.misses.length})`)
    for (const miss of score.misses) {
      lines.push(`  ${truncate(miss.article).padEnd(40)}  ${miss.kind.padEnd(8)} ${miss.text}  = ${formatValue(miss.value)}`)
    }
    lines.push('', `False positives (${score.falsePositives.length})`)
    for (const fp of score.falsePositives) {
      lines.push(`  ${truncate(fp.article).padEnd(40)}  ${fp.kind.padEnd(8)} ${fp.text}  = ${formatValue(fp.value)}`)
    }
    if (score.wrongValues.length > 0) {
      lines.push('', `Wrong values (${score.wrongValues.length})`)
      for (const wrong of score.wrongValues) {
        lines.push(
          `  ${truncate(wrong.article).padEnd(40)}  ${wrong.kind.padEnd(8)} ${wrong.text}  = ${formatValue(wrong.value)} ${wrong.unit ?? ''}, gold ${formatValue(wrong.expected)} ${wrong.expectedUnit ?? ''}`
        )
      }
    }
    if (score.falseAlarms.length > 0) {
      lines.push('', `Unexpected inconsistent verdicts (${score.falseAlarms.length})`)
      for (const alarm of score.falseAlarms) {
        lines.push(`  ${truncate(alarm.article).padEnd(40)}  ${alarm.rule}: ${truncate(alarm.message, 80)}`)
      }
    }
    if (score.missedChecks.length > 0) {
      lines.push('', `Gold checks not reproduced (${score.missedChecks.length})`)
      for (const missed of score.missedChecks) {
        lines.push(`  ${truncate(missed.article).padEnd(40)}  ${`${missed.rule} ${missed.verdict}`.padEnd(30)} ${missed.facts.join(' | ')}`)
      }
    }
    const unflagged = score.edits.filter((edit) => edit.outcome !== 'flagged')
    if (options.edits && unflagged.length > 0) {
      lines.push('', `Edits of gold relations not flagged (${unflagged.length})`)
      for (const edit of unflagged) {
        lines.push(`  ${truncate(edit.article).padEnd(40)}  ${edit.rule.padEnd(18)} ${edit.fact}: ${edit.describe} (${edit.outcome})`)
      }
    }
    lines.push('')
  }
  return lines.join('\n')
}

function toJson(score: Score, summaryOnly = false): unknown {
  const table = (map: Map<string, Tally>) =>
    Object.fromEntries([...map].map(([key, tally]) => [key, {...tally, ...prf(tally)}]))
  const summary = {
    overall: {...score.overall, ...prf(score.overall)},
    byKind: table(score.byKind),
    byLang: table(score.byLang),
    byRegion: table(score.byRegion),
    wrongValues: score.wrongValues.length,
    agreement: {subject: score.subject, unit: score.unit, approx: score.approx, direction: score.direction},
    checks: Object.fromEntries(score.checks),
    relationsReproduced: relationsReproduced(score),
    falseInconsistent: score.falseAlarms.length,
    editsFlagged: editsFlagged(score),
    failures: score.failures.length,
    ignored: score.ignored
  }
  if (summaryOnly) return summary
  return {
    ...summary,
    wrongValues: score.wrongValues,
    misses: score.misses,
    falsePositives: score.falsePositives,
    falseAlarms: score.falseAlarms,
    edits: score.edits,
    failures: score.failures,
    ungraded: score.ungraded
  }
}

// ---------------------------------------------------------------------------
// Running the library

/** The input shape `readInputs` yields and `process` takes. */
export interface Input {
  id: string
  value: string | Uint8Array
  path?: string
  publishedAt?: string | null
}

/** The part of `src/index.ts` this script uses. */
export interface Library {
  createNewsfacts(options?: unknown): {process(input: Input): Promise<OutputRecord>}
  /** Yields an error record in place of an input it cannot read. */
  readInputs(paths: string[]): AsyncIterable<Input | ErrorRecord>
}

/**
 * Which gold article an input is. Inputs from files are named by path
 * (`corpus/articles/000_x.txt`), JSONL lines by their `id` field, possibly
 * prefixed with the file (`…/021_briefs.jsonl#021_brief_x`).
 */
export function goldIdFor(input: Pick<Input, 'id' | 'path'>, ids: ReadonlySet<string>): string | undefined {
  const candidates = [input.id]
  for (const name of [input.id, input.path]) {
    if (!name) continue
    candidates.push(name.split(/[#:]/).pop()!)
    const base = path.basename(name)
    candidates.push(base, base.replace(/\.[^.]+$/, ''))
  }
  return candidates.find((candidate) => ids.has(candidate))
}

/** One schema drives parsing and `--help`. */
const schema = {
  'min-f1': {type: 'string', arg: 'X', description: 'exit 1 when the overall F1 (0..1) is below X'},
  json: {type: 'boolean', description: 'print the scores as JSON instead of tables'},
  quiet: {type: 'boolean', description: 'leave out the lists of misses and false positives'},
  edits: {type: 'boolean', description: 'also edit each number of each gold relation and count the edits flagged (on by default for a corpus with splits.json)'},
  corpus: {type: 'string', arg: 'DIR', description: 'folder with articles/ and gold/ (default: corpus)'},
  lib: {type: 'string', arg: 'PATH', description: 'module to evaluate (default: src/index.ts)'},
  help: {type: 'boolean', description: 'show this help'}
} as const

const parseOptions = {
  'min-f1': {type: 'string'},
  json: {type: 'boolean'},
  quiet: {type: 'boolean'},
  edits: {type: 'boolean'},
  corpus: {type: 'string'},
  lib: {type: 'string'},
  help: {type: 'boolean', short: 'h'}
} as const satisfies {[Name in keyof typeof schema]: {type: (typeof schema)[Name]['type']; short?: string}}

const usage = [
  'Usage: npx tsx scripts/eval.ts [options]',
  '',
  ...Object.entries(schema).map(([name, flag]) => {
    const left = `--${name}${'arg' in flag ? ' ' + flag.arg : ''}`
    return `  ${left.padEnd(16)} ${flag.description}`
  }),
  ''
].join('\n')

export async function main(argv: string[], io = {stdout: process.stdout, stderr: process.stderr}): Promise<number> {
  let values
  try {
    values = parseArgs({args: argv, options: parseOptions, allowPositionals: false}).values
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${usage}`)
    return 2
  }
  if (values.help) {
    io.stdout.write(usage)
    return 0
  }
  const minF1 = values['min-f1'] === undefined ? undefined : Number(values['min-f1'])
  if (minF1 !== undefined && !(minF1 >= 0 && minF1 <= 1)) {
    io.stderr.write(`--min-f1 takes a number from 0 to 1, not \`${values['min-f1']}\`\n`)
    return 2
  }

  const corpus = path.resolve(values.corpus ?? 'corpus')
  let gold: GoldArticle[]
  try {
    gold = await loadGold(path.join(corpus, 'gold'))
  } catch (error) {
    io.stderr.write(`Cannot read gold: ${(error as Error).message}\n`)
    return 2
  }
  const goldById = new Map(gold.map((article) => [article.id, article]))

  let library: Library
  const here = path.dirname(fileURLToPath(import.meta.url))
  const specifier = values.lib ? pathToFileURL(path.resolve(values.lib)).href : pathToFileURL(path.join(here, '../src/index.js')).href
  try {
    // Loaded at run time so this module (and its tests) import without the library.
    library = (await import(specifier)) as Library
    if (typeof library.createNewsfacts !== 'function' || typeof library.readInputs !== 'function') {
      throw new Error('it does not export createNewsfacts and readInputs')
    }
  } catch (error) {
    io.stderr.write(`Cannot load the library from ${specifier}: ${(error as Error).message}\n`)
    return 2
  }

  let splits: Map<string, string>
  try {
    splits = await loadSplits(corpus, goldById)
  } catch (error) {
    io.stderr.write(`Cannot read splits: ${(error as Error).message}\n`)
    return 2
  }
  const withEdits = Boolean(values.edits) || splits.size > 0
  const newsfacts = library.createNewsfacts()
  const scores = new Map<string, Score>()
  const scoreOf = (id: string): Score => {
    const split = splits.get(id) ?? 'all'
    let score = scores.get(split)
    if (!score) scores.set(split, (score = emptyScore()))
    return score
  }
  const seen = new Set<string>()
  const ids = new Set(goldById.keys())
  for await (const input of library.readInputs([path.join(corpus, 'articles')])) {
    const id = goldIdFor(input, ids)
    if (!id) {
      scoreOf('').ungraded.push(input.id)
      continue
    }
    const article = goldById.get(id)!
    const score = scoreOf(id)
    seen.add(id)
    if ('type' in input) {
      scoreFailure(score, article, `${input.error.code}: ${input.error.message}`)
      continue
    }
    let record: OutputRecord
    try {
      record = await newsfacts.process(input)
    } catch (error) {
      scoreFailure(score, article, `process threw: ${(error as Error).message}`)
      continue
    }
    if (record.type === 'article') {
      scoreArticle(score, article, record)
      const text = withEdits ? textOf(input.value) : undefined
      if (text !== undefined) score.edits.push(...(await relationEdits(newsfacts, {...input, value: text}, record, article)))
    } else if (record.type === 'error') scoreFailure(score, article, `${record.error.code}: ${record.error.message}`)
    else scoreFailure(score, article, `unexpected ${record.type} record`)
  }
  for (const article of gold) {
    if (!seen.has(article.id)) scoreFailure(scoreOf(article.id), article, 'no input with this id')
  }

  const names = [...scores.keys()].sort((a, b) => Number(a === 'heldout') - Number(b === 'heldout') || a.localeCompare(b))
  const blind = (name: string) => name === 'heldout'
  if (values.json) {
    const json = Object.fromEntries(names.map((name) => [name, toJson(scores.get(name)!, blind(name))]))
    io.stdout.write(JSON.stringify(splits.size > 0 ? json : json.all, null, 2) + '\n')
  } else {
    for (const name of names) {
      const score = scores.get(name)!
      if (splits.size > 0) {
        const count = [...splits.values()].filter((split) => split === name).length
        io.stdout.write(`== ${path.basename(corpus)} ${name} (${count} articles)${blind(name) ? ': summary figures only, never its misses' : ''}\n\n`)
      }
      io.stdout.write(formatReport(score, {quiet: values.quiet || blind(name), edits: withEdits}))
      if (splits.size > 0) io.stdout.write('\n')
    }
  }
  const all = emptyScore()
  for (const score of scores.values()) for (const field of ['tp', 'fp', 'fn'] as const) all.overall[field] += score.overall[field]
  const {f1} = prf(all.overall)
  if (minF1 !== undefined && f1 < minF1) {
    io.stderr.write(`Overall F1 ${f1.toFixed(3)} is below --min-f1 ${minF1}\n`)
    return 1
  }
  return 0
}

/** The input as text, for editing: strings as they are, bytes when they are UTF-8. */
function textOf(value: string | Uint8Array): string | undefined {
  if (typeof value === 'string') return value
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(value)
  } catch {
    return undefined
  }
}

/**
 * The split of each gold article from `splits.json`, or none when the corpus
 * has no such file. Every gold article must be in exactly one split.
 */
export async function loadSplits(corpus: string, gold: ReadonlyMap<string, GoldArticle>): Promise<Map<string, string>> {
  let text: string
  try {
    text = await fs.readFile(path.join(corpus, 'splits.json'), 'utf8')
  } catch {
    return new Map()
  }
  const parsed = JSON.parse(text) as Record<string, string[]>
  const splits = new Map<string, string>()
  for (const [name, ids] of Object.entries(parsed)) {
    for (const id of ids) {
      if (splits.has(id)) throw new Error(`${id} is in both ${splits.get(id)} and ${name}`)
      if (!gold.has(id)) throw new Error(`${id} (split ${name}) has no gold`)
      splits.set(id, name)
    }
  }
  const missing = [...gold.keys()].filter((id) => !splits.has(id))
  if (missing.length > 0) throw new Error(`no split for ${missing.join(', ')}`)
  return splits
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2))
}
