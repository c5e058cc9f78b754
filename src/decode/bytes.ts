import chardet from 'chardet'
import iconv from 'iconv-lite'
import {InputError} from '../util/errors.js'
import {isUtf8, resolveEncoding, unicodeEncodings, type Encoding} from './encodings.js'
import {sniffBinarySignature, sniffBom, sniffMetaCharset, sniffUtf16} from './sniff.js'

/** How the encoding was chosen. */
export type EncodingEvidence = 'forced' | 'bom' | 'valid' | 'pattern' | 'declared' | 'detected'

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
 * pattern, valid UTF-8, a declared `<meta charset>`, and last chardet's guess.
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
  if (signature) throw new InputError('binary', `The input is a binary file (it starts like a ${signature}), not text`)

  if (bytes.includes(0)) {
    const utf16 = sniffUtf16(bytes)
    if (!utf16) throw new InputError('binary', 'The input contains NUL bytes and is not UTF-16 text: it looks like a binary file')
    return decodeAs(bytes, unicodeEncodings[utf16], 'pattern')
  }

  const utf8 = tryUtf8(bytes)
  if (utf8 !== undefined) return {text: utf8, encoding: unicodeEncodings['utf-8'].name, evidence: 'valid'}

  const declared = sniffMetaCharset(bytes)
  const declaredEncoding = declared === undefined ? undefined : resolveEncoding(declared)
  // A page declaring UTF-8 that is not valid UTF-8 was saved in some other encoding: detect it.
  if (declaredEncoding && !isUtf8(declaredEncoding)) return decodeAs(bytes, declaredEncoding, 'declared')

  const detected = chardet.detect(bytes)
  const detectedEncoding = detected === null ? undefined : resolveEncoding(detected)
  if (!detectedEncoding || isUtf8(detectedEncoding)) {
    throw new InputError(
      'bad-encoding',
      `Could not tell the input's encoding: it is not valid UTF-8 and ${detected === null ? 'no other encoding fits' : `\`${detected}\` cannot be decoded`}; set the \`encoding\` option`
    )
  }
  return decodeAs(bytes, detectedEncoding, 'detected')
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
