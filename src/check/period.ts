import type {Fact, Span} from '../types.js'
import {factsWithin, lastCandidateBefore} from './layout.js'
import {perContext, perFact} from './memo.js'
import type {RuleContext} from './rule.js'
import {paragraphOf, sentenceOf} from './text.js'

/**
 * The period a number is about: the nearest date fact in its sentence
 * (earlier ones first, as in `2022年…收入25.3亿元`), as written in ISO;
 * null when the sentence has none.
 */
export function sentencePeriod(facts: readonly Fact[], fact: Fact, sentence: Span | undefined, text = ''): string | null {
  if (!sentence) return null
  let best: Fact | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const date of facts) {
    if (date.kind !== 'date' || typeof date.value !== 'string' || isComparisonDate(text, date)) continue
    if (date.span[0] < sentence[0] || date.span[1] > sentence[1]) continue
    // A date after the number counts, but weighs a little less than one before it.
    const distance = date.span[1] <= fact.span[0] ? fact.span[0] - date.span[1] : date.span[0] - fact.span[1] + 0.5
    if (distance < bestDistance) {
      best = date
      bestDistance = distance
    }
  }
  return best ? (best.value as string).trim() : null
}

/** The signed value of a change (`下降3%` is -3), so opposite directions disagree. */
export function signedValue(fact: Fact): number | [number, number] | null {
  const sign = fact.kind === 'change' && fact.direction === 'down' ? -1 : 1
  if (typeof fact.value === 'number') return sign * fact.value
  if (Array.isArray(fact.value)) {
    const [a, b] = fact.value
    return sign === 1 ? [a, b] : [-b, -a]
  }
  return null
}

/**
 * Within an article, a date carries forward through its paragraph
 * (`2022年全市一般公共预算收入…；一般公共预算支出完成712.5亿元`): the
 * sentence's date, else the last date earlier in the paragraph.
 */
export const contextPeriod = perFact((context, fact): string | null => {
  const own = statedPeriod(context, fact)
  if (own) return own
  const [start] = paragraphOf(context, fact.span[0])
  const carried = lastCandidateBefore(context, periodDates(context), fact.span[0], start)
  return carried && carried.span[0] >= start ? (carried.value as string).trim() : null
})

/** The period the fact's own sentence states, or null. */
export function statedPeriod(context: RuleContext, fact: Fact): string | null {
  const sentence = sentenceOf(context, fact)
  return sentencePeriod(factsWithin(context, sentence[0], sentence[1]), fact, sentence, context.text)
}

/** Where the dates that can carry forward are among the facts, found once per context. */
const periodDates = perContext((context): number[] => context.facts.flatMap((fact, index) => (isPeriodDate(context, fact) ? [index] : [])))

/** A date that can carry forward: stated as a date, not as the base of a comparison. */
const isPeriodDate = perFact(
  (context, date): boolean => date.kind === 'date' && typeof date.value === 'string' && !isComparisonDate(context.text, date)
)

/** `较4月收敛`, `较112年度增加`, `down 2.1% from May`: the date of a comparison base, not of the number. */
function isComparisonDate(text: string, date: Fact): boolean {
  if (text === '') return false
  const before = text.slice(Math.max(0, date.span[0] - 8), date.span[0])
  return /(?:(?<!占)比|较|同比|与|相比|对比)\s*$/u.test(before) || /\b(?:from|than|compared with|over|against)\s+$/iu.test(before)
}

/** Words that compare a change with the same period a year before, however an article says it. */
const yearAgo = /^(同比|按年|去年|上年|同期|year-on-year|last year)$/iu
/** Words that compare it with the period just before. */
const periodBefore = /^(环比|按月|按季|month-on-month|quarter-on-quarter)$/iu

/**
 * The base a change is measured against, from its shifting qualifiers
 * (`同比`, `按年`, `较上年同期`, `去年` are one base: a year ago), and the
 * qualifiers left that say something else (`累计`, `计划`). Null base: unstated.
 */
export function againstDate(qualifiers: readonly string[]): {base: 'year' | 'period' | null; rest: string[]} {
  const year = qualifiers.some((word) => yearAgo.test(word))
  const period = qualifiers.some((word) => periodBefore.test(word))
  const rest = qualifiers.filter((word) => !yearAgo.test(word) && !periodBefore.test(word))
  // Both at once (`同比…环比`): no one base, so kept as words.
  if (year && period) return {base: null, rest: [...qualifiers]}
  return {base: year ? 'year' : period ? 'period' : null, rest}
}
