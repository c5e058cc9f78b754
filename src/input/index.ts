import {isUtf8} from 'node:buffer'
import {createReadStream, type Dirent} from 'node:fs'
import {open, readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import type {Readable} from 'node:stream'
import iconv from 'iconv-lite'
import {decodeBytes} from '../decode/bytes.js'
import {sniffBinarySignature, sniffBom} from '../decode/sniff.js'
import type {ArticleInput} from '../pipeline/index.js'
import {DEFAULT_MAX_BYTES} from '../pipeline/options.js'
import {errorRecord} from '../report/record.js'
import type {ErrorRecord} from '../types.js'
import {InputError} from '../util/errors.js'
import {describeFileError} from '../util/system-error.js'
import {isIgnored, readIgnoreRules, type IgnoreRule} from './ignore.js'
import {idFromHead, parseJsonLine} from './json.js'
import {arrayItems} from './json-text.js'
import {splitLines} from './lines.js'
import {gunzip, isGzip, peek, streamEncoding, toUtf8} from './streams.js'

export {parseJsonLine, articleFromJson} from './json.js'

/** File extensions read when walking a directory. */
export const articleExtensions = new Set(['.txt', '.text', '.md', '.html', '.htm', '.json', '.jsonl', '.ndjson'])

/** `a.jsonl.gz` -> `.jsonl` and gzip; `a.txt` -> `.txt`. */
function extensionOf(file: string): {extension: string; gzip: boolean} {
  const gzip = /\.gz$/i.test(file)
  return {extension: path.extname(gzip ? file.slice(0, -3) : file).toLowerCase(), gzip}
}

/** A project's own documents (README.md, LICENSE …), never articles, whatever their extension. */
const projectFile = /^(?:readme|licen[cs]e|copying|changelog|changes|contributing|authors|notice|code_of_conduct|security)(?:\.|$)/i

/**
 * Files a directory walk passed over: another extension, a project document,
 * or an extensionless file that is not text. Named on the command line,
 * any file is read.
 */
export interface SkippedFiles {
  count: number
  /** The first few, to show. */
  examples: string[]
}

export interface ReadOptions {
  maxBytes?: number
  /** Read `-` from this stream (default `process.stdin`). */
  stdin?: Readable
  /** Counts the bytes read so far, for progress; the reader adds to it as it goes. */
  progress?: ReadProgress
  /** Counts the files directory walks passed over, so that they can be named. */
  skipped?: SkippedFiles
  /** A file directory walks leave out: the run's own output, which would otherwise be read back as an article. */
  exclude?: string
  /** The encoding of every input, JSON Lines included (default: found per input). */
  encoding?: string | null
  /** What standard input holds (default: JSON Lines when it starts with `{`, else one text). */
  inputFormat?: InputFormat
}

export type InputFormat = 'text' | 'jsonl'

/** What the readers below need of the options, resolved once. */
interface Reading {
  maxBytes: number
  encoding: string | null
  progress: ReadProgress
  /** Ids yielded so far, and where each came from: a repeated id is a warning on its record. */
  ids: Map<string, string>
}

export interface ReadProgress {
  bytes: number
  /** Inputs yielded so far (articles and error records). */
  items?: number
}

/**
 * Every article in `paths`, in order: files as given, directories walked
 * recursively in sorted order, JSON Lines one article per line, `-` stdin.
 * An input that cannot be read becomes an error record in its place, so
 * a consumer sees exactly one item per input.
 */
export async function* readInputs(
  paths: string[],
  options: ReadOptions = {}
): AsyncGenerator<ArticleInput | ErrorRecord> {
  const progress = options.progress ?? {bytes: 0}
  for await (const item of readAll(paths, options, progress)) {
    progress.items = (progress.items ?? 0) + 1
    yield item
  }
}

async function* readAll(paths: string[], options: ReadOptions, progress: ReadProgress): AsyncGenerator<ArticleInput | ErrorRecord> {
  const reading: Reading = {maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, encoding: options.encoding ?? null, progress, ids: new Map()}
  for await (const item of readPaths(paths, options, reading)) yield 'error' in item ? item : withRepeatedId(item, reading.ids)
}

async function* readPaths(paths: string[], options: ReadOptions, reading: Reading): AsyncGenerator<ArticleInput | ErrorRecord> {
  for (const given of paths) {
    if (given === '-') {
      yield* readStdin(options.stdin ?? process.stdin, options.inputFormat, reading)
      continue
    }
    let info
    try {
      info = await stat(given)
    } catch (error) {
      yield errorRecord(given, 'unreadable', `Cannot read \`${given}\`: ${describe(error)}`)
      continue
    }
    if (info.isDirectory()) {
      for await (const file of walk(given, [], options.skipped)) {
        if (options.exclude !== undefined && typeof file === 'string' && path.resolve(file) === path.resolve(options.exclude)) continue
        if (typeof file === 'string') yield* readFileInputs(file, reading)
        else yield file
      }
    } else {
      yield* readFileInputs(given, reading)
    }
  }
}

/** The article with a warning when its id was yielded before (a second line with the same id would overwrite the first downstream). */
function withRepeatedId(article: ArticleInput, ids: Map<string, string>): ArticleInput {
  const where = articleWhere(article)
  const first = ids.get(article.id)
  if (first === undefined) {
    ids.set(article.id, where)
    return article
  }
  const warning = {ruleId: 'repeated-id', reason: `The id \`${article.id}\` was already used by ${first}; records with the same id cannot be told apart`}
  return {...article, warnings: [...(article.warnings ?? []), warning]}
}

function articleWhere(article: ArticleInput): string {
  return origins.get(article) ?? (article.path === undefined ? `\`${article.id}\`` : `\`${article.path}\``)
}

/**
 * The bytes `readInputs(paths)` will read, for an ETA; undefined when that
 * cannot be known (standard input). Walks directories the same way.
 */
export async function inputBytes(paths: string[]): Promise<number | undefined> {
  let total = 0
  for (const given of paths) {
    if (given === '-') return undefined
    try {
      const info = await stat(given)
      if (!info.isDirectory()) {
        total += info.size
        continue
      }
    } catch {
      continue
    }
    for await (const file of walk(given)) {
      if (typeof file !== 'string') continue
      try {
        total += (await stat(file)).size
      } catch {
        // Unreadable: it will be an error record, reading nothing.
      }
    }
  }
  return total
}

/** The rules of a `.newsfactsignore` and the directory they are relative to. */
interface IgnoreScope {
  base: string
  rules: IgnoreRule[]
}

/**
 * Article files under `directory` in sorted order, leaving out what a
 * `.newsfactsignore` here or above names; a directory that cannot be listed
 * becomes an error record in its place. Files are articles by their
 * extension ({@link articleExtensions}); an extensionless file is read when
 * its first bytes look like text; other files, and project documents such as
 * README.md, are counted in `skipped`.
 */
async function* walk(directory: string, inherited: IgnoreScope[] = [], skipped?: SkippedFiles): AsyncGenerator<string | ErrorRecord> {
  const rules = readIgnoreRules(directory)
  const scopes = rules.length > 0 ? [...inherited, {base: directory, rules}] : inherited
  const ignored = (full: string, isDirectory: boolean) =>
    scopes.some((scope) => isIgnored(scope.rules, path.relative(scope.base, full).split(path.sep).join('/'), isDirectory))
  let entries: Dirent[]
  try {
    entries = await readdir(directory, {withFileTypes: true})
  } catch (error) {
    yield errorRecord(directory, 'unreadable', `Cannot list \`${directory}\`: ${describe(error)}`)
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = path.join(directory, entry.name)
    if (ignored(full, entry.isDirectory())) continue
    if (entry.isDirectory()) {
      yield* walk(full, scopes, skipped)
      continue
    }
    // Links to files are read; links to directories are not followed, which could loop.
    if (!(entry.isFile() || (entry.isSymbolicLink() && (await isFile(full))))) continue
    const {extension, gzip} = extensionOf(entry.name)
    // Compressed, an article keeps its extension inside (`a.jsonl.gz`).
    const article = !projectFile.test(entry.name) && (extension || gzip ? articleExtensions.has(extension) : await looksLikeText(full))
    if (article) yield full
    else if (skipped) {
      skipped.count++
      if (skipped.examples.length < 3) skipped.examples.push(full)
    }
  }
}

/** Whether a file's first bytes could start text: no binary signature, no NUL (UTF-16 without a BOM is not worth guessing here). */
async function looksLikeText(file: string): Promise<boolean> {
  let handle
  try {
    handle = await open(file, 'r')
    const head = Buffer.alloc(4096)
    const {bytesRead} = await handle.read(head, 0, head.length, 0)
    const bytes = head.subarray(0, bytesRead)
    return sniffBom(bytes) !== undefined || (sniffBinarySignature(bytes) === undefined && !bytes.includes(0))
  } catch {
    return true // Unreadable: reading it gives the error record.
  } finally {
    await handle?.close()
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return true // Broken: reading it gives the error record.
  }
}

async function* readFileInputs(file: string, reading: Reading): AsyncGenerator<ArticleInput | ErrorRecord> {
  const {extension, gzip} = extensionOf(file)
  const open = () => (gzip ? gunzip(createReadStream(file)) : createReadStream(file))
  if (extension === '.jsonl' || extension === '.ndjson') {
    yield* readJsonLines(file, open(), reading)
    return
  }
  const {maxBytes, progress} = reading
  try {
    const size = (await stat(file)).size
    // A gzip archive's size says nothing of what it holds: that is counted while read.
    if (!gzip && size > maxBytes) {
      progress.bytes += size
      yield errorRecord(file, 'too-large', `\`${file}\` is ${size} bytes, over the limit of ${maxBytes} (see --max-bytes)`)
      return
    }
    // Counted while read: a device or pipe (`/dev/zero`, `<(cmd)`) states size 0 and may never end.
    const bytes = await readAtMost(open(), maxBytes)
    if (!bytes) {
      yield errorRecord(file, 'too-large', `\`${file}\` is over the limit of ${maxBytes} bytes${gzip ? ' once decompressed' : ''} (see --max-bytes)`)
      return
    }
    progress.bytes += bytes.byteLength
    if (extension === '.json') {
      yield* jsonDocument(file, bytes, reading.encoding)
      return
    }
    const article: ArticleInput = {id: file, path: file, value: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)}
    // The extension inside decides how the text is read (`page.html.gz` is HTML).
    if (gzip) article.path = file.slice(0, -3)
    yield article
  } catch (error) {
    yield errorRecord(file, 'unreadable', `Cannot read \`${file}\`: ${describe(error)}`)
  }
}

