import type {Check, Fact} from '../../types.js'
import {intervalOf} from '../numbers.js'
import type {Rule} from '../rule.js'
import {isPlanSubject, measuresSameAs, totalStem} from '../subjects.js'
import {factsInSentence} from '../text.js'

const id = 'plan-within-total'

export const planWithinTotal: Rule = {
  id,
  description:
    'A yearly plan or phase cannot exceed the total it belongs to, stated in the same sentence (`总投资593亿元,年度计划投资133亿元`: 133亿 ≤ 593亿)',
  run(context) {
    const checks: Check[] = []
    for (const plan of context.facts) {
      if (!isQuantity(plan) || !isPlanSubject(plan.subject) || totalStem(plan.subject)) continue
      const totals = factsInSentence(context, plan).filter(
        (fact) =>
          fact !== plan && fact.kind === plan.kind && fact.unit === plan.unit && isQuantity(fact) && measuresSameAs(plan.subject, fact.subject)
      )
      // Two totals in one sentence: which one the plan belongs to is a guess.
      if (totals.length !== 1) continue
      const total = totals[0]!
      const planRange = intervalOf(plan)
      const totalRange = intervalOf(total)
      if (!planRange || !totalRange) continue
      const beyond = planRange.low > totalRange.high
      const planText = `${plan.subject!.trim()} ${plan.text.trim()}`
      const totalText = `${total.subject!.trim()} ${total.text.trim()}`
      checks.push({
        rule: id,
        verdict: beyond ? 'inconsistent' : 'consistent',
        facts: [plan.id, total.id],
        message: beyond
          ? `${planText} > ${totalText}; a plan cannot exceed the total it belongs to`
          : `${planText} ≤ ${totalText}`,
        expected: `≤ ${total.value as number}`,
        actual: plan.value as number
      })
    }
    return checks
  }
}

function isQuantity(fact: Fact): boolean {
  return (fact.kind === 'amount' || fact.kind === 'count') && typeof fact.value === 'number'
}
