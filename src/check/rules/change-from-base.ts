import type {Check, Fact} from '../../types.js'
import {restatedBy, restatementOf} from '../brackets.js'
import {factsWithin, firstFrom} from '../layout.js'
import {bare, formatInterval, formatNumber, inUnitsOf, intervalOf, operand, overlaps, scaleOf, shownDecimals, type Interval} from '../numbers.js'
import {factsOfSubject} from '../pairing.js'
import {contextPeriod} from '../period.js'
import type {Rule, RuleContext} from '../rule.js'
import {id as ppDifferenceId} from './pp-difference.js'
import {normalizeSubject} from '../subjects.js'
import {respectiveValue} from '../respectively.js'
import {between, clauseOf, factsInSentence, factsInSentenceBefore, isBase, isPerUnit, languageOf, paragraphOf, sameSentence} from '../text.js'

const id = 'change-from-base'

export const changeFromBase: Rule = {
  id,
  description:
    'A stated change matches the two values it relates: a value and its base in one sentence (`9.82亿元，较上年同期的4.91亿元翻了一番`, `rose 38% to $96.6 million … from $70 million`; a change in percentage points between two rates is reported as `pp-difference`), an amount and its percentage change (`增加1.6万吨，增长4.4%` of `38.2万吨`; `up £668 million (4.1%)`; after `分别`, the k-th change of the k-th value; again for the figures restated in other units in brackets), or this year\'s and last year\'s figure of the same subject',
  run(context) {
    const {checks, used} = absoluteAndPercent(context)
    for (const fact of context.facts) {
      if (fact.kind !== 'percent' && fact.kind !== 'change') continue
      const compared = aboveOrBelow(context, fact)
      if (!compared) continue
      used.add(fact)
      checks.push(judge(fact, compared.relation, compared.sign))
    }
    for (const change of context.facts) {
      if (change.kind !== 'change' || typeof change.value !== 'number' || used.has(change)) continue
      // The facts before the change in its sentence, found once for both rules that look there.
      const before = factsInSentenceBefore(context, change, change)
      const relation = withBase(context, change, before) ?? withBaseAfter(context, change) ?? withBaseAfterChange(context, change) ?? withLastYear(context, change, before)
      if (relation) checks.push(judge(change, relation))
    }
    return checks
  }
}

interface Relation {
  /** The values used, for `facts`, after the change. */
  facts: Fact[]
  /** The change they imply, signed (`-17.07` for a fall), as a range. */
  implied: Interval
  point: number
  arithmetic: string
}

const valueKinds = new Set<Fact['kind']>(['amount', 'count', 'percent', 'duration', 'rank'])

/** `较上年同期的4.91亿元翻了一番`, `from $212 million`: a base marked as such and the value compared with it. */
function withBase(context: RuleContext, change: Fact, before: readonly Fact[]): Relation | null {
  const base = before.findLast((fact) => valueKinds.has(fact.kind) && typeof fact.value === 'number' && isBase(context, fact))
  if (!base || between(context, base, change).length > 24) return null
  const value = before.findLast(
    (fact) => fact !== base && fact.kind === base.kind && fact.unit === base.unit && typeof fact.value === 'number' && !isBase(context, fact)
  )
  if (!value) return null
  // The change is said of this comparison: nothing but the value stands between base and change
  // (`较112年度增加17.8亿元，年增5.6%` relates the 5.6% to the amount, not to the years).
  const inBetween = factsWithin(context, base.span[1], change.span[0])
  if (inBetween.some((fact) => fact !== value)) return null
  return relate(change, value, base)
}

