/**
 * The three tables a run's records become (articles, facts, checks): the
 * Parquet and CSV outputs write them, and the fact store holds them (with
 * columns of its own added to `articles`). Each table names its columns
 * and the rows one record gives.
 */
import type {OutputRecord} from '../../types.js'
import {factColumns, type Column} from '../fact-columns.js'
import {toFactRecords} from '../facts.js'
import {articleColumns} from './article-columns.js'
import {checkColumns} from './check-columns.js'

export {articleColumns, type ArticleTableRow} from './article-columns.js'
export {checkColumns, type CheckRow} from './check-columns.js'
export {dateBounds, calendarDay, type DateBounds, type Granularity} from './date-bounds.js'

export interface OutputTable<Row = unknown> {
  name: TableName
  columns: ReadonlyArray<Column<Row>>
  /** The rows of one record: none for a conflict record, and an error record is a row only of `articles`. */
  rows(record: OutputRecord): Row[]
}

export type TableName = 'articles' | 'facts' | 'checks'

export const tableNames: readonly TableName[] = ['articles', 'facts', 'checks']

// Each table's columns read the rows it gives; the map forgets which row type that is, hence the casts.
export const outputTables: {readonly [Name in TableName]: OutputTable} = {
  articles: {name: 'articles', columns: articleColumns, rows: (record) => (record.type === 'article' || record.type === 'error' ? [record] : [])} as OutputTable,
  facts: {name: 'facts', columns: factColumns, rows: (record) => (record.type === 'article' ? toFactRecords(record) : [])} as OutputTable,
  checks: {
    name: 'checks',
    columns: checkColumns,
    rows: (record) => (record.type === 'article' ? record.checks.map((check, ordinal) => ({article: record.id, ordinal, check})) : [])
  } as OutputTable
}
