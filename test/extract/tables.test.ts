import {describe, expect, it} from 'vitest'
import {columnOf, tableQuantities} from '../../src/extract/tables.js'
import {factsOf} from './helpers.js'

describe('columnOf', () => {
  it.each([
    ['绝对额(亿元)', {kind: 'amount', unit: 'CNY', exponent: 8}],
    ['比上年同期增长(%)', {kind: 'change', unit: '%', exponent: 0}],
    ['同比增长(%', {kind: 'change', unit: '%', exponent: 0}],
    ['占生产总值比重(%)', {kind: 'percent', unit: '%', exponent: 0}],
    ['产量(万吨)', {kind: 'count', unit: '吨', exponent: 4}],
    ['播种面积(千公顷)', {kind: 'count', unit: '公顷', exponent: 3}],
    ['出口额(亿美元)', {kind: 'amount', unit: 'USD', exponent: 8}],
    ['(Percent change from preceding month)', {kind: 'change', unit: '%', exponent: 0}],
    ['(in billions of dollars)', {kind: 'amount', unit: 'USD', exponent: 9}],
    ['(Chained (2009) dollars)', null],
    ['国内生产总值(GDP)', null],
    ['时间(月)', null]
  ])('%s', (header, column) => {
    expect(columnOf(header)).toEqual(column)
  })

  it('reads 元 as the region’s dollar', () => {
    expect(columnOf('金额(亿元)', {yuan: 'HKD'})).toEqual({kind: 'amount', unit: 'HKD', exponent: 8})
  })
})

const brief = (text: string, lang = 'zh-Hans') => factsOf(text, {lang, publishedAt: '2024-04-17'}).map((fact) => [fact.text, fact.kind, fact.value, fact.unit, fact.direction ?? null, fact.subject])

describe('tables', () => {
  it('reads a table flattened one cell per line (NBS GDP release)', () => {
    const text = '1 2024年一季度GDP初步核算数据\n\n绝对额(亿元)\n\n比上年同期增长(%)\n\nGDP\n\n296299\n\n5.3\n\n#制造业\n\n80143\n\n6.4\n\n房地产业\n\n17736\n\n-5.4\n\n注:\n\n1.绝对额按现价计算,增长速度按不变价计算;'
    expect(brief(text).filter(([, kind]) => kind !== 'date')).toEqual([
      ['296299', 'amount', 29_629_900_000_000, 'CNY', null, 'GDP'],
      ['5.3', 'change', 5.3, '%', 'up', 'GDP'],
      ['80143', 'amount', 8_014_300_000_000, 'CNY', null, '制造业'],
      ['6.4', 'change', 6.4, '%', 'up', '制造业'],
      ['17736', 'amount', 1_773_600_000_000, 'CNY', null, '房地产业'],
      ['-5.4', 'change', 5.4, '%', 'down', '房地产业']
    ])
  })

  it('takes headers split over lines and repeated column groups, and skips empty cells', () => {
    const text = '指 标\n\n3\n\n1-3\n\n绝对量\n\n(亿元)\n\n同比增长(%\n\n绝对量\n\n(亿元)\n\n同比增长(%\n\n社会消费品零售总额\n\n17641\n\n12.6\n\n55451\n\n12.4\n\n按经营地分\n\n \n\n \n\n \n\n \n\n 城镇\n\n15238\n\n12.2\n\n47894\n\n12.2'
    expect(tableQuantities(text).map((cell) => [text.slice(...cell.span), cell.kind, cell.value, cell.subjectHint])).toEqual([
      ['17641', 'amount', 1_764_100_000_000, '社会消费品零售总额'],
      ['12.6', 'change', 12.6, '社会消费品零售总额'],
      ['55451', 'amount', 5_545_100_000_000, '社会消费品零售总额'],
      ['12.4', 'change', 12.4, '社会消费品零售总额'],
      ['15238', 'amount', 1_523_800_000_000, '城镇'],
      ['12.2', 'change', 12.2, '城镇'],
      ['47894', 'amount', 4_789_400_000_000, '城镇'],
      ['12.2', 'change', 12.2, '城镇']
    ])
  })

  it('reads rows on one line under one header (BEA, OMB releases)', () => {
    const text = '                                        2015\n                                        Feb.            Mar.\n                                                       (Percent change from preceding month)\nPersonal income, current dollars        0.3             0.0\n Chained (2009) dollars                 0.2            -0.2\n'
    expect(tableQuantities(text).map((cell) => [text.slice(...cell.span), cell.kind, cell.value, cell.direction ?? null, cell.subjectHint])).toEqual([
      ['0.3', 'change', 0.3, 'up', 'Personal income, current dollars'],
      ['0.0', 'change', 0, null, 'Personal income, current dollars'],
      ['0.2', 'change', 0.2, 'up', 'Chained (2009) dollars'],
      ['-0.2', 'change', 0.2, 'down', 'Chained (2009) dollars']
    ])
    const budget = '(in billions of dollars)\n\n  Receipts Outlays Surplus/Deficit (-)\n2006 Actual........... 2,407 2,655 -248\n        FY 2008 Budget...... \n2,540 2,784 -244\n\nThe FY 2007 unified deficit was $163 billion.'
    expect(tableQuantities(budget).map((cell) => [budget.slice(...cell.span), cell.kind, cell.value, cell.unit, cell.subjectHint])).toEqual([
      ['2,407', 'amount', 2_407_000_000_000, 'USD', '2006 Actual'],
      ['2,655', 'amount', 2_655_000_000_000, 'USD', '2006 Actual'],
      ['-248', 'amount', -248_000_000_000, 'USD', '2006 Actual'],
      ['2,540', 'amount', 2_540_000_000_000, 'USD', 'FY 2008 Budget'],
      ['2,784', 'amount', 2_784_000_000_000, 'USD', 'FY 2008 Budget'],
      ['-244', 'amount', -244_000_000_000, 'USD', 'FY 2008 Budget']
    ])
  })

  it('gives no facts from column headers of periods', () => {
    const text = 'PERSONAL INCOME AND OUTLAYS: JUNE 2015\n\n                                        2015\n                                        Feb.            Mar.            June\n                                                       (Percent change from preceding month)\nPersonal income, current dollars        0.3             0.0             0.4\n'
    expect(brief(text, 'en').map(([written, kind]) => [written, kind])).toEqual([
      ['JUNE 2015', 'date'],
      ['0.3', 'change'],
      ['0.0', 'change'],
      ['0.4', 'change']
    ])
  })

  it('needs a header that states a unit', () => {
    expect(tableQuantities('指标名称\n\n完成值\n\n地区生产总值\n\n162.78\n\n5.7')).toEqual([])
    expect(tableQuantities('根据有关基础资料和国内生产总值(GDP)核算方法,经初步核算,结果如下。\n\n296299\n\n5.3')).toEqual([])
  })
})
