import {describeStated, formatNumber, intervalOf} from '../numbers.js'
import type {Fact} from '../../types.js'
import type {Rule, RuleContext} from '../rule.js'
import {sentenceOf} from '../text.js'
import {isBoundedRate} from '../subjects.js'

const id = 'rate-bounds'

/**
 * A bank's reserves over its bad loans (`備抵呆帳占逾期放款之覆蓋率為869.95%`,
 * `拨备覆盖率`, `provision coverage`): a coverage ratio, not a share, often
 * far above 100%. Its name is often only `覆盖率`, so the sentence decides.
 */
function isReserveCoverage(context: RuleContext, fact: Fact): boolean {
  // The sentence, not the clause: `…之覆蓋率為869.95%，較上月底854.28%增加15.67個百分點`.
  const lead = context.text.slice(sentenceOf(context, fact)[0], fact.span[0])
  return /备抵|拨备|呆帐|呆账|坏账|准备金|provision|allowance|reserve/iu.test(`${fact.subject ?? ''} ${lead}`)
}

export const rateBounds: Rule = {
  id,
  description:
    'A completion or share rate (`办结率`, `占比`, `completion rate`) lies between 0% and 100%; growth, price and plan-fulfilment rates and reserve coverage ratios (`拨备覆盖率`) may exceed 100% and are not checked',
  run(context) {
    return context.facts.flatMap((fact) => {
      if (fact.kind !== 'percent' || typeof fact.value !== 'number' || !isBoundedRate(fact.subject) || isReserveCoverage(context, fact)) return []
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
