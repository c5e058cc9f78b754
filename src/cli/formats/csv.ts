/** `extract --format csv`: RFC 4180 tables with the Parquet tables' columns (see ./tables.ts). */
import {csvHeader, csvLines} from '../../report/facts.js'
import {tableSink, writesDirectory} from './tables.js'
import type {OutputFormat} from './types.js'

export const csv: OutputFormat = {
  command: 'extract',
  name: 'csv',
  writesDirectory,
  create: (context) =>
    tableSink(context, 'csv', (table, out) => {
      let started = false
      const start = async () => {
        if (!started) await out.write(csvHeader(table.columns))
        started = true
      }
      return {
        async add(rows) {
          await start()
          await out.write(csvLines(table.columns, rows))
        },
        // A table without rows is still its header.
        end: start
      }
    })
}
