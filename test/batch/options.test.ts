import {describe, expect, it} from 'vitest'
import {processBatch, resolveBatchOptions, type BatchOptions} from '../../src/batch/index.js'
import type {ArticleInput} from '../../src/pipeline/index.js'

const batchExpected = 'processBatch expects articles {id: string, value: string | Uint8Array, path?, publishedAt?, title?, meta?, warnings?} or error records'

async function collect(inputs: Iterable<ArticleInput>, options: BatchOptions) {
  const out = []
  for await (const result of processBatch(inputs, options)) out.push(result)
  return out
}

describe('resolveBatchOptions', () => {
  it('fills in the defaults and keeps the pipeline options for the workers', () => {
    expect(resolveBatchOptions({jobs: 3, from: 'hk'})).toEqual({
      jobs: 3,
      unordered: false,
      timeout: 60_000,
      pipeline: {from: 'hk'},
      resolved: {segmenter: 'node-rs', from: 'hk', encoding: null, maxBytes: 10 * 1024 * 1024, publishedAt: null, tokens: false}
    })
  })

  it('names an unknown key with the nearest batch or pipeline option', () => {
    expect(() => resolveBatchOptions({job: 2} as BatchOptions)).toThrow(new TypeError('Unknown option `job`: did you mean `jobs`?'))
    expect(() => resolveBatchOptions({segmeter: 'nodejieba'} as BatchOptions)).toThrow(new TypeError('Unknown option `segmeter`: did you mean `segmenter`?'))
    expect(() => resolveBatchOptions({timeOut: 5} as BatchOptions)).toThrow(new TypeError('Unknown option `timeOut`: did you mean `timeout`?'))
  })

  it('refuses values of the wrong type', () => {
    expect(() => resolveBatchOptions({jobs: '2' as unknown as number})).toThrow(new TypeError('`jobs` must be a number of worker threads (0 for this thread), not the string `2`'))
    expect(() => resolveBatchOptions({jobs: -1})).toThrow(new TypeError('`jobs` must be a number of worker threads (0 for this thread), not the number -1'))
    expect(resolveBatchOptions({jobs: 0}).jobs).toBe(0)
    expect(() => resolveBatchOptions({unordered: 'yes' as unknown as boolean})).toThrow(new TypeError('`unordered` must be a boolean, not the string `yes`'))
    expect(() => resolveBatchOptions({timeout: -1})).toThrow(new TypeError('`timeout` must be a number of milliseconds (0 for none), not the number -1'))
  })
})

describe('processBatch', () => {
  it('yields {record, source} per input: the record and the original text its spans index', async () => {
    const results = await collect([{id: 'a', value: '營業額增長14%。'}], {jobs: 0})
    expect(results.map((result) => Object.keys(result).sort())).toEqual([['record', 'source']])
    expect(results[0]!.source).toBe('營業額增長14%。')
    expect(results[0]!.record).toMatchObject({type: 'article', id: 'a', text: '营业额增长14%。'})
  })

  it('fails on a misspelt option before reading any input', async () => {
    let read = 0
    function* inputs() {
      read++
      yield {id: 'a', value: '营业额增长14%。'}
    }
    await expect(collect(inputs(), {segmeter: 'nodejieba'} as BatchOptions)).rejects.toThrow(new TypeError('Unknown option `segmeter`: did you mean `segmenter`?'))
    expect(read).toBe(0)
  })

  it('throws a TypeError for an item that is not an input, after the results before it', async () => {
    const seen: string[] = []
    const run = async () => {
      for await (const {record} of processBatch([{id: 'a', value: '营业额增长14%。'}, null as unknown as ArticleInput], {jobs: 0})) seen.push(record.id)
    }
    await expect(run()).rejects.toThrow(new TypeError(`${batchExpected}; got null`))
    expect(seen).toEqual(['a'])
  })

  it('throws the same TypeError with worker threads, before the item reaches a worker', async () => {
    // Worker threads run compiled code: this uses the build that `npm test` makes first.
    const built = await import('../../dist/index.js')
    const seen: string[] = []
    const run = async () => {
      for await (const {record} of built.processBatch([{id: 'a', value: '营业额增长14%。'}, 'text' as unknown as ArticleInput], {jobs: 2})) seen.push(record.id)
    }
    await expect(run()).rejects.toThrow(new TypeError(`${batchExpected}; got the string \`text\``))
    expect(seen).toEqual(['a'])
  })
})