/** `jumped 38% to $96.6 million, or 71 cents a share, from $70 million`: value and base after the change. */
function withBaseAfter(context: RuleContext, change: Fact): Relation | null {
  if (languageOf(context) !== 'en') return null
  const after = factsInSentence(context, change).filter((fact) => fact.span[0] >= change.span[1])
  const value = after[0]
  if (!value || !valueKinds.has(value.kind) || typeof value.value !== 'number' || !/^\s+to\s+$/iu.test(between(context, change, value))) return null
  // The first base of the value's kind and unit, with no other change before it (`and profit fell 3% … from`).
  for (const fact of after.slice(1)) {
    if (fact.kind === 'change') return null
    if (fact.kind === value.kind && fact.unit === value.unit && typeof fact.value === 'number' && isBase(context, fact)) return relate(change, value, fact)
  }
  return null
}

/** `the deficit was $39.5 billion in July, down $5.2 billion from $44.7 billion in June`: value, change, then its base. */
function withBaseAfterChange(context: RuleContext, change: Fact): Relation | null {
  if (languageOf(context) !== 'en' || !/^\s+from\s+(?:an?\s+|the\s+)?(?:revised\s+)?$/iu.test(context.text.slice(change.span[1], change.span[1] + 16).replace(/\$.*$/su, ''))) return null
  const base = context.facts[firstFrom(context.facts, change.span[1])]
  if (!base || !valueKinds.has(base.kind) || typeof base.value !== 'number' || !sameSentence(context, change, base)) return null
  if (change.unit !== '%' && change.unit !== base.unit) return null
  const before = factsInSentenceBefore(context, change, change).filter((fact) => fact.kind !== 'date')
  const value = before.at(-1)
  if (!value || value.kind !== base.kind || value.unit !== base.unit || typeof value.value !== 'number' || isBase(context, value)) return null
  if (between(context, value, change).length > 40) return null
  return relate(change, value, base)
}

/**
 * `38.2万吨，比上年增加1.6万吨，增长4.4%`, `增加636千公顷（955万亩），增长0.5%`,
 * `up £668 million (4.1%)`, `分别较108年减4.3万元(-3.7%)、增4.4万元(16.2%)`:
 * an absolute change and the same change in percent, of the value before
 * them. Where the value and the change are restated in other units in
 * brackets (`118969千公顷（178453万亩）`), the restated pair must give the
 * same percent too.
 */
function absoluteAndPercent(context: RuleContext): {checks: Check[]; used: Set<Fact>} {
  const checks: Check[] = []
  const used = new Set<Fact>()
  for (const amount of context.facts) {
    if (amount.kind !== 'change' || typeof amount.value !== 'number' || amount.unit === '%' || amount.unit === 'pp' || restatedBy(context, amount)) continue
    const percent = percentOf(context, amount)
    if (!percent) continue
    const value = valueOfAmount(context, amount)
    if (!value) continue
    used.add(percent)
    const sign = percentSign(percent, amount)
    const relation = fromAmount(value, amount)
    if (relation) checks.push(judge(percent, relation, sign))
    const valueAgain = restatementOf(context, value)?.restated
    const amountAgain = restatementOf(context, amount)?.restated
    if (valueAgain && amountAgain && valueAgain.unit === amountAgain.unit && valueAgain.unit !== value.unit) {
      // The restated change is a bare number in brackets: it takes the direction of the change it restates.
      const restated = fromAmount(valueAgain, {...amountAgain, ...(amount.direction ? {direction: amount.direction} : {})})
      if (restated) checks.push(judge(percent, {...restated, facts: [valueAgain, amountAgain]}, sign))
    }
  }
  return {checks, used}
}

/** Words that may stand between an absolute change and its percent: the base both share. */
const sharedBase = /^[\s,，、;；]*(?:同比|比上年|较上年|年)?\s*$/u

/** The same change in percent: alone in brackets after it, or the next change, after its restatement in other units if any. */
function percentOf(context: RuleContext, amount: Fact): Fact | null {
  const bracket = restatementOf(context, amount)
  if (bracket?.restated.unit === '%' && (bracket.restated.kind === 'percent' || bracket.restated.kind === 'change')) return bracket.restated
  const from = bracket ? bracket.end : amount.span[1]
  const next = context.facts[firstFrom(context.facts, from)]
  if (!next || next.kind !== 'change' || next.unit !== '%' || typeof next.value !== 'number') return null
  if (!sharedBase.test(context.text.slice(from, next.span[0]))) return null
  return next.direction && amount.direction && next.direction !== amount.direction ? null : next
}

