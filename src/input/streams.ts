/**
 * Byte streams of inputs made ready to read: their first bytes looked at
 * without losing them, gzip undone, and JSON Lines in another encoding than
 * UTF-8 (a forced one, or a BOM's, or UTF-16's NUL pattern) turned into
 * UTF-8, so that lines can be cut at `\n` bytes (UTF-16 has a NUL beside
 * every one) and parsed.
 */
import {Readable, Transform, pipeline} from 'node:stream'
import {createGunzip} from 'node:zlib'
import iconv from 'iconv-lite'
import {isUtf8, resolveEncoding, unicodeEncodings, type Encoding} from '../decode/encodings.js'
import {sniffBom, sniffUtf16} from '../decode/sniff.js'
import {InputError} from '../util/errors.js'

/** Enough of the start of a stream to tell gzip, a BOM, UTF-16 and a first `{`. */
const HEAD_BYTES = 512

/** The first bytes of `stream` (up to about {@link HEAD_BYTES}), and the whole stream again, those bytes included. */
export async function peek(stream: Readable): Promise<{head: Buffer; whole: Readable}> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>
  const read: Buffer[] = []
  let size = 0
  let done = false
  while (size < HEAD_BYTES) {
    const next = await chunks.next()
    if (next.done) {
      done = true
      break
    }
    const buffer = Buffer.from(next.value)
    read.push(buffer)
    size += buffer.byteLength
  }
  const whole = Readable.from(
    (async function* () {
      yield* read
      if (done) return
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield Buffer.from(next.value)
    })(),
    {objectMode: false}
  )
  // Stopping early (a limit reached) must stop the stream it reads.
  whole.on('close', () => {
    if (!done) stream.destroy()
  })
  return {head: Buffer.concat(read), whole}
}

export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b
}

/** The stream decompressed; a damaged archive makes it fail with zlib's error. */
export function gunzip(stream: Readable): Readable {
  return pipeline(stream, createGunzip(), () => {})
}

/**
 * The encoding JSON Lines are in, from a forced name, a BOM or UTF-16's NUL
 * pattern; `undefined` for UTF-8 (and for lines left to be decoded one by one).
 */
export function streamEncoding(head: Uint8Array, forced: string | null): {encoding: Encoding; bom: number} | undefined {
  const bom = sniffBom(head)
  if (forced !== null) {
    const encoding = resolveEncoding(forced)
    if (!encoding) throw new InputError('bad-encoding', `Unknown encoding \`${forced}\` (see iconv-lite's list of encodings)`)
    // A BOM of the forced encoding is no text.
    const ownBom = bom && unicodeEncodings[bom.encoding].codec === encoding.codec ? bom.length : 0
    return isUtf8(encoding) ? (ownBom ? {encoding, bom: ownBom} : undefined) : {encoding, bom: ownBom}
  }
  if (bom) return {encoding: unicodeEncodings[bom.encoding], bom: bom.length}
  if (head.includes(0)) {
    const utf16 = sniffUtf16(head.subarray(0, head.length - (head.length % 2)))
    if (utf16) return {encoding: unicodeEncodings[utf16], bom: 0}
  }
  return undefined
}

/** The stream as UTF-8 bytes, read in `encoding`, its first `skip` bytes (a BOM) dropped. */
export function toUtf8(stream: Readable, encoding: Encoding, skip: number): Readable {
  let skipping = skip
  const dropBom = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (skipping > 0) {
        const dropped = Math.min(skipping, chunk.byteLength)
        skipping -= dropped
        chunk = chunk.subarray(dropped)
      }
      done(null, chunk)
    }
  })
  if (isUtf8(encoding)) return pipeline(stream, dropBom, () => {})
  const reencode = new Transform({
    readableObjectMode: false,
    transform(text: string | Buffer, _encoding, done) {
      done(null, Buffer.from(String(text), 'utf8'))
    }
  })
  // iconv-lite keeps a BOM when asked to (its default drops it too).
  return pipeline(stream, dropBom, iconv.decodeStream(encoding.codec, {stripBOM: false}), reencode, () => {})
}
