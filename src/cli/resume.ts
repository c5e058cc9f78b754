import {once} from 'node:events'
import {createReadStream, createWriteStream} from 'node:fs'
import {open, rename, rm, stat, truncate} from 'node:fs/promises'
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
 * What an output file holds already, for `--resume`: which inputs are done.
 * Inputs are matched to records by id and occurrence (the second input of
 * id `a` to the second record of `a`), so an id that repeats is not taken
 * for done because an earlier input of that id is.
 */
export class Resume {
  /** Inputs passed over as done so far. */
  passed = 0
  /** Ids that more than one input has, counted once each, with the first few. */
  readonly repeated = {count: 0, examples: [] as string[]}
  /** Per id, whether each of its occurrences in the file is done: `true` for one done record, an array for several. */
  private readonly records: Map<string, boolean | boolean[]>
  private readonly seen = new Map<string, number>()

  constructor(records: Map<string, boolean | boolean[]> = new Map()) {
    this.records = records
  }

  /** Whether the next input of `id` is done; ask once per input, in input order. */
  done(id: string): boolean {
    const occurrence = this.seen.get(id) ?? 0
    this.seen.set(id, occurrence + 1)
    if (occurrence === 1) {
      this.repeated.count++
      if (this.repeated.examples.length < 3) this.repeated.examples.push(id)
    }
    const flags = this.records.get(id)
    const done = Array.isArray(flags) ? flags[occurrence] === true : occurrence === 0 && flags === true
    if (done) this.passed++
    return done
  }
}

/** Error codes a run may not give again: the worker crashed or ran out of time, so the article is tried again. */
const retried = new Set(['timeout', 'internal'])

/**
 * Read an output file for `--resume`. Every line must be a record of the
 * kind this run writes; else it throws a {@link ResumeError} and leaves the
 * file as it was. A last line without its newline was cut off by a kill: it
 * is truncated away so that its article is processed again. Error records
 * of articles to try again (`timeout`, `internal`) are taken out of the
 * file, so that it ends with one record per input. The file is streamed,
 * never held whole.
 */
export async function readResume(file: string, options: ResumeOptions = {}): Promise<Resume> {
  const records = new Map<string, boolean | boolean[]>()
  let size: number
  try {
    size = (await stat(file)).size
  } catch {
    return new Resume(records)
  }
  const mode = options.mode ?? 'records'
  let complete = await endOfLastLine(file, size)
  await checkCutOffLine(file, complete, size)
  if (complete === 0) {
    if (size > 0) await truncate(file, 0)
    return new Resume(records)
  }
  const add = (id: string, done: boolean) => {
    const flags = records.get(id)
    if (flags === undefined) records.set(id, done)
    else if (Array.isArray(flags)) flags.push(done)
    else records.set(id, [flags, done])
  }
  // Byte ranges of the lines to take out (error records to try again).
  const dropped: Array<[number, number]> = []
  // The start of the run of lines of the last id, and that id (`--facts` writes an article as several lines).
  let offset = 0
  let groupStart = 0
  let groupId: string | undefined
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
    if (id !== undefined) {
      const again = type === 'error' && retried.has(errorCode(text) ?? '')
      if (again) dropped.push([offset, offset + line.size])
      // A record of one input per line; with `--facts`, one input per run of lines of its article.
      // An input to try again keeps its place among the occurrences of its id, as not done.
      if (mode === 'records' || id !== groupId || again) {
        groupStart = offset
        add(id, !again)
      }
      groupId = again ? undefined : id
    }
    offset += line.size
  }
  if (mode === 'facts' && groupId !== undefined) {
    // The last article's facts may be cut short anywhere: take them out and do it again.
    complete = groupStart
    const flags = records.get(groupId)!
    if (Array.isArray(flags)) flags.pop()
    else records.delete(groupId)
  }
  if (dropped.length > 0) await rewriteWithout(file, dropped, complete)
  else if (complete < size) await truncate(file, complete)
  return new Resume(records)
}

/** The error code of an error record's line. */
function errorCode(line: string): string | undefined {
  try {
    const record = JSON.parse(line) as {error?: {code?: unknown}}
    return typeof record.error?.code === 'string' ? record.error.code : undefined
  } catch {
    return undefined
  }
}

/**
 * Copy `file` up to `end` without the byte ranges `dropped`, then put the
 * copy in its place: a kill meanwhile leaves the file as it was.
 */
async function rewriteWithout(file: string, dropped: ReadonlyArray<[number, number]>, end: number): Promise<void> {
  const temporary = `${file}.resume-${process.pid}`
  const keep: Array<[number, number]> = []
  let from = 0
  for (const [start, stop] of dropped) {
    if (start >= end) break
    if (start > from) keep.push([from, start])
    from = stop
  }
  if (from < end) keep.push([from, end])
  const output = createWriteStream(temporary)
  try {
    for (const [start, stop] of keep) {
      for await (const chunk of createReadStream(file, {start, end: stop - 1})) {
        if (!output.write(chunk)) await once(output, 'drain')
      }
    }
    await new Promise<void>((resolve, reject) => output.end((error?: Error | null) => (error ? reject(error) : resolve())))
    await rename(temporary, file)
  } catch (error) {
    output.destroy()
    await rm(temporary, {force: true})
    throw error
  }
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
