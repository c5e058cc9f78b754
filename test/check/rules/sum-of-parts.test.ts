import {describe, expect, it} from 'vitest'
import {partWithinWhole} from '../../../src/check/rules/part-within-whole.js'
import {sumOfParts} from '../../../src/check/rules/sum-of-parts.js'
import {run, type FactSpec} from '../helpers.js'

const closed = (total: number): [string, FactSpec[]] => [
  `2022年共培育限上贸易企业65家、规上服务业9家、规上工业企业11家,共计${total}家。`,
  [
    {text: '2022年', kind: 'date', value: '2022'},
    {text: '65家', kind: 'count', value: 65, unit: '家', subject: '限上贸易企业'},
    {text: '9家', kind: 'count', value: 9, unit: '家', subject: '规上服务业'},
    {text: '11家', kind: 'count', value: 11, unit: '家', subject: '规上工业企业'},
    {text: `${total}家`, kind: 'count', value: total, unit: '家', subject: null}
  ]
]

const open = (total: string, value: number): [string, FactSpec[]] => [
  `全县现有市场主体${total}户,其中企业5600户、个体工商户1.7万户。`,
  [
    {text: `${total}户`, kind: 'count', value, unit: '户', subject: '市场主体'},
    {text: '5600户', kind: 'count', value: 5600, unit: '户', subject: '企业'},
    {text: '1.7万户', kind: 'count', value: 17000, unit: '户', subject: '个体工商户'}
  ]
]

