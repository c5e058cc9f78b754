/** The matching rules of `scripts/eval.ts`, on small hand-made cases. */
import {describe, expect, it} from 'vitest'
import {goldIdFor, locateGold, matchArticle, prf, valuesEqual, type GoldFact, type PredictedFact} from '../../scripts/eval.js'

const text = '收入25.3亿元，增长14%，其中三个项目增长14%。'

function gold(kind: GoldFact['kind'], factText: string, value: GoldFact['value'], extra: Partial<GoldFact> = {}): GoldFact {
  return {kind, text: factText, value, unit: null, approx: 'exact', subject: null, ...extra}
}

function predicted(kind: GoldFact['kind'], factText: string, value: GoldFact['value'], from = text.indexOf(factText)): PredictedFact {
  return {kind, text: factText, value, span: [from, from + factText.length]}
}

describe('valuesEqual', () => {
  it('compares numbers within 1e-6 relative, ranges element-wise, strings exactly', () => {
    expect(valuesEqual(2530000000, 2530000000.0001, 'amount')).toBe(true)
    expect(valuesEqual(2530000000, 2530010000, 'amount')).toBe(false)
    expect(valuesEqual([3, 5], [3, 5], 'duration')).toBe(true)
    expect(valuesEqual([3, 5], [3, 6], 'duration')).toBe(false)
    expect(valuesEqual('2022-12', '2022-12', 'date')).toBe(true)
    expect(valuesEqual('2022-12', '2022', 'date')).toBe(false)
    expect(valuesEqual(14, '14', 'percent')).toBe(false)
  })

  it('compares ratios at the 4 decimal places the guide fixes', () => {
    expect(valuesEqual(0.3333, 1 / 3, 'ratio')).toBe(true)
    expect(valuesEqual(0.3333, 0.34, 'ratio')).toBe(false)
  })
})

describe('matchArticle', () => {
  it('matches equal kind, text and value', () => {
    const result = matchArticle([gold('amount', '25.3亿元', 2.53e9)], [predicted('amount', '25.3亿元', 2.53e9)], text)
    expect(result.pairs).toEqual([[0, 0]])
    expect(result.misses).toEqual([])
    expect(result.falsePositives).toEqual([])
  })

  it('accepts a text containing, or contained in, the gold text where they overlap', () => {
    const wider = predicted('change', '，增长14%', 14)
    const narrower = predicted('change', '14%', 14)
    expect(matchArticle([gold('change', '增长14%', 14, {direction: 'up'})], [wider], text).pairs).toEqual([[0, 0]])
    expect(matchArticle([gold('change', '增长14%', 14, {direction: 'up'})], [narrower], text).pairs).toEqual([[0, 0]])
    // Same words elsewhere in the text: no overlap, no match.
    const elsewhere = predicted('change', '14%', 14, text.lastIndexOf('14%'))
    const result = matchArticle([gold('change', '增长14%', 14), gold('count', '三个', 3)], [elsewhere], text)
    expect(result.pairs).toEqual([])
    expect(result.falsePositives).toEqual([0])
  })

  it('pairs repeated texts by position', () => {
    const facts = [gold('change', '增长14%', 14, {subject: '收入'}), gold('change', '增长14%', 14, {subject: '项目'})]
    const second = predicted('change', '增长14%', 14, text.lastIndexOf('增长14%'))
    const first = predicted('change', '增长14%', 14)
    expect(matchArticle(facts, [second, first], text).pairs).toEqual([
      [0, 1],
      [1, 0]
    ])
  })

  it('finds a gold fact at most once', () => {
    const twice = [predicted('amount', '25.3亿元', 2.53e9), predicted('amount', '25.3亿元', 2.53e9)]
    const result = matchArticle([gold('amount', '25.3亿元', 2.53e9)], twice, text)
    expect(result.pairs).toHaveLength(1)
    expect(result.falsePositives).toHaveLength(1)
  })

  it('needs equal kinds and values', () => {
    const result = matchArticle(
      [gold('amount', '25.3亿元', 2.53e9)],
      [predicted('count', '25.3亿元', 2.53e9), predicted('amount', '25.3亿元', 25.3)],
      text
    )
    expect(result.pairs).toEqual([])
    expect(result.misses).toEqual([0])
    expect(result.falsePositives).toEqual([0, 1])
  })

  it('neither requires optional facts nor counts them as false positives', () => {
    const facts = [gold('count', '三个', 3, {optional: true}), gold('amount', '25.3亿元', 2.53e9)]
    const result = matchArticle(facts, [predicted('count', '三个', 3)], text)
    expect(result.ignored).toEqual([0])
    expect(result.falsePositives).toEqual([])
    expect(result.misses).toEqual([1])
  })

  it('matches by equal text when the gold text cannot be located', () => {
    const result = matchArticle([gold('amount', '25.3亿元', 2.53e9)], [predicted('amount', '25.3亿元', 2.53e9, 0)], '收入25.3億(yì)元')
    expect(result.pairs).toEqual([[0, 0]])
  })
})

describe('prf', () => {
  it('computes precision, recall and F1, with 0 for empty tallies', () => {
    expect(prf({tp: 3, fp: 1, fn: 1})).toEqual({precision: 0.75, recall: 0.75, f1: 0.75})
    expect(prf({tp: 0, fp: 0, fn: 0})).toEqual({precision: 0, recall: 0, f1: 0})
  })
})

describe('goldIdFor', () => {
  const ids = new Set(['000_a31ba222a182815c', '021_brief_hk_rents'])
  it('maps paths and JSONL ids to gold ids', () => {
    expect(goldIdFor({id: 'corpus/articles/000_a31ba222a182815c.txt'}, ids)).toBe('000_a31ba222a182815c')
    expect(goldIdFor({id: '021_brief_hk_rents'}, ids)).toBe('021_brief_hk_rents')
    expect(goldIdFor({id: 'x', path: '/abs/corpus/articles/000_a31ba222a182815c.txt'}, ids)).toBe('000_a31ba222a182815c')
    expect(goldIdFor({id: 'corpus/articles/021_briefs.jsonl:3'}, ids)).toBeUndefined()
  })
})

describe('locateGold', () => {
  it('gives spans in the text as given, even where NFKC changes lengths', () => {
    const given = '气温36℃……增长１４％'
    const [span] = locateGold(given, [gold('change', '增长14%', 14)])
    expect(span).toBeDefined()
    expect(given.slice(...span!)).toBe('增长１４％')
  })

  it('places repeated texts in order and leaves unfound texts without a span', () => {
    const spans = locateGold(text, [gold('change', '增长14%', 14), gold('change', '增长14%', 14), gold('count', '五个', 5)])
    const first = text.indexOf('增长14%')
    const second = text.lastIndexOf('增长14%')
    expect(spans).toEqual([[first, first + '增长14%'.length], [second, second + '增长14%'.length], undefined])
  })
})
