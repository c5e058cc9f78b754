import type {Column} from '../fact-columns.js'
import {calendarDay} from './date-bounds.js'
import type {ArticleRecord, ErrorRecord} from '../../types.js'

/** A row of the articles table: an article, or an input that failed (its error record). */
export type ArticleTableRow = ArticleRecord | ErrorRecord

const article = (row: ArticleTableRow) => (row.type === 'article' ? row : undefined)

/**
 * The articles table: one row per input. An input that could not be
 * processed is a row too, with its `error_code` and `error_message` and
 * nulls elsewhere, so a table holds every input as JSON Lines does.
 */
export const articleColumns: ReadonlyArray<Column<ArticleTableRow>> = [
  {name: 'id', type: 'STRING', cell: (row) => row.id},
  {name: 'lang', type: 'STRING', cell: (row) => article(row)?.lang ?? null},
  {name: 'script', type: 'STRING', cell: (row) => article(row)?.script ?? null},
  {name: 'lang_confidence', type: 'STRING', cell: (row) => article(row)?.langConfidence ?? null},
  {name: 'published_at', type: 'DATE', cell: (row) => calendarDay(article(row)?.publishedAt)},
  {name: 'title', type: 'STRING', cell: (row) => article(row)?.title ?? null},
  {name: 'text', type: 'STRING', cell: (row) => article(row)?.text ?? null},
  {name: 'fact_count', type: 'INT32', cell: (row) => article(row)?.facts.length ?? null},
  {name: 'check_count', type: 'INT32', cell: (row) => article(row)?.checks.length ?? null},
  // The input's own fields (url, source, …) as a JSON object: DuckDB's `meta->>'url'`, PostgreSQL's `meta::json->>'url'`.
  {name: 'meta', type: 'STRING', cell: (row) => (article(row)?.meta === undefined ? null : JSON.stringify(article(row)!.meta))},
  {name: 'error_code', type: 'STRING', cell: (row) => (row.type === 'error' ? row.error.code : null)},
  {name: 'error_message', type: 'STRING', cell: (row) => (row.type === 'error' ? row.error.message : null)}
]
