import type {Check, Fact} from '../../types.js'
import {formatInterval, formatNumber, inUnitsOf, intervalOf, operand, overlaps, scaleOf, statedNumeral, type Interval} from '../numbers.js'
import {inNestedBreakdown} from '../brackets.js'
import {isAdditive, ratePairs, subsets, type Subset} from '../pairing.js'
import {contextPeriod, statedPeriod} from '../period.js'
import type {Rule, RuleContext} from '../rule.js'
import {normalizeSubject} from '../subjects.js'
import {factsWithin, lastFactBefore} from '../layout.js'
import {between, languageOf, paragraphOf, qualifiersOf, sameSentence, searchEnd} from '../text.js'

const id = 'sum-of-parts'

export const sumOfParts: Rule = {
  id,
  description:
    'Parts add up to their stated total: a list closed by `共计`/`合计`/`in total` sums to it; exports + imports = total trade, imports + surplus = exports, revenue + deficit = expenditure; deaths + natural increase = births; the parts of a breakdown (`分产业看`, `分业务看`) or listed after `其中` do not exceed their total (fewer is unverifiable: the list may be partial), and a `其中` list that runs past `；` or mixes classifiers is whole when it adds up; a bracketed `(其中…)` breaks down the figure before it, not the list; a whole counted by what became of its members (`23种工业产品，12种增长，11种下降`) is at least their sum; numbers in a row with one subject ending (`subway trips`, `bus trips`) that add up to the total before them are its parts; so are later kinds of a whole (`私人地盘建造工程名义总值` of `建造工程名义总值`) that add up to it',
  run(context) {
    const seen = new Set<string>()
    const checks: Check[] = []
    const lists = [
      ...closedLists(context).map((list) => ({list, exhaustive: true})),
      ...identities(context).map((list) => ({list, exhaustive: true})),
      ...breakdowns(context).map((list) => ({list, exhaustive: false})),
      ...outcomeSplits(context).map((list) => ({list, exhaustive: false})),
      ...openLists(context).map((list) => ({list, exhaustive: false})),
      ...addingRuns(context).map((list) => ({list, exhaustive: true})),
      ...kindsOfWhole(context).map((list) => ({list, exhaustive: true}))
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

/**
 * `其中` lists of two or more; a single part beyond the total is
 * `part-within-whole`'s finding. A list that runs on past `；` or counts
 * with other classifiers (`其中医院213家、…机构4,516个、…133个`) is taken
 * whole only when its numbers add up to the total.
 */
function openLists(context: RuleContext): List[] {
  return subsets(context).flatMap((subset) => {
    const parts = completion(context, subset) ?? subset.parts
    return parts.length >= 2 ? [{total: subset.whole, parts}] : []
  })
}

/**
 * The numbers from the start of a `其中` list to the end of its sentence
 * (counts whatever their classifier, amounts in the total's unit), as far
 * as they first add up to the total: all of the list's own, and perhaps more
 * (`其中，省内考生4,705人，占总数的59.4%；省外考生3,221人`). Null when no
 * such run adds up.
 */
function completion(context: RuleContext, {whole, from, end}: Subset): Fact[] | null {
  const total = intervalOf(whole)
  if (!total || !Number.isFinite(total.high)) return null
  const stop = searchEnd(context, end, languageOf(context) === 'en' ? /[!?\n]|\.(?=\s|$)/u : /[。！？!?\n]/u)
  const numbers = factsWithin(context, from, stop).filter(
    (fact) =>
      isAdditive(context, fact) && !inNestedBreakdown(context, fact.span) && fact.kind === whole.kind && (fact.kind === 'count' || fact.unit === whole.unit)
  )
  const least = Math.max(2, numbers.filter((fact) => fact.span[1] <= end).length)
  const sum: Interval = {low: 0, high: 0}
  for (const [index, fact] of numbers.entries()) {
    const range = intervalOf(fact)
    if (!range) return null
    sum.low += range.low
    sum.high += range.high
    if (index + 1 >= least && overlaps(sum, total)) return numbers.slice(0, index + 1)
    if (sum.low > total.high) return null
  }
  return null
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
  deficit: /^(岁入岁出)?差短$|^(财政)?赤字$|^(budget )?deficit$/iu,
  births: /^(出生|出生人口|出生数|出生人数|births?)$/iu,
  deaths: /^(死亡|死亡人口|死亡数|死亡人数|deaths?)$/iu,
  naturalIncrease: /^(人口)?自然(增加|增长)(数|人数|人口)?$|^natural (increase|growth)$/iu
}

const anyRole = new RegExp(Object.values(roles).map((role) => role.source).join('|'), 'iu')

/**
 * Exports + imports = trade; imports + surplus = exports; exports + deficit
 * = imports; revenue + deficit = expenditure; deaths + natural increase =
 * births (`出生数3万2,748人…死亡数5万4,329人…自然增加为负2万1,581人`).
 */
function identities(context: RuleContext): List[] {
  const byUnit = new Map<string, Fact[]>()
  for (const fact of context.facts) {
    if (!isQuantity(fact) || !isAdditive(context, fact) || shifted(context, fact)) continue
    const key = `${fact.kind}\u0000${fact.unit ?? ''}`
    const facts = byUnit.get(key)
    if (facts) facts.push(fact)
    else byUnit.set(key, [fact])
  }
  const lists: List[] = []
  // Each period on its own (`第1季出生数` and `3月单月出生数` are two figures), with the undated in all of them.
  const byPeriod = [...byUnit.values()].flatMap((facts) => {
    const periods = [...new Set(facts.map((fact) => contextPeriod(context, fact)).filter((period) => period !== null))]
    // Only facts in some role take part: the others just mark which periods there are.
    const cast = facts.filter((fact) => anyRole.test(normalizeSubject(fact.subject) ?? ''))
    if (periods.length === 0) return [cast]
    return periods.map((period) => cast.filter((fact) => [period, null].includes(contextPeriod(context, fact))))
  })
  for (const facts of byPeriod) {
    if (facts.length < 3) continue
    const one = (role: RegExp) => single(facts.filter((fact) => role.test(normalizeSubject(fact.subject) ?? '')))
    const trade = one(roles.trade)
    const exports = one(roles.exports)
    const imports = one(roles.imports)
    const surplus = one(roles.surplus)
    const tradeDeficit = one(roles.tradeDeficit)
    const revenue = one(roles.revenue)
    const expenditure = one(roles.expenditure)
    const deficit = one(roles.deficit)
    const births = one(roles.births)
    const deaths = one(roles.deaths)
    const naturalIncrease = one(roles.naturalIncrease)
    const add = (total: Fact | null, parts: Array<Fact | null>, label: string) => {
      if (total && parts.every((part) => part !== null) && samePeriod(context, [total, ...(parts as Fact[])])) {
        lists.push({total, parts: parts as Fact[], label})
      }
    }
    add(trade, [exports, imports], 'exports + imports')
    add(exports, [imports, surplus], 'imports + surplus')
    add(imports, [exports, tradeDeficit], 'exports + deficit')
    add(expenditure, [revenue, deficit], 'revenue + deficit')
    add(births, [deaths, naturalIncrease], 'deaths + natural increase')
  }
  return lists
}

/** The one number in a role, or null when the article gives the role several values. */
function single(facts: Fact[]): Fact | null {
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
    if (!whole) continue
    const wholes = wholesByPart.get(part)
    if (wholes) wholes.push(whole)
    else wholesByPart.set(part, [whole])
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
    if (parts.length >= 2 && total && !parts.includes(total)) lists.push({total, parts: addingPrefix(context, parts, total) ?? parts})
  }
  return lists
}

/** What became of the members of a whole: those that grew, fell, held level. */
const outcome = /^\s*(?:实现)?(?:同比)?(?:增长|下降|上升|减少|增加|持平|回落|提高|降低)/u

/**
 * `统计监测的23种工业产品，12种增长，11种下降`: a whole counted, then its
 * members by what became of them, in the whole's classifier. Others may
 * have held level, so fewer is unverifiable.
 */
function outcomeSplits(context: RuleContext): List[] {
  const lists: List[] = []
  for (const [index, total] of context.facts.entries()) {
    if (total.kind !== 'count' || !isAdditive(context, total)) continue
    const parts: Fact[] = []
    let previous = total
    for (const fact of context.facts.slice(index + 1, index + 6)) {
      if (fact.kind !== 'count' || fact.unit !== total.unit || !sameSentence(context, total, fact)) break
      const gap = between(context, previous, fact)
      const said = context.text.slice(fact.span[1], fact.span[1] + 8)
      // Each part follows the one before with nothing but a comma and a word of outcome between.
      if (!outcome.test(said) || (previous === total ? !/^[^，,。；;\d]{0,12}[，,]\s*$/u.test(gap) : !/^[^，,。；;\d]{0,8}[，,、；;]\s*$/u.test(gap))) break
      parts.push(fact)
      previous = fact
    }
    if (parts.length >= 2) lists.push({total, parts})
  }
  return lists
}

/**
 * The first parts of a breakdown, as far as they add up to its total, when
 * they do: a paragraph may go on to another breakdown of the same whole
 * (`分产品看…；海外市场实现收入18.92亿元`), whose figures are not more parts.
 */
function addingPrefix(context: RuleContext, parts: readonly Fact[], total: Fact): Fact[] | null {
  for (let length = 2; length < parts.length; length++) {
    const prefix = parts.slice(0, length)
    if (addsUpTo(context, prefix, total)) return prefix
  }
  return null
}

/**
 * `…carried 41.8 million passengers… Subway trips rose 11.2 percent to 27.3
 * million; bus trips grew 6.1 percent to 14.5 million`: numbers in a row of a
 * paragraph whose subjects share an ending (`trips`), after a total: the
 * number just before them, or else the last one before whose subject is that
 * ending (`revenue` for `subscription revenue` and `services revenue`).
 * Nothing marks them as the whole of it, so they are its parts only if they
 * add up to it; a run that does not add up is not reported.
 */
function addingRuns(context: RuleContext): List[] {
  const lists: List[] = []
  const paragraphs = new Map<number, Fact[]>()
  for (const fact of context.facts) {
    if (!isQuantity(fact) || !isAdditive(context, fact)) continue
    const [start] = paragraphOf(context, fact.span[0])
    const facts = paragraphs.get(start)
    if (facts) facts.push(fact)
    else paragraphs.set(start, [fact])
  }
  for (const facts of paragraphs.values()) {
    for (let first = 0; first < facts.length; ) {
      // Grow the run while the next number measures alike and the subjects keep an ending in common.
      let last = first
      let common = normalizeSubject(facts[first]!.subject)
      while (common !== null && last + 1 < facts.length && sameMeasure(facts[first]!, facts[last + 1]!)) {
        const next = normalizeSubject(facts[last + 1]!.subject)
        const shared = next === null ? null : commonEnding(common, next)
        if (shared === null || wordEnding(shared) === null) break
        common = shared
        last++
      }
      const ending = last > first && common !== null ? wordEnding(common) : null
      const parts = facts.slice(first, last + 1)
      const total = ending ? runTotal(context, facts[first - 1], parts[0]!, ending) : null
      if (total && addsUpTo(context, parts, total)) lists.push({total, parts})
      first = last + 1
    }
  }
  return lists
}

/** How far after a whole its kinds are sought: a release's breakdown follows in the next paragraphs. */
const kindsReach = 1500

/**
 * `建造工程名义总值为298亿元…按建造工程类别分析，私人地盘建造工程名义总值为73亿元…
 * 公营地盘建造工程名义总值为95亿元…`: later numbers whose subjects are kinds of an
 * earlier one's (they end in it), and numbers of no subject among them, up
 * to where that subject is stated again.
 * Nothing says they are all its kinds, so they are its parts only when, in
 * order, they add up to it; else nothing is reported.
 */
function kindsOfWhole(context: RuleContext): List[] {
  const english = languageOf(context) === 'en'
  const lists: List[] = []
  for (const [index, whole] of context.facts.entries()) {
    const name = normalizeSubject(whole.subject)
    if (!name || name.length < 2 || !isQuantity(whole) || !isAdditive(context, whole)) continue
    const kinds: Fact[] = []
    for (const fact of context.facts.slice(index + 1)) {
      if (fact.span[0] > whole.span[1] + kindsReach) break
      if (!sameMeasure(fact, whole) || !isAdditive(context, fact)) continue
      const subject = normalizeSubject(fact.subject)
      if (subject === name) break
      if (subject && subject.length > name.length && subject.endsWith(english ? ` ${name}` : name)) kinds.push(fact)
      // `在地盘以外进行的…工程名义总值为130亿元`: a kind whose subject was not found, among the named ones.
      else if (subject === null && kinds.length > 0) kinds.push(fact)
    }
    const parts = kinds.length === 2 ? (addsUpTo(context, kinds, whole) ? kinds : null) : addingPrefix(context, kinds, whole) ?? (addsUpTo(context, kinds, whole) ? kinds : null)
    if (parts && parts.length >= 2) lists.push({total: whole, parts})
  }
  return lists
}

function sameMeasure(a: Fact, b: Fact): boolean {
  return a.kind === b.kind && a.unit === b.unit
}


/** A total the run could add up to: amounts in the same currency, counts of the same kind of thing whatever the classifier (`passengers`, `trips`). */
function runTotal(context: RuleContext, before: Fact | undefined, first: Fact, ending: string): Fact | null {
  const measures = (fact: Fact) => fact.kind === first.kind && (fact.kind === 'count' || fact.unit === first.unit)
  if (before && measures(before)) return before
  return lastFactBefore(context, first.span[0], (fact) => measures(fact) && isAdditive(context, fact) && normalizeSubject(fact.subject) === ending)
}

/**
 * Whether parts that nothing marks as a whole list add up to a total: one
 * stated within bounds (not `突破3亿人次`, which any sum reaches), where no
 * two sentences state different periods (not a month's and a day's figures
 * under a year-to-date total).
 */
function addsUpTo(context: RuleContext, parts: readonly Fact[], total: Fact): boolean {
  const totalRange = intervalOf(total)
  if (!totalRange || !Number.isFinite(totalRange.low) || !Number.isFinite(totalRange.high)) return false
  const periods = new Set([total, ...parts].map((fact) => statedPeriod(context, fact)).filter((period) => period !== null))
  if (periods.size > 1) return false
  const sum: Interval = {low: 0, high: 0}
  for (const part of parts) {
    const range = intervalOf(part)
    if (!range) return false
    sum.low += range.low
    sum.high += range.high
  }
  return overlaps(sum, totalRange)
}

/** The subject ending two or more parts share (`业务收入`, `产业增加值`), at least two characters or one word. */
function sharedEnding(facts: readonly Fact[]): string | null {
  const subjects = facts.map((fact) => normalizeSubject(fact.subject)).filter((subject): subject is string => subject !== null)
  if (subjects.length < 2) return null
  return wordEnding(subjects.slice(1).reduce(commonEnding, subjects[0]!))
}

/** The longest ending two subjects share (possibly empty). */
function commonEnding(a: string, b: string): string {
  let length = 0
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length++
  return a.slice(a.length - length)
}

/** An ending that names something: whole English words (at least three letters), or two Chinese characters. */
function wordEnding(ending: string): string | null {
  const english = /\p{Script=Latin}/u.test(ending)
  const trimmed = english ? ending.replace(/^\S*\s/u, '') : ending
  return (english ? trimmed.trim().length >= 3 : trimmed.length >= 2) ? trimmed : null
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
