/**
 * Score the library against the hand-written gold in `corpus/gold/`.
 *
 *   npx tsx scripts/eval.ts [--min-f1 X] [--json] [--quiet] [--corpus DIR] [--lib PATH]
 *
 * Prints precision / recall / F1 per fact kind, per language and overall,
 * attribute agreement (subject, unit, approx, direction) on matched facts,
 * how many gold checks were reproduced, then every miss and false positive.
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

// ---------------------------------------------------------------------------
// Gold

export const FACT_KINDS: readonly FactKind[] = [
  'amount',
  'count',
  'percent',
  'change',
  'rank',
  'ordinal',
  'date',
  'duration',
  'ratio'
]
export const APPROX: readonly Approx[] = ['exact', 'about', 'more_than', 'less_than', 'at_least', 'at_most']
export const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const

export interface GoldFact {
  kind: FactKind
  text: string
  value: FactValue
  unit: string | null
  approx: Approx
  subject: string | null
  direction?: 'up' | 'down'
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
  publishedAt: string
  note?: string
  facts: GoldFact[]
  checks: GoldCheck[]
}

/** Read every `*.json` in `dir`, sorted by name. Throws on a file that is not JSON. */
export async function loadGold(dir: string): Promise<GoldArticle[]> {
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.json')).sort()
  const gold: GoldArticle[] = []
  for (const name of names) {
    const text = await fs.readFile(path.join(dir, name), 'utf8')
    try {
      gold.push(JSON.parse(text) as GoldArticle)
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}`)
    }
  }
  return gold
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

function numbersEqual(a: number, b: number, kind: FactKind): boolean {
  // The annotation guide fixes ratios at 4 decimal places (三分之一 = 0.3333).
  if (kind === 'ratio') return Math.round(a * 1e4) === Math.round(b * 1e4)
  if (a === b) return true
  return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b))
}

export function valuesEqual(gold: FactValue, predicted: FactValue, kind: FactKind): boolean {
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
export type PredictedFact = Pick<Fact, 'kind' | 'value' | 'text' | 'span'> & Partial<Fact>

export interface ArticleMatch {
  /** `pairs[i] = [predicted index, gold index]`. */
  pairs: Array<[number, number]>
  /** Predicted facts that matched an optional gold fact: neither right nor wrong. */
  ignored: number[]
  /** Predicted facts that matched nothing. */
  falsePositives: number[]
  /** Required gold facts that nothing matched. */
  misses: number[]
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
  return {pairs, ignored, falsePositives, misses}
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
  kind: FactKind
  text: string
  value: FactValue
}

export interface Score {
  overall: Tally
  byKind: Map<string, Tally>
  byLang: Map<string, Tally>
  subject: Agreement
  unit: Agreement
  approx: Agreement
  direction: Agreement
  checks: Map<string, Agreement>
  misses: Listed[]
  falsePositives: Listed[]
  /** Predicted `inconsistent` checks that no gold check expects. */
  falseAlarms: Array<{article: string; rule: string; message: string}>
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
    subject: {agree: 0, total: 0},
    unit: {agree: 0, total: 0},
    approx: {agree: 0, total: 0},
    direction: {agree: 0, total: 0},
    checks: new Map(),
    misses: [],
    falsePositives: [],
    falseAlarms: [],
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
  for (const [p, g] of match.pairs) {
    const predicted = record.facts[p]!
    const expected = gold.facts[g]!
    score.overall.tp++
    bump(score.byKind, expected.kind, 'tp')
    bump(score.byLang, gold.lang, 'tp')
    if (expected.subject !== null && expected.subject !== undefined) {
      agree(score.subject, predicted.subject === expected.subject)
    }
    agree(score.unit, (predicted.unit ?? null) === (expected.unit ?? null))
    agree(score.approx, (predicted.approx ?? 'exact') === (expected.approx ?? 'exact'))
    if (expected.direction) agree(score.direction, predicted.direction === expected.direction)
  }
  for (const p of match.falsePositives) {
    const fact = record.facts[p]!
    score.overall.fp++
    bump(score.byKind, fact.kind, 'fp')
    bump(score.byLang, gold.lang, 'fp')
    score.falsePositives.push({article: gold.id, kind: fact.kind, text: fact.text, value: fact.value})
  }
  for (const g of match.misses) {
    const fact = gold.facts[g]!
    score.overall.fn++
    bump(score.byKind, fact.kind, 'fn')
    bump(score.byLang, gold.lang, 'fn')
    score.misses.push({article: gold.id, kind: fact.kind, text: fact.text, value: fact.value})
  }
  score.ignored += match.ignored.length

  for (const check of gold.checks) {
    const key = `${check.rule} ${check.verdict}`
    let agreement = score.checks.get(key)
    if (!agreement) {
      agreement = {agree: 0, total: 0}
      score.checks.set(key, agreement)
    }
    agree(agreement, checkFound(check, record.checks, record.facts))
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

/** Every required gold fact of an article without output counts as missed. */
export function scoreFailure(score: Score, gold: GoldArticle, reason: string): void {
  score.failures.push({article: gold.id, reason})
  for (const fact of gold.facts) {
    if (fact.optional) continue
    score.overall.fn++
    bump(score.byKind, fact.kind, 'fn')
    bump(score.byLang, gold.lang, 'fn')
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

export function formatReport(score: Score, options: {quiet?: boolean} = {}): string {
  const lines: string[] = []
  const kinds = FACT_KINDS.filter((kind) => score.byKind.has(kind)).map((kind): [string, Tally] => [
    kind,
    score.byKind.get(kind)!
  ])
  lines.push('By kind', ...tableRows(kinds), '')
  const langs = [...score.byLang.keys()].sort().map((lang): [string, Tally] => [lang, score.byLang.get(lang)!])
  lines.push('By language', ...tableRows(langs), '')
  lines.push('Overall', ...tableRows([['all', score.overall]]), '')
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
  lines.push(`  unexpected inconsistent verdicts: ${score.falseAlarms.length}`, '')

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
    if (score.falseAlarms.length > 0) {
      lines.push('', `Unexpected inconsistent verdicts (${score.falseAlarms.length})`)
      for (const alarm of score.falseAlarms) {
        lines.push(`  ${truncate(alarm.article).padEnd(40)}  ${alarm.rule}: ${truncate(alarm.message, 80)}`)
      }
    }
    lines.push('')
  }
  return lines.join('\n')
}

function toJson(score: Score): unknown {
  const table = (map: Map<string, Tally>) =>
    Object.fromEntries([...map].map(([key, tally]) => [key, {...tally, ...prf(tally)}]))
  return {
    overall: {...score.overall, ...prf(score.overall)},
    byKind: table(score.byKind),
    byLang: table(score.byLang),
    agreement: {subject: score.subject, unit: score.unit, approx: score.approx, direction: score.direction},
    checks: Object.fromEntries(score.checks),
    misses: score.misses,
    falsePositives: score.falsePositives,
    falseAlarms: score.falseAlarms,
    failures: score.failures,
    ungraded: score.ungraded,
    ignored: score.ignored
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
  corpus: {type: 'string', arg: 'DIR', description: 'folder with articles/ and gold/ (default: corpus)'},
  lib: {type: 'string', arg: 'PATH', description: 'module to evaluate (default: src/index.ts)'},
  help: {type: 'boolean', description: 'show this help'}
} as const

const parseOptions = {
  'min-f1': {type: 'string'},
  json: {type: 'boolean'},
  quiet: {type: 'boolean'},
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

  const newsfacts = library.createNewsfacts()
  const score = emptyScore()
  const seen = new Set<string>()
  const ids = new Set(goldById.keys())
  for await (const input of library.readInputs([path.join(corpus, 'articles')])) {
    const id = goldIdFor(input, ids)
    if (!id) {
      score.ungraded.push(input.id)
      continue
    }
    const article = goldById.get(id)!
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
    if (record.type === 'article') scoreArticle(score, article, record)
    else if (record.type === 'error') scoreFailure(score, article, `${record.error.code}: ${record.error.message}`)
    else scoreFailure(score, article, `unexpected ${record.type} record`)
  }
  for (const article of gold) {
    if (!seen.has(article.id)) scoreFailure(score, article, 'no input with this id')
  }

  io.stdout.write(values.json ? JSON.stringify(toJson(score), null, 2) + '\n' : formatReport(score, {quiet: values.quiet}))
  const {f1} = prf(score.overall)
  if (minF1 !== undefined && f1 < minF1) {
    io.stderr.write(`Overall F1 ${f1.toFixed(3)} is below --min-f1 ${minF1}\n`)
    return 1
  }
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2))
}
