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
})
