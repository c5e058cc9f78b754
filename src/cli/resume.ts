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

/**
 * Ids already complete in an output file, for `--resume`. A last line
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
  let complete = await endOfLastLine(file, size)
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
    const id = line.bytes && idOf(line.bytes.toString('utf8'))
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
