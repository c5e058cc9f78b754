import type {Check, Fact} from '../../types.js'
import {formatInterval, formatNumber, inUnitsOf, intervalOf, operand, overlaps, scaleOf, statedNumeral, type Interval} from '../numbers.js'
import {isAdditive, ratePairs, subsets} from '../pairing.js'
import {contextPeriod} from '../period.js'
import type {Rule, RuleContext} from '../rule.js'
import {normalizeSubject} from '../subjects.js'
import {factsWithin} from '../layout.js'
import {between, languageOf, paragraphOf, qualifiersOf, sameSentence} from '../text.js'

const id = 'sum-of-parts'

export const sumOfParts: Rule = {
  id,
  description:
    'Parts add up to their stated total: a list closed by `共计`/`合计`/`in total` sums to it; exports + imports = total trade, imports + surplus = exports, revenue + deficit = expenditure; the parts of a breakdown (`分产业看`, `分业务看`) or listed after `其中` do not exceed their total (fewer is unverifiable: the list may be partial)',
  run(context) {
    const seen = new Set<string>()
    const checks: Check[] = []
    const lists = [
      ...closedLists(context).map((list) => ({list, exhaustive: true})),
      ...identities(context).map((list) => ({list, exhaustive: true})),
      ...breakdowns(context).map((list) => ({list, exhaustive: false})),
      ...openLists(context).map((list) => ({list, exhaustive: false}))
    ]
    for (const {list, exhaustive} of lists) {
      const key = [list.total.id, ...list.parts.map((part) => part.id).sort()].join(',')
      if (seen.has(key)) continue
      seen.add(key)
      const check = judge(list, exhaustive)
      if (check) checks.push(check)
    }
    return checks
  }
}

interface List {
  total: Fact
  parts: Fact[]
  /** What the parts are, for the message (`exports + imports`). */
  label?: string
}

/** `其中` lists of two or more; a single part beyond the total is `part-within-whole`'s finding. */
function openLists(context: RuleContext): List[] {
  return subsets(context)
    .filter(({parts}) => parts.length >= 2)
    .map(({whole, parts}) => ({total: whole, parts}))
}

const closingChinese = /(?:共计|合计|总计|累计共|共)(?:达到|达|为|有)?\s*$/u
const closingEnglish = /(?:,\s*)?(?:(?:for|with)\s+)?(?:a total of|totall?ing|in all|altogether)\s*$/iu

/** `65家、9家、11家,共计85家`: a list of same-unit numbers closed by a total. */
function closedLists(context: RuleContext): List[] {
  const closing = languageOf(context) === 'en' ? closingEnglish : closingChinese
  const lists: List[] = []
  context.facts.forEach((total, index) => {
    if (!isQuantity(total) || !closing.test(context.text.slice(Math.max(0, total.span[0] - 12), total.span[0]))) return
    // Walk back over the run of same-kind, same-unit numbers in the sentence, stopping at anything else.
    const parts: Fact[] = []
    for (let i = index - 1; i >= 0; i--) {
      const fact = context.facts[i]!
      if (fact.kind === 'date') continue
      if (!sameSentence(context, total, fact) || fact.kind !== total.kind || fact.unit !== total.unit || !isQuantity(fact)) break
      parts.unshift(fact)
    }
    const last = parts.at(-1)
    if (parts.length >= 2 && last && !/[。！？!?；;]/u.test(between(context, last, total))) lists.push({total, parts})
  })
  return lists
}

/** Roles in the accounting identities news reports rely on, by the core of the subject. */
const roles = {
  trade: /^(货物贸易|外贸|对外贸易)?进出口(总值|总额|额|金额)?$|^(total )?(foreign )?trade$|^imports and exports$/iu,
  exports: /^(货物)?出口(总值|总额|额|金额)?$|^exports?$/iu,
  imports: /^(货物)?进口(总值|总额|额|金额)?$|^imports?$/iu,
  surplus: /^(贸易)?(顺差|出超)$|^trade surplus$/iu,
  tradeDeficit: /^(贸易)?(逆差|入超)$|^trade deficit$/iu,
  revenue: /^(岁入|一般公共预算收入|财政收入|(budget )?revenue)$/iu,
  expenditure: /^(岁出|一般公共预算支出|财政支出|(budget )?expenditure|spending)$/iu,
  deficit: /^(岁入岁出)?差短$|^(财政)?赤字$|^(budget )?deficit$/iu
}

