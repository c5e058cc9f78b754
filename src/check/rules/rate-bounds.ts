import {describeStated, formatNumber, intervalOf} from '../numbers.js'
import type {Rule} from '../rule.js'
import {isBoundedRate} from '../subjects.js'

const id = 'rate-bounds'

export const rateBounds: Rule = {
  id,
  description:
    'A completion or share rate (`办结率`, `占比`, `completion rate`) lies between 0% and 100%; growth, price and plan-fulfilment rates may exceed 100% and are not checked',
  run(context) {
    return context.facts.flatMap((fact) => {
      if (fact.kind !== 'percent' || typeof fact.value !== 'number' || !isBoundedRate(fact.subject)) return []
      const range = intervalOf(fact)
      if (!range) return []
      const subject = fact.subject!.trim()
      const stated = describeStated(fact, fact.value, '%')
      const over = range.low > 100
      const under = range.high < 0
      return [
        {
          rule: id,
          verdict: over || under ? 'inconsistent' : 'consistent',
          facts: [fact.id],
          message: over
            ? `${subject}: ${stated} > 100%; a share of a whole cannot exceed 100%`
            : under
              ? `${subject}: ${stated} < 0%; a share of a whole cannot be negative`
              : `${subject}: 0% ≤ ${formatNumber(fact.value, 4)}% ≤ 100%`,
          expected: over ? 100 : under ? 0 : fact.value,
          actual: fact.value
        }
      ]
    })
  }
}
