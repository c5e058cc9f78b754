import {describe, expect, it} from 'vitest'
import {planWithinTotal} from '../../../src/check/rules/plan-within-total.js'
import {run, type FactSpec} from '../helpers.js'

const chinese = (plan: number): [string, FactSpec[]] => [
  `确定了111个重点项目,总投资593亿元,年度计划投资${plan}亿元。`,
  [
    {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
    {text: '593亿元', kind: 'amount', value: 59_300_000_000, unit: 'CNY', subject: '总投资'},
    {text: `${plan}亿元`, kind: 'amount', value: plan * 100_000_000, unit: 'CNY', subject: '年度计划投资'}
  ]
]

describe('plan-within-total', () => {
  it.each([
    {plan: 133, verdict: 'consistent', message: '年度计划投资 133亿元 ≤ 总投资 593亿元'},
    {plan: 593, verdict: 'consistent', message: '年度计划投资 593亿元 ≤ 总投资 593亿元'},
    {plan: 733, verdict: 'inconsistent', message: '年度计划投资 733亿元 > 总投资 593亿元; a plan cannot exceed the total it belongs to'}
  ])('plan $plan亿 against total 593亿: $verdict', ({plan, verdict, message}) => {
    const [text, facts] = chinese(plan)
    expect(run(planWithinTotal, text, facts)).toEqual([
      {rule: 'plan-within-total', verdict, facts: ['f3', 'f2'], message, expected: '≤ 59300000000', actual: plan * 100_000_000}
    ])
  })

  it('checks English totals and plans', () => {
    const text = 'The 111 key projects have a total investment of 59.3 billion yuan and an annual planned investment of 73.3 billion yuan.'
    const checks = run(planWithinTotal, text, [
      {text: '111', kind: 'count', value: 111, subject: 'key projects'},
      {text: '59.3 billion yuan', kind: 'amount', value: 59_300_000_000, unit: 'CNY', subject: 'total investment'},
      {text: '73.3 billion yuan', kind: 'amount', value: 73_300_000_000, unit: 'CNY', subject: 'annual planned investment'}
    ])
    expect(checks).toMatchObject([{verdict: 'inconsistent', facts: ['f3', 'f2']}])
  })

  it.each([
    {
      name: 'a plan in another sentence than the total',
      text: '总投资593亿元。年度计划投资733亿元。',
      facts: [
        {text: '593亿元', kind: 'amount', value: 59_300_000_000, unit: 'CNY', subject: '总投资'},
        {text: '733亿元', kind: 'amount', value: 73_300_000_000, unit: 'CNY', subject: '年度计划投资'}
      ]
    },
    {
      name: 'two totals the plan could belong to',
      text: '一期总投资593亿元,二期总投资100亿元,年度计划投资133亿元。',
      facts: [
        {text: '593亿元', kind: 'amount', value: 59_300_000_000, unit: 'CNY', subject: '总投资'},
        {text: '100亿元', kind: 'amount', value: 10_000_000_000, unit: 'CNY', subject: '总投资'},
        {text: '133亿元', kind: 'amount', value: 13_300_000_000, unit: 'CNY', subject: '年度计划投资'}
      ]
    },
    {
      name: 'a different measure',
      text: '总投资593亿元,年度计划营收733亿元。',
      facts: [
        {text: '593亿元', kind: 'amount', value: 59_300_000_000, unit: 'CNY', subject: '总投资'},
        {text: '733亿元', kind: 'amount', value: 73_300_000_000, unit: 'CNY', subject: '年度计划营收'}
      ]
    }
  ] satisfies Array<{name: string; text: string; facts: FactSpec[]}>)('emits nothing for $name', ({text, facts}) => {
    expect(run(planWithinTotal, text, facts)).toEqual([])
  })
})