/** Exports + imports = trade; imports + surplus = exports; exports + deficit = imports; revenue + deficit = expenditure. */
function identities(context: RuleContext): List[] {
  const byUnit = new Map<string, Fact[]>()
  for (const fact of context.facts) {
    if (fact.kind !== 'amount' || !isAdditive(context, fact) || shifted(context, fact)) continue
    const facts = byUnit.get(fact.unit ?? '')
    if (facts) facts.push(fact)
    else byUnit.set(fact.unit ?? '', [fact])
  }
  const lists: List[] = []
  for (const facts of byUnit.values()) {
    const one = (role: RegExp) => single(context, facts.filter((fact) => role.test(normalizeSubject(fact.subject) ?? '')))
    const trade = one(roles.trade)
    const exports = one(roles.exports)
    const imports = one(roles.imports)
    const surplus = one(roles.surplus)
    const tradeDeficit = one(roles.tradeDeficit)
    const revenue = one(roles.revenue)
    const expenditure = one(roles.expenditure)
    const deficit = one(roles.deficit)
    const add = (total: Fact | null, parts: Array<Fact | null>, label: string) => {
      if (total && parts.every((part) => part !== null) && samePeriod(context, [total, ...(parts as Fact[])])) {
        lists.push({total, parts: parts as Fact[], label})
      }
    }
    add(trade, [exports, imports], 'exports + imports')
    add(exports, [imports, surplus], 'imports + surplus')
    add(imports, [exports, tradeDeficit], 'exports + deficit')
    add(expenditure, [revenue, deficit], 'revenue + deficit')
  }
  return lists
}

/** The one number in a role, or null when the article gives the role several values. */
function single(context: RuleContext, facts: Fact[]): Fact | null {
  const first = facts[0]
  if (!first) return null
  const range = intervalOf(first)
  return range && facts.every((fact) => overlaps(range, intervalOf(fact) ?? range)) ? first : null
}

/** A cumulative, planned or comparison figure (`累计今年前5月出口`) belongs to another period than the month's identity. */
function shifted(context: RuleContext, fact: Fact): boolean {
  return /累计|合计|计划|目标|预计|预估|预期|去年|上年|同期|cumulative|planned|target|expected|forecast|last year/iu.test(qualifiersOf(context, fact))
}

function samePeriod(context: RuleContext, facts: Fact[]): boolean {
  const periods = new Set(facts.map((fact) => contextPeriod(context, fact)).filter((period) => period !== null))
  return periods.size <= 1
}

const breakdownChinese = /^\s*(?:分[^，,。；;]{1,6}看|按[^，,。；;]{1,8}(?:区分|划分|分类|分析|分|看)|从[^，,。；;]{1,6}看)/u
const breakdownEnglish = /^\s*(?:by (?:segment|sector|industry|product|region|business|market)|broken down by)/iu

/**
 * `分业务看，消费电子业务收入51.30亿元…；汽车电子业务收入23.76亿元…；工业
 * 控制业务收入11.41亿元`: a paragraph that breaks a total down. The parts
 * share a subject ending (`业务收入`); the total is the whole their shares
 * are of, which must be one.
 */
