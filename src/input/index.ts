import {createReadStream} from 'node:fs'
import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {Readable} from 'node:stream'
import type {ArticleInput} from '../pipeline/index.js'
import {DEFAULT_MAX_BYTES} from '../pipeline/options.js'
import {errorRecord} from '../report/record.js'
import type {ErrorRecord} from '../types.js'
import {parseJsonLine} from './json.js'

export {parseJsonLine, articleFromJson} from './json.js'

/** File extensions read when walking a directory. */
export const articleExtensions = new Set(['.txt', '.text', '.md', '.html', '.htm', '.json', '.jsonl', '.ndjson'])

export interface ReadOptions {
  maxBytes?: number
  /** Read `-` from this stream (default `process.stdin`). */
  stdin?: Readable
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
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  for (const given of paths) {
    if (given === '-') {
      yield* readStdin(options.stdin ?? process.stdin, maxBytes)
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
      for await (const file of walk(given)) yield* readFileInputs(file, maxBytes)
    } else {
      yield* readFileInputs(given, maxBytes)
    }
  }
}

async function* walk(directory: string): AsyncGenerator<string> {
  const entries = await readdir(directory, {withFileTypes: true})
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) yield* walk(full)
    else if (entry.isFile() && articleExtensions.has(path.extname(entry.name).toLowerCase())) yield full
  }
}

async function* readFileInputs(file: string, maxBytes: number): AsyncGenerator<ArticleInput | ErrorRecord> {
  const extension = path.extname(file).toLowerCase()
  if (extension === '.jsonl' || extension === '.ndjson') {
    yield* readJsonLines(file, createReadStream(file), maxBytes)
    return
  }
  try {
    const size = (await stat(file)).size
    if (size > maxBytes) {
      yield errorRecord(file, 'too-large', `\`${file}\` is ${size} bytes, over the limit of ${maxBytes} (see --max-bytes)`)
      return
    }
    const bytes = await readFile(file)
    if (extension === '.json') {
      yield* jsonDocument(file, bytes.toString('utf8'))
      return
    }
    yield {id: file, path: file, value: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)}
  } catch (error) {
    yield errorRecord(file, 'unreadable', `Cannot read \`${file}\`: ${describe(error)}`)
  }
}

/** A `.json` file holds one article object or an array of them. */
function* jsonDocument(file: string, text: string): Generator<ArticleInput | ErrorRecord> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    yield errorRecord(file, 'bad-json', `\`${file}\` is not valid JSON: ${describe(error)}`)
    return
  }
  const items = Array.isArray(parsed) ? parsed : [parsed]
  for (const [index, item] of items.entries()) {
    const fallbackId = Array.isArray(parsed) ? `${file}#${index}` : file
    yield parseJsonLine(JSON.stringify(item), fallbackId)
  }
}

async function* readJsonLines(
  name: string,
  stream: Readable,
  maxBytes: number
): AsyncGenerator<ArticleInput | ErrorRecord> {
  const lines = createInterface({input: stream, crlfDelay: Number.POSITIVE_INFINITY})
  let number = 0
  try {
    for await (const line of lines) {
      number++
      if (line.trim() === '') continue
      const id = `${name}:${number}`
      if (Buffer.byteLength(line) > maxBytes) {
        yield errorRecord(id, 'too-large', `Line ${number} of \`${name}\` is over the limit of ${maxBytes} bytes (see --max-bytes)`)
        continue
      }
      yield parseJsonLine(line, id)
    }
  } catch (error) {
    yield errorRecord(`${name}:${number + 1}`, 'unreadable', `Cannot read \`${name}\`: ${describe(error)}`)
  }
}

/** Stdin holds JSON Lines when its first non-blank character is `{`, else one plain-text article. */
async function* readStdin(stream: Readable, maxBytes: number): AsyncGenerator<ArticleInput | ErrorRecord> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>
  const first = await chunks.next()
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value)
  if (head.toString('utf8').trimStart().startsWith('{')) {
    // JSON Lines: stream the rest line by line instead of buffering it.
    const rest = async function* () {
      yield head
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value
    }
    yield* readJsonLines('-', Readable.from(rest()), maxBytes)
    return
  }
  const parts = [head]
  let size = head.byteLength
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    const buffer = Buffer.from(next.value)
    size += buffer.byteLength
    if (size <= maxBytes) parts.push(buffer)
  }
  if (size > maxBytes) {
    yield errorRecord('-', 'too-large', `Standard input is ${size} bytes, over the limit of ${maxBytes} (see --max-bytes)`)
    return
  }
  const bytes = Buffer.concat(parts)
  yield {id: '-', value: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)}
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT') return 'no such file or directory'
  return error instanceof Error ? error.message : String(error)
}
