import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {encodeGbk, gbkCode, NO_GBK} from '../../src/repair/gbk.js'

describe('gbk', () => {
  it('gives every UTF-16 unit the GBK code of an iconv-lite round trip, or none', () => {
    let encodable = 0
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit)
      const bytes = iconv.encode(char, 'gbk')
      const roundTrips = iconv.decode(bytes, 'gbk') === char
      const code = gbkCode(unit)
      if (!roundTrips) {
        expect(code, `U+${unit.toString(16)}`).toBe(NO_GBK)
        continue
      }
      encodable++
      expect(code, `U+${unit.toString(16)}`).toBe(bytes.length === 1 ? bytes[0] : (bytes[0]! << 8) | bytes[1]!)
    }
    // 128 ASCII characters, the euro sign at 0x80, and iconv-lite's double-byte ones (cp936 with its user rows).
    expect(encodable).toBe(24_067)
    expect(gbkCode(0xd800)).toBe(NO_GBK)
  })

  it('encodes text with where each unit starts, and nothing with a character GBK lacks', () => {
    expect(encodeGbk('a全国')).toEqual({bytes: Uint8Array.of(0x61, 0xc8, 0xab, 0xb9, 0xfa), starts: Int32Array.of(0, 1, 3, 5)})
    expect(encodeGbk('全😀')).toBeNull()
    expect(encodeGbk('한')).toBeNull()
  })
})
