import {describe, expect, it} from 'vitest'
import * as newsfacts from '../src/index.js'

describe('public API', () => {
  it('exposes exactly these names', () => {
    expect(Object.keys(newsfacts).sort()).toEqual([
      'CrossChecker', 'InputError', 'OffsetMap', 'SCHEMA_VERSION', 'TextBuilder', 'check', 'convert', 'createNewsfacts', 'crossCheck',
      'csvHeader', 'dateBounds', 'decode', 'decodeBytes', 'describeFact', 'detect', 'detectLanguage', 'errorRecord', 'extract',
      'extractHtml', 'findDateline', 'findNumbers', 'formatRecord', 'loadSegmenter', 'metadata', 'outputTables', 'parseNumber',
      'processBatch', 'readInputs', 'repair', 'resolveBatchOptions', 'resolveOptions', 'rewrite', 'rules', 'segment', 'splitSentences',
      'stages', 'toChecksRecord', 'toCodePointOffsets', 'toCsvRows', 'toFactRecords', 'toRecord', 'toSimplified'
    ])
  })

  it('runs the stages in the documented order', () => {
    expect(newsfacts.stages.map(([name]) => name)).toEqual([
      'decode', 'repair', 'detect', 'convert', 'metadata', 'segment', 'extract', 'check'
    ])
  })

  it('processes text into a record with exact facts', async () => {
    const record = await newsfacts.createNewsfacts().process({id: 'a1', value: '一般公共预算收入25.3亿元,同比增长14%。', publishedAt: '2023-02-20'})
    expect(record.type).toBe('article')
    if (record.type !== 'article') return
    expect(record.lang).toBe('zh-Hans')
    expect(record.facts.map(({kind, value, unit, approx, text, span, subject}) => ({kind, value, unit, approx, text, span, subject}))).toEqual([
      {kind: 'amount', value: 2530000000, unit: 'CNY', approx: 'exact', text: '25.3亿元', span: [8, 14], subject: '一般公共预算收入'},
      {kind: 'change', value: 14, unit: '%', approx: 'exact', text: '同比增长14%', span: [15, 22], subject: '一般公共预算收入'}
    ])
  })

  it('validates options when the pipeline is built, not during a run', () => {
    expect(() => newsfacts.createNewsfacts({segmenter: 'x' as never})).toThrow('Unknown segmenter `x`')
  })
})
