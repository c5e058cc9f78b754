import {describe, expect, it} from 'vitest'
import {meanFromTotal} from '../../../src/check/rules/mean-from-total.js'
import {run, type FactSpec} from '../helpers.js'

const ridership = (mean: string, value: number): [string, FactSpec[]] => [
  `1-10月,全市城市轨道交通累计完成客运量3.12亿人次,同比增长41.6%,日均客运量${mean}人次。`,
  [
    {text: '1-10月', kind: 'date', value: '2023-01/2023-10', relative: '1-10月'},
    {text: '3.12亿人次', kind: 'count', value: 312_000_000, unit: '人次', subject: '客运量'},
    {text: '增长41.6%', kind: 'change', value: 41.6, unit: '%', direction: 'up', subject: '客运量'},
    {text: `${mean}人次`, kind: 'count', value, unit: '人次', subject: '日均客运量'}
  ]
]

describe('mean-from-total', () => {
  it.each([
    {mean: '102.6万', value: 1_026_000, verdict: 'consistent'},
    {mean: '120.6万', value: 1_206_000, verdict: 'inconsistent'}
  ])('3.12亿人次 over 1-10月 and a daily mean of $mean: $verdict', ({mean, value, verdict}) => {
    const [text, facts] = ridership(mean, value)
    const checks = run(meanFromTotal, text, facts, {publishedAt: '2023-11-08'})
    expect(checks).toMatchObject([{rule: 'mean-from-total', verdict, facts: ['f4', 'f2', 'f1']}])
  })

  it('shows the days and the quotient in the mean\'s units', () => {
    const [text, facts] = ridership('102.6万', 1_026_000)
    expect(run(meanFromTotal, text, facts)[0]!.message).toBe(
      // 304 days ± 1: a span of whole months may count a leap day or a partial last day.
      '3.12亿人次 / 304 days (1-10月, 2023-01/2023-10) = 102.63万人次 (102.13万人次 to 103.14万人次 at stated precision), matching 102.6万人次'
    )
  })

  it('takes the days from a duration in the sentence', () => {
    const text = '国庆中秋假期8天,全市累计发送旅客约312万人次,日均39万人次。'
    const checks = run(meanFromTotal, text, [
      {text: '8天', kind: 'duration', value: 8, unit: 'day'},
      {text: '约312万人次', kind: 'count', value: 3_120_000, unit: '人次', approx: 'about', subject: '旅客'},
      {text: '39万人次', kind: 'count', value: 390_000, unit: '人次', subject: '旅客'}
    ])
    expect(checks).toMatchObject([{verdict: 'consistent', facts: ['f3', 'f2', 'f1']}])
  })

  it('uses the article\'s only date span elsewhere for agreement, never for disagreement', () => {
    const agree = '“五一”假期(4月29日至5月3日),全市接待游客386.2万人次。\n交通方面,假期累计发送旅客41.6万人次,日均发送8.32万人次。'
    const facts = (mean: string, value: number): FactSpec[] => [
      {text: '4月29日至5月3日', kind: 'date', value: '2023-04-29/2023-05-03'},
      {text: '386.2万人次', kind: 'count', value: 3_862_000, unit: '人次', subject: '游客'},
      {text: '41.6万人次', kind: 'count', value: 416_000, unit: '人次', subject: '旅客'},
      {text: mean, kind: 'count', value, unit: '人次', subject: '旅客'}
    ]
    expect(run(meanFromTotal, agree, facts('8.32万人次', 83_200))).toMatchObject([{verdict: 'consistent'}])
    expect(run(meanFromTotal, agree.replace('8.32万', '9.32万'), facts('9.32万人次', 93_200))).toEqual([])
  })

  it('checks English daily averages', () => {
    const text = 'Over the eight-day holiday 3.12 million passengers travelled, or 390,000 a day.'
    const checks = run(
      meanFromTotal,
      text,
      [
        {text: 'eight-day', kind: 'duration', value: 8, unit: 'day'},
        {text: '3.12 million', kind: 'count', value: 3_120_000, unit: 'passenger', subject: 'passengers'},
        {text: '390,000', kind: 'count', value: 390_000, unit: 'passenger', subject: 'passengers'}
      ],
      {lang: 'en'}
    )
    expect(checks).toMatchObject([{verdict: 'consistent'}])
  })

  it('emits nothing without a daily mean or a period', () => {
    const [text, facts] = ridership('102.6万', 1_026_000)
    const notMean = facts.map((fact) => (fact.subject === '日均客运量' ? {...fact, subject: '客运量'} : fact))
    expect(run(meanFromTotal, text.replace('日均', '其中'), notMean)).toEqual([])
    expect(run(meanFromTotal, text.replace('1-10月,', ''), facts.slice(1))).toEqual([])
  })

  describe('a figure per unit is a total over a base', () => {
    const text = (cereals: string) =>
      `全国粮食播种面积118969千公顷。其中谷物播种面积99926千公顷。全国粮食单位面积产量5845公斤/公顷。其中谷物单位面积产量${cereals}公斤/公顷。全国粮食总产量69541万吨。其中谷物产量64143万吨。`
    const facts = (cereals: number): FactSpec[] => [
      {text: '118969千公顷', kind: 'count', value: 118_969_000, unit: '公顷'},
      {text: '99926千公顷', kind: 'count', value: 99_926_000, unit: '公顷'},
      {text: '5845公斤/公顷', kind: 'count', value: 5845, unit: '千克/公顷'},
      {text: `${cereals}公斤/公顷`, kind: 'count', value: cereals, unit: '千克/公顷'},
      {text: '69541万吨', kind: 'count', value: 695_410_000, unit: '吨'},
      {text: '64143万吨', kind: 'count', value: 641_430_000, unit: '吨'}
    ]

    it('pairs the k-th yield with the k-th total and area, converting 吨 to 千克', () => {
      const checks = run(meanFromTotal, text('6419'), facts(6419))
      expect(checks).toMatchObject([
        {verdict: 'consistent', facts: ['f3', 'f5', 'f1'], expected: 5845.3},
        {verdict: 'consistent', facts: ['f4', 'f6', 'f2'], expected: 6419.1}
      ])
      expect(checks[0]!.message).toBe('69541万吨 / 118969千公顷 = 5845.3公斤/公顷 (5845.2公斤/公顷 to 5845.4公斤/公顷 at stated precision), matching 5845公斤/公顷')
    })

    it('flags a yield that disagrees once another triple shows the pairing holds', () => {
      const checks = run(meanFromTotal, text('8024'), facts(8024))
      expect(checks.map((check) => check.verdict)).toEqual(['consistent', 'inconsistent'])
    })

    it('says nothing when no triple agrees: the pairing is then a guess', () => {
      const checks = run(meanFromTotal, text('8024').replace('5845', '7306'), [...facts(8024)].map((spec) => (spec.text === '5845公斤/公顷' ? {...spec, text: '7306公斤/公顷', value: 7306} : spec)))
      expect(checks).toEqual([])
    })
  })
})
