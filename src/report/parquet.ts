import {ByteWriter, ParquetWriter, schemaFromColumnData, type ColumnSource} from 'hyparquet-writer'
import type {ArticleRecord} from '../types.js'
import {factColumns as columns} from './fact-columns.js'
import {toFactRecords, type FactRecord} from './facts.js'

/** Where the bytes go; the CLI's output file. */
export interface ByteSink {
  writeBytes(bytes: Uint8Array): Promise<void>
}

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
