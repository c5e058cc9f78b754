import type {ArticleRecord} from '../types.js'
import {toRows, type ArticleRows} from './rows.js'
import type {FactStore, WriteResult} from './store.js'

export interface BatchLimits {
  /** Articles held before a batch is written. */
  articles?: number
  /** Facts held before a batch is written: a batch's memory is bounded by facts more than by articles. */
  facts?: number
}

/**
 * Collects articles into batches and writes each in one transaction, so a
 * run costs a few statements per thousand articles. What a batch had not
 * written when a run stopped is written again by the next run: storing is
 * idempotent.
 */
export class StoreWriter {
  readonly store: FactStore
  readonly totals: WriteResult = {written: 0, unchanged: 0}
  private readonly limits: Required<BatchLimits>
  private batch: ArticleRows[] = []
  private facts = 0

  constructor(store: FactStore, {articles = 1000, facts = 20_000}: BatchLimits = {}) {
    this.store = store
    this.limits = {articles, facts}
  }

  async add(record: ArticleRecord): Promise<void> {
    const rows = toRows(record)
    this.batch.push(rows)
    this.facts += rows.facts.length
    if (this.batch.length >= this.limits.articles || this.facts >= this.limits.facts) await this.flush()
  }

  /** Write what is held. */
  async flush(): Promise<void> {
    if (this.batch.length === 0) return
    const batch = this.batch
    this.batch = []
    this.facts = 0
    const result = await this.store.write(batch)
    this.totals.written += result.written
    this.totals.unchanged += result.unchanged
  }
}
