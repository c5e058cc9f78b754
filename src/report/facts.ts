import {SCHEMA_VERSION, type ArticleRecord, type Fact} from '../types.js'
import {factColumns, type Cell, type Column} from './fact-columns.js'
import {assertArticleRecord} from './record.js'

/** One fact per line, with its article: the flat table most dataset tools want. */
export interface FactRecord extends Fact {
  schemaVersion: typeof SCHEMA_VERSION
  type: 'fact'
  article: string
  lang: string
  publishedAt: string | null
}

export function toFactRecords(record: ArticleRecord): FactRecord[] {
  assertArticleRecord(record, 'toFactRecords')
  return record.facts.map((fact) => ({
    schemaVersion: SCHEMA_VERSION,
    type: 'fact',
    article: record.id,
    lang: record.lang,
    publishedAt: record.publishedAt,
    ...fact
  }))
}

/** The CSV header of a table (the fact table by default): the Parquet columns, in their order. */
export function csvHeader<Row>(columns: ReadonlyArray<Column<Row>> = factColumns as ReadonlyArray<Column<Row>>): string {
  return columns.map((column) => csvCell(column.name)).join(',') + '\n'
}

/** RFC 4180 lines of `rows`, cell for cell what the Parquet table holds: dates `YYYY-MM-DD`, nulls empty. */
export function csvLines<Row>(columns: ReadonlyArray<Column<Row>>, rows: readonly Row[]): string {
  let lines = ''
  for (const row of rows) lines += columns.map((column) => csvCell(column.cell(row))).join(',') + '\n'
  return lines
}

/** The fact table's CSV rows of an article. */
export function toCsvRows(record: ArticleRecord): string {
  assertArticleRecord(record, 'toCsvRows')
  return csvLines(factColumns, toFactRecords(record))
}

function csvCell(value: Cell): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
