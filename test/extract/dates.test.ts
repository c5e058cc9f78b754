import {describe, expect, it} from 'vitest'
import {findDates} from '../../src/extract/dates.js'
import {scanNumbers} from '../../src/extract/numbers.js'

function dates(text: string, publishedAt: string | null = '2023-02-20') {
  return findDates(text, scanNumbers(text), publishedAt).map((date) => {
    const summary: Record<string, unknown> = {text: text.slice(date.start, date.end), value: date.value}
    if (date.approx !== 'exact') summary.approx = date.approx
    if (date.relative !== undefined) summary.relative = date.relative
    if (date.resolved !== undefined) summary.resolved = date.resolved
    return summary
  })
}

const cases: Array<[string, Array<Record<string, unknown>>]> = [
  ['2022年', [{text: '2022年', value: '2022'}]],
  // 一月 after 前/上/每 is one month, not January; 日 before 元 is the yen.
  ['人口较前一月增加', []],
  ['每一月结算一次', []],
  ['一月份出口增长', [{text: '一月份', value: '2023-01', relative: '一月份', resolved: true}]],
  ['兑换10日元', []],
  ['二〇二三年', [{text: '二〇二三年', value: '2023'}]],
  ['2023年2月20日', [{text: '2023年2月20日', value: '2023-02-20'}]],
  ['二〇二三年二月二十日', [{text: '二〇二三年二月二十日', value: '2023-02-20'}]],
  ['2022年12月', [{text: '2022年12月', value: '2022-12'}]],
  // The dateline is a date; its time of day is passed over, not part of it.
  ['2023-02-20 08:58:54 来源', [{text: '2023-02-20', value: '2023-02-20'}]],
  ['2023/2/20', [{text: '2023/2/20', value: '2023-02-20'}]],
  ['2021-2023年', [{text: '2021-2023年', value: '2021/2023'}]],
  ['2022年度', [{text: '2022年度', value: '2022'}]],
  ['2022年1-10月', [{text: '2022年1-10月', value: '2022-01/2022-10'}]],
  ['2023年第一季度', [{text: '2023年第一季度', value: '2023-Q1'}]],
  ['2023年上半年', [{text: '2023年上半年', value: '2023-H1'}]],
  // Relative to the publication date, 2023-02-20.
  ['去年12月', [{text: '去年12月', value: '2022-12', relative: '去年12月', resolved: true}]],
  ['去年', [{text: '去年', value: '2022', relative: '去年', resolved: true}]],
  ['前年', [{text: '前年', value: '2021', relative: '前年', resolved: true}]],
  ['今年', [{text: '今年', value: '2023', relative: '今年', resolved: true}]],
  ['明年', [{text: '明年', value: '2024', relative: '明年', resolved: true}]],
  // Optional in the gold guide and valued unevenly by its writers: read (so no number in them is read again) but not given.
  ['年内', []],
  ['6月底', []],
  ['2021年年末', []],
  ['5月下旬', []],
  ['6月31日', []],
  ['2023年初步核算', [{text: '2023年', value: '2023'}]],
  ['上月', [{text: '上月', value: '2023-01', relative: '上月', resolved: true}]],
  ['下个月', [{text: '下个月', value: '2023-03', relative: '下个月', resolved: true}]],
  ['本季度', [{text: '本季度', value: '2023-Q1', relative: '本季度', resolved: true}]],
  ['上季度', [{text: '上季度', value: '2022-Q4', relative: '上季度', resolved: true}]],
  ['本周', [{text: '本周', value: '2023-W08', relative: '本周', resolved: true}]],
  ['昨天', [{text: '昨天', value: '2023-02-19', relative: '昨天', resolved: true}]],
  // 日前 and 近日 name no day: not dates.
  ['日前', []],
  ['近日', []],
  ['第一季度', [{text: '第一季度', value: '2023-Q1', relative: '第一季度', resolved: true}]],
  ['今年一季度', [{text: '今年一季度', value: '2023-Q1', relative: '今年一季度', resolved: true}]],
  // Measured months ending more than two months after publication (2023-02-20) are last year's; `前三季度` ends in September.
  ['前三季度', [{text: '前三季度', value: '2022-01/2022-09', relative: '前三季度', resolved: true}]],
  ['前两个月', [{text: '前两个月', value: '2023-01/2023-02', relative: '前两个月', resolved: true}]],
  ['今年前5月', [{text: '今年前5月', value: '2023-01/2023-05', relative: '今年前5月', resolved: true}]],
  ['2023年首4个月', [{text: '2023年首4个月', value: '2023-01/2023-04'}]],
  ['首季', [{text: '首季', value: '2023-Q1', relative: '首季', resolved: true}]],
  ['去年第四季', [{text: '去年第四季', value: '2022-Q4', relative: '去年第四季', resolved: true}]],
  ['2023年第一季', [{text: '2023年第一季', value: '2023-Q1'}]],
  // Ranges of dates are one fact; the second takes what it leaves out from the first.
  ['4月29日至5月3日', [{text: '4月29日至5月3日', value: '2023-04-29/2023-05-03', relative: '4月29日至5月3日', resolved: true}]],
  ['去年12月至今年2月', [{text: '去年12月至今年2月', value: '2022-12/2023-02', relative: '去年12月至今年2月', resolved: true}]],
  ['今年1月至3月', [{text: '今年1月至3月', value: '2023-01/2023-03', relative: '今年1月至3月', resolved: true}]],
  ['民国112年', [{text: '民国112年', value: '2023'}]],
  // The base of a comparison is not a date of the fact.
  ['比上年增长', []],
  ['较去年提高', []],
  ['以前年度', []],
  ['上半年', [{text: '上半年', value: '2023-H1', relative: '上半年', resolved: true}]],
  ['去年下半年', [{text: '去年下半年', value: '2022-H2', relative: '去年下半年', resolved: true}]],
  ['1-10月', [{text: '1-10月', value: '2022-01/2022-10', relative: '1-10月', resolved: true}]],
  ['1-4月', [{text: '1-4月', value: '2023-01/2023-04', relative: '1-4月', resolved: true}]],
  ['计划1-10月完成', [{text: '1-10月', value: '2023-01/2023-10', relative: '1-10月', resolved: true}]],
  // A month without a year takes the publication year, as the corpus annotation guide has it.
  // A month more than two months after publication, in a report, is last year's (corpus/README.md, "Months and quarters
  // that mean last year"); in a plan, or a month or two ahead, it is this year's.
  ['12月', [{text: '12月', value: '2022-12', relative: '12月', resolved: true}]],
  ['截至6月', [{text: '6月', value: '2022-06', relative: '6月', resolved: true}]],
  ['预计6月完工', [{text: '6月', value: '2023-06', relative: '6月', resolved: true}]],
  // Fiscal years and seasons written with two digits for the second year.
  ['2005 - 06年度政府综合账目', [{text: '2005 - 06年度', value: 'FY2005/2006'}]],
  ['2019-20赛季', [{text: '2019-20', value: '2019/2020'}]],
  ['2019/20年度', [{text: '2019/20年度', value: 'FY2019/2020'}]],
  ['财政年度2023/24', [{text: '2023/24', value: 'FY2023/2024'}]],
  ['4月出口增长', [{text: '4月', value: '2023-04', relative: '4月', resolved: true}]],
  ['第三季较上年同期上升1.9%', [{text: '第三季', value: '2022-Q3', relative: '第三季', resolved: true}]],
  ['计划第三季度开工', [{text: '第三季度', value: '2023-Q3', relative: '第三季度', resolved: true}]],
  ['20日', [{text: '20日', value: '2023-02-20', relative: '20日', resolved: true}]],
  // Two-digit years before a month or period; the century comes from the publication date.
  ['23年上半年', [{text: '23年上半年', value: '2023-H1', relative: '23年上半年', resolved: true}]],
  ['98年3月', [{text: '98年3月', value: '1998-03', relative: '98年3月', resolved: true}]],
  // Not dates.
  ['3年内', []],
  ['23年', []],
  ['80年代', []],
  ['30日内', []],
  ['3个月', []],
  ['年轻人', []]
]

