/**
 * The fact store over a million facts: storing them (DuckDB, PostgreSQL)
 * against writing the same facts as Parquet and the same records as JSON
 * Lines, and `check --store`'s conflict query against the in-memory
 * CrossChecker on the same articles, all in this run. The articles are
 * generated (scripts/store-articles.ts): 1000 places, ten metrics, two
 * years, one value in fifty off the place's true figure.
 *
 *   npx tsx scripts/bench-store.ts [--store-facts 1000000]
 *
 * `npm run bench` runs it last. PostgreSQL is `NEWSFACTS_BENCH_POSTGRES`
 * (default the local `test` database), in a schema of its own, dropped after.
 */
import {closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import pg from 'pg'
import {CrossChecker} from '../src/check/cross-check.js'
import {ParquetFactWriter} from '../src/report/parquet.js'
import {storeConflicts} from '../src/store/conflicts.js'
import {openStore} from '../src/store/store.js'
import {StoreWriter} from '../src/store/writer.js'
import type {ArticleRecord} from '../src/types.js'
import {generateArticles} from './store-articles.js'

export type Row = [string, string, string]

const postgresBase = process.env.NEWSFACTS_BENCH_POSTGRES ?? 'postgresql://postgres@127.0.0.1:5432/test'

async function seconds(run: () => Promise<unknown> | unknown): Promise<number> {
  const start = process.hrtime.bigint()
  await run()
  return Number(process.hrtime.bigint() - start) / 1e9
}

/** Rows for `npm run bench`: throughput and ratios against the baselines measured here. */
export async function benchStore(targetFacts: number, log: (line: string) => void = () => {}): Promise<Row[]> {
  const made = Date.now()
  const records: ArticleRecord[] = []
  let facts = 0
  for (const record of generateArticles({articles: Number.MAX_SAFE_INTEGER, places: 1000, deviation: 0.02, seed: 1})) {
    if (facts >= targetFacts) break
    records.push(record)
    facts += record.facts.length
  }
  log(`store bench: ${records.length} generated articles, ${facts} facts (${((Date.now() - made) / 1000).toFixed(1)} s to generate)`)
  const dir = mkdtempSync(path.join(tmpdir(), 'newsfacts-bench-store-'))
  const rate = (time: number) => `${Math.round(facts / time / 1000)}k facts/s`
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`
  const rows: Row[] = []
  try {
    const jsonlFile = path.join(dir, 'records.jsonl')
    const jsonl = await seconds(() => {
      const fd = openSync(jsonlFile, 'w')
      for (let at = 0; at < records.length; at += 1000) writeSync(fd, records.slice(at, at + 1000).map((record) => JSON.stringify(record) + '\n').join(''))
      closeSync(fd)
    })
    const parquetFile = path.join(dir, 'facts.parquet')
    const parquet = await seconds(async () => {
      const fd = openSync(parquetFile, 'w')
      const writer = new ParquetFactWriter({writeBytes: async (bytes) => void writeSync(fd, bytes)})
      for (const record of records) await writer.add(record)
      await writer.end()
      closeSync(fd)
    })
    // In memory, the cross-check's work is in two parts: finding each article's metrics, and comparing them.
    // The store does the first when it stores an article and the second in its query.
    let inMemory = 0
    const checker = new CrossChecker()
    const adding = await seconds(() => {
      for (const record of records) checker.add(record)
    })
    const comparing = await seconds(() => {
      inMemory = checker.conflicts().length
    })
    const crossCheck = adding + comparing
    log(`baselines: JSON Lines ${jsonl.toFixed(1)} s, Parquet ${parquet.toFixed(1)} s, CrossChecker add ${adding.toFixed(1)} s + conflicts ${comparing.toFixed(1)} s (${inMemory} conflicts)`)
    rows.push(
      [`write ${facts} facts as Parquet (baseline)`, rate(parquet), `${parquet.toFixed(1)} s, ${mib(statSync(parquetFile).size)}; JSON Lines of the records ${jsonl.toFixed(1)} s (${(parquet / jsonl).toFixed(2)}x its time)`],
      [`CrossChecker in memory, ${records.length} articles (baseline)`, `${crossCheck.toFixed(1)} s`, `add ${adding.toFixed(1)} s (metrics) + conflicts() ${comparing.toFixed(1)} s (comparison); ${inMemory} conflicts`]
    )

    const measure = async (name: string, location: string, size: () => Promise<number>) => {
      const store = await openStore(location, {mode: 'write'})
      try {
        const insert = await seconds(async () => {
          const writer = new StoreWriter(store)
          for (const record of records) await writer.add(record)
          await writer.flush()
        })
        const bytes = await size()
        let found = 0
        const query = await seconds(async () => {
          for await (const _ of storeConflicts(store)) found++
        })
        if (found !== inMemory) throw new Error(`${name} found ${found} conflicts, CrossChecker ${inMemory}`)
        const again = await seconds(async () => {
          const writer = new StoreWriter(store)
          for (const record of records) await writer.add(record)
          await writer.flush()
          if (writer.totals.written !== 0) throw new Error(`${name} rewrote ${writer.totals.written} unchanged articles`)
        })
        log(`${name}: insert ${insert.toFixed(1)} s, again ${again.toFixed(1)} s, conflicts ${query.toFixed(1)} s`)
        rows.push(
          [`${name} store: insert ${facts} facts`, rate(insert), `${(insert / parquet).toFixed(2)}x Parquet's time, ${(insert / jsonl).toFixed(2)}x JSON Lines'; ${insert.toFixed(1)} s, ${mib(bytes)}`],
          [`${name} store: same articles again (unchanged)`, rate(again), `${(again / insert).toFixed(2)}x the first insert's time`],
          [`${name} store: conflict query (check --store)`, `${query.toFixed(1)} s`, `${(query / comparing).toFixed(2)}x CrossChecker's conflicts(), ${(query / crossCheck).toFixed(2)}x its add + conflicts(); ${found} conflicts, the same`]
        )
      } finally {
        await store.close()
      }
    }

    const duckdbFile = path.join(dir, 'facts.duckdb')
    await measure('DuckDB', duckdbFile, async () => statSync(duckdbFile).size)

    const schema = `newsfacts_bench_${process.pid}`
    const admin = new pg.Client({connectionString: postgresBase, connectionTimeoutMillis: 3000})
    try {
      await admin.connect()
    } catch (error) {
      rows.push(['PostgreSQL store', 'skipped', `not reachable at ${postgresBase}: ${error instanceof Error ? error.message : String(error)}`])
      return rows
    }
    try {
      await admin.query(`CREATE SCHEMA ${schema}`)
      const location = `${postgresBase}${postgresBase.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
      await measure('PostgreSQL', location, async () => {
        const result = await admin.query<{bytes: string}>(
          `SELECT sum(pg_total_relation_size(format('%I.%I', schemaname, tablename)))::bigint AS bytes FROM pg_tables WHERE schemaname = $1`,
          [schema]
        )
        return Number(result.rows[0]?.bytes ?? 0)
      })
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {})
      await admin.end()
    }
    return rows
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

export function printRows(rows: readonly Row[]): void {
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)))
  for (const row of rows) console.log(`${row[0].padEnd(widths[0]!)}  ${row[1].padStart(widths[1]!)}  ${row[2]}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--store-facts')
  const target = at === -1 ? 1_000_000 : Number(process.argv[at + 1])
  console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)
  printRows(await benchStore(target, (line) => console.log(line)))
  console.log(`load average at the end: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)
}
