/**
 * Shares written as a ratio (`三次产业结构为5.6:56.6:37.8`) and the parts
 * they are shares of: the k-th term is the k-th part over the whole the
 * parts make up (`第一产业增加值72.61亿元` of `地区生产总值1291.92亿元`).
 * Nothing in the sentence names the parts, so the pairing is trusted only
 * once one term agrees with its part: a list read wrongly agrees nowhere.
 */
import type {Fact} from '../types.js'
import {lastFactBefore} from './layout.js'
import {perContext} from './memo.js'
import {shareAgrees} from './numbers.js'
import type {RuleContext} from './rule.js'
import {clauseOf, paragraphOf} from './text.js'
import type {RatePair} from './pairing.js'

const ratioSeparator = /^\s*[:：∶]\s*$/u
const ordinals = ['一', '二', '三', '四', '五', '六']

/** Runs of two or more percents joined by `:`, in text order. */
export const structureRuns = perContext((context): Fact[][] => {
  const runs: Fact[][] = []
  let run: Fact[] = []
  for (const fact of context.facts) {
    const last = run.at(-1)
    if (fact.kind === 'percent' && last && ratioSeparator.test(context.text.slice(last.span[1], fact.span[0]))) {
      run.push(fact)
      continue
    }
    if (run.length >= 2) runs.push(run)
    run = fact.kind === 'percent' ? [fact] : []
  }
  if (run.length >= 2) runs.push(run)
  return runs
})

/** The terms of every structure ratio, which are no rate of the number before them. */
export const structureTerms = perContext((context) => new Set(structureRuns(context).flat()))

/** Each term with its part and the parts' whole, for runs where at least one term agrees. */
export const structurePairs = perContext((context): RatePair[] =>
  structureRuns(context).flatMap((run) => {
    const parts = byOrdinal(context, run) ?? lastInRow(context, run)
    const whole = parts ? wholeOf(context, parts) : null
    if (!parts || !whole) return []
    const pairs = run.map((rate, k) => ({rate, part: parts[k]!, whole, ambiguous: false, named: null}))
    return pairs.some((pair) => shareAgrees(pair.rate, pair.part, whole)) ? pairs : []
  })
)

const additiveKinds = new Set<Fact['kind']>(['amount', 'count'])

/** How far back parts are sought: communiqués state the ratio right after the parts, or under a figure's caption. */
const reach = 600

/** Where the search for parts stops: the start of the paragraph `reach` characters before. */
function searchFloor(context: RuleContext, run: readonly Fact[]): number {
  return paragraphOf(context, Math.max(0, run[0]!.span[0] - reach))[0]
}

/** `第一产业增加值…；第二产业…；第三产业…`: the last number before the ratio whose clause names the k-th. */
function byOrdinal(context: RuleContext, run: readonly Fact[]): Fact[] | null {
  if (run.length > ordinals.length) return null
  const floor = searchFloor(context, run)
  const parts: Fact[] = []
  for (let k = 0; k < run.length; k++) {
    const mark = `第${ordinals[k]!}`
    const part = lastFactBefore(
      context,
      run[0]!.span[0],
      (fact) => additiveKinds.has(fact.kind) && context.text.slice(clauseOf(context, fact)[0], fact.span[0]).includes(mark),
      floor
    )
    if (!part || part.span[0] < floor || (parts[0] && (part.kind !== parts[0].kind || part.unit !== parts[0].unit))) return null
    parts.push(part)
  }
  return parts.every((part, k) => k === 0 || part.span[0] > parts[k - 1]!.span[0]) ? parts : null
}

/** Else the last numbers of one kind and unit before the ratio, as many as it has terms. */
function lastInRow(context: RuleContext, run: readonly Fact[]): Fact[] | null {
  const floor = searchFloor(context, run)
  const parts: Fact[] = []
  let at = run[0]!.span[0]
  while (parts.length < run.length) {
    const part = lastFactBefore(context, at, (fact) => additiveKinds.has(fact.kind) && typeof fact.value === 'number', floor)
    if (!part || part.span[0] < floor || (parts[0] && (part.kind !== parts[0].kind || part.unit !== parts[0].unit))) return null
    parts.unshift(part)
    at = part.span[0]
  }
  return parts
}

/**
 * The number before the parts that they about add up to. Loosely: whether
 * they add up exactly is `sum-of-parts`' finding, and a part misstated must
 * still be paired to be flagged; the term that agrees confirms the whole.
 */
function wholeOf(context: RuleContext, parts: readonly Fact[]): Fact | null {
  let sum = 0
  for (const part of parts) sum += part.value as number
  const floor = searchFloor(context, parts)
  const whole = lastFactBefore(
    context,
    parts[0]!.span[0],
    (fact) => fact.kind === parts[0]!.kind && fact.unit === parts[0]!.unit && typeof fact.value === 'number',
    floor
  )
  if (!whole || whole.span[0] < floor || Math.abs((whole.value as number) - sum) > 0.3 * sum) return null
  return whole
}

