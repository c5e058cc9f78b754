import type {Check, Fact} from '../../types.js'
import {resolveRelative} from '../dates.js'
import type {Rule, RuleContext} from '../rule.js'

const id = 'relative-date'

export const relativeDate: Rule = {
  id,
  description: 'A relative date resolves against the publication date (`去年12月` in an article of 2023-02-20 is 2022-12)',
  run(context) {
    return context.facts.flatMap((fact): Check[] => {
      if (fact.kind !== 'date' || !fact.relative || namesComparisonBase(context, fact)) return []
      const expression = fact.relative.trim()
      if (!context.publishedAt || fact.resolved === false) {
        const known = resolveRelative(expression, '2000-01-01') !== null
        if (!known) return []
        return [{rule: id, verdict: 'unverifiable', facts: [fact.id], message: `${expression} is relative, and the publication date is not known`}]
      }
      const resolved = resolveRelative(expression, context.publishedAt)
      if (!resolved || typeof fact.value !== 'string') return []
      const value = fact.value.trim()
      const agrees = value.startsWith(resolved.iso) || resolved.iso.startsWith(value)
      return [
        {
          rule: id,
          verdict: agrees ? 'consistent' : 'inconsistent',
          facts: [fact.id],
          message: agrees
            ? `${expression} = ${value}: published ${context.publishedAt}, ${resolved.reason}`
            : `${expression} is given as ${value}, but published ${context.publishedAt} it is ${resolved.iso}: ${resolved.reason}`,
          expected: resolved.iso,
          actual: value
        }
      ]
    })
  }
}

/**
 * `较上年度增加`, `比去年同期提高`, `up from last year`: the year names the
 * base of a comparison, relative to the period reported (a budget year, a
 * quarter), not to the publication date.
 */
function namesComparisonBase(context: RuleContext, fact: Fact): boolean {
  const before = context.text.slice(Math.max(0, fact.span[0] - 16), fact.span[0])
  const after = context.text.slice(fact.span[1], fact.span[1] + 3)
  return /(比|较|同比|与|相比|对比)\s*$/u.test(before) || /^\s*(同期|相比)/u.test(after) || /\b(from|than|compared with|over)\s*$/iu.test(before)
}
