import {describe, expect, it} from 'vitest'
import {chineseRegion, englishDollar} from '../../src/extract/region.js'
import {findEnglishQuantities} from '../../src/extract/english.js'
import {findQuantities} from '../../src/extract/quantities.js'

describe('chineseRegion', () => {
  it.each([
    // Hong Kong releases (Simplified, as the convert stage leaves them).
    ['财政司司长预计，2005 - 06年度政府综合账目仍录得105亿元赤字，相等于该年度估计本地生产总值的0.8%', 'hongkong'],
    ['财经事务及库务局今天公布，政府整体支出548亿元。财库局表示……', 'hongkong'],
    ['香港金融管理局公布，2月份存款总额减少0.5%；港元存款录得1.6%的跌幅', 'hongkong'],
    // Taiwan releases.
    ['劳动部劳工保险局114年6月相关统计：平均投保薪资3万5,954元', 'taiwan'],
    ['111年4月批发业营业额为1兆645亿元，年增5.9%', 'taiwan'],
    // Mainland, naming Hong Kong once.
    ['2006年，我国境内民用航空定期航班通航机场142个(不含香港和澳门)，旅客吞吐量3.3亿人次', 'mainland'],
    ['国家统计局：社会消费品零售总额17641亿元，同比增长12.6%', 'mainland'],
    ['全县生产总值162.78亿元', 'mainland']
  ])('%s', (text, region) => {
    expect(chineseRegion(text)).toBe(region)
  })

  it('needs one cue in a Traditional-script article without mainland cues', () => {
    expect(chineseRegion('112年12月工业生产统计：工业生产减少3.99%', {traditional: true})).toBe('taiwan')
    expect(chineseRegion('112年12月工业生产统计：工业生产减少3.99%')).toBe('mainland')
    expect(chineseRegion('国家统计局：1-2月香港同比增长', {traditional: true})).toBe('mainland')
  })

  it('makes a bare 元 the local dollar', () => {
    const units = (text: string) => findQuantities(text, {publishedAt: '2006-07-31'}).filter((q) => q.kind === 'amount').map((q) => q.unit)
    expect(units('财经事务及库务局今天公布，政府整体支出548亿元，财库局表示')).toEqual(['HKD'])
    expect(units('111年4月零售业营业额为3,439亿元，年增4.7%')).toEqual(['TWD'])
    expect(units('香港金融管理局公布，该月香港人民币存款增加10%，至4,077亿元人民币，港元存款减少')).toEqual(['CNY'])
    expect(units('全县生产总值162.78亿元')).toEqual(['CNY'])
  })
})

describe('englishDollar', () => {
  it.each([
    ['The four systems recorded transactions worth HK$1.7 trillion. The stock market had an $84.7 billion turnover.', 'HKD'],
    ['Crude oil passes US$94.00 a barrel, after peaking at $94.74.', 'USD'],
    ['The U.S. Census Bureau said the deficit was $39.5 billion.', 'USD'],
    ['Statistics Canada said Canadian retail sales rose to $52.1 billion; Canada exported more.', 'CAD'],
    ['Exports to Canada rose; imports were $5 billion.', 'USD']
  ])('%s', (text, code) => {
    expect(englishDollar(text)).toBe(code)
  })

  it('reads a bare $ as the article’s dollar', () => {
    const quantities = findEnglishQuantities('Transactions were worth HK$1.7 trillion, with an $84.7 billion turnover today.', {publishedAt: '2014-09-30'})
    expect(quantities.filter((q) => q.kind === 'amount').map((q) => [q.value, q.unit])).toEqual([
      [1.7e12, 'HKD'],
      [84_700_000_000, 'HKD']
    ])
  })
})
