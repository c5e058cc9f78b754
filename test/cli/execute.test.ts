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

  it('dates with --published-at only the inputs that state no date', async () => {
    const stated = '全力冲刺开门红\n\n2023-02-20 08:58:54 来源:临汾新闻网\n\n从去年12月开始,营业额增长14%。'
    const io = memoryIo(
      [{id: 'dateline', text: stated}, {id: 'field', text: '去年12月营业额增长14%。', publishedAt: '2021-03-01'}, {id: 'none', text: '去年12月营业额增长14%。'}]
        .map((line) => JSON.stringify(line))
        .join('\n') + '\n'
    )
    expect(await execute(['extract', '--jobs', '0', '--published-at', '2025-06-30', '-q', '-'], io)).toBe(0)
    const dates = lines(io.out()).map((record) => [record.id, record.publishedAt, (record.facts as Array<{text: string; value: unknown}>).find((fact) => fact.text === '去年12月')?.value])
    expect(dates).toEqual([
      ['dateline', '2023-02-20', '2022-12'],
      ['field', '2021-03-01', '2020-12'],
      ['none', '2025-06-30', '2024-12']
    ])
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
  it('prints by default per article its warnings and a line of counts', async () => {
    const io = memoryIo()
    expect(await execute(['--jobs', '0', seedPath, 'corpus/articles/001_yunchuan_economy_h1.txt'], io)).toBe(0)
    expect(io.err()).toBe(
      `${seedPath}: Chinese (Traditional), converted to Simplified, published 2023-02-20 · 35 facts · 11 checks (10 consistent, 1 unverifiable) · 1 repair\n` +
        "1:4-1:8 warning Removed 194 pinyin annotations left by a mirror site's Traditional conversion pinyin-annotation repair\n\n⚠ 1 warning\n" +
        'corpus/articles/001_yunchuan_economy_h1.txt: Chinese (Simplified), published 2023-07-21 · 43 facts · 10 checks (10 consistent)\n' +
        'newsfacts: 2 inputs: 2 articles (1 repaired), 0 failed, 78 facts, 1 warning\n'
    )
  })

  it('prints with --verbose a unified-style report of every fact and check, positions in the original', async () => {
    const io = memoryIo()
    expect(await execute(['--verbose', '--jobs', '0', seedPath], io)).toBe(0)
    const report = io.err()
    expect(report.split('\n')[0]).toBe(seedPath)
    expect(report).toMatch(/^9:134-9:140 +info +25\.3亿元 = 2530000000 CNY · 一般公共预算收入 +amount +extract$/m)
    expect(report).toMatch(/^11:305-11:308 +info +consistent: 开复工率: 88 \/ 111 = 79\.3%, within 79% ± 0\.5 \(stated precision\) +rate-part-whole +check$/m)
    expect(report).toMatch(/^1:4-1:8 +warning +Removed 194 pinyin annotations .* pinyin-annotation +repair$/m)
    expect(report.split('\n').filter((line) => / info .* extract$/.test(line))).toHaveLength(35)
  })

  it('writes the report to the file given with -o, and the summary to stderr', async () => {
    const output = path.join(tempDir(), 'report.txt')
    writeFileSync(output, 'stale')
    const io = memoryIo()
    expect(await execute(['--jobs', '0', seedPath, '-o', output], io)).toBe(0)
    expect(readFileSync(output, 'utf8')).toBe(
      `${seedPath}: Chinese (Traditional), converted to Simplified, published 2023-02-20 · 35 facts · 11 checks (10 consistent, 1 unverifiable) · 1 repair\n` +
        "1:4-1:8 warning Removed 194 pinyin annotations left by a mirror site's Traditional conversion pinyin-annotation repair\n\n⚠ 1 warning\n"
    )
    expect(io.err()).toBe('newsfacts: 1 input: 1 article (1 repaired), 0 failed, 35 facts, 1 warning\n')
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
