import type {FactRecord} from './facts.js'
import {calendarDay, dateBounds} from './tables/date-bounds.js'

/**
 * The cell types of newsfacts' tables: Parquet's names (`DATE` is Parquet's
 * INT32 days annotated as a date), which the fact store maps to SQL types.
 */
export type CellType = 'STRING' | 'DOUBLE' | 'INT32' | 'INT64' | 'DATE'

/** A cell: `DATE` cells are `YYYY-MM-DD` strings. */
export type Cell = string | number | null

/** A typed column: its name, its type and how a row fills it. */
export interface Column<Row> {
  name: string
  type: CellType
  cell: (row: Row) => Cell
}

/** Bounds are computed once per fact, though three columns read them. */
const boundsOf = (() => {
  const cache = new WeakMap<FactRecord, ReturnType<typeof dateBounds>>()
  return (fact: FactRecord) => {
    if (typeof fact.value !== 'string') return null
    let bounds = cache.get(fact)
    if (bounds === undefined) {
      bounds = dateBounds(fact.value)
      cache.set(fact, bounds)
    }
    return bounds
  }
})()

const scalar = (fact: FactRecord) => (typeof fact.value === 'number' ? fact.value : null)

/**
 * The fact table's columns, typed, in the Parquet and CSV output and the
 * fact store's `facts` table alike, so a query written for one reads the
 * others. Names are lower case with underscores and no SQL keyword (`end`,
 * `group`), so SQL reads them without quotes. A typed column has one type,
 * so `value` is split by what it holds: a number in `value`, a stated range
 * in `low` and `high`, a date (ISO 8601, as in the JSON record) in
 * `date_value` with the days it covers in `date_start` and `date_end`.
 */
export const factColumns: ReadonlyArray<Column<FactRecord>> = [
  {name: 'article', type: 'STRING', cell: (fact) => fact.article},
  {name: 'id', type: 'STRING', cell: (fact) => fact.id},
  {name: 'kind', type: 'STRING', cell: (fact) => fact.kind},
  {name: 'value', type: 'DOUBLE', cell: scalar},
  {name: 'low', type: 'DOUBLE', cell: (fact) => (Array.isArray(fact.value) ? fact.value[0] : null)},
  {name: 'high', type: 'DOUBLE', cell: (fact) => (Array.isArray(fact.value) ? fact.value[1] : null)},
  // A change with its direction as a sign: SUM and AVG read it as is.
  {name: 'signed_value', type: 'DOUBLE', cell: (fact) => (fact.kind === 'change' && typeof fact.value === 'number' ? (fact.direction === 'down' ? -fact.value : fact.value) : null)},
  {name: 'unit', type: 'STRING', cell: (fact) => fact.unit},
  {name: 'approx', type: 'STRING', cell: (fact) => fact.approx},
  {name: 'date_value', type: 'STRING', cell: (fact) => (typeof fact.value === 'string' ? fact.value : null)},
  {name: 'date_start', type: 'DATE', cell: (fact) => boundsOf(fact)?.start ?? null},
  {name: 'date_end', type: 'DATE', cell: (fact) => boundsOf(fact)?.end ?? null},
  {name: 'date_granularity', type: 'STRING', cell: (fact) => boundsOf(fact)?.granularity ?? null},
  {name: 'text', type: 'STRING', cell: (fact) => fact.text},
  {name: 'subject', type: 'STRING', cell: (fact) => fact.subject},
  {name: 'span_start', type: 'INT32', cell: (fact) => fact.span[0]},
  {name: 'span_end', type: 'INT32', cell: (fact) => fact.span[1]},
  {name: 'source_start', type: 'INT32', cell: (fact) => fact.sourceSpan[0]},
  {name: 'source_end', type: 'INT32', cell: (fact) => fact.sourceSpan[1]},
  {name: 'sentence_start', type: 'INT32', cell: (fact) => fact.sentence?.[0] ?? null},
  {name: 'sentence_end', type: 'INT32', cell: (fact) => fact.sentence?.[1] ?? null},
  {name: 'direction', type: 'STRING', cell: (fact) => fact.direction ?? null},
  {name: 'group_size', type: 'INT32', cell: (fact) => fact.group ?? null},
  {name: 'scope', type: 'STRING', cell: (fact) => fact.scope ?? null},
  {name: 'relative', type: 'STRING', cell: (fact) => fact.relative ?? null},
  {name: 'lang', type: 'STRING', cell: (fact) => fact.lang},
  {name: 'published_at', type: 'DATE', cell: (fact) => calendarDay(fact.publishedAt)}
]
