/**
 * Pairing facts that belong together: a rate with the part it is a rate of
 * and that part's whole; a total with the parts listed after `其中`. Shared
 * by the rules so that each edit is judged once, by the rule meant for it.
 * When a pairing is not clear there is no pair: a missed check is better
 * than a false `inconsistent`.
 */
import type {Fact} from '../types.js'
import {inNestedBreakdown} from './brackets.js'
import {factsWithin, firstFrom, lastFactBefore, orderOf} from './layout.js'
import {perContext, perFact} from './memo.js'
import {intervalOf, overlaps, shareAgrees, type Interval} from './numbers.js'
import {contextPeriod} from './period.js'
import {structurePairs, structureTerms} from './structure.js'
import type {RuleContext} from './rule.js'
import {isPartRate, isShareSubject, normalizeSubject, rateStem, subjectsCompatible} from './subjects.js'
import {
  between,
  factsInSentenceBefore,
  isAttributive,
  isBase,
  isPerUnit,
  languageOf,
  paragraphOf,
  qualifiersOf,
  searchEnd,
  sentenceOf,
  shiftingQualifiers,
  textOf
} from './text.js'

export interface RatePair {
  rate: Fact
  part: Fact
  /** The whole the part belongs to, when the article states it unambiguously. */
  whole: Fact | null
  /** Totals that could be the whole disagree, or the named whole is not stated, so none is used. */
  ambiguous: boolean
  /** The whole the rate names (`占一般公共预算支出的`), when it names one. */
  named: string | null
}

const quantityKinds = new Set<Fact['kind']>(['count', 'amount'])
const describing = new Set<Fact['kind']>(['date', 'change', 'rank', 'ordinal'])

/** Whether a fact can be a part or a whole: a count or sum, not an average, index or base of comparison. */
export function isAdditive(context: RuleContext, fact: Fact): boolean {
  return quantityKinds.has(fact.kind) && typeof fact.value === 'number' && !isPerUnit(context, fact) && !isBase(context, fact)
}

/** A percent or a ratio (`六成`, `三分之一`) as a percentage. */
export function isRate(fact: Fact): boolean {
  return (fact.kind === 'percent' || fact.kind === 'ratio') && typeof fact.value === 'number'
}

/**
 * Every part-over-whole rate with the part it measures, and the whole when
 * the article gives it. Several rules ask for them: worked out once per context.
 */
export const ratePairs = perContext((context): RatePair[] => {
  const found: Array<{rate: Fact; part: Fact; whole: Fact | null; link: string}> = []
  const terms = structureTerms(context)
  for (const rate of context.facts) {
    if (!isRate(rate) || terms.has(rate)) continue
    const pair = partOf(context, rate)
    if (pair) found.push({rate, ...pair})
  }
  // A number that is itself the part of some rate is not another part's whole.
  const parts = new Set(found.map((pair) => pair.part.id))
  const pairs: RatePair[] = []
  // Pairs so far by the paragraph of their part, for a later share of the same breakdown.
  const byParagraph = new Map<number, RatePair[]>()
  for (const {rate, part, whole, link} of found) {
    const pair = whole ? {rate, part, whole, ambiguous: false, named: null} : resolve(context, rate, part, link, parts, byParagraph)
    pairs.push(pair)
    const [start] = paragraphOf(context, part.span[0])
    const inParagraph = byParagraph.get(start)
    if (inParagraph) inParagraph.push(pair)
    else byParagraph.set(start, [pair])
  }
  confirmSharedWholes(context, pairs, parts)
  return [...pairs, ...structurePairs(context)]
})

/** How many shares of one list must agree with a whole nothing names before it is taken as theirs. */
const confirmingShares = 2

/**
 * `国人出国共计1,664万4,684人次…亚洲地区1,515万2,547人次(占91.04%)，其次为美洲
 * 地区71万0,039人次(占4.27%)…`: shares of one paragraph whose whole nothing
 * names. The nearest earlier number of their kind and unit is their whole
 * once two of them agree with it; then a share
 * that does not is flagged. A whole no two agree with is not used.
 */
