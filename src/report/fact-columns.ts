import type {FactRecord} from './facts.js'

/** The cell types of newsfacts' tables: Parquet's names, which the fact store maps to SQL types. */
export type CellType = 'STRING' | 'DOUBLE' | 'INT32' | 'INT64'

export type Cell = string | number | null

/** A typed column: its name, its type and how a row fills it. */
export interface Column<Row> {
  name: string
  type: CellType
  cell: (row: Row) => Cell
}

/**
 * The fact table's columns, typed: the CSV columns, with `value` split by
 * what it holds, since a typed column has one type. A number goes to
 * `value`; a stated range to `low` and `high`; a date (ISO 8601) to `date`.
 * The Parquet output and the fact store's `facts` table are both these
 * columns, so a query written for one reads the other.
 */
export const factColumns: ReadonlyArray<Column<FactRecord>> = [
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
