import {existsSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {resolveOptions} from '../../src/pipeline/options.js'
import {commonHanzi, commonTraditionalHanzi} from '../../src/repair/han.js'
import {
  decodeHtmlEntities,
  decodeJsonEscapes,
  findUnrecoverableMojibake,
  normalizeFullWidth,
  removeZeroWidth,
  repair,
  repairGbkMojibake,
  repairLatin1Mojibake,
  repairShiftedGbk,
  stripPinyinAnnotations
} from '../../src/repair/index.js'

// OpenCC's texts sit beside the project (../shared), not in a user's clone: without them, a few sentences of our own.
const opencc = new URL('../../../shared/external/opencc/', import.meta.url)
const haveOpencc = existsSync(new URL('us_constitution_zhs.txt', opencc))

/** Sentences of a real text, each with its final punctuation. */
function sentences(file: string, limit = 400): string[] {
  const text = readFileSync(new URL(file, opencc), 'utf8')
  return (text.match(/[^。！？\n]+[。！？]?/g) ?? []).map((sentence) => sentence.trim()).filter(Boolean).slice(0, limit)
}

const simplified = haveOpencc
  ? [...sentences('us_constitution_zhs.txt'), ...sentences('zuozhuan.txt')]
  : ['我们合众国人民，为建立一个更完善的联邦，树立正义，保障国内安宁。', '今年一季度全市地区生产总值同比增长5.2%。']
const traditional = haveOpencc
  ? [...sentences('us_constitution_zhs.s2t.txt'), ...sentences('us_constitution_zhs.s2tw.txt'), ...sentences('us_constitution_zhs.s2hk.txt')]
  : ['我們合眾國人民，為建立一個更完善的聯邦，樹立正義，保障國內安寧。', '今年第一季全市經濟總產值較去年同期增長百分之五點二。']

const english = [
  'The economy grew 5.2% in 2023, the statistics bureau said on Tuesday.',
  'Prices rose by 0.3 percentage points — the smallest rise since March.',
  'AT&T and R&D spending were up; “We are cautious,” said the CFO.',
  'A café in São Paulo charged €4.50 for a crème brûlée, naïve as it sounds.',
  'Is it sustainable? Analysts aren’t sure (see page 4).',
  'He was appointed to the post in 1998 and served until 2004.',
  'Revenue: $12.5bn (up 8%); net profit: $1.1bn.',
  'Straße, Ñandú, Ça va, ½ of the votes, © 2024 Reuters.'
]
const japanese = [
  '日本銀行は金融政策の現状維持を決めた。',
  '東京都の人口は約1400万人です。',
  '政府は来年度の予算案を閣議決定した。',
  'トヨタ自動車の営業利益は過去最高となった。',
  'きょうは全国的に晴れるでしょう。'
]
const korean = [
  '한국은행은 기준금리를 동결했다.',
  '서울의 인구는 약 940만 명이다.',
  '정부는 내년 예산안을 발표했다.',
  '삼성전자의 영업이익이 크게 늘었다.'
]
/** Glosses writers mean; none of them may be stripped. */
const glosses = ['亳(bó)州', '譙(qiáo)樓', '“中”字读作中(zhōng)', '“宁波”(nínɡ bō)', '庫普澤(Paul Kupser)', 'gathering(聚集)', '(1)', '（二）']

const characters = [
  ...[...commonHanzi()].slice(0, 800),
  ...[...commonTraditionalHanzi()].slice(0, 800),
  ...'あいうえおかきくけこアイウエオカキクケコ한국어텍스트',
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'，。、；：？！“”‘’（）《》【】…—·'
]

const piece = fc.oneof(
  fc.constantFrom(...simplified),
  fc.constantFrom(...traditional),
  fc.constantFrom(...english),
  fc.constantFrom(...japanese),
  fc.constantFrom(...korean),
  fc.constantFrom(...glosses),
  fc.array(fc.constantFrom(...characters), {minLength: 1, maxLength: 20}).map((chars) => chars.join(''))
)
const cleanText = fc
  .tuple(fc.array(piece, {minLength: 1, maxLength: 12}), fc.constantFrom('', ' ', '\n', '，'))
  .map(([pieces, separator]) => pieces.join(separator))

const repairs = {
  decodeJsonEscapes,
  decodeHtmlEntities,
  repairLatin1Mojibake,
  repairGbkMojibake,
  repairShiftedGbk,
  removeZeroWidth,
  normalizeFullWidth,
  stripPinyinAnnotations
}

describe('clean text', () => {
  it('is left unchanged by every repair', () => {
    fc.assert(
      fc.property(cleanText, (text) => {
        for (const [name, run] of Object.entries(repairs)) {
          const result = run(text)
          expect(result.rewrites, name).toEqual([])
          expect(result.text, name).toBe(text)
        }
        expect(repairShiftedGbk(text).unrecovered).toEqual([])
        expect(findUnrecoverableMojibake(text)).toEqual([])
      }),
      {numRuns: 300}
    )
  })

  it('is left unchanged where GBK re-reading gives one Han character or Hangul beside Han', () => {
    // Found by the property above (once in CI): re-read as UTF-8, `杓畴，` is `輳룬` and `杓沒` is `輛]`.
    expect(repairGbkMojibake('杓畴，啊').rewrites).toEqual([])
    expect(repairGbkMojibake('杓沒啊美利堅合衆國憲法').rewrites).toEqual([])
  })

  it('gets no message from the repair stage', () => {
    const options = resolveOptions()
    fc.assert(
      fc.property(cleanText, (text) => {
        const file = new VFile({value: text})
        repair(file, options)
        expect(file.data.text).toBe(text)
        expect(file.messages).toEqual([])
      }),
      {numRuns: 100}
    )
  })

  it.skipIf(!haveOpencc)('includes whole real texts', () => {
    for (const file of ['us_constitution_zhs.txt', 'us_constitution_zhs.s2t.txt', 'us_constitution_zhs.s2hk.txt']) {
      const text = readFileSync(new URL(file, opencc), 'utf8')
      for (const [name, run] of Object.entries(repairs)) expect(run(text).rewrites, `${name} on ${file}`).toEqual([])
    }
  })
})
