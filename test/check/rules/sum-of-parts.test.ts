import {describe, expect, it} from 'vitest'
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
