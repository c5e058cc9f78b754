import iconv from 'iconv-lite'

/** No GBK form. */
export const NO_GBK = -1
const UNKNOWN = -2

/**
 * GBK code of each UTF-16 unit, found on first sight: one byte (< 0x100) or
 * `lead << 8 | trail`. GBK has nothing outside the BMP, so a unit is a
 * character; the repairs look up every character of every article, which a
 * table indexed by unit answers without hashing a string.
 */
const codes = new Int32Array(0x10000).fill(UNKNOWN)

/** GBK code of the UTF-16 unit `unit`: one byte (< 0x100), `lead << 8 | trail`, or {@link NO_GBK}. */
export function gbkCode(unit: number): number {
  let code = codes[unit]!
  if (code === UNKNOWN) {
    const char = String.fromCharCode(unit)
    const encoded = iconv.encode(char, 'gbk')
    // iconv-lite writes `?` for what it cannot encode: only a round trip proves the character is there.
    code = iconv.decode(encoded, 'gbk') === char ? encoded.reduce((sum, byte) => (sum << 8) | byte, 0) : NO_GBK
    codes[unit] = code
  }
  return code
}

/**
 * GBK bytes of a text and where each of its UTF-16 units starts in them
 * (`starts[text.length]` is the byte length); `null` if a character has no GBK form.
 */
export function encodeGbk(text: string): {bytes: Uint8Array; starts: Int32Array} | null {
  const bytes = new Uint8Array(text.length * 2)
  const starts = new Int32Array(text.length + 1)
  let length = 0
  for (let index = 0; index < text.length; index++) {
    const code = gbkCode(text.charCodeAt(index))
    if (code === NO_GBK) return null
    starts[index] = length
    if (code > 0xff) bytes[length++] = code >> 8
    bytes[length++] = code & 0xff
  }
  starts[text.length] = length
  return {bytes: bytes.subarray(0, length), starts}
}

export function decodeGbk(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gbk')
}

/** Private use: what GBK's user-defined rows decode to, never text. */
export function isPrivateUse(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return code >= 0xe000 && code <= 0xf8ff
}
