import fc from 'fast-check'
import * as OpenCC from 'opencc-js'
import {describe, expect, it} from 'vitest'
import {toSimplified} from '../../src/convert/index.js'
import type {ConvertFrom} from '../../src/pipeline/options.js'

describe('toSimplified', () => {
  const samples: Array<[from: ConvertFrom, input: string, output: string]> = [
    ['t', '堯都區委副書記、區長任俊杰：貫徹落實「三個文件」', '尧都区委副书记、区长任俊杰：贯彻落实「三个文件」'],
    ['t', '一般公共預算收入25.3億元，在全省25個市轄區中排名第2位。', '一般公共预算收入25.3亿元，在全省25个市辖区中排名第2位。'],
    ['tw', '這個軟體的資訊安全有問題，請盡快更新。', '这个软体的资讯安全有问题，请尽快更新。'],
    ['tw', '臺灣的颱風季節快到了', '台湾的台风季节快到了'],
    ['hk', '香港特區政府今日公布，本港第三季經濟按年增長4.1%。', '香港特区政府今日公布，本港第三季经济按年增长4.1%。'],
    ['hk', '他們在衞生署的綫上系統登記', '他们在卫生署的线上系统登记'],
    // Vocabulary stays: `twp` would make these 文档 and 进程.
    ['tw', '這份文件說明了程序', '这份文件说明了程序']
  ]
  it.each(samples)('%s: %s', (from, input, output) => {
    expect(toSimplified(input, from).text).toBe(output)
  })

  it.each([
    ['提前著手', '提前着手'],
    ['帶著', '带着'],
    ['隨著經濟發展', '随着经济发展'],
    ['著力推進', '着力推进'],
    ['著眼長遠', '着眼长远'],
    ['意味著', '意味着'],
    ['著名作家的著作', '著名作家的著作'],
    ['他著有三部小說', '他著有三部小说'],
    ['顯著提高', '显著提高'],
    ['正在討論著手的辦法', '正在讨论着手的办法']
  ])('t: 著 in %s', (input, output) => {
    expect(toSimplified(input, 't').text).toBe(output)
  })

  it.each([
    ['t', '甚麼', '什么'],
    ['tw', '甚麼', '什么'],
    ['hk', '甚麼', '什么'],
    ['tw', '土著居民', '土著居民'],
    ['tw', '隨著', '随着'],
    ['tw', '改編自原著', '改编自原著'],
    ['tw', '么', '么'],
    ['tw', '为什么', '为什么'],
    ['t', '土著', '土著']
  ] as Array<[ConvertFrom, string, string]>)('%s: %s', (from, input, output) => {
    expect(toSimplified(input, from).text).toBe(output)
  })

  it('leaves text with kana alone', () => {
    for (const text of ['関係があります', '東京の關係者によると', 'ソニーの業績が發表された。']) {
      const result = toSimplified(text, 't')
      expect(result).toMatchObject({text, changed: 0})
    }
    // Without kana the Han characters are taken as Chinese.
    expect(toSimplified('関係', 't').text).toBe('関系')
  })

  it('converts the lines without kana and maps them onto the input', () => {
    const input = '東京の關係者によると\n經濟增長\nソニーの業績\n這個'
    const result = toSimplified(input, 't')
    expect(result).toMatchObject({text: '東京の關係者によると\n经济增长\nソニーの業績\n这个', changed: 5, japaneseLines: 2})
    for (let index = 0; index < result.text.length; index++) {
      const [start, end] = result.map.toSource([index, index + 1])
      expect([end - start, start]).toEqual([1, index])
    }
  })

  it('counts converted characters', () => {
    expect(toSimplified('這個軟體', 'tw').changed).toBe(4)
    expect(toSimplified('这个软体', 'tw').changed).toBe(0)
    expect(toSimplified('甚麼', 't').changed).toBe(2)
    expect(toSimplified('㗲', 't')).toMatchObject({text: '𠵾', changed: 1})
    expect(toSimplified('', 't')).toMatchObject({text: '', changed: 0})
  })

  it('maps characters that change length', () => {
    // 㗲 (BMP) becomes 𠵾 (two units); U+2F800, a compatibility ideograph outside the BMP, becomes 丽.
    const {text, map} = toSimplified('a㗲b\u{2F800}c', 't')
    expect(text).toBe('a𠵾b丽c')
    expect(Array.from(map.starts)).toEqual([0, 1, 1, 2, 3, 5])
    expect(Array.from(map.ends)).toEqual([1, 2, 2, 3, 5, 6])
    expect(map.toSource([1, 3])).toEqual([1, 2])
    expect(map.toSource([4, 5])).toEqual([3, 5])
  })
})

