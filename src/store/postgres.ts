/**
 * The shared store: PostgreSQL, written by any number of runs at once. A
 * batch is one transaction of a few statements, each column sent as one
 * array and spread back into rows by `unnest`, so a batch of thousands of
 * facts is one round trip per table, not one per fact.
 */
import pg from 'pg'
import {lastOfEachId, type ArticleRows} from './rows.js'
import {articleSequence, createStatements, layoutColumn, quote, sqlType, staleLayoutMessage, tables, type Table} from './schema.js'
import {driverMessage, plainValue, StoreError, type FactStore, type OpenOptions, type Rows, type WriteResult} from './store.js'

/** Rows fetched from a cursor at a time: memory stays flat whatever the result's size. */
const FETCH_ROWS = 5000
/** Tries of a batch that lost a deadlock or a serialization race to another run. */
const ATTEMPTS = 5
const retryable = new Set(['40P01', '40001'])

export async function openPostgresStore(url: string, {mode}: OpenOptions): Promise<FactStore> {
  const name = `\`${redact(url)}\``
  const client = new pg.Client({connectionString: url, connectionTimeoutMillis: 10_000, types: {getTypeParser}})
  // A connection lost between statements fails the next statement; without a listener it would end the process.
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (error) {
    const refused = (error as NodeJS.ErrnoException).code === 'ECONNREFUSED'
    throw new StoreError(`cannot connect to ${name}: ${driverMessage(error)}${refused ? ' (is PostgreSQL running?)' : ''}`)
  }
  const store = new PostgresStore(name, client)
  try {
    if (mode === 'write') await store.createTables()
    else await store.assertTables()
  } catch (error) {
    await store.close()
    throw error instanceof StoreError ? error : new StoreError(`${name}: ${driverMessage(error)}`)
  }
  return store
}

class PostgresStore implements FactStore {
  readonly name: string
  private readonly client: pg.Client
  /** Rows were written since the tables' statistics were last brought up to date. */
  private wrote = false

  constructor(name: string, client: pg.Client) {
    this.name = name
    this.client = client
  }

  async createTables(): Promise<void> {
    await this.transaction(async () => {
      // Two runs starting at once would race to create the same tables (and fail on the catalog's unique index).
      await this.client.query(`SELECT pg_advisory_xact_lock(hashtext('newsfacts store tables'))`)
      for (const statement of createStatements('postgres')) await this.client.query(statement)
    })
    await this.assertLayout()
  }

  private async assertLayout(): Promise<void> {
    const found = await this.client.query<{count: number}>(
      'SELECT count(*) AS count FROM information_schema.columns WHERE table_schema = ANY (current_schemas(false)) AND table_name = $1 AND column_name = $2',
      [layoutColumn.table, layoutColumn.column]
    )
    if (Number(found.rows[0]?.count) === 0) throw new StoreError(staleLayoutMessage(this.name))
  }

  async assertTables(): Promise<void> {
    const names = Object.values(tables).map((table) => table.name)
    const found = await this.client.query<{count: number}>(
      'SELECT count(*) AS count FROM information_schema.tables WHERE table_schema = ANY (current_schemas(false)) AND table_name = ANY ($1::text[])',
      [names]
    )
    if (Number(found.rows[0]?.count) < names.length) throw new StoreError(`${this.name} holds no newsfacts tables: \`newsfacts extract --store …\` creates them`)
    await this.assertLayout()
  }

  async write(batch: readonly ArticleRows[]): Promise<WriteResult> {
    const articles = lastOfEachId(batch)
    if (articles.length === 0) return {written: 0, unchanged: 0}
    const written = await this.transaction(async () => {
      const seqs = await this.client.query<{seq: number}>('SELECT nextval($1::regclass) AS seq FROM generate_series(1, $2::integer) ORDER BY 1', [
        articleSequence,
        articles.length
      ])
      seqs.rows.forEach(({seq}, index) => (articles[index]!.article.seq = seq))
      // Rows locked in id order: two runs storing overlapping batches queue instead of deadlocking.
      const byId = [...articles].sort((a, b) => (a.article.record.id < b.article.record.id ? -1 : a.article.record.id > b.article.record.id ? 1 : 0))
      const columns = tables.articles.columns.map((column) => quote(column.name))
      const updates = columns.map((column) => `${column} = excluded.${column}`).join(', ')
      const upserted = await this.client.query<{id: string}>(
        `INSERT INTO articles (${columns.join(', ')}) ${unnestSelect(tables.articles)} ORDER BY 1
         ON CONFLICT (id) DO UPDATE SET ${updates} WHERE articles.digest IS DISTINCT FROM excluded.digest
         RETURNING id`,
        columnArrays(tables.articles, byId.map((rows) => rows.article))
      )
      const ids = upserted.rows.map((row) => row.id)
      if (ids.length === 0) return 0
      const fresh = new Set(ids)
      const rows = byId.filter((each) => fresh.has(each.article.record.id))
      // A replaced article's old rows go; for a new one there are none, and the key index finds that at once.
      for (const table of [tables.facts, tables.checks, tables.metrics]) await this.client.query(`DELETE FROM ${table.name} WHERE article = ANY ($1::text[])`, [ids])
      await this.insert(tables.facts, rows.flatMap((each) => each.facts))
      await this.insert(tables.checks, rows.flatMap((each) => each.checks))
      await this.insert(tables.metrics, rows.flatMap((each) => each.metrics))
      return ids.length
    })
    if (written > 0) this.wrote = true
    return {written, unchanged: articles.length - written}
  }

