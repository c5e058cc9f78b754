/** `extract --format parquet`: typed tables, a row group of 50,000 rows at a time (see ./tables.ts). */
import {ParquetTableWriter} from '../../report/parquet.js'
import {tableSink, writesDirectory} from './tables.js'
import type {OutputFormat} from './types.js'

export const parquet: OutputFormat = {
  command: 'extract',
  name: 'parquet',
  writesDirectory,
  create: (context) =>
    tableSink(context, 'parquet', (table, out) => {
      const writer = new ParquetTableWriter({writeBytes: (bytes) => out.write(bytes)}, table.columns, {table: table.name})
      return {add: (rows) => writer.add(rows), end: () => writer.end()}
    })
}
