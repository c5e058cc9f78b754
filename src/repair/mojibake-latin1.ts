import iconv from 'iconv-lite'
import {replacePieces, shiftPieces, type Piece} from './pieces.js'
import {commonHanShare, isExpectedChar} from './plausible.js'
import type {RepairResult} from './types.js'

/**
 * UTF-8 read as Latin-1 or windows-1252: `ä¸­æ–‡` for `中文`, `cafÃ©` for
 * `café`. Each character of such a run stands for one byte; runs are turned
 * back into bytes and every complete UTF-8 sequence in them re-decoded.
 */

/** windows-1252 puts punctuation at 0x80–0x9F; a Latin-1 reading leaves C1 controls there. */
const cp1252High = iconv.decode(Buffer.from(Array.from({length: 32}, (_, index) => 0x80 + index)), 'windows-1252')

const byteOf = new Map<string, number>()
for (let byte = 0x80; byte <= 0xff; byte++) byteOf.set(String.fromCharCode(byte), byte)
for (let index = 0; index < cp1252High.length; index++) {
  const char = cp1252High[index]
  if (char !== undefined && char !== '\uFFFD') byteOf.set(char, 0x80 + index)
}

const escapeClass = (chars: string) => [...chars].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
const runPattern = new RegExp(`[${escapeClass([...byteOf.keys()].join(''))}]{2,}`, 'g')

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

const MIN_COMMON_HAN_SHARE = 0.8

/**
 * What UTF-8 of European text decodes to: Latin-1 and Latin Extended-A
 * letters (é, ł, ő), Greek and Cyrillic, typographic punctuation (’ — …),
 * € and ™. A clean capital before a symbol decodes elsewhere: `É®` is
 * U+026E `ɮ`, `É…` U+0245 `Ʌ`, IPA letters no news text holds.
 */
const europeanTarget = /^[\u00A0-\u017F\u0370-\u03FF\u0400-\u04FF\u2010-\u2027\u2030-\u203A\u20AC\u2122]$/u
const greekOrCyrillic = /[\u0370-\u04FF]/gu

/**
 * Whether a re-decoded stretch is decisively less "bad" than the characters
 * it replaces, as a mojibake fixer must judge to never make clean text
 * worse. Han: mostly common characters (`é——` is valid UTF-8 too, for the
 * rare U+95D7). Otherwise: only what European text decodes to, and Greek or
 * Cyrillic as a word, not one letter (`Ñ¡` is U+0461, a lone old Cyrillic letter).
 */
function lessBad(garbled: string, repaired: string): boolean {
  if (/\p{Script=Han}/u.test(repaired)) return commonHanShare(repaired) >= MIN_COMMON_HAN_SHARE
  if (![...repaired].every((char) => europeanTarget.test(char))) return false
  const foreign = repaired.match(greekOrCyrillic)?.length ?? 0
  return (foreign === 0 || foreign >= 2) && repaired.length < garbled.length
}

export function repairLatin1Mojibake(text: string): RepairResult {
  const pieces: Piece[] = []
  for (const match of text.matchAll(runPattern)) {
    const run = match[0]
    const plausible = redecode(run).filter((piece) => lessBad(run.slice(piece.start, piece.end), piece.text))
    pieces.push(...shiftPieces(plausible, match.index))
  }
  return replacePieces(text, pieces)
}

/** Stretches of the run (one character per byte) that are valid UTF-8 for expected characters. */
function redecode(run: string): Piece[] {
  const bytes = Uint8Array.from(run, (char) => byteOf.get(char) ?? 0)
  const pieces: Piece[] = []
  let index = 0
  while (index < bytes.length) {
    const length = sequenceLength(bytes[index] ?? 0)
    const decoded = length > 1 ? decodeSequence(bytes.subarray(index, index + length)) : undefined
    if (decoded === undefined) {
      index++
      continue
    }
    const last = pieces.at(-1)
    if (last && last.end === index) {
      last.end += length
      last.text += decoded
    } else {
      pieces.push({start: index, end: index + length, text: decoded})
    }
    index += length
  }
  return pieces
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 1
}

function decodeSequence(bytes: Uint8Array): string | undefined {
  try {
    const char = strictUtf8.decode(bytes)
    return isExpectedChar(char) ? char : undefined
  } catch {
    return undefined
  }
}
