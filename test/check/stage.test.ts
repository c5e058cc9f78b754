import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {articleRules, check, createContext, rules} from '../../src/check/index.js'
import {resolveOptions} from '../../src/pipeline/options.js'
import type {Fact} from '../../src/types.js'
import {OffsetMap} from '../../src/util/offset-map.js'
import {editSeed, factsIn, seedFacts, seedPublishedAt, seedText} from './helpers.js'
import {splitSentences} from '../../src/segment/sentences.js'

const options = resolveOptions()

function fileOf(text: string, facts: Fact[], source = text): VFile {
  const file = new VFile({value: source})
  file.data.source = source
  file.data.text = text
  file.data.facts = facts
  file.data.sentences = splitSentences(text)
  file.data.publishedAt = seedPublishedAt
  file.data.lang = 'zh-Hans'
  return file
}

describe('check stage', () => {
  it('sets file.data.checks and reports nothing on the seed', () => {
    const file = fileOf(seedText, factsIn(seedText, seedFacts))
    check(file, options)
    expect(file.data.checks?.length).toBe(11)
    expect(file.messages).toEqual([])
  })

  it('reports each inconsistent check as a warning on its facts in the original text', () => {
    const {text, facts} = editSeed([{from: '开复工率达到了79%', to: '开复工率达到了85%', facts: [{match: '79%', set: {text: '85%', value: 85}}]}])
    // The original text differs from the normalized one: prefix it, and shift source spans to match.
    const source = `标题\n${text}`
    const built = factsIn(text, facts).map((fact) => ({...fact, sourceSpan: [fact.span[0] + 3, fact.span[1] + 3] as [number, number]}))
    const file = fileOf(text, built, source)
    check(file, options)
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message).toMatchObject({
      ruleId: 'rate-part-whole',
      source: 'check',
      fatal: false,
      actual: '85',
      expected: ['79.3']
    })
    expect(message!.reason).toContain('88 / 111 = 79.3%, not within 85% ± 0.5 (stated precision)')
    // Placed from `88个` to `85%`: the claim and its part, in the sentence that states them.
    const start = source.indexOf('88个')
    const end = source.indexOf('85%') + 3
    expect(message!.place).toMatchObject({start: {offset: start}, end: {offset: end}})
    expect(source.slice(start, end)).toBe('88个项目开复工,开复工率达到了85%')
  })

  it('maps places through the offset map', () => {
    const text = '在全省25个市辖区中排名第30位。'
    const facts = factsIn(text, [{text: '第30位', kind: 'rank', value: 30, group: 25}])
    const file = fileOf(text, facts.map((fact) => ({...fact, sourceSpan: [20, 24] as [number, number]})), `${'x'.repeat(20)}第30位`)
    file.data.map = OffsetMap.identity(text.length)
    check(file, options)
    expect(file.messages[0]!.place).toMatchObject({start: {offset: 20}, end: {offset: 24}})
  })

  it('never throws on missing or malformed data', () => {
    const empty = new VFile()
    check(empty, options)
    expect(empty.data.checks).toEqual([])

    const bad = new VFile({value: 'x'})
    bad.data.text = '开复工率达到了79%。'
    bad.data.facts = [
      {id: 'f1', kind: 'percent', value: 79, unit: '%', approx: 'exact', text: '79%', span: [50, 53], sourceSpan: [50, 53], subject: '开复工率'},
      null,
      {id: 'f2', kind: 'percent', value: Number.NaN, unit: '%', approx: 'exact', text: '79%', span: [7, 10], sourceSpan: [7, 10], subject: '开复工率'},
      {id: 'f3', kind: 'percent', value: '79', unit: '%', approx: 'exact', text: '79%', span: [7, 10], sourceSpan: [7, 10], subject: '开复工率'},
      {id: 'f4', kind: 'rank', value: 3, unit: null, approx: 'exact', text: '第3', span: [0, 2], sourceSpan: [-1, 99], subject: null, group: 2}
    ] as unknown as Fact[]
    expect(() => check(bad, options)).not.toThrow()
    expect(bad.data.checks?.map((found) => found.rule)).toEqual(['rank-within-group'])
  })
})

describe('createContext', () => {
  it('drops facts whose spans do not index the text and sorts the rest', () => {
    const context = createContext({
      text: 'abc',
      facts: [
        {id: 'f2', kind: 'count', value: 1, unit: null, approx: 'exact', text: 'c', span: [2, 3], sourceSpan: [2, 3], subject: null},
        {id: 'f1', kind: 'count', value: 1, unit: null, approx: 'exact', text: 'a', span: [0, 1], sourceSpan: [0, 1], subject: null},
        {id: 'f3', kind: 'count', value: 1, unit: null, approx: 'exact', text: 'x', span: [3, 9], sourceSpan: [3, 9], subject: null}
      ]
    })
    expect(context.facts.map((fact) => fact.id)).toEqual(['f1', 'f2'])
    expect(context).toMatchObject({publishedAt: null, lang: 'und', sentences: [[0, 3]]})
  })
})

describe('rules', () => {
  it('lists every rule with an id and a description, for the README', () => {
    expect(rules.map((rule) => rule.id)).toEqual([
      'rate-part-whole',
      'rate-bounds',
      'part-within-whole',
      'plan-within-total',
      'sum-of-parts',
      'shares-sum',
      'change-from-base',
      'pp-difference',
      'mean-from-total',
      'rank-within-group',
      'list-length',
      'relative-date',
      'duration-since',
      'repeated-value',
      'cross-article'
    ])
    for (const rule of rules) expect(rule.description.length).toBeGreaterThan(20)
    expect(articleRules.every((rule) => typeof rule.run === 'function')).toBe(true)
  })

  it('keeps each rule in src/check/rules/<id>.ts', async () => {
    for (const rule of articleRules) {
      const module = (await import(`../../src/check/rules/${rule.id}.ts`)) as Record<string, unknown>
      expect(Object.values(module)).toContain(rule)
    }
  })
})
