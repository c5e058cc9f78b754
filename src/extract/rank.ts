/**
 * Ranks (`排名全省第11位`, `在全省25个市辖区中排名第2位`, `位居全国前十`)
 * and ordinals (`第十四届`, `一是`). A `第N` is a rank when a ranking verb
 * governs it or `位`/`名` follows; otherwise it is an ordinal.
 */
import type {NumberMatch} from './numbers.js'
import {partitionPoint} from '../util/search.js'

/** The rightmost ranking verb in a window, then an optional scope up to `第`. */
const rankVerb = /^.*(排名|排位|排在|排行|排|位居|位列|名列|居于|居|跃居|跃升至|跃升|升至|降至|列)(在)?(\p{Script=Han}{0,8})$/su

/** Scope words that may stand before the verb without `在` (`全国排名第5`). */
const regions = /(全国|全省|全市|全区|全县|全州|全球|世界|全世界|亚洲|同行业|同类城市|全国同类城市)$/u

/** After the group's number: `25个市辖区中`. */
const groupTail = /^\s*(?:个|家|座|所)?\s*(\p{Script=Han}{1,8}?)(?:之中|当中|中|里)$/u

/** Before the group's number: `在全省`. */
const groupHead = /在(\p{Script=Han}{0,6})$/u

export interface RankContext {
  /** Where the rank expression starts (the verb, or `在` of a group before it). */
  start: number
  scope?: string
  group?: number
  /** The group's number, which is part of the rank rather than a count of its own. */
  groupNumber?: NumberMatch
}

/**
 * The ranking context of a `第` at `ordinalStart`, looking back no further
 * than `clauseStart`. `numbers` are the text's numbers, to find a group size.
 */
export function rankBefore(
  text: string,
  ordinalStart: number,
  clauseStart: number,
  numbers: readonly NumberMatch[]
): RankContext | null {
  const from = Math.max(clauseStart, ordinalStart - 24)
  const window = text.slice(from, ordinalStart)
  const verb = rankVerb.exec(window)
  if (!verb) return null
  const scopeAfter = verb[3] ?? ''
  let verbStart = from + window.length - scopeAfter.length - (verb[2]?.length ?? 0) - verb[1]!.length
  // The greedy match finds the rightmost verb: `位居` is found as `居`.
  if ((verb[1] === '居' || verb[1] === '列') && /[位跃名]/u.test(text[verbStart - 1] ?? '') && verbStart - 1 >= clauseStart) verbStart--
  // A scope after the verb must be a place or group, not the tail of a longer word (`居民`).
  if (verb[1] === '居' && scopeAfter !== '' && !regions.test(scopeAfter)) return null
  const context: RankContext = {start: verbStart}
  if (scopeAfter) context.scope = scopeAfter

  // A group before the verb: `在全省25个市辖区中排名第2位`.
  let groupNumber: NumberMatch | undefined
  // Numbers are in text order: start from the last one that starts before the verb, not from the article's end.
  for (let index = firstStartingAt(numbers, verbStart) - 1; index >= 0; index--) {
    const number = numbers[index]!
    if (number.end > verbStart) continue
    if (number.start < clauseStart) break
    groupNumber = number
    break
  }
  if (groupNumber && Number.isInteger(groupNumber.value) && groupNumber.value > 1) {
    const tail = groupTail.exec(text.slice(groupNumber.end, verbStart))
    if (tail) {
      context.group = groupNumber.value
      context.groupNumber = groupNumber
      const head = groupHead.exec(text.slice(clauseStart, groupNumber.start))
      // `在全省25个市辖区中`: ranked among the 市辖区 (the annotation guide's scope).
      context.scope = tail[1]!
      context.start = head ? clauseStart + head.index : groupNumber.start
      return context
    }
  }
  // A scope before the verb: `在全省排名第3`, `全国排名第5`.
  if (!context.scope) {
    const before = text.slice(clauseStart, verbStart)
    const head = groupHead.exec(before)
    if (head && head[1]) {
      context.scope = head[1]
      context.start = clauseStart + head.index
    } else {
      const region = regions.exec(before)
      if (region) {
        context.scope = region[1]!
        context.start = clauseStart + region.index
      }
    }
  }
  return context
}

/** In numbers sorted by start, the index of the first starting at or after `at`. */
function firstStartingAt(numbers: readonly NumberMatch[], at: number): number {
  return partitionPoint(numbers, (number) => number.start < at)
}