/**
 * A `.json` file holds one article object or an array of them. Array items
 * are parsed one by one, so one bad item (invalid, too deeply nested) fails
 * alone; numeric ids keep the digits they were written with.
 */
function* jsonDocument(file: string, bytes: Buffer, encoding: string | null): Generator<ArticleInput | ErrorRecord> {
  let text: string
  try {
    text = decodeBytes(bytes, encoding).text
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    yield errorRecord(file, error.code, `\`${file}\`: ${error.message.replace(/^The input\b/, 'it')}`)
    return
  }
  const array = arrayItems(text)
  if (!array) {
    yield withOrigin(parseJsonLine(text, file), `\`${file}\``)
    return
  }
  for (const [index, item] of array.items.entries()) {
    const id = `${file}#${index}`
    yield withOrigin(item.trim() === '' ? errorRecord(id, 'bad-json', `\`${id}\` is empty (two commas in a row, or one before \`]\`)`) : parseJsonLine(item, id), `item ${index} of \`${file}\``)
  }
  const id = `${file}#${array.items.length}`
  if (!array.complete) yield errorRecord(id, 'bad-json', `\`${file}\` is not valid JSON: its array never ends (after item ${array.items.length - 1})`)
  else if (array.rest.trim() !== '') yield errorRecord(id, 'bad-json', `\`${file}\` is not valid JSON: text follows the end of its array`)
}

