/**
 * Where facts and paragraphs lie, found by binary search over positions
 * worked out once per context: asking about every fact of an article then
 * costs a logarithm each, not another pass over the article.
 */
import type {Fact, Span} from '../types.js'
import {perContext} from './memo.js'
import type {RuleContext} from './rule.js'
import {partitionPoint} from '../util/search.js'

interface Layout {
  /** Positions of the line breaks that end paragraphs, ascending. */
  breaks: number[]
  /** The longest fact, in characters. */
  longest: number
}

const layoutOf = perContext((context): Layout => {
  const breaks: number[] = []
  for (let at = context.text.indexOf('\n'); at !== -1; at = context.text.indexOf('\n', at + 1)) breaks.push(at)
  return {
    breaks,
    longest: context.facts.reduce((longest, fact) => Math.max(longest, fact.span[1] - fact.span[0]), 0)
  }
})

/** The first index whose value is at least `value` (the length when none is). */
function lowerBound(values: readonly number[], value: number): number {
  return partitionPoint(values, (known) => known < value)
}

/** In facts sorted by position, the first index of one that starts at or after `at`: all before it start before `at`. */
export function firstFrom(facts: readonly Fact[], at: number): number {
  return partitionPoint(facts, (fact) => fact.span[0] < at)
}

/** The facts lying wholly within `[start, end]`, in text order. */
export function factsWithin(context: RuleContext, start: number, end: number): Fact[] {
  const found: Fact[] = []
  for (let index = firstFrom(context.facts, start); index < context.facts.length; index++) {
    const fact = context.facts[index]!
    if (fact.span[0] > end) break
    if (fact.span[1] <= end) found.push(fact)
  }
  return found
}

const orders = perContext((context) => new Map(context.facts.map((fact, index) => [fact, index] as const)))

/** A fact's place among the article's facts, to compare facts found in different lists. */
export function orderOf(context: RuleContext, fact: Fact): number {
  return orders(context).get(fact) ?? -1
}

/**
 * The last fact (in text order) ending by `at` that `accepts` takes. With a
 * `horizon`, the search may give up (null) once every fact left ends before it:
 * for callers that would reject such a fact anyway.
 */
export function lastFactBefore(context: RuleContext, at: number, accepts: (fact: Fact) => boolean, horizon = 0): Fact | null {
  const {longest} = layoutOf(context)
  for (let index = firstFrom(context.facts, at + 1) - 1; index >= 0; index--) {
    const fact = context.facts[index]!
    if (fact.span[0] + longest < horizon) break
    if (fact.span[1] <= at && accepts(fact)) return fact
  }
  return null
}

/**
 * {@link lastFactBefore} over only the facts at `candidates` (indices into
 * the context's facts, ascending) that the caller has found to accept: it
 * skips the others without looking at each, so that asking for every fact
 * of a long paragraph without dates is not quadratic.
 */
export function lastCandidateBefore(context: RuleContext, candidates: readonly number[], at: number, horizon = 0): Fact | null {
  const {longest} = layoutOf(context)
  const last = firstFrom(context.facts, at + 1) - 1
  for (let k = partitionPoint(candidates, (index) => index <= last) - 1; k >= 0; k--) {
    const fact = context.facts[candidates[k]!]!
    if (fact.span[0] + longest < horizon) break
    if (fact.span[1] <= at) return fact
  }
  return null
}

/** The paragraph (text between line breaks) holding a position. */
export function paragraphAt(context: RuleContext, at: number): Span {
  const {breaks} = layoutOf(context)
  // The last break at or before `at - 1` (at 0: a break at 0 itself), and the first at or after `at`.
  const before = lowerBound(breaks, Math.max(0, at - 1) + 1) - 1
  const after = lowerBound(breaks, at)
  return [before === -1 ? 0 : breaks[before]! + 1, after === breaks.length ? context.text.length : breaks[after]!]
}
