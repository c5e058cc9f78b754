import {hasKana} from '../detect/scripts.js'
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
}

// CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F): the only input normalization touches.
const compatibilityIdeograph = /[\uF900-\uFAFF]|\uD87E[\uDC00-\uDE1F]/

/**
 * Convert Traditional Chinese (`from`: generic `t`, Taiwan `tw` or Hong Kong
 * `hk` usage) to mainland Simplified with opencc-js plus the context fixes
 * of `fixes.ts`, keeping an offset map onto the input.
 *
 * Text with any kana is returned as it is: its Han characters may be
 * Japanese (`関係` must not become `関系`). Never throws on text.
 */
export function toSimplified(text: string, from: ConvertFrom = 't'): Simplified {
  if (text.length === 0 || hasKana(text)) return {text, map: OffsetMap.identity(text.length), changed: 0}
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
