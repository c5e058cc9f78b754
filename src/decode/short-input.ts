/**
 * The encoding of a short input that is not UTF-8. Byte-frequency detectors
 * such as chardet are built for long text: on a line or two they guess at
 * random (`第9行：亏损3000万元。` in GB18030 comes out as Big5 nonsense).
 * Instead each candidate decodes the bytes strictly (a byte sequence the
 * encoding does not define rules it out), and the decodings left are scored
 * by how common their characters are; the most plausible wins when it is
 * plainly Chinese.
 */
import iconv from 'iconv-lite'
import {resolveEncoding, type Encoding} from './encodings.js'

/** Up to this many bytes, an input is decided here rather than by chardet. */
export const SHORT_INPUT_BYTES = 4096

/**
 * Real Chinese text scores 0.9 and more (names in rarer characters lower it
 * a little); one Chinese encoding read as the other scores about 0.3. Under
 * this the input is left to chardet, which also weighs the single-byte
 * encodings (Latin text decodes strictly as GB18030 now and then, into rare
 * characters).
 */
const MIN_SCORE = 0.8

interface Candidate {
  /** WHATWG label for a strict (`fatal`) TextDecoder. */
  label: string
  encoding: Encoding
  /** Share (0–1) of the non-ASCII characters of the decoded text that are common in text of this kind. */
  score: (text: string) => number
}

/*
 * How common a Han character is, from the standards' own frequency tiers:
 * GB2312 level 1 (3,755 characters, bytes B0A1–D7F9) and Big5's frequently
 * used zone (5,401 characters, A440–C67E). A misdecoding lands mostly in
 * rarer characters, bopomofo, kana and presentation forms, which count
 * against it.
 */
function isCommonHan(char: string): boolean {
  const gb = iconv.encode(char, 'gbk')
  if (gb.length === 2 && gb[0]! >= 0xb0 && gb[0]! <= 0xd7 && gb[1]! >= 0xa1) return true
  const big5 = iconv.encode(char, 'big5')
  if (big5.length !== 2) return false
  const code = (big5[0]! << 8) | big5[1]!
  return code >= 0xa440 && code <= 0xc67e
}

/** Punctuation Chinese text holds: ideographic and full-width forms, curly quotes, dashes, ellipsis, middle dot. */
const chinesePunctuation = /[\u00B7\u2014\u2018\u2019\u201C\u201D\u2026\u3000-\u3011\uFF01-\uFF5E]/u

function chineseScore(text: string): number {
  return shareOfNonAscii(text, (char) => chinesePunctuation.test(char) || isCommonHan(char))
}

function shareOfNonAscii(text: string, common: (char: string) => boolean): number {
  let nonAscii = 0
  let good = 0
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue
    nonAscii++
    if (common(char)) good++
  }
  return nonAscii === 0 ? 0 : good / nonAscii
}

/** In order of preference when two score the same: mainland text is the most common input. */
const candidates: readonly Candidate[] = [
  {label: 'gb18030', encoding: resolveEncoding('gb18030')!, score: chineseScore},
  {label: 'big5', encoding: resolveEncoding('big5')!, score: chineseScore}
]

export interface ShortDecoding {
  text: string
  encoding: Encoding
  score: number
}

/** The most plausible strict decoding of a short input, or `undefined` when none is plausible. */
export function decodeShortInput(bytes: Uint8Array): ShortDecoding | undefined {
  let best: ShortDecoding | undefined
  for (const {label, encoding, score} of candidates) {
    let text: string
    try {
      text = new TextDecoder(label, {fatal: true}).decode(bytes)
    } catch {
      continue
    }
    const value = score(text)
    if (value >= MIN_SCORE && (!best || value > best.score)) best = {text, encoding, score: value}
  }
  return best
}
