import {gzipSync} from 'node:zlib'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {decodeBytes} from '../../src/decode/bytes.js'
import {InputError} from '../../src/util/errors.js'

const simplified = '一般公共预算收入25.3亿元，在全省25个市辖区中排名第2位。'
const traditional = '一般公共預算收入25.3億元，在全省25個市轄區中排名第2位。'

function errorOf(run: () => unknown): {code: string; message: string} | undefined {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return {code: error.code, message: error.message}
    throw error
  }
  return undefined
}

describe('decodeBytes', () => {
  it('decodes valid UTF-8', () => {
    expect(decodeBytes(Buffer.from(simplified), null)).toEqual({text: simplified, encoding: 'UTF-8', evidence: 'valid'})
  })

  it('follows and strips a byte order mark', () => {
    const utf8 = Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), Buffer.from(simplified)])
    expect(decodeBytes(utf8, null)).toEqual({text: simplified, encoding: 'UTF-8', evidence: 'bom'})
    const le = Buffer.concat([Buffer.of(0xff, 0xfe), iconv.encode(traditional, 'utf16le')])
    expect(decodeBytes(le, null)).toEqual({text: traditional, encoding: 'UTF-16LE', evidence: 'bom'})
    const be = Buffer.concat([Buffer.of(0xfe, 0xff), iconv.encode(traditional, 'utf16be')])
    expect(decodeBytes(be, null)).toEqual({text: traditional, encoding: 'UTF-16BE', evidence: 'bom'})
  })

  it('recognizes UTF-16 without a BOM by its NUL bytes, in either byte order', () => {
    for (const text of [simplified, 'Hello world, this is text.', '一般公共预算收入']) {
      expect(decodeBytes(iconv.encode(text, 'utf16le'), null)).toEqual({text, encoding: 'UTF-16LE', evidence: 'pattern'})
      expect(decodeBytes(iconv.encode(text, 'utf16be'), null)).toEqual({text, encoding: 'UTF-16BE', evidence: 'pattern'})
    }
  })

  it('decides short GBK, GB18030 and Big5 inputs by how common their characters are in each', () => {
    expect(decodeBytes(iconv.encode(simplified, 'gbk'), null)).toEqual({text: simplified, encoding: 'GB18030', evidence: 'scored'})
    expect(decodeBytes(iconv.encode(traditional, 'gb18030'), null)).toEqual({
      text: traditional,
      encoding: 'GB18030',
      evidence: 'scored'
    })
    expect(decodeBytes(iconv.encode(traditional, 'big5'), null)).toEqual({text: traditional, encoding: 'Big5', evidence: 'scored'})
  })

  it('reads a one-line GB18030 file as GB18030, which chardet calls Big5', () => {
    const line = '第9行：亏损3000万元。'
    expect(decodeBytes(iconv.encode(line, 'gb18030'), null)).toEqual({text: line, encoding: 'GB18030', evidence: 'scored'})
    const traditionalLine = '第9行：虧損3000萬元。'
    expect(decodeBytes(iconv.encode(traditionalLine, 'big5'), null)).toEqual({text: traditionalLine, encoding: 'Big5', evidence: 'scored'})
  })

  it('leaves long inputs to the detector', () => {
    const long = `${simplified}\n`.repeat(200)
    expect(decodeBytes(iconv.encode(long, 'gbk'), null)).toEqual({text: long, encoding: 'GB18030', evidence: 'detected'})
  })

  it('reads Big5 that chardet scores as Latin-2 (a table drawn in box characters), and keeps real Latin-2', () => {
    const row = (region: string, value: string) => `│${region.padEnd(12)}│${value.padEnd(20)}│\n`
    const rule = `├${'─'.repeat(12)}┼${'─'.repeat(20)}┤\n`
    const table = rule + row('地區', '生產總值（億元）') + rule + row('臨汾市', '72.1') + rule + row('浦東新區', '11.6') + rule
    expect(decodeBytes(iconv.encode(table, 'big5'), null)).toEqual({text: table, encoding: 'Big5', evidence: 'detected'})
    const polish = 'Zażółć gęślą jaźń. Wzrost gospodarczy wyniósł 5,2% w ubiegłym roku, podał urząd statystyczny.'
    expect(decodeBytes(iconv.encode(polish, 'iso-8859-2'), null)).toEqual({text: polish, encoding: 'ISO-8859-2', evidence: 'detected'})
  })

  it('follows a declared <meta charset>', () => {
    // Two characters are too few for detection (chardet says Big5): the declaration decides.
    const html = '<html><head><meta charset="gb2312"></head><body>中文</body></html>'
    expect(decodeBytes(iconv.encode(html, 'gbk'), null)).toEqual({text: html, encoding: 'GB18030', evidence: 'declared'})
    const httpEquiv = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head>中文</html>'
    expect(decodeBytes(iconv.encode(httpEquiv, 'big5'), null)).toMatchObject({text: httpEquiv, encoding: 'Big5'})
  })

  it('uses a forced encoding', () => {
    const bytes = iconv.encode(traditional, 'big5')
    expect(decodeBytes(bytes, 'big5')).toEqual({text: traditional, encoding: 'Big5', evidence: 'forced'})
    expect(decodeBytes(iconv.encode('中文', 'gbk'), 'GBK')).toEqual({text: '中文', encoding: 'GB18030', evidence: 'forced'})
  })

  it('refuses an unknown or wrong forced encoding', () => {
    expect(errorOf(() => decodeBytes(Buffer.from('abc'), 'klingon'))).toEqual({
      code: 'bad-encoding',
      message: "Unknown encoding `klingon` (see iconv-lite's list of encodings)"
    })
    expect(errorOf(() => decodeBytes(iconv.encode(simplified, 'gbk'), 'utf-8'))).toEqual({
      code: 'bad-encoding',
      message: 'The input is not valid UTF-8: 31 of 46 characters could not be decoded'
    })
  })

  it('refuses bytes that no encoding decodes', () => {
    const noise = Uint8Array.from({length: 64}, (_, index) => 0x80 + ((index * 37) % 128))
    expect(errorOf(() => decodeBytes(noise, null))).toEqual({
      code: 'bad-encoding',
      message: 'The input is not valid Shift_JIS: 2 of 47 characters could not be decoded'
    })
  })

  it('refuses binary files', () => {
    const png = Buffer.concat([Buffer.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), Buffer.alloc(32, 7)])
    expect(errorOf(() => decodeBytes(png, null))).toEqual({
      code: 'binary',
      message: 'The input is not text: it starts like a PNG image'
    })
    expect(errorOf(() => decodeBytes(gzipSync(simplified), null))?.code).toBe('binary')
    expect(errorOf(() => decodeBytes(Buffer.from('text\0\0\0\0more text\0\u0001'), null))).toEqual({
      code: 'binary',
      message: 'The input is not text: it contains NUL bytes and is not UTF-16'
    })
  })
})
