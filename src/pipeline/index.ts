import {VFile} from 'vfile'
import {check} from '../check/index.js'
import {convert} from '../convert/index.js'
import {decode} from '../decode/index.js'
import {detect} from '../detect/index.js'
import {extract} from '../extract/index.js'
import {metadata} from '../metadata/index.js'
import {repair} from '../repair/index.js'
import {errorRecord, toRecord} from '../report/record.js'
import {segment} from '../segment/index.js'
import type {ArticleRecord, ErrorRecord} from '../types.js'
import {InputError} from '../util/errors.js'
import {report} from '../util/file.js'
import {checkKeys, describeValue, resolveOptions, type Options, type ResolvedOptions} from './options.js'

export type Stage = (file: VFile, options: ResolvedOptions) => void

/**
 * The stages, in order. Language is detected before conversion so that
 * `lang` and `script` describe the text as it arrived, and so conversion
 * only runs on Chinese. The publication date is settled before extraction,
 * which resolves relative dates against it.
 */
export const stages: ReadonlyArray<readonly [name: string, stage: Stage]> = [
  ['decode', decode],
  ['repair', repair],
  ['detect', detect],
  ['convert', convert],
  ['metadata', metadata],
  ['segment', segment],
  ['extract', extract],
  ['check', check]
]

/** One article to process. */
export interface ArticleInput {
  /** Stable id: the path, or the `id` of a JSONL line. */
  id: string
  /** Text, or raw bytes to decode. */
  value: string | Uint8Array
  /** File path, when the article came from a file (its extension picks HTML handling). */
  path?: string
  /** Publication date when the input states it (JSONL field, CLI flag); otherwise found in the text. */
  publishedAt?: string | null
  title?: string | null
  /** Fields of the input beyond these (a JSON input's `url`, `source`, …): the record carries them unchanged as `meta`. */
  meta?: Record<string, unknown>
  /** What reading the input found wrong with it (a repeated id): warnings on its record. */
  warnings?: InputWarning[]
}

export interface InputWarning {
  ruleId: string
  reason: string
}

const inputKeys = ['id', 'value', 'path', 'publishedAt', 'title', 'meta', 'warnings'] as const satisfies ReadonlyArray<keyof ArticleInput>

/** An {@link ArticleInput} in words, for error messages. */
export const articleShape = '{id: string, value: string | Uint8Array, path?, publishedAt?, title?, meta?, warnings?}'

/**
 * Throw a `TypeError` (starting with `expected`, then what it got) unless
 * `input` is an {@link ArticleInput}: passing
 * something else is a bug in the caller, not bad input, and an error record
 * would hide it. Bad content (undecodable bytes, empty text) is not checked
 * here: it gets an error record.
 */
export function assertArticleInput(input: unknown, expected: string): asserts input is ArticleInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new TypeError(`${expected}; got ${describeValue(input)}`)
  checkKeys(input, inputKeys, 'article field')
  const {id, value, path, publishedAt, title, meta, warnings} = input as Record<string, unknown>
  if (typeof id !== 'string') throw new TypeError(`${expected}; got \`id\` ${describeValue(id)}`)
  if (typeof value !== 'string' && !(value instanceof Uint8Array)) throw new TypeError(`${expected}; got \`value\` ${describeValue(value)}`)
  if (path !== undefined && typeof path !== 'string') throw new TypeError(`${expected}; got \`path\` ${describeValue(path)}`)
  const isWarning = (item: unknown) => typeof item === 'object' && item !== null && typeof (item as InputWarning).ruleId === 'string' && typeof (item as InputWarning).reason === 'string'
  if (warnings !== undefined && !(Array.isArray(warnings) && warnings.every(isWarning))) {
    throw new TypeError(`${expected}; got \`warnings\` ${describeValue(warnings)}, not an array of {ruleId, reason}`)
  }
  for (const [name, field] of [['publishedAt', publishedAt], ['title', title]] as const) {
    if (field !== undefined && field !== null && typeof field !== 'string') throw new TypeError(`${expected}; got \`${name}\` ${describeValue(field)}`)
  }
  if (meta !== undefined && (typeof meta !== 'object' || meta === null || Array.isArray(meta))) throw new TypeError(`${expected}; got \`meta\` ${describeValue(meta)}`)
}

/**
 * What `processSync` returns: the record, the original text its
 * `sourceSpan`s index, and the processed vfile. `processBatch` yields the
 * same without the vfile ({@link BatchResult}).
 */
export interface Processed {
  record: ArticleRecord | ErrorRecord
  /** The decoded original text (`sourceSpan`s index it); empty for failures before decoding. */
  source: string
  /** The processed file, with every stage's data and messages (absent for failures). */
  file?: VFile
}

export interface Newsfacts {
  readonly options: ResolvedOptions
  /**
   * The article's record. Bad content (undecodable bytes, empty text, too
   * large) resolves to an error record; an argument that is not an article
   * at all (`null`, `{text}`) rejects with a `TypeError`.
   */
  process(input: ArticleInput | string): Promise<ArticleRecord | ErrorRecord>
  /**
   * The same, synchronously, as `{record, source, file}`: the record, the
   * decoded original text and the processed vfile. Throws a `TypeError`
   * where `process` rejects with one.
   */
  processSync(input: ArticleInput | string): Processed
}

/** Build a pipeline. Options are validated here, once; dictionaries load on first use. */
export function createNewsfacts(options: Options = {}): Newsfacts {
  const resolved = resolveOptions(options)
  const processSync = (input: ArticleInput | string): Processed => {
    if (typeof input === 'string') return processArticle({id: 'text', value: input}, resolved)
    assertArticleInput(input, `newsfacts.process expects a string or an article ${articleShape}`)
    return processArticle(input, resolved)
  }
  return {
    options: resolved,
    processSync,
    process: async (input) => processSync(input).record
  }
}

function processArticle(input: ArticleInput, options: ResolvedOptions): Processed {
  const file = new VFile({value: input.value, path: input.path})
  file.data.id = input.id
  file.data.publishedAt = input.publishedAt ?? null
  file.data.title = input.title ?? null
  if (input.meta !== undefined && Object.keys(input.meta).length > 0) file.data.meta = input.meta
  let current = 'decode'
  for (const {ruleId, reason} of input.warnings ?? []) report(file, reason, {ruleId, source: 'input'})
  try {
    for (const [name, stage] of stages) {
      current = name
      stage(file, options)
    }
  } catch (error) {
    const source = typeof file.value === 'string' ? file.value : ''
    // Stages say `The input …`; the record names which one, for whoever reads it away from its file.
    if (error instanceof InputError) return {record: errorRecord(input.id, error.code, error.message.replace(/^The input\b/, `\`${input.id}\``)), source}
    const reason = error instanceof Error ? error.message : String(error)
    return {record: errorRecord(input.id, 'internal', `${current} stage failed: ${reason}`), source}
  }
  return {record: toRecord(file, {tokens: options.tokens}), source: file.data.source ?? String(file.value), file}
}
