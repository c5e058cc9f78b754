import {hasJapaneseKana} from '../detect/japanese.js'
import type {ConvertFrom} from '../pipeline/options.js'
import {OffsetMap} from '../util/offset-map.js'
import {fixTable} from './context-fixes.js'
import {conversionPlan} from './opencc-plan.js'
import {TrackedText} from './tracked.js'

export interface Simplified {
  /** The text in mainland Simplified. */
  text: string
  /** Maps `text` onto the input: every unit to the input unit(s) it came from. */
  map: OffsetMap
  /** Characters of `text` that differ from the input characters they came from. */
  changed: number
  /** Lines left as they are because they have kana, so their Han characters may be Japanese. */
  japaneseLines: number
}

// CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F): the only input normalization touches.
const compatibilityIdeograph = /[\uF900-\uFAFF]|\uD87E[\uDC00-\uDE1F]/

/**
 * Convert Traditional Chinese (`from`: generic `t`, Taiwan `tw` or Hong Kong
 * `hk` usage) to mainland Simplified with opencc-js plus the context fixes
 * of `fixes.ts`, keeping an offset map onto the input.
 *
 * Every Chinese stretch is converted, whatever the rest of the text is; a
 * line with kana (outside junk runs) is left as it is: its Han characters
 * may be Japanese (`関係` must not become `関系`). Never throws on text.
 */
export function toSimplified(text: string, from: ConvertFrom = 't'): Simplified {
  const unchanged = {text, map: OffsetMap.identity(text.length), changed: 0, japaneseLines: 0}
  if (!hanChar.test(text)) return unchanged
  const stretches = chineseStretches(text)
  if (stretches.length === 0) return {...unchanged, japaneseLines: countLines(text)}
  const [only] = stretches
  if (stretches.length === 1 && only?.start === 0 && only.end === text.length) return {...convertStretch(text, from), japaneseLines: 0}
  return joinStretches(text, stretches, from)
}

const hanChar = /\p{Script=Han}/u

interface Stretch {
  start: number
  end: number
}

/** The runs of whole lines without Japanese kana (line ends included), in order. */
function chineseStretches(text: string): Stretch[] {
  if (!hasJapaneseKana(text)) return [{start: 0, end: text.length}]
  const stretches: Stretch[] = []
  let lineStart = 0
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline + 1
    if (!hasJapaneseKana(text.slice(lineStart, lineEnd))) {
      const last = stretches.at(-1)
      if (last?.end === lineStart) last.end = lineEnd
      else stretches.push({start: lineStart, end: lineEnd})
    }
    lineStart = lineEnd
  }
  return stretches
}

/** Convert each stretch, copy the lines between them, and join the texts and maps. */
function joinStretches(text: string, stretches: readonly Stretch[], from: ConvertFrom): Simplified {
  const texts: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let changed = 0
  let japaneseLines = 0
  let copied = 0
  const copy = (end: number) => {
    if (end <= copied) return
    texts.push(text.slice(copied, end))
    for (let index = copied; index < end; index++) {
      starts.push(index)
      ends.push(index + 1)
    }
    japaneseLines += countLines(text.slice(copied, end))
  }
  for (const {start, end} of stretches) {
    copy(start)
    const converted = convertStretch(text.slice(start, end), from)
    texts.push(converted.text)
    for (let index = 0; index < converted.text.length; index++) {
      starts.push(start + (converted.map.starts[index] ?? 0))
      ends.push(start + (converted.map.ends[index] ?? 0))
    }
    changed += converted.changed
    copied = end
  }
  copy(text.length)
  return {text: texts.join(''), map: new OffsetMap(Int32Array.from(starts), Int32Array.from(ends), text.length), changed, japaneseLines}
}

function countLines(text: string): number {
  return text.split('\n').filter((line) => line.trim() !== '').length
}

function convertStretch(text: string, from: ConvertFrom): Omit<Simplified, 'japaneseLines'> {
  if (!hanChar.test(text)) return {text, map: OffsetMap.identity(text.length), changed: 0}
  const plan = conversionPlan(from)
  const tracked = new TrackedText(text)
  // Normalizing is a full pass that almost never changes anything: skip it when it cannot.
  if (compatibilityIdeograph.test(text)) for (const trie of plan.normalize) tracked.apply(trie)
  if (plan.segmentation) tracked.segment(plan.segmentation)
  for (const trie of plan.chain) tracked.apply(trie)
  const {pattern, replacements} = fixTable()
  tracked.replace(pattern, (match) => replacements.get(match) ?? match)
  const output = tracked.text
  const map = tracked.map
  return {text: output, map, changed: countChanged(text, output, map)}
}

/** Code points of `output` not identical to the one input code point they map to. */
function countChanged(input: string, output: string, map: OffsetMap): number {
  const {starts, ends} = map
  let changed = 0
  for (let index = 0; index < output.length; index++) {
    const unit = output.charCodeAt(index)
    if (unit >= 0xdc00 && unit <= 0xdfff) continue // the second half of a pair: counted with the first
    const next = output.charCodeAt(index + 1)
    const width = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1
    const start = starts[index] ?? 0
    const same =
      (ends[index + width - 1] ?? 0) - start === width &&
      input.charCodeAt(start) === unit &&
      (width === 1 || input.charCodeAt(start + 1) === next)
    if (!same) changed++
  }
  return changed
}
