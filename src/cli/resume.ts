import {createReadStream} from 'node:fs'
import {open, stat, truncate} from 'node:fs/promises'
import {splitLines} from '../input/lines.js'

export interface ResumeOptions {
  /**
   * `records` (default): one line per input, so every complete line is a
   * complete input. `facts`: an article's facts are written together but as
   * several lines, so the article at the end of the file may be cut short
   * anywhere: its lines are removed and it is done again. (An article with no
   * facts left no line, so it is done again too, adding nothing.)
   */
  mode?: 'records' | 'facts'
}

/** The output file was not written by the same command: appending would mix records, or destroy what it holds. */
export class ResumeError extends Error {}

/** Record types each mode writes (conflicts close a run with `--conflicts`). */
const expectedTypes = {records: ['article', 'error', 'conflict'], facts: ['fact', 'error', 'conflict']} as const
const writtenBy = {records: '`newsfacts extract`', facts: '`newsfacts extract --facts`'} as const

/**
 * Ids already complete in an output file, for `--resume`. Every line must
 * be a record of the kind this run writes; else it throws a
 * {@link ResumeError} and leaves the file as it was. A last line
 * without its newline was cut off by a kill: it is truncated away so that
 * its article is processed again. The file is streamed, never held whole.
 */
export async function completedIds(file: string, options: ResumeOptions = {}): Promise<Set<string>> {
  const ids = new Set<string>()
  let size: number
  try {
    size = (await stat(file)).size
  } catch {
    return ids
  }
  const mode = options.mode ?? 'records'
  let complete = await endOfLastLine(file, size)
  await checkCutOffLine(file, complete, size)
  if (complete === 0) {
    if (size > 0) await truncate(file, 0)
    return ids
  }
  // The start of the run of lines of the last id, and that id.
  let offset = 0
  let groupStart = 0
  let groupId: string | undefined
  let groupSeenBefore = false
  for await (const line of splitLines(createReadStream(file, {end: complete - 1}), Number.POSITIVE_INFINITY)) {
    const text = line.bytes!.toString('utf8')
    if (text.trim() === '') {
      offset += line.size
      continue
    }
    const type = typeOf(text)
    if (!type || !(expectedTypes[mode] as readonly string[]).includes(type)) {
      const found = type ? `${/^[aeiou]/.test(type) ? 'an' : 'a'} \`${type}\` record` : 'not a newsfacts record'
      throw new ResumeError(
        `Cannot resume into \`${file}\`: line ${line.number} is ${found}, so the file was not written by ${writtenBy[mode]}. Give another --output, or delete the file to start over.`
      )
    }
    const id = idOf(text)
    if (id !== undefined && id !== groupId) {
      groupStart = offset
      groupId = id
      groupSeenBefore = ids.has(id)
    }
    if (id !== undefined) ids.add(id)
    offset += line.size
  }
  if (options.mode === 'facts' && groupId !== undefined) {
    complete = groupStart
    if (!groupSeenBefore) ids.delete(groupId)
  }
  if (complete < size) await truncate(file, complete)
  return ids
}

/** The record type of a complete line, if it is a newsfacts record at all. */
function typeOf(line: string): string | undefined {
  // Every record this tool writes starts so and is one line: not parsing spares reading gigabytes of text twice.
  const match = /^\{"schemaVersion":\d+,"type":"(\w+)"/.exec(line)
  return match && line.trimEnd().endsWith('}') ? match[1] : undefined
}

/** A last line without its newline is cut off by a kill only if it starts like a record; anything else is not ours to truncate. */
async function checkCutOffLine(file: string, complete: number, size: number): Promise<void> {
  if (complete === size) return
  const handle = await open(file, 'r')
  try {
    const start = '{"schemaVersion":'
    const buffer = Buffer.alloc(Math.min(start.length, size - complete))
    await handle.read(buffer, 0, buffer.length, complete)
    if (!start.startsWith(buffer.toString('utf8')) && !buffer.toString('utf8').startsWith(start)) {
      throw new ResumeError(`Cannot resume into \`${file}\`: its last line is not a newsfacts record cut short. Give another --output, or delete the file to start over.`)
    }
  } finally {
    await handle.close()
  }
}

/** How `extract` starts every record: reading just this much spares parsing gigabytes of text. */
const head = /^\{"schemaVersion":\d+,"type":"(?:article|error|fact)","(?:id|article)":("(?:[^"\\]|\\.)*")/

/** The input a line of output stands for: an article or error record's id, a fact's article. */
function idOf(line: string): string | undefined {
  if (line.trim() === '') return undefined
  const match = head.exec(line)
  if (match && line.endsWith('}')) return JSON.parse(match[1]!) as string
  try {
    const record = JSON.parse(line) as {id?: unknown; article?: unknown; type?: unknown}
    const id = record.type === 'fact' ? record.article : record.id
    return typeof id === 'string' ? id : undefined
  } catch {
    // A line that does not parse was never complete; its article is redone.
    return undefined
  }
}

/** Byte offset just past the last newline, found by reading backwards from the end. */
async function endOfLastLine(file: string, size: number): Promise<number> {
  const handle = await open(file, 'r')
  try {
    const chunk = Buffer.alloc(64 * 1024)
    let end = size
    while (end > 0) {
      const start = Math.max(0, end - chunk.length)
      const {bytesRead} = await handle.read(chunk, 0, end - start, start)
      const at = chunk.subarray(0, bytesRead).lastIndexOf(0x0a)
      if (at !== -1) return start + at + 1
      end = start
    }
    return 0
  } finally {
    await handle.close()
  }
}
