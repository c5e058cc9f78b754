import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {DuckDBInstance, type DuckDBConnection} from '@duckdb/node-api'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {execute} from '../../../src/cli/execute.js'
import {factColumns} from '../../../src/report/fact-columns.js'
import {articleColumns, checkColumns} from '../../../src/report/tables/index.js'
import {memoryIo, tempDir} from '../../helpers.js'

/** Two articles and an input that fails (a JSON line without text). */
const input = [
  {id: 'a', text: '一般公共预算收入25.3亿元,同比下降14%。2023年上半年,全市地区生产总值增长5.2%。', publishedAt: '2023-07-20T08:00:00+08:00', url: 'https://example.org/a'},
  {id: 'b', text: '今年1-9月完成投资3亿元,预计增长3%-5%。在全省25个市辖区中排名第2位。', published_at: '2023-10-15'},
  {id: 'broken', body: 42}
]
  .map((line) => JSON.stringify(line))
  .join('\n')

describe('extract --format parquet --table all', () => {
  let dir: string
  let jsonl: string
  let connection: DuckDBConnection
  const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS()
  const table = (name: string) => `'${path.join(dir, `${name}.parquet`)}'`

  beforeAll(async () => {
    dir = tempDir()
    jsonl = path.join(dir, 'in.jsonl')
    writeFileSync(jsonl, input)
    const io = memoryIo()
    // Exit 1: an input failed; it is still a row.
    expect(await execute(['extract', '--jobs', '0', '--format', 'parquet', '--table', 'all', jsonl, '-o', path.join(dir, 'out')], io)).toBe(1)
    dir = path.join(dir, 'out')
    connection = await (await DuckDBInstance.create(':memory:')).connect()
  })
  afterAll(() => connection?.closeSync())

  it('writes articles, facts and checks as three files, with the columns the fact store has', async () => {
    for (const [name, columns] of [['articles', articleColumns], ['facts', factColumns], ['checks', checkColumns]] as const) {
      const described = await rows(`DESCRIBE SELECT * FROM ${table(name)}`)
      expect(described.map((row) => row.column_name)).toEqual(columns.map((column) => column.name))
    }
  })

  it('reads without quoting, with typed columns: DATE bounds, numbers, signed changes', async () => {
    const types = Object.fromEntries((await rows(`DESCRIBE SELECT * FROM ${table('facts')}`)).map((row) => [row.column_name, row.column_type]))
    expect(types).toMatchObject({value: 'DOUBLE', low: 'DOUBLE', date_start: 'DATE', date_end: 'DATE', span_start: 'INTEGER', published_at: 'DATE'})

    const dates = await rows(
      `SELECT article, date_value, date_granularity, date_end - date_start + 1 AS days, date_start < published_at AS before
       FROM ${table('facts')} WHERE kind = 'date' ORDER BY article, span_start`
    )
    expect(dates).toEqual([
      {article: 'a', date_value: '2023-H1', date_granularity: 'half', days: 181n, before: true},
      {article: 'b', date_value: '2023-01/2023-09', date_granularity: 'month', days: 273n, before: true}
    ])

    const changes = await rows(`SELECT article, text, signed_value, low, high FROM ${table('facts')} WHERE kind = 'change' ORDER BY article, span_start`)
    expect(changes).toEqual([
      {article: 'a', text: '同比下降14%', signed_value: -14, low: null, high: null},
      {article: 'a', text: '增长5.2%', signed_value: 5.2, low: null, high: null},
      {article: 'b', text: '增长3%-5%', signed_value: null, low: 3, high: 5}
    ])

    const [money] = await rows(`SELECT SUM(value) AS total, count(*) AS n FROM ${table('facts')} WHERE unit = 'CNY'`)
    expect(money).toEqual({total: 2_830_000_000, n: 2n})
    const [rank] = await rows(`SELECT span_start, span_end, group_size, scope FROM ${table('facts')} WHERE kind = 'rank'`)
    expect(rank).toMatchObject({group_size: 25})
  })

  it('has a row for the input that failed, the input\'s own fields and the publication day', async () => {
    const articles = await rows(
      `SELECT id, published_at::VARCHAR AS published_at, fact_count, meta->>'url' AS url, error_code FROM ${table('articles')} ORDER BY id`
    )
    expect(articles).toEqual([
      {id: 'a', published_at: '2023-07-20', fact_count: 4, url: 'https://example.org/a', error_code: null},
      {id: 'b', published_at: '2023-10-15', fact_count: 4, url: null, error_code: null},
      {id: 'broken', published_at: null, fact_count: null, url: null, error_code: 'bad-json'}
    ])
    const [joined] = await rows(
      `SELECT count(*) AS n FROM ${table('checks')} c JOIN ${table('articles')} a ON a.id = c.article WHERE c.verdict IN ('consistent', 'inconsistent', 'unverifiable')`
    )
    expect(Number(joined!.n)).toBeGreaterThan(0)
  })

  it('records the schema and tool versions in the key-value metadata', async () => {
    const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version: string}).version
    for (const name of ['articles', 'facts', 'checks']) {
      const metadata = await rows(`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(${table(name)})`)
      expect(metadata).toEqual([
        {key: 'newsfacts.schema_version', value: '1'},
        {key: 'newsfacts.version', value: version},
        {key: 'newsfacts.table', value: name}
      ])
    }
  })

  it('writes CSV with the same columns and cells, which DuckDB types alike', async () => {
    const csvDir = path.join(tempDir(), 'csv')
    expect(await execute(['extract', '--jobs', '0', '--format', 'csv', '--table', 'all', jsonl, '-o', csvDir, '-q'], memoryIo())).toBe(1)
    for (const name of ['articles', 'facts', 'checks']) {
      const fromCsv = await rows(`SELECT * FROM read_csv('${path.join(csvDir, `${name}.csv`)}', header = true, auto_detect = true) ORDER BY ALL`)
      const fromParquet = await rows(`SELECT * FROM ${table(name)} ORDER BY ALL`)
      expect(Object.keys(fromCsv[0]!)).toEqual(Object.keys(fromParquet[0]!))
      // CSV cannot say a column is text: numbers and dates are read back as such, the rest compared as strings.
      const cells = (list: Array<Record<string, unknown>>) => list.map((row) => Object.values(row).map((cell) => (cell === null ? null : String(cell))))
      expect(cells(fromCsv)).toEqual(cells(fromParquet))
    }
    const [value] = await rows(`SELECT typeof(value) AS type FROM read_csv('${path.join(csvDir, 'facts.csv')}') LIMIT 1`)
    expect(value).toEqual({type: 'DOUBLE'})
  })
})

