import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {countLetters, detect, detectLanguage, hanEvidence, scriptOf, toLanguageTag} from '../../src/detect/index.js'
import {scriptOfCode} from '../../src/detect/scripts.js'
import {resolveOptions} from '../../src/pipeline/options.js'

const mirrorSeed = readFileSync(new URL('../fixtures/convert/mirror-seed/input.txt', import.meta.url), 'utf8')

describe('detectLanguage', () => {
  const cases: Array<[name: string, text: string, lang: string, script: string]> = [
    ['short Simplified (franc says und)', '今天天气很好', 'zh-Hans', 'Hans'],
    ['mixed Latin and Han (franc says spa)', 'GDP增长5.2%，CPI上涨0.2%', 'zh-Hans', 'Hans'],
    ['the same in Traditional', 'GDP增長5.2%，CPI上漲0.2%', 'zh-Hant', 'Hant'],
    ['Simplified news', '国家统计局今天发布数据，一季度国内生产总值同比增长4.5%。', 'zh-Hans', 'Hans'],
    ['Taiwan usage', '這個軟體的資訊安全有問題，我們在台北的辦公室明天開會。', 'zh-Hant', 'Hant'],
    ['Hong Kong usage', '香港特區政府今日公布，本港第三季經濟按年增長4.1%。', 'zh-Hant', 'Hant'],
    ['Traditional with 台', '台灣', 'zh-Hant', 'Hant'],
    ['Simplified with 台', '台湾', 'zh-Hans', 'Hans'],
    ['shared characters only: the mainland default', '中文', 'zh-Hans', 'Hans'],
    ['a few Traditional characters in Simplified text', '他在後台看了一下資料，发现问题很多，我们要马上处理这些问题。', 'zh-Hans', 'Hans'],
    ['Japanese', '東京都の人口は1400万人を超えた。', 'ja', 'Jpan'],
    ['Japanese, short', '関係があります', 'ja', 'Jpan'],
    ['katakana only', 'コーヒー', 'ja', 'Jpan'],
    ['Korean', '서울의 인구는 천만 명이다.', 'ko', 'Kore'],
    ['English', 'The quick brown fox jumps over the lazy dog', 'en', 'Latn'],
    ['English with a Chinese name', 'Xi Jinping (习近平) said on Monday that growth would be 5%', 'en', 'Latn'],
    ['Spanish', 'La economía china creció un 5,2% el año pasado, según la oficina de estadísticas.', 'es', 'Latn'],
    ['Russian', 'Экономика России выросла на 3,6 процента в прошлом году, сообщило правительство.', 'ru', 'Cyrl'],
    ['Ukrainian', 'Економіка зросла на 5,2% минулого року.', 'uk', 'Cyrl'],
    ['Thai', 'เศรษฐกิจเติบโต 5.2%', 'th', 'Thai'],
    ['short English news (franc alone says fra)', 'Sales rose 14%.', 'en', 'Latn'],
    ['short German news (franc alone says spa)', 'Der Umsatz stieg um 14 Prozent.', 'de', 'Latn'],
    ['short French news', 'Les ventes ont progressé de 14 %.', 'fr', 'Latn'],
    ['short Spanish news', 'Las ventas subieron un 14 %.', 'es', 'Latn'],
    ['short Dutch news (franc alone says fra)', 'De omzet steeg met 14 procent.', 'nl', 'Latn'],
    ['English with a company name (franc alone says ita)', 'Netflix added 13 million subscribers.', 'en', 'Latn'],
    ['Czech, not taken by the listed languages', 'Ceny bytů v Praze vzrostly o 5 procent.', 'cs', 'Latn'],
    ['Latin too short for franc', 'OK', 'und', 'Latn'],
    ['empty', '', 'und', 'Zyyy'],
    ['digits only', '2023-02-20 12:00 5.2%', 'und', 'Zyyy'],
    ['punctuation and spaces', ' ，。！？…  ', 'und', 'Zyyy']
  ]

  it.each(cases)('%s', (_name, text, lang, script) => {
    const guess = detectLanguage(text)
    expect({lang: guess.lang, script: guess.script}).toEqual({lang, script})
  })

  it.each([
    ['Sales rose 14%.', 'high', 'eng', 0.586],
    ['Revenue was $4.8 billion, up 22% from a year earlier. Net income doubled.', 'high', 'eng', 0.555],
    ['Der Umsatz stieg um 14 Prozent.', 'high', 'deu', 0.797],
    // Wrong, and says so: no listed word, and franc's Italian is barely ahead of Indonesian.
    ['Inflasi Indonesia turun menjadi 2,8 persen pada April.', 'low', 'ita', 0.046],
    ['OK', 'none', 'und', 0]
  ] as const)('says how sure it is of %j', (text, confidence, franc, margin) => {
    const guess = detectLanguage(text)
    expect({confidence: guess.confidence, franc: guess.franc}).toEqual({confidence, franc})
    expect(guess.margin).toBeCloseTo(margin, 3)
  })

  it.each([
    ['国家统计局今天发布数据，一季度国内生产总值同比增长4.5%。', 'high'],
    ['中文', 'low'],
    ['東京都の人口は1400万人を超えた。', 'high'],
    ['เศรษฐกิจเติบโต 5.2%', 'high'],
    ['2023-02-20 12:00 5.2%', 'none']
  ] as const)('is as sure of %j as its script and characters allow', (text, confidence) => {
    expect(detectLanguage(text).confidence).toBe(confidence)
  })

  it('reads 79 of the 84 short English news items of the evaluation set, missing these', () => {
    const english = readFileSync(new URL('../fixtures/detect/short-news.tsv', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('en\t'))
      .map((line) => line.slice(3))
    const misses = english.filter((text) => detectLanguage(text).lang !== 'en')
    expect(english).toHaveLength(84)
    expect(misses).toEqual([
      'Boeing delivered 44 jets in June.',
      'Xiaomi sold 10,000 cars in 27 minutes.',
      'Macron met Scholz in Berlin on Tuesday.',
      'A 6.1-magnitude earthquake struck off Taiwan.',
      'Tickets start at $49.'
    ])
  })

  it('calls mirror-site text Traditional although some characters stayed Simplified', () => {
    const guess = detectLanguage(mirrorSeed)
    expect(guess.lang).toBe('zh-Hant')
    expect(guess.script).toBe('Hant')
    expect(guess.han).toEqual({han: 980, traditional: 388, simplified: 1})
  })

  it('gives its figures', () => {
    const guess = detectLanguage('GDP增长5.2%，CPI上涨0.2%')
    expect(guess.letters).toEqual({Latn: 6, Hani: 4})
    expect(guess.shares.Hani).toBeCloseTo(2 / 3)
    expect(guess.han).toEqual({han: 4, traditional: 0, simplified: 2})
    expect(guess.reason).toBe(
      'Language zh-Hans: CJK characters are 66.7% of the weighted letters; ' +
        'of 4 Han characters 0 (0%) are Traditional-only and 2 (50%) Simplified-only'
    )
    expect(detectLanguage('El rápido zorro marrón salta sobre el perro perezoso').franc).toBe('spa')
    expect(detectLanguage('Sales rose 14%.').reason).toBe(
      'Language en (high confidence): Latn letters are 100% of the weighted letters; ' +
        'franc and the word evidence say `eng`, 0.59 ahead of the next language'
    )
  })

  it('never throws, and always answers a tag and a script', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (text) => {
        const guess = detectLanguage(text)
        expect(guess.lang).toMatch(/^(und|[a-z]{2,3}(-Han[st])?)$/)
        expect(guess.script).toMatch(/^[A-Z][a-z]{3}$/)
      }),
      {numRuns: 300}
    )
  })
})

