/** Bad data never makes the check stage or `crossCheck` throw: facts from a buggy extractor, records from elsewhere. */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {check, crossCheck} from '../../src/check/index.js'
import type {ArticleRecord, Fact} from '../../src/types.js'

const text = '确定了111个重点项目,总投资593亿元,年度计划投资133亿元。目前已有88个项目开复工,开复工率达到了79%。在全省25个市辖区中排名第2位。从去年12月开始,两个多月以来,主要采取了三个方面的措施:一是高度重视。其中,出口1,018.5亿元,日均39万人次,较上年同期的4.91亿元翻了一番。'

const kind = fc.constantFrom('amount', 'count', 'percent', 'change', 'rank', 'ordinal', 'date', 'duration', 'ratio', 'bogus')
const value = fc.oneof(
  fc.double({noNaN: false}),
  fc.integer({min: -5, max: 1000}),
  fc.constantFrom('2022-12', '2023-01/2023-10', '2023-Q1', 'x', ''),
  fc.tuple(fc.double(), fc.double()),
  fc.constant(null)
)
const span = fc.oneof(
  fc.tuple(fc.integer({min: 0, max: text.length}), fc.integer({min: 0, max: 6})).map(([start, length]) => [start, Math.min(text.length, start + length)]),
  fc.constant([5, 2]),
  fc.constant('0-3')
)
const fact = fc.record({
  id: fc.oneof(fc.integer({min: 1, max: 40}).map((n) => `f${n}`), fc.constant(7)),
  kind,
  value,
  unit: fc.oneof(fc.constantFrom('个', '%', 'pp', 'CNY', 'month', 'day', '名', null), fc.integer()),
  approx: fc.constantFrom('exact', 'about', 'more_than', 'less_than', 'at_least', 'at_most', 'nearly'),
  text: fc.oneof(fc.constantFrom('111个', '79%', '第2位', '两个多月', '去年12月', '翻了一番', '39万人次'), fc.string(), fc.constant(undefined)),
  span,
  sourceSpan: span,
  subject: fc.oneof(fc.constantFrom('重点项目', '项目', '开复工率', '总投资', '年度计划投资', '占比', null), fc.integer()),
  group: fc.option(fc.integer({min: -3, max: 40})),
  direction: fc.constantFrom('up', 'down', 'sideways', undefined),
  relative: fc.option(fc.constantFrom('去年12月', '上月', '今年前5月', 'last December'))
})

describe('robustness', () => {
  it('the check stage never throws, whatever the facts', () => {
    fc.assert(
      fc.property(fc.array(fact, {maxLength: 30}), fc.option(fc.constantFrom('2023-02-20', 'soon', '')), (facts, publishedAt) => {
        const file = new VFile({value: text})
        file.data.source = text
        file.data.text = text
        file.data.facts = facts as unknown as Fact[]
        file.data.publishedAt = publishedAt
        file.data.lang = 'zh-Hans'
        check(file)
        expect(Array.isArray(file.data.checks)).toBe(true)
      }),
      {numRuns: 300}
    )
  })

  it('crossCheck never throws, whatever the records', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fact, {maxLength: 12}), {maxLength: 4}), fc.option(fc.string()), (factLists, title) => {
        const records = factLists.map(
          (facts, index) =>
            ({type: 'article', id: `a${index % 2}`, text: index % 2 ? text : '', title, publishedAt: '2023-02-20', facts}) as unknown as ArticleRecord
        )
        expect(Array.isArray(crossCheck(records))).toBe(true)
      }),
      {numRuns: 300}
    )
  })
})
