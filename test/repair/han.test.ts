import {describe, expect, it} from 'vitest'
import {
  commonHanzi,
  commonTraditionalHanzi,
  hasToneMark,
  isCommonChar,
  isCommonHanzi,
  isHan,
  isPinyinSyllable,
  normalizeSyllable,
  readingsOf,
  stripTones,
  toSimplified
} from '../../src/repair/han.js'

describe('han lexicon', () => {
  it('derives GB2312 level 1 (3,755) and Big5 level 1 (5,401) from the encodings', () => {
    expect(commonHanzi().size).toBe(3755)
    expect(commonTraditionalHanzi().size).toBe(5401)
    expect(isCommonHanzi('区')).toBe(true)
    expect(isCommonHanzi('谯')).toBe(false) // level 2
    expect(isCommonHanzi('區')).toBe(false)
    expect(isCommonChar('區')).toBe(true)
  })

  it('converts Traditional to Simplified', () => {
    expect(toSimplified('堯都區委')).toBe('尧都区委')
  })

  it('gives every reading of a character and of its Simplified form', () => {
    expect([...readingsOf('長').toned].sort()).toEqual(['cháng', 'zhǎng'])
    expect([...readingsOf('濟').toneless]).toEqual(['ji'])
    expect(readingsOf('a').toned.size).toBe(0)
  })

  it('normalizes syllables', () => {
    expect(normalizeSyllable('nínɡ')).toBe('níng')
    expect(stripTones(normalizeSyllable('lǜ'))).toBe('lv')
    expect(hasToneMark('zhōng')).toBe(true)
    expect(hasToneMark('zhong')).toBe(false)
  })

  it('knows Mandarin syllables', () => {
    expect(isPinyinSyllable('cuò')).toBe(true)
    expect(isPinyinSyllable('Paul')).toBe(false)
    expect(isHan('𠀋')).toBe(true)
    expect(isHan('e')).toBe(false)
  })
})
