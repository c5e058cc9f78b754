import type {Check, Fact} from '../../types.js'
import {conversionFactor, restatedBy} from '../brackets.js'
import {isoRange, unitDays} from '../dates.js'
import {formatNumber, inUnitsOf, intervalOf, operand, overlaps, statedNumeral} from '../numbers.js'
import type {Rule, RuleContext} from '../rule.js'
import {factsInSentenceBefore, isBase, languageOf, sentenceOf} from '../text.js'

const id = 'mean-from-total'

export const meanFromTotal: Rule = {
  id,
  description:
    'A daily average matches its total over the days of its period (`1-10月…客运量3.12亿人次…日均102.6万人次`: 3.12亿 / 304 days); the days come from a date span or duration in the sentence, or the article\'s only date span (then only agreement is reported). A figure per unit is a total over a base (`69541万吨` over `118969千公顷` is `5845公斤/公顷`), units converted; several are paired in the order the article lists them, trusted once one triple agrees',
  run(context) {
    const checks: Check[] = []
    const spans = context.facts.filter((fact) => fact.kind === 'date' && typeof fact.value === 'string' && fact.value.includes('/') && spanDays(fact) !== null)
    for (const mean of context.facts) {
      if ((mean.kind !== 'count' && mean.kind !== 'amount') || typeof mean.value !== 'number' || !isDailyMean(context, mean)) continue
      const total = factsInSentenceBefore(context, mean, mean).findLast(
        (fact) =>
          fact.kind === mean.kind &&
          fact.unit === mean.unit &&
          typeof fact.value === 'number' &&
          !isDailyMean(context, fact) &&
          !isBase(context, fact) &&
          !isStock(fact)
      )
      const days = total ? daysOf(context, total, mean, spans) : null
      const totalRange = total ? intervalOf(total) : null
      const meanRange = intervalOf(mean)
      if (!total || !days || !totalRange || !meanRange || days.count < 2) continue
      // Counted over whole months, a period's days are uncertain by one (a leap day, a partial last day).
      const slack = days.months ? 1 : 0
      const implied = {low: totalRange.low / (days.count + slack), high: totalRange.high / (days.count - slack)}
      const consistent = overlaps(implied, meanRange)
      // Days taken from elsewhere in the article are a guess: agreement confirms it, disagreement proves nothing.
      if (!consistent && !days.local) continue
      // Market turnover is averaged over trading days, which no calendar span gives (`合计成交136.49万亿元，日均成交7.58万亿元`).
      if (!consistent && isTrading(context, total, mean)) continue
      const point = (total.value as number) / days.count
      const decimals = (statedNumeral(mean)?.decimals ?? 0) + 1
      const shown = (value: number) => inUnitsOf(value, mean, decimals) ?? formatNumber(value, 0)
      checks.push({
        rule: id,
        verdict: consistent ? 'consistent' : 'inconsistent',
        facts: [mean.id, total.id, ...(days.fact ? [days.fact.id] : [])],
        message: `${operand(total)} / ${days.count} days (${days.source}) = ${shown(point)} (${shown(implied.low)} to ${shown(implied.high)} at stated precision), ${consistent ? 'matching' : 'not matching'} ${mean.text.trim()}`,
        expected: Math.round(point),
        actual: mean.value
      })
    }
    return [...checks, ...perUnitChecks(context)]
  }
}

const measured = new Set<Fact['kind']>(['amount', 'count'])

/**
 * `粮食总产量69541万吨` over `播种面积118969千公顷` is `单位面积产量5845公斤/公顷`:
 * a figure per unit (`N/D`) is a total in N over a base in D. An article
 * listing several (grain, then cereals) lists them in the same order, so
 * the k-th per-unit figure goes with the k-th total and the k-th base, when
 * the article gives as many of each. The pairing is trusted only once it is
 * seen to hold: a triple that disagrees is inconsistent when another triple
 * of the article, in these or in restated units, agrees.
 */
