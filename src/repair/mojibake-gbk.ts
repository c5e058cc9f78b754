import {encodeGbk, gbkCode, NO_GBK} from './gbk.js'
import {isCommonHanzi, isHan} from './han.js'
import {replacePieces, shiftPieces, type Piece} from './pieces.js'
import {commonHanShare, isExpectedChar} from './plausible.js'
import type {RepairResult} from './types.js'

/**
 * UTF-8 read as GBK: `鍏ㄥ浗` for `全国`. The run is encoded back to GBK
 * bytes and re-read as UTF-8. A three-byte UTF-8 character straddles GBK
 * characters, so only stretches between offsets where both encodings have
 * a character boundary can be replaced.
 */

// Non-ASCII stretches: UTF-8 multi-byte sequences never contain ASCII bytes.
const runPattern = /[^\x00-\x7F]{2,}/g

/**
 * Garbled text is mostly rare characters (GB2312 level 2, GBK extensions),
 * real text mostly common ones. The garbled side counts only common
 * Simplified characters: misread bytes often land on common Traditional ones (`為`).
 */
const MAX_GARBLED_COMMON_SHARE = 0.5
const MIN_REPAIRED_COMMON_SHARE = 0.8

export function repairGbkMojibake(text: string): RepairResult {
  const pieces: Redecoded[] = []
  for (const match of text.matchAll(runPattern)) {
    for (const segment of encodableSegments(match[0], match.index)) {
      pieces.push(...shiftPieces(redecode(segment.text, segment.lossAfter), segment.start))
    }
  }
  return replacePieces(text, pieces.some(isBeyondChance) ? pieces.map(({garbled, ...piece}) => piece) : [])
}

interface Redecoded extends Piece {
  /** What the piece replaces. */
  garbled: string
}

/**
 * Clean text has chance repairs (`杓沒` -> `輛]`, `杞寸，` -> `轴磬`) that
 * look like real short ones (`骞碐` -> `年G`, `年` sharing its last byte
 * with `G`). Real mojibake comes in stretches, so a text's repairs are
 * taken only when one of them is beyond chance: two or more Han characters,
 * with nothing but Chinese punctuation and ASCII beside them (`輥ȥ西` is
 * chance), made from at least two rare characters and at most half as many
 * common ones (`鑱旂郴鎴戜滑` -> `联系我们`).
 */
const chineseTextChar = /^[\p{Script=Han}\x20-\x7E\u00B7\u2000-\u206F\u3000-\u303F\uFF00-\uFFEF]$/u

function isBeyondChance(piece: Redecoded): boolean {
  if (hanCount(piece.text) < 2 || ![...piece.text].every((char) => chineseTextChar.test(char))) return false
  let rare = 0
  let common = 0
  for (const char of piece.garbled) {
    if (isCommonHanzi(char)) common++
    else if (isHan(char)) rare++
  }
  return rare >= 2 && common * 2 <= rare
}

function hanCount(text: string): number {
  let count = 0
  for (const char of text) if (isHan(char)) count++
  return count
}

interface Segment extends Piece {
  /** A `�` follows: the misreading lost bytes there. */
  lossAfter: boolean
}

/**
 * A repair needs Han in the re-decoded text, and a Han character takes three
 * or four UTF-8 bytes. Re-decoding starts on a character boundary and, until
 * it meets a lead of three or more bytes (0xE0 and up), reads one character
 * at a time (a lead of 0xC2–0xDF and its trail), so that lead is the first
 * byte of a character and the continuation byte after it (0x80–0xBF) is the
 * character's trail. A segment without such a character (GB2312 level 2
 * rows 0xE0–0xF7 with low trails, GBK extensions, user rows) holds nothing
 * to repair; clean Simplified text seldom has one.
 */
function couldStartHan(code: number): boolean {
  const trail = code & 0xff
  return code >= 0xe000 && trail >= 0x80 && trail <= 0xbf
}

/**
 * Split a run where GBK has no character (`�` left by the misreading, emoji,
 * Hangul, and every surrogate), keeping the segments that could hold mojibake.
 */
function encodableSegments(run: string, offset: number): Segment[] {
  const segments: Segment[] = []
  let start = 0
  let couldRepair = false
  for (let at = 0; at < run.length; at++) {
    const code = gbkCode(run.charCodeAt(at))
    if (code === NO_GBK) {
      if (couldRepair) segments.push({start: offset + start, end: offset + at, text: run.slice(start, at), lossAfter: run[at] === '\uFFFD'})
      start = at + 1
      couldRepair = false
    } else if (couldStartHan(code)) {
      couldRepair = true
    }
  }
  if (couldRepair) segments.push({start: offset + start, end: offset + run.length, text: run.slice(start), lossAfter: false})
  return segments
}

