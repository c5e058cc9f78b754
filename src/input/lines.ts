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
 * Split a byte stream into lines (`\n` or `\r\n`), holding at most
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
      if (bytes.at(-1) === 0x0d) bytes = bytes.subarray(0, -1)
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

  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    let start = 0
    while (true) {
      const end = buffer.indexOf(0x0a, start)
      const piece = buffer.subarray(start, end === -1 ? buffer.byteLength : end)
      size += piece.byteLength
      if (!over) {
        // One byte of slack for the `\r` of a `\r\n`.
        if (held + piece.byteLength > maxBytes + 1) {
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
      yield finish(1)
      start = end + 1
    }
  }
  if (size > 0) yield finish(0)
}