/** The sign of a percent that restates a change: its own direction, its own minus sign, else the change's direction. */
function percentSign(percent: Fact, amount: Fact): number {
  if (percent.kind === 'change' && percent.direction) return percent.direction === 'down' ? -1 : 1
  if ((percent.value as number) < 0) return 1
  return amount.direction === 'down' ? -1 : 1
}

const amountKinds = new Set<Fact['kind']>(['amount', 'count'])

/**
 * The value a change is of: the last figure in its unit before it in the
 * sentence, with no other change of that unit between; after `分别`, the
 * value in the same place of the list before it.
 */
function valueOfAmount(context: RuleContext, amount: Fact): Fact | null {
  const before = factsInSentenceBefore(context, amount, amount)
  const isValue = (fact: Fact) =>
    amountKinds.has(fact.kind) && fact.unit === amount.unit && typeof fact.value === 'number' && !isBase(context, fact) && !restatedBy(context, fact)
  const respective = respectiveValue(context, amount, isValue, (fact) => fact.kind === 'change' && fact.unit === amount.unit && !restatedBy(context, fact))
  if (respective !== undefined) return respective
  const index = before.findLastIndex(isValue)
  if (index === -1) return null
  // `100万元，比上年增加10万元，其中X增加5万元`: the later change is of something else.
  if (before.slice(index + 1).some((fact) => fact.kind === 'change' && fact.unit === amount.unit)) return null
  return before[index]!
}

/** The percent change implied by a value and the absolute change that led to it. */
function fromAmount(value: Fact, amount: Fact): Relation | null {
  const valueRange = intervalOf(value)
  const amountRange = intervalOf(amount)
  if (!valueRange || !amountRange) return null
  const sign = amount.direction === 'down' ? -1 : 1
  // The base is the value before the change: 38.2万 - 1.6万.
  const baseLow = valueRange.low - sign * (sign > 0 ? amountRange.high : amountRange.low)
  const baseHigh = valueRange.high - sign * (sign > 0 ? amountRange.low : amountRange.high)
  if (baseLow <= 0) return null
  const point = ((sign * (amount.value as number)) / ((value.value as number) - sign * (amount.value as number))) * 100
  const implied =
    sign > 0
      ? {low: (amountRange.low / baseHigh) * 100, high: (amountRange.high / baseLow) * 100}
      : {low: (-amountRange.high / baseLow) * 100, high: (-amountRange.low / baseHigh) * 100}
  return {
    facts: [value, amount],
    implied,
    point,
    arithmetic: `${bare(amount)} / (${operand(value)} ${sign > 0 ? '-' : '+'} ${bare(amount)}) = ${formatNumber(point, 2)}%`
  }
}

/** `7.7 percent (±1.2 percent) above the revised July rate of 1,317,000`: the comparison and its direction. */
const aboveBase = /^\s*(?:\(±[^)]*\)\**\s*)?(above|below|higher than|lower than|than)\s/iu
/** What may stand between the comparison and its base: the base's name, its date. */
const baseName = /^(?:the\s+)?$|^[^,;:.]{0,60}?\b(?:of|at)\s+$/iu
/** The base of an earlier comparison (`above the revised July rate of 1,317,000`): not the figure later ones are said of. */
function isComparedBase(context: RuleContext, fact: Fact): boolean {
  return /\b(?:above|below|than)\s[^,;:.]{0,60}?\b(?:of|at)\s+$/iu.test(context.text.slice(Math.max(0, fact.span[0] - 80), fact.span[0]))
}

/** `This is`, `; this is`, `and is`, `but is`: the sentence goes on about the figure just stated. */
const anaphor = /(?:\b(?:this|that|which|it)\s+(?:is|was)|\b(?:and|but)\s+(?:is|was))\s+$/iu

