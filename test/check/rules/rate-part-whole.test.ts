import {describe, expect, it} from 'vitest'
import {partWithinWhole} from '../../../src/check/rules/part-within-whole.js'
import {ratePartWhole} from '../../../src/check/rules/rate-part-whole.js'
import {run, type FactSpec} from '../helpers.js'

const projects = (rate: number, part = 88, whole = 111): {text: string; facts: FactSpec[]} => ({
  text: `确定了${whole}个重点项目。目前已有${part}个项目开复工,开复工率达到了${rate}%。`,
  facts: [
    {text: `${whole}个`, kind: 'count', value: whole, unit: '个', subject: '重点项目'},
    {text: `${part}个`, kind: 'count', value: part, unit: '个', subject: '项目'},
    {text: `${rate}%`, kind: 'percent', value: rate, unit: '%', subject: '开复工率'}
  ]
})

describe('rate-part-whole', () => {
  it.each([
    {name: 'rate within stated precision', rate: 79, verdict: 'consistent', message: '开复工率: 88 / 111 = 79.3%, within 79% ± 0.5 (stated precision)'},
    {name: 'rate at the edge of its precision', rate: 79.3, verdict: 'consistent', message: '88 / 111 = 79.28%, within 79.3% ± 0.05 (stated precision)'},
    {name: 'rate off by more than rounding', rate: 85, verdict: 'inconsistent', message: '88 / 111 = 79.3%, not within 85% ± 0.5 (stated precision)'},
    {name: 'rate one unit off', rate: 80, verdict: 'inconsistent', message: 'not within 80% ± 0.5'}
  ])('$name: $verdict', ({rate, verdict, message}) => {
    const {text, facts} = projects(rate)
    const checks = run(ratePartWhole, text, facts)
    expect(checks).toHaveLength(1)
    expect(checks[0]).toMatchObject({rule: 'rate-part-whole', verdict, facts: ['f3', 'f2', 'f1'], actual: rate})
    expect(checks[0]!.message).toContain(message)
  })

  it('reports the implied whole as unverifiable when no whole is stated', () => {
    const text = '在手续办理上,办结项目手续139项,办结率达到了75%。'
    const checks = run(ratePartWhole, text, [
      {text: '139项', kind: 'count', value: 139, unit: '项', subject: '项目手续'},
      {text: '75%', kind: 'percent', value: 75, unit: '%', subject: '办结率'}
    ])
    expect(checks).toEqual([
      {
        rule: 'rate-part-whole',
        verdict: 'unverifiable',
        facts: ['f2', 'f1'],
        message: '办结率: 139 / 75% = 185.3, about 185 项目手续 in all (184.1–186.6 for 75% ± 0.5 (stated precision)); the article states no total to check it against',
        expected: 185.3,
        actual: 75
      }
    ])
  })

  it('uses a whole stated after the rate when it is the only candidate', () => {
    const text = '办结项目手续139项,办结率达到了75%。全年需办理项目手续185项。'
    const checks = run(ratePartWhole, text, [
      {text: '139项', kind: 'count', value: 139, unit: '项', subject: '项目手续'},
      {text: '75%', kind: 'percent', value: 75, unit: '%', subject: '办结率'},
      {text: '185项', kind: 'count', value: 185, unit: '项', subject: '项目手续'}
    ])
    expect(checks[0]).toMatchObject({verdict: 'consistent', facts: ['f2', 'f1', 'f3']})
  })

  it('reads `占全部111个项目的79%` as part, whole and rate', () => {
    const text = '88个项目开复工,占全部111个项目的79%。'
    const checks = run(ratePartWhole, text, [
      {text: '88个', kind: 'count', value: 88, unit: '个', subject: '项目'},
      {text: '111个', kind: 'count', value: 111, unit: '个', subject: '项目'},
      {text: '79%', kind: 'percent', value: 79, unit: '%', subject: null}
    ])
    expect(checks[0]).toMatchObject({verdict: 'consistent', facts: ['f3', 'f1', 'f2']})
  })

  it('handles approximate parts as ranges', () => {
    const text = '全区有市场主体10000户,其中新增2700余户,占比27%。'
    const checks = run(ratePartWhole, text, [
      {text: '10000户', kind: 'count', value: 10000, unit: '户', subject: '市场主体'},
      {text: '2700余户', kind: 'count', value: 2700, unit: '户', approx: 'more_than', subject: '市场主体'},
      {text: '27%', kind: 'percent', value: 27, unit: '%', subject: '占比'}
    ])
    expect(checks[0]).toMatchObject({verdict: 'consistent'})
    expect(checks[0]!.message).toContain('2700余户 / 10000 = 27–28%')
  })

  it('checks English articles', () => {
    const text = 'The district identified 111 key projects. So far 88 projects have started or resumed construction, a construction rate of 85%.'
    const checks = run(ratePartWhole, text, [
      {text: '111', kind: 'count', value: 111, subject: 'key projects'},
      {text: '88', kind: 'count', value: 88, subject: 'projects'},
      {text: '85%', kind: 'percent', value: 85, unit: '%', subject: 'construction rate'}
    ])
    expect(checks[0]).toMatchObject({verdict: 'inconsistent'})
    expect(checks[0]!.message).toContain('88 / 111 = 79.3%, not within 85% ± 0.5')
  })

  it.each([
    {
      name: 'a growth rate',
      text: '确定了111个重点项目。营业额88亿元,增长率79%。',
      facts: [
        {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
        {text: '88亿元', kind: 'amount', value: 8_800_000_000, unit: 'CNY', subject: '营业额'},
        {text: '79%', kind: 'percent', value: 79, unit: '%', subject: '增长率'}
      ]
    },
    {
      name: 'a rate whose action the sentence does not name',
      text: '确定了111个重点项目。目前已有88个项目签约,开复工率达到了79%。',
      facts: [
        {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
        {text: '88个', kind: 'count', value: 88, unit: '个', subject: '项目'},
        {text: '79%', kind: 'percent', value: 79, unit: '%', subject: '开复工率'}
      ]
    },
    {
      name: 'a rate in another sentence than the count',
      text: '目前已有88个项目开复工。开复工率达到了79%。',
      facts: [
        {text: '88个', kind: 'count', value: 88, unit: '个', subject: '项目'},
        {text: '79%', kind: 'percent', value: 79, unit: '%', subject: '开复工率'}
      ]
    },
    {
      name: 'a rate without a subject or link',
      text: '目前已有88个项目开复工,达到了79%。',
      facts: [
        {text: '88个', kind: 'count', value: 88, unit: '个', subject: '项目'},
        {text: '79%', kind: 'percent', value: 79, unit: '%', subject: null}
      ]
    }
  ] satisfies Array<{name: string; text: string; facts: FactSpec[]}>)('emits nothing for $name', ({text, facts}) => {
    expect(run(ratePartWhole, text, facts)).toEqual([])
  })

  it('does not pick between totals that disagree', () => {
    const text = '一期确定了100个重点项目。二期确定了111个重点项目。目前已有88个项目开复工,开复工率达到了79%。'
    const checks = run(ratePartWhole, text, [
      {text: '100个', kind: 'count', value: 100, unit: '个', subject: '重点项目'},
      {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
      {text: '88个', kind: 'count', value: 88, unit: '个', subject: '项目'},
      {text: '79%', kind: 'percent', value: 79, unit: '%', subject: '开复工率'}
    ])
    expect(checks).toHaveLength(1)
    expect(checks[0]).toMatchObject({verdict: 'unverifiable'})
    expect(checks[0]!.message).toContain('totals that differ')
  })

  it('passes over a last-year or cumulative total for this period\'s part', () => {
    const text = '去年确定了100个重点项目,今年确定了111个重点项目。目前已有88个项目开复工,开复工率达到了79%。'
    const checks = run(ratePartWhole, text, [
      {text: '100个', kind: 'count', value: 100, unit: '个', subject: '重点项目'},
      {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
      {text: '88个', kind: 'count', value: 88, unit: '个', subject: '项目'},
      {text: '79%', kind: 'percent', value: 79, unit: '%', subject: '开复工率'}
    ])
    expect(checks).toMatchObject([{verdict: 'consistent', facts: ['f4', 'f3', 'f2']}])
  })

  it('leaves parts beyond their whole, and bounded rates over 100%, to other rules', () => {
    expect(run(ratePartWhole, projects(79, 120).text, projects(79, 120).facts)).toEqual([])
    expect(run(ratePartWhole, projects(120).text, projects(120).facts)).toEqual([])
  })
})

describe('rate-part-whole in English phrasing', () => {
  it('reads `88 of the 111 projects, or 79%` as part, whole and rate', () => {
    const text = 'So far 88 of the 111 projects, or 85%, have started construction.'
    const checks = run(ratePartWhole, text, [
      {text: '88', kind: 'count', value: 88, unit: 'project', subject: 'projects'},
      {text: '111', kind: 'count', value: 111, unit: 'project', subject: 'projects'},
      {text: '85%', kind: 'percent', value: 85, unit: '%', subject: null}
    ])
    expect(checks).toMatchObject([{verdict: 'inconsistent', facts: ['f3', 'f1', 'f2']}])
  })

  it('finds the whole a share names after it: `32.5 percent of total exports`', () => {
    const text = 'Exports reached 101.85 billion yuan. Machinery exports were 61.24 billion yuan, accounting for 60.1 percent of exports.'
    const checks = run(ratePartWhole, text, [
      {text: '101.85 billion yuan', kind: 'amount', value: 101_850_000_000, unit: 'CNY', subject: 'exports'},
      {text: '61.24 billion yuan', kind: 'amount', value: 61_240_000_000, unit: 'CNY', subject: 'machinery exports'},
      {text: '60.1 percent', kind: 'percent', value: 60.1, unit: '%', subject: null}
    ])
    expect(checks).toMatchObject([{verdict: 'consistent', facts: ['f3', 'f2', 'f1']}])
  })
})

describe('rate-part-whole pairing', () => {
  it('leaves a share that names its own part (`省内生源占比`) unpaired with the number before it', () => {
    const text = '南山学院录取新生5,000人 省内生源占比近六成\n\n该校共录取新生5,000人。其中，省内考生2,950人，占总数的59%。'
    const checks = run(ratePartWhole, text, [
      {text: '5,000人', kind: 'count', value: 5000, unit: '人', subject: '新生'},
      {text: '近六成', kind: 'ratio', value: 0.6, approx: 'about', subject: '省内生源占比'},
      {text: '5,000人', kind: 'count', value: 5000, unit: '人', subject: '新生'},
      {text: '2,950人', kind: 'count', value: 2950, unit: '人', subject: '省内考生'},
      {text: '59%', kind: 'percent', value: 59, unit: '%', subject: null}
    ])
    expect(checks).toEqual([
      {
        rule: 'rate-part-whole',
        verdict: 'consistent',
        facts: ['f5', 'f4', 'f3'],
        message: '2950 / 5000 = 59%, within 59% ± 0.5 (stated precision)',
        expected: 59,
        actual: 59
      }
    ])
  })

  it('does not take the same number said again for the whole of it', () => {
    const text = '新增企业120家\n\n上半年全市新增企业120家，占比40%。'
    const checks = run(ratePartWhole, text, [
      {text: '120家', kind: 'count', value: 120, unit: '家', subject: '企业'},
      {text: '120家', kind: 'count', value: 120, unit: '家', subject: '企业'},
      {text: '40%', kind: 'percent', value: 40, unit: '%', subject: '占比'}
    ])
    expect(checks).toEqual([
      {
        rule: 'rate-part-whole',
        verdict: 'unverifiable',
        facts: ['f3', 'f2'],
        message: '占比: 120 / 40% = 300, about 300 企业 in all (296.3–303.8 for 40% ± 0.5 (stated precision)); the article states no total to check it against',
        expected: 300,
        actual: 40
      }
    ])
  })

  it('leaves an English share `of it` with the whole before it, not a part', () => {
    const text = 'Last month 48 electric buses joined the fleet of 1,236, nearly two-fifths of it electric.'
    expect(
      run(ratePartWhole, text, [
        {text: '48 electric buses', kind: 'count', value: 48, unit: 'bus', subject: 'electric buses'},
        {text: '1,236', kind: 'count', value: 1236, unit: 'bus', subject: 'fleet'},
        {text: 'nearly two-fifths', kind: 'ratio', value: 0.4, approx: 'about', subject: 'electric buses'}
      ])
    ).toEqual([])
  })

  it('finds the whole that `占…总数` names (`入境旅客总数` is `入境旅客`)', () => {
    const text = '今年1至5月入境旅客300万人次。东南亚旅客约85万人次，占入境旅客总数近三成。'
    const checks = run(ratePartWhole, text, [
      {text: '300万人次', kind: 'count', value: 3_000_000, unit: '人次', subject: '入境旅客'},
      {text: '约85万人次', kind: 'count', value: 850_000, unit: '人次', approx: 'about', subject: '东南亚旅客'},
      {text: '近三成', kind: 'ratio', value: 0.3, approx: 'about', subject: '东南亚旅客'}
    ])
    expect(checks).toEqual([
      {
        rule: 'rate-part-whole',
        verdict: 'consistent',
        facts: ['f3', 'f2', 'f1'],
        message: '东南亚旅客: 约85万人次 / 300万人次 = 28.1–28.5%, within 近三成 (20–36%)',
        expected: 28.3,
        actual: 30
      }
    ])
  })

  it('does not take a smaller figure of another period for the whole when a larger one could hold the part', () => {
    const text = '今年1至5月入境旅客300万人次，5月单月入境旅客61万人次。\n\n东南亚旅客约85万人次，占入境旅客总数近三成。'
    const facts: FactSpec[] = [
      {text: '今年1至5月', kind: 'date', value: '2024-01/2024-05'},
      {text: '300万人次', kind: 'count', value: 3_000_000, unit: '人次', subject: '入境旅客'},
      {text: '5月', near: '5月单月', kind: 'date', value: '2024-05'},
      {text: '61万人次', kind: 'count', value: 610_000, unit: '人次', subject: '入境旅客'},
      {text: '约85万人次', kind: 'count', value: 850_000, unit: '人次', approx: 'about', subject: '东南亚旅客'},
      {text: '近三成', kind: 'ratio', value: 0.3, approx: 'about', subject: '东南亚旅客'}
    ]
    expect(run(ratePartWhole, text, facts)).toMatchObject([
      {
        verdict: 'unverifiable',
        facts: ['f6', 'f5'],
        message: '东南亚旅客: 约85万人次 / 30% = 283.3万人次 东南亚旅客 in all (234.7万人次 to 427.5万人次 for 近三成 (20–36%)); the article states no single 入境旅客总数 to check it against'
      }
    ])
    expect(run(partWithinWhole, text, facts)).toEqual([])
  })

  it('reads an English share set off by commas as the share of the number that follows', () => {
    const text = 'Revenue rose 10% to $500 million. Software revenue, about four-fifths of the total, grew 12% to $410 million.'
    const checks = run(ratePartWhole, text, [
      {text: 'rose 10%', kind: 'change', value: 10, unit: '%', direction: 'up', subject: 'revenue'},
      {text: '$500 million', kind: 'amount', value: 500_000_000, unit: 'USD', subject: 'revenue'},
      {text: 'about four-fifths', kind: 'ratio', value: 0.8, approx: 'about', subject: 'software revenue'},
      {text: 'grew 12%', kind: 'change', value: 12, unit: '%', direction: 'up', subject: 'software revenue'},
      {text: '$410 million', kind: 'amount', value: 410_000_000, unit: 'USD', subject: 'software revenue'}
    ])
    expect(checks).toEqual([
      {
        rule: 'rate-part-whole',
        verdict: 'consistent',
        facts: ['f3', 'f5', 'f2'],
        message: 'software revenue: $410 million / $500 million = 81.8–82.2%, within about four-fifths (77–83%)',
        expected: 82,
        actual: 80
      }
    ])
  })
})

describe('rate-part-whole with a stated approximation', () => {
  it.each([
    {rate: '近59%', value: 59, kind: 'percent' as const, part: 581, verdict: 'consistent', message: '581 / 1000 = 58.1%, within 近59% (58–59.5%)'},
    {rate: '近六成', value: 0.6, kind: 'ratio' as const, part: 520, verdict: 'consistent', message: '520 / 1000 = 52%, within 近六成 (50–66%)'},
    {rate: '近六成', value: 0.6, kind: 'ratio' as const, part: 480, verdict: 'inconsistent', message: '480 / 1000 = 48%, not within 近六成 (50–66%)'},
    {rate: '约59%', value: 59, kind: 'percent' as const, part: 581, verdict: 'inconsistent', message: '581 / 1000 = 58.1%, not within 约59% (58.5–59.5%)'}
  ])('`近` (nearly) widens below: $part of 1000 and $rate are $verdict', ({rate, value, kind, part, verdict, message}) => {
    const text = `全市共有企业1000家,其中${part}家完成改造,占${rate}。`
    const checks = run(ratePartWhole, text, [
      {text: '1000家', kind: 'count', value: 1000, unit: '家', subject: '企业'},
      {text: `${part}家`, kind: 'count', value: part, unit: '家', subject: '企业'},
      {text: rate, kind, value, unit: kind === 'percent' ? '%' : null, approx: 'about'}
    ])
    expect(checks).toMatchObject([{rule: 'rate-part-whole', verdict, facts: ['f3', 'f2', 'f1'], message}])
  })

  it.each([
    {rate: '56.8%', value: 56.8, verdict: 'consistent'},
    {rate: '71.0%', value: 71, verdict: 'inconsistent'}
  ])('the share of a whole\'s members that grew: 37个…中有21个…增长面为$rate is $verdict', ({rate, value, verdict}) => {
    const text = `1—10月份,全市规模以上工业37个大类行业中有21个行业增加值同比实现增长,增长面为${rate}。`
    const checks = run(ratePartWhole, text, [
      {text: '1—10月份', kind: 'date', value: '2022-01/2022-10'},
      {text: '37个', kind: 'count', value: 37, unit: '个', subject: '规模以上工业'},
      {text: '21个', kind: 'count', value: 21, unit: '个', subject: '行业'},
      {text: rate, kind: 'percent', value, unit: '%', subject: '增长面'}
    ])
    expect(checks).toMatchObject([{rule: 'rate-part-whole', verdict, facts: ['f4', 'f3', 'f2']}])
  })

  it('does not take a listed part (城镇人口, after 其中) for the whole of a later rate', () => {
    const text = '年末全市常住人口312.87万人。其中,城镇人口为151.93万人。全年出生人口为3.09万人,出生率为9.88‰。'
    const checks = run(ratePartWhole, text, [
      {text: '312.87万人', kind: 'count', value: 3_128_700, unit: '人', subject: '常住人口'},
      {text: '151.93万人', kind: 'count', value: 1_519_300, unit: '人', subject: '城镇人口'},
      {text: '3.09万人', kind: 'count', value: 30_900, unit: '人', subject: '人口'},
      {text: '9.88‰', kind: 'percent', value: 0.988, unit: '%', subject: '出生率'}
    ])
    expect(checks.filter((check) => check.verdict === 'inconsistent')).toEqual([])
  })
})

describe('rate-part-whole: shares of a list whose whole nothing names', () => {
  const trips = (america: number) => {
    const text = `全年出国共计1,664万人次。依目的地分析,亚洲地区1,515万人次(占91.0%),其次为美洲地区${america}万人次(占4.3%)、欧洲地区54万人次(占3.2%)。`
    return run(ratePartWhole, text, [
      {text: '1,664万人次', kind: 'count', value: 16_640_000, unit: '人次', subject: '出国'},
      {text: '1,515万人次', kind: 'count', value: 15_150_000, unit: '人次', subject: '亚洲地区'},
      {text: '91.0%', kind: 'percent', value: 91, unit: '%', subject: null},
      {text: `${america}万人次`, kind: 'count', value: america * 10_000, unit: '人次', subject: '美洲地区'},
      {text: '4.3%', kind: 'percent', value: 4.3, unit: '%', subject: null},
      {text: '54万人次', kind: 'count', value: 540_000, unit: '人次', subject: '欧洲地区'},
      {text: '3.2%', kind: 'percent', value: 3.2, unit: '%', subject: null}
    ])
  }

  it('takes the number before them as their whole once two shares agree with it', () => {
    expect(trips(71).map((check) => [check.verdict, ...check.facts])).toEqual([
      ['consistent', 'f3', 'f2', 'f1'],
      ['consistent', 'f5', 'f4', 'f1'],
      ['consistent', 'f7', 'f6', 'f1']
    ])
  })

  it('then flags the share whose part is misstated', () => {
    expect(trips(89).map((check) => check.verdict)).toEqual(['consistent', 'inconsistent', 'consistent'])
  })
})
