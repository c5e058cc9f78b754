/**
 * The embedded store: one DuckDB file, written through DuckDB's appender
 * (rows go in column batches, not a statement per row). DuckDB allows one
 * writing process per file; a second gets a clear error naming the file.
 */
import {existsSync} from 'node:fs'
import {dateValue, DuckDBInstance, type DuckDBAppender, type DuckDBConnection, type DuckDBResult} from '@duckdb/node-api'
import type {Column} from '../report/fact-columns.js'
import {lastOfEachId, type ArticleRows} from './rows.js'
import {articleSequence, createStatements, layoutColumn, staleLayoutMessage, tables, type Table} from './schema.js'
import {driverMessage, plainValue, StoreError, type FactStore, type OpenOptions, type Rows, type WriteResult} from './store.js'

export async function openDuckDbStore(path: string, {mode}: OpenOptions): Promise<FactStore> {
  const name = `\`${path}\``
  if (mode === 'read' && !existsSync(path)) {
    throw new StoreError(`no fact store at ${name}: \`newsfacts extract --store ${path} …\` creates one`)
  }
  let instance: DuckDBInstance
  try {
    instance = await DuckDBInstance.create(path, mode === 'read' ? {access_mode: 'READ_ONLY'} : {})
  } catch (error) {
    throw new StoreError(`cannot open the fact store ${name}: ${driverMessage(error)}`)
  }
  const connection = await instance.connect()
  const store = new DuckDbStore(name, instance, connection)
  try {
    if (mode === 'write') await store.createTables()
    else await store.assertTables()
  } catch (error) {
    await store.close()
    throw error instanceof StoreError ? error : new StoreError(`${name}: ${driverMessage(error)}`)
  }
  return store
}

class DuckDbStore implements FactStore {
  readonly name: string
  private readonly instance: DuckDBInstance
  private readonly connection: DuckDBConnection

  constructor(name: string, instance: DuckDBInstance, connection: DuckDBConnection) {
    this.name = name
    this.instance = instance
    this.connection = connection
  }

  async createTables(): Promise<void> {
    for (const statement of createStatements('duckdb')) await this.connection.run(statement)
    await this.assertLayout()
    // A batch's articles are staged here, then compared with the stored ones in one statement.
    await this.connection.run('CREATE TEMP TABLE IF NOT EXISTS stage_articles AS SELECT * FROM articles LIMIT 0')
  }

  async assertTables(): Promise<void> {
    const names = Object.values(tables).map((table) => `'${table.name}'`)
    const reader = await this.connection.runAndReadAll(`SELECT count(*) FROM information_schema.tables WHERE table_name IN (${names.join(', ')})`)
    if (Number(reader.getRows()[0]?.[0]) < names.length) throw new StoreError(`${this.name} holds no newsfacts tables: is it a fact store?`)
    await this.assertLayout()
  }

  private async assertLayout(): Promise<void> {
    const reader = await this.connection.runAndReadAll(
      `SELECT count(*) FROM information_schema.columns WHERE table_name = '${layoutColumn.table}' AND column_name = '${layoutColumn.column}'`
    )
    if (Number(reader.getRows()[0]?.[0]) === 0) throw new StoreError(staleLayoutMessage(this.name))
  }

  async write(batch: readonly ArticleRows[]): Promise<WriteResult> {
    const articles = lastOfEachId(batch)
    if (articles.length === 0) return {written: 0, unchanged: 0}
    const run = (sql: string) => this.connection.run(sql)
    await run('BEGIN TRANSACTION')
    try {
      const seqs = await this.connection.runAndReadAll(`SELECT nextval('${articleSequence}') FROM range(${articles.length}) ORDER BY 1`)
      seqs.getRows().forEach(([seq], index) => (articles[index]!.article.seq = Number(seq)))
      await run('DELETE FROM stage_articles')
      await this.append('stage_articles', tables.articles, articles.map((rows) => rows.article), 'temp')
      const changed = await this.connection.runAndReadAll(
        'SELECT s.id, a.id IS NOT NULL FROM stage_articles s LEFT JOIN articles a ON a.id = s.id WHERE a.digest IS DISTINCT FROM s.digest'
      )
      const toWrite = new Set<string>()
      let replaced = 0
      for (const [id, stored] of changed.getRows()) {
        toWrite.add(String(id))
        if (stored === true) replaced++
      }
      if (replaced > 0) {
        // Stored before with other content: its old rows go before the new ones come.
        const stale = 'SELECT s.id FROM stage_articles s JOIN articles a ON a.id = s.id AND a.digest <> s.digest'
        for (const table of [tables.facts, tables.checks, tables.metrics]) await run(`DELETE FROM ${table.name} WHERE article IN (${stale})`)
        await run(`DELETE FROM articles WHERE id IN (${stale})`)
      }
      if (toWrite.size > 0) {
        await run('INSERT INTO articles SELECT s.* FROM stage_articles s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.id)')
        const written = articles.filter((rows) => toWrite.has(rows.article.record.id))
        await this.append('facts', tables.facts, written.flatMap((rows) => rows.facts))
        await this.append('checks', tables.checks, written.flatMap((rows) => rows.checks))
        await this.append('metrics', tables.metrics, written.flatMap((rows) => rows.metrics))
      }
      await run('COMMIT')
      return {written: toWrite.size, unchanged: articles.length - toWrite.size}
    } catch (error) {
      await run('ROLLBACK').catch(() => {})
      throw error instanceof StoreError ? error : new StoreError(`cannot write to ${this.name}: ${driverMessage(error)}`)
    }
  }

  async read(sql: string): Promise<Rows> {
    let result: DuckDBResult
    try {
      result = await this.connection.stream(sql)
    } catch (error) {
      // The client's wrapper adds nothing a reader needs.
      throw new StoreError(`${this.name}: ${driverMessage(error).replace(/^Failed to extract statements: /u, '')}`)
    }
    const name = this.name
    async function* batches(): AsyncGenerator<unknown[][]> {
      try {
        for await (const rows of result.yieldRowsJs()) yield rows.map((row) => row.map(plainValue))
      } catch (error) {
        throw new StoreError(`${name}: ${driverMessage(error)}`)
      }
    }
    return {columns: result.columnNames(), batches: batches()}
  }

  async close(): Promise<void> {
    this.connection.closeSync()
    this.instance.closeSync()
  }

  /** Append rows in one go: the appender fills column vectors and writes them as the transaction's. */
  private async append<Row>(table: string, definition: Table<Row>, rows: readonly Row[], catalog?: string): Promise<void> {
    if (rows.length === 0) return
    const appender = await this.connection.createAppender(table, catalog ? 'main' : null, catalog ?? null)
    try {
      for (const row of rows) {
        for (const column of definition.columns) appendCell(appender, column, row)
        appender.endRow()
      }
      appender.flushSync()
    } finally {
      appender.closeSync()
    }
  }
}

function appendCell<Row>(appender: DuckDBAppender, column: Column<Row>, row: Row): void {
  const value = column.cell(row)
  if (value === null || value === undefined) return appender.appendNull()
  switch (column.type) {
    case 'STRING':
      return appender.appendVarchar(String(value))
    case 'DOUBLE':
      return appender.appendDouble(Number(value))
    case 'INT32':
      return appender.appendInteger(Number(value))
    case 'INT64':
      return appender.appendBigInt(BigInt(value))
    case 'DATE':
      return appender.appendDate(dateValue(Math.round(Date.parse(`${value}T00:00:00Z`) / 86_400_000)))
  }
}
