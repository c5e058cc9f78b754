import type {Check} from '../../types.js'
import type {Column} from '../fact-columns.js'

/** A row of the checks table: one check of an article, by its place among the article's checks. */
export interface CheckRow {
  article: string
  ordinal: number
  check: Check
}

export const checkColumns: ReadonlyArray<Column<CheckRow>> = [
  {name: 'article', type: 'STRING', cell: ({article}) => article},
  {name: 'ordinal', type: 'INT32', cell: ({ordinal}) => ordinal},
  {name: 'rule', type: 'STRING', cell: ({check}) => check.rule},
  {name: 'verdict', type: 'STRING', cell: ({check}) => check.verdict},
  // A JSON array of fact ids: one text column reads alike in DuckDB, PostgreSQL and pandas.
  {name: 'facts', type: 'STRING', cell: ({check}) => JSON.stringify(check.facts)},
  {name: 'message', type: 'STRING', cell: ({check}) => check.message},
  {name: 'expected', type: 'STRING', cell: ({check}) => (check.expected === undefined ? null : String(check.expected))},
  {name: 'actual', type: 'STRING', cell: ({check}) => (check.actual === undefined ? null : String(check.actual))}
]