describe('hanEvidence', () => {
  it('does not count characters Traditional uses too as Simplified', () => {
    // 后 (皇后), 干 (干涉), 里 (公里), 台 and the regional 秘, 税 are all standard Traditional.
    expect(hanEvidence('皇后干涉公里台秘税')).toEqual({han: 9, traditional: 0, simplified: 0})
    expect(hanEvidence('们说这')).toEqual({han: 3, traditional: 0, simplified: 3})
    expect(hanEvidence('們說這')).toEqual({han: 3, traditional: 3, simplified: 0})
  })

  it('counts characters outside the BMP, and no lone surrogate', () => {
    // `𠁞` is Traditional for `𠀾`.
    expect(hanEvidence('𠁞們，𠀾\uD840')).toEqual({han: 3, traditional: 2, simplified: 1})
  })
})

describe('scriptOfCode', () => {
  it('answers as scriptOf does for every BMP code point and some beyond', () => {
    const codes = [...Array.from({length: 0x10000}, (_, code) => code), 0x1f600, 0x20000, 0x2a6d6, 0x1d400, 0x10400]
    const differing = codes.filter((code) => scriptOfCode(code) !== scriptOf(String.fromCodePoint(code)))
    expect(differing).toEqual([])
    expect([0x4e2d, 0x3002, 0x20000, 0x1d400, 0x10400].map(scriptOfCode)).toEqual(['Hani', undefined, 'Hani', 'Zzzz', 'Zzzz'])
  })
})

