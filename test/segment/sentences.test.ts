import {describe, expect, it} from 'vitest'
import {splitSentences} from '../../src/segment/sentences.js'

const slices = (text: string) => splitSentences(text).map(([start, end]) => text.slice(start, end))

describe('splitSentences', () => {
  it('splits Chinese on sentence ends and keeps closing quotes', () => {
    expect(slices('收入25.3亿元。增长14%！“好吗？”他说\n第二段')).toEqual(['收入25.3亿元。', '增长14%！', '“好吗？”', '他说', '第二段'])
  })

  it('splits English on a period before a space, not inside numbers', () => {
    expect(slices('Revenue rose 14.5 percent. It ranked 2nd.')).toEqual(['Revenue rose 14.5 percent.', 'It ranked 2nd.'])
  })

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n ')).toEqual([])
  })
})