describe('findDates', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected)
  })

  it('keeps the unknown digits as X without a publication date', () => {
    expect(dates('去年12月', null)).toEqual([{text: '去年12月', value: 'XXXX-12', relative: '去年12月', resolved: false}])
    expect(dates('上月', null)).toEqual([{text: '上月', value: 'XXXX-XX', relative: '上月', resolved: false}])
    expect(dates('今天', null)).toEqual([{text: '今天', value: 'XXXX-XX-XX', relative: '今天', resolved: false}])
    expect(dates('2022年', null)).toEqual([{text: '2022年', value: '2022'}])
  })

  it('rolls relative months over the year', () => {
    expect(dates('上月', '2023-01-05')).toEqual([{text: '上月', value: '2022-12', relative: '上月', resolved: true}])
    expect(dates('下个月', '2022-12-28')[0]!.value).toBe('2023-01')
    expect(dates('上季度', '2023-02-01')[0]!.value).toBe('2022-Q4')
  })

  it('reads 民国 years when asked (Taiwan text)', () => {
    const text = '113年度总预算'
    expect(findDates(text, scanNumbers(text), '2023-08-31', {minguo: true}).map((date) => date.value)).toEqual(['2024'])
    expect(findDates(text, scanNumbers(text), '2023-08-31')).toEqual([])
  })

  it.each([
    ['91年12月26日', ['2002-12-26']],
    ['91年度', ['2002']],
    ['99年上半年', ['2010-H1']],
    ['民国38年', ['1949']],
    // Two digits with nothing of a date after them: a length of time, not a year.
    ['成立50年来', []]
  ])('reads the two-digit 民国 years of before 2011 where a date follows: %s', (text, values) => {
    expect(findDates(text, scanNumbers(text), '2002-12-26', {minguo: true}).map((date) => date.value)).toEqual(values)
  })
})