/** Where each article read came from (`line 3 of \`a.jsonl\``), to name it when its id comes again. */
const origins = new WeakMap<ArticleInput, string>()

function withOrigin(item: ArticleInput | ErrorRecord, origin: string): ArticleInput | ErrorRecord {
  if (!('error' in item)) origins.set(item, origin)
  return item
}

/**
 * One article per line. A line over `maxBytes` is refused without ever being
 * held whole, so one huge line cannot exhaust memory. Lines in a forced
 * encoding, or after a BOM, or in UTF-16, are read in that encoding; a line
 * that is not UTF-8 otherwise is decoded the way a file would be (GB18030,
 * Big5 …) or refused.
 */
async function* readJsonLines(name: string, stream: Readable, reading: Reading): AsyncGenerator<ArticleInput | ErrorRecord> {
  const {maxBytes, progress} = reading
  let number = 0
  try {
    const {head, whole} = await peek(stream)
    let encoding
    try {
      encoding = streamEncoding(head, reading.encoding)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      whole.destroy()
      yield errorRecord(name, error.code, `\`${name}\`: ${error.message}`)
      return
    }
    const lines = encoding ? toUtf8(whole, encoding.encoding, encoding.bom) : whole
    for await (const line of splitLines(lines, maxBytes)) {
      number = line.number
      progress.bytes += line.size
      const id = `${name}:${number}`
      if (line.bytes === undefined) {
        const ownId = line.head && idFromHead(line.head.toString('utf8'))
        const what = `Line ${number} of \`${name}\`${ownId === undefined ? '' : ` (id \`${ownId}\`)`}`
        yield errorRecord(ownId ?? id, 'too-large', `${what} is ${line.size} bytes, over the limit of ${maxBytes} (see --max-bytes)`)
        continue
      }
      const text = lineText(line.bytes)
      if (typeof text !== 'string') {
        yield errorRecord(id, text.code, `Line ${number} of \`${name}\`: ${text.message}`)
        continue
      }
      if (text.trim() === '') continue
      yield withOrigin(parseJsonLine(text, id), `line ${number} of \`${name}\``)
    }
  } catch (error) {
    yield errorRecord(`${name}:${number + 1}`, 'unreadable', `Cannot read \`${name}\`: ${describe(error)}`)
  }
}

