import type {Check, Fact, Span} from '../../types.js'
import {conversionFactor, restatementOf} from '../brackets.js'
import {bare, formatNumber, intervalOf, inUnitsOf, overlaps, sameStated, shownDecimals, type Interval} from '../numbers.js'
import {valueOfChange} from '../pairing.js'
import {againstDate, contextPeriod, signedValue} from '../period.js'
import type {Rule, RuleContext} from '../rule.js'
import {normalizeSubject} from '../subjects.js'
import {factsWithin, orderOf} from '../layout.js'
import {clauseOf, escapeRegExp, frameOf, headingsOf, headlineOf, isAttributive, isBase, isPerUnit, shiftingQualifiers, textOf} from '../text.js'

const id = 'repeated-value'

export const repeatedValue: Rule = {
  id,
  description:
    'The same metric of the same subject and period, stated more than once in an article, has one value within stated precision (two body statements that disagree are unverifiable: real releases restate a subject for scopes and periods only their layout marks; a headline that disagrees with the body is inconsistent). Said differently it is another metric: a subset (`总投资70亿元的10个重点项目`), another verb or base (`需办理` vs `办结`, `按月` vs `按年`), the base of a comparison (`较上年同期的4.91亿元`). A headline figure is compared with the article\'s value of that metric, whatever the verb; when the article gives several, with the one said as the headline says it (`4月失业率3.50%` with `失业率为3.50%`, not `15至24岁青年失业率为11.67%`). There a change after a value is that value\'s subject\'s (`地区生产总值2,856.4亿元，同比增长5.2%`), and `同比`, `按年`, `较上年同期`, `去年` are one base, the one a bare `增长` means. An adjusted figure (`经季节调整后`, `扣除非经常性损益后`) is another metric. A figure restated in brackets in other units (`118969千公顷（178453万亩）`) agrees once converted. A section heading (`一、广义货币增长8.7%`), and with no headline given the opening line or a short lead paragraph, is compared with its section as a headline is with the article. A figure said again in the same words (lead and body) is reported when it agrees; when it does not, it is unverifiable (releases repeat their words for other periods and bases)',
  run(context) {
    const checks: Check[] = []
    for (const group of metricGroups(context).values()) {
      if (group.length < 2) continue
      const first = group[0]!
      const disagreeing = group.slice(1).find((entry) => !sameStated(entry, first))
      const subject = first.fact.subject!.trim()
      if (disagreeing) {
        // Real releases restate a subject for sub-scopes and other periods the text marks only by its layout
        // (a table row, a bracket, 同口径, a year-to-date figure): two body values are no proof of an error.
        checks.push({
          rule: id,
          verdict: 'unverifiable',
          facts: [disagreeing.fact.id, first.fact.id],
          message: `${subject} is stated as ${disagreeing.fact.text.trim()} and, earlier, as ${first.fact.text.trim()}; the same metric, or another scope or period the text does not mark`
        })
      } else {
        const values = group.map((entry) => entry.fact.text.trim())
        checks.push({
          rule: id,
          verdict: 'consistent',
          facts: group.map((entry) => entry.fact.id),
          message: `${subject} is stated ${group.length} times (${values.join(', ')}), and the values agree`
        })
      }
    }
    const headline = headlineChecks(context)
    // A pair the other readings already compare is not compared again.
    const compared = new Set([...checks, ...headline].flatMap((check) => check.facts))
    const verbatim = verbatimRestatements(context).filter((check) => !check.facts.every((fact) => compared.has(fact)))
    return [...checks, ...headline, ...unitRestatements(context), ...verbatim]
  }
}

/** The longest clause opening compared word for word. */
const maxLead = 160

/** Words that point at a period already named (`该月`, `同期`): the period is compared apart. */
const periodWords = /该月|当月|本月|同月|该季|本季|该年|当年|本年|今年|同期|[\d０-９]+\s*(?:年|月份?|季度|日)|[-—－至到]|\s/gu

