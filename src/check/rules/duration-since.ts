import type {Check, Fact} from '../../types.js'
import {isoRange, unitDays} from '../dates.js'
import {formatInterval, intervalOf, overlaps} from '../numbers.js'
import type {Rule, RuleContext} from '../rule.js'
import {languageOf, paragraphOf} from '../text.js'

const id = 'duration-since'

export const durationSince: Rule = {
  id,
  description:
    'A duration up to now (`两个多月以来`, `over the past two months`) matches the time from the stated starting date (`从去年12月开始`) to publication',
  run(context) {
    const starts = context.facts.filter((fact) => isStart(context, fact))
    const checks: Check[] = []
    for (const duration of context.facts) {
      if (duration.kind !== 'duration' || !isUpToNow(context, duration)) continue
      const days = duration.unit ? unitDays[duration.unit] : undefined
      // With several starting points the duration could count from any of them.
      const start = onlyStartBefore(starts, duration)
      if (days === undefined || !start) continue
      const startRange = isoRange(start.value)
      const claimed = intervalOf(duration)
      if (!startRange || !claimed) continue
      const startText = (start.relative ?? start.text).trim()
      const base = {rule: id, facts: [duration.id, start.id]}
      const published = context.publishedAt ? isoRange(context.publishedAt) : null
      if (!published) {
        checks.push({...base, verdict: 'unverifiable', message: `${duration.text.trim()} since ${startText}: the publication date is not known`})
        continue
      }
      const elapsed = {low: (published.start - startRange.end) / dayMs / days, high: (published.end - startRange.start) / dayMs / days}
      const agrees = overlaps(elapsed, claimed)
      // A start elsewhere may begin another period (`今年以来…` then `为近三年来最好开局`, `since 2011-12`
      // then `over the last 15 years`, `第二季以来…；…近兩個月來`): only a stated beginning (`从去年12月开始`)
      // or one in the duration's own clauses, with no `；` or full stop between, can prove the duration wrong.
      if (!agrees && !sameStatement(context, start, duration) && !isStatedBeginning(context, start)) continue
      const arithmetic = `${startText} (${String(start.value)}) to publication (${context.publishedAt}) is ${formatInterval(elapsed, 1)} ${duration.unit}s; ${duration.text.trim()} is ${formatInterval(claimed, 1)} ${duration.unit}s`
      checks.push({
        ...base,
        verdict: agrees ? 'consistent' : 'inconsistent',
        message: agrees ? arithmetic : `${arithmetic}, which do not overlap`,
        expected: formatInterval(elapsed, 1),
        actual: typeof duration.value === 'number' ? duration.value : duration.text.trim()
      })
    }
    return checks
  }
}

const dayMs = 86_400_000

/** The one starting date that ends before the duration, or null when there are none or several. */
function onlyStartBefore(starts: readonly Fact[], duration: Fact): Fact | null {
  let only: Fact | null = null
  for (const start of starts) {
    // Starts are in text order: those from the duration on cannot end before it.
    if (start.span[0] > duration.span[0]) break
    if (start.span[1] > duration.span[0]) continue
    if (only) return null
    only = start
  }
  return only
}

/** Whether nothing stronger than a comma parts two facts: a `；`, a full stop or a paragraph break makes two statements. */
function sameStatement(context: RuleContext, a: Fact, b: Fact): boolean {
  return !/[；;。！？!?\n]|\.(?=\s)/u.test(context.text.slice(Math.min(a.span[1], b.span[1]), Math.max(a.span[0], b.span[0])))
}

/** `从去年12月开始`, `自2022年起`, `starting in December`: a date said to begin something still going on. */
function isStatedBeginning(context: RuleContext, fact: Fact): boolean {
  const {before, after} = around(context, fact)
  if (languageOf(context) === 'en') return /\bstarting(?: in| from)?\s+$/iu.test(before)
  return /(从|自|自从)\s*$/u.test(before) && /^(开始|起)/u.test(after)
}

/** The words just before and after a date, where a start is said. */
function around(context: RuleContext, fact: Fact): {before: string; after: string} {
  return {
    before: context.text.slice(Math.max(0, fact.span[0] - 14), fact.span[0]),
    after: context.text.slice(fact.span[1], fact.span[1] + 4)
  }
}

/** `从去年12月开始`, `自2022年以来`, `since December`: a date that starts a period. */
function isStart(context: RuleContext, fact: Fact): boolean {
  if (fact.kind !== 'date') return false
  const {before, after} = around(context, fact)
  if (languageOf(context) === 'en') return /\b(since|starting(?: in| from)?|beginning(?: in)?|from)\s+$/iu.test(before)
  return /(从|自|自从|打)\s*$/u.test(before) || /^(开始|以来|起)/u.test(after)
}

/** `两个多月以来`, `近两个月来`, `over the past two months`: a duration ending at publication. */
function isUpToNow(context: RuleContext, fact: Fact): boolean {
  const before = context.text.slice(Math.max(0, fact.span[0] - 20), fact.span[0])
  const after = context.text.slice(fact.span[1], fact.span[1] + 12)
  if (languageOf(context) === 'en') {
    return /\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?:more than\s+|nearly\s+|about\s+)?$/iu.test(before) || /^\s+(?:since|so far|to date)\b/iu.test(after)
  }
  return /^(?:以来|来|至今)/u.test(after) || /(?:以来|来|至今)$/u.test(fact.text.trim())
}
