import {describe, expect, it} from 'vitest'
import {rateBounds} from '../../../src/check/rules/rate-bounds.js'
import {run} from '../helpers.js'

const rate = (subject: string, value: number, lang = 'zh-Hans') => {
  const text = lang === 'en' ? `The ${subject} was ${value}%.` : `${subject}达到了${value}%。`
  return run(rateBounds, text, [{text: `${value}%`, kind: 'percent', value, unit: '%', subject}], {lang})
}

describe('rate-bounds', () => {
  it.each([
    {subject: '办结率', value: 75, verdict: 'consistent'},
    {subject: '开复工率', value: 100, verdict: 'consistent'},
    {subject: '开复工率', value: 120, verdict: 'inconsistent'},
    {subject: '第三产业占比', value: 101, verdict: 'inconsistent'},
    {subject: '覆盖率', value: -3, verdict: 'inconsistent'}
  ])('$subject $value%: $verdict', ({subject, value, verdict}) => {
    expect(rate(subject, value)).toMatchObject([{rule: 'rate-bounds', verdict, facts: ['f1'], actual: value}])
  })

  it('shows the bound in the message', () => {
    expect(rate('开复工率', 120)[0]!.message).toBe('开复工率: 120% ± 0.5 (stated precision) > 100%; a share of a whole cannot exceed 100%')
    expect(rate('办结率', 75)[0]!.message).toBe('办结率: 0% ≤ 75% ≤ 100%')
  })

  it('compares at stated precision: 100.4% is over, 约100% is not', () => {
    expect(rate('办结率', 100.4)[0]!.verdict).toBe('inconsistent')
    const text = '办结率约100%。'
    const about = run(rateBounds, text, [{text: '约100%', kind: 'percent', value: 100, unit: '%', approx: 'about', subject: '办结率'}])
    expect(about[0]!.verdict).toBe('consistent')
  })

  it.each(['增长率', '增速', '完成率', '利率', '贡献率', '恢复率'])('does not bound %s', (subject) => {
    expect(rate(subject, 130)).toEqual([])
  })

  it('checks English completion and share rates, not growth rates', () => {
    expect(rate('completion rate', 105, 'en')[0]!.verdict).toBe('inconsistent')
    expect(rate('share of services', 40, 'en')[0]!.verdict).toBe('consistent')
    expect(rate('growth rate', 130, 'en')).toEqual([])
  })

  it('ignores percents without a subject and changes', () => {
    expect(run(rateBounds, '增长130%。', [{text: '增长130%', kind: 'change', value: 130, unit: '%', direction: 'up', subject: '营业额'}])).toEqual([])
    expect(run(rateBounds, '达到130%。', [{text: '130%', kind: 'percent', value: 130, unit: '%', subject: null}])).toEqual([])
  })
})
