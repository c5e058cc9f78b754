import {describe, expect, it} from 'vitest'
import {removeZeroWidth} from '../../src/repair/zero-width.js'

describe('removeZeroWidth', () => {
  it('removes ZWSP, ZWNJ, ZWJ, word joiner, BOM and soft hyphen', () => {
    const result = removeZeroWidth('中\u200B国\u200C人\u200D民\u2060共\uFEFF和\u00AD国 25\u200B.3')
    expect(result.text).toBe('中国人民共和国 25.3')
    expect(result.rewrites).toHaveLength(7)
    expect(result.map.toSource([1, 2])).toEqual([2, 3])
  })

  it('keeps a ZWJ between emoji', () => {
    const text = '程序员👩\u200D💻和家庭👨\u200D👩\u200D👧 👍🏽\u200D🔥 ❤\uFE0F\u200D🔥'
    expect(removeZeroWidth(text)).toMatchObject({text, rewrites: []})
  })
})
