import {readFileSync} from 'node:fs'
import iconv from 'iconv-lite'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {decode} from '../../src/decode/index.js'
import {resolveOptions} from '../../src/pipeline/options.js'
import * as api from '../../src/repair/index.js'
import {repair} from '../../src/repair/index.js'

const options = resolveOptions()
// The corpus keeps the seed byte for byte (test/corpus/gold.test.ts compares them).
const seedBytes = readFileSync(new URL('../../corpus/articles/000_a31ba222a182815c.txt', import.meta.url))
/** What a mirror annotation looks like, for checking the map. */
const annotation = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)/g

function run(value: string | Uint8Array): VFile {
  const file = new VFile({value})
  decode(file, options)
  repair(file, options)
  return file
}

describe('repair stage', () => {
  it('exposes the public api', () => {
    expect(Object.keys(api).sort()).toEqual([
      'GARBLE_MODE_THRESHOLD',
      'decodeHtmlEntities',
      'decodeJsonEscapes',
      'findAnnotations',
      'findUnrecoverableMojibake',
      'normalizeFullWidth',
      'removeZeroWidth',
      'repair',
      'repairGbkMojibake',
      'repairLatin1Mojibake',
      'repairShiftedGbk',
      'stripPinyinAnnotations'
    ])
  })

  it('strips every annotation from the seed and keeps it Traditional', () => {
    const file = run(seedBytes)
    const text = file.data.text ?? ''
    expect(text.match(annotation)).toBeNull()
    expect(text).toContain('鄉村e鎮')
    expect(text).toContain('堯都區委副書記、區長任俊杰')
    expect(text).toContain('一般公共預算收入25.3億元，'.replace('，', ','))
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['pinyin-annotation', "Removed 194 pinyin annotations left by a mirror site's Traditional conversion"]
    ])
    const [message] = file.messages
    expect(message?.place).toEqual({start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 8, offset: 7}})
    expect(message?.actual).toBe('(qū)')
    expect(message?.expected).toEqual([''])
  })

  it('places every one of the seed\'s 194 removed annotations in the original', () => {
    const file = run(seedBytes)
    const source = file.data.source ?? ''
    const [message] = file.messages
    const spans = message?.sourceSpans ?? []
    expect(spans).toHaveLength(194)
    expect(spans.slice(0, 3)).toEqual([[3, 7], [13, 17], [26, 31]])
    expect(spans.slice(-2)).toEqual([[2226, 2232], [2233, 2237]])
    expect(spans.slice(0, 3).map((span) => source.slice(...span))).toEqual(['(qū)', '(qū)', '(shí)'])
    // Each span is one whole annotation, and they are all that was removed: cutting them out gives the repaired text.
    for (const span of spans) expect(source.slice(...span)).toMatch(/^\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)$/)
    let kept = ''
    let cursor = 0
    for (const [start, end] of spans) {
      expect(start).toBeGreaterThanOrEqual(cursor)
      kept += source.slice(cursor, start)
      cursor = end
    }
    expect(kept + source.slice(cursor)).toBe(file.data.text)
  })

  it('places each change of each kind through the repairs before it', () => {
    // Entities decoded to full-width digits, then a zero-width space, then full-width runs in the text those left.
    const source = '收入&#65297;&#65298;億元，增\u200B長５％。'
    const file = run(source)
    expect(file.data.text).toBe('收入12億元，增長5%。')
    expect(file.messages.map((message) => [message.ruleId, message.sourceSpans])).toEqual([
      ['html-entity', [[2, 10], [10, 18]]],
      ['zero-width', [[22, 23]]],
      ['full-width', [[2, 18], [24, 26]]]
    ])
    expect(file.messages.map((message) => message.sourceSpans?.map((span) => source.slice(...span)))).toEqual([
      ['&#65297;', '&#65298;'],
      ['\u200B'],
      ['&#65297;&#65298;', '５％']
    ])
  })

  it('maps every position of the repaired seed back to the source', () => {
    const file = run(seedBytes)
    const source = file.data.source ?? ''
    const text = file.data.text ?? ''
    const map = file.data.map
    expect(map?.length).toBe(text.length)
    for (let start = 0; start < text.length; start++) {
      expect(source.slice(...(map?.toSource([start, start + 1]) ?? [0, 0]))).toBe(text[start])
    }
    for (const [start, end] of [[0, 7], [100, 180], [text.indexOf('鄉村e鎮'), text.indexOf('鄉村e鎮') + 4], [0, text.length]] as const) {
      const sourceSpan = map?.toSource([start, end]) ?? [0, 0]
      expect(source.slice(...sourceSpan).replace(annotation, '')).toBe(text.slice(start, end))
    }
  })

  it('reports each kind of repair once, with its count, at its first occurrence', () => {
    const latin1 = Buffer.from('新闻', 'utf8').toString('latin1')
    const source = `&lt;b&gt;\\u4e2d\\u6587 ${latin1} 锟斤拷 ２０２３年 區\u200B(qū)委 經(jīng)濟(jì)`
    const file = run(source)
    expect(file.data.text).toBe('<b>中文 新闻 锟斤拷 2023年 區委 經濟')
    expect(
      file.messages.map((message) => [message.ruleId, message.reason, message.place && 'start' in message.place ? message.place.start.offset : null])
    ).toEqual([
      ['json-escape', 'Decoded 2 JSON \\u escapes', 9],
      ['html-entity', 'Decoded 2 HTML character references', 0],
      ['mojibake-latin1', 'Re-decoded 1 run of UTF-8 text that had been read as Latin-1/windows-1252', 22],
      [
        'unrecoverable-mojibake',
        'Found 1 run of characters lost to an earlier wrong decoding (`锟斤拷`, `\uFFFD`); kept as they are',
        29
      ],
      ['zero-width', 'Removed 1 run of zero-width characters', 40],
      ['full-width', 'Converted 1 run of full-width digits, letters or signs to ASCII', 33],
      ['pinyin-annotation', "Removed 3 pinyin annotations left by a mirror site's Traditional conversion", 41]
    ])
    // Every message is placed at the first of its places.
    for (const message of file.messages) {
      const [first] = message.sourceSpans ?? []
      expect(message.place && 'start' in message.place ? [message.place.start.offset, message.place.end.offset] : null).toEqual(first)
    }
    const text = file.data.text ?? ''
    const at = text.indexOf('新闻')
    expect(source.slice(...(file.data.map?.toSource([at, at + 2]) ?? [0, 0]))).toBe(latin1)
  })

  it('reports GBK mojibake and shifted GBK', () => {
    const mojibake = iconv.decode(Buffer.from('中国人民', 'utf8'), 'gbk')
    const file = run(`${mojibake}。應(yīng)用?;诖耍覈r(nóng)業(yè)`)
    expect(file.data.text).toBe('中国人民。應(yīng)用?;诖耍覈r(nóng)業(yè)')
    expect(file.messages.map((message) => [message.ruleId, message.reason, message.actual])).toEqual([
      ['mojibake-gbk', 'Re-decoded 1 run of UTF-8 text that had been read as GBK', mojibake],
      ['shifted-gbk', 'Found 1 run of GBK text shifted by a lost byte: 0 realigned, 1 left as they are', '?;诖耍覈']
    ])
  })

  it('leaves clean text without messages', () => {
    const text = '今年一季度，全省GDP同比增长5.2%。'
    const file = run(text)
    expect(file.data.text).toBe(text)
    expect(file.messages).toEqual([])
  })

  it('repairs the text on its own, without decode', () => {
    const file = new VFile({value: '區(qū)委、經(jīng)濟(jì)'})
    repair(file, options)
    expect(file.data.text).toBe('區委、經濟')
    expect(file.data.map?.toSource([3, 4])).toEqual([7, 8])
  })
})
