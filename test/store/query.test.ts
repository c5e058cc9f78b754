import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {DuckDBInstance} from '@duckdb/node-api'
import {beforeAll, describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {openStore, type FactStore} from '../../src/store/store.js'
import {StoreWriter} from '../../src/store/writer.js'
import {generateArticles} from '../../scripts/store-articles.js'
import {memoryIo, root, tempDir} from '../helpers.js'
import {duckdbStore} from './backends.js'

async function run(argv: string[], {tty = false} = {}) {
  const io = {...memoryIo(), stdoutIsTTY: tty}
  const code = await execute(argv, io)
  return {code, out: io.out(), err: io.err()}
}

describe('newsfacts query', () => {
  const {location} = duckdbStore()
  beforeAll(async () => {
    const store = await openStore(location, {mode: 'write'})
    const writer = new StoreWriter(store)
    for (const record of generateArticles({articles: 20, seed: 3})) await writer.add(record)
    await writer.flush()
    await store.close()
  })

  it('prints JSON Lines when piped, one object per row, 64-bit counts as numbers', async () => {
    const {code, out, err} = await run(['query', '--store', location, 'SELECT kind, count(*) AS n FROM facts GROUP BY kind ORDER BY kind'])
    expect(code).toBe(0)
    expect(err).toBe('')
    const rows = out.trim().split('\n').map((line) => JSON.parse(line) as {kind: string; n: number})
    expect(rows.map((row) => row.kind)).toEqual([...rows.map((row) => row.kind)].sort())
    expect(rows.reduce((sum, row) => sum + row.n, 0)).toBe([...generateArticles({articles: 20, seed: 3})].reduce((sum, record) => sum + record.facts.length, 0))
  })

  it('prints a table on a terminal: columns sized to the rows, numbers on the right, breaks and escapes shown', async () => {
    const sql = "SELECT 'a' AS name, 1 AS n, NULL AS x UNION ALL SELECT '尧都区' || chr(10) || chr(27), 22, [1, 2]"
    const {code, out} = await run(['query', '--store', location, sql], {tty: true})
    expect(code).toBe(0)
    expect(out).toBe(['name          |  n | x', '--------------+----+------', 'a             |  1 |', '尧都区↵\\u{1B} | 22 | [1,2]', '(2 rows)', ''].join('\n'))
    expect((await run(['query', '--store', location, '--format', 'json', sql], {tty: true})).out).toBe('{"name":"a","n":1,"x":null}\n{"name":"尧都区\\n\\u001b","n":22,"x":[1,2]}\n')
  })

  it('fails with exit code 2 and one line naming the store: bad SQL, a write, a missing file, an unreachable server', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['query', '--store', location, 'SELEC 1'], /^newsfacts: `.+facts\.duckdb`: Parser Error: syntax error at or near "SELEC" LINE 1: SELEC 1\n$/],
      [['query', '--store', location, 'DELETE FROM facts'], /^newsfacts: `.+facts\.duckdb`: .*read-only mode!\n$/],
      [['query', '--store', location, 'SELECT * FROM nothing_here'], /^newsfacts: `.+facts\.duckdb`: Catalog Error: Table with name nothing_here does not exist!/],
      [['query', '--store', '/nonexistent/facts.duckdb', 'SELECT 1'], /^newsfacts: no fact store at `\/nonexistent\/facts\.duckdb`: `newsfacts extract --store \/nonexistent\/facts\.duckdb …` creates one\n$/],
      [['check', '--store', '/nonexistent/facts.duckdb'], /^newsfacts: no fact store at `\/nonexistent\/facts\.duckdb`/],
      [
        ['query', '--store', 'postgresql://someone:secret@127.0.0.1:1/test', 'SELECT 1'],
        /^newsfacts: cannot connect to `postgresql:\/\/someone:\*\*\*@127\.0\.0\.1:1\/test`: connect ECONNREFUSED 127\.0\.0\.1:1 \(is PostgreSQL running\?\)\n$/
      ],
      [['extract', '--store', '/nonexistent/dir/facts.duckdb', 'corpus/'], /^newsfacts: cannot open the fact store `\/nonexistent\/dir\/facts\.duckdb`: IO Error: /]
    ]
    for (const [argv, message] of cases) {
      const {code, out, err} = await run(argv)
      expect(code, argv.join(' ')).toBe(2)
      expect(out).toBe('')
      expect(err).toMatch(message)
      // One line, no stack, no raw control characters.
      expect(err.trimEnd().split('\n')).toHaveLength(1)
      expect(err).not.toMatch(/[\u0000-\u0009\u000B-\u001F]|\n\s+at /u)
    }
    const escape = await run(['query', '--store', location, 'SELEC \u001B[2J'])
    expect(escape.err).toContain('\\u{1B}[2J')
  })

  it('says a DuckDB file without newsfacts tables is not a fact store', async () => {
    const file = path.join(tempDir(), 'other.duckdb')
    const instance = await DuckDBInstance.create(file)
    instance.closeSync()
    const {code, err} = await run(['query', '--store', file, 'SELECT 1'])
    expect(code).toBe(2)
    expect(err).toBe(`newsfacts: \`${file}\` holds no newsfacts tables: is it a fact store?\n`)
  })

  it('names the file another process is writing (DuckDB has one writer)', async () => {
    const writer: FactStore = await openStore(location, {mode: 'write'})
    try {
      const child = spawnSync(process.execPath, [path.join(root, 'dist', 'cli', 'bin.js'), 'query', '--store', location, 'SELECT 1'], {encoding: 'utf8'})
      expect(child.status).toBe(2)
      expect(child.stderr).toMatch(/^newsfacts: cannot open the fact store `.+`: IO Error: Could not set lock on file .+ Conflicting lock is held in .+\n$/)
    } finally {
      await writer.close()
    }
  })

  it('needs --store and one SQL statement', async () => {
    expect(await run(['query', 'SELECT 1'])).toMatchObject({code: 2, err: expect.stringMatching(/^newsfacts: `query` needs `--store <db>` and one SQL statement, quoted/)})
    expect((await run(['query', '--store', location, 'SELECT', '1'])).code).toBe(2)
    expect((await run(['report', '--store', location, '-o', 'x.html', 'corpus/'])).err).toMatch(/^newsfacts: `--store` applies to extract, check, query, not `report`/)
  })

  it('is listed in --help, with --store', async () => {
    const help = await run(['--help'])
    expect(help.out).toMatch(/^ {2}query {17}Print the rows of an SQL query on a fact store \(--store\)$/m)
    expect(help.out).toMatch(/^ {6}--store <db> {12}Fact store: a DuckDB file/m)
    const query = await run(['query', '--help'])
    expect(query.out).toContain('Usage: newsfacts query --store <db> [options] "SQL"')
    expect(query.out).toContain('--format <name>         table (default on a terminal) or json')
    expect(query.out).not.toContain('--jobs')
  })
})