/**
 * `2月份存款總額減少0.5%` in the lead and `2月份存款總額減少0.5%` in the body:
 * a figure said again in the same words (the clause before it, naming its
 * subject, and no two periods) is likely the same metric, whatever else
 * the article says of its subject: agreement is reported. Real releases
 * repeat their words for the month and the year to date, year-on-year and
 * month-on-month (`工业生产指数…减少2.77%`, `…减少3.99%`), so disagreement
 * proves nothing.
 */
function verbatimRestatements(context: RuleContext): Check[] {
  const byWording = new Map<string, Fact[]>()
  const headline = headlineOf(context)
  for (const fact of context.facts) {
    if (!metricKinds.has(fact.kind) || typeof fact.value !== 'number') continue
    // The headline is compared by its own reading (`headlineChecks`).
    if (headline && fact.span[1] <= headline[1]) continue
    const subject = normalizeSubject(fact.subject)
    const numeral = fact.text.search(/[\d０-９]/u)
    const leadStart = clauseOf(context, fact)[0]
    const leadEnd = fact.span[0] + Math.max(0, numeral)
    // Words said again are a clause's opening, not the tail of a list of hundreds (`增长5%、6%、7%…`).
    if (leadEnd - leadStart > maxLead) continue
    const lead = context.text.slice(leadStart, leadEnd).replace(periodWords, '')
    if (!subject || lead.length < 6 || !lead.toLowerCase().includes(subject) || generic.test(subject)) continue
    // An adjusted figure (`经季节性调整后`) is another metric, even in the same words.
    const key = [fact.kind, fact.unit ?? '', lead, fact.text.slice(numeral).replace(/[\d０-９.,，]+/gu, '#'), ...shiftingQualifiers(context, fact)].join('\u0000')
    // Appended in place: copying the group for every fact is quadratic in an article that repeats a sentence.
    const group = byWording.get(key)
    if (group) group.push(fact)
    else byWording.set(key, [fact])
  }
  const checks: Check[] = []
  for (const [first, ...again] of byWording.values()) {
    if (!first || again.length === 0) continue
    // The same words of two periods (`该月` is whichever month the paragraph is about) are two metrics.
    const periods = new Set([first, ...again].map((fact) => contextPeriod(context, fact)).filter((period) => period !== null))
    if (periods.size > 1) continue
    const firstRange = intervalOf({...first, value: signedValue(first) as number})!
    const disagreeing = again.find((fact) => !sameStated({fact, range: intervalOf({...fact, value: signedValue(fact) as number})!}, {fact: first, range: firstRange}))
    const subject = first.subject!.trim()
    checks.push(
      disagreeing
        ? {
            rule: id,
            verdict: 'unverifiable',
            facts: [disagreeing.id, first.id],
            message: `${subject} is stated in the same words as ${disagreeing.text.trim()} and, earlier, as ${first.text.trim()}; the same metric, or another period or base the words do not mark`
          }
        : {
            rule: id,
            verdict: 'consistent',
            facts: [first.id, ...again.map((fact) => fact.id)],
            message: `${subject} is stated ${again.length + 1} times in the same words (${[first, ...again].map((fact) => fact.text.trim()).join(', ')}), and the values agree`
          }
    )
  }
  return checks
}

const restatable = new Set<Fact['kind']>(['amount', 'count', 'change', 'duration'])

/**
 * `118969千公顷（178453万亩）`, `增加888万吨（178亿斤）`: a figure restated in
 * brackets in other units of the same dimension agrees with itself once
 * converted (1 公顷 = 15 亩, 1 吨 = 2000 斤), within the precision of each.
 */
