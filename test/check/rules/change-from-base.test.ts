import {describe, expect, it} from 'vitest'
import {changeFromBase} from '../../../src/check/rules/change-from-base.js'
import {run, type FactSpec} from '../helpers.js'

describe('change-from-base', () => {
  it.each([
    {change: '翻了一番', value: 100, verdict: 'consistent'},
    {change: '增长50%', value: 50, verdict: 'inconsistent'}
  ])('a value and its marked base: 9.82亿 against 4.91亿, $change: $verdict', ({change, value, verdict}) => {
    const text = `净利润9.82亿元,较上年同期的4.91亿元${change}。`
    const checks = run(changeFromBase, text, [
      {text: '9.82亿元', kind: 'amount', value: 982_000_000, unit: 'CNY', subject: '净利润'},
      {text: '4.91亿元', kind: 'amount', value: 491_000_000, unit: 'CNY', subject: '净利润'},
      {text: change, kind: 'change', value, unit: '%', direction: 'up', subject: '净利润'}
    ])
    expect(checks).toMatchObject([{rule: 'change-from-base', verdict, facts: ['f3', 'f1', 'f2'], expected: 100, actual: value}])
  })

  it('shows the arithmetic', () => {
    const text = '净利润9.82亿元,较上年同期的4.91亿元增长50%。'
    const [check] = run(changeFromBase, text, [
      {text: '9.82亿元', kind: 'amount', value: 982_000_000, unit: 'CNY', subject: '净利润'},
      {text: '4.91亿元', kind: 'amount', value: 491_000_000, unit: 'CNY', subject: '净利润'},
      {text: '增长50%', kind: 'change', value: 50, unit: '%', direction: 'up', subject: '净利润'}
    ])
    expect(check!.message).toBe('9.82亿元 / 4.91亿元 - 1 = 100% (99.69–100.31% at stated precision), not matching 增长50% (50% ± 0.5)')
  })

  it.each([
    {percent: '增长4.4%', value: 4.4, verdict: 'consistent'},
    {percent: '增长5.4%', value: 5.4, verdict: 'inconsistent'}
  ])('an amount and its percentage: 增加1.6万吨 of 38.2万吨 and $percent: $verdict', ({percent, value, verdict}) => {
    const text = `今年全县夏粮总产量38.2万吨,比上年增加1.6万吨,${percent}。`
    const checks = run(changeFromBase, text, [
      {text: '38.2万吨', kind: 'count', value: 382_000, unit: '吨', subject: '总产量'},
      {text: '增加1.6万吨', kind: 'change', value: 16_000, unit: '吨', direction: 'up', subject: '总产量'},
      {text: percent, kind: 'change', value, unit: '%', direction: 'up', subject: '总产量'}
    ])
    expect(checks).toMatchObject([{verdict, facts: ['f3', 'f1', 'f2']}])
    expect(checks[0]!.message).toContain('1.6万吨 / (38.2万吨 - 1.6万吨) = 4.37%')
  })

  it('relates this year\'s value to last year\'s of the same subject', () => {
    const text = '2022年,全市一般公共预算收入完成486.2亿元。\n2023年,全市一般公共预算收入预期目标为505亿元,增长约3.9%。'
    const facts: FactSpec[] = [
      {text: '2022年', kind: 'date', value: '2022'},
      {text: '486.2亿元', kind: 'amount', value: 48_620_000_000, unit: 'CNY', subject: '一般公共预算收入'},
      {text: '2023年', kind: 'date', value: '2023'},
      {text: '505亿元', kind: 'amount', value: 50_500_000_000, unit: 'CNY', subject: '一般公共预算收入'},
      {text: '增长约3.9%', kind: 'change', value: 3.9, unit: '%', approx: 'about', direction: 'up', subject: '一般公共预算收入'}
    ]
    expect(run(changeFromBase, text, facts)).toMatchObject([{verdict: 'consistent', facts: ['f5', 'f4', 'f2']}])
    const wrong = facts.map((fact) => (fact.text === '增长约3.9%' ? {...fact, text: '增长约9.3%', value: 9.3} : fact))
    expect(run(changeFromBase, text.replace('3.9%', '9.3%'), wrong)).toMatchObject([{verdict: 'inconsistent'}])
  })

  it('checks percentage points, ranks and English', () => {
    const margin = 'Gross margin widened to 31.5 percent from 28.9 percent, a gain of 2.6 percentage points.'
    expect(
      run(changeFromBase, margin, [
        {text: '31.5 percent', kind: 'percent', value: 31.5, unit: '%', subject: 'gross margin'},
        {text: '28.9 percent', kind: 'percent', value: 28.9, unit: '%', subject: 'gross margin'},
        {text: 'gain of 2.6 percentage points', kind: 'change', value: 2.6, unit: 'pp', direction: 'up', subject: 'gross margin'}
      ])
    ).toMatchObject([{verdict: 'consistent'}])
    const dwell = 'Average dwell time dropped to 3.4 days from 4.1 days, a decline of 27 percent.'
    expect(
      run(changeFromBase, dwell, [
        {text: '3.4 days', kind: 'duration', value: 3.4, unit: 'day', subject: 'average dwell time'},
        {text: '4.1 days', kind: 'duration', value: 4.1, unit: 'day', subject: 'average dwell time'},
        {text: 'decline of 27 percent', kind: 'change', value: 27, unit: '%', direction: 'down', subject: 'average dwell time'}
      ])
    ).toMatchObject([{verdict: 'inconsistent'}])
    const rank = '进步最多的是嘉义市,排名由去年的第15名跃升至第9名,前进6名。'
    const ranks = run(changeFromBase, rank, [
      {text: '第15名', kind: 'rank', value: 15, subject: '嘉义市'},
      {text: '第9名', kind: 'rank', value: 9, subject: '嘉义市'},
      {text: '前进6名', kind: 'change', value: 6, unit: '名', direction: 'up', subject: '嘉义市'}
    ])
    expect(ranks).toMatchObject([{verdict: 'consistent'}])
    expect(ranks[0]!.message).toContain('第15名 to 第9名 is 6 places up')
  })

  it.each([
    {
      name: 'a change without a base',
      text: '营业收入86.47亿元,同比增长32.6%。',
      facts: [
        {text: '86.47亿元', kind: 'amount', value: 8_647_000_000, unit: 'CNY', subject: '营业收入'},
        {text: '增长32.6%', kind: 'change', value: 32.6, unit: '%', direction: 'up', subject: '营业收入'}
      ]
    },
    {
      name: 'a change against another base than the one named',
      text: '岁出编列336.4亿元,较112年度增加17.8亿元,年增50.6%。',
      facts: [
        {text: '336.4亿元', kind: 'amount', value: 33_640_000_000, unit: 'CNY', subject: '岁出'},
        {text: '112年度', kind: 'duration', value: 112, unit: 'year'},
        {text: '增加17.8亿元', kind: 'change', value: 1_780_000_000, unit: 'CNY', direction: 'up', subject: '岁出'}
      ]
    },
    {
      name: 'a yearly change with a quarter against the prior quarter',
      text: '2022年收入486.2亿元。2023年收入505亿元,较第一季度增长9%。',
      facts: [
        {text: '2022年', kind: 'date', value: '2022'},
        {text: '486.2亿元', kind: 'amount', value: 48_620_000_000, unit: 'CNY', subject: '收入'},
        {text: '2023年', kind: 'date', value: '2023'},
        {text: '505亿元', kind: 'amount', value: 50_500_000_000, unit: 'CNY', subject: '收入'},
        {text: '增长9%', kind: 'change', value: 9, unit: '%', direction: 'up', subject: '收入'}
      ]
    }
  ] satisfies Array<{name: string; text: string; facts: FactSpec[]}>)('emits nothing for $name', ({text, facts}) => {
    expect(run(changeFromBase, text, facts)).toEqual([])
  })

  it.each([
    {change: 25, verdict: 'consistent', message: '$50 million / $40 million - 1 = 25% (22.22–27.85% at stated precision), matching rose 25% (25% ± 0.5)'},
    {change: 35, verdict: 'inconsistent', message: '$50 million / $40 million - 1 = 25% (22.22–27.85% at stated precision), not matching rose 35% (35% ± 0.5)'}
  ])('reads a change with its value after `to` and its base after `from`: $verdict', ({change, verdict, message}) => {
    const text = `Net profit rose ${change}% to $50 million, or 40 cents a share, from $40 million a year earlier.`
    expect(
      run(changeFromBase, text, [
        {text: `rose ${change}%`, kind: 'change', value: change, unit: '%', direction: 'up', subject: 'net profit'},
        {text: '$50 million', kind: 'amount', value: 50_000_000, unit: 'USD', subject: 'net profit'},
        {text: '40 cents', kind: 'amount', value: 0.4, unit: 'USD', subject: 'net profit per share'},
        {text: '$40 million', kind: 'amount', value: 40_000_000, unit: 'USD', subject: 'net profit'}
      ])
    ).toEqual([{rule: 'change-from-base', verdict, facts: ['f1', 'f2', 'f4'], message, expected: 25, actual: change}])
  })

  it('relates a change after `to` only to a base before the next change', () => {
    const text = 'Revenue rose 5% to $10 million and profit fell 3% to $2 million from $2.1 million.'
    const checks = run(changeFromBase, text, [
      {text: 'rose 5%', kind: 'change', value: 5, unit: '%', direction: 'up', subject: 'revenue'},
      {text: '$10 million', kind: 'amount', value: 10_000_000, unit: 'USD', subject: 'revenue'},
      {text: 'fell 3%', kind: 'change', value: 3, unit: '%', direction: 'down', subject: 'profit'},
      {text: '$2 million', kind: 'amount', value: 2_000_000, unit: 'USD', subject: 'profit'},
      {text: '$2.1 million', kind: 'amount', value: 2_100_000, unit: 'USD', subject: 'profit'}
    ])
    expect(checks).toMatchObject([{verdict: 'consistent', facts: ['f3', 'f4', 'f5']}])
  })
})
