/**
 * The store from the command line, on DuckDB and on PostgreSQL: separate
 * runs add to one store, `check --store` compares everything in it, and
 * an article stored again changes nothing unless its content changed.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {memoryIo, seedPath, tempDir} from '../helpers.js'
import {duckdbStore, postgresReason, postgresStore, skipPostgres} from './backends.js'

const backends = [
  {name: 'DuckDB', skip: false, create: async () => duckdbStore()},
  {name: 'PostgreSQL', skip: skipPostgres, create: postgresStore}
]
if (skipPostgres) console.warn(`test/store/cli.test.ts: PostgreSQL tests skipped: ${postgresReason}`)

const lines = (text: string) => text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>)

/** The seed and a copy of it that states its budget revenue as 26.3亿 instead of 25.3亿, each in its own file. */
function seedAndCopy() {
  const dir = tempDir()
  const original = readFileSync(seedPath, 'utf8')
  const seed = path.join(dir, 'a-seed.txt')
  const copy = path.join(dir, 'b-copy.txt')
  writeFileSync(seed, original)
  writeFileSync(copy, original.replace('收入25.3億元', '收入26.3億元'))
  return {original, seed, copy}
}

async function run(argv: string[]) {
  const io = memoryIo()
  const code = await execute(argv, io)
  return {code, out: io.out(), err: io.err()}
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(`newsfacts --store on ${backend.name}`, () => {
    const drops: Array<() => Promise<void>> = []
    afterAll(async () => {
      for (const drop of drops) await drop()
    })
    async function location() {
      const {location, drop} = await backend.create()
      drops.push(drop)
      return location
    }
    const count = async (store: string) =>
      lines((await run(['query', '--store', store, '--format', 'json', 'SELECT count(*) AS facts, count(DISTINCT article) AS articles FROM facts'])).out)[0]

    it('keeps two runs in one store; check --store finds their conflict and exits 1; storing again changes nothing', async () => {
      const store = await location()
      const {seed, copy} = seedAndCopy()
      const first = await run(['extract', '--jobs', '0', '--store', store, seed])
      expect(first.code).toBe(0)
      // The store takes the records: without --output nothing goes to stdout.
      expect(first.out).toBe('')
      expect(first.err).toMatch(/^newsfacts: stored 1 article in `.+`\nnewsfacts: 1 input: 1 article \(1 repaired\), 0 failed, 35 facts, 1 warning\n$/)
      expect(await count(store)).toEqual({facts: 35, articles: 1})
      expect((await run(['check', '--store', store, '-q'])).code).toBe(0)

      expect((await run(['extract', '--jobs', '0', '--store', store, '-q', copy])).code).toBe(0)
      expect(await count(store)).toEqual({facts: 70, articles: 2})
      const check = await run(['check', '--store', store, '--format', 'json'])
      expect(check.code).toBe(1)
      const conflicts = lines(check.out)
      expect(conflicts).toHaveLength(1)
      expect(conflicts[0]).toMatchObject({
        type: 'conflict',
        rule: 'cross-article',
        subject: '一般公共预算收入',
        sides: [
          {article: seed, text: '25.3亿元', value: 2_530_000_000, unit: 'CNY'},
          {article: copy, text: '26.3亿元', value: 2_630_000_000, unit: 'CNY'}
        ]
      })
      expect(check.err).toMatch(/: 1 conflict across the stored articles\n$/)
      const text = await run(['check', '--store', store, '-q'])
      expect(text.code).toBe(1)
      expect(text.err).toContain(`${seed} states 25.3亿元 (25.25亿元 to 25.35亿元), but ${copy} states 26.3亿元`)

      const again = await run(['extract', '--jobs', '0', '--store', store, seed, copy])
      expect(again.err).toMatch(/^newsfacts: stored 0 articles in `.+`, 2 unchanged\n/)
      expect(await count(store)).toEqual({facts: 70, articles: 2})
    })

    it('replaces an article stored again under its id with other content', async () => {
      const store = await location()
      const {original, seed, copy} = seedAndCopy()
      await run(['extract', '--jobs', '0', '--store', store, '-q', seed, copy])
      expect((await run(['check', '--store', store, '-q'])).code).toBe(1)
      writeFileSync(copy, original)
      expect((await run(['extract', '--jobs', '0', '--store', store, copy])).err).toMatch(/^newsfacts: stored 1 article in /)
      expect(await count(store)).toEqual({facts: 70, articles: 2})
      const texts = await run(['query', '--store', store, '--format', 'json', `SELECT text FROM facts WHERE article = '${copy}' AND subject = '一般公共预算收入' AND kind = 'amount'`])
      expect(lines(texts.out)).toEqual([{text: '25.3亿元'}])
      expect((await run(['check', '--store', store])).code).toBe(0)
    })

    it('check --store with inputs checks them and compares them with everything stored', async () => {
      const store = await location()
      const {seed, copy} = seedAndCopy()
      await run(['extract', '--jobs', '0', '--store', store, '-q', seed])
      const check = await run(['check', '--jobs', '0', '--store', store, '--format', 'json', copy])
      expect(check.code).toBe(1)
      expect(lines(check.out).map((record) => record.type)).toEqual(['checks', 'conflict'])
      expect(check.err).toMatch(/^newsfacts: stored 1 article in .+\nnewsfacts: 1 input: .*, 1 inconsistent\n$/)
    })

    it('extract --store -o writes the records too, and the facts table has the Parquet columns', async () => {
      const store = await location()
      const {seed} = seedAndCopy()
      const output = path.join(tempDir(), 'out.jsonl')
      expect((await run(['extract', '--jobs', '0', '--store', store, '-q', '-o', output, seed])).code).toBe(0)
      expect(lines(readFileSync(output, 'utf8'))).toHaveLength(1)
      const row = lines((await run(['query', '--store', store, '--format', 'json', "SELECT * FROM facts WHERE text = '25.3亿元'"])).out)
      const {parquetColumns} = await import('../../src/report/parquet.js')
      expect(Object.keys(row[0]!)).toEqual(parquetColumns)
      expect(row[0]).toMatchObject({article: seed, kind: 'amount', value: 2_530_000_000, low: null, unit: 'CNY', subject: '一般公共预算收入', lang: 'zh-Hant'})
    })

    it('holds the tables the Parquet output writes, read without quoting, with typed dates', async () => {
      const store = await location()
      const {seed} = seedAndCopy()
      expect((await run(['extract', '--jobs', '0', '--store', store, '-q', seed])).code).toBe(0)
      const {articleColumns, checkColumns} = await import('../../src/report/tables/index.js')
      const columns = async (table: string) => (await run(['query', '--store', store, '--format', 'json', `SELECT * FROM ${table} LIMIT 1`])).out
      expect(Object.keys(lines(await columns('articles'))[0]!).slice(0, articleColumns.length)).toEqual(articleColumns.map((column) => column.name))
      expect(Object.keys(lines(await columns('checks'))[0]!)).toEqual(checkColumns.map((column) => column.name))
      const dates = lines(
        (await run(['query', '--store', store, '--format', 'json',
          "SELECT span_start, span_end, date_value, date_end - date_start + 1 AS days, published_at - date_end AS before FROM facts WHERE date_value = '2022-12'"])).out
      )
      expect(dates).toEqual([{span_start: expect.any(Number), span_end: expect.any(Number), date_value: '2022-12', days: 31, before: 51}])
    })
  })
}

describe('a DuckDB store made before the columns were renamed', () => {
  it('is refused with exit code 2, saying why, rather than failing on every batch', async () => {
    const {location} = duckdbStore()
    const {DuckDBInstance} = await import('@duckdb/node-api')
    const instance = await DuckDBInstance.create(location)
    const connection = await instance.connect()
    await connection.run('CREATE TABLE facts (article text, id text, "start" integer, "end" integer)')
    connection.closeSync()
    instance.closeSync()
    const {code, err} = await run(['extract', '--jobs', '0', '--store', location, '-q', seedPath])
    expect(code).toBe(2)
    expect(err).toContain('was made by an earlier newsfacts, whose tables had other column names')
  })
})