function unitRestatements(context: RuleContext): Check[] {
  const checks: Check[] = []
  for (const host of context.facts) {
    const found = restatementOf(context, host)
    if (!found) continue
    const {restated} = found
    if (!restatable.has(host.kind) || !restatable.has(restated.kind) || !host.unit || !restated.unit || host.unit === restated.unit) continue
    const factor = conversionFactor(host.unit, restated.unit)
    const hostRange = intervalOf(host)
    const restatedRange = intervalOf(restated)
    if (factor === null || !hostRange || !restatedRange || typeof host.value !== 'number' || typeof restated.value !== 'number') continue
    const converted = {low: hostRange.low * factor, high: hostRange.high * factor}
    const agree = overlaps(converted, restatedRange)
    const point = inUnitsOf(host.value * factor, restated, shownDecimals(restated)) ?? formatNumber(host.value * factor, 2)
    checks.push({
      rule: id,
      verdict: agree ? 'consistent' : 'inconsistent',
      facts: [host.id, restated.id],
      message: `${bare(host)} is ${point} (1 ${host.unit} = ${formatNumber(factor, 4)} ${restated.unit}), ${agree ? 'matching' : 'not matching'} ${bare(restated)} restated in brackets`,
      expected: Number(formatNumber(host.value * factor, 4)),
      actual: restated.value
    })
  }
  return checks
}

/**
 * A headline restates figures of the article, more briefly: under another
 * verb and often without the date (`南州大学今年本科录取新生7,926人` over
 * `共录取新生7,926人`). Each headline figure is compared with the article's
 * figures of that metric (kind, unit, subject, scope, basis, and period
 * where both state one), when the article gives the metric one value or
 * one said as the headline says it (`plainest`). A section's heading
 * (`一、广义货币增长8.7%`) sums up its section as a headline does.
 */
function headlineChecks(context: RuleContext): Check[] {
  const headline = headlineOf(context)
  const summaries: Array<{heading: Span; body: Span; where: string}> = headline ? [{heading: headline, body: [headline[1], context.text.length], where: 'the headline'}] : []
  for (const {heading, body, role} of headingsOf(context)) summaries.push({heading, body, where: role === 'heading' ? 'a heading' : `the ${role}`})
  if (summaries.length === 0) return []
  const entries = context.facts.flatMap((fact, index) => {
    const entry = metricEntry(context, fact, context.facts[index + 1], true)
    return entry ? [entry] : []
  })
  const checks: Check[] = []
  for (const {heading, body, where} of summaries) {
    const within = (span: Span) => (entry: Entry) => entry.fact.span[0] >= span[0] && entry.fact.span[1] <= span[1]
    const inBody = entries.filter(within(body))
    for (const stated of entries.filter(within(heading))) {
      const same = plainest(context, stated.fact, inBody.filter((entry) => sameMetric(context, stated.fact, entry.fact)))
      const first = same[0]
      // Several values in the article, said alike: which one the headline sums up is not known.
      if (!first || same.some((entry) => !sameStated(entry, first))) continue
      const subject = stated.fact.subject!.trim()
      const headlineText = stated.fact.text.trim()
      const bodyText = first.fact.text.trim()
      checks.push(
        sameStated(stated, first)
          ? {
              rule: id,
              verdict: 'consistent',
              facts: [stated.fact.id, ...same.map((entry) => entry.fact.id)],
              message: `${subject} is stated in ${where} as ${headlineText} and in the ${where === 'a heading' ? 'section' : 'article'} as ${bodyText}, and the values agree`
            }
          : {
              rule: id,
              verdict: 'inconsistent',
              facts: [stated.fact.id, first.fact.id],
              message: `${subject} is stated in ${where} as ${headlineText}, but in the ${where === 'a heading' ? 'section' : 'article'} as ${bodyText}; one metric cannot have two values`,
              expected: bodyText,
              actual: headlineText
            }
      )
    }
  }
  return checks
}

function sameMetric(context: RuleContext, a: Fact, b: Fact): boolean {
  if (a.kind !== b.kind || a.unit !== b.unit || (a.scope ?? '') !== (b.scope ?? '')) return false
  // `日均客运量102.6万人次` is not the `客运量` of a headline.
  if (isPerUnit(context, a) !== isPerUnit(context, b)) return false
  if (normalizeSubject(a.subject) !== normalizeSubject(b.subject)) return false
  if (!sameBasis(a, basisWords(context, a), basisWords(context, b))) return false
  // A headline often gives no date: then the article's figure of the metric is the one it sums up.
  const periods = [contextPeriod(context, a), contextPeriod(context, b)]
  return periods[0] === null || periods[1] === null || periods[0] === periods[1]
}

