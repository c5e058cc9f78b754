import type {Readable} from 'node:stream'

export interface Line {
  /** 1-based line number. */
  number: number
  /** The line's bytes without its end of line; undefined when the line is over the limit. */
  bytes: Buffer | undefined
  /** The first bytes of a line over the limit (up to {@link headBytes}), to name what it was. */
  head?: Buffer
  /** Bytes the line took in the stream, end of line included. */
  size: number
}

/**
 * Split a byte stream into lines (`\n`, `\r\n` or `\r`), holding at most
 * `maxBytes` of any one line: the rest of a longer line is counted and
 * dropped, and the line comes out without its bytes. readline would buffer
 * it whole, which a single multi-gigabyte line turns into a crash.
 */
/** Bytes kept of the start of a line over the limit. */
export const headBytes = 1024

export async function* splitLines(stream: Readable, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = []
  let held = 0
  let size = 0
  let over = false
  let head: Buffer | undefined
  let number = 0

  const finish = (ending: number): Line => {
    let bytes: Buffer | undefined
    if (!over) {
      bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, held)
      if (bytes.byteLength > maxBytes) {
        head = Buffer.from(bytes.subarray(0, headBytes))
        bytes = undefined
      }
    }
    const line: Line = {number: ++number, bytes, size: size + ending}
    if (head) line.head = head
    parts = []
    held = 0
    size = 0
    over = false
    head = undefined
    return line
  }

  // A `\r` ended the last chunk: a `\n` opening this one belongs to it.
  let afterCr = false
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    let start = 0
    if (afterCr && buffer[0] === 0x0a) {
      start = 1
      size += 1
    }
    afterCr = false
    // The next `\n` and `\r`, each searched for again only once passed (searching from every line start would be quadratic).
    let nextLf = -2
    let nextCr = -2
    while (true) {
      if (nextLf !== -1 && nextLf < start) nextLf = buffer.indexOf(0x0a, start)
      if (nextCr !== -1 && nextCr < start) nextCr = buffer.indexOf(0x0d, start)
      const end = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr)
      const piece = buffer.subarray(start, end === -1 ? buffer.byteLength : end)
      size += piece.byteLength
      if (!over) {
        if (held + piece.byteLength > maxBytes) {
          over = true
          head = Buffer.concat([...parts, piece], Math.min(headBytes, held + piece.byteLength))
          parts = []
          held = 0
        } else {
          // The unfinished end of a chunk is copied, so the chunk is not kept alive by it.
          parts.push(end === -1 ? Buffer.from(piece) : piece)
          held += piece.byteLength
        }
      }
      if (end === -1) break
      // `\r\n`, `\n` and a lone `\r` (old Mac files) each end a line.
      const crLf = buffer[end] === 0x0d && buffer[end + 1] === 0x0a
      if (buffer[end] === 0x0d && end === buffer.byteLength - 1) afterCr = true
      yield finish(crLf ? 2 : 1)
      start = end + (crLf ? 2 : 1)
    }
  }
  if (size > 0) yield finish(0)
}