function confirmSharedWholes(context: RuleContext, pairs: RatePair[], parts: ReadonlySet<string>): void {
  const groups = new Map<string, RatePair[]>()
  for (const pair of pairs) {
    if (pair.whole || pair.named || typeof pair.part.value !== 'number') continue
    const key = `${paragraphOf(context, pair.part.span[0])[0]}\u0000${pair.part.kind}\u0000${pair.part.unit ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), pair])
  }
  for (const group of groups.values()) {
    if (group.length < confirmingShares) continue
    const first = group[0]!.part
    const [start] = paragraphOf(context, first.span[0])
    const floor = start > 0 ? paragraphOf(context, start - 1)[0] : 0
    const whole = lastFactBefore(
      context,
      first.span[0],
      (fact) => fact.kind === first.kind && fact.unit === first.unit && !parts.has(fact.id) && isAdditive(context, fact),
      floor
    )
    if (!whole || whole.span[0] < floor) continue
    const agreeing = group.filter((pair) => shareAgrees(pair.rate, pair.part, whole))
    if (agreeing.length < confirmingShares) continue
    // A part beyond the whole is `part-within-whole`'s to judge, with the whole now known.
    for (const pair of group) {
      pair.whole = whole
      pair.ambiguous = false
    }
  }
}

/**
 * The whole of a rate's part, from the strongest evidence to the weakest:
 * the whole the rate names; the total its part is listed under (`其中`);
 * the paragraph's topic (`岁出按政事别区分，…占29.3%`); the whole of an
 * earlier share in the paragraph (`占营业收入的59.3%；…占比27.5%`); the
 * nearest earlier number of the same things.
 */
function resolve(
  context: RuleContext,
  rate: Fact,
  part: Fact,
  link: string,
  parts: ReadonlySet<string>,
  earlier: ReadonlyMap<number, readonly RatePair[]>
): RatePair {
  const named = namedWhole(context, rate, link)
  if (named) {
    const candidate = choose(context, part, namedCandidates(context, part, named, parts))
    return {rate, part, whole: candidate.whole, ambiguous: candidate.ambiguous || !candidate.whole, named}
  }
  const subset = subsetHolding(context).get(part)
  if (subset) return {rate, part, whole: subset.whole, ambiguous: false, named: null}
  if (/占(?:比)?(?:[为达到是约]|提升至|提高到|升至|降至)*\s*$/u.test(link)) {
    const topic = topicWhole(context, part, parts)
    if (topic) return {rate, part, whole: topic, ambiguous: false, named: null}
    const [start, end] = paragraphOf(context, part.span[0])
    const sibling = earlier.get(start)?.findLast(
      (pair) =>
        pair.whole !== null &&
        pair.part.span[0] >= start &&
        pair.part.span[1] <= end &&
        pair.part.kind === part.kind &&
        pair.part.unit === part.unit
    )
    if (sibling) return {rate, part, whole: sibling.whole, ambiguous: false, named: null}
  }
  const candidate = wholeOf(context, part, parts)
  return {rate, part, whole: candidate.whole, ambiguous: candidate.ambiguous, named: null}
}

/** The quantity a rate is a rate of, and the whole when the same phrase names it (`占全部111个项目的79%`). */
function partOf(context: RuleContext, rate: Fact): {part: Fact; whole: Fact | null; link: string} | null {
  const english = languageOf(context) === 'en'
  // Changes, dates and ranks between a number and its share (`1,550.1亿元，增长4.8%，占…`) describe the number.
  const before = factsInSentenceBefore(context, rate, rate).filter((fact) => !describing.has(fact.kind))
  const nearest = before.at(-1)
  if (!nearest) return english ? partAfter(context, rate) : null
  if (!isAdditive(context, nearest)) return null
  const link = between(context, nearest, rate)
  // `公交车辆9,860辆，其中新能源公交车占比96.5%`: the share is of a subset the number is the whole of.
  if (/其中|of which|including|among them/iu.test(link)) return null
  // `the fleet of 1,236, nearly two-fifths of it electric`: likewise, said after the rate.
  if (english && /^\s+of\s+(?:it|them|these|those|which|whom)\b/iu.test(context.text.slice(rate.span[1]))) return null
  // `7,926人 省内生源占比近六成`: the share names its own part, of which the article gives no number.
  if (!english && namesOwnPart(link)) return null

  // `88个项目开复工,占全部111个项目的79%`, `88 of the 111 projects, or 79%`: the nearest is the whole.
  const previous = before.at(-2)
  if (previous && previous.kind === nearest.kind && (previous.unit === nearest.unit || english) && isAdditive(context, previous)) {
    const join = between(context, previous, nearest)
    const wholeFirst = english
      ? /^\s*(?:\S+\s+){0,3}?of\s+(?:the\s+|all\s+)?$/iu.test(join)
      : /占[^,，;；。]{0,12}$/u.test(join.trimEnd()) && /^[^,，;；]{0,8}的?\s*$/u.test(link)
    if (wholeFirst) return {part: previous, whole: nearest, link}
    // `37个大类行业中有21个行业…增长面为56.8%`: a whole, the part of it that did something, and the share that did.
    if (!english && previous.span[1] <= nearest.span[0] && /中有?\s*[,，]?\s*$/u.test(join) && coverage.test(link) && link.length <= 30) {
      return {part: nearest, whole: previous, link}
    }
  }

  if (!isRateOf(context, rate, link)) return null
  return {part: nearest, whole: null, link}
}

/** A share of a whole's members that did something: `增长面`, `覆盖面`, `面为`. */
const coverage = /(?:增长|下降|覆盖|盈利|亏损)面(?:为|达|达到)?\s*$/u

/**
 * `Subscription revenue, about four-fifths of the total, grew 22% to $521.3
 * million`: a share set off by commas after what it measures, a thing whose
 * number the sentence gives later.
 */
function partAfter(context: RuleContext, rate: Fact): {part: Fact; whole: null; link: string} | null {
  const [start, end] = sentenceOf(context, rate)
  if (!/^[^,;:\d]+,\s*$/u.test(context.text.slice(start, rate.span[0]))) return null
  if (!/^\s+of\s+[^,;]+,/iu.test(context.text.slice(rate.span[1], end))) return null
  const part = factsWithin(context, rate.span[1], end).find((fact) => !describing.has(fact.kind) && !isRate(fact))
  return part && isAdditive(context, part) ? {part, whole: null, link: ''} : null
}

/** Words before `占` that say how, not what (`分别占`, `约占`, `仅占`). */
const shareAdverbs = /分别|大约|约|近|仅|只|共|合计|均|各|已经|已|总共|比重|比例/gu

/**
 * Whether the link from a number to its share starts a new phrase naming
 * something else before `占` (`… 省内生源占比`, `…，新能源公交车占比`):
 * then the share is that thing's, not the number's.
 */
function namesOwnPart(link: string): boolean {
  const named = /[\s，,；;：:、]([^\s，,；;：:、]*)占[^\s，,；;：:、]*$/u.exec(link)?.[1]
  return named !== undefined && (named.replace(shareAdverbs, '').match(/\p{Script=Han}/gu)?.length ?? 0) >= 2
}

/** Whether `rate` measures `part`: its subject is a part rate whose action the sentence names, or words link them. */
function isRateOf(context: RuleContext, rate: Fact, link: string): boolean {
  const english = languageOf(context) === 'en'
  // A rate names its part within a clause or two; farther apart, they are different statements.
  if (link.length > (english ? 80 : 30)) return false
  if (english) {
    if (isPartRate(rate.subject)) return true
    return /\b(or|accounting for|accounted for|representing|making up|a rate of|a share of)\b[^.;]{0,20}$/iu.test(link)
  }
  if (/占[^,，;；]{0,16}$/u.test(link)) return true
  if (!isPartRate(rate.subject)) return false
  if (isShareSubject(rate.subject)) return true
  const stem = rateStem(rate.subject)
  if (!stem) return false
  // `88个项目开复工,开复工率79%`: the action is named outside the rate's own name.
  const sentence = textOf(context, sentenceOf(context, rate)).split(rate.subject!.trim()).join('|')
  return sentence.includes(stem)
}

/** Words that name "the total" without naming what: the whole is found as if unnamed. */
const genericWhole = /^(总数|总量|总额|总计|合计|全部|总体|总|其|the total|total|all)$/iu

/**
 * What the rate says it is a share of: `占一般公共预算支出的74.8%` ->
 * `一般公共预算支出`, `占总出口比重为43.6%` -> `出口`, `32.5 percent of
 * total exports` -> `exports`. Null when unnamed or generic (`占总数的`).
 */
function namedWhole(context: RuleContext, rate: Fact, link: string): string | null {
  let named: string | undefined
  if (languageOf(context) === 'en') {
    const after = context.text.slice(rate.span[1], sentenceOf(context, rate)[1])
    named = /^\s+of\s+(?:the\s+|all\s+|its\s+)?(?:total\s+)?([a-z][a-z -]{1,40}?)(?=\s*(?:[,.;]|$|\band\b))/iu.exec(after)?.[1]
  } else {
    named = /占(?!比)([^,，;；。]{1,16}?)(?:的)?(?:比重|比例|份额)?(?:分别)?(?:为|是|达到|达|提升至|提高到|升至|降至|约)*\s*$/u.exec(link)?.[1]
  }
  if (!named) return null
  const trimmed = named
    .trim()
    .replace(/^(全[市区县省镇乡国]|本[市区县]|全部|所有|总)/u, '')
    .replace(/(的)$/u, '')
  if (trimmed === '' || genericWhole.test(named.trim()) || genericWhole.test(trimmed)) return null
  return trimmed
}

/** Names of one metric, each row's first the one the others stand for (`占GDP的22.9%` of `地区生产总值1403.24亿元`). */
const metricNames: ReadonlyArray<readonly string[]> = [
  ['地区生产总值', '生产总值', '国内生产总值', '本地生产总值', 'gdp', 'gross domestic product', 'gdp(地区生产总值)', '地区生产总值(gdp)']
]
const canonicalName = new Map(metricNames.flatMap((names) => names.map((name) => [name, names[0]!] as const)))

/** `出口总值`, `出口金额`, `出口` all name exports, `来台旅客总数` visitors: the core of a subject without its measure word. */
function core(subject: string): string {
  const stripped = subject.replace(/(总值|总额|总量|总数|金额|数额|额)$/u, '') || subject
  return canonicalName.get(subject) ?? canonicalName.get(stripped) ?? stripped
}

/**
 * Candidate wholes of a part: `accepts` decides which facts are; `buckets`
 * (each in text order, no fact in two) hold every fact it may accept, so that
 * a search looks at facts of the right subject rather than at the whole article.
 */
interface Pool {
  buckets: ReadonlyArray<readonly Fact[]>
  accepts: (fact: Fact) => boolean
}

/** Facts by kind, then by the subject `keyOf` gives (facts it gives none are left out), in text order; built once per article. */
function subjectIndex(keyOf: (fact: Fact) => string | null) {
  return perContext((context) => {
    const index = new Map<Fact['kind'], Map<string, Fact[]>>()
    for (const fact of context.facts) {
      const subject = keyOf(fact)
      if (subject === null) continue
      const ofKind = index.get(fact.kind) ?? new Map<string, Fact[]>()
      index.set(fact.kind, ofKind)
      const bucket = ofKind.get(subject)
      if (bucket) bucket.push(fact)
      else ofKind.set(subject, [fact])
    }
    return index
  })
}

/** Facts by kind, then by normalized subject. */
const bySubject = subjectIndex((fact) => normalizeSubject(fact.subject))

/** The facts of a kind whose normalized subject is `subject`, in text order. */
export function factsOfSubject(context: RuleContext, kind: Fact['kind'], subject: string): readonly Fact[] {
  return bySubject(context).get(kind)?.get(subject) ?? []
}

/** The facts of a kind, one list per normalized subject that `matches`. */
function subjectBuckets(context: RuleContext, kind: Fact['kind'], matches: (subject: string) => boolean): Fact[][] {
  const buckets: Fact[][] = []
  for (const [subject, facts] of bySubject(context).get(kind) ?? []) if (matches(subject)) buckets.push(facts)
  return buckets
}

/**
 * Numbers whose subject is the named whole (`地区生产总值` for
 * `占地区生产总值的`): the same core first (`出口金额` for `总出口`), else
 * one ending in it (`货物贸易进出口总值` for `全市进出口总值`).
 */
function namedCandidates(context: RuleContext, part: Fact, named: string, excluded: ReadonlySet<string>): Pool {
  const name = core(normalizeSubject(named)!)
  const usable = (fact: Fact) =>
    fact !== part &&
    !excluded.has(fact.id) &&
    fact.kind === part.kind &&
    fact.unit === part.unit &&
    normalizeSubject(fact.subject) !== null &&
    isAdditive(context, fact) &&
    qualifiedWithin(context, fact, part)
  const exact: Pool = {
    buckets: subjectBuckets(context, part.kind, (subject) => core(subject) === name),
    accepts: (fact) => usable(fact) && core(normalizeSubject(fact.subject)!) === name
  }
  if (exact.buckets.some((bucket) => bucket.some(exact.accepts))) return exact
  // A looser match (`货物贸易进出口总值` for `进出口总值`) must at least be able to hold the part:
  // `对美国进出口` ends in `出口` but is not all exports.
  return {
    buckets: subjectBuckets(context, part.kind, (subject) => core(subject).endsWith(name)),
    accepts: (fact) => usable(fact) && core(normalizeSubject(fact.subject)!).endsWith(name) && (fact.value as number) >= (part.value as number)
  }
}

const qualifierWords = perFact((context, fact) => new Set(qualifiersOf(context, fact).split('+')))

/** A cumulative, planned or last-year figure (`累计…1,752.3亿美元`) is the whole of none of this period's parts; `其中` does not stop a number being one. */
function qualifiedWithin(context: RuleContext, whole: Fact, part: Fact): boolean {
  const allowed = qualifierWords(context, part)
  return shiftingQualifiers(context, whole).every((word) => allowed.has(word))
}

/** Facts by kind and trimmed subject, for subjects a paragraph's lead names. */
const byTrimmedSubject = subjectIndex((fact) => {
  const subject = fact.subject?.trim()
  return subject !== undefined && subject.length >= 2 ? subject : null
})

/**
 * The topic whole of a paragraph that breaks it down (`岁出按政事别区分，以
 * 教育科学文化支出98.7亿元最多，占29.3%`): a number whose subject the
 * paragraph names before its first number, no smaller than the part.
 */
function topicWhole(context: RuleContext, part: Fact, excluded: ReadonlySet<string>): Fact | null {
  const [start] = paragraphOf(context, part.span[0])
  const first = context.facts[firstFrom(context.facts, start)]
  if (!first) return null
  let lead = context.text.slice(start, first.span[0])
  if (first.subject) lead = lead.replace(first.subject.trim(), '')
  const named = [...(byTrimmedSubject(context).get(part.kind) ?? [])].filter(([subject]) => lead.includes(subject))
  const {whole} = choose(context, part, {
    buckets: named.map(([, facts]) => facts),
    accepts: (fact) => {
      const subject = fact.subject?.trim()
      return (
        fact !== part &&
        !excluded.has(fact.id) &&
        fact.kind === part.kind &&
        fact.unit === part.unit &&
        fact.span[1] <= start &&
        subject !== undefined &&
        subject.length >= 2 &&
        lead.includes(subject) &&
        isAdditive(context, fact)
      )
    }
  })
  return whole && typeof whole.value === 'number' && whole.value >= (part.value as number) ? whole : null
}

/**
 * The stated whole of a part: the nearest earlier number of the same kind
 * and unit whose subject names the same things (`111个重点项目` for
 * `88个项目`); failing that, the only later one.
 */
export function wholeOf(
  context: RuleContext,
  part: Fact,
  excluded: ReadonlySet<string> = new Set()
): {whole: Fact | null; ambiguous: boolean} {
  const subject = normalizeSubject(part.subject)
  const chosen = choose(context, part, {
    // Compatible subjects end in the part's, or the part's ends in them.
    buckets: subject ? subjectBuckets(context, part.kind, (other) => other.endsWith(subject) || subject.endsWith(other)) : [],
    accepts: (fact) =>
      fact.id !== part.id &&
      !excluded.has(fact.id) &&
      fact.kind === part.kind &&
      isAdditive(context, fact) &&
      subjectsCompatible(fact.subject, part.subject) &&
      (fact.unit === part.unit || normalizeSubject(fact.subject) === normalizeSubject(part.subject)) &&
      qualifiedWithin(context, fact, part) &&
      !isRemainder(context, fact) &&
      !isSibling(context, part, fact)
  })
  // Unnamed, a whole that is itself a listed part is no surer than the list's own whole.
  return chosen.whole && isSubsetOfAnother(context, part, chosen.whole) ? {whole: null, ambiguous: true} : chosen
}

/**
 * Of the candidate wholes, the nearest before the part, else the only one
 * after it that is not described by a clause (`总投资70亿元的10个重点项目`
 * is a subset). Ambiguous when another candidate with the chosen one's
 * subject and period states a different value.
 */
function choose(context: RuleContext, part: Fact, candidates: Pool): {whole: Fact | null; ambiguous: boolean} {
  // `新生7,926人` in a headline and `录取新生7,926人` below are one number said twice, not a part and its whole.
  const pool = {...candidates, accepts: (fact: Fact) => candidates.accepts(fact) && !restates(part, fact)}
  const whole = nearestBefore(context, part, pool) ?? onlyAfter(context, part, pool)
  if (!whole) return {whole: null, ambiguous: false}
  const range = intervalOf(whole)
  if (!range) return {whole: null, ambiguous: false}
  const ambiguous = hasRival(context, whole, range, pool) || couldBeHeldElsewhere(context, part, whole, range, pool)
  return ambiguous ? {whole: null, ambiguous: true} : {whole, ambiguous: false}
}

/** `欧洲地区53万7,777人次(占3.23%)、非洲地区1万6,649人次`: items of one enumeration, none the whole of another. */
function isSibling(context: RuleContext, a: Fact, b: Fact): boolean {
  const gap = context.text.slice(Math.min(a.span[1], b.span[1]), Math.max(a.span[0], b.span[0]))
  return gap.includes('、') && !/[；;。：:]|其中/u.test(gap)
}

/** `其他地区3,398人次`, `other regions`: what is left of a list, a sibling of its parts and never their whole. */
function isRemainder(context: RuleContext, fact: Fact): boolean {
  const lead = context.text.slice(Math.max(0, fact.span[0] - 12), fact.span[0])
  return /(?:其他|其它|其余)[^，,；;。、\d]{0,8}$|\b(?:other|the rest of)\s+[^,;.\d]{0,20}$/iu.test(lead)
}

/**
 * `常住人口312.87万人。其中，城镇人口151.93万人…出生人口为3.09万人，出生率为9.88‰`:
 * the nearest candidate is itself a part of a `其中` list the part is not in,
 * so the part may be of that candidate or of the list's whole.
 */
function isSubsetOfAnother(context: RuleContext, part: Fact, whole: Fact): boolean {
  const holder = subsetHolding(context).get(whole)
  return holder !== undefined && !holder.parts.includes(part)
}

/** Whether `fact` states the same number of the same things as `part`. */
function restates(part: Fact, fact: Fact): boolean {
  if (normalizeSubject(fact.subject) !== normalizeSubject(part.subject)) return false
  const a = intervalOf(part)
  const b = intervalOf(fact)
  return a !== null && b !== null && overlaps(a, b)
}

/** The last candidate (in text order) that ends before the part starts. */
function nearestBefore(context: RuleContext, part: Fact, pool: Pool): Fact | null {
  let nearest: Fact | null = null
  for (const bucket of pool.buckets) {
    for (let index = firstFrom(bucket, part.span[0] + 1) - 1; index >= 0; index--) {
      const fact = bucket[index]!
      if (fact.span[1] > part.span[0] || !pool.accepts(fact)) continue
      if (!nearest || orderOf(context, fact) > orderOf(context, nearest)) nearest = fact
      break
    }
  }
  return nearest
}

/** The one candidate after the part that no clause describes, when there is exactly one. */
function onlyAfter(context: RuleContext, part: Fact, pool: Pool): Fact | null {
  let only: Fact | null = null
  for (const bucket of pool.buckets) {
    for (let index = firstFrom(bucket, part.span[1]); index < bucket.length; index++) {
      const fact = bucket[index]!
      if (isAttributive(context, fact) || !pool.accepts(fact)) continue
      if (only) return null
      only = fact
    }
  }
  return only
}

interface Ranged {
  fact: Fact
  range: Interval
}

/** A subject's facts in order of their range's top and, apart, of its bottom: sorted on first use. */
const byRange = new WeakMap<readonly Fact[], {byHigh: Ranged[]; byLow: Ranged[]}>()

function rangesOf(facts: readonly Fact[]): {byHigh: Ranged[]; byLow: Ranged[]} {
  let sorted = byRange.get(facts)
  if (!sorted) {
    const ranged = facts.flatMap((fact) => {
      const range = intervalOf(fact)
      return range ? [{fact, range}] : []
    })
    sorted = {byHigh: [...ranged].sort((a, b) => a.range.high - b.range.high), byLow: ranged.sort((a, b) => b.range.low - a.range.low)}
    byRange.set(facts, sorted)
  }
  return sorted
}

/**
 * Whether a candidate of the whole's subject and period states a value
 * outside the whole's range. Only facts whose range lies wholly below or
 * above it are looked at, smallest and largest first. (Every pool's whole
 * has a subject: each pool asks for one.)
 */
function hasRival(context: RuleContext, whole: Fact, range: Interval, pool: Pool): boolean {
  const subject = normalizeSubject(whole.subject)
  if (subject === null) return false
  const {byHigh, byLow} = rangesOf(factsOfSubject(context, whole.kind, subject))
  const period = contextPeriod(context, whole) ?? ''
  const rival = (fact: Fact) =>
    fact !== whole && !isAttributive(context, fact) && pool.accepts(fact) && (contextPeriod(context, fact) ?? '') === period
  for (const entry of byHigh) {
    if (entry.range.high >= range.low) break
    if (rival(entry.fact)) return true
  }
  for (const entry of byLow) {
    if (entry.range.low <= range.high) break
    if (rival(entry.fact)) return true
  }
  return false
}

/**
 * Whether the part exceeds the chosen whole while another candidate of its
 * subject, of whatever period, could hold it (`5月单月来台旅客61.3万人次` is
 * nearest, but `1至5月…318.6万人次` holds `东南亚旅客约93万人次`): then the
 * nearest is likely another period's figure, not this part's whole.
 */
function couldBeHeldElsewhere(context: RuleContext, part: Fact, whole: Fact, range: Interval, pool: Pool): boolean {
  const partRange = intervalOf(part)
  const subject = normalizeSubject(whole.subject)
  if (!partRange || partRange.low <= range.high || subject === null) return false
  const {byHigh} = rangesOf(factsOfSubject(context, whole.kind, subject))
  for (let index = byHigh.length - 1; index >= 0 && byHigh[index]!.range.high >= partRange.low; index--) {
    const fact = byHigh[index]!.fact
    if (fact !== whole && !isAttributive(context, fact) && pool.accepts(fact)) return true
  }
  return false
}

export interface Subset {
  whole: Fact
  parts: Fact[]
  /** Where the list of parts starts (after the marker) and ends (before `；`, `。` or the like). */
  from: number
  end: number
}

const subsetMarkerChinese = /其中|(?<=\d\s*[个家项户所座人名条辆宗])[^，,。；;\d]{0,12}?中(?=[，,])/gu
const subsetMarkerEnglish = /\b(of which|of whom|including|among them|among which)\b/giu

/** The whole of the gap between a total and its `其中` may not exceed this many characters. */
const subsetReach = 48

/**
 * `共有111个项目,其中88个…、23个…`, `全市67家规上工业企业中，49家…`: a
 * total and the parts after the marker (`其中`, `…中，`, `of which`) to the
 * end of the sentence, each with the total's kind and unit. The total is the
 * last such number before the marker, in its sentence or the one before.
 */
export const subsets = perContext((context): Subset[] => {
  const english = languageOf(context) === 'en'
  const marker = english ? subsetMarkerEnglish : subsetMarkerChinese
  const terminator = english ? /[!?;\n]|\.(?=\s|$)/u : /[。！？!?；;\n]/u
  const found: Subset[] = []
  for (const match of context.text.matchAll(marker)) {
    const at = match.index
    const end = searchEnd(context, at, terminator)
    const nested = inNestedBreakdown(context, [at, at])
    // Outside a bracketed breakdown, its figures are another list's (`国内航线…(其中港澳…1098.6万人次)；国际航线…`).
    const after = factsWithin(context, at + match[0].length, end).filter((fact) => isAdditive(context, fact) && (nested || !inNestedBreakdown(context, fact.span)))
    const byUnit = new Map<string, Fact[]>()
    for (const fact of after) {
      const key = `${fact.kind}\u0000${fact.unit ?? ''}`
      const parts = byUnit.get(key)
      if (parts) parts.push(fact)
      else byUnit.set(key, [fact])
    }
    for (const parts of byUnit.values()) {
      const sample = parts[0]!
      const whole = lastFactBefore(
        context,
        at,
        (fact) => fact.kind === sample.kind && fact.unit === sample.unit && isAdditive(context, fact),
        at - subsetReach
      )
      // A net figure below zero (`自然增加为负2万1,581人`) is nobody's total.
      if (!whole || (whole.value as number) < 0) continue
      // The whole is in the marker's sentence, or the marker opens the next one.
      const gap = context.text.slice(whole.span[1], at)
      const breaks = gap.split(terminator).length - 1
      if (gap.length > subsetReach || breaks > 1 || (breaks === 1 && !terminatesAtEnd(gap, terminator))) continue
      found.push({whole, parts, from: at + match[0].length, end})
    }
  }
  return found
})

/** The first subset listing each part. */
const subsetHolding = perContext((context) => {
  const holding = new Map<Fact, Subset>()
  for (const subset of subsets(context)) {
    for (const part of subset.parts) if (!holding.has(part)) holding.set(part, subset)
  }
  return holding
})

function terminatesAtEnd(gap: string, terminator: RegExp): boolean {
  const trimmed = gap.replace(/[\s”’"')）]+$/u, '')
  const last = trimmed.at(-1)
  return last !== undefined && terminator.test(last === '.' ? '. ' : last)
}

/**
 * The value a change describes when it follows one in its sentence
 * (`地区生产总值2,856.4亿元，同比增长5.2%`, `净利润9.82亿元，较上年同期的
 * 4.91亿元翻了一番`): the nearest earlier count or amount, passing over
 * dates, other changes and the bases of comparisons. Null when another
 * kind of number comes first.
 */
export function valueOfChange(context: RuleContext, change: Fact): Fact | null {
  if (change.kind !== 'change') return null
  const before = factsInSentenceBefore(context, change, change)
  for (let index = before.length - 1; index >= 0; index--) {
    const fact = before[index]!
    if (fact.kind === 'date' || fact.kind === 'change' || isBase(context, fact)) continue
    return quantityKinds.has(fact.kind) && !isAttributive(context, fact) ? fact : null
  }
  return null
}
