import {readFileSync} from 'node:fs'
import {ByteWriter, ParquetWriter, schemaFromColumnData, type ColumnSource} from 'hyparquet-writer'
import type {SchemaElement} from 'hyparquet'
import {SCHEMA_VERSION, type ArticleRecord} from '../types.js'
import {factColumns, type Cell, type Column} from './fact-columns.js'
import {toFactRecords, type FactRecord} from './facts.js'

/** Where the bytes go; the CLI's output file. */
export interface ByteSink {
  writeBytes(bytes: Uint8Array): Promise<void>
}

export const parquetColumns: readonly string[] = factColumns.map((column) => column.name)

/** Rows held before they are written as one row group: a few MiB, whatever the length of the run. */
const DEFAULT_ROW_GROUP_ROWS = 50_000

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version

/**
 * What a reader can learn of a file's contract without our code: the
 * record schema's version, the newsfacts that wrote it and the table.
 */
export function parquetKeyValues(table: string): Array<{key: string; value: string}> {
  return [
    {key: 'newsfacts.schema_version', value: String(SCHEMA_VERSION)},
    {key: 'newsfacts.version', value: version},
    {key: 'newsfacts.table', value: table}
  ]
}

/**
 * Collects bytes in memory and hands them to the sink at each flush, which
 * the Parquet writer calls after every row group and awaits before the next.
 */
class SinkWriter extends ByteWriter {
  private readonly sink: ByteSink

  constructor(sink: ByteSink) {
    super()
    this.sink = sink
  }

  flush(): Promise<void> {
    // Copy: the buffer is reused as soon as index is reset.
    const bytes = this.getBytes().slice()
    this.index = 0
    return this.sink.writeBytes(bytes)
  }

  override finish(): Promise<void> {
    return this.flush()
  }
}

const DAY_MS = 86_400_000

/** A `DATE` column is Parquet's INT32 of days since 1970-01-01, annotated as a date; the writer has no name for it. */
function dateElement(name: string): SchemaElement {
  return {name, type: 'INT32', converted_type: 'DATE', logical_type: {type: 'DATE'}, repetition_type: 'OPTIONAL'}
}

function dateDays(cell: Cell): number | null {
  if (typeof cell !== 'string') return null
  // `YYYY-MM-DD`, as the table columns give it.
  return Date.UTC(Number(cell.slice(0, 4)), Number(cell.slice(5, 7)) - 1, Number(cell.slice(8, 10))) / DAY_MS
}

/** Streams the rows of one table into one Parquet file, a row group at a time. */
export class ParquetTableWriter<Row> {
  private readonly parquet: ParquetWriter
  private readonly columns: ReadonlyArray<Column<Row>>
  private readonly rowGroupRows: number
  private rows: Row[] = []

  constructor(sink: ByteSink, columns: ReadonlyArray<Column<Row>>, {rowGroupRows = DEFAULT_ROW_GROUP_ROWS, table = 'facts'} = {}) {
    this.columns = columns
    this.rowGroupRows = rowGroupRows
    const schemaOverrides = Object.fromEntries(columns.filter((column) => column.type === 'DATE').map((column) => [column.name, dateElement(column.name)]))
    const schema = schemaFromColumnData({
      columnData: columns.map(({name, type}) => (type === 'DATE' ? {name, data: []} : {name, type, data: []})),
      schemaOverrides
    })
    this.parquet = new ParquetWriter({writer: new SinkWriter(sink), schema, createdBy: `newsfacts ${version}`, kvMetadata: parquetKeyValues(table)})
  }

  async add(rows: Iterable<Row>): Promise<void> {
    for (const row of rows) this.rows.push(row)
    if (this.rows.length >= this.rowGroupRows) await this.writeRows()
  }

  async end(): Promise<void> {
    await this.writeRows()
    await this.parquet.finish()
  }

  private async writeRows(): Promise<void> {
    if (this.rows.length === 0) return
    const rows = this.rows
    this.rows = []
    const columnData: ColumnSource[] = this.columns.map(({name, type, cell}) =>
      type === 'DATE' ? {name, data: rows.map((row) => dateDays(cell(row)))} : {name, type, data: rows.map(cell)}
    )
    await this.parquet.write({columnData, rowGroupSize: rows.length})
  }
}

/** Streams the facts of article records into one Parquet file. */
export class ParquetFactWriter {
  private readonly table: ParquetTableWriter<FactRecord>

  constructor(sink: ByteSink, {rowGroupFacts = DEFAULT_ROW_GROUP_ROWS} = {}) {
    this.table = new ParquetTableWriter(sink, factColumns, {rowGroupRows: rowGroupFacts, table: 'facts'})
  }

  add(record: ArticleRecord): Promise<void> {
    return this.table.add(toFactRecords(record))
  }

  end(): Promise<void> {
    return this.table.end()
  }
}
