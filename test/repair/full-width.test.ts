import {describe, expect, it} from 'vitest'
import {normalizeFullWidth} from '../../src/repair/full-width.js'

describe('normalizeFullWidth', () => {
  it('converts digits, letters, ％ and a decimal ．', () => {
    const result = normalizeFullWidth('ＧＤＰ增长５．２％，达１２３亿元。')
    expect(result.text).toBe('GDP增长5.2%，达123亿元。')
    expect(result.rewrites.map((change) => change.from)).toEqual(['ＧＤＰ', '５．２％', '１２３'])
    expect(result.map.toSource([5, 6])).toEqual([5, 6])
  })

  it('keeps Chinese punctuation and a full stop that is not a decimal point', () => {
    const text = '（一）全年完成，目标：增长。第Ａ．'
    expect(normalizeFullWidth(text).text).toBe('（一）全年完成，目标：增长。第A．')
    expect(normalizeFullWidth('“好”，（）！？：；')).toMatchObject({rewrites: []})
  })
})
