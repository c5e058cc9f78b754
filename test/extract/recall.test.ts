/**
 * Phrasings the extractor once missed or misread: changes named by a noun
 * (`涨幅均为2%`, `a $45 million cut`), moves in a ranking (`前移1位`), rarer
 * measure words (`86眼`), verbs of multiplying with no number (`will
 * triple`) and shares (`one in nine`). Sentences written for these tests.
 */
import {describe, expect, it} from 'vitest'
import type {Fact} from '../../src/types.js'
import {factsOf} from './helpers.js'

type Summary = Pick<Fact, 'kind' | 'value' | 'unit' | 'approx' | 'text' | 'span'> & {direction?: string}

function summarize(text: string, lang = 'zh-Hans'): Summary[] {
  return factsOf(text, {lang}).map((fact) => {
    const summary: Summary = {kind: fact.kind, value: fact.value, unit: fact.unit, approx: fact.approx, text: fact.text, span: fact.span}
    if (fact.direction) summary.direction = fact.direction
    return summary
  })
}

/** A fact whose text is the first `text` in `sentence` at or after `from`. */
function fact(sentence: string, text: string, kind: Fact['kind'], value: Fact['value'], unit: string | null, approx = 'exact', direction?: string, from = 0): Summary {
  const start = sentence.indexOf(text, from)
  if (start === -1) throw new Error(`${text} is not in ${sentence}`)
  const summary: Summary = {kind, value, unit, approx: approx as Fact['approx'], text, span: [start, start + text.length]}
  if (direction) summary.direction = direction
  return summary
}

describe('changes named by a noun (Chinese)', () => {
  it('reads 涨幅 with 均为 between noun and rate as a change', () => {
    const s = '套餐价格涨幅均为2%，低于预期。'
    expect(summarize(s)).toEqual([fact(s, '涨幅均为2%', 'change', 2, '%', 'exact', 'up')])
  })

  it('reads 分别为 after 增幅 and keeps the listed rate a change', () => {
    const s = '两县粮食产量增幅分别为3.6%和2.9%。'
    expect(summarize(s)).toEqual([
      fact(s, '两县', 'count', 2, '县'),fact(s, '增幅分别为3.6%', 'change', 3.6, '%', 'exact', 'up'), fact(s, '2.9%', 'change', 2.9, '%', 'exact', 'up')])
  })

  it('takes the direction of 调幅 from the adjustment earlier in the sentence', () => {
    const up = '本市最低月工资标准上调，调幅6.35%。'
    expect(summarize(up)).toEqual([fact(up, '调幅6.35%', 'change', 6.35, '%', 'exact', 'up')])
    const down = '部分药品价格下调，平均调幅为12.8%。'
    expect(summarize(down)).toEqual([fact(down, '调幅为12.8%', 'change', 12.8, '%', 'exact', 'down')])
  })

  it('leaves 调幅 without a direction when the sentence gives none', () => {
    const s = '水价调幅约5%。'
    expect(summarize(s)).toEqual([fact(s, '调幅约5%', 'change', 5, '%', 'about')])
  })

  it('reads 偏少 and 偏多 against the usual level as changes', () => {
    const s = '入汛以来全县降水偏少43%，河道来水偏多1.5个百分点。'
    expect(summarize(s)).toEqual([
      fact(s, '偏少43%', 'change', 43, '%', 'exact', 'down'),
      fact(s, '偏多1.5个百分点', 'change', 1.5, 'pp', 'exact', 'up')
    ])
  })

  it('leaves a share with no change word a percent', () => {
    const s = '占比43%。'
    expect(summarize(s)).toEqual([fact(s, '43%', 'percent', 43, '%')])
  })
})

describe('moves in a ranking', () => {
  it('reads 前移 and 后移 as changes of places', () => {
    const s = '该区营商环境排名前移4位，消费指标后移1位。'
    expect(summarize(s)).toEqual([fact(s, '前移4位', 'change', 4, '位', 'exact', 'up'), fact(s, '后移1位', 'change', 1, '位', 'exact', 'down')])
  })
})

