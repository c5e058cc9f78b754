import {describe, expect, it} from 'vitest'
import {OffsetMap, TextBuilder, rewrite} from '../../src/util/offset-map.js'

describe('OffsetMap', () => {
  it('maps identity spans to themselves', () => {
    const map = OffsetMap.identity(5)
    expect(map.toSource([1, 3])).toEqual([1, 3])
    expect(map.toSource([5, 5])).toEqual([5, 5])
  })

  it('gives identity maps of any length the units 0, 1, 2, … however many were made before', () => {
    for (const length of [0, 3, 5000, 20_000, 3, (1 << 20) + 5]) {
      const map = OffsetMap.identity(length)
      expect([map.length, map.sourceLength, map.starts[length - 1], map.ends[length - 1]]).toEqual(
        length === 0 ? [0, 0, undefined, undefined] : [length, length, length - 1, length]
      )
      expect(map.toSource([length, length + 2])).toEqual([length, length])
    }
  })

  it('composes as toSource does for every unit, zero-width and out-of-range units included', () => {
    // Units 1 and 3 were inserted (zero width); unit 4 points past the middle text.
    const outer = new OffsetMap(Int32Array.of(0, 2, 2, 3, 7), Int32Array.of(2, 2, 3, 3, 9), 4)
    const inner = new OffsetMap(Int32Array.of(0, 0, 4, 9), Int32Array.of(3, 3, 9, 10), 12)
    const composed = outer.compose(inner)
    expect([...composed.starts]).toEqual([0, 4, 4, 9, 12])
    expect([...composed.ends]).toEqual([3, 4, 9, 9, 12])
    for (let unit = 0; unit < outer.length; unit++) {
      expect([composed.starts[unit], composed.ends[unit]]).toEqual(inner.toSource([outer.starts[unit]!, outer.ends[unit]!]))
    }
    expect(composed.sourceLength).toBe(12)
  })

  it('maps a deletion so spans after it shift back', () => {
    const source = '區(qū)委書記'
    const {text, map} = rewrite(source, /\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/g, () => '')
    expect(text).toBe('區委書記')
    expect(map.toSource([1, 4])).toEqual([5, 8])
    expect(source.slice(...map.toSource([0, 2]))).toBe('區(qū)委')
  })

  it('maps a rewrite of another length to its whole source range', () => {
    const source = 'a&amp;b'
    const {text, map, rewrites} = rewrite(source, /&amp;/g, () => '&')
    expect(text).toBe('a&b')
    expect(map.toSource([1, 2])).toEqual([1, 6])
    expect(map.toSource([2, 3])).toEqual([6, 7])
    expect(rewrites).toEqual([{start: 1, end: 6, from: '&amp;', to: '&'}])
  })

  it('maps an equal-length rewrite unit by unit', () => {
    const {text, map} = rewrite('１２３', /[０-９]+/g, (m) => m[0].replace(/./g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    expect(text).toBe('123')
    expect(map.toSource([1, 2])).toEqual([1, 2])
  })

  it('composes two stages back to the original', () => {
    const original = 'x&amp;(qū)y'
    const first = rewrite(original, /&amp;/g, () => '&')
    expect(first.text).toBe('x&(qū)y')
    const second = rewrite(first.text, /\(qū\)/g, () => '')
    expect(second.text).toBe('x&y')
    const map = second.map.compose(first.map)
    expect(map.toSource([1, 2])).toEqual([1, 6])
    expect(map.toSource([2, 3])).toEqual([10, 11])
    expect(map.sourceLength).toBe(original.length)
  })

  it('keeps the map identical when nothing matches', () => {
    const {text, map, rewrites} = rewrite('clean', /zzz/g, () => '')
    expect([text, rewrites.length, map.length]).toEqual(['clean', 0, 5])
  })

  it('refuses a non-global regex (a programmer error)', () => {
    expect(() => rewrite('a', /a/, () => '')).toThrow(/global/)
  })
})

describe('TextBuilder', () => {
  it('fills gaps between pieces with kept source', () => {
    const builder = new TextBuilder('abcdef')
    builder.replace(2, 4, 'X')
    const {text, map} = builder.finish()
    expect(text).toBe('abXef')
    expect(map.toSource([2, 3])).toEqual([2, 4])
    expect(map.toSource([3, 5])).toEqual([4, 6])
  })
})