/**
 * Words with their conversion, joined by `，` so that no dictionary phrase
 * spans two words: every output unit must then map into the word it came
 * from, and unit for unit when the word kept its length.
 */
const words: Record<ConvertFrom, Array<[string, string]>> = {
  t: [
    ['關係', '关系'], ['後來', '后来'], ['乾隆', '乾隆'], ['頭髮', '头发'], ['提前著手', '提前着手'], ['甚麼', '什么'],
    ['隨著', '随着'], ['經濟增長', '经济增长'], ['㗲', '𠵾'], ['\uF900', '岂'], ['\u{2F800}', '丽'], ['𠮷', '𠮷'],
    ['GDP', 'GDP'], ['5.2%', '5.2%'], ['堯都區', '尧都区'], ['著名', '著名'], ['实干', '实干']
  ],
  tw: [
    ['軟體', '软体'], ['資訊', '资讯'], ['臺灣', '台湾'], ['土著', '土著'], ['帶著', '带着'], ['么', '么'], ['著名', '著名'],
    ['㗲', '𠵾'], ['\u{2F800}', '丽'], ['2023年', '2023年']
  ],
  hk: [['衞生', '卫生'], ['綫上', '线上'], ['經濟', '经济'], ['帶著', '带着'], ['㗲', '𠵾'], ['100%', '100%']]
}

describe('toSimplified offset map', () => {
  for (const from of ['t', 'tw', 'hk'] as const) {
    it(`maps every output unit back to the source it came from (${from})`, () => {
      const pool = words[from]
      fc.assert(
        fc.property(fc.array(fc.integer({min: 0, max: pool.length - 1}), {minLength: 1, maxLength: 12}), (picks) => {
          const chosen = picks.map((pick): [string, string] => pool[pick] ?? ['', ''])
          const source = chosen.map(([input]) => input).join('，')
          const {text, map} = toSimplified(source, from)
          expect(text).toBe(chosen.map(([, output]) => output).join('，'))
          expect(map.length).toBe(text.length)
          expect(map.sourceLength).toBe(source.length)
          let sourceAt = 0
          let textAt = 0
          for (const [input, output] of chosen) {
            for (let unit = 0; unit < output.length; unit++) {
              const [start, end] = map.toSource([textAt + unit, textAt + unit + 1])
              if (input.length === output.length) {
                expect([start, end]).toEqual([sourceAt + unit, sourceAt + unit + 1])
              } else {
                expect(start).toBeGreaterThanOrEqual(sourceAt)
                expect(end).toBeLessThanOrEqual(sourceAt + input.length)
                expect(end).toBeGreaterThan(start)
              }
            }
            // The separator maps to itself.
            if (textAt + output.length < text.length) {
              expect(map.toSource([textAt + output.length, textAt + output.length + 1])).toEqual([
                sourceAt + input.length,
                sourceAt + input.length + 1
              ])
            }
            sourceAt += input.length + 1
            textAt += output.length + 1
          }
        }),
        {numRuns: 200}
      )
    })
  }

  // Characters the context fixes do not touch, so opencc-js alone must give the same text.
  const plain = [...'後來頭髮乾隆關係經濟發展臺灣颱風軟體資訊衞生綫上裏面於是週末鐘錶麵條㗲𠮷豈丽中文GDP 5.2%，。「」\n']
  for (const from of ['t', 'tw', 'hk'] as const) {
    it(`gives opencc-js's text and a monotone map on random text (${from})`, () => {
      const bare = OpenCC.Converter({from, to: 'cn'})
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...plain), {maxLength: 40}), (chars) => {
          const source = chars.join('')
          const {text, map} = toSimplified(source, from)
          expect(text).toBe(bare(source))
          for (let index = 1; index < map.length; index++) {
            expect(map.starts[index]).toBeGreaterThanOrEqual(map.starts[index - 1] ?? 0)
            expect(map.ends[index]).toBeGreaterThanOrEqual(map.ends[index - 1] ?? 0)
          }
        }),
        {numRuns: 300}
      )
    })
  }

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), fc.constantFrom<ConvertFrom>('t', 'tw', 'hk'), (source, from) => {
        const {text, map} = toSimplified(source, from)
        expect(map.length).toBe(text.length)
        expect(map.sourceLength).toBe(source.length)
      }),
      {numRuns: 300}
    )
  })
})

describe('toSimplified on malformed text', () => {
  it('counts a lone surrogate that stayed as unchanged', () => {
    expect(toSimplified('\uD800們', 't')).toMatchObject({text: '\uD800们', changed: 1})
    expect(toSimplified('們\uDC00', 't')).toMatchObject({text: '们\uDC00', changed: 1})
  })
})
