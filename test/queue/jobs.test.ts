import {describe, expect, it} from 'vitest'
import type {ArticleInput} from '../../src/pipeline/index.js'
import {chunked, type Chunk, type Item} from '../../src/queue/chunks.js'
import {jobData, jobIdOf, readJobData, version} from '../../src/queue/job-data.js'
import {errorRecord} from '../../src/report/record.js'

const text = (id: string, value = `${id}增长5%。`): ArticleInput => ({id, value})

async function all(items: Item[], limits = {articles: 3, bytes: 1000}): Promise<Chunk[]> {
  const out: Chunk[] = []
  for await (const chunk of chunked(items, limits)) out.push(chunk)
  return out
}

describe('cutting inputs into jobs', () => {
  it('closes a job at the article count or the byte limit, keeping error records in place', async () => {
    const bad = errorRecord('bad', 'unreadable', 'Cannot read `bad`')
    const big = text('big', '长'.repeat(600))
    const chunks = await all([text('a'), bad, text('b'), text('c'), text('d'), big, text('e')])
    expect(chunks.map((chunk) => chunk.items.map((item) => item.id))).toEqual([['a', 'bad', 'b', 'c'], ['d', 'big'], ['e']])
    expect(chunks.map((chunk) => chunk.articles.map((article) => article.id))).toEqual([['a', 'b', 'c'], ['d', 'big'], ['e']])
    // Strings count two bytes a character, as processBatch's window counts them.
    expect(chunks[1]!.bytes).toBe(2 * 6 + 2 * 600)
  })

  it('refuses an item that is neither an article nor an error record, as processBatch does', async () => {
    await expect(all([{id: 'x', text: 'y'} as unknown as Item])).rejects.toThrow("Unknown article field `text`: known article fields are `id`, `value`, `path`, `publishedAt`, `title`")
  })
})

describe('job ids and data', () => {
  const articles = [text('a'), {id: 'b.txt', path: 'b.txt', value: new Uint8Array([0xe5, 0xa2, 0x9e]), publishedAt: '2024-01-02', title: null}]

  it('are the same for the same articles and options, and differ when either does', () => {
    const id = jobIdOf(jobData(articles, {}, 60_000))
    expect(id).toMatch(/^j[0-9a-f]{40}$/)
    expect(jobIdOf(jobData(structuredClone(articles), {}, 60_000))).toBe(id)
    expect(jobIdOf(jobData(articles, {from: 'tw'}, 60_000))).not.toBe(id)
    expect(jobIdOf(jobData(articles, {}, 1000))).not.toBe(id)
    expect(jobIdOf(jobData([articles[1]!, articles[0]!], {}, 60_000))).not.toBe(id)
    expect(jobIdOf(jobData([text('a', 'a增长6%。'), articles[1]!], {}, 60_000))).not.toBe(id)
  })

  it('carry text and bytes through JSON unchanged, with the options', () => {
    const data = JSON.parse(JSON.stringify(jobData(articles, {segmenter: 'nodejieba'}, 5000))) as unknown
    expect(readJobData(data)).toEqual({articles, options: {segmenter: 'nodejieba'}, timeout: 5000})
    expect(readJobData(data).articles[1]!.value).toBeInstanceOf(Uint8Array)
  })

  it('are refused by a worker of another version or format, saying why', () => {
    const data = jobData(articles, {}, 0)
    expect(() => readJobData({...data, version: '0.0.1'})).toThrow(
      `The job was queued by newsfacts 0.0.1 and this worker is ${version}: its records could differ; run workers of the same version`
    )
    expect(() => readJobData({...data, format: 2})).toThrow('The job is not a newsfacts job of format 1; was it queued by another program?')
    expect(() => readJobData({...data, articles: [{id: 1}]})).toThrow(/^A job holds articles; got `id` the number 1$/)
    expect(() => readJobData({...data, options: {segmenter: 'x'}})).toThrow('Unknown segmenter `x`; expected one of node-rs, nodejieba')
    expect(() => readJobData({...data, timeout: -1})).toThrow("A job's timeout is a number of milliseconds, not -1")
  })
})