function breakdowns(context: RuleContext): List[] {
  const marker = languageOf(context) === 'en' ? breakdownEnglish : breakdownChinese
  // The wholes each part's shares are of.
  const wholesByPart = new Map<Fact, Fact[]>()
  for (const {part, whole} of ratePairs(context)) {
    if (whole) wholesByPart.set(part, [...(wholesByPart.get(part) ?? []), whole])
  }
  const lists: List[] = []
  const starts = new Set(context.facts.map((fact) => paragraphOf(context, fact.span[0])[0]))
  for (const start of starts) {
    const [, end] = paragraphOf(context, start)
    if (!marker.test(context.text.slice(start, end))) continue
    const inParagraph = factsWithin(context, start, end).filter((fact) => isAdditive(context, fact))
    const first = inParagraph[0]
    const suffix = sharedEnding(inParagraph.filter((fact) => fact.kind === first?.kind && fact.unit === first?.unit))
    if (!first || !suffix) continue
    const parts = inParagraph.filter(
      (fact) => fact.kind === first.kind && fact.unit === first.unit && (normalizeSubject(fact.subject) ?? '').endsWith(suffix)
    )
    const wholes = new Set(parts.flatMap((part) => (wholesByPart.get(part) ?? [])))
    const total = wholes.size === 1 ? [...wholes][0]! : null
    if (parts.length >= 2 && total && !parts.includes(total)) lists.push({total, parts})
  }
  return lists
}

/** The subject ending two or more parts share (`业务收入`, `产业增加值`), at least two characters or one word. */
function sharedEnding(facts: readonly Fact[]): string | null {
  const subjects = facts.map((fact) => normalizeSubject(fact.subject)).filter((subject): subject is string => subject !== null)
  if (subjects.length < 2) return null
  let ending = subjects[0]!
  for (const subject of subjects.slice(1)) {
    while (ending !== '' && !subject.endsWith(ending)) ending = ending.slice(1)
  }
  const english = /\p{Script=Latin}/u.test(ending)
  if (english) ending = ending.replace(/^\S*\s/u, '')
  return (english ? ending.trim().length >= 3 : ending.length >= 2) ? ending : null
}

function judge({total, parts, label}: List, exhaustive: boolean): Check | null {
  const totalRange = intervalOf(total)
  const ranges = parts.map(intervalOf)
  if (!totalRange || ranges.some((range) => range === null)) return null
  const partRanges = ranges as Interval[]
  if (!exhaustive && partRanges.some((range) => range.low > totalRange.high)) return null
  const sum: Interval = {
    low: partRanges.reduce((sum, range) => sum + range.low, 0),
    high: partRanges.reduce((sum, range) => sum + range.high, 0)
  }
  const point = parts.reduce((sum, part) => sum + (part.value as number), 0)
  // Enough places for every part in the total's units: 5600 + 1.7万 is 2.26万, not 2.3万.
  const decimals = Math.max(
    ...parts.map((part) => (statedNumeral(part)?.decimals ?? 0) + Math.max(0, Math.round(Math.log10(scaleOf(total) / scaleOf(part)))))
  )
  const shown = inUnitsOf(point, total, decimals) ?? (sum.high - sum.low < 1e-9 ? formatNumber(point, 4) : formatInterval(sum, 4))
  const addition = `${label ? `${label}: ` : ''}${parts.map(operand).join(' + ')} = ${shown}`
  const stated = operand(total)
  const base = {rule: id, facts: [total.id, ...parts.map((part) => part.id)], expected: point, actual: total.value as number}
  if (overlaps(sum, totalRange)) return {...base, verdict: 'consistent', message: `${addition}, equal to the stated total ${stated}`}
  if (sum.low > totalRange.high) {
    return {...base, verdict: 'inconsistent', message: `${addition} > ${stated}; the parts exceed their stated total`}
  }
  return exhaustive
    ? {...base, verdict: 'inconsistent', message: `${addition} < ${stated}; the listed parts fall short of the total they are said to make up`}
    : {...base, verdict: 'unverifiable', message: `${addition} < ${stated}; the list may not name every part`}
}

function isQuantity(fact: Fact): boolean {
  return (fact.kind === 'amount' || fact.kind === 'count') && typeof fact.value === 'number'
}