  async read(sql: string): Promise<Rows> {
    await this.analyze()
    const client = this.client
    const name = this.name
    const fail = async (error: unknown): Promise<never> => {
      await client.query('ROLLBACK').catch(() => {})
      throw new StoreError(`${name}: ${driverMessage(error)}`)
    }
    await client.query('BEGIN READ ONLY')
    // Every row is read: plan for all of them, not (as for a cursor by default) the first tenth; sort in memory where it fits.
    await client.query("SET LOCAL cursor_tuple_fraction = 1; SET LOCAL work_mem = '64MB'")
    const statement = sql.trim().replace(/;+\s*$/u, '')
    // A query goes through a cursor, so a result of millions of rows streams; other statements run as they are.
    if (!/^\(*\s*(select|with|values|table)\b/iu.test(statement)) {
      const result = await client.query({text: sql, rowMode: 'array'}).catch(fail)
      await client.query('COMMIT')
      const rows = ((result.rows ?? []) as unknown[][]).map((row) => row.map(plainValue))
      return {columns: (result.fields ?? []).map((field) => field.name), batches: (async function* () { yield rows })()}
    }
    await client.query(`DECLARE newsfacts_rows NO SCROLL CURSOR FOR ${statement}`).catch(fail)
    const fetch = () => client.query({text: `FETCH ${FETCH_ROWS} FROM newsfacts_rows`, rowMode: 'array'}).catch(fail)
    const first = await fetch()
    async function* batches(): AsyncGenerator<unknown[][]> {
      let result = first
      for (;;) {
        if (result.rows.length > 0) yield (result.rows as unknown[][]).map((row) => row.map(plainValue))
        if (result.rows.length < FETCH_ROWS) break
        result = await fetch()
      }
      await client.query('CLOSE newsfacts_rows; COMMIT').catch(fail)
    }
    return {columns: first.fields.map((field) => field.name), batches: batches()}
  }

  async close(): Promise<void> {
    await this.analyze().catch(() => {})
    await this.client.end().catch(() => {})
  }

  /**
   * Bring the planner's statistics up to date after a run's writes. Without
   * them, right after a bulk load, PostgreSQL took the conflict query's
   * million rows for a handful and merge-joined them pairwise: 887 s
   * instead of 27 s. ANALYZE samples a fixed number of rows, a second or so.
   */
  private async analyze(): Promise<void> {
    if (!this.wrote) return
    this.wrote = false
    await this.client.query(`ANALYZE ${Object.values(tables).map((table) => table.name).join(', ')}`)
  }

  private async insert<Row>(table: Table<Row>, rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return
    const columns = table.columns.map((column) => quote(column.name)).join(', ')
    await this.client.query(`INSERT INTO ${table.name} (${columns}) ${unnestSelect(table)}`, columnArrays(table, rows))
  }

  /** Run `work` in a transaction, again when it lost a deadlock to another run; any other failure is a StoreError. */
  private async transaction<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.query('BEGIN')
        const result = await work()
        await this.client.query('COMMIT')
        return result
      } catch (error) {
        await this.client.query('ROLLBACK').catch(() => {})
        if (error instanceof StoreError) throw error
        const code = (error as {code?: string}).code
        if (code && retryable.has(code) && attempt < ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, 20 * attempt * Math.random()))
          continue
        }
        throw new StoreError(`cannot write to ${this.name}: ${driverMessage(error)}`)
      }
    }
  }
}

/** `SELECT * FROM unnest($1::text[], $2::double precision[], …)`: one parameter per column. */
function unnestSelect<Row>(table: Table<Row>): string {
  return `SELECT * FROM unnest(${table.columns.map((column, index) => `$${index + 1}::${sqlType(column.type)}[]`).join(', ')})`
}

/** The rows as one array per column. PostgreSQL text cannot hold NUL, which becomes U+FFFD (the digest is of the record as it came). */
function columnArrays<Row>(table: Table<Row>, rows: readonly Row[]): unknown[][] {
  return table.columns.map((column) => {
    const cells = rows.map(column.cell)
    return column.type === 'STRING' ? cells.map((cell) => (typeof cell === 'string' && cell.includes('\u0000') ? cell.replaceAll('\u0000', '\uFFFD') : cell)) : cells
  })
}

/** 64-bit integers (`count(*)`) as numbers when exact, as the DuckDB store gives them, rather than pg's strings. */
const getTypeParser = ((oid: number, format?: 'text' | 'binary') => {
  if (oid === pg.types.builtins.INT8 && format !== 'binary') {
    return (text: string) => {
      const value = Number(text)
      return Number.isSafeInteger(value) ? value : text
    }
  }
  return pg.types.getTypeParser(oid, format)
}) as typeof pg.types.getTypeParser

/** The URL as messages show it: without its password. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return url.replace(/:[^:@/]*@/u, ':***@')
  }
}
