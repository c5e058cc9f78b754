import {describe, expect, it} from 'vitest'
import {repeatedValue} from '../../../src/check/rules/repeated-value.js'
import {run, type FactSpec} from '../helpers.js'

const revenue = (first: string, firstValue: number, second: string, secondValue: number, between = '全年一般公共预算收入达到'): [string, FactSpec[]] => [
  `一般公共预算收入${first},在全省排名第2位。${between}${second}。`,
  [
    {text: first, kind: 'amount', value: firstValue, unit: 'CNY', subject: '一般公共预算收入'},
    {text: second, kind: 'amount', value: secondValue, unit: 'CNY', subject: '一般公共预算收入'}
  ]
]

describe('repeated-value', () => {
  it.each([
    {second: '25.3亿元', value: 2_530_000_000, verdict: 'consistent'},
    {second: '25.31亿元', value: 2_531_000_000, verdict: 'consistent'},
    {second: '2530000000元', value: 2_530_000_000, verdict: 'consistent'},
    // Two body statements that disagree are no proof: real releases restate a subject for scopes and periods only their layout marks.
    {second: '26亿元', value: 2_600_000_000, verdict: 'unverifiable'},
    {second: '25.5亿元', value: 2_550_000_000, verdict: 'unverifiable'}
  ])('25.3亿元 then $second: $verdict', ({second, value, verdict}) => {
    const [text, facts] = revenue('25.3亿元', 2_530_000_000, second, value)
    const checks = run(repeatedValue, text, facts)
    expect(checks).toMatchObject([{rule: 'repeated-value', verdict}])
    if (verdict === 'unverifiable') {
      expect(checks[0]).toMatchObject({facts: ['f2', 'f1']})
      expect(checks[0]!.message).toBe(`一般公共预算收入 is stated as ${second} and, earlier, as 25.3亿元; the same metric, or another scope or period the text does not mark`)
    }
  })

  it('compares changes by direction', () => {
    const text = '营业额增长14%。记者了解到,营业额下降14%。'
    const checks = run(repeatedValue, text, [
      {text: '增长14%', kind: 'change', value: 14, unit: '%', direction: 'up', subject: '营业额'},
      {text: '下降14%', kind: 'change', value: 14, unit: '%', direction: 'down', subject: '营业额'}
    ])
    expect(checks).toMatchObject([{verdict: 'unverifiable'}])
  })

  it('checks English repeats', () => {
    const text = 'General public budget revenue was 2.53 billion yuan. The general public budget revenue reached 2.6 billion yuan.'
    const checks = run(
      repeatedValue,
      text,
      [
        {text: '2.53 billion yuan', kind: 'amount', value: 2_530_000_000, unit: 'CNY', subject: 'general public budget revenue'},
        {text: '2.6 billion yuan', kind: 'amount', value: 2_600_000_000, unit: 'CNY', subject: 'the general public budget revenue'}
      ],
      {lang: 'en'}
    )
    expect(checks).toMatchObject([{verdict: 'unverifiable'}])
  })

  it.each([
    {
      name: 'totals of different project sets (`总投资70亿元的10个重点项目`)',
      text: '确定了111个重点项目,总投资593亿元。总投资70亿元的10个重点项目提上日程。',
      facts: [
        {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
        {text: '593亿元', kind: 'amount', value: 59_300_000_000, unit: 'CNY', subject: '总投资'},
        {text: '70亿元', kind: 'amount', value: 7_000_000_000, unit: 'CNY', subject: '总投资'},
        {text: '10个', kind: 'count', value: 10, unit: '个', subject: '重点项目'}
      ]
    },
    {
      name: 'different periods',
      text: '2022年一般公共预算收入25.3亿元。2021年一般公共预算收入20亿元。',
      facts: [
        {text: '2022年', kind: 'date', value: '2022'},
        {text: '25.3亿元', kind: 'amount', value: 2_530_000_000, unit: 'CNY', subject: '一般公共预算收入'},
        {text: '2021年', kind: 'date', value: '2021'},
        {text: '20亿元', kind: 'amount', value: 2_000_000_000, unit: 'CNY', subject: '一般公共预算收入'}
      ]
    },
    {
      name: 'a comparison base',
      text: '一般公共预算收入25.3亿元,去年同期一般公共预算收入20亿元。',
      facts: [
        {text: '25.3亿元', kind: 'amount', value: 2_530_000_000, unit: 'CNY', subject: '一般公共预算收入'},
        {text: '20亿元', kind: 'amount', value: 2_000_000_000, unit: 'CNY', subject: '一般公共预算收入'}
      ]
    },
    {
      name: 'counts of one noun under different verbs',
      text: '全年需办理项目手续185项。办结项目手续139项。',
      facts: [
        {text: '185项', kind: 'count', value: 185, unit: '项', subject: '项目手续'},
        {text: '139项', kind: 'count', value: 139, unit: '项', subject: '项目手续'}
      ]
    },
    {
      name: 'different subjects',
      text: 'GDP总量排名全省第11位;一般公共预算收入排名第2位。',
      facts: [
        {text: '第11位', kind: 'rank', value: 11, scope: '全省', subject: 'GDP总量'},
        {text: '第2位', kind: 'rank', value: 2, subject: '一般公共预算收入'}
      ]
    }
  ] satisfies Array<{name: string; text: string; facts: FactSpec[]}>)('emits nothing for $name', ({text, facts}) => {
    expect(run(repeatedValue, text, facts)).toEqual([])
  })

  it('compares counts only when said the same way', () => {
    const text = '确定了111个重点项目。会议再次确定了120个重点项目。'
    const checks = run(repeatedValue, text, [
      {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
      {text: '120个', kind: 'count', value: 120, unit: '个', subject: '重点项目'}
    ])
    expect(checks).toEqual([])
    const same = '确定了111个重点项目。确定了120个重点项目。'
    expect(
      run(repeatedValue, same, [
        {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
        {text: '120个', kind: 'count', value: 120, unit: '个', subject: '重点项目'}
      ])
    ).toMatchObject([{verdict: 'unverifiable'}])
  })

  it('takes `two of its four subway lines` for some of the lines, not another count of them', () => {
    const text = 'Over the next five years the authority will spend $450 million on new signals for two of its four subway lines.'
    expect(
      run(repeatedValue, text, [
        {text: 'two', kind: 'count', value: 2, unit: 'line', subject: 'subway lines'},
        {text: 'four subway lines', kind: 'count', value: 4, unit: 'line', subject: 'subway lines'}
      ])
    ).toEqual([])
  })

  describe('the headline against the article', () => {
    const title = '南山学院今年录取新生5,000人 省内生源近六成'
    const article = (body: string, value: number): [string, FactSpec[]] => [
      `${title}\n\n2024-07-22 16:40:05 来源：教育在线\n\n  该校今年共录取新生${body}，比去年增加312人。`,
      [
        {text: '5,000人', kind: 'count', value: 5000, unit: '人', subject: '新生'},
        {text: body, kind: 'count', value, unit: '人', subject: '新生'}
      ]
    ]

    it.each([
      {body: '5,000人', value: 5000, verdict: 'consistent', message: '新生 is stated in the headline as 5,000人 and in the article as 5,000人, and the values agree'},
      {body: '5,900人', value: 5900, verdict: 'inconsistent', message: '新生 is stated in the headline as 5,000人, but in the article as 5,900人; one metric cannot have two values'}
    ])('a headline of 5,000人 and an article of $body: $verdict', ({body, value, verdict, message}) => {
      const [text, facts] = article(body, value)
      expect(run(repeatedValue, text, facts, {title})).toMatchObject([{rule: 'repeated-value', verdict, facts: ['f1', 'f2'], message}])
      // Without a headline given, the opening line that ends no sentence is read as one.
      expect(run(repeatedValue, text, facts)).toMatchObject([
        {rule: 'repeated-value', verdict, facts: ['f1', 'f2'], message: message.replace('the headline', 'the opening line')}
      ])
    })

    it('ends a headline clause at a space, so the next clause\'s `同比` does not qualify this one', () => {
      const headline = '假期接待游客386.2万人次 旅游收入同比增长43.7%'
      const text = `${headline}\n\n  假期全市共接待游客386.2万人次。`
      expect(
        run(
          repeatedValue,
          text,
          [
            {text: '386.2万人次', kind: 'count', value: 3_862_000, unit: '人次', subject: '游客'},
            {text: '同比增长43.7%', kind: 'change', value: 43.7, unit: '%', direction: 'up', subject: '旅游收入'},
            {text: '386.2万人次', kind: 'count', value: 3_862_000, unit: '人次', subject: '游客'}
          ],
          {title: headline}
        )
      ).toMatchObject([{verdict: 'consistent', facts: ['f1', 'f3']}])
    })

    it('takes a change against another base (按年 in the headline, 按月 in the article) for another metric', () => {
      const headline = '4月零售业总销货价值按年上升18.4%'
      const text = `${headline}\n\n  经季节性调整后，4月零售业总销货价值按月下跌0.8%。`
      const facts: FactSpec[] = [
        {text: '按年上升18.4%', kind: 'change', value: 18.4, unit: '%', direction: 'up', subject: '零售业总销货价值'},
        {text: '按月下跌0.8%', kind: 'change', value: 0.8, unit: '%', direction: 'down', subject: '零售业总销货价值'}
      ]
      expect(run(repeatedValue, text, facts, {title: headline})).toEqual([])
      const sameBase = text.replace('经季节性调整后，', '').replace('按月下跌0.8%', '按年上升18.4%')
      expect(
        run(repeatedValue, sameBase, [facts[0]!, {...facts[0]!}], {title: headline})
      ).toMatchObject([{verdict: 'consistent', facts: ['f1', 'f2']}])
      // A seasonally adjusted figure is another metric than the one reported.
      const adjusted = text.replace('按月下跌0.8%', '按年上升19.4%')
      expect(run(repeatedValue, adjusted, [facts[0]!, {...facts[0]!, text: '按年上升19.4%', value: 19.4}], {title: headline})).toEqual([])
      // A headline that leaves its base unsaid means a year ago, not the month before.
      const bare = '4月零售业总销货价值上升18.4%'
      expect(run(repeatedValue, text.replace(headline, bare), [{...facts[0]!, text: '上升18.4%'}, facts[1]!], {title: bare})).toEqual([])
    })

    it('takes an adjusted figure (扣除非经常性损益后, 经季节调整后) for another metric than the headline\'s', () => {
      const headline = '星河电子净利润翻了一番'
      const text = `${headline}\n\n  扣除非经常性损益后的净利润8.75亿元，增长87.3%。`
      const facts: FactSpec[] = [
        {text: '翻了一番', kind: 'change', value: 100, unit: '%', direction: 'up', subject: '净利润'},
        {text: '8.75亿元', kind: 'amount', value: 875_000_000, unit: 'CNY', subject: '净利润'},
        {text: '增长87.3%', kind: 'change', value: 87.3, unit: '%', direction: 'up', subject: '净利润'}
      ]
      expect(run(repeatedValue, text, facts, {title: headline})).toEqual([])
      const rate = '4月失业率3.50%'
      expect(
        run(
          repeatedValue,
          `${rate}\n\n  经季节调整后失业率为3.54%。`,
          [
            {text: '3.50%', kind: 'percent', value: 3.5, unit: '%', subject: '失业率'},
            {text: '3.54%', kind: 'percent', value: 3.54, unit: '%', subject: '失业率'}
          ],
          {title: rate}
        )
      ).toEqual([])
    })

    describe('a headline change against the change after the article\'s value', () => {
      const headline = '云川市上半年经济运行稳中向好 地区生产总值同比增长5.2%'
      const article = (change: string, value: number, subject = '地区生产总值'): [string, FactSpec[]] => [
        `${headline}\n\n  今年上半年全市实现${subject}2,856.4亿元，${change}，增速比第一季度加快0.9个百分点。`,
        [
          {text: '同比增长5.2%', kind: 'change', value: 5.2, unit: '%', direction: 'up', subject: '地区生产总值'},
          {text: '2,856.4亿元', kind: 'amount', value: 285_640_000_000, unit: 'CNY', subject},
          // The extractor gives a change after a value the subject it inferred, right or not.
          {text: change, kind: 'change', value, unit: '%', direction: 'up', subject: '地区生产总值'},
          {text: '0.9个百分点', kind: 'change', value: 0.9, unit: 'pp', direction: 'up', subject: '增速'}
        ]
      ]

      it.each([
        {change: '同比增长5.2%', value: 5.2, verdict: 'consistent', facts: ['f1', 'f3'], message: '地区生产总值 is stated in the headline as 同比增长5.2% and in the article as 同比增长5.2%, and the values agree'},
        {change: '同比增长6.2%', value: 6.2, verdict: 'inconsistent', facts: ['f1', 'f3'], message: '地区生产总值 is stated in the headline as 同比增长5.2%, but in the article as 同比增长6.2%; one metric cannot have two values'},
        // `增长` without its base in the article: the headline's `同比` may be it.
        {change: '增长6.2%', value: 6.2, verdict: 'inconsistent', facts: ['f1', 'f3'], message: '地区生产总值 is stated in the headline as 同比增长5.2%, but in the article as 增长6.2%; one metric cannot have two values'}
      ])('同比增长5.2% in the headline, $change after the value: $verdict', ({change, value, verdict, facts, message}) => {
        const [text, specs] = article(change, value)
        expect(run(repeatedValue, text, specs, {title: headline})).toEqual([
          expect.objectContaining({rule: 'repeated-value', verdict, facts, message})
        ])
      })

      it('pairs nothing when the value before the change is of another subject, or the change is against another base', () => {
        const [other, otherSpecs] = article('同比增长6.2%', 6.2, '营业收入')
        expect(run(repeatedValue, other, otherSpecs, {title: headline})).toEqual([])
        const [monthly, monthlySpecs] = article('环比增长6.2%', 6.2)
        expect(run(repeatedValue, monthly, monthlySpecs, {title: headline})).toEqual([])
      })

      it('takes 较上年同期 for the base a headline leaves unsaid, and of several changes the one worded as the headline', () => {
        const title = '星河电子2022年净利润翻了一番 拟每10股派发现金红利3元'
        const body = (doubled: string) =>
          `${title}\n\n  归属于上市公司股东的净利润9.82亿元，较上年同期的4.91亿元${doubled}；扣除非经常性损益后的净利润8.75亿元，增长87.3%。`
        const specs = (headlineValue: number): FactSpec[] => [
          {text: '翻了一番', kind: 'change', value: headlineValue, unit: '%', direction: 'up', subject: '净利润'},
          {text: '9.82亿元', kind: 'amount', value: 982_000_000, unit: 'CNY', subject: '净利润'},
          {text: '4.91亿元', kind: 'amount', value: 491_000_000, unit: 'CNY', subject: '净利润'},
          {text: '翻了一番', kind: 'change', value: 100, unit: '%', direction: 'up', subject: '净利润'},
          {text: '8.75亿元', kind: 'amount', value: 875_000_000, unit: 'CNY', subject: '净利润'},
          {text: '增长87.3%', kind: 'change', value: 87.3, unit: '%', direction: 'up', subject: '净利润'}
        ]
        expect(run(repeatedValue, body('翻了一番'), specs(100), {title})).toMatchObject([{verdict: 'consistent', facts: ['f1', 'f4']}])
        const edited = '星河电子2022年净利润翻了二番 拟每10股派发现金红利3元'
        expect(run(repeatedValue, body('翻了一番').replace(title, edited), [{...specs(300)[0]!, text: '翻了二番'}, ...specs(300).slice(1)], {title: edited})).toMatchObject([
          {verdict: 'inconsistent', facts: ['f1', 'f4'], expected: '翻了一番', actual: '翻了二番'}
        ])
      })
    })

    it('compares a headline with the value said as it says it when the article gives several', () => {
      const headline = (rate: string) => `4月失业率${rate} 创23年来同月新低`
      const text = (rate: string) => `${headline(rate)}\n\n  失业率为3.50%，经季节调整后失业率为3.54%；以大学及以上程度者失业率4.49%最高。`
      const specs = (rate: string, value: number): FactSpec[] => [
        {text: rate, kind: 'percent', value, unit: '%', subject: '失业率'},
        {text: '3.50%', near: '为3.50%', kind: 'percent', value: 3.5, unit: '%', subject: '失业率'},
        {text: '3.54%', kind: 'percent', value: 3.54, unit: '%', subject: '失业率'},
        {text: '4.49%', kind: 'percent', value: 4.49, unit: '%', subject: '失业率'}
      ]
      expect(run(repeatedValue, text('3.50%'), specs('3.50%', 3.5), {title: headline('3.50%')})).toMatchObject([
        {verdict: 'consistent', facts: ['f1', 'f2']}
      ])
      expect(run(repeatedValue, text('4.50%'), specs('4.50%', 4.5), {title: headline('4.50%')})).toMatchObject([
        {
          verdict: 'inconsistent',
          facts: ['f1', 'f2'],
          message: '失业率 is stated in the headline as 4.50%, but in the article as 3.50%; one metric cannot have two values'
        }
      ])
    })

    it('reads 按年龄 (by age) as no base: a figure by age group is still the headline\'s metric', () => {
      const title = '4月青年失业率11.67%'
      const text = (rate: string) => `${title}\n\n  按年龄别观察，4月青年失业率为${rate}，仍明显高于整体水准。`
      const specs = (rate: string, value: number): FactSpec[] => [
        {text: '11.67%', kind: 'percent', value: 11.67, unit: '%', subject: '青年失业率'},
        {text: rate, near: `为${rate}`, kind: 'percent', value, unit: '%', subject: '青年失业率'}
      ]
      expect(run(repeatedValue, text('11.67%'), specs('11.67%', 11.67), {title})).toMatchObject([{verdict: 'consistent', facts: ['f1', 'f2']}])
      expect(run(repeatedValue, text('12.67%'), specs('12.67%', 12.67), {title})).toMatchObject([{verdict: 'inconsistent', facts: ['f1', 'f2']}])
      // 按年 itself is a base the headline does not state: another metric.
      expect(run(repeatedValue, text('12.67%').replace('按年龄别观察', '按年计'), specs('12.67%', 12.67), {title})).toEqual([])
    })

    it('compares nothing when the article gives the metric several values', () => {
      const text = `${title}\n\n  该校今年共录取新生5,000人，其中本科新生3,000人。另一校区录取新生2,000人。`
      expect(
        run(
          repeatedValue,
          text,
          [
            {text: '5,000人', kind: 'count', value: 5000, unit: '人', subject: '新生'},
            {text: '5,000人', kind: 'count', value: 5000, unit: '人', subject: '新生'},
            {text: '3,000人', kind: 'count', value: 3000, unit: '人', subject: '本科新生'},
            {text: '2,000人', kind: 'count', value: 2000, unit: '人', subject: '新生'}
          ],
          {title}
        )
      ).toEqual([])
    })
  })

  it.each([
    {restated: '178453万亩', value: 1_784_530_000, verdict: 'consistent'},
    {restated: '223066万亩', value: 2_230_660_000, verdict: 'inconsistent'}
  ])('converts a figure restated in brackets in other units: 118969千公顷（$restated）is $verdict', ({restated, value, verdict}) => {
    const text = `全国粮食播种面积118969千公顷（${restated}），比上年增加。`
    const checks = run(repeatedValue, text, [
      {text: '118969千公顷', kind: 'count', value: 118_969_000, unit: '公顷', subject: '粮食播种面积'},
      {text: restated, kind: 'count', value, unit: '亩'}
    ])
    expect(checks).toMatchObject([{rule: 'repeated-value', verdict, facts: ['f1', 'f2'], expected: 1_784_535_000, actual: value}])
  })

  it('reads a whole number of a measure as rounded: 5845公斤/公顷 is 389.7公斤/亩, which 390公斤/亩 states', () => {
    const text = '全国粮食单位面积产量5845公斤/公顷（390公斤/亩）。'
    const checks = run(repeatedValue, text, [
      {text: '5845公斤/公顷', kind: 'count', value: 5845, unit: '千克/公顷'},
      {text: '390公斤/亩', kind: 'count', value: 390, unit: '千克/亩'}
    ])
    expect(checks).toMatchObject([{verdict: 'consistent'}])
    expect(checks[0]!.message).toBe('5845公斤/公顷 is 389.7公斤/亩 (1 千克/公顷 = 0.0667 千克/亩), matching 390公斤/亩 restated in brackets')
  })

  it('leaves alone a bracket in the same unit, or holding more than one number', () => {
    const text = '营业收入120亿元（上年110亿元），利润10亿元（20亿元）。'
    const checks = run(repeatedValue, text, [
      {text: '120亿元', kind: 'amount', value: 12_000_000_000, unit: 'CNY'},
      {text: '上年', kind: 'date', value: '2022'},
      {text: '110亿元', kind: 'amount', value: 11_000_000_000, unit: 'CNY'},
      {text: '10亿元', kind: 'amount', value: 1_000_000_000, unit: 'CNY'},
      {text: '20亿元', kind: 'amount', value: 2_000_000_000, unit: 'CNY'}
    ])
    expect(checks.filter((check) => check.message.includes('brackets'))).toEqual([])
  })

  it.each([
    {again: '减少0.7%', value: 0.7, verdict: 'consistent'},
    {again: '减少0.9%', value: 0.9, verdict: 'unverifiable'}
  ])('a figure said again in the same words: lead and body, $again is $verdict', ({again, value, verdict}) => {
    // Under a headline, so that the first paragraph is body, not a lead (which is compared as a headline is).
    const title = '金管局公布货币统计数字'
    const text = `${title}\n金管局公布,2月份存款总额减少0.5%。经季节因素调整后,该月港元货币供应量M1减少0.7%。\n经季节因素调整后,2月份港元货币供应量M1${again}。`
    const checks = run(repeatedValue, text, [
      {text: '2月份', kind: 'date', value: '2011-02'},
      {text: '减少0.5%', kind: 'change', value: 0.5, unit: '%', direction: 'down', subject: '存款总额'},
      {text: '减少0.7%', kind: 'change', value: 0.7, unit: '%', direction: 'down', subject: '货币供应量M1'},
      {text: '2月份', near: '2月份港元', kind: 'date', value: '2011-02'},
      {text: again, kind: 'change', value, unit: '%', direction: 'down', subject: '货币供应量M1'}
    ], {title})
    expect(checks.filter((check) => check.message.includes('same words'))).toMatchObject([{verdict}])
  })
})

describe('repeated-value: a section heading sums up its section', () => {
  const release = (body: number) => {
    const text = `一、营业总收入\n1-7月,国有企业营业总收入477160.7亿元。\n二、利润总额27332.5亿元\n1-7月,国有企业利润总额${body}亿元,同比增长3.9%。\n三、应交税费\n1-7月,国有企业应交税费32371.8亿元。`
    return run(repeatedValue, text, [
      {text: '477160.7亿元', kind: 'amount', value: 47_716_070_000_000, unit: 'CNY', subject: '国有企业营业总收入'},
      {text: '27332.5亿元', kind: 'amount', value: 2_733_250_000_000, unit: 'CNY', subject: '利润总额'},
      {text: `${body}亿元`, kind: 'amount', value: body * 1e8, unit: 'CNY', subject: '利润总额'},
      {text: '同比增长3.9%', kind: 'change', value: 3.9, unit: '%', subject: '利润总额', direction: 'up'},
      {text: '32371.8亿元', kind: 'amount', value: 3_237_180_000_000, unit: 'CNY', subject: '国有企业应交税费'}
    ])
  }

  it('agrees with the figure of its metric in its section', () => {
    expect(release(27332.5).map((check) => [check.verdict, check.facts, check.message])).toEqual([
      ['consistent', ['f2', 'f3'], '利润总额 is stated in a heading as 27332.5亿元 and in the section as 27332.5亿元, and the values agree']
    ])
  })

  it('is flagged when it does not', () => {
    expect(release(34165.6).map((check) => check.verdict)).toEqual(['inconsistent'])
  })
})

describe('repeated-value: a lead paragraph sums up the release', () => {
  const release = (reserves: string, value: number) => {
    const text = `本财政年度首3个月录得60亿元赤字,财政储备为3,047亿元。\n财经事务及库务局今天公布,政府整体支出548亿元,收入488亿元。\n在6月底的财政储备为${reserves},较5月底的3,122亿元减少75亿元。`
    return run(repeatedValue, text, [
      {text: '60亿元', kind: 'amount', value: 6_000_000_000, unit: 'HKD', subject: '赤字'},
      {text: '3,047亿元', kind: 'amount', value: 304_700_000_000, unit: 'HKD', subject: '财政储备'},
      {text: '548亿元', kind: 'amount', value: 54_800_000_000, unit: 'HKD', subject: '政府整体支出'},
      {text: '488亿元', kind: 'amount', value: 48_800_000_000, unit: 'HKD', subject: '收入'},
      {text: reserves, kind: 'amount', value, unit: 'HKD', subject: '财政储备'},
      {text: '3,122亿元', kind: 'amount', value: 312_200_000_000, unit: 'HKD', subject: '财政储备'},
      {text: '减少75亿元', kind: 'change', value: 7_500_000_000, unit: 'HKD', subject: '财政储备', direction: 'down'}
    ])
  }

  it.each([
    {reserves: '3,047亿元', value: 304_700_000_000, verdict: 'consistent'},
    {reserves: '3,809亿元', value: 380_900_000_000, verdict: 'inconsistent'}
  ])('when no headline is given: $reserves is $verdict', ({reserves, value, verdict}) => {
    const checks = release(reserves, value).filter((check) => check.message.includes('in the lead'))
    expect(checks.map((check) => [check.verdict, ...check.facts])).toEqual([[verdict, 'f2', 'f5']])
  })
})
