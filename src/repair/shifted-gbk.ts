import {decodeGbk, encodeGbk, isPrivateUse} from './gbk.js'
import {isCommonChar, isHan} from './han.js'
import {replacePieces, type Piece} from './pieces.js'
import {commonHanShare, isExpectedChar} from './plausible.js'
import type {Finding, RepairResult} from './types.js'

/**
 * A GBK byte stream that lost a byte: from there on every character is
 * decoded from the trail byte of one and the lead byte of the next
 * (`應用?;诖耍覈r` for `應用。基於此，我國農`). The decoder leaves a `?` (or
 * `�`) where the stream broke. Dropping the first byte of the run realigns
 * it; the characters whose bytes are gone stay lost.
 */

// A broken byte, at most one ASCII punctuation mark (a normalized `；`), then the shifted run.
const shiftedPattern = /[?\uFFFD][!-/:-@]?([^\x00-\x7F\uFFFD]{3,})/g

/** Misaligned pairs are mostly rare characters, symbols or private use; real text mostly common characters. */
const MAX_SHIFTED_COMMON_SHARE = 0.5
const MIN_REALIGNED_COMMON_SHARE = 0.8

export interface ShiftedGbkResult extends RepairResult {
  /** Shifted runs that could not be realigned (their bytes were dropped too): reported, left as they are. */
  unrecovered: Finding[]
}

export function repairShiftedGbk(text: string): ShiftedGbkResult {
  const pieces: Piece[] = []
  const unrecovered: Finding[] = []
  for (const match of text.matchAll(shiftedPattern)) {
    const run = match[1] ?? ''
    if (commonShare(run) > MAX_SHIFTED_COMMON_SHARE) continue
    const start = match.index + match[0].length - run.length
    const realigned = realign(run, text[start + run.length])
    if (realigned) pieces.push({start, end: start + realigned.consumed, text: realigned.text})
    else unrecovered.push({start: match.index, end: start + run.length, text: match[0]})
  }
  return {...replacePieces(text, pieces), unrecovered}
}

const ordinaryChar = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20]/u

/** Share of the run that reads as ordinary text: common Han characters, kana, Hangul and CJK punctuation. */
function commonShare(run: string): number {
  const chars = [...run]
  return chars.filter((char) => isCommonChar(char) || ordinaryChar.test(char)).length / chars.length
}

/**
 * Drop the run's first byte and decode the rest. A lone byte left at the end
 * is the lead byte of a character whose trail the decoder read as the ASCII
 * character after the run (`r` in `覈r`): pair them again when they form one.
 */
function realign(run: string, next: string | undefined): {text: string; consumed: number} | undefined {
  const encoded = encodeGbk(run)
  if (!encoded) return undefined
  let bytes = encoded.bytes.subarray(1)
  let consumed = run.length
  if (bytes.length % 2 === 1) {
    const trail = next?.charCodeAt(0) ?? 0
    const lead = bytes[bytes.length - 1] ?? 0
    const pair = trail >= 0x40 && trail <= 0x7e ? decodeGbk(Uint8Array.of(lead, trail)) : ''
    if (isHan(pair)) {
      bytes = Uint8Array.from([...bytes, trail])
      consumed++
    } else {
      bytes = bytes.subarray(0, -1)
    }
  }
  const realigned = decodeGbk(bytes)
  const chars = [...realigned]
  const plausible =
    chars.filter(isHan).length >= 2 &&
    chars.every((char) => isExpectedChar(char) && !isPrivateUse(char)) &&
    commonHanShare(realigned) >= MIN_REALIGNED_COMMON_SHARE
  return plausible ? {text: realigned, consumed} : undefined
}