function lineText(bytes: Buffer): string | InputError {
  if (isUtf8(bytes)) return bytes.toString('utf8')
  try {
    return decodeBytes(bytes, null).text
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
}

/**
 * Standard input: JSON Lines or one plain-text article, as `format` says,
 * else JSON Lines when its first non-blank character is `{`. A gzip stream
 * is decompressed first.
 */
async function* readStdin(stream: Readable, format: InputFormat | undefined, reading: Reading): AsyncGenerator<ArticleInput | ErrorRecord> {
  let {head, whole} = await peek(stream)
  if (isGzip(head)) ({head, whole} = await peek(gunzip(whole)))
  if ((format ?? (startsLikeJson(head, reading.encoding) ? 'jsonl' : 'text')) === 'jsonl') {
    // JSON Lines: stream line by line instead of buffering.
    yield* readJsonLines('-', whole, reading)
    return
  }
  let bytes: Buffer | null
  try {
    bytes = await readAtMost(whole, reading.maxBytes)
  } catch (error) {
    yield errorRecord('-', 'unreadable', `Cannot read standard input: ${describe(error)}`)
    return
  }
  if (!bytes) {
    yield errorRecord('-', 'too-large', `Standard input is over the limit of ${reading.maxBytes} bytes (see --max-bytes)`)
    return
  }
  reading.progress.bytes += bytes.byteLength
  yield {id: '-', value: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)}
}

/** Whether the first bytes start, after blanks (and a BOM), with `{`, in whatever encoding they are in. */
function startsLikeJson(head: Buffer, forced: string | null): boolean {
  let encoding
  try {
    encoding = streamEncoding(head, forced)
  } catch {
    return false
  }
  const text = encoding ? iconv.decode(head.subarray(encoding.bom), encoding.encoding.codec, {stripBOM: false}) : head.toString('utf8')
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('{')
}

/**
 * The whole stream, or null as soon as it passes `maxBytes` (the stream is
 * then destroyed, so an endless input stops being read at the limit).
 */
async function readAtMost(stream: Readable, maxBytes: number): Promise<Buffer | null> {
  const parts: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string)
    size += buffer.byteLength
    if (size > maxBytes) {
      stream.destroy()
      return null
    }
    parts.push(buffer)
  }
  return Buffer.concat(parts)
}

function describe(error: unknown): string {
  return describeFileError(error)
}
