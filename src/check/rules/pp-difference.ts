import type {Check, Fact} from '../../types.js'
import {restatedBy} from '../brackets.js'
import {factsWithin} from '../layout.js'
import {formatInterval, formatNumber, intervalOf, overlaps, type Interval} from '../numbers.js'
import {respectiveValue} from '../respectively.js'
import type {Rule, RuleContext} from '../rule.js'
import {clauseOf, factsInSentence, paragraphOf, sentenceOf} from '../text.js'

export const id = 'pp-difference'


/** Words that compare one rate with another, and which way (`快于全市平均水平5.1个百分点`). */
const comparators: ReadonlyArray<readonly [word: string, sign: 1 | -1]> = [
  ['高于', 1],
  ['快于', 1],
  ['超过', 1],
  ['低于', -1],
  ['慢于', -1]
]

/** Verbs after `比`/`较` and the thing compared with (`较1-2月(-0.6%)提高18.0个百分点`). */
const comparisonVerbs: ReadonlyArray<readonly [word: string, sign: 1 | -1]> = [
  ['提高', 1],
  ['加快', 1],
  ['上升', 1],
  ['回升', 1],
  ['扩大', 1],
  ['快', 1],
  ['高', 1],
  ['回落', -1],
  ['下降', -1],
  ['放缓', -1],
  ['收窄', -1],
  ['下修', -1],
  ['慢', -1],
  ['低', -1]
]

const comparatorPattern = new RegExp(`(${comparators.map(([word]) => word).join('|')})([^，,；;。]*)$`, 'u')
const comparisonPattern = new RegExp(`(?:比|较)([^，,；;。]*?)(${comparisonVerbs.map(([word]) => word).join('|')})[\\d.和、\\s]*$`, 'u')
const signOf = new Map([...comparators, ...comparisonVerbs])

/** Words around a rate's name that do not change which rate it is (`全市平均水平` is the city's rate). */
const nameFiller = /平均水平|平均|水平|增速|增幅|增长|的|同比|[\s(（)）]/gu

interface Comparison {
  /** Where the name of the rate compared with lies. */
  name: [number, number]
  sign: 1 | -1
}

/** The comparison a percentage-point figure states, from the words before it in its clause. */
function comparisonOf(context: RuleContext, difference: Fact): Comparison | null {
  const [start] = clauseOf(context, difference)
  // The verb may be the fact's own (`提高18.0个百分点`): read up to its numeral.
  const numeral = difference.text.search(/[\d０-９]/u)
  const lead = context.text.slice(start, difference.span[0] + Math.max(0, numeral))
  const comparator = comparatorPattern.exec(lead)
  if (comparator) {
    const from = start + comparator.index + comparator[1]!.length
    return {name: [from, from + comparator[2]!.replace(/[\d.和、\s]+$/u, '').length], sign: signOf.get(comparator[1]!)!}
  }
  const comparison = comparisonPattern.exec(lead)
  if (!comparison) return null
  const from = start + comparison.index + 1
  return {name: [from, from + comparison[1]!.length], sign: signOf.get(comparison[2]!)!}
}

function isRate(fact: Fact): boolean {
  return fact.unit === '%' && (fact.kind === 'change' || fact.kind === 'percent') && typeof fact.value === 'number'
}

function isDifference(fact: Fact): boolean {
  return fact.kind === 'change' && fact.unit === 'pp' && typeof fact.value === 'number'
}

/** A rate's value with its sign, as a range (`下降0.2%` is -0.25 to -0.15). */
function signedRange(fact: Fact): Interval | null {
  const range = intervalOf(fact)
  if (!range) return null
  return fact.kind === 'change' && fact.direction === 'down' ? {low: -range.high, high: -range.low} : range
}

interface Found {
  difference: Fact
  value: Fact
  base: Fact
  /** The base was found by its name elsewhere in the article, not in brackets beside the comparison. */
  named: boolean
  consistent: boolean
  implied: Interval
  sign: 1 | -1
}