describe('measure words', () => {
  it('counts wells, cisterns, fish fry, doses and orders', () => {
    const s = '全年新打机井86眼，建成水窖120口，放流鱼苗35万尾，接种疫苗2.4万剂，处理订单1.8万单。'
    expect(summarize(s)).toEqual([
      fact(s, '86眼', 'count', 86, '眼'),
      fact(s, '120口', 'count', 120, '口'),
      fact(s, '35万尾', 'count', 350_000, '尾'),
      fact(s, '2.4万剂', 'count', 24_000, '剂'),
      fact(s, '1.8万单', 'count', 18_000, '单')
    ])
  })

  it('counts cases, trips and batches with their classifiers', () => {
    const s = '查处案件42宗，发放贷款310笔，保障航班1260架次，检测车辆5400台次，抽检食品860批次，开行列车96车次。'
    expect(summarize(s).map(({text, value, unit}) => [text, value, unit])).toEqual([
      ['42宗', 42, '宗'],
      ['310笔', 310, '笔'],
      ['1260架次', 1260, '架次'],
      ['5400台次', 5400, '台次'],
      ['860批次', 860, '批次'],
      ['96车次', 96, '车次']
    ])
  })

  it('reads 起降 as takeoffs and landings, not a fall', () => {
    const s = '机场起降航班1.2万架次。'
    expect(summarize(s)).toEqual([fact(s, '1.2万架次', 'count', 12_000, '架次')])
  })

  it('does not read the words those characters start as measures', () => {
    expect(summarize('港口12口岸').map((f) => f.unit)).toEqual(['口岸'])
    expect(summarize('建成5单元楼')).toEqual([])
    expect(summarize('选手3眼镜')).toEqual([])
  })
})

describe('English changes named by a noun after the number', () => {
  it('reads a percent raise and a money cut or increase as changes', () => {
    const s = 'Nurses won a 4.2 percent raise, the board approved a $45 million cut to roads and an $80 million increase for schools.'
    expect(summarize(s, 'en')).toEqual([
      fact(s, '4.2 percent raise', 'change', 4.2, '%', 'exact', 'up'),
      fact(s, '$45 million cut', 'change', 45_000_000, 'USD', 'exact', 'down'),
      fact(s, '$80 million increase', 'change', 80_000_000, 'USD', 'exact', 'up')
    ])
  })

  it('takes the subject of a change named by a noun from the phrase after it', () => {
    const subjects = factsOf('The board made a $45 million cut to road maintenance and a 10 percent increase in fees.', {lang: 'en'}).map((f) => [f.text, f.subject])
    expect(subjects).toEqual([
      ['$45 million cut', 'road maintenance'],
      ['10 percent increase', 'fees']
    ])
    const owned = factsOf("It adds an $80 million increase for the county's schools.", {lang: 'en'}).map((f) => f.subject)
    expect(owned).toEqual(['schools'])
  })

  it('does not take where or a giving verb into a subject', () => {
    const subjects = factsOf('Schools, where enrollment has doubled, give teachers a 3 percent raise.', {lang: 'en'}).map((f) => [f.text, f.subject])
    expect(subjects).toEqual([
      ['doubled', 'enrollment'],
      ['3 percent raise', 'teachers']
    ])
  })

  it('keeps a one-time gain an amount', () => {
    const s = 'It booked a $12 million gain on the sale.'
    expect(summarize(s, 'en')).toEqual([fact(s, '$12 million', 'amount', 12_000_000, 'USD')])
  })
})

describe('English multiplying verbs', () => {
  it('reads doubles, will triple and halved', () => {
    const s = 'The fare doubles in June, freight will triple by then and the backlog was halved.'
    expect(summarize(s, 'en').filter((f) => f.kind === 'change')).toEqual([
      fact(s, 'doubles', 'change', 100, '%', 'exact', 'up'),
      fact(s, 'triple', 'change', 200, '%', 'exact', 'up'),
      fact(s, 'halved', 'change', 50, '%', 'exact', 'down')
    ])
  })

  it('reads more than double after a modal with its approximation', () => {
    const s = 'Costs could more than double.'
    expect(summarize(s, 'en')).toEqual([fact(s, 'more than double', 'change', 100, '%', 'more_than', 'up')])
  })

  it('leaves the nouns and adjectives alone', () => {
    expect(summarize("She won the women's doubles final.", 'en')).toEqual([])
    expect(summarize('They booked a double room.', 'en')).toEqual([])
    expect(summarize('Growth moved from single to double digits.', 'en')).toEqual([])
  })
})

describe('English shares and bare counts', () => {
  it('reads one in nine and 1 in every 4 as ratios', () => {
    const s = 'Roughly one in nine residents is retired, and 1 in every 4 homes rents.'
    expect(summarize(s, 'en')).toEqual([
      fact(s, 'Roughly one in nine', 'ratio', 0.1111, null, 'about'),
      fact(s, '1 in every 4', 'ratio', 0.25, null)
    ])
  })

  it('does not read a year after in as a share', () => {
    const s = 'One in 2023 was late.'
    expect(summarize(s, 'en').map((f) => f.kind)).toEqual(['date'])
  })

  it('counts people and schools with no scale word', () => {
    const s = 'The flood displaced 47 people. Thirty-one schools closed.'
    expect(summarize(s, 'en')).toEqual([fact(s, '47 people', 'count', 47, 'person'), fact(s, 'Thirty-one schools', 'count', 31, 'school')])
  })
})
