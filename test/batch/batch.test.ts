import {describe, expect, it} from 'vitest'
// Worker threads run compiled code: this test uses the build that `npm test` makes first.
import {processBatch, type ArticleInput, type ErrorRecord} from '../../dist/index.js'

const article = (i: number) => ({id: `a${i}`, value: `第${i}号项目完成投资${i}.5亿元,同比增长${i % 30}%。`})

async function records(inputs: AsyncIterable<ArticleInput | ErrorRecord> | Iterable<ArticleInput | ErrorRecord>, options: Parameters<typeof processBatch>[1]) {
  const out = []
  for await (const result of processBatch(inputs, options)) out.push(result.record)
  return out
}

describe('processBatch', () => {
  it('gives the same records with 2 workers as in one thread, in input order', async () => {
    const inputs = Array.from({length: 60}, (_, i) => article(i))
    const one = await records(inputs, {jobs: 0})
    const two = await records(inputs, {jobs: 2})
    expect(two).toEqual(one)
    expect(two.map((record) => record.id)).toEqual(inputs.map((input) => input.id))
  })

  it('yields every record exactly once when unordered, error inputs included', async () => {
    const inputs = [
      article(1),
      {schemaVersion: 1 as const, type: 'error' as const, id: 'bad', error: {code: 'bad-json' as const, message: 'x'}},
      article(2),
      {id: 'empty', value: ''}
    ]
    const ids = (await records(inputs, {jobs: 2, unordered: true})).map((record) => `${record.id}:${record.type}`)
    expect(ids.sort()).toEqual(['a1:article', 'a2:article', 'bad:error', 'empty:error'])
  })

  it('stops a slow article with one job too: one job is one worker, not this thread', async () => {
    const out = await records([article(1)], {jobs: 1, timeout: 1})
    expect(out.map((record) => `${record.id}:${record.type === 'error' ? record.error.code : record.type}`)).toEqual(['a1:timeout'])
  })

  it('gives an article that runs past the timeout a timeout error record, one per input, in order', async () => {
    // 1 ms: no article gets through (each replacement worker loads its dictionaries first).
    const out = await records([article(1), article(2)], {jobs: 2, timeout: 1})
    expect(out).toEqual(
      ['a1', 'a2'].map((id) => ({
        schemaVersion: 1,
        type: 'error',
        id,
        error: {code: 'timeout', message: 'Processing this input took longer than 0.001 s; its worker was stopped'}
      }))
    )
  })

  it('refuses an input over maxBytes in the workers too, and goes on', async () => {
    const big = {id: 'big', value: '增长5%。'.repeat(2000)}
    const out = await records([article(1), big, article(2)], {jobs: 2, maxBytes: 1000})
    expect(out.map((record) => [record.id, record.type === 'error' ? record.error.code : record.type])).toEqual([
      ['a1', 'article'],
      ['big', 'too-large'],
      ['a2', 'article']
    ])
  })

  it('yields every result read before the inputs failed, then throws their error', async () => {
    async function* inputs() {
      for (let i = 0; i < 5; i++) yield article(i)
      throw new Error('the disk went away')
    }
    const ids: string[] = []
    await expect(async () => {
      for await (const result of processBatch(inputs(), {jobs: 2})) ids.push(result.record.id)
    }).rejects.toThrow('the disk went away')
    expect(ids).toEqual(['a0', 'a1', 'a2', 'a3', 'a4'])
  })

  it('rejects bad options before reading any input', async () => {
    let read = false
    function* inputs() {
      read = true
      yield article(1)
    }
    await expect(records(inputs(), {jobs: 2, segmenter: 'nope' as 'node-rs'})).rejects.toThrow(/Unknown segmenter/)
    expect(read).toBe(false)
  })
})
