import {describe, expect, it} from 'vitest'
import {durationSince} from '../../../src/check/rules/duration-since.js'
import {run, type FactSpec} from '../helpers.js'

const article = (start: string, startValue: string, duration: string, value: number, approx: FactSpec['approx'] = 'more_than'): [string, FactSpec[]] => [
  `从${start}开始,尧都区紧扣目标。任俊杰表示,${duration}以来,尧都区取得了成效。`,
  [
    {text: start, kind: 'date', value: startValue, relative: start},
    {text: duration, kind: 'duration', value, unit: 'month', approx}
  ]
]

describe('duration-since', () => {
  it.each([
    {start: '去年12月', startValue: '2022-12', duration: '两个多月', value: 2, verdict: 'consistent'},
    {start: '去年12月', startValue: '2022-12', duration: '一个多月', value: 1, verdict: 'consistent'},
    {start: '去年12月', startValue: '2022-12', duration: '五个多月', value: 5, verdict: 'inconsistent'},
    {start: '去年6月', startValue: '2022-06', duration: '两个多月', value: 2, verdict: 'inconsistent'},
    {start: '去年6月', startValue: '2022-06', duration: '八个多月', value: 8, verdict: 'consistent'}
  ])('from $start, $duration to 2023-02-20: $verdict', ({start, startValue, duration, value, verdict}) => {
    const [text, facts] = article(start, startValue, duration, value)
    expect(run(durationSince, text, facts, {publishedAt: '2023-02-20'})).toMatchObject([
      {rule: 'duration-since', verdict, facts: ['f2', 'f1']}
    ])
  })

  it('shows the elapsed time', () => {
    const [text, facts] = article('去年6月', '2022-06', '两个多月', 2)
    expect(run(durationSince, text, facts, {publishedAt: '2023-02-20'})[0]!.message).toBe(
      '去年6月 (2022-06) to publication (2023-02-20) is 7.7–8.7 months; 两个多月 is 2–3 months, which do not overlap'
    )
  })

  it('reads an exact duration as rounded', () => {
    const [text, facts] = article('去年12月', '2022-12', '两个月', 2, 'exact')
    expect(run(durationSince, text, facts, {publishedAt: '2023-02-20'})[0]!.verdict).toBe('consistent')
  })

  it('is unverifiable without a publication date', () => {
    const [text, facts] = article('去年12月', '2022-12', '两个多月', 2)
    expect(run(durationSince, text, facts)).toMatchObject([{verdict: 'unverifiable'}])
  })

  it('checks English durations', () => {
    const text = 'The district has pushed ahead since December last year, and over the past five months it has made progress.'
    const checks = run(
      durationSince,
      text,
      [
        {text: 'December last year', kind: 'date', value: '2022-12', relative: 'December last year'},
        {text: 'five months', kind: 'duration', value: 5, unit: 'month'}
      ],
      {publishedAt: '2023-02-20', lang: 'en'}
    )
    expect(checks).toMatchObject([{verdict: 'inconsistent'}])
    // Two statements may speak of two periods (`第二季以来步调趋缓；…近两个月来主要国家陆续降息`).
    const apart = text.replace(', and over', '. Over')
    expect(run(durationSince, apart, [
      {text: 'December last year', kind: 'date', value: '2022-12', relative: 'December last year'},
      {text: 'five months', kind: 'duration', value: 5, unit: 'month'}
    ], {publishedAt: '2023-02-20', lang: 'en'})).toEqual([])
  })

  it.each([
    {
      name: 'a duration that is not up to now',
      text: '从去年12月开始,项目用时五个多月完成。',
      facts: [
        {text: '去年12月', kind: 'date', value: '2022-12', relative: '去年12月'},
        {text: '五个多月', kind: 'duration', value: 5, unit: 'month', approx: 'more_than'}
      ]
    },
    {
      name: 'two possible starting dates',
      text: '从去年12月开始推进。自去年6月起谋划。五个多月以来成效明显。',
      facts: [
        {text: '去年12月', kind: 'date', value: '2022-12', relative: '去年12月'},
        {text: '去年6月', kind: 'date', value: '2022-06', relative: '去年6月'},
        {text: '五个多月', kind: 'duration', value: 5, unit: 'month', approx: 'more_than'}
      ]
    },
    {
      name: 'no starting date',
      text: '2022年尧都区共培育企业。五个多月以来成效明显。',
      facts: [
        {text: '2022年', kind: 'date', value: '2022'},
        {text: '五个多月', kind: 'duration', value: 5, unit: 'month', approx: 'more_than'}
      ]
    }
  ] satisfies Array<{name: string; text: string; facts: FactSpec[]}>)('emits nothing for $name', ({text, facts}) => {
    expect(run(durationSince, text, facts, {publishedAt: '2023-02-20'})).toEqual([])
  })
})
