import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {Writable} from 'node:stream'
import stringWidth from 'string-width'
import {asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects} from 'hyparquet'
import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {memoryIo, seedPath, tempDir} from '../helpers.js'

const lines = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)

/** The seed, a copy of it that states its budget revenue as 26.3亿 instead of 25.3亿, and the conflict between them. */
function seedAndDisagreeingCopy() {
  const dir = tempDir()
  const original = readFileSync(seedPath, 'utf8')
  const seed = path.join(dir, 'a-seed.txt')
  const copy = path.join(dir, 'b-copy.txt')
  writeFileSync(seed, original)
  writeFileSync(copy, original.replace('收入25.3億元', '收入26.3億元'))
  const conflict = {
    rule: 'cross-article',
    subject: '一般公共预算收入',
    sides: [
      {article: seed, text: '25.3亿元', value: 2_530_000_000},
      {article: copy, text: '26.3亿元', value: 2_630_000_000}
    ]
  }
  return {dir, conflict}
}

describe('newsfacts check', () => {
  it('reports with --verbose every check of the seed, the 88/111 arithmetic at its line and column, and exits 0', async () => {
    const io = memoryIo()
    expect(await execute(['check', '--verbose', '--jobs', '0', seedPath], io)).toBe(0)
    expect(io.err()).toMatch(/^11:305-11:308 +info +consistent: 开复工率: 88 \/ 111 = 79\.3%, within 79% ± 0\.5 \(stated precision\) +rate-part-whole +check$/m)
    expect(io.err()).toMatch(/newsfacts: 1 input: 1 article \(1 repaired\), 0 failed, 35 facts, 1 warning, 0 inconsistent\n$/)
  })

  it("reports in the corpus only 202's deliberate inconsistency, and exits 1", async () => {
    const io = memoryIo()
    expect(await execute(['check', '--jobs', '0', 'corpus/'], io)).toBe(1)
    const [report, summary] = io.err().split(/(?=newsfacts: )/)
    expect(report).toBe(
      'corpus/articles/202_tongan_government_work_report.txt\n' +
        '5:125-5:171 warning 238.4亿元 + 121.5亿元 + 62.7亿元 = 422.6亿元 > 412.6亿元; the parts exceed their stated total sum-of-parts check\n\n⚠ 1 warning\n'
    )
    expect(summary).toMatch(/^newsfacts: 44 inputs: 44 articles \(4 repaired\), 0 failed, \d+ facts, 6 warnings, 1 inconsistent\n$/)
  })

  it('with --quiet shows only the inconsistencies, and no summary', async () => {
    const article = 'corpus/articles/202_tongan_government_work_report.txt'
    const io = memoryIo()
    expect(await execute(['check', '--quiet', '--jobs', '0', article, seedPath], io)).toBe(1)
    expect(io.err()).toBe(`${article}\n5:125-5:171 warning 238.4亿元 + 121.5亿元 + 62.7亿元 = 422.6亿元 > 412.6亿元; the parts exceed their stated total sum-of-parts check\n\n⚠ 1 warning\n`)
  })

  it('writes its report to the file given with -o, and only the summary to stderr', async () => {
    const output = path.join(tempDir(), 'check.txt')
    const io = {...memoryIo(), stderrIsTTY: true, columns: 40}
    expect(await execute(['check', '--jobs', '0', 'corpus/articles/202_tongan_government_work_report.txt', '-o', output], io)).toBe(1)
    // Neither coloured nor wrapped for the terminal: the file is not one.
    expect(readFileSync(output, 'utf8')).toBe(
      'corpus/articles/202_tongan_government_work_report.txt\n' +
        '5:125-5:171 warning 238.4亿元 + 121.5亿元 + 62.7亿元 = 422.6亿元 > 412.6亿元; the parts exceed their stated total sum-of-parts check\n\n⚠ 1 warning\n'
    )
    expect(io.err()).toMatch(/^(\r\u001B\[K[^\n]*)*newsfacts: 1 input: 1 article, 0 failed, \d+ facts, 1 warning, 1 inconsistent\n$/)
  })

  it('wraps long reasons to the terminal width it is given', async () => {
    const io = {...memoryIo(), columns: 90}
    expect(await execute(['check', '--verbose', '--jobs', '0', seedPath], io)).toBe(0)
    const widest = Math.max(...io.err().split('\n').slice(0, -2).map((line) => stringWidth(line)))
    expect(widest).toBe(90)
  })

  it('finds two articles disagreeing, names both, and exits 1', async () => {
    const {dir, conflict} = seedAndDisagreeingCopy()
    const io = memoryIo()
    expect(await execute(['check', '--jobs', '0', '--format', 'json', dir], io)).toBe(1)
    const conflicts = lines(io.out()).filter((record) => record.type === 'conflict')
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]).toMatchObject(conflict)
  })
})

