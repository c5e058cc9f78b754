import {ByteWriter, ParquetWriter, schemaFromColumnData, type BasicType, type ColumnSource} from 'hyparquet-writer'
import type {ArticleRecord} from '../types.js'
import {toFactRecords, type FactRecord} from './facts.js'

/** Where the bytes go; the CLI's output file. */
export interface ByteSink {
  writeBytes(bytes: Uint8Array): Promise<void>
}

/**
 * The fact table's columns, typed: the CSV columns, with `value` split by
 * what it holds, since a Parquet column has one type. A number goes to
 * `value`; a stated range to `low` and `high`; a date (ISO 8601) to `date`.
 */
const columns: ReadonlyArray<{name: string; type: BasicType; cell: (fact: FactRecord) => string | number | null}> = [
  {name: 'article', type: 'STRING', cell: (fact) => fact.article},
  {name: 'id', type: 'STRING', cell: (fact) => fact.id},
  {name: 'kind', type: 'STRING', cell: (fact) => fact.kind},
  {name: 'value', type: 'DOUBLE', cell: (fact) => (typeof fact.value === 'number' ? fact.value : null)},
  {name: 'low', type: 'DOUBLE', cell: (fact) => (Array.isArray(fact.value) ? fact.value[0] : null)},
  {name: 'high', type: 'DOUBLE', cell: (fact) => (Array.isArray(fact.value) ? fact.value[1] : null)},
  {name: 'date', type: 'STRING', cell: (fact) => (typeof fact.value === 'string' ? fact.value : null)},
  {name: 'unit', type: 'STRING', cell: (fact) => fact.unit},
  {name: 'approx', type: 'STRING', cell: (fact) => fact.approx},
  {name: 'text', type: 'STRING', cell: (fact) => fact.text},
  {name: 'subject', type: 'STRING', cell: (fact) => fact.subject},
  {name: 'start', type: 'INT32', cell: (fact) => fact.span[0]},
  {name: 'end', type: 'INT32', cell: (fact) => fact.span[1]},
  {name: 'sourceStart', type: 'INT32', cell: (fact) => fact.sourceSpan[0]},
  {name: 'sourceEnd', type: 'INT32', cell: (fact) => fact.sourceSpan[1]},
  {name: 'direction', type: 'STRING', cell: (fact) => fact.direction ?? null},
  {name: 'group', type: 'INT32', cell: (fact) => fact.group ?? null},
  {name: 'scope', type: 'STRING', cell: (fact) => fact.scope ?? null},
  {name: 'relative', type: 'STRING', cell: (fact) => fact.relative ?? null},
  {name: 'lang', type: 'STRING', cell: (fact) => fact.lang},
  {name: 'publishedAt', type: 'STRING', cell: (fact) => fact.publishedAt}
]

export const parquetColumns: readonly string[] = columns.map((column) => column.name)

/** Facts held before they are written as one row group: a few MiB, whatever the length of the run. */
const DEFAULT_ROW_GROUP_FACTS = 50_000

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

/** Streams the facts of article records into one Parquet file, a row group at a time. */
export class ParquetFactWriter {
  private readonly parquet: ParquetWriter
  private readonly rowGroupFacts: number
  private rows: FactRecord[] = []

  constructor(sink: ByteSink, {rowGroupFacts = DEFAULT_ROW_GROUP_FACTS} = {}) {
    this.rowGroupFacts = rowGroupFacts
    const schema = schemaFromColumnData({columnData: columns.map(({name, type}) => ({name, type, data: []}))})
    this.parquet = new ParquetWriter({writer: new SinkWriter(sink), schema, createdBy: 'newsfacts'})
  }

  async add(record: ArticleRecord): Promise<void> {
    for (const fact of toFactRecords(record)) this.rows.push(fact)
    if (this.rows.length >= this.rowGroupFacts) await this.writeRows()
  }

  async end(): Promise<void> {
    await this.writeRows()
    await this.parquet.finish()
  }

  private async writeRows(): Promise<void> {
    if (this.rows.length === 0) return
    const rows = this.rows
    this.rows = []
    const columnData: ColumnSource[] = columns.map(({name, type, cell}) => ({name, type, data: rows.map(cell)}))
    await this.parquet.write({columnData, rowGroupSize: rows.length})
  }
}
