/**
 * A number in brackets right after another (`118969千公顷（178453万亩）`,
 * `up £668 million (4.1%)`, `减4.3万元(-3.7%)`) says the same thing again:
 * the same figure in other units, or a change in percent. One home for that
 * text shape, so every rule reads it alike.
 */
import type {Fact, Span} from '../types.js'
import {firstFrom} from './layout.js'
import {perContext} from './memo.js'
import type {RuleContext} from './rule.js'
import {partitionPoint} from '../util/search.js'

export interface Restatement {
  /** The fact the bracket follows. */
  host: Fact
  /** The one fact the bracket holds. */
  restated: Fact
  /** Where the closing bracket ends: text after it follows the pair. */
  end: number
}

const opening = /[（(]\s*$/u
const closing = /^\s*[)）]/u

/** Every fact alone in brackets right after another, by the host and by the restated fact. */
const restatementsOf = perContext((context) => {
  const byHost = new Map<Fact, Restatement>()
  const byRestated = new Map<Fact, Restatement>()
  const {facts, text} = context
  for (let index = 1; index < facts.length; index++) {
    const restated = facts[index]!
    const host = facts[index - 1]!
    const gap = text.slice(host.span[1], restated.span[0])
    if (gap.length > 3 || !opening.test(gap) || /[^\s（(]/u.test(gap)) continue
    const after = closing.exec(text.slice(restated.span[1], restated.span[1] + 3))
    // A bracket holding more than one number (`（平均每户人数3.01人，其中…）`) is an aside, not a restatement.
    const next = facts[firstFrom(facts, restated.span[1])]
    if (!after || (next && next.span[0] < restated.span[1] + after[0].length)) continue
    const found = {host, restated, end: restated.span[1] + after[0].length}
    byHost.set(host, found)
    byRestated.set(restated, found)
  }
  return {byHost, byRestated}
})

/** The fact alone in brackets right after `fact`, if any. */
export function restatementOf(context: RuleContext, fact: Fact): Restatement | null {
  return restatementsOf(context).byHost.get(fact) ?? null
}

/** The fact that `fact` restates, when `fact` is alone in brackets right after it. */
export function restatedBy(context: RuleContext, fact: Fact): Restatement | null {
  return restatementsOf(context).byRestated.get(fact) ?? null
}

/**
 * How many of `to` make one `from`: units a figure is restated in. Units
 * over units (`千克/公顷` in `千克/亩`) are worked out from these.
 */
const conversions: ReadonlyArray<readonly [from: string, to: string, factor: number]> = [
  ['公顷', '亩', 15],
  ['平方公里', '公顷', 100],
  ['平方公里', '亩', 1500],
  ['吨', '斤', 2000],
  ['吨', '千克', 1000],
  ['吨', '公斤', 1000],
  ['千克', '斤', 2],
  ['公斤', '斤', 2],
  ['千克', '公斤', 1],
  ['公里', '千米', 1],
  ['公里', '米', 1000],
  ['千米', '米', 1000],
  ['hectare', 'acre', 2.4710538],
  ['km', 'mile', 0.62137119],
  ['kilometre', 'mile', 0.62137119],
  ['kilogram', 'pound', 2.2046226],
  ['tonne', 'ton', 1.1023113]
]

const factors = new Map<string, number>()
for (const [from, to, factor] of conversions) {
  factors.set(`${from}>${to}`, factor)
  factors.set(`${to}>${from}`, 1 / factor)
}

/** How many `to` one `from` is (1 for the same unit), or null when the two are not the same dimension. */
export function conversionFactor(from: string, to: string): number | null {
  if (from === to) return 1
  const direct = factors.get(`${from}>${to}`)
  if (direct !== undefined) return direct
  const [fromTop, fromBottom, ...restFrom] = from.split('/')
  const [toTop, toBottom, ...restTo] = to.split('/')
  if (fromBottom === undefined || toBottom === undefined || restFrom.length > 0 || restTo.length > 0) return null
  const top = conversionFactor(fromTop!, toTop!)
  const bottom = conversionFactor(fromBottom, toBottom)
  return top === null || bottom === null || (fromTop === toTop && fromBottom === toBottom) ? null : top / bottom
}

/** A bracket that opens with `其中` (`(其中内地至香港和澳门地区航线为1098.6万人次)`): a breakdown of the figure before it. */
const asideOpening = /^\s*(?:其中|including|of which)/iu

/** Spans of bracketed breakdowns, in text order: their figures are parts of the figure before them, not of the list around them. */
const nestedBreakdownsOf = perContext((context): Array<[number, number]> => {
  const spans: Array<[number, number]> = []
  for (const match of context.text.matchAll(/[（(]([^（()）]{0,400})[)）]/gu)) {
    if (asideOpening.test(match[1]!)) spans.push([match.index, match.index + match[0].length])
  }
  return spans
})

/** Whether a span of text (a fact's, a marker's) lies in a bracketed breakdown of another figure. */
export function inNestedBreakdown(context: RuleContext, [start, end]: Span): boolean {
  const spans = nestedBreakdownsOf(context)
  if (spans.length === 0) return false
  const span = spans[partitionPoint(spans, ([from]) => from <= start) - 1]
  return span !== undefined && end <= span[1]
}
