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

  describe('an absolute change and its percent, as real releases write them', () => {
    const grain = (percent: string, value: number) => `全国粮食播种面积118969千公顷（178453万亩），比2022年增加636千公顷（955万亩），${percent}。`
    const grainFacts = (percent: string, value: number): FactSpec[] => [
      {text: '118969千公顷', kind: 'count', value: 118_969_000, unit: '公顷', subject: '粮食播种面积'},
      {text: '178453万亩', kind: 'count', value: 1_784_530_000, unit: '亩'},
      {text: '2022年', kind: 'date', value: '2022'},
      {text: '增加636千公顷', kind: 'change', value: 636_000, unit: '公顷', direction: 'up', subject: '粮食播种面积'},
      {text: '955万亩', kind: 'count', value: 9_550_000, unit: '亩'},
      {text: percent, kind: 'change', value, unit: '%', direction: 'up', subject: '粮食播种面积'}
    ]

    it('relates the percent to both the figures and their restatement in other units in brackets', () => {
      const checks = run(changeFromBase, grain('增长0.5%', 0.5), grainFacts('增长0.5%', 0.5))
      expect(checks).toMatchObject([
        {verdict: 'consistent', facts: ['f6', 'f1', 'f4'], expected: 0.54},
        {verdict: 'consistent', facts: ['f6', 'f2', 'f5'], expected: 0.54}
      ])
    })

    it('flags a percent the restated pair contradicts too', () => {
      const checks = run(changeFromBase, grain('增长0.7%', 0.7), grainFacts('增长0.7%', 0.7))
      expect(checks.map((check) => check.verdict)).toEqual(['inconsistent', 'inconsistent'])
    })

    it.each([
      {percent: '4.1%', value: 4.1, verdict: 'consistent'},
      {percent: '5.1%', value: 5.1, verdict: 'inconsistent'}
    ])('reads a bare percent in brackets after the change as that change: up £668 million ($percent)', ({percent, value, verdict}) => {
      const text = `Adult social care: £16.8 billion budgeted in 2019-20, up £668 million (${percent}) compared to 2018-19 budget.`
      const checks = run(
        changeFromBase,
        text,
        [
          {text: '£16.8 billion', kind: 'amount', value: 16_800_000_000, unit: 'GBP'},
          {text: 'up £668 million', kind: 'change', value: 668_000_000, unit: 'GBP', direction: 'up'},
          {text: percent, kind: 'percent', value, unit: '%'}
        ],
        {lang: 'en'}
      )
      expect(checks).toMatchObject([{verdict, facts: ['f3', 'f1', 'f2'], expected: 4.14, actual: value}])
    })

    it('pairs the changes after 分别 with the values in the same place of the list, and reads a minus sign as a fall', () => {
      const text = '其中每户家庭消费支出110.9万元、每户家庭储蓄31.4万元,分别较108年减4.3万元(-3.7%)、增4.4万元(16.2%)。'
      const checks = run(changeFromBase, text, [
        {text: '110.9万元', kind: 'amount', value: 1_109_000, unit: 'CNY', subject: '每户家庭消费支出'},
        {text: '31.4万元', kind: 'amount', value: 314_000, unit: 'CNY', subject: '每户家庭储蓄'},
        {text: '108年', kind: 'date', value: '2019'},
        {text: '减4.3万元', kind: 'change', value: 43_000, unit: 'CNY', direction: 'down'},
        {text: '-3.7%', kind: 'percent', value: -3.7, unit: '%'},
        {text: '增4.4万元', kind: 'change', value: 44_000, unit: 'CNY', direction: 'up'},
        {text: '16.2%', kind: 'percent', value: 16.2, unit: '%'}
      ])
      expect(checks).toMatchObject([
        {verdict: 'consistent', facts: ['f5', 'f1', 'f4'], expected: -3.73, actual: -3.7},
        {verdict: 'consistent', facts: ['f7', 'f2', 'f6'], expected: 16.3, actual: 16.2}
      ])
    })

    it('does not relate a percent to a value when another change of that unit stands between', () => {
      const text = '销售额100万元,比上年增加10万元,其中线上增加5万元(4.1%)。'
      const checks = run(changeFromBase, text, [
        {text: '100万元', kind: 'amount', value: 1_000_000, unit: 'CNY'},
        {text: '增加10万元', kind: 'change', value: 100_000, unit: 'CNY', direction: 'up'},
        {text: '增加5万元', kind: 'change', value: 50_000, unit: 'CNY', direction: 'up'},
        {text: '4.1%', kind: 'percent', value: 4.1, unit: '%'}
      ])
      expect(checks).toEqual([])
    })
  })

  it.each([
    {july: '1,317,000', value: 1_317_000, verdicts: ['consistent', 'consistent']},
    {july: '1,646,000', value: 1_646_000, verdicts: ['inconsistent', 'consistent']}
  ])('a percent above a named base, said of the figure just stated (July $july)', ({july, value, verdicts}) => {
    const text = `Permits in August were at a seasonally adjusted annual rate of 1,419,000. This is 7.7 percent (±1.2 percent) above the revised July rate of ${july} and is 12.0 percent (±1.6 percent)* above the August 2018 rate of 1,267,000.`
    const checks = run(
      changeFromBase,
      text,
      [
        {text: '1,419,000', kind: 'count', value: 1_419_000},
        {text: '7.7 percent', kind: 'percent', value: 7.7, unit: '%'},
        {text: '1.2 percent', kind: 'percent', value: 1.2, unit: '%'},
        {text: july, kind: 'count', value},
        {text: '12.0 percent', kind: 'percent', value: 12, unit: '%'},
        {text: '1.6 percent', kind: 'percent', value: 1.6, unit: '%'},
        {text: 'August 2018', kind: 'date', value: '2018-08'},
        {text: '1,267,000', kind: 'count', value: 1_267_000}
      ],
      {lang: 'en'}
    )
    expect(checks.map((check) => check.verdict)).toEqual(verdicts)
    expect(checks.map((check) => check.facts)).toEqual([
      ['f2', 'f1', 'f4'],
      ['f5', 'f1', 'f8']
    ])
  })

  it.each([
    {last: '£92.6 billion', value: 92_600_000_000, verdicts: ['consistent', 'consistent']},
    {last: '£115.8 billion', value: 115_800_000_000, verdicts: ['inconsistent', 'inconsistent']}
  ])('an amount and its percent in brackets, higher than the base ($last)', ({last, value, verdicts}) => {
    const text = `Expenditure on services is budgeted to be £96.2 billion in 2019-20. This is £3.6 billion (3.8%) higher than the ${last} budgeted for 2018-19.`
    const checks = run(
      changeFromBase,
      text,
      [
        {text: '£96.2 billion', kind: 'amount', value: 96_200_000_000, unit: 'GBP'},
        {text: '£3.6 billion', kind: 'change', value: 3_600_000_000, unit: 'GBP'},
        {text: '3.8%', kind: 'change', value: 3.8, unit: '%'},
        {text: last, kind: 'amount', value, unit: 'GBP'}
      ],
      {lang: 'en'}
    )
    expect(checks.map((check) => [check.verdict, ...check.facts])).toEqual([
      [verdicts[0], 'f2', 'f1', 'f4'],
      [verdicts[1], 'f3', 'f1', 'f4']
    ])
  })

  it.each([
    {last: '£95.9 billion', value: 95_900_000_000, verdict: 'consistent'},
    {last: '£119.9 billion', value: 119_900_000_000, verdict: 'inconsistent'}
  ])('a percent whose own words compare it, than the base ($last)', ({last, value, verdict}) => {
    const text = `Total revenue expenditure is budgeted to be £99.2 billion in 2019-20. This is 3.4% higher than the ${last} budgeted for 2018-19.`
    const checks = run(
      changeFromBase,
      text,
      [
        {text: '£99.2 billion', kind: 'amount', value: 99_200_000_000, unit: 'GBP'},
        {text: '3.4% higher', kind: 'change', value: 3.4, unit: '%', direction: 'up'},
        {text: last, kind: 'amount', value, unit: 'GBP'}
      ],
      {lang: 'en'}
    )
    expect(checks.map((check) => [check.verdict, ...check.facts])).toEqual([[verdict, 'f2', 'f1', 'f3']])
  })

  it.each([
    {june: '$44.7 billion', value: 44_700_000_000, verdict: 'consistent'},
    {june: '$55.9 billion', value: 55_900_000_000, verdict: 'inconsistent'}
  ])('a value, its change, then the base after from: June $june is $verdict', ({june, value, verdict}) => {
    const text = `The goods and services deficit was $39.5 billion in July, down $5.2 billion from ${june} in June, revised.`
    const checks = run(
      changeFromBase,
      text,
      [
        {text: '$39.5 billion', kind: 'amount', value: 39_500_000_000, unit: 'USD'},
        {text: 'July', kind: 'date', value: '2016-07'},
        {text: 'down $5.2 billion', kind: 'change', value: 5_200_000_000, unit: 'USD', direction: 'down'},
        {text: june, kind: 'amount', value, unit: 'USD'},
        {text: 'June', kind: 'date', value: '2016-06'}
      ],
      {lang: 'en'}
    )
    expect(checks).toMatchObject([{verdict, facts: ['f3', 'f1', 'f4'], actual: -5_200_000_000}])
    if (verdict === 'consistent') {
      expect(checks[0]!.message).toBe(
        '$39.5 billion - $44.7 billion = -$5.2 billion (-$5.3 billion to -$5.1 billion at stated precision), matching down $5.2 billion (-$5.2 billion ± $0.05 billion)'
      )
    }
  })
})