/** A fact's shifting qualifiers; a change after its value (`扣除非经常性损益后的净利润8.75亿元，增长87.3%`) has the value's too. */
function basisWords(context: RuleContext, fact: Fact): string[] {
  const value = fact.kind === 'change' ? valueOfChange(context, fact) : null
  const words = value ? [...shiftingQualifiers(context, fact), ...shiftingQualifiers(context, value)] : shiftingQualifiers(context, fact)
  return [...new Set(words)].sort()
}

/**
 * Whether two statements share their period or basis words. For a change,
 * `同比`, `按年`, `较上年同期` and `去年` name one base, and a statement
 * that names none (`净利润翻了一番` over `较上年同期的4.91亿元翻了一番`)
 * means it too: a headline drops the base as it drops the date.
 */
function sameBasis(fact: Fact, a: readonly string[], b: readonly string[]): boolean {
  if (fact.kind !== 'change') return a.join('+') === b.join('+')
  const [x, y] = [againstDate(a), againstDate(b)]
  // An unstated base is a year ago, as news says a bare `增长`: never the month before.
  return x.rest.join('+') === y.rest.join('+') && (x.base ?? 'year') === (y.base ?? 'year')
}

/**
 * Of the article's several values of a headline's metric, those said as the
 * headline says it: nothing narrows the subject beyond the headline's own
 * words (`失业率为3.50%` for `4月失业率3.50%`, not `经季节调整后失业率为
 * 3.54%` or `15至24岁青年失业率为11.67%`), else the same wording (`翻了一番`,
 * not `增长87.3%`). All of them when they agree or when none is said alike.
 */
function plainest(context: RuleContext, headline: Fact, same: Entry[]): Entry[] {
  const words = textOf(context, clauseOf(context, headline))
  const tests = [
    (fact: Fact) => {
      const lead = leadOf(context, fact)
      return lead === '' || words.includes(lead)
    },
    (fact: Fact) => wording(fact) === wording(headline)
  ]
  let plain = same
  for (const saidAlike of tests) {
    const first = plain[0]
    if (!first || plain.every((entry) => sameStated(entry, first))) return plain
    const narrowed = plain.filter((entry) => saidAlike(entry.fact))
    if (narrowed.length > 0) plain = narrowed
  }
  return plain
}

/** A fact's words without its number: `翻了一番` -> `翻了番`, `同比增长5.2%` -> `同比增长%`. */
function wording(fact: Fact): string {
  return fact.text.replace(/[\s\d０-９.,，．一二三四五六七八九十两百千万亿零〇]/gu, '')
}

/** Words before a fact's subject in its clause (for a change after a value, the value's), without numbers and filler. */
function leadOf(context: RuleContext, fact: Fact): string {
  const said = fact.kind === 'change' && !namesItsSubject(context, fact) ? (valueOfChange(context, fact) ?? fact) : fact
  const [start] = clauseOf(context, said)
  let lead = context.text.slice(start, said.span[0])
  const subject = said.subject?.trim()
  const at = subject ? lead.lastIndexOf(subject) : -1
  if (at !== -1) lead = lead.slice(0, at)
  for (const other of factsWithin(context, start, said.span[0])) lead = lead.replace(other.text, '')
  return lead.replace(leadFiller, '')
}

