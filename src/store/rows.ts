import {createHash} from 'node:crypto'
import {keptMetrics} from '../check/cross-check.js'
import {placeOf} from '../check/place.js'
import {toFactRecords, type FactRecord} from '../report/facts.js'
import type {ArticleRecord} from '../types.js'
import type {ArticleRow, CheckRow, MetricRow} from './schema.js'

/** An article as rows of every table; its `seq` is given when it is written. */
export interface ArticleRows {
  article: ArticleRow
  facts: FactRecord[]
  checks: CheckRow[]
  metrics: MetricRow[]
}

/**
 * The rows an article record becomes. Metrics are kept only for an article
 * that names a place, as the in-memory cross-check keeps them, so the
 * store compares exactly what a run would.
 */
export function toRows(record: ArticleRecord): ArticleRows {
  const place = placeOf(record.text, record.title)
  const digest = createHash('sha256').update(JSON.stringify(record)).digest('hex')
  return {
    article: {record, digest, place, seq: 0},
    facts: toFactRecords(record),
    checks: record.checks.map((check, ordinal) => ({article: record.id, ordinal, check})),
    metrics: place ? keptMetrics(record).map((metric, ordinal) => ({article: record.id, ordinal, metric})) : []
  }
}

/** One row set per id, the last given: stored one after the other, the last would stay. */
export function lastOfEachId(batch: readonly ArticleRows[]): ArticleRows[] {
  const byId = new Map<string, ArticleRows>()
  for (const rows of batch) {
    byId.delete(rows.article.record.id)
    byId.set(rows.article.record.id, rows)
  }
  return [...byId.values()]
}
