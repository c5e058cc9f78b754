import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {articleFromJson} from '../../src/input/json.js'
import {jobData, readJobData} from '../../src/queue/job-data.js'
import type {ArticleRecord} from '../../src/types.js'
import {memoryIo, tempDir} from '../helpers.js'

const line = {
  id: 'a1',
  url: 'https://example.org/news/1',
  source: 'Example Daily',
  title: '收入',
  text: '一般公共预算收入25.3亿元。',
  published_at: '2023-02-20',
  tags: ['budget', {region: '临河'}],
  score: 0.5,
  draft: null
}

describe('input fields beyond the known ones', () => {
  it('are the input\'s `meta`, unchanged, in order; the fields newsfacts reads are not', () => {
    const input = articleFromJson(line, 'in.jsonl:1')
    expect(input).toMatchObject({id: 'a1', publishedAt: '2023-02-20', title: '收入'})
    expect((input as {meta?: unknown}).meta).toEqual({url: 'https://example.org/news/1', source: 'Example Daily', tags: ['budget', {region: '临河'}], score: 0.5, draft: null})
    expect(Object.keys((input as {meta: object}).meta)).toEqual(['url', 'source', 'tags', 'score', 'draft'])
    expect(articleFromJson({text: '增长5%。'}, 'x')).not.toHaveProperty('meta')
  })

  it('reach the record from JSON Lines and from a .json file', async () => {
    const dir = tempDir()
    const jsonl = path.join(dir, 'in.jsonl')
    const json = path.join(dir, 'in.json')
    writeFileSync(jsonl, JSON.stringify(line) + '\n' + JSON.stringify({id: 'a2', text: '增长5%。'}) + '\n')
    writeFileSync(json, JSON.stringify([{...line, id: 'j1'}]))
    const io = memoryIo()
    expect(await execute(['extract', '--jobs', '0', jsonl, json], io)).toBe(0)
    const records = io.out().trim().split('\n').map((each) => JSON.parse(each) as ArticleRecord)
    expect(records.map((record) => [record.id, record.meta?.url])).toEqual([
      ['a1', 'https://example.org/news/1'],
      ['a2', undefined],
      ['j1', 'https://example.org/news/1']
    ])
    expect(records[0]!.meta).toEqual({url: line.url, source: line.source, tags: line.tags, score: 0.5, draft: null})
    expect(records[1]).not.toHaveProperty('meta')
  })

  it('travel with a queue job', () => {
    const data = JSON.parse(JSON.stringify(jobData([{id: 'a1', value: '增长5%。', meta: {url: line.url}}], {}, 0))) as unknown
    expect(readJobData(data).articles[0]!.meta).toEqual({url: line.url})
  })
})