const leadFiller = /全[区市县省镇乡国]|本[区市县]|共计|总共|一共|合计|共有|共|实现|完成|录得|[\s\d.,，、“”"'()（）%％]/gu

const metricKinds = new Set<Fact['kind']>(['amount', 'count', 'percent', 'change', 'rank', 'ratio'])

/** Subjects that name no metric by themselves (`比重` of what?). */
const generic = /^(比重|占比|比例|份额|总值|总额|总量|总数|增速|增幅|涨幅|降幅|rate|share|proportion|percentage|total|growth)$/iu

interface Entry {
  fact: Fact
  range: Interval
}

/**
 * Facts of the article (the headline is compared on its own) grouped by
 * what they measure: kind, unit, subject, scope, period and how they are said.
 */
function metricGroups(context: RuleContext): Map<string, Entry[]> {
  const headline = headlineOf(context)
  const byMetric = new Map<string, Entry[]>()
  context.facts.forEach((fact, index) => {
    if (headline && fact.span[0] >= headline[0] && fact.span[1] <= headline[1]) return
    const entry = metricEntry(context, fact, context.facts[index + 1])
    if (!entry) return
    const key = metricKey(context, fact)
    const group = byMetric.get(key)
    if (group) group.push(entry)
    else byMetric.set(key, [entry])
  })
  // How each is said is worked out only where a metric is stated more than once.
  const groups = new Map<string, Entry[]>()
  const entries = [...byMetric.values()].filter((list) => list.length >= 2).flat()
  // In text order, so that groups come out in the order of their first statement.
  entries.sort((a, b) => orderOf(context, a.fact) - orderOf(context, b.fact))
  for (const entry of entries) {
    const key = `${metricKey(context, entry.fact)}\u0000${frameOf(context, entry.fact)}`
    const group = groups.get(key)
    if (group) group.push(entry)
    else groups.set(key, [entry])
  }
  return groups
}

function metricKey(context: RuleContext, fact: Fact): string {
  return [fact.kind, fact.unit ?? '', normalizeSubject(fact.subject), fact.scope ?? '', contextPeriod(context, fact) ?? ''].join('\u0000')
}

/** A fact that states a metric of its own, with its range; null for a subset, a base, a generic subject or a change that does not name its subject. */
function metricEntry(context: RuleContext, fact: Fact, next: Fact | undefined, afterValue = false): Entry | null {
  if (!metricKinds.has(fact.kind) || isAttributive(context, fact) || isPartOfNext(context, fact, next)) return null
  if (fact.kind === 'change' ? !namesItsSubject(context, fact) && !(afterValue && describesValueOfSubject(context, fact)) : isBase(context, fact)) return null
  const subject = normalizeSubject(fact.subject)
  const signed = signedValue(fact)
  if (!subject || generic.test(subject) || signed === null) return null
  const range = intervalOf({...fact, value: signed})
  return range ? {fact, range} : null
}

/** `地区生产总值2,856.4亿元，同比增长5.2%`: a change after a value of its own subject is that subject's. */
function describesValueOfSubject(context: RuleContext, change: Fact): boolean {
  const value = valueOfChange(context, change)
  return value !== null && normalizeSubject(value.subject) !== null && normalizeSubject(value.subject) === normalizeSubject(change.subject)
}

/** `two of its four subway lines`, `3 of the 12 members`: a count of some of what the next number counts. */
function isPartOfNext(context: RuleContext, fact: Fact, next: Fact | undefined): boolean {
  if (!next || next.kind !== fact.kind || next.span[0] < fact.span[1]) return false
  return /^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|these\s+|those\s+)?$/iu.test(context.text.slice(fact.span[1], next.span[0]))
}

/**
 * A change is one metric's only when its subject is written right before it
 * (`营业额增长14%`). After a value (`收入31,208元，增长5.1%`) it describes
 * that value, and which subject that is was inferred, not stated.
 */
function namesItsSubject(context: RuleContext, fact: Fact): boolean {
  const subject = fact.subject?.trim()
  if (!subject) return false
  const before = context.text.slice(Math.max(0, fact.span[0] - subject.length - 4), fact.span[0])
  return new RegExp(`${escapeRegExp(subject)}\\s*(?:同比|按年|按月|环比|year-on-year|has|have|had|was|were)?\\s*$`, 'iu').test(before)
}
