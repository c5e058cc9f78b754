/**
 * Options are resolved and validated once, when a pipeline is built,
 * never halfway through a run. A key the pipeline does not know is an
 * error, not a silent default: `segmeter: 'nodejieba'` would otherwise run
 * with `node-rs` and nobody would notice.
 */
import {resolveEncoding} from '../decode/encodings.js'
import {normalizePublishedAt} from '../metadata/dateline.js'
import {missingSegmenter} from '../segment/installed.js'

export type SegmenterName = 'node-rs' | 'nodejieba'
/** OpenCC source variant: generic Traditional, Taiwan or Hong Kong usage. */
export type ConvertFrom = 't' | 'tw' | 'hk'

export interface Options {
  /** Segmenter backend (default `node-rs`, i.e. `@node-rs/jieba`). */
  segmenter?: SegmenterName
  /** Traditional variant to convert from (default `t`). */
  from?: ConvertFrom
  /** Force an input encoding (`utf-8`, `gb18030`, `big5`, `utf-16le`, …) instead of detecting it. */
  encoding?: string
  /** Refuse inputs larger than this many bytes (default 10 MiB). */
  maxBytes?: number
  /**
   * Publication date of inputs that state none (no JSON Lines field, HTML
   * meta or dateline): relative dates (去年, 上月) resolve against it. A
   * date the article states always wins.
   */
  publishedAt?: string
  /** Put the segmented text in each article record as `tokens` (default false). */
  tokens?: boolean
}

export interface ResolvedOptions {
  segmenter: SegmenterName
  from: ConvertFrom
  encoding: string | null
  maxBytes: number
  /** ISO date (`2023-02-20`), or null when not given. */
  publishedAt: string | null
  tokens: boolean
}

const segmenters: readonly SegmenterName[] = ['node-rs', 'nodejieba']
const variants: readonly ConvertFrom[] = ['t', 'tw', 'hk']

/** Every key of {@link Options}; the `satisfies` keeps the list in step with the interface. */
export const optionKeys = ['segmenter', 'from', 'encoding', 'maxBytes', 'publishedAt', 'tokens'] as const satisfies ReadonlyArray<keyof Options>

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

/** Validate pipeline options and fill in defaults; throws a `TypeError` naming the first bad option. */
export function resolveOptions(options: Options = {}): ResolvedOptions {
  checkKeys(options, optionKeys, 'option')
  const segmenter = options.segmenter ?? 'node-rs'
  if (!segmenters.includes(segmenter)) {
    throw new TypeError(`Unknown segmenter \`${String(segmenter)}\`; expected one of ${segmenters.join(', ')}`)
  }
  // An optional backend that is not installed would fail every article, one by one.
  const missing = missingSegmenter(segmenter)
  if (missing) throw new TypeError(missing)
  const from = options.from ?? 't'
  if (!variants.includes(from)) {
    throw new TypeError(`Unknown conversion source \`${String(from)}\`; expected one of ${variants.join(', ')}`)
  }
  const encoding = options.encoding ?? null
  if (encoding !== null && typeof encoding !== 'string') {
    throw new TypeError(`\`encoding\` must be a string such as \`gb18030\`, not ${describeValue(encoding)}`)
  }
  if (encoding !== null && !resolveEncoding(encoding)) throw new TypeError(`Unknown encoding \`${encoding}\` (see iconv-lite's list of encodings)`)
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (typeof maxBytes !== 'number' || !Number.isFinite(maxBytes) || maxBytes <= 0) {
    throw new TypeError(`\`maxBytes\` must be a positive number, not ${describeValue(maxBytes)}`)
  }
  const publishedAt = options.publishedAt === undefined ? null : typeof options.publishedAt === 'string' ? normalizePublishedAt(options.publishedAt) : null
  if (options.publishedAt !== undefined && publishedAt === null) {
    throw new TypeError(`\`publishedAt\` must be a date such as \`2023-02-20\`, not ${describeValue(options.publishedAt)}`)
  }
  const tokens = options.tokens ?? false
  if (typeof tokens !== 'boolean') throw new TypeError(`\`tokens\` must be true or false, not ${describeValue(tokens)}`)
  return {segmenter, from, encoding, maxBytes, publishedAt, tokens}
}

/**
 * Throw a `TypeError` unless `options` is a plain object whose keys are all
 * in `known`; the message names the unknown key and the nearest known one.
 * `undefined` values count as absent, as they do for the defaults.
 */
export function checkKeys(options: unknown, known: readonly string[], what: string): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`Expected an object of ${what}s, not ${describeValue(options)}`)
  }
  for (const [key, value] of Object.entries(options)) {
    if (known.includes(key) || value === undefined) continue
    const nearest = closest(key, known)
    const hint = nearest === undefined ? `known ${what}s are ${known.map((name) => `\`${name}\``).join(', ')}` : `did you mean \`${nearest}\`?`
    throw new TypeError(`Unknown ${what} \`${key}\`: ${hint}`)
  }
}

/** The known name nearest to `name` by edit distance, when it is near enough to be a typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  // Beyond about a third of the name changed, a suggestion misleads more than it helps.
  return bestDistance <= Math.max(2, Math.ceil(name.length / 3)) ? best : undefined
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

/** A value as an error message shows it: `null`, `the number 5`, `` `text` ``. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `the string \`${value}\``
  if (typeof value === 'object') return 'an object'
  return `${typeof value === 'undefined' ? '' : `the ${typeof value} `}${String(value)}`
}
