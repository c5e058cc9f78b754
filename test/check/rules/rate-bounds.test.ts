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

  it('does not bound a bank\'s reserve coverage ratio, named only 覆盖率, in either clause of its sentence', () => {
    const text = '本国银行备抵呆帐占逾期放款之覆盖率为869.95%,较上月底854.28%增加15.67个百分点。'
    const checks = run(rateBounds, text, [
      {text: '869.95%', kind: 'percent', value: 869.95, unit: '%', subject: '覆盖率'},
      {text: '854.28%', kind: 'percent', value: 854.28, unit: '%', subject: '覆盖率'},
      {text: '增加15.67个百分点', kind: 'change', value: 15.67, unit: 'pp', direction: 'up'}
    ])
    expect(checks).toEqual([])
    const insurance = run(rateBounds, '全市医保覆盖率为112.5%。', [{text: '112.5%', kind: 'percent', value: 112.5, unit: '%', subject: '医保覆盖率'}])
    expect(insurance).toMatchObject([{verdict: 'inconsistent'}])
  })
})
