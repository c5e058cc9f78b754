import {describe, expect, it} from 'vitest'
import {ppDifference} from '../../../src/check/rules/pp-difference.js'
import {run} from '../helpers.js'

describe('pp-difference', () => {
  it.each([
    {stated: '提高18.0个百分点', value: 18, verdict: 'consistent'},
    {stated: '提高22.5个百分点', value: 22.5, verdict: 'inconsistent'}
  ])('a rate against one given in brackets: 17.4% against (-0.6%), $stated is $verdict', ({stated, value, verdict}) => {
    const text = `1-3月,全县固定资产投资同比增长17.4%,增幅较1-2月(-0.6%)${stated}。`
    const checks = run(ppDifference, text, [
      {text: '1-3月', kind: 'date', value: '2022-01/2022-03'},
      {text: '同比增长17.4%', kind: 'change', value: 17.4, unit: '%', direction: 'up'},
      {text: '1-2月', kind: 'date', value: '2022-01/2022-02'},
      {text: '-0.6%', kind: 'percent', value: -0.6, unit: '%'},
      {text: stated, kind: 'change', value, unit: 'pp', direction: 'up'}
    ])
    expect(checks).toMatchObject([{rule: 'pp-difference', verdict, facts: ['f5', 'f2', 'f4'], expected: 18, actual: value}])
    expect(checks[0]!.message).toContain('17.4% - (-0.6%) = 17.9–18.1 pp at stated precision')
  })

  const city = (machinery: string) =>
    `1—10月份,全市规模以上工业增加值同比增长3.4%。高新技术产业增加值同比增长8.5%,增速比1—9月份加快0.8个百分点,快于全市平均水平5.1个百分点。机械装备产业增加值同比增长7.6%,快于全市平均水平${machinery}个百分点。`
  const cityFacts = (machinery: number) => [
    {text: '1—10月份', kind: 'date' as const, value: '2022-01/2022-10'},
    {text: '同比增长3.4%', kind: 'change' as const, value: 3.4, unit: '%', direction: 'up' as const},
    {text: '同比增长8.5%', kind: 'change' as const, value: 8.5, unit: '%', direction: 'up' as const},
    {text: '1—9月份', kind: 'date' as const, value: '2022-01/2022-09'},
    {text: '加快0.8个百分点', kind: 'change' as const, value: 0.8, unit: 'pp', direction: 'up' as const},
    {text: '5.1个百分点', kind: 'change' as const, value: 5.1, unit: 'pp', direction: 'up' as const},
    {text: '同比增长7.6%', kind: 'change' as const, value: 7.6, unit: '%', direction: 'up' as const},
    {text: `${machinery}个百分点`, kind: 'change' as const, value: machinery, unit: 'pp', direction: 'up' as const}
  ]

  it('finds the rate a comparison names among the rates stated earlier, and leaves alone a period whose rate is not given', () => {
    const checks = run(ppDifference, city('4.2'), cityFacts(4.2))
    expect(checks).toMatchObject([
      {verdict: 'consistent', facts: ['f6', 'f3', 'f2']},
      {verdict: 'consistent', facts: ['f8', 'f7', 'f2']}
    ])
  })

  it('flags a named comparison that disagrees once another comparison with that rate agrees', () => {
    const checks = run(ppDifference, city('5.2'), cityFacts(5.2))
    expect(checks.map((check) => check.verdict)).toEqual(['consistent', 'inconsistent'])
  })

  it('says nothing of a lone named comparison that disagrees: the rate it names may be another', () => {
    const text = '全市规模以上工业增加值同比增长3.4%。民营工业增加值同比增长5.2%,快于全市平均水平2.8个百分点。'
    const checks = run(ppDifference, text, [
      {text: '同比增长3.4%', kind: 'change', value: 3.4, unit: '%', direction: 'up'},
      {text: '同比增长5.2%', kind: 'change', value: 5.2, unit: '%', direction: 'up'},
      {text: '2.8个百分点', kind: 'change', value: 2.8, unit: 'pp', direction: 'up'}
    ])
    expect(checks).toEqual([])
  })

  it('does not read a contribution as a difference, nor compare a level with a growth rate', () => {
    const text = '全市规模以上工业增加值同比增长5.1%。汽车制造业同比增长11.6%,拉动全市规模以上工业1.3个百分点。产品产销率95.9%,高于规模以上工业平均水平1.7个百分点。'
    const checks = run(ppDifference, text, [
      {text: '同比增长5.1%', kind: 'change', value: 5.1, unit: '%', direction: 'up'},
      {text: '同比增长11.6%', kind: 'change', value: 11.6, unit: '%', direction: 'up'},
      {text: '1.3个百分点', kind: 'change', value: 1.3, unit: 'pp'},
      {text: '95.9%', kind: 'percent', value: 95.9, unit: '%'},
      {text: '1.7个百分点', kind: 'change', value: 1.7, unit: 'pp', direction: 'up'}
    ])
    expect(checks).toEqual([])
  })

  it('pairs rates listed with 分别 in order', () => {
    const text = '规模以上工业增加值同比增长7.0%。高技术产业和装备制造业增加值同比分别增长11.8%和10.3%,增速分别比规模以上工业快4.8和3.3个百分点。'
    const checks = run(ppDifference, text, [
      {text: '增长7.0%', kind: 'change', value: 7, unit: '%', direction: 'up'},
      {text: '11.8%', kind: 'change', value: 11.8, unit: '%', direction: 'up'},
      {text: '10.3%', kind: 'change', value: 10.3, unit: '%', direction: 'up'},
      {text: '4.8', kind: 'change', value: 4.8, unit: 'pp', direction: 'up'},
      {text: '3.3个百分点', kind: 'change', value: 3.3, unit: 'pp', direction: 'up'}
    ])
    expect(checks).toMatchObject([
      {verdict: 'consistent', facts: ['f4', 'f2', 'f1']},
      {verdict: 'consistent', facts: ['f5', 'f3', 'f1']}
    ])
  })
})
