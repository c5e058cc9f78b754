/**
 * Chinese forms met in real releases (corpus-real dev articles), a table per
 * rule: the text and the quantities wanted as [text, kind, value, unit, direction?].
 */
import {describe, expect, it} from 'vitest'
import {findQuantities} from '../../src/extract/quantities.js'

type Row = [text: string, kind: string, value: unknown, unit: string | null, direction?: string]

function read(text: string, publishedAt = '2024-03-12'): Row[] {
  return findQuantities(text, {publishedAt}).map((quantity) => {
    const row: Row = [text.slice(...quantity.span), quantity.kind, quantity.value, quantity.unit]
    if (quantity.direction) row.push(quantity.direction)
    return row
  })
}

const cases: Array<[string, Row[]]> = [
  // Transport work is passengers or tonnes times kilometres, not people or tonnes.
  ['客运量和旅客周转量分别完成75996万人和8290586 万人公里', [['75996万人', 'count', 759_960_000, '人'], ['8290586 万人公里', 'count', 82_905_860_000, '人公里']]],
  // A range writes its scale once, after the second number.
  ['财政储备可维持在2,700 - 3,400亿元的水平', [['2,700 - 3,400亿元', 'amount', [270_000_000_000, 340_000_000_000], 'CNY']]],
  ['每户补贴3-5万元', [['3-5万元', 'amount', [30_000, 50_000], 'CNY']]],
  // Change words of Taiwan and Hong Kong releases; a negative rise is a fall.
  ['经济成长3.32%', [['成长3.32%', 'change', 3.32, '%', 'up']]],
  ['出口衰退3.2%，经济负成长1.5%，营业额月增2.1%', [['衰退3.2%', 'change', 3.2, '%', 'down'], ['负成长1.5%', 'change', 1.5, '%', 'down'], ['月增2.1%', 'change', 2.1, '%', 'up']]],
  ['经济成长率-0.98%', [['-0.98%', 'percent', -0.98, '%']]],
  ['餐饮业年增-5.8%', [['年增-5.8%', 'change', 5.8, '%', 'down']]],
  ['上季的升幅为2.2%', [['升幅为2.2%', 'change', 2.2, '%', 'up']]],
  ['机场建设费下调至90港元，减幅25%', [['90港元', 'amount', 90, 'HKD'], ['减幅25%', 'change', 25, '%', 'down']]],
  ['首季建造工程完工总值升两成', [['首季', 'date', '2024-Q1', null], ['升两成', 'change', 20, '%', 'up']]],
  // A change noun after the rate.
  ['工业生产指数录得9.5%的按年跌幅', [['9.5%的按年跌幅', 'change', 9.5, '%', 'down']]],
  ['港元存款录得1.6%的跌幅', [['1.6%的跌幅', 'change', 1.6, '%', 'down']]],
  // A signed rate in a sentence that compares.
  ['与上年同季比较，成衣业的生产量跌幅最大(-30.2%)；食品业(+3.7%)。', [['-30.2%', 'change', 30.2, '%', 'down'], ['+3.7%', 'change', 3.7, '%', 'up']]],
  ['通胀率为-0.3%。', [['-0.3%', 'percent', -0.3, '%']]],
  // The same change in other units, in brackets or after 或.
  ['比2022年增加636千公顷(955万亩)', [['2022年', 'date', '2022', null], ['增加636千公顷', 'change', 636_000, '公顷', 'up'], ['955万亩', 'change', 9_550_000, '亩', 'up']]],
  // (A 民国 year and 年减 make it a Taiwan text: 元 is TWD, 108年 is 2019, and 年 is the year's, not the verb's.)
  ['较108年减4.3万元(-3.7%)', [['108年', 'date', '2019', null], ['减4.3万元', 'change', 43_000, 'TWD', 'down'], ['-3.7%', 'change', 3.7, '%', 'down']]],
  ['就业人数较上月增加5千人或0.04%', [['增加5千人', 'change', 5000, '人', 'up'], ['0.04%', 'change', 0.04, '%', 'up']]],
  // Points or a rate written once for a list of two; the comparison bases are no dates of the facts.
  ['分别比上月和上年同期低0.01个和0.07个百分点', [['低0.01个', 'change', 0.01, 'pp', 'down'], ['0.07个百分点', 'change', 0.07, 'pp', 'down']]],
  ['占比较1—9月份提高0.1和1.2个百分点', [['1—9月份', 'date', '2023-01/2023-09', null], ['提高0.1', 'change', 0.1, 'pp', 'up'], ['1.2个百分点', 'change', 1.2, 'pp', 'up']]],
  ['2月CPI较上月下跌0.62%，较上年同月上涨1.82%', [['2月', 'date', '2024-02', null], ['下跌0.62%', 'change', 0.62, '%', 'down'], ['上涨1.82%', 'change', 1.82, '%', 'up']]],
  ['①本月报所称国有企业', []],
  // An index level is a number without unit.
  ['2月份消费者物价总指数为109.73，工业生产指数91.78，制造业PMI为49.2%', [['2月份', 'date', '2024-02', null], ['109.73', 'number', 109.73, null], ['91.78', 'number', 91.78, null], ['49.2%', 'percent', 49.2, '%']]],
  // Two quarters written as one; a verb's filler 则为; comparison bases after a date list.
  ['行政院主计总处审议112年第3、4季国民所得，第1、2季修正', [['112年第3、4季', 'date', '2023-Q3/2023-Q4', null], ['第1、2季', 'date', '2024-Q1/2024-Q2', null]]],
  ['第二季的按年跌幅则为3.0%', [['第二季', 'date', '2024-Q2', null], ['跌幅则为3.0%', 'change', 3, '%', 'down']]],
  ['占比分别较1—9月份和上年同期提高0.1和1.2个百分点', [['1—9月份', 'date', '2023-01/2023-09', null], ['提高0.1', 'change', 0.1, 'pp', 'up'], ['1.2个百分点', 'change', 1.2, 'pp', 'up']]],
  // Not facts: issue numbers, 届 of a name, set phrases, garbled and cut numbers.
  ['第1146号市政统计周报', []],
  ['提请区十六届人大第二次会议审议', [['第二次', 'ordinal', 2, null]]],
  ['向第二个百年奋斗目标进军的重要一年', []],
  ['有13个行业实现两位数以上增长', [['13个', 'count', 13, '个']]],
  ['1 月就业人数 1,153 6 千人', [['1 月', 'date', '2024-01', null]]],
  ['分别比上月和上年同期低0.01个和0', []],
  // A year's same period is the period the sentence reports, in that year; without one, no value.
  ['与二零一二年同期比较，二零一三年首十一个月的零售业总销货价值上升', [['二零一二年同期', 'date', '2012-01/2012-11', null], ['二零一三年首十一个月', 'date', '2013-01/2013-11', null]]],
  ['较二零一八年同月下跌18.3%', [['下跌18.3%', 'change', 18.3, '%', 'down']]],
  // Index points: a level in 点 after an index, a move after a verb.
  ['恒生指数收报26,906点，跌320点，上涨130.49点，上午8点开盘', [['26,906点', 'number', 26_906, 'point'], ['跌320点', 'change', 320, 'point', 'down'], ['上涨130.49点', 'change', 130.49, 'point', 'up']]],
  // Thousands grouped with a space; after a change verb, 至 gives the new level.
  ['失业人数增加3 800人至122 100人', [['增加3 800人', 'change', 3800, '人', 'up'], ['122 100人', 'count', 122_100, '人']]],
  ['预计增长5%至8%', [['增长5%至8%', 'change', [5, 8], '%', 'up']]],
  ['基本工资连续10年调涨，货运量42.8万公吨', [['10年', 'duration', 10, 'year'], ['42.8万公吨', 'count', 428_000, '公吨']]],
  // Taiwan releases put today's day in brackets.
  ['经济部统计处今(23)日发布', [['今(23)日', 'date', '2024-03-23', null]]],
  // No length in years passes a century: 114年 is a 民国 year left unmarked.
  ['累计至114年底', []],
  // 前两个月 is a period; 超五成行业 a share; 旅次 a count.
  ['前两个月净投放现金7566亿元', [['前两个月', 'date', '2024-01/2024-02', null], ['7566亿元', 'amount', 756_600_000_000, 'CNY']]],
  ['一是超五成行业实现正增长', [['一是', 'ordinal', 1, null], ['超五成', 'ratio', 0.5, null]]],
  ['国内旅游约为1.43亿旅次', [['约为1.43亿旅次', 'count', 143_000_000, '旅次']]]
]

describe('Chinese in real releases', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it('counts Hong Kong first months from April, the fiscal year’s start', () => {
    const text = '财经事务及库务局今天公布，截至6月底止本财政年度首3个月，政府整体支出548亿元。财库局表示。'
    expect(read(text, '2006-07-31').filter(([, kind]) => kind === 'date')).toEqual([
      ['今天', 'date', '2006-07-31', null],
      ['首3个月', 'date', '2006-04/2006-06', null]
    ])
    expect(read('与先前三个月比较，零售业总销货价值上升', '2014-01-02').filter(([, kind]) => kind === 'date')).toEqual([])
  })
})
