/**
 * The table formats (CSV, Parquet): `--table articles|facts|checks` writes
 * one table to `--output` or stdout, `--table all` a directory holding the
 * three (`articles.csv`, `facts.csv`, `checks.csv`). An input that failed
 * is a row of the articles table, and a report on stderr as well.
 */
import {mkdir} from 'node:fs/promises'
import {join} from 'node:path'
import {toCodePointOffsets} from '../../report/offsets.js'
import {outputTables, tableNames, type OutputTable, type TableName} from '../../report/tables/index.js'
import {formatRecord} from '../../report/text.js'
import {describeFileError} from '../../util/system-error.js'
import {openOutput, OutputError, type Output} from '../output.js'
import type {Parsed} from '../execute.js'
import type {Sink, SinkContext} from './types.js'

/** Writes the rows of one table. */
export interface TableWriter {
  add(rows: readonly unknown[]): Promise<void>
  end(): Promise<void>
}

/** The table choice `--table` names; `facts` when not given. */
export type TableChoice = TableName | 'all'

export const tableChoices: readonly TableChoice[] = [...tableNames, 'all']

export function writesDirectory(parsed: Parsed): boolean {
  return parsed.table === 'all'
}

/** A sink writing the chosen tables, each through a writer `open` makes for it. */
export async function tableSink(context: SinkContext, extension: string, open: (table: OutputTable, out: Output) => TableWriter): Promise<Sink> {
  const {parsed, show} = context
  const chosen: readonly TableName[] = parsed.table === 'all' ? tableNames : [parsed.table ?? 'facts']
  const outputs: Output[] = []
  if (parsed.table === 'all') {
    const directory = parsed.output!
    try {
      await mkdir(directory, {recursive: true})
    } catch (error) {
      throw new OutputError(`Cannot write the tables to \`${directory}\`: ${describeFileError(error, directory)}`, (error as NodeJS.ErrnoException).code)
    }
    for (const name of chosen) outputs.push(await openOutput(join(directory, `${name}.${extension}`), false))
  } else {
    outputs.push(context.out!)
  }
  const writers = chosen.map((name, index) => ({table: outputTables[name], writer: open(outputTables[name], outputs[index]!)}))
  const codePoints = parsed.offsets === 'codepoint'
  return {
    async write({record: given, source}) {
      const record = codePoints ? toCodePointOffsets(given, source) : given
      for (const {table, writer} of writers) {
        const rows = table.rows(record)
        if (rows.length > 0) await writer.add(rows)
      }
      if (record.type === 'error') await show(formatRecord(record, source))
    },
    async end() {
      for (const {writer} of writers) await writer.end()
      // The directory's files are this format's to close; a single output is the run's.
      if (parsed.table === 'all') for (const output of outputs) await output.end()
      return 0
    }
  }
}
