/**
 * Shares written as a ratio (`三次产业结构为5.6:56.6:37.8`), through the
 * whole pipeline: the extractor reads each term as a percent, and each is
 * checked against its part over the parts' whole.
 */
import {describe, expect, it} from 'vitest'
import {createNewsfacts} from '../../src/index.js'
import type {ArticleRecord} from '../../src/types.js'

const newsfacts = createNewsfacts()

const communique = (first: string, ratio: string, separator = ':') =>
  `前三季度,全区实现地区生产总值1291.92亿元,同比增长6.2%。其中,第一产业实现增加值${first}亿元,同比增长3.8%;第二产业实现增加值730.64亿元,同比增长7.2%;第三产业实现增加值488.68亿元,同比增长4.8%。三次产业结构为${ratio.split(':').join(separator)}。`

async function checksOf(value: string) {
  const record = (await newsfacts.process({id: 'structure', value, publishedAt: '2025-10-30'})) as ArticleRecord
  const text = (id: string) => record.facts.find((fact) => fact.id === id)!.text
  return {
    record,
    shares: record.checks.filter((check) => check.rule === 'rate-part-whole').map((check) => [check.verdict, ...check.facts.map(text)])
  }
}

describe('structure ratios', () => {
  it('reads each term as a percent, and only after a word of structure', async () => {
    const {record} = await checksOf(communique('72.61', '5.6:56.6:37.8'))
    expect(record.facts.filter((fact) => fact.kind === 'percent').map((fact) => [fact.text, fact.value, fact.unit])).toEqual([
      ['5.6', 5.6, '%'],
      ['56.6', 56.6, '%'],
      ['37.8', 37.8, '%']
    ])
    // Of a structure that changed, the new one: the old is last year's, of no part stated.
    const changed = (await newsfacts.process({id: 'changed', value: '三次产业的比例由2.7:54.8:42.5调整为2.7:56.0:41.3。'})) as ArticleRecord
    expect(changed.facts.filter((fact) => fact.kind === 'percent').map((fact) => fact.text)).toEqual(['2.7', '56.0', '41.3'])
    // A sex ratio is no set of shares: the terms do not make 100.
    const sexRatio = (await newsfacts.process({id: 'sex', value: '全市常住人口性别比例为105.2:100。'})) as ArticleRecord
    expect(sexRatio.facts.filter((fact) => fact.kind === 'percent')).toEqual([])
  })

  it.each([':', '∶', '：'])('pairs the k-th term with the k-th part of the whole (separator %s)', async (separator) => {
    const {shares} = await checksOf(communique('72.61', '5.6:56.6:37.8', separator))
    expect(shares).toEqual([
      ['consistent', '5.6', '72.61亿元', '1291.92亿元'],
      ['consistent', '56.6', '730.64亿元', '1291.92亿元'],
      ['consistent', '37.8', '488.68亿元', '1291.92亿元']
    ])
  })

  it('flags the term that disagrees once the others agree', async () => {
    const {shares} = await checksOf(communique('72.61', '7.0:56.6:37.8'))
    expect(shares.map((share) => share[0])).toEqual(['inconsistent', 'consistent', 'consistent'])
  })

  it('flags a part misstated by a quarter, paired by the terms that agree', async () => {
    const {shares} = await checksOf(communique('90.76', '5.6:56.6:37.8'))
    expect(shares[0]).toEqual(['inconsistent', '5.6', '90.76亿元', '1291.92亿元'])
    expect(shares.slice(1).map((share) => share[0])).toEqual(['consistent', 'consistent'])
  })

  it('says nothing when no term agrees: the parts were not these', async () => {
    const {shares} = await checksOf(communique('72.61', '10.0:50.0:40.0'))
    expect(shares).toEqual([])
  })
})
