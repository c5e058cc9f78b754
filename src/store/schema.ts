/**
 * The fact store's tables. `articles`, `facts` and `checks` are the Parquet
 * and CSV outputs' tables, from the same column lists (`articles` with the
 * store's own columns after them); `metrics` holds what the cross-article
 * check compares, computed by the cross-check's own code when an article
 * is stored.
 */
import {statedKey, type Metric} from '../check/cross-check.js'
import type {Place} from '../check/place.js'
import {factColumns, type CellType, type Column} from '../report/fact-columns.js'
import type {FactRecord} from '../report/facts.js'
import {articleColumns, checkColumns, type CheckRow} from '../report/tables/index.js'
import type {ArticleRecord} from '../types.js'

export type {CheckRow} from '../report/tables/index.js'

export interface ArticleRow {
  record: ArticleRecord
  /** SHA-256 of the record's JSON: the same id with the same digest is already stored. */
  digest: string
  /** What the article reports on; null when it names no place (its facts are not cross-checked). */
  place: Place | null
  /** The order articles were stored in, which orders conflicts as a run's would be; given by the store. */
  seq: number
}

export interface MetricRow {
  article: string
  /** Position among the article's metrics: the cross-check compares them in this order. */
  ordinal: number
  metric: Metric
}

export interface Table<Row> {
  name: string
  columns: ReadonlyArray<Column<Row>>
  /** The primary key's columns. */
  key: readonly string[]
}

const articles: Table<ArticleRow> = {
  name: 'articles',
  key: ['id'],
  columns: [
    ...articleColumns.map((column): Column<ArticleRow> => ({...column, cell: ({record}) => column.cell(record)})),
    {name: 'place_script', type: 'STRING', cell: ({place}) => place?.script ?? null},
    {name: 'place_kind', type: 'STRING', cell: ({place}) => place?.kind ?? null},
    {name: 'place_name', type: 'STRING', cell: ({place}) => place?.name ?? null},
    {name: 'digest', type: 'STRING', cell: ({digest}) => digest},
    {name: 'seq', type: 'INT64', cell: ({seq}) => seq}
  ]
}

const facts: Table<FactRecord> = {name: 'facts', key: ['article', 'id'], columns: factColumns}

const checks: Table<CheckRow> = {name: 'checks', key: ['article', 'ordinal'], columns: checkColumns}

const metrics: Table<MetricRow> = {
  name: 'metrics',
  key: ['article', 'ordinal'],
  columns: [
    {name: 'article', type: 'STRING', cell: ({article}) => article},
    {name: 'fact', type: 'STRING', cell: ({metric}) => metric.entry.fact.id},
    {name: 'ordinal', type: 'INT32', cell: ({ordinal}) => ordinal},
    // The metric key's parts, '' where absent, as the cross-check joins them.
    {name: 'kind', type: 'STRING', cell: ({metric}) => metric.metric.kind},
    {name: 'unit', type: 'STRING', cell: ({metric}) => metric.metric.unit},
    {name: 'subject', type: 'STRING', cell: ({metric}) => metric.metric.subject},
    {name: 'scope', type: 'STRING', cell: ({metric}) => metric.metric.scope},
    {name: 'period', type: 'STRING', cell: ({metric}) => metric.metric.period},
    // The interval of true values the stated value allows (±Infinity when open-ended).
    {name: 'low', type: 'DOUBLE', cell: ({metric}) => metric.entry.range.low},
    {name: 'high', type: 'DOUBLE', cell: ({metric}) => metric.entry.range.high},
    // What the cross-check's alike groups compare: interval and approximation.
    {name: 'stated', type: 'STRING', cell: ({metric}) => statedKey(metric.entry)}
  ]
}

export const tables = {articles, facts, checks, metrics} as const

export type Dialect = 'duckdb' | 'postgres'

/** The sequence that numbers stored articles. */
export const articleSequence = 'newsfacts_article_seq'

const sqlTypes: Record<CellType, string> = {STRING: 'text', DOUBLE: 'double precision', INT32: 'integer', INT64: 'bigint', DATE: 'date'}

/** Column names as SQL: quoted all the same, so a name never has to be checked against either database's keywords. */
export function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

export function sqlType(type: CellType): string {
  return sqlTypes[type]
}

/**
 * Statements that create the tables when they are missing. DuckDB gets no
 * keys on the child tables: it holds one writer, which replaces an article's
 * rows as a whole, and an index there would slow every append for nothing.
 */
export function createStatements(dialect: Dialect): string[] {
  const statements = [`CREATE SEQUENCE IF NOT EXISTS ${articleSequence}`]
  for (const table of Object.values(tables) as Array<Table<unknown>>) {
    const columns = table.columns.map((column) => `${quote(column.name)} ${sqlType(column.type)}`)
    if (dialect === 'postgres' || table.name === 'articles') columns.push(`PRIMARY KEY (${table.key.map(quote).join(', ')})`)
    statements.push(`CREATE TABLE IF NOT EXISTS ${table.name} (${columns.join(', ')})`)
  }
  return statements
}

/**
 * A column only stores of this table layout have: a store made by a
 * newsfacts before the tables' columns were renamed (`start`, `end`,
 * `publishedAt`) lacks it, and writing to it would fail on every batch.
 */
export const layoutColumn = {table: 'facts', column: 'span_start'} as const

export function staleLayoutMessage(name: string): string {
  return `${name} was made by an earlier newsfacts, whose tables had other column names (\`start\`, \`end\`, \`publishedAt\`): store into a new one, or re-run its inputs into it`
}
