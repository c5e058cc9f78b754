import {createReadStream} from 'node:fs'
import {open, stat, truncate} from 'node:fs/promises'
import {createInterface} from 'node:readline'

/**
 * Ids already complete in an output file, for `--resume`. A last line
 * without its newline was cut off by a kill: it is truncated away so that
 * its article is processed again. The file is streamed, never held whole.
 */
export async function completedIds(file: string): Promise<Set<string>> {
  const ids = new Set<string>()
  let size: number
  try {
    size = (await stat(file)).size
  } catch {
    return ids
  }
  const complete = await endOfLastLine(file, size)
  if (complete < size) await truncate(file, complete)
  if (complete === 0) return ids
  const lines = createInterface({input: createReadStream(file, {end: complete - 1}), crlfDelay: Number.POSITIVE_INFINITY})
  for await (const line of lines) {
    if (!line) continue
    try {
      const record = JSON.parse(line) as {id?: unknown; article?: unknown; type?: unknown}
      const id = record.type === 'fact' ? record.article : record.id
      if (typeof id === 'string') ids.add(id)
    } catch {
      // A line that does not parse was never complete; its article is redone.
    }
  }
  return ids
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