describe('newsfacts extract over several articles', () => {
  it('closes the JSON Lines stream with the conflicts between them, with --conflicts', async () => {
    const {dir, conflict} = seedAndDisagreeingCopy()
    const plain = memoryIo()
    expect(await execute(['extract', '--jobs', '0', dir, '-q'], plain)).toBe(0)
    expect(lines(plain.out()).map((record) => record.type)).toEqual(['article', 'article'])
    const io = memoryIo()
    expect(await execute(['extract', '--jobs', '0', '--conflicts', dir, '-q'], io)).toBe(0)
    const records = lines(io.out())
    expect(records.map((record) => record.type)).toEqual(['article', 'article', 'conflict'])
    expect(records[2]).toMatchObject(conflict)
  })
})

describe('newsfacts report', () => {
  it('counts cross-article conflicts in the page', async () => {
    const {dir} = seedAndDisagreeingCopy()
    const output = path.join(tempDir(), 'report.html')
    const io = memoryIo()
    expect(await execute(['report', '--jobs', '0', dir, '-o', output], io)).toBe(0)
    expect(io.err()).toBe(`newsfacts: wrote ${output}\nnewsfacts: 2 inputs: 2 articles (2 repaired), 0 failed, 70 facts, 2 warnings\n`)
    expect(readFileSync(output, 'utf8')).toMatch(/1 conflict\b/)
  })
})

describe('newsfacts extract --format parquet', () => {
  it('writes the fact table that --facts writes as lines, typed, in one file', async () => {
    const dir = tempDir()
    const output = path.join(dir, 'facts.parquet')
    expect(await execute(['extract', '--jobs', '0', '--format', 'parquet', 'corpus/', '-o', output, '-q'], memoryIo())).toBe(0)
    const factsIo = memoryIo()
    expect(await execute(['extract', '--jobs', '0', '--facts', 'corpus/', '-q'], factsIo)).toBe(0)
    const facts = lines(factsIo.out())

    const file = await asyncBufferFromFile(output)
    const metadata = await parquetMetadataAsync(file)
    expect(metadata.created_by).toMatch(/^newsfacts \d+\.\d+\.\d+/)
    expect(metadata.key_value_metadata).toContainEqual({key: 'newsfacts.schema_version', value: '1'})
    const rows = await parquetReadObjects({file})
    expect(rows).toHaveLength(facts.length)
    for (const [index, row] of rows.entries()) {
      const fact = facts[index]!
      const value = fact.value
      expect([row.article, row.id, row.kind, row.text, row.subject, row.span_start, row.source_end]).toEqual([
        fact.article, fact.id, fact.kind, fact.text, fact.subject, (fact.span as number[])[0], (fact.sourceSpan as number[])[1]
      ])
      expect([row.value, row.low, row.high, row.date_value]).toEqual([
        typeof value === 'number' ? value : null,
        Array.isArray(value) ? value[0] : null,
        Array.isArray(value) ? value[1] : null,
        typeof value === 'string' ? value : null
      ])
    }
    const seedRevenue = rows.find((row) => row.article === seedPath.replace(/^.*?corpus\//, 'corpus/') && row.text === '25.3亿元')
    expect(seedRevenue).toMatchObject({kind: 'amount', value: 2_530_000_000, unit: 'CNY', approx: 'exact', subject: '一般公共预算收入', lang: 'zh-Hant', published_at: new Date('2023-02-20T00:00:00Z')})
  })

  it('needs an output file', async () => {
    const io = memoryIo()
    expect(await execute(['extract', '--format', 'parquet', 'corpus/'], io)).toBe(2)
    expect(io.err()).toMatch(/^newsfacts: `--format parquet` needs `--output <file>`: a Parquet file is binary\n/)
  })
})

describe('output that cannot be written', () => {
  it('fails at once with exit code 2 when the output path cannot be opened', async () => {
    const output = path.join(tempDir(), 'missing-folder', 'out.jsonl')
    for (const command of ['extract', 'report']) {
      const io = memoryIo()
      expect(await execute([command, '--jobs', '0', seedPath, '-o', output], io)).toBe(2)
      expect(io.err()).toBe(`newsfacts: Cannot write \`${output}\`: no such file or directory (does \`${path.dirname(output)}\` exist?)\n`)
    }
  })

  it('says why in words, not in Node\'s error text', async () => {
    const dir = tempDir()
    const io = memoryIo()
    expect(await execute(['extract', '--jobs', '0', seedPath, '-o', dir], io)).toBe(2)
    expect(io.err()).toBe(`newsfacts: Cannot write \`${dir}\`: it is a directory\n`)
  })

  it('stops quietly with exit code 0 when the reader goes away (| head)', async () => {
    const io = memoryIo()
    let writes = 0
    io.stdout = new Writable({
      write(_chunk, _encoding, callback) {
        writes++
        callback(Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}))
      }
    })
    expect(await execute(['extract', '--jobs', '0', 'corpus/'], io)).toBe(0)
    expect(writes).toBe(1)
    expect(io.err()).toBe('')
  })
})
