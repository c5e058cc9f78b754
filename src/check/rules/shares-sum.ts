import type {Check, Fact} from '../../types.js'
import {formatInterval, formatNumber, intervalOf, overlaps, type Interval} from '../numbers.js'
import type {Rule, RuleContext} from '../rule.js'
import {isShareSubject} from '../subjects.js'
import {between, languageOf, sentenceOf, textOf} from '../text.js'

const id = 'shares-sum'

export const sharesSum: Rule = {
  id,
  description:
    'Shares of one whole stated together (`分别占30%、45%、25%`, `占比`, `accounting for`) sum to at most 100%; exactly 100% is consistent, less is unverifiable (the list may be partial)',
  run(context) {
    const checks: Check[] = []
    for (const group of shareGroups(context)) {
      const ranges = group.map(intervalOf)
      if (group.length < 2 || ranges.some((range) => range === null)) continue
      const sum: Interval = {
        low: (ranges as Interval[]).reduce((total, range) => total + range.low, 0),
        high: (ranges as Interval[]).reduce((total, range) => total + range.high, 0)
      }
      const point = group.reduce((total, fact) => total + (fact.value as number), 0)
      const addition = `${group.map((fact) => `${formatNumber(fact.value as number, 4)}%`).join(' + ')} = ${formatNumber(point, 4)}% (${formatInterval(sum, 2)}% at stated precision)`
      const base = {rule: id, facts: group.map((fact) => fact.id), expected: 100, actual: point}
      if (sum.low > 100) checks.push({...base, verdict: 'inconsistent', message: `${addition} > 100%; shares of one whole cannot exceed 100%`})
      else if (overlaps(sum, {low: 100, high: 100})) checks.push({...base, verdict: 'consistent', message: `${addition}, the whole`})
      else checks.push({...base, verdict: 'unverifiable', message: `${addition} < 100%; the rest may be shares not listed`})
    }
    return checks
  }
}

const shareCueChinese = /占([^,，;；、。]{0,10}?)(?:的)?(?:比重|比例)?(?:分别)?(?:为|是|达到|达)?$/u
const shareCueEnglish = /\b(?:accounting for|accounted for|accounts? for|making up|makes? up|a share of|shares? of)\s*$/iu
/** Words that nest a share within another (`采矿业占比达96.05%…特别是煤炭开采和洗选业占比为95.56%`). */
const nesting = /其中|特别是|尤其是|主要是|of which|including|among them|in particular/iu
const listJoin = /^\s*(?:[、,，和及与]|and|,\s*and)\s*$/iu

/**
 * Percents in one sentence that are shares of the same whole: each with a
 * share subject or cue (`占全区GDP的`), or continuing such a list (`、`). A
 * sentence with `其中` or `特别是` nests shares within shares and is skipped.
 */
function shareGroups(context: RuleContext): Fact[][] {
  const english = languageOf(context) === 'en'
  const cue = english ? shareCueEnglish : shareCueChinese
  const bySentence = new Map<string, Array<{fact: Fact; whole: string}>>()
  let previous: {fact: Fact; whole: string} | null = null
  for (const fact of context.facts) {
    if (fact.kind !== 'percent' || typeof fact.value !== 'number') continue
    const sentence = sentenceOf(context, fact)
    if (nesting.test(textOf(context, sentence))) continue
    const before = context.text.slice(Math.max(sentence[0], fact.span[0] - 16), fact.span[0])
    const match = cue.exec(before)
    let entry: {fact: Fact; whole: string} | null = null
    if (match) entry = {fact, whole: english ? '' : (match[1] ?? '').replace(/^(了|全部)/u, '')}
    else if (isShareSubject(fact.subject)) entry = {fact, whole: ''}
    else if (previous && listJoin.test(between(context, previous.fact, fact))) entry = {fact, whole: previous.whole}
    previous = entry
    if (!entry) continue
    const key = `${sentence[0]}:${entry.whole}`
    const group = bySentence.get(key)
    if (group) group.push(entry)
    else bySentence.set(key, [entry])
  }
  return [...bySentence.values()].map((entries) => entries.map((entry) => entry.fact))
}
