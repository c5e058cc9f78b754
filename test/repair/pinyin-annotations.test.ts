import {describe, expect, it} from 'vitest'
import {findAnnotations, stripPinyinAnnotations} from '../../src/repair/pinyin-annotations.js'

const strip = (text: string) => stripPinyinAnnotations(text).text

/** Three converted-character annotations: enough to put a page in garble mode. */
const garbled = '區(qū)委、經(jīng)濟(jì)。'

describe('stripPinyinAnnotations', () => {
  it('strips mirror annotations after converted characters', () => {
    expect(strip('堯都區(qū)委副書記、區(qū)長任俊杰:貫徹落實(shí)“三個(gè)文件”')).toBe('堯都區委副書記、區長任俊杰:貫徹落實“三個文件”')
    expect(strip('經(jīng)濟(jì)發(fā)展')).toBe('經濟發展')
  })

  it('accepts any reading of the character, not only the one the context needs', () => {
    expect(strip('應(yīng)用、長(zhǎng)期、濟(jì)南')).toBe('應用、長期、濟南')
    // Taiwan readings (`績` jī, mainland jì) on converted characters.
    expect(strip('成績(jī)、經(jīng)濟(jì)')).toBe('成績、經濟')
  })

  it('strips nothing below three matches on the page', () => {
    expect(strip('區(qū)委和經(jīng)濟')).toBe('區(qū)委和經(jīng)濟')
    expect(stripPinyinAnnotations('區(qū)委').rewrites).toEqual([])
  })

  it('strips toneless doubled annotations', () => {
    expect(strip('中(zhong)(zhong)国(guo)(guo)人(ren)(ren)')).toBe('中国人')
  })

  it('strips toneless annotations after Simplified text', () => {
    expect(strip('楼(lou)上(shang)的(de)人')).toBe('楼上的人')
  })

  it('strips annotations with a trailing space', () => {
    expect(strip('我(wǒ )们(men )是(shì )')).toBe('我们是')
  })

  it('strips whole-word toneless pinyin with vowels dropped', () => {
    expect(strip('电子商务(din z shn w)、电子政务(din z zhng w)和人工智能(rn gng zh nng)')).toBe('电子商务、电子政务和人工智能')
  })

  it('strips a syllable left after a Latin letter inside Han text, once the page is garbled', () => {
    expect(strip(`${garbled}鄉(xiāng)村e(cuò)鎮(zhèn)`)).toBe('區委、經濟。鄉村e鎮')
    expect(strip('鄉村e(cuò)鎮')).toBe('鄉村e(cuò)鎮')
  })

  it('keeps genuine glosses, even on a garbled page', () => {
    const glosses = '亳(bó)州、譙(qiáo)樓；“中”字读作中(zhōng)；“宁波”(nínɡ bō)；庫普澤(Paul Kupser)；gathering(聚集)'
    expect(strip(garbled + glosses)).toBe('區委、經濟。' + glosses)
  })

  it('strips readings after characters the mirror left Simplified, once the page is garbled', () => {
    // `绩`, `产` and `业` have Traditional forms (`績`, `產`, `業`) the mirror's table missed.
    expect(strip(`${garbled}成绩(jī)、产(chǎn)业(yè)`)).toBe('區委、經濟。成绩、产业')
    expect(strip('成绩(jī)、产(chǎn)业(yè)')).toBe('成绩(jī)、产(chǎn)业(yè)')
  })

  it('keeps glosses on characters that have no Traditional form, on a page with that garble', () => {
    const page = `${garbled}成绩(jī)。亳(bó)州、六(lù)安、中(zhōng)`
    expect(strip(page)).toBe('區委、經濟。成绩。亳(bó)州、六(lù)安、中(zhōng)')
  })

  it('loses a rare gloss on a common converted character in garble mode (accepted)', () => {
    expect(strip(`${garbled}渦(guō)河`)).toBe('區委、經濟。渦河')
  })

  it('maps the kept characters to themselves', () => {
    const source = `${garbled}發(fā)展`
    const {text, map, rewrites} = stripPinyinAnnotations(source)
    expect(text).toBe('區委、經濟。發展')
    expect(rewrites.map((change) => change.from)).toEqual(['(qū)', '(jīng)', '(jì)', '(fā)'])
    for (let index = 0; index < text.length; index++) {
      expect(source.slice(...map.toSource([index, index + 1]))).toBe(text[index])
    }
  })
})

describe('findAnnotations', () => {
  it('classifies each kind', () => {
    const kinds = (text: string) => findAnnotations(text).map((annotation) => annotation.kind)
    expect(kinds('區(qū)')).toEqual(['converted'])
    expect(kinds('亳(bó) 譙(qiáo) 中(zhōng)')).toEqual(['gloss', 'gloss', 'gloss'])
    expect(kinds('绩(jī) 六(lù)')).toEqual(['unconverted', 'gloss'])
    expect(kinds('中(zhong)')).toEqual(['toneless'])
    expect(kinds('中(zhong)(zhong)')).toEqual(['doubled'])
    expect(kinds('我(wǒ )')).toEqual(['spaced'])
    expect(kinds('电子(din z)')).toEqual(['word'])
    expect(kinds('村e(cuò)鎮')).toEqual(['orphan'])
    expect(kinds('“宁波”(nínɡ bō) 庫普澤(Paul Kupser) 中(shi)')).toEqual([])
  })
})
