/**
 * The fact store on the command line: `--store` on `extract` and `check`
 * (records also go to the store), `check --store` without inputs (conflicts
 * across everything stored), and `query`.
 */
import {jsonLine} from '../report/json-line.js'
import {formatRecord} from '../report/text.js'
import {TextTable} from '../report/table.js'
import {storeConflicts} from '../store/conflicts.js'
import {openStore} from '../store/store.js'
import {StoreWriter} from '../store/writer.js'
import type {Io, Sink} from './execute.js'
import {Output} from './output.js'

export {StoreError} from '../store/store.js'

/** Open the store a run writes to, before any input is read: a wrong URL fails at once. */
export async function openStoreWriter(location: string): Promise<StoreWriter> {
  return new StoreWriter(await openStore(location, {mode: 'write'}))
}

/** `sink`, with every article also stored; the store is written in full before the sink ends (and `check` reads it). */
export function withStore(sink: Sink, writer: StoreWriter, err: Output, quiet: boolean): Sink {
  return {
    async write(result) {
      if (result.record.type === 'article') await writer.add(result.record)
      await sink.write(result)
    },
    async end() {
      await writer.flush()
      const {written, unchanged} = writer.totals
      if (!quiet) await err.write(`newsfacts: stored ${written} ${written === 1 ? 'article' : 'articles'} in ${writer.store.name}${unchanged > 0 ? `, ${unchanged} unchanged` : ''}\n`)
      return sink.end()
    }
  }
}

/** `check --store X` without inputs: the conflicts across everything stored; 1 when there are any. */
export async function checkStore(location: string, {json, quiet}: {json: boolean; quiet: boolean}, io: Io): Promise<number> {
  const store = await openStore(location, {mode: 'read'})
  const out = new Output(io.stdout, 'stdout')
  const err = new Output(io.stderr, 'stderr')
  try {
    let conflicts = 0
    for await (const conflict of storeConflicts(store)) {
      conflicts++
      if (json) await out.write(jsonLine(conflict))
      else await err.write(formatRecord(conflict, '') + '\n')
    }
    if (!quiet) await err.write(`newsfacts: ${store.name}: ${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'} across the stored articles\n`)
    return conflicts > 0 ? 1 : 0
  } finally {
    await store.close()
  }
}

/** Rows that size a table's columns before it is printed. */
const TABLE_SAMPLE_ROWS = 200

/**
 * `query --store X "SQL"`: the rows as a table on a terminal, JSON Lines
 * (one object per row) otherwise or with `--format json`.
 */
export async function runQuery(location: string, sql: string, format: string | undefined, io: Io): Promise<number> {
  const table = format === 'table' || (format === undefined && io.stdoutIsTTY === true)
  const store = await openStore(location, {mode: 'read'})
  const out = new Output(io.stdout, 'stdout')
  try {
    const {columns, batches} = await store.read(sql)
    const names = uniqueNames(columns)
    const json = (row: readonly unknown[]) => jsonLine(Object.fromEntries(names.map((name, index) => [name, row[index] ?? null])))
    if (!table) {
      for await (const rows of batches) await out.write(rows.map(json).join(''))
      return 0
    }
    // The first rows size the table's columns; the rest stream through it.
    const sample: unknown[][] = []
    let count = 0
    let text: TextTable | undefined
    for await (const rows of batches) {
      count += rows.length
      if (text) {
        await out.write(rows.map((row) => text!.row(row)).join(''))
        continue
      }
      sample.push(...rows)
      if (sample.length < TABLE_SAMPLE_ROWS) continue
      text = new TextTable(names, sample)
      await out.write(text.header() + sample.map((row) => text!.row(row)).join(''))
    }
    if (!text) {
      text = new TextTable(names, sample)
      await out.write(text.header() + sample.map((row) => text!.row(row)).join(''))
    }
    await out.write(`(${count} ${count === 1 ? 'row' : 'rows'})\n`)
    return 0
  } finally {
    await store.close()
  }
}

/** Column names as JSON keys: a second `id` becomes `id_1`, so no value is lost. */
function uniqueNames(columns: readonly string[]): string[] {
  const seen = new Set<string>()
  return columns.map((name) => {
    let unique = name
    for (let suffix = 1; seen.has(unique); suffix++) unique = `${name}_${suffix}`
    seen.add(unique)
    return unique
  })
}
