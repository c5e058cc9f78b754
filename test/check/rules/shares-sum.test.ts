import {describe, expect, it} from 'vitest'
import {sharesSum} from '../../../src/check/rules/shares-sum.js'
import {run, type FactSpec} from '../helpers.js'

const shares = (values: number[]): [string, FactSpec[]] => [
  `三次产业增加值分别占全区GDP的${values.map((value) => `${value}%`).join('、')}。`,
  values.map((value) => ({text: `${value}%`, kind: 'percent', value, unit: '%', subject: null}))
]

describe('shares-sum', () => {
  it.each([
    {values: [10, 40, 50], verdict: 'consistent'},
    {values: [10.2, 40.3, 49.6], verdict: 'consistent'},
    {values: [20, 40, 50], verdict: 'inconsistent'},
    {values: [10, 40, 30], verdict: 'unverifiable'}
  ])('$values: $verdict', ({values, verdict}) => {
    const [text, facts] = shares(values)
    const checks = run(sharesSum, text, facts)
    expect(checks).toMatchObject([{rule: 'shares-sum', verdict, facts: facts.map((_, index) => `f${index + 1}`)}])
  })

  it('shows the sum', () => {
    const [text, facts] = shares([20, 40, 50])
    expect(run(sharesSum, text, facts)[0]!.message).toBe(
      '20% + 40% + 50% = 110% (108.5–111.5% at stated precision) > 100%; shares of one whole cannot exceed 100%'
    )
  })

  it('groups shares by share subject', () => {
    const text = '第一产业占比10%,第二产业占比40%,第三产业占比60%。'
    const checks = run(sharesSum, text, [
      {text: '10%', kind: 'percent', value: 10, unit: '%', subject: '第一产业占比'},
      {text: '40%', kind: 'percent', value: 40, unit: '%', subject: '第二产业占比'},
      {text: '60%', kind: 'percent', value: 60, unit: '%', subject: '第三产业占比'}
    ])
    expect(checks).toMatchObject([{verdict: 'inconsistent'}])
  })

  it('checks English shares', () => {
    const text = 'Services accounted for 60% of output and industry accounting for 50%.'
    const checks = run(
      sharesSum,
      text,
      [
        {text: '60%', kind: 'percent', value: 60, unit: '%'},
        {text: '50%', kind: 'percent', value: 50, unit: '%'}
      ],
      {lang: 'en'}
    )
    expect(checks).toMatchObject([{verdict: 'inconsistent'}])
  })

  it.each([
    {name: 'shares of different wholes', text: '工业占全区GDP的60%,服务业投资占总投资的50%。'},
    {name: 'nested shares', text: '工业占全区GDP的60%,其中制造业占全区GDP的50%。'}
  ])('emits nothing for $name', ({text}) => {
    expect(
      run(sharesSum, text, [
        {text: '60%', kind: 'percent', value: 60, unit: '%'},
        {text: '50%', kind: 'percent', value: 50, unit: '%'}
      ])
    ).toEqual([])
  })

  it('ignores growth percents', () => {
    const text = '营业额增长14%、文旅消费人数增长130%。'
    expect(
      run(sharesSum, text, [
        {text: '增长14%', kind: 'change', value: 14, unit: '%', direction: 'up', subject: '营业额'},
        {text: '增长130%', kind: 'change', value: 130, unit: '%', direction: 'up', subject: '文旅消费人数'}
      ])
    ).toEqual([])
  })

  it('skips shares nested with 特别是: a share of a share', () => {
    const text = '分行业看,采矿业增加值占比达96.05%,同比下降15.6%,特别是煤炭开采和洗选业占比为95.56%,同比下降15.4%。'
    const checks = run(sharesSum, text, [
      {text: '96.05%', kind: 'percent', value: 96.05, unit: '%', subject: '采矿业增加值占比'},
      {text: '下降15.6%', kind: 'change', value: 15.6, unit: '%', direction: 'down'},
      {text: '95.56%', kind: 'percent', value: 95.56, unit: '%', subject: '煤炭开采和洗选业占比'},
      {text: '下降15.4%', kind: 'change', value: 15.4, unit: '%', direction: 'down'}
    ])
    expect(checks).toEqual([])
  })
})
