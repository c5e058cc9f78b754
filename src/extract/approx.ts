/**
 * Words that say how a stated number relates to the true one.
 *
 * Decisions: `近` (nearly) is `about`, not `less_than`: news writers use
 * `近3年` and `近万人` loosely, and `about` claims no bound we cannot back.
 * `以上` is `at_least` and `以下`/`以内` `at_most`, as in Chinese legal
 * usage (《民法典》第一千二百五十九条: 以上、以下、以内 include the number).
 * `余`/`多` after a number are `more_than`; `来`/`许` (`十来个`) `about`.
 */
import type {Approx} from '../types.js'

/** Before the number, longest first. */
const before: ReadonlyArray<readonly [string, Approx]> = [
  ['不少于', 'at_least'], ['不低于', 'at_least'], ['不超过', 'at_most'], ['不高于', 'at_most'], ['不多于', 'at_most'],
  ['约为', 'about'], ['约合', 'about'], ['大约', 'about'], ['大概', 'about'], ['接近', 'about'], ['将近', 'about'], ['约', 'about'], ['近', 'about'],
  ['超过', 'more_than'], ['多于', 'more_than'], ['突破', 'more_than'], ['超', 'more_than'], ['逾', 'more_than'],
  ['不足', 'less_than'], ['不到', 'less_than'], ['少于', 'less_than'], ['未满', 'less_than'], ['不满', 'less_than'],
  ['至少', 'at_least'], ['起码', 'at_least'], ['最少', 'at_least'],
  ['最多', 'at_most'], ['至多', 'at_most']
]

/**
 * One-character words after which they end another word: `最近3年` is the last
 * three years, not about three; `出超59.7亿美元` is a trade surplus, exactly that.
 */
const endsWord: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['近', new Set(['最', '附', '邻', '亲', '靠', '就'])],
  ['超', new Set(['出', '入', '赶', '高'])]
])

/** Between the number and its unit (`2700余户`, `三十多个`, `十来个`). */
const between: ReadonlyMap<string, Approx> = new Map([
  ['余', 'more_than'], ['餘', 'more_than'], ['多', 'more_than'], ['来', 'about'], ['几', 'more_than'], ['许', 'about']
])

/** After the unit, longest first (`75%左右`, `1万人以上`). */
const after: ReadonlyArray<readonly [string, Approx]> = [
  ['左右', 'about'], ['上下', 'about'], ['以上', 'at_least'], ['以下', 'at_most'], ['以内', 'at_most'], ['之内', 'at_most'],
  ['之多', 'exact'], ['多', 'more_than'], ['余', 'more_than']
]

export interface ApproxWord {
  approx: Approx
  start: number
  end: number
}

/** The approximation word ending at `end` (spaces skipped), e.g. `约` before `25亿元`. */
export function approxBefore(text: string, end: number): ApproxWord | null {
  let at = end
  while (at > 0 && text[at - 1] === ' ') at--
  for (const [word, approx] of before) {
    const start = at - word.length
    if (start < 0 || !text.startsWith(word, start)) continue
    if (start > 0 && endsWord.get(word)?.has(text[start - 1]!)) return null
    return {approx, start, end: at}
  }
  return null
}

/** The approximation character between a number and its unit, at `at`. */
export function approxBetween(text: string, at: number): ApproxWord | null {
  const approx = between.get(text[at]!)
  return approx ? {approx, start: at, end: at + 1} : null
}

/** The approximation word right after a unit, at `at`. */
export function approxAfter(text: string, at: number): ApproxWord | null {
  for (const [word, approx] of after) {
    if (text.startsWith(word, at)) return {approx, start: at, end: at + word.length}
  }
  return null
}

/** Combine what words before and after say; the first that is not `exact` wins. */
export function combineApprox(...found: Array<Approx | undefined | null>): Approx {
  for (const approx of found) if (approx && approx !== 'exact') return approx
  return 'exact'
}
