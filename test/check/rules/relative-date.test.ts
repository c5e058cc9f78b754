import {describe, expect, it} from 'vitest'
import {relativeDate} from '../../../src/check/rules/relative-date.js'
import {run} from '../helpers.js'

const date = (text: string, value: string, publishedAt: string | null, lang?: string) =>
  run(relativeDate, `从${text}开始,尧都区扎实推进。`, [{text, kind: 'date', value, relative: text}], {publishedAt, lang})

describe('relative-date', () => {
  it.each([
    {text: '去年12月', value: '2022-12', verdict: 'consistent'},
    {text: '去年12月', value: '2021-12', verdict: 'inconsistent'},
    {text: '去年十二月', value: '2022-12', verdict: 'consistent'},
    {text: '去年', value: '2022', verdict: 'consistent'},
    {text: '今年', value: '2022', verdict: 'inconsistent'},
    {text: '前年', value: '2021', verdict: 'consistent'},
    {text: '上月', value: '2023-01', verdict: 'consistent'},
    {text: '昨天', value: '2023-02-19', verdict: 'consistent'},
    {text: '昨天', value: '2023-02-18', verdict: 'inconsistent'}
  ])('$text = $value, published 2023-02-20: $verdict', ({text, value, verdict}) => {
    expect(date(text, value, '2023-02-20')).toMatchObject([{rule: 'relative-date', verdict, facts: ['f1'], actual: value}])
  })

  it('explains the resolution', () => {
    expect(date('去年12月', '2022-12', '2023-02-20')[0]!.message).toBe('去年12月 = 2022-12: published 2023-02-20, the year before 2023 is 2022')
    expect(date('去年12月', '2021-12', '2023-02-20')[0]!.message).toBe(
      '去年12月 is given as 2021-12, but published 2023-02-20 it is 2022-12: the year before 2023 is 2022'
    )
  })

  it('resolves across a year boundary', () => {
    expect(date('上月', '2022-12', '2023-01-05')[0]!.verdict).toBe('consistent')
  })

  it('checks English relative dates', () => {
    const text = 'Since December last year, the district has pushed ahead.'
    const checks = run(relativeDate, text, [{text: 'December last year', kind: 'date', value: '2021-12', relative: 'December last year'}], {
      publishedAt: '2023-02-20'
    })
    expect(checks).toMatchObject([{verdict: 'inconsistent', expected: '2022-12'}])
  })

  it('is unverifiable without a publication date', () => {
    expect(date('去年12月', '2022-12', null)).toMatchObject([{verdict: 'unverifiable'}])
  })

  it('emits nothing for absolute dates and unknown expressions', () => {
    expect(run(relativeDate, '2022年尧都区。', [{text: '2022年', kind: 'date', value: '2022'}], {publishedAt: '2023-02-20'})).toEqual([])
    expect(date('日前', '2023-02', '2023-02-20')).toEqual([])
  })
})