/**
 * `…at a seasonally adjusted annual rate of 1,419,000. This is 7.7 percent
 * (±1.2 percent) above the revised July rate of 1,317,000`, `…budgeted to
 * be £96.2 billion in 2019-20. This is £3.6 billion (3.8%) higher than the
 * £92.6 billion budgeted for 2018-19`: a change above or below a named base,
 * said of the figure just stated; a change in brackets after another is
 * said of them too.
 */
function aboveOrBelow(context: RuleContext, change: Fact): {relation: Relation; sign: number} | null {
  if (languageOf(context) !== 'en' || typeof change.value !== 'number' || change.value < 0) return null
  // `£3.6 billion (3.8%) higher than`: the bracketed change is said where its host is.
  const host = restatedBy(context, change)
  const said = host && host.host.kind === change.kind ? host.host : change
  const after = (restatementOf(context, said)?.end ?? said.span[1])
  if (!anaphor.test(context.text.slice(Math.max(0, said.span[0] - 24), said.span[0]))) return null
  const comparison = aboveBase.exec(context.text.slice(after, after + 40))
  // `3.4% higher than the £95.9 billion`: the change's own words hold the comparison.
  const ownWord = /\b(higher|lower)$/iu.exec(said.text)?.[1]
  if (!comparison || (comparison[1]!.toLowerCase() === 'than' && !ownWord)) return null
  const from = after + comparison[0].length
  const [, paragraphEnd] = paragraphOf(context, change.span[0])
  const base = factsWithin(context, from, Math.min(paragraphEnd, from + 80)).find((fact) => fact.kind !== 'date')
  if (!base || !amountKinds.has(base.kind) || typeof base.value !== 'number' || !baseName.test(context.text.slice(from, base.span[0]))) return null
  if (change.unit !== '%' && change.unit !== base.unit) return null
  const [paragraphStart] = paragraphOf(context, change.span[0])
  const value = factsWithin(context, paragraphStart, said.span[0]).findLast(
    (fact) => fact.kind === base.kind && fact.unit === base.unit && typeof fact.value === 'number' && !isBase(context, fact) && !isComparedBase(context, fact)
  )
  if (!value) return null
  const relation = relate({...change, direction: 'up'}, value, base)
  return relation ? {relation, sign: /^(?:below|lower)/iu.test(ownWord ?? comparison[1]!) ? -1 : 1} : null
}

/**
 * `2022年…一般公共预算收入完成486.2亿元` … `2023年…一般公共预算收入预期目标为
 * 505亿元，增长约3.9%`: a yearly change of a value whose subject the article
 * also gives for the year before.
 */
function withLastYear(context: RuleContext, change: Fact, before: readonly Fact[]): Relation | null {
  if (change.unit !== '%') return null
  const clause = context.text.slice(clauseOf(context, change)[0], change.span[0])
  // A change against something else (`比全省平均`, `较第一季度`) is not a yearly change.
  if (/(?:比|较|与|按月|环比)/u.test(clause.replace(/比上年|较上年|比去年|较去年|同比/gu, ''))) return null
  const value = before.findLast((fact) => fact.kind !== 'date' && fact.kind !== 'change')
  if (!value || (value.kind !== 'amount' && value.kind !== 'count') || typeof value.value !== 'number' || isPerUnit(context, value)) return null
  if (between(context, value, change).length > 16) return null
  const subject = normalizeSubject(value.subject)
  const year = yearOf(contextPeriod(context, value))
  if (!subject || year === null) return null
  const bases = factsOfSubject(context, value.kind, subject).filter(
    (fact) =>
      fact !== value &&
      fact.kind === value.kind &&
      fact.unit === value.unit &&
      typeof fact.value === 'number' &&
      normalizeSubject(fact.subject) === subject &&
      yearOf(contextPeriod(context, fact)) === year - 1
  )
  if (bases.length !== 1) return null
  return relate(change, value, bases[0]!)
}