function perUnitChecks(context: RuleContext): Check[] {
  const figures = context.facts.filter(
    (fact) =>
      measured.has(fact.kind) &&
      typeof fact.value === 'number' &&
      fact.unit !== null &&
      !isBase(context, fact) &&
      // A bracket after a change restates the change (`增加888万吨（178亿斤）`).
      restatedBy(context, fact)?.host.kind !== 'change'
  )
  const triples: Array<{mean: Fact; total: Fact; base: Fact; consistent: boolean; point: number; implied: {low: number; high: number}; factor: number}> = []
  const perUnits = new Set(figures.filter((fact) => fact.unit!.split('/').length === 2).map((fact) => fact.unit!))
  for (const unit of perUnits) {
    const [top, bottom] = unit.split('/') as [string, string]
    for (const restated of [false, true]) {
      const inClass = figures.filter((fact) => (restatedBy(context, fact) !== null) === restated)
      const means = inClass.filter((fact) => fact.unit === unit)
      const totals = inClass.filter((fact) => !fact.unit!.includes('/') && conversionFactor(fact.unit!, top) !== null)
      const bases = inClass.filter((fact) => !fact.unit!.includes('/') && conversionFactor(fact.unit!, bottom) !== null)
      if (means.length === 0 || means.length !== totals.length || means.length !== bases.length || top === bottom) continue
      means.forEach((mean, index) => {
        const total = totals[index]!
        const base = bases[index]!
        const factor = conversionFactor(total.unit!, top)! / conversionFactor(base.unit!, bottom)!
        const [totalRange, baseRange, meanRange] = [intervalOf(total), intervalOf(base), intervalOf(mean)]
        if (!totalRange || !baseRange || !meanRange || baseRange.low <= 0) return
        const implied = {low: (totalRange.low / baseRange.high) * factor, high: (totalRange.high / baseRange.low) * factor}
        const point = ((total.value as number) / (base.value as number)) * factor
        triples.push({mean, total, base, consistent: overlaps(implied, meanRange), point, implied, factor})
      })
    }
  }
  const trusted = triples.some((triple) => triple.consistent)
  return triples.flatMap(({mean, total, base, consistent, point, implied}) => {
    if (!consistent && !trusted) return []
    const decimals = (statedNumeral(mean)?.decimals ?? 0) + 1
    const shown = (value: number) => inUnitsOf(value, mean, decimals) ?? formatNumber(value, decimals)
    return [
      {
        rule: id,
        verdict: consistent ? 'consistent' : 'inconsistent',
        facts: [mean.id, total.id, base.id],
        message: `${operand(total)} / ${operand(base)} = ${shown(point)} (${shown(implied.low)} to ${shown(implied.high)} at stated precision), ${consistent ? 'matching' : 'not matching'} ${mean.text.trim()}`,
        expected: Number(formatNumber(point, decimals)),
        actual: mean.value as number
      } satisfies Check
    ]
  })
}

function isTrading(context: RuleContext, total: Fact, mean: Fact): boolean {
  const words = `${total.subject ?? ''} ${mean.subject ?? ''} ${context.text.slice(Math.max(0, total.span[0] - 12), total.span[0])} ${context.text.slice(Math.max(0, mean.span[0] - 12), mean.span[0])}`
  return /成交|交易|换手|turnover|trading|traded/iu.test(words)
}

/** A balance at a date (`贷款余额`, `存量`, `outstanding`) is no total over the days before it. */
function isStock(fact: Fact): boolean {
  return /余额|存量|末|balance|outstanding|stock/iu.test(fact.subject ?? '')
}

/** `日均102.6万人次`, `平均每天`, `a day`, `daily average`. */
function isDailyMean(context: RuleContext, fact: Fact): boolean {
  const [start] = sentenceOf(context, fact)
  const lead = context.text.slice(Math.max(start, fact.span[0] - 10), fact.span[0])
  const after = context.text.slice(fact.span[1], fact.span[1] + 12)
  if (languageOf(context) === 'en') {
    return /\b(daily average|average daily|a day|per day|each day)\b/iu.test(`${fact.subject ?? ''} ${lead} ${after.split(/[,.;]/u)[0]}`)
  }
  return /日均|平均每[天日]|每[天日]平均/u.test(fact.subject ?? '') || /(日均|平均每[天日]|每[天日]平均|每[天日])[^，,。；;\d]{0,6}$/u.test(lead)
}

interface Days {
  count: number
  /** Counted from a span of whole months (`1-10月`), not of days. */
  months: boolean
  source: string
  fact: Fact | null
  /** Found in the total's own sentence, rather than elsewhere in the article. */
  local: boolean
}

/**
 * The days the total is over: a span or day duration in its sentence
 * (`1-10月`, `8天`), else the article's one date span (of `spans`, all of them).
 */
function daysOf(context: RuleContext, total: Fact, mean: Fact, spans: readonly Fact[]): Days | null {
  const inSentence = factsInSentenceBefore(context, total, mean)
  const duration = inSentence.findLast((fact) => fact.kind === 'duration' && fact.unit === 'day' && typeof fact.value === 'number')
  if (duration) return {count: duration.value as number, months: false, source: duration.text.trim(), fact: duration, local: true}
  const dated = inSentence.findLast((fact) => fact.kind === 'date' && spanDays(fact) !== null)
  if (dated) return {count: spanDays(dated)!, months: byMonths(dated), source: `${dated.text.trim()}, ${String(dated.value)}`, fact: dated, local: true}
  const only = spans.length === 1 ? spans[0]! : null
  return only && only.span[1] <= total.span[0]
    ? {count: spanDays(only)!, months: byMonths(only), source: `${only.text.trim()}, ${String(only.value)}`, fact: only, local: false}
    : null
}

function byMonths(fact: Fact): boolean {
  return typeof fact.value === 'string' && !/\d{4}-\d{2}-\d{2}/u.test(fact.value)
}

/** Days in a date span (`2023-01/2023-10` is 304, `2023-04-29/2023-05-03` is 5) or a month; null for a single day or a year. */
function spanDays(fact: Fact): number | null {
  if (typeof fact.value !== 'string' || !/\/|^\d{4}-(\d{2}|Q[1-4]|H[12])$/u.test(fact.value.trim())) return null
  const range = isoRange(fact.value)
  if (!range) return null
  const days = Math.round((range.end - range.start) / (unitDays.day! * 86_400_000))
  return days >= 2 && days <= 366 ? days : null
}