/** Stretches of `segment` (UTF-16 offsets in it; GBK has only BMP characters) that re-decode to more plausible text. */
function redecode(segment: string, lossAfter: boolean): Redecoded[] {
  const encoded = encodeGbk(segment)
  if (!encoded) return []
  const {bytes, starts} = encoded
  // Byte offset of each character start -> its offset in the segment; -1 inside a character.
  const unitAt = new Int32Array(bytes.length + 1).fill(-1)
  for (let unit = 0; unit < starts.length; unit++) unitAt[starts[unit]!] = unit

  const pieces: Piece[] = []
  let from = 0
  while (from < bytes.length) {
    let to = nextCommonBoundary(bytes, from, unitAt)
    let decoded = to === undefined ? undefined : decodeUtf8(bytes.subarray(from, to))
    if (decoded === undefined && lossAfter) {
      // The last character's bytes run into the loss: keep what is complete before it.
      decoded = decodeTruncated(bytes.subarray(from))
      to = bytes.length
    }
    if (to === undefined || decoded === undefined) {
      from = nextBoundary(unitAt, from)
      continue
    }
    const start = unitAt[from]!
    const end = unitAt[to]!
    const last = pieces.at(-1)
    if (last && last.end === start) {
      last.end = end
      last.text += decoded
    } else {
      pieces.push({start, end, text: decoded})
    }
    from = to
  }
  return pieces
    .map((piece) => ({...piece, garbled: segment.slice(piece.start, piece.end)}))
    .filter((piece) => isMorePlausible(piece.garbled, piece.text))
}

/**
 * Chance alignments in clean text decode to a character or two; real
 * mojibake turns a stretch of rare characters into common Han text.
 * Hangul beside that Han is chance too (`杓畴，` -> `輳룬`): misread
 * Chinese never decodes to Korean syllables.
 */
function isMorePlausible(garbled: string, repaired: string): boolean {
  return (
    garbled.length >= 2 &&
    /\p{Script=Han}/u.test(repaired) &&
    !/\p{Script=Hangul}/u.test(repaired) &&
    [...repaired].every(isExpectedChar) &&
    commonHanShare(garbled, isCommonHanzi) <= MAX_GARBLED_COMMON_SHARE &&
    commonHanShare(repaired) >= MIN_REPAIRED_COMMON_SHARE
  )
}

/** The first offset after `from` where a UTF-8 sequence ends on a GBK character boundary. */
function nextCommonBoundary(bytes: Uint8Array, from: number, unitAt: Int32Array): number | undefined {
  let at = from
  while (at < bytes.length) {
    const length = utf8Length(bytes[at] ?? 0)
    if (length === 0) return undefined
    at += length
    if (at <= bytes.length && unitAt[at] !== -1) return at
  }
  return undefined
}

function nextBoundary(unitAt: Int32Array, from: number): number {
  let at = from + 1
  while (unitAt[at] === -1) at++
  return at
}

function utf8Length(lead: number): number {
  if (lead < 0x80) return 1
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

const utf8 = new TextDecoder('utf-8')

/** Decode when `bytes` are well-formed UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  return wellFormedLength(bytes) === bytes.length ? utf8.decode(bytes) : undefined
}

/** Decode the complete sequences of `bytes` when all that follows them is the start of one more. */
function decodeTruncated(bytes: Uint8Array): string | undefined {
  const complete = wellFormedLength(bytes)
  if (complete === 0 || complete === bytes.length) return undefined
  const rest = bytes.subarray(complete)
  const length = utf8Length(rest[0] ?? 0)
  const isPrefix = length > rest.length && rest.every((byte, index) => index === 0 || isContinuation(rest[0] ?? 0, index, byte))
  return isPrefix ? utf8.decode(bytes.subarray(0, complete)) : undefined
}

/** How many leading bytes form complete, well-formed UTF-8 sequences (checked by hand: a throwing decoder is slow on clean text). */
function wellFormedLength(bytes: Uint8Array): number {
  let at = 0
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0
    const length = utf8Length(lead)
    if (length === 0 || at + length > bytes.length) return at
    for (let next = 1; next < length; next++) {
      if (!isContinuation(lead, next, bytes[at + next] ?? 0)) return at
    }
    at += length
  }
  return at
}

/** Whether `byte` may be byte `index` of a sequence led by `lead` (no overlongs, surrogates or code points past U+10FFFF). */
function isContinuation(lead: number, index: number, byte: number): boolean {
  const min = index === 1 && lead === 0xe0 ? 0xa0 : index === 1 && lead === 0xf0 ? 0x90 : 0x80
  const max = index === 1 && lead === 0xed ? 0x9f : index === 1 && lead === 0xf4 ? 0x8f : 0xbf
  return byte >= min && byte <= max
}