/** `2023`, `2023-H1` and the like: the year of a period that is a whole year. */
function yearOf(period: string | null): number | null {
  const match = period ? /^(\d{4})$/u.exec(period) : null
  return match ? Number(match[1]) : null
}

/** The change from `base` to `value`, in the change's unit: percent, percentage points or the value's own unit. */
function relate(change: Fact, value: Fact, base: Fact): Relation | null {
  const valueRange = intervalOf(value)
  const baseRange = intervalOf(base)
  if (!valueRange || !baseRange) return null
  const v = value.value as number
  const b = base.value as number
  // A rank rises when its number falls.
  const rank = value.kind === 'rank' ? -1 : 1
  if (change.unit === '%') {
    if (baseRange.low <= 0) return null
    return {
      facts: [value, base],
      implied: {low: (valueRange.low / baseRange.high - 1) * 100, high: (valueRange.high / baseRange.low - 1) * 100},
      point: (v / b - 1) * 100,
      arithmetic: `${operand(value)} / ${operand(base)} - 1 = ${formatNumber((v / b - 1) * 100, 2)}%`
    }
  }
  if (change.unit === 'pp' ? value.kind === 'percent' : change.unit === value.unit || value.kind === 'rank') {
    const low = valueRange.low - baseRange.high
    const high = valueRange.high - baseRange.low
    return {
      facts: [value, base],
      implied: rank > 0 ? {low, high} : {low: -high, high: -low},
      point: rank * (v - b),
      arithmetic:
        value.kind === 'rank'
          ? `${base.text.trim()} to ${value.text.trim()} is ${Math.abs(v - b)} place${Math.abs(v - b) === 1 ? '' : 's'} ${v < b ? 'up' : 'down'}`
          : `${bare(value)} - ${bare(base)} = ${inChangeUnits(v - b, change)}`
    }
  }
  return null
}

/** An amount as the change writes its number (`-$5.2 billion`, `-5.2万吨`), for a message. */
function inChangeUnits(value: number, change: Fact): string {
  const written = inUnitsOf(Math.abs(value), {...change, text: bare(change)}, shownDecimals(change))
  return written === null ? formatNumber(value, 4) : `${value < 0 ? '-' : ''}${written}`
}

function judge(change: Fact, relation: Relation, sign = change.direction === 'down' ? -1 : 1): Check {
  const stated = intervalOf(change)!
  const signed = sign > 0 ? stated : {low: -stated.high, high: -stated.low}
  const consistent = overlaps(signed, relation.implied)
  const unit = change.unit === '%' ? '%' : change.unit === 'pp' ? ' pp' : ''
  const half = (stated.high - stated.low) / 2
  const scaled = unit === '' && scaleOf(change) > 1
  const number = (value: number) => (scaled ? inChangeUnits(value, change) : formatNumber(value, 4))
  const statedText =
    change.approx === 'exact' && Number.isFinite(half)
      ? `${change.text.trim()} (${number(sign * (change.value as number))}${unit}${half > 0 ? ` ± ${number(half)}` : ''})`
      : `${change.text.trim()} (${formatInterval(signed, 4)}${unit})`
  const implied = scaled
      ? `${inChangeUnits(relation.implied.low, change)} to ${inChangeUnits(relation.implied.high, change)}`
      : formatInterval(relation.implied, 2)
  return {
    // Two rates and their difference in points are `pp-difference`'s relation, however they were paired.
    rule: change.unit === 'pp' ? ppDifferenceId : id,
    verdict: consistent ? 'consistent' : 'inconsistent',
    facts: [change.id, ...relation.facts.map((fact) => fact.id)],
    message: `${relation.arithmetic} (${implied}${unit} at stated precision), ${consistent ? 'matching' : 'not matching'} ${statedText}`,
    expected: Number(formatNumber(relation.point, 2)),
    actual: sign * (change.value as number)
  }
}