export const ppDifference: Rule = {
  id,
  description:
    'A difference stated in percentage points is the difference of the two rates it compares: `增长17.4%，增幅较1-2月(-0.6%)提高18.0个百分点`, `增长8.5%…快于全市平均水平5.1个百分点` with `全市规模以上工业增加值同比增长3.4%` stated earlier, `分别增长11.8%和10.3%，分别比规模以上工业快4.8和3.3个百分点`; also a rate, its earlier rate and the change in points, as change-from-base pairs them (`覆盖率为869.95%，较上月底854.28%增加15.67个百分点`, `to 31.5 percent from 28.9 percent, a gain of 2.6 percentage points`). A rate compared with one named elsewhere in the article is inconsistent only when another comparison with that rate agrees; a contribution (`拉动…0.5个百分点`) is not a difference',
  run(context) {
    const found: Found[] = []
    for (const difference of context.facts) {
      if (!isDifference(difference)) continue
      const comparison = comparisonOf(context, difference)
      if (!comparison) continue
      const inName = factsWithin(context, comparison.name[0], comparison.name[1])
      // Compared with another period whose rate is not given (`比1—9月份加快0.8个百分点`): nothing to check.
      const bracketed = inName.find((fact) => isRate(fact) && /[（(]\s*$/u.test(context.text.slice(Math.max(0, fact.span[0] - 2), fact.span[0])))
      if (!bracketed && inName.some((fact) => fact.kind === 'date')) continue
      const value = valueOf(context, difference, comparison, bracketed !== undefined)
      if (!value) continue
      const base = bracketed ?? namedRate(context, comparison, value)
      if (!base || base === value) continue
      const [valueRange, baseRange, stated] = [signedRange(value), signedRange(base), intervalOf(difference)]
      if (!valueRange || !baseRange || !stated) continue
      const implied = {low: valueRange.low - baseRange.high, high: valueRange.high - baseRange.low}
      const signed = comparison.sign > 0 ? stated : {low: -stated.high, high: -stated.low}
      found.push({difference, value, base, named: !bracketed, consistent: overlaps(implied, signed), implied, sign: comparison.sign})
    }
    // A rate found by its name is the right one once a comparison with it agrees.
    const confirmed = new Set(found.filter((entry) => entry.named && entry.consistent).map((entry) => entry.base))
    return found.filter((entry) => entry.consistent || !entry.named || confirmed.has(entry.base)).map(judge)
  }
}

/**
 * The rate compared: listed with `分别`, the one in the same place; else the
 * last rate before the comparison in the sentence. A comparison with a rate
 * in brackets may speak of the last rate of its paragraph (`累计增速高于全国(3.9%)`).
 */
function valueOf(context: RuleContext, difference: Fact, comparison: Comparison, bracketed: boolean): Fact | null {
  const respective = respectiveValue(context, difference, isRate, isDifference)
  if (respective !== undefined) return respective
  const before = factsInSentence(context, difference).filter((fact) => fact.span[1] <= comparison.name[0] && isRate(fact) && !restatedBy(context, fact))
  const last = before.at(-1)
  if (last) return last
  if (!bracketed) return null
  const [paragraphStart] = paragraphOf(context, difference.span[0])
  const [sentenceStart] = sentenceOf(context, difference)
  return factsWithin(context, paragraphStart, sentenceStart).findLast((fact) => isRate(fact) && !restatedBy(context, fact)) ?? null
}

/**
 * `快于全市平均水平`, `比规模以上工业快`: the first rate of the value's kind
 * (a growth rate, or a level), earlier in the article, said of what the name
 * names: a release states its whole first. Not matched on period, which a
 * comparison with the period before (`比1—9月份加快`) would muddle.
 */
function namedRate(context: RuleContext, comparison: Comparison, value: Fact): Fact | null {
  const name = normalizeName(context.text.slice(comparison.name[0], comparison.name[1]))
  if (!/\p{Script=Han}/u.test(name)) return null
  for (const fact of context.facts) {
    if (fact.span[0] >= value.span[0]) return null
    if (fact.kind !== value.kind || !isRate(fact)) continue
    const lead = normalizeName(context.text.slice(sentenceOf(context, fact)[0], fact.span[0]))
    if (lead.includes(name)) return fact
  }
  return null
}

function normalizeName(text: string): string {
  return text.replace(/规上/gu, '规模以上').replace(nameFiller, '')
}

/** `17.4%`, `-0.6%`, `下降0.2%` as `-0.2%`. */
function rateText(fact: Fact): string {
  const sign = fact.kind === 'change' && fact.direction === 'down' ? -1 : 1
  return `${formatNumber(sign * (fact.value as number), 4)}%`
}

function judge({difference, value, base, consistent, implied, sign}: Found): Check {
  const stated = sign * (difference.value as number)
  const valueText = rateText(value)
  const baseText = rateText(base).startsWith('-') ? `(${rateText(base)})` : rateText(base)
  return {
    rule: id,
    verdict: consistent ? 'consistent' : 'inconsistent',
    facts: [difference.id, value.id, base.id],
    message: `${valueText} - ${baseText} = ${formatInterval(implied, 2)} pp at stated precision, ${consistent ? 'matching' : 'not matching'} ${difference.text.trim()} (${formatNumber(stated, 2)} pp)`,
    expected: Number(formatNumber((implied.low + implied.high) / 2, 2)),
    actual: stated
  }
}
