import {describe, expect, it} from 'vitest'
import {decodeJsonEscapes} from '../../src/repair/json-escapes.js'

describe('decodeJsonEscapes', () => {
  it('decodes \\u escapes and surrogate pairs', () => {
    const result = decodeJsonEscapes('\\u4e2d\\u6587 \\uD83D\\uDE00 \\u0026amp;')
    expect(result.text).toBe('中文 😀 &amp;')
    expect(result.rewrites.map((change) => change.to)).toEqual(['中', '文', '😀', '&'])
    expect(result.map.toSource([3, 5])).toEqual([13, 25])
  })

  it('leaves lone surrogates and other backslashes alone', () => {
    const text = '\\ud83d alone, C:\\users, \\x41, \\u12'
    expect(decodeJsonEscapes(text)).toMatchObject({text, rewrites: []})
  })
})
