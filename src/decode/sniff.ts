/** Cheap looks at raw bytes, before anything is decoded. */

export type Bom = 'utf-8' | 'utf-16le' | 'utf-16be'

export function sniffBom(bytes: Uint8Array): {encoding: Bom; length: number} | undefined {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return {encoding: 'utf-8', length: 3}
  if (a === 0xff && b === 0xfe) return {encoding: 'utf-16le', length: 2}
  if (a === 0xfe && b === 0xff) return {encoding: 'utf-16be', length: 2}
  return undefined
}

/** Leading bytes of formats that are never article text. */
const signatures: ReadonlyArray<readonly [name: string, bytes: readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['WebAssembly or other binary', [0x00, 0x61, 0x73, 0x6d]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]]
]

/** The kind of binary file the bytes start like, if any. */
export function sniffBinarySignature(bytes: Uint8Array): string | undefined {
  for (const [name, signature] of signatures) {
    if (signature.every((byte, index) => bytes[index] === byte)) return name
  }
  return undefined
}

/**
 * UTF-16 without a BOM, for bytes that contain NULs: ASCII in UTF-16 has a
 * NUL in every other byte. Read in the right byte order nearly every code
 * unit is ASCII, CJK or punctuation; the wrong order scatters them (binary
 * data with NULs fits neither). Without NULs, UTF-16 cannot be told from
 * double-byte encodings (Shift_JIS lead bytes read as CJK), so it is not tried.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2 || bytes.length % 2 === 1) return undefined
  const little = utf16Plausibility(bytes, true)
  const big = utf16Plausibility(bytes, false)
  if (Math.max(little, big) < MIN_UTF16_PLAUSIBILITY) return undefined
  return little >= big ? 'utf-16le' : 'utf-16be'
}

const MIN_UTF16_PLAUSIBILITY = 0.9

/** Share of code units that are text-like in one byte order. */
function utf16Plausibility(bytes: Uint8Array, littleEndian: boolean): number {
  let plausible = 0
  for (let index = 0; index < bytes.length; index += 2) {
    const first = bytes[index] ?? 0
    const second = bytes[index + 1] ?? 0
    if (isTextUnit(littleEndian ? first | (second << 8) : (first << 8) | second)) plausible++
  }
  return plausible / (bytes.length / 2)
}

function isTextUnit(unit: number): boolean {
  return (
    (unit >= 0x20 && unit < 0x7f) ||
    unit === 0x09 ||
    unit === 0x0a ||
    unit === 0x0d ||
    (unit >= 0xa0 && unit <= 0x24f) || // Latin-1 and Latin Extended
    (unit >= 0x2000 && unit <= 0x206f) || // General punctuation
    (unit >= 0x3000 && unit <= 0x30ff) || // CJK punctuation, kana
    (unit >= 0x4e00 && unit <= 0x9fff) || // CJK unified ideographs
    (unit >= 0xac00 && unit <= 0xd7a3) || // Hangul syllables
    (unit >= 0xff00 && unit <= 0xffef) // Full-width forms
  )
}

/** How far into a page a `<meta charset>` must appear (the HTML standard's prescan reads 1024 bytes; be generous). */
const META_PRESCAN_BYTES = 4096

const metaCharsetPattern = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv` content type). */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_PRESCAN_BYTES)).toString('latin1')
  return metaCharsetPattern.exec(head)?.[1]?.toLowerCase()
}