describe('--table', () => {
  it('writes one table to stdout as CSV; articles holds the error rows', async () => {
    const io = memoryIo(input + '\n')
    expect(await execute(['extract', '--jobs', '0', '--format', 'csv', '--table', 'articles', '-'], io)).toBe(1)
    const lines = io.out().trim().split('\n')
    expect(lines[0]).toBe(articleColumns.map((column) => column.name).join(','))
    expect(lines).toHaveLength(4)
    expect(lines[3]).toMatch(/^broken,,,,,,,,,,bad-json,/)
    // And the failure is still reported where a person sees it.
    expect(io.err()).toMatch(/bad-json|not a string/)
  })

  it('is a usage error without a table format, and `all` needs a directory', async () => {
    const io = memoryIo()
    expect(await execute(['extract', '--table', 'facts', 'corpus/'], io)).toBe(2)
    expect(io.err()).toMatch(/`--table` picks a table of `--format csv` or `--format parquet`/)
    const all = memoryIo()
    expect(await execute(['extract', '--format', 'csv', '--table', 'all', 'corpus/'], all)).toBe(2)
    expect(all.err()).toMatch(/`--table all` needs `--output <directory>`/)
    const unknown = memoryIo()
    expect(await execute(['extract', '--format', 'csv', '--table', 'fact', 'corpus/'], unknown)).toBe(2)
    expect(unknown.err()).toMatch(/`--table` must be one of articles, facts, checks, all, not `fact`/)
  })

  it('fails at once, naming the directory, when it cannot be made', async () => {
    const file = path.join(tempDir(), 'a-file')
    writeFileSync(file, 'x')
    const io = memoryIo()
    expect(await execute(['extract', '--format', 'csv', '--table', 'all', 'corpus/', '-o', path.join(file, 'tables')], io)).toBe(2)
    expect(io.err()).toMatch(/^newsfacts: Cannot write the tables to `.*a-file\/tables`: /)
  })
})