describe('sum-of-parts', () => {
  it.each([
    {total: 85, verdict: 'consistent', message: '65 + 9 + 11 = 85家, equal to the stated total 85'},
    {total: 90, verdict: 'inconsistent', message: '65 + 9 + 11 = 85家 < 90; the listed parts fall short of the total they are said to make up'},
    {total: 80, verdict: 'inconsistent', message: '65 + 9 + 11 = 85家 > 80; the parts exceed their stated total'}
  ])('a list closed by 共计$total家: $verdict', ({total, verdict, message}) => {
    const [text, facts] = closed(total)
    expect(run(sumOfParts, text, facts)).toEqual([
      {rule: 'sum-of-parts', verdict, facts: ['f5', 'f2', 'f3', 'f4'], message, expected: 85, actual: total}
    ])
  })

  it.each([
    {total: '2.3万', value: 23000, verdict: 'consistent'},
    {total: '3万', value: 30000, verdict: 'unverifiable'},
    {total: '2.0万', value: 20000, verdict: 'inconsistent'}
  ])('parts after 其中 against $total: $verdict', ({total, value, verdict}) => {
    const [text, facts] = open(total, value)
    expect(run(sumOfParts, text, facts)).toMatchObject([{verdict, facts: ['f1', 'f2', 'f3']}])
  })

  it('shows the rounding of the stated numbers', () => {
    const [text, facts] = open('2.3万', 23000)
    expect(run(sumOfParts, text, facts)[0]!.message).toBe('5600 + 1.7万户 = 2.26万户, equal to the stated total 2.3万户')
  })

  it('leaves a single part beyond the total to part-within-whole', () => {
    const [text, facts] = open('1万', 10000)
    expect(run(sumOfParts, text, facts)).toEqual([])
  })

  it('checks English totals', () => {
    const text = 'The district fostered 65 trade firms, 9 service firms and 11 industrial firms, a total of 95 enterprises.'
    const checks = run(sumOfParts, text, [
      {text: '65', kind: 'count', value: 65, subject: 'trade firms'},
      {text: '9', near: '9 service', kind: 'count', value: 9, subject: 'service firms'},
      {text: '11', kind: 'count', value: 11, subject: 'industrial firms'},
      {text: '95', kind: 'count', value: 95, subject: 'enterprises'}
    ])
    expect(checks).toMatchObject([{verdict: 'inconsistent', expected: 85, actual: 95}])
  })

  it('emits nothing for a list without a stated total', () => {
    const [text, facts] = closed(85)
    const withoutTotal = text.replace(',共计85家', '')
    expect(run(sumOfParts, withoutTotal, facts.slice(0, 4))).toEqual([])
  })

  it('emits nothing when the numbers before the total are not one list', () => {
    const text = '确定了111个重点项目,总投资593亿元,共计85个。'
    expect(
      run(sumOfParts, text, [
        {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
        {text: '593亿元', kind: 'amount', value: 59_300_000_000, unit: 'CNY', subject: '总投资'},
        {text: '85个', kind: 'count', value: 85, unit: '个'}
      ])
    ).toEqual([])
  })
})

describe('sum-of-parts precision', () => {
  it('reads 2万 as 1.5万–2.5万, so parts of 2.26万 fit it', () => {
    const [text, facts] = open('2万', 20000)
    expect(run(sumOfParts, text, facts)).toMatchObject([{verdict: 'consistent'}])
  })
})

describe('sum-of-parts identities and breakdowns', () => {
  const trade = (surplus: string, value: number): [string, FactSpec[]] => [
    `今年前三季度,海州市货物贸易进出口总值1,526.8亿元,同比增长8.3%。其中,出口1,018.5亿元,增长11.2%;进口508.3亿元,增长2.9%;贸易顺差${surplus}亿元,扩大20.8%。`,
    [
      {text: '1,526.8亿元', kind: 'amount', value: 152_680_000_000, unit: 'CNY', subject: '货物贸易进出口总值'},
      {text: '1,018.5亿元', kind: 'amount', value: 101_850_000_000, unit: 'CNY', subject: '出口'},
      {text: '508.3亿元', kind: 'amount', value: 50_830_000_000, unit: 'CNY', subject: '进口'},
      {text: `${surplus}亿元`, kind: 'amount', value, unit: 'CNY', subject: '贸易顺差'}
    ]
  ]

  it('checks exports + imports = trade and imports + surplus = exports', () => {
    const [text, facts] = trade('510.2', 51_020_000_000)
    const checks = run(sumOfParts, text, facts)
    expect(checks.map((check) => [check.verdict, check.message])).toEqual([
      ['consistent', 'exports + imports: 1,018.5亿元 + 508.3亿元 = 1526.8亿元, equal to the stated total 1,526.8亿元'],
      ['consistent', 'imports + surplus: 508.3亿元 + 510.2亿元 = 1018.5亿元, equal to the stated total 1,018.5亿元']
    ])
    const [wrong, wrongFacts] = trade('610.2', 61_020_000_000)
    expect(run(sumOfParts, wrong, wrongFacts).map((check) => check.verdict)).toEqual(['consistent', 'inconsistent'])
  })

  it('checks revenue + deficit = expenditure', () => {
    const text = '宜兰县113年度岁入编列312.6亿元,岁出编列336.4亿元;岁入岁出差短23.8亿元。'
    const checks = run(sumOfParts, text, [
      {text: '312.6亿元', kind: 'amount', value: 31_260_000_000, unit: 'TWD', subject: '岁入'},
      {text: '336.4亿元', kind: 'amount', value: 33_640_000_000, unit: 'TWD', subject: '岁出'},
      {text: '23.8亿元', kind: 'amount', value: 2_380_000_000, unit: 'TWD', subject: '岁入岁出差短'}
    ])
    expect(checks).toMatchObject([{verdict: 'consistent', facts: ['f2', 'f1', 'f3']}])
  })

  it('skips an identity whose roles have several values', () => {
    const text = '5月出口金额为372.5亿美元;进口金额为312.8亿美元;出超59.7亿美元。6月出口380亿美元。'
    const checks = run(sumOfParts, text, [
      {text: '372.5亿美元', kind: 'amount', value: 37_250_000_000, unit: 'USD', subject: '出口金额'},
      {text: '312.8亿美元', kind: 'amount', value: 31_280_000_000, unit: 'USD', subject: '进口金额'},
      {text: '59.7亿美元', kind: 'amount', value: 5_970_000_000, unit: 'USD', subject: '出超'},
      {text: '380亿美元', kind: 'amount', value: 38_000_000_000, unit: 'USD', subject: '出口'}
    ])
    expect(checks).toEqual([])
  })

  it('checks a breakdown paragraph against the whole its shares name', () => {
    const text =
      '公司实现营业收入86.47亿元。\n分业务看,消费电子业务收入51.30亿元,占营业收入的59.3%;汽车电子业务收入23.76亿元,增长62%;工业控制业务收入21.41亿元,下降8.2%。'
    const facts: FactSpec[] = [
      {text: '86.47亿元', kind: 'amount', value: 8_647_000_000, unit: 'CNY', subject: '营业收入'},
      {text: '51.30亿元', kind: 'amount', value: 5_130_000_000, unit: 'CNY', subject: '消费电子业务收入'},
      {text: '59.3%', kind: 'percent', value: 59.3, unit: '%', subject: '消费电子业务收入'},
      {text: '23.76亿元', kind: 'amount', value: 2_376_000_000, unit: 'CNY', subject: '汽车电子业务收入'},
      {text: '增长62%', kind: 'change', value: 62, unit: '%', direction: 'up', subject: '汽车电子业务收入'},
      {text: '21.41亿元', kind: 'amount', value: 2_141_000_000, unit: 'CNY', subject: '工业控制业务收入'},
      {text: '下降8.2%', kind: 'change', value: 8.2, unit: '%', direction: 'down', subject: '工业控制业务收入'}
    ]
    // 51.30 + 23.76 + 21.41 = 96.47 > 86.47: the parts of a breakdown exceed the total.
    expect(run(sumOfParts, text, facts)).toMatchObject([{verdict: 'inconsistent', facts: ['f1', 'f2', 'f4', 'f6']}])
    const fewer = facts.map((fact) => (fact.text === '21.41亿元' ? {...fact, text: '11.41亿元', value: 1_141_000_000} : fact))
    expect(run(sumOfParts, text.replace('21.41', '11.41'), fewer)).toMatchObject([{verdict: 'consistent'}])
  })
})

describe('sum-of-parts: lists that add up', () => {
  it('takes a `其中` list whole when its counts add up to the total, whatever their classifier', () => {
    const text = '全市共有医疗机构500个，其中医院20家、社区卫生服务中心400个、专科机构80个；卫生人员3万人。'
    const checks = run(sumOfParts, text, [
      {text: '500个', kind: 'count', value: 500, unit: '个', subject: '医疗机构'},
      {text: '20家', kind: 'count', value: 20, unit: '家', subject: '医院'},
      {text: '400个', kind: 'count', value: 400, unit: '个', subject: '社区卫生服务中心'},
      {text: '80个', kind: 'count', value: 80, unit: '个', subject: '专科机构'},
      {text: '3万人', kind: 'count', value: 30_000, unit: '人', subject: '卫生人员'}
    ])
    expect(checks).toEqual([
      {
        rule: 'sum-of-parts',
        verdict: 'consistent',
        facts: ['f1', 'f2', 'f3', 'f4'],
        message: '20 + 400 + 80 = 500个, equal to the stated total 500',
        expected: 500,
        actual: 500
      }
    ])
  })

  it('follows a `其中` list past `；` as far as it adds up to the total', () => {
    const text = '该校共录取新生5,000人。其中，省内考生2,950人，占总数的59%；省外考生2,050人，来自全国28个省份。'
    const facts: FactSpec[] = [
      {text: '5,000人', kind: 'count', value: 5000, unit: '人', subject: '新生'},
      {text: '2,950人', kind: 'count', value: 2950, unit: '人', subject: '省内考生'},
      {text: '59%', kind: 'percent', value: 59, unit: '%', subject: null},
      {text: '2,050人', kind: 'count', value: 2050, unit: '人', subject: '省外考生'},
      {text: '28个', kind: 'count', value: 28, unit: '个', subject: '省份'}
    ]
    expect(run(sumOfParts, text, facts)).toEqual([
      {
        rule: 'sum-of-parts',
        verdict: 'consistent',
        facts: ['f1', 'f2', 'f4'],
        message: '2950 + 2050 = 5000人, equal to the stated total 5000',
        expected: 5000,
        actual: 5000
      }
    ])
    // Past `；` a list that does not add up is no list: only the part before it was listed.
    const short = facts.map((fact) => (fact.text === '2,050人' ? {...fact, text: '1,050人', value: 1050} : fact))
    expect(run(sumOfParts, text.replace('2,050人', '1,050人'), short)).toEqual([])
  })

  it('never cuts a `其中` list short to make it add up', () => {
    const text = '全年共有项目100个，其中A类60个、B类40个、C类10个。'
    expect(
      run(sumOfParts, text, [
        {text: '100个', kind: 'count', value: 100, unit: '个', subject: '项目'},
        {text: '60个', kind: 'count', value: 60, unit: '个', subject: 'A类'},
        {text: '40个', kind: 'count', value: 40, unit: '个', subject: 'B类'},
        {text: '10个', kind: 'count', value: 10, unit: '个', subject: 'C类'}
      ])
    ).toMatchObject([{verdict: 'inconsistent', message: '60 + 40 + 10 = 110个 > 100; the parts exceed their stated total'}])
  })

  const trips = (bus: string, value: number): [string, FactSpec[]] => [
    `Buses and subways carried 30.5 million passengers in the first quarter. Subway trips rose 5 percent to 20.1 million; bus trips fell 2 percent to ${bus} million.`,
    [
      {text: '30.5 million passengers', kind: 'count', value: 30_500_000, unit: 'passenger', subject: 'passengers'},
      {text: 'first quarter', kind: 'date', value: '2024-Q1'},
      {text: 'rose 5 percent', kind: 'change', value: 5, unit: '%', direction: 'up', subject: 'subway trips'},
      {text: '20.1 million', kind: 'count', value: 20_100_000, unit: 'trip', subject: 'subway trips'},
      {text: 'fell 2 percent', kind: 'change', value: 2, unit: '%', direction: 'down', subject: 'bus trips'},
      {text: `${bus} million`, kind: 'count', value, unit: 'trip', subject: 'bus trips'}
    ]
  ]

  it('checks numbers in a row with one subject ending (`subway trips`, `bus trips`) against the total before them', () => {
    const [text, facts] = trips('10.4', 10_400_000)
    expect(run(sumOfParts, text, facts)).toEqual([
      {
        rule: 'sum-of-parts',
        verdict: 'consistent',
        facts: ['f1', 'f4', 'f6'],
        message: '20.1 million + 10.4 million = 30.5 million passengers, equal to the stated total 30.5 million passengers',
        expected: 30_500_000,
        actual: 30_500_000
      }
    ])
    // Nothing says such a row is the whole total: one that does not add up is not reported.
    const [other, otherFacts] = trips('12.4', 12_400_000)
    expect(run(sumOfParts, other, otherFacts)).toEqual([])
  })

  it('takes no row for the parts of an open-ended total or of other periods', () => {
    const text = '1-10月客运量突破3亿人次。\n\n1-10月，累计完成客运量3.12亿人次。上月，单月客运量达3,480万人次；10月1日单日客运量达到156.3万人次。'
    expect(
      run(sumOfParts, text, [
        {text: '1-10月', kind: 'date', value: '2023-01/2023-10'},
        {text: '突破3亿人次', kind: 'count', value: 300_000_000, unit: '人次', approx: 'more_than', subject: '客运量'},
        {text: '1-10月', kind: 'date', value: '2023-01/2023-10'},
        {text: '3.12亿人次', kind: 'count', value: 312_000_000, unit: '人次', subject: '客运量'},
        {text: '上月', kind: 'date', value: '2023-10', relative: '上月'},
        {text: '3,480万人次', kind: 'count', value: 34_800_000, unit: '人次', subject: '单月客运量'},
        {text: '10月1日', kind: 'date', value: '2023-10-01'},
        {text: '156.3万人次', kind: 'count', value: 1_563_000, unit: '人次', subject: '单日客运量'}
      ])
    ).toEqual([])
  })

  it('checks deaths + natural increase = births, each period on its own', () => {
    const text = '第1季出生数为3万2,000人，死亡数为5万4,000人，人口自然增加为负2万2,000人。其中3月出生数为1万1,000人。'
    const facts: FactSpec[] = [
      {text: '第1季', kind: 'date', value: '2024-Q1'},
      {text: '3万2,000人', kind: 'count', value: 32_000, unit: '人', subject: '出生数'},
      {text: '5万4,000人', kind: 'count', value: 54_000, unit: '人', subject: '死亡数'},
      {text: '负2万2,000人', kind: 'count', value: -22_000, unit: '人', subject: '人口自然增加'},
      {text: '3月', kind: 'date', value: '2024-03'},
      {text: '1万1,000人', kind: 'count', value: 11_000, unit: '人', subject: '出生数'}
    ]
    expect(run(sumOfParts, text, facts)).toEqual([
      {
        rule: 'sum-of-parts',
        verdict: 'consistent',
        facts: ['f2', 'f3', 'f4'],
        message: 'deaths + natural increase: 5万4,000人 + 负2万2,000人 = 3万2,000人, equal to the stated total 3万2,000人',
        expected: 32_000,
        actual: 32_000
      }
    ])
    // A net figure below zero is no total for what `其中` lists after it.
    expect(run(partWithinWhole, text, facts)).toEqual([])
  })

  it('leaves a bracketed breakdown of one part out of the list around it', () => {
    const text = '全国各机场共完成旅客吞吐量33197.3万人次。其中,国内航线完成29934.3万人次,比上年增长17%(其中内地至香港和澳门地区航线为1098.6万人次,比上年增长14%);国际航线完成3263.0万人次。'
    const checks = run(sumOfParts, text, [
      {text: '33197.3万人次', kind: 'count', value: 331_973_000, unit: '人次', subject: '旅客吞吐量'},
      {text: '29934.3万人次', kind: 'count', value: 299_343_000, unit: '人次', subject: '国内航线'},
      {text: '增长17%', kind: 'change', value: 17, unit: '%', direction: 'up'},
      {text: '1098.6万人次', kind: 'count', value: 10_986_000, unit: '人次', subject: '澳门地区航线'},
      {text: '增长14%', kind: 'change', value: 14, unit: '%', direction: 'up'},
      {text: '3263.0万人次', kind: 'count', value: 32_630_000, unit: '人次', subject: '国际航线'}
    ])
    expect(checks).toMatchObject([{verdict: 'consistent', facts: ['f1', 'f2', 'f6']}])
  })

  it.each([
    {fell: '11种', value: 11, verdict: 'consistent'},
    {fell: '13种', value: 13, verdict: 'inconsistent'},
    {fell: '9种', value: 9, verdict: 'unverifiable'}
  ])('counts a whole by what became of its members: 23种产品，12种增长，$fell下降 is $verdict', ({fell, value, verdict}) => {
    const text = `1-10月,统计监测的23种工业产品,12种增长,${fell}下降。`
    const checks = run(sumOfParts, text, [
      {text: '1-10月', kind: 'date', value: '2023-01/2023-10'},
      {text: '23种', kind: 'count', value: 23, unit: '种'},
      {text: '12种', kind: 'count', value: 12, unit: '种'},
      {text: fell, kind: 'count', value, unit: '种'}
    ])
    expect(checks).toMatchObject([{verdict, facts: ['f2', 'f3', 'f4']}])
  })
})

describe('sum-of-parts: kinds of a whole named later', () => {
  const construction = (public_: number) => {
    const text = `主要承建商今年首季完成的建造工程名义总值为298亿元,按年升20.2%。\n按建造工程类别分析,私人地盘建造工程名义总值为73亿元,按年升14.8%。\n公营地盘建造工程名义总值为${public_}亿元。\n在地盘以外进行的名义总值为130亿元。`
    return run(sumOfParts, text, [
      {text: '298亿元', kind: 'amount', value: 29_800_000_000, unit: 'HKD', subject: '建造工程名义总值'},
      {text: '升20.2%', kind: 'change', value: 20.2, unit: '%', subject: '建造工程名义总值', direction: 'up'},
      {text: '73亿元', kind: 'amount', value: 7_300_000_000, unit: 'HKD', subject: '私人地盘建造工程名义总值'},
      {text: '升14.8%', kind: 'change', value: 14.8, unit: '%', subject: '私人地盘建造工程名义总值', direction: 'up'},
      {text: `${public_}亿元`, kind: 'amount', value: public_ * 1e8, unit: 'HKD', subject: '公营地盘建造工程名义总值'},
      {text: '130亿元', kind: 'amount', value: 13_000_000_000, unit: 'HKD', subject: null}
    ])
  }

  it('adds them up to the whole when they do', () => {
    expect(construction(95)).toEqual([
      {
        rule: 'sum-of-parts',
        verdict: 'consistent',
        facts: ['f1', 'f3', 'f5', 'f6'],
        message: '73亿元 + 95亿元 + 130亿元 = 298亿元, equal to the stated total 298亿元',
        expected: 29_800_000_000,
        actual: 29_800_000_000
      }
    ])
  })

  it('reports nothing when they do not: nothing says they are all its kinds', () => {
    expect(construction(119)).toEqual([])
  })
})
