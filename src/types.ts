/**
 * The shapes every stage shares and the output contract (schema version 1).
 * `schema/record.schema.json` describes the same records for other tools;
 * a test keeps the two in step.
 */
import type {} from 'vfile'
import type {} from 'vfile-message'
import type {OffsetMap} from './util/offset-map.js'

/** `[start, end)` in UTF-16 code units. */
export type Span = [number, number]

export const SCHEMA_VERSION = 1

export type FactKind =
  | 'amount'
  | 'count'
  | 'percent'
  | 'change'
  | 'rank'
  | 'ordinal'
  | 'date'
  | 'duration'
  | 'ratio'
  /** A unit-less value a subject owns: an index level, a PMI, a score (`PMI为49.2`, unit null; `closed at 16,788 points`, unit `point`). */
  | 'number'

/** How the stated number relates to the true one (`2700余户` is `more_than`). */
export type Approx = 'exact' | 'about' | 'more_than' | 'less_than' | 'at_least' | 'at_most'

/** A number, an ISO 8601 date string, or a stated range `[low, high]`. */
export type FactValue = number | string | [number, number]

export interface Fact {
  /** `f1`, `f2`, … in text order, unique within the article. */
  id: string
  kind: FactKind
  value: FactValue
  /**
   * Normalized unit: ISO 4217 for money (`CNY`, `USD`), `%` for percent,
   * `pp` for percentage points, the classifier for counts (`个`, `户`, `家`),
   * `month`/`year`/`day` for durations, `null` when none is stated.
   */
  unit: string | null
  approx: Approx
  /** The fact's text in the normalized text (`text.slice(...span)`). */
  text: string
  /** In the normalized text. */
  span: Span
  /** In the original input text. */
  sourceSpan: Span
  /** What the number measures (`一般公共预算收入`), or `null`. */
  subject: string | null
  /** The enclosing sentence, in the normalized text. */
  sentence?: Span
  /** `change`: which way. */
  direction?: 'up' | 'down'
  /** `rank`: size of the group ranked in, when stated (`25个市辖区中` -> 25). */
  group?: number
  /** `rank`: what is ranked among (`全省`, `市辖区`). */
  scope?: string
  /** `date`: the expression as written when it is relative (`去年12月`). */
  relative?: string
  /** `date`: false when a relative date could not be resolved (no publication date). */
  resolved?: boolean
}

export type Verdict = 'consistent' | 'inconsistent' | 'unverifiable'

export interface Check {
  /** Rule id, e.g. `rate-part-whole`; listed in README under "Checks". */
  rule: string
  verdict: Verdict
  /** Ids of the facts the check used. */
  facts: string[]
  /** The arithmetic, in words a person can verify. */
  message: string
  /** What the other facts imply, when the rule computes one. */
  expected?: number | string
  /** What the article states. */
  actual?: number | string
}

export interface Point {
  line: number
  column: number
  offset: number
}

/** A vfile message as it appears in a record; positions are in the original input. */
export interface MessageRecord {
  ruleId: string | null
  source: string | null
  reason: string
  fatal: boolean | null
  place: {start: Point; end: Point} | null
  actual?: string
  expected?: string[]
  /**
   * Every place a message stands for, in the original input, sorted by
   * start: a repair message has one span per change (or find) it counts,
   * and `place` is the first of them.
   */
  sourceSpans?: Span[]
}

/**
 * How sure a detected language is. `high`: the script decides (kana,
 * Hangul, Thai, …), or the letters left one language well ahead (Chinese
 * with more characters of one script than of the other; franc and the word
 * evidence with a margin of at least `SURE_MARGIN`, src/detect/franc-guess.ts).
 * `low`: a close call (short Latin-script text; Chinese of shared characters
 * only, Simplified by default). `none`: the language is `und`.
 */
export type LanguageConfidence = 'high' | 'low' | 'none'

export interface ArticleRecord {
  schemaVersion: typeof SCHEMA_VERSION
  type: 'article'
  id: string
  /** BCP-47 tag: `zh-Hans`, `zh-Hant`, `en`, `ja`, …, or `und`. */
  lang: string
  /** Dominant script before conversion: `Hans`, `Hant`, `Latn`, `Jpan`, `Kore`, … or `Zyyy` when none. */
  script: string
  /**
   * How sure `lang` is: `high`, `low` (a close call, e.g. a short Latin-script
   * sentence), or `none` when `lang` is `und`. Added after schema version 1
   * was published, so older records lack it.
   */
  langConfidence?: LanguageConfidence
  /** ISO 8601 date (or date-time) when known. */
  publishedAt: string | null
  title: string | null
  /** Normalized text: repaired and, for Chinese, Simplified. */
  text: string
  facts: Fact[]
  checks: Check[]
  messages: MessageRecord[]
  /** The segmented text, when asked for (`tokens` option, `extract --tokens`): every token of `text`, in order. */
  tokens?: Token[]
  /**
   * The input's fields beyond those newsfacts reads (`url`, `source`, …),
   * as they came: only for JSON inputs that have any.
   */
  meta?: Record<string, unknown>
}

export type ErrorCode =
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'bad-json'
  | 'bad-encoding'
  | 'timeout'
  | 'internal'

export interface ErrorRecord {
  schemaVersion: typeof SCHEMA_VERSION
  type: 'error'
  id: string
  error: {code: ErrorCode; message: string}
}

/** Two articles stating the same metric of the same subject and period with different values. */
export interface ConflictRecord {
  schemaVersion: typeof SCHEMA_VERSION
  type: 'conflict'
  rule: string
  /** What both articles measure, e.g. `一般公共预算收入`. */
  subject: string
  message: string
  sides: Array<{
    article: string
    fact: string
    text: string
    value: FactValue
    unit: string | null
    sourceSpan: Span
    /** Other articles that state this side's values alike (same place, same values); absent when none. */
    alsoStatedBy?: string[]
  }>
}

/** An article's checks without the rest of its record: what `newsfacts check --format json` writes per article. */
export interface ChecksRecord {
  schemaVersion: typeof SCHEMA_VERSION
  type: 'checks'
  /** The article's id. */
  id: string
  checks: Check[]
}

/** What the pipeline and the cross-check produce (a {@link ChecksRecord} is a view of an article record). */
export type OutputRecord = ArticleRecord | ErrorRecord | ConflictRecord

/** A token of the segmented normalized text; white space is no token. */
export interface Token {
  word: string
  /** jieba part-of-speech tag (`n`, `v`, `m`, `x`, …). */
  tag: string
  /** Offsets in the normalized text, end exclusive (UTF-16 code units; code points in records written with `--offsets codepoint`). */
  start: number
  end: number
}

declare module 'vfile' {
  interface DataMap {
    /** Article id: the path, or the `id` field of a JSONL line. */
    id: string
    /** The decoded original text; every source span indexes it. */
    source: string
    /** The current normalized text. */
    text: string
    /** Maps `text` back to `source`. */
    map: OffsetMap
    lang: string
    script: string
    langConfidence: LanguageConfidence
    publishedAt: string | null
    title: string | null
    /** The input's fields beyond those newsfacts reads, carried to the record unchanged. */
    meta: Record<string, unknown>
    tokens: Token[]
    sentences: Span[]
    facts: Fact[]
    checks: Check[]
  }
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** Every place the message stands for, in the original input; see {@link MessageRecord.sourceSpans}. */
    sourceSpans?: Span[]
  }
}