describe('toLanguageTag', () => {
  it.each([
    ['spa', 'es'],
    ['rus', 'ru'],
    ['eng', 'en'],
    ['cmn', 'zh'],
    ['arb', 'ar'],
    ['pes', 'fa'],
    ['ceb', 'ceb'],
    ['und', 'und']
  ])('%s -> %s', (code, tag) => {
    expect(toLanguageTag(code)).toBe(tag)
  })
})

describe('detect stage', () => {
  it('records lang and script with one info message', () => {
    const file = new VFile()
    file.data.source = '這個軟體的資訊安全有問題'
    file.data.text = file.data.source
    detect(file, resolveOptions())
    expect(file.data.lang).toBe('zh-Hant')
    expect(file.data.script).toBe('Hant')
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message?.ruleId).toBe('language')
    expect(message?.source).toBe('detect')
    expect(message?.fatal).toBeUndefined()
    expect(message?.reason).toMatch(/^Language zh-Hant: .* 8 \(66\.7%\) are Traditional-only/)
  })

  it('says und for a file without text, with a warning', () => {
    const file = new VFile()
    detect(file, resolveOptions())
    expect([file.data.lang, file.data.script, file.data.langConfidence]).toEqual(['und', 'Zyyy', 'none'])
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.reason])).toEqual([
      ['language', false, 'No letters to tell the language by']
    ])
  })

  it('records how sure it is', () => {
    const file = new VFile()
    file.data.text = 'Tickets start at $49.'
    detect(file, resolveOptions())
    expect([file.data.lang, file.data.langConfidence, file.messages[0]?.fatal]).toEqual(['ca', 'low', undefined])
  })
})

describe('detectLanguage on pages with junk', () => {
  it('reads a Chinese page as Chinese when junk from a wrong decoding has kana', () => {
    // Boilerplate as UTF-8 read as GBK lands on GB2312's kana rows (`ユ`, `ソ`, `ぇ`).
    // A short flash under a menu of junk: 5 kana of 47 CJK letters, over the 10 % that makes a text Japanese.
    const junk = ['来源：财政部网站', '你好，大家好', '友好合作 最好的服务'].map((text) => iconv.decode(Buffer.from(text, 'utf8'), 'gbk'))
    const page = `${junk.join('\n')}\n一季度國內生產總值同比增長5.3%。`
    expect(countLetters(page)).toMatchObject({Hani: 42, Hrkt: 5})
    const guess = detectLanguage(page)
    expect(guess.lang).toBe('zh-Hant')
  })

  it('still reads Japanese with the same share of kana', () => {
    expect(detectLanguage('日本銀行は29日、金融政策決定会合で大規模な金融緩和策の維持を決めた。').lang).toBe('ja')
  })
})
