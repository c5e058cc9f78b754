import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import type {ArticleRecord} from '../../src/types.js'
import {memoryIo, root, seedPath, tempDir} from '../helpers.js'

const schema = JSON.parse(readFileSync(path.join(root, 'schema', 'record.schema.json'), 'utf8')) as object
const validate = new Ajv2020.default({allErrors: true, strict: true, allowUnionTypes: true}).compile(schema)

const lines = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)

describe('newsfacts extract', () => {
  it('writes one schema-valid record per corpus article, in order', async () => {
    const io = memoryIo()
    const code = await execute(['extract', '--jobs', '0', 'corpus/'], io)
    const records = lines(io.out())
    expect(records.length).toBeGreaterThanOrEqual(17)
    for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true)
    expect(records.every((record) => record.type === 'article')).toBe(true)
    expect(code).toBe(0)
    // The records validated carry every place of a repair, in the original input.
    const seed = records.find((record) => record.id === 'corpus/articles/000_a31ba222a182815c.txt') as unknown as ArticleRecord
    const [pinyin] = seed.messages
    expect(pinyin).toMatchObject({ruleId: 'pinyin-annotation', place: {start: {offset: 3}, end: {offset: 7}}})
    expect(pinyin?.sourceSpans).toHaveLength(194)
    expect(pinyin?.sourceSpans?.[0]).toEqual([3, 7])
    expect(io.err()).toMatch(/newsfacts: 44 inputs: 44 articles \(\d+ repaired\), 0 failed, \d+ facts, \d+ warnings\n$/)
  })

  it('has a schema that knows the shape of a message\'s sourceSpans', () => {
    const record = (sourceSpans: unknown) => ({
      schemaVersion: 1,
      type: 'article',
      id: 'a',
      lang: 'zh-Hans',
      script: 'Hans',
      publishedAt: null,
      title: null,
      text: '区委',
      facts: [],
      checks: [],
      messages: [{ruleId: 'pinyin-annotation', source: 'repair', reason: 'Removed 1 pinyin annotation', fatal: false, place: null, sourceSpans}]
    })
    expect(validate(record([[1, 5]]))).toBe(true)
    expect(validate(record([[1, 5], [7, 11]]))).toBe(true)
    for (const bad of [[], [[1]], [[1, 5, 9]], [[-1, 5]], [[1.5, 5]], [1, 5], 'x']) expect(validate(record(bad)), JSON.stringify(bad)).toBe(false)
  })

  it('turns every bad input into an error record naming it and goes on', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'a-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]))
    writeFileSync(path.join(dir, 'b-empty.txt'), '')
    writeFileSync(path.join(dir, 'c.jsonl'), '{"id":"ok","text":"营业额增长14%。"}\n{"id": broken\n')
    const missing = path.join(dir, 'missing.txt')
    const io = memoryIo()
    const code = await execute(['extract', '--jobs', '0', dir, missing], io)
    const records = lines(io.out())
    expect(records.map((record) => [record.id, record.type, (record.error as {code?: string} | undefined)?.code])).toEqual([
      [path.join(dir, 'a-binary.txt'), 'error', 'binary'],
      [path.join(dir, 'b-empty.txt'), 'error', 'empty'],
      ['ok', 'article', undefined],
      [`${path.join(dir, 'c.jsonl')}:2`, 'error', 'bad-json'],
      [missing, 'error', 'unreadable']
    ])
    for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true)
    expect(code).toBe(1)
  })

  it('writes one fact per line with --facts, and CSV with --format csv', async () => {
    const io = memoryIo('{"id":"a","text":"一般公共预算收入25.3亿元。"}\n')
    expect(await execute(['extract', '--jobs', '0', '--facts', '-'], io)).toBe(0)
    const [fact] = lines(io.out())
    expect(validate(fact), JSON.stringify(validate.errors)).toBe(true)
    expect(fact).toMatchObject({type: 'fact', article: 'a', kind: 'amount', value: 2530000000, unit: 'CNY', text: '25.3亿元'})

    const csv = memoryIo('{"id":"a","text":"一般公共预算收入25.3亿元。"}\n')
    expect(await execute(['extract', '--jobs', '0', '--format', 'csv', '-'], csv)).toBe(0)
    const [header, row] = csv.out().trim().split('\n')
    expect(header).toBe(
      'article,id,kind,value,low,high,signed_value,unit,approx,date_value,date_start,date_end,date_granularity,text,subject,' +
        'span_start,span_end,source_start,source_end,sentence_start,sentence_end,direction,group_size,scope,relative,lang,published_at'
    )
    expect(row).toBe('a,f1,amount,2530000000,,,,CNY,exact,,,,,25.3亿元,一般公共预算收入,8,14,8,14,0,15,,,,,zh-Hans,')
  })

  it('resumes after a kill: skips complete ids and redoes a half-written last line', async () => {
    const dir = tempDir()
    const input = path.join(dir, 'in.jsonl')
    writeFileSync(input, ['甲增长1%。', '乙增长2%。', '丙增长3%。'].map((text, i) => JSON.stringify({id: `n${i}`, text})).join('\n') + '\n')
    const full = path.join(dir, 'full.jsonl')
    expect(await execute(['extract', '--jobs', '0', input, '-o', full, '-q'], memoryIo())).toBe(0)
    const complete = readFileSync(full, 'utf8').split('\n')
    const partial = path.join(dir, 'partial.jsonl')
    // As if killed while writing the second record.
    writeFileSync(partial, complete[0] + '\n' + complete[1]!.slice(0, 20))
    const io = memoryIo()
    expect(await execute(['extract', '--jobs', '0', input, '-o', partial, '--resume'], io)).toBe(0)
    expect(readFileSync(partial, 'utf8')).toBe(readFileSync(full, 'utf8'))
    expect(io.err()).toContain('1 already done')
  })
})

describe('newsfacts (show) and usage', () => {
  it('prints a unified-style report per article, positions in the original', async () => {
    const io = memoryIo()
    expect(await execute(['--jobs', '0', seedPath], io)).toBe(0)
    const report = io.err()
    expect(report).toContain('corpus/articles/000_a31ba222a182815c.txt')
    expect(report).toMatch(/\d+:\d+-\d+:\d+ +info +25\.3亿元 = 2530000000 CNY · 一般公共预算收入 +amount +extract/)
    expect(report).toMatch(/pinyin-annotation +repair/)
  })

  it('answers --help and rejects bad flags with exit code 2', async () => {
    const help = memoryIo()
    expect(await execute(['--help'], help)).toBe(0)
    expect(help.out()).toContain('Usage: newsfacts [command] [options] <paths...>')
    const bad = memoryIo()
    expect(await execute(['extract', '--segmenter', 'x', 'corpus/'], bad)).toBe(2)
    expect(bad.err()).toBe('newsfacts: `--segmenter` must be one of node-rs, nodejieba, not `x`\nRun `newsfacts extract --help` for usage.\n')
    const resume = memoryIo()
    expect(await execute(['extract', '--resume', 'corpus/'], resume)).toBe(2)
    expect(resume.err()).toContain('`--resume` needs `--output <file>`')
  })
})
