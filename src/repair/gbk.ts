import iconv from 'iconv-lite'

/** GBK bytes of single characters; `null` when GBK has no such character. */
const cache = new Map<string, Uint8Array | null>()

export function gbkBytes(char: string): Uint8Array | null {
  let bytes = cache.get(char)
  if (bytes === undefined) {
    const encoded = iconv.encode(char, 'gbk')
    // iconv-lite writes `?` for what it cannot encode: only a round trip proves the character is there.
    bytes = iconv.decode(encoded, 'gbk') === char ? new Uint8Array(encoded) : null
    cache.set(char, bytes)
  }
  return bytes
}

/** GBK bytes of a text and where each character starts in them; `null` if a character has no GBK form. */
export function encodeGbk(text: string): {bytes: Uint8Array; offsets: number[]} | null {
  const parts: Uint8Array[] = []
  const offsets: number[] = []
  let length = 0
  for (const char of text) {
    const bytes = gbkBytes(char)
    if (!bytes) return null
    offsets.push(length)
    parts.push(bytes)
    length += bytes.length
  }
  const bytes = new Uint8Array(length)
  parts.forEach((part, index) => bytes.set(part, offsets[index] ?? 0))
  return {bytes, offsets}
}

export function decodeGbk(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gbk')
}

/** Private use: what GBK's user-defined rows decode to, never text. */
export function isPrivateUse(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return code >= 0xe000 && code <= 0xf8ff
}
