import iconv from 'iconv-lite'
import {lazyModule} from '../util/lazy.js'
import {InputError} from '../util/errors.js'
import {isUtf8, resolveEncoding, unicodeEncodings, type Encoding} from './encodings.js'
import {decodeShortInput, SHORT_INPUT_BYTES} from './short-input.js'
import {sniffBinarySignature, sniffBom, sniffMetaCharset, sniffUtf16} from './sniff.js'

// Needed only for bytes in no declared or recognisable encoding.
const chardetModule = lazyModule<typeof import('chardet')>('chardet')

/** How the encoding was chosen. */
export type EncodingEvidence = 'forced' | 'bom' | 'valid' | 'pattern' | 'declared' | 'scored' | 'detected'

export interface DecodedBytes {
  text: string
  encoding: string
  evidence: EncodingEvidence
}

/** More replacement characters than this share of the text means the guess was wrong. */
const MAX_REPLACEMENT_SHARE = 0.01

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Decode article bytes: a forced encoding, else a BOM, the UTF-16 NUL
 * pattern, valid UTF-8, a declared `<meta charset>`, for a short input the
 * candidate whose characters are most common, and last chardet's guess.
 */
export function decodeBytes(bytes: Uint8Array, forced: string | null): DecodedBytes {
  if (forced !== null) {
    const encoding = resolveEncoding(forced)
    if (!encoding) throw new InputError('bad-encoding', `Unknown encoding \`${forced}\` (see iconv-lite's list of encodings)`)
    return decodeAs(bytes, encoding, 'forced')
  }

  const bom = sniffBom(bytes)
  if (bom) return decodeAs(bytes.subarray(bom.length), unicodeEncodings[bom.encoding], 'bom')

  const signature = sniffBinarySignature(bytes)
  if (signature) throw new InputError('binary', `The input is not text: it starts like ${withArticle(signature)}`)

  if (bytes.includes(0)) {
    const utf16 = sniffUtf16(bytes)
    if (!utf16) throw new InputError('binary', 'The input is not text: it contains NUL bytes and is not UTF-16')
    return decodeAs(bytes, unicodeEncodings[utf16], 'pattern')
  }

  const utf8 = tryUtf8(bytes)
  if (utf8 !== undefined) return {text: utf8, encoding: unicodeEncodings['utf-8'].name, evidence: 'valid'}

  const declared = sniffMetaCharset(bytes)
  const declaredEncoding = declared === undefined ? undefined : resolveEncoding(declared)
  // A page declaring UTF-8 that is not valid UTF-8 was saved in some other encoding: detect it.
  if (declaredEncoding && !isUtf8(declaredEncoding)) return decodeAs(bytes, declaredEncoding, 'declared')

  if (bytes.byteLength <= SHORT_INPUT_BYTES) {
    const short = decodeShortInput(bytes)
    if (short) return {text: short.text, encoding: short.encoding.name, evidence: 'scored'}
  }

  const detected = detect(bytes)
  const detectedEncoding = detected === null ? undefined : resolveEncoding(detected)
  if (!detectedEncoding || isUtf8(detectedEncoding)) {
    throw new InputError(
      'bad-encoding',
      `Could not tell the input's encoding: it is not valid UTF-8 and ${detected === null ? 'no other encoding fits' : `\`${detected}\` cannot be decoded`}; set the \`encoding\` option`
    )
  }
  return decodeAs(bytes, detectedEncoding, 'detected')
}

/** Confidence (0-100) a Chinese candidate needs to be weighed against a single-byte guess: above chardet's floor of 10. */
const MIN_CJK_CONFIDENCE = 20
/** Share of the non-ASCII characters that must be Han, or CJK punctuation and drawing, for a CJK decoding to win. */
const MIN_CHINESE_SHARE = 0.9
const singleByte = /^(iso-8859-|windows-125)/i
const han = /\p{Script=Han}/u
// Full-width and CJK punctuation, quotes and dashes, box drawing: what Chinese text holds beside Han characters.
const chinesePunctuation = /[\u2010-\u206F\u2500-\u257F\u3000-\u303F\uFF00-\uFFEF]/u

/**
 * chardet's guess, overruled when it is a single-byte Latin encoding but a
 * Chinese one it also proposes decodes the bytes cleanly into Han text.
 * chardet weighs byte frequencies, so a Big5 or GBK page that is mostly
 * spaces and ASCII table drawing can score as Latin-2; Latin text, in turn,
 * puts its high bytes before spaces and punctuation, which no Chinese
 * encoding accepts, so it does not decode cleanly as one.
 */
function detect(bytes: Uint8Array): string | null {
  const candidates = chardetModule().analyse(bytes)
  const best = candidates[0]?.name ?? null
  if (best === null || !singleByte.test(best)) return best
  for (const candidate of candidates) {
    if (candidate.lang !== 'zh' || candidate.confidence < MIN_CJK_CONFIDENCE) continue
    const encoding = resolveEncoding(candidate.name)
    if (encoding && looksChinese(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding.codec))) return candidate.name
  }
  return best
}

function looksChinese(text: string): boolean {
  let nonAscii = 0
  let hanCount = 0
  let punctuation = 0
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue
    if (char === '\uFFFD') return false
    nonAscii++
    if (han.test(char)) hanCount++
    else if (chinesePunctuation.test(char)) punctuation++
  }
  return hanCount > 0 && (hanCount + punctuation) / nonAscii >= MIN_CHINESE_SHARE
}

function decodeAs(bytes: Uint8Array, encoding: Encoding, evidence: EncodingEvidence): DecodedBytes {
  return {text: decodeWith(bytes, encoding), encoding: encoding.name, evidence}
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return undefined
  }
}

/** Decode, refusing a result that is mostly replacement characters: the bytes are not in that encoding. */
function decodeWith(bytes: Uint8Array, encoding: Encoding): string {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding.codec)
  let replaced = 0
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) replaced++
  if (replaced > 0 && replaced / text.length > MAX_REPLACEMENT_SHARE) {
    throw new InputError(
      'bad-encoding',
      `The input is not valid ${encoding.name}: ${replaced} of ${text.length} characters could not be decoded`
    )
  }
  return text
}

/** `a PNG image`, `an ELF executable`: the article by how the first word sounds (letters spelled out count by their names). */
function withArticle(name: string): string {
  return (/^(?:[aeiou]|[AEIOUFHLMNRSX](?:[A-Z]|$))/.test(name) ? 'an ' : 'a ') + name
}
