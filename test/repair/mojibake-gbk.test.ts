import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {repairGbkMojibake} from '../../src/repair/mojibake-gbk.js'

const asGbk = (text: string) => iconv.decode(Buffer.from(text, 'utf8'), 'gbk')

describe('repairGbkMojibake', () => {
  it('repairs UTF-8 read as GBK', () => {
    expect(asGbk('全国')).toBe('鍏ㄥ浗')
    expect(repairGbkMojibake('鍏ㄥ浗').text).toBe('全国')
    expect(repairGbkMojibake(asGbk('中国人民')).text).toBe('中国人民')
  })

  it('repairs Traditional text and text mixed with ASCII', () => {
    expect(repairGbkMojibake(asGbk('這個國家的經濟發展')).text).toBe('這個國家的經濟發展')
    // `年` ends in a byte that the misreading paired with `G`: the repair gives it back.
    expect(repairGbkMojibake(asGbk('2023年GDP增长5.2%，全国居民人均可支配收入39218元。')).text).toBe(
      '2023年GDP增长5.2%，全国居民人均可支配收入39218元\uFFFD'
    )
  })

  it('keeps characters whose bytes were lost, and the U+FFFD that marks the loss', () => {
    // `展` (E5 B1 95) lost its last byte to the U+FFFD: `灞` stays, as nothing can tell what it was.
    const garbled = asGbk('全国各地的经济发展')
    expect(garbled.endsWith('灞\uFFFD')).toBe(true)
    expect(repairGbkMojibake(garbled).text).toBe('全国各地的经济发灞\uFFFD')
    // `好` is whole; the bytes after it belong to the lost `。`.
    expect(asGbk('很好。')).toBe('寰堝ソ銆\uFFFD')
    expect(repairGbkMojibake(asGbk('這個國家經濟發展很好。')).text).toBe('這個國家經濟發展很好\uFFFD')
  })

  it('maps repaired characters to the garbled stretch', () => {
    const result = repairGbkMojibake('前言：鍏ㄥ浗')
    expect(result.text).toBe('前言：全国')
    expect(result.rewrites).toEqual([{start: 3, end: 6, from: '鍏ㄥ浗', to: '全国'}])
    expect(result.map.toSource([3, 4])).toEqual([3, 6])
  })

  it('leaves clean Chinese, Japanese and Korean alone', () => {
    for (const text of ['今天，我们在北京召开会议。', '今天，我們在北京召開會議。', '日本語のテキストです。', '한국어 텍스트입니다.']) {
      expect(repairGbkMojibake(text)).toMatchObject({text, rewrites: []})
    }
  })
})
