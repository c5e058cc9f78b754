import {setImmediate as yieldToEvents} from 'node:timers/promises'
import {crashRecord, type BatchResult} from '../batch/index.js'
import {Pool} from '../batch/pool.js'
import {createNewsfacts, type ArticleInput, type Newsfacts} from '../pipeline/index.js'
import type {Options} from '../pipeline/options.js'
import type {JobRecords} from './results.js'

/**
 * Runs the articles of a worker's jobs: over worker threads that stay up from
 * job to job (dictionaries load once per thread, not once per job), one pool
 * per set of options the jobs bring (normally one), or in this thread with
 * `jobs: 0`.
 */
export class JobRunner {
  private readonly jobs: number
  private readonly pools = new Map<string, Pool<ArticleInput, BatchResult>>()
  private readonly pipelines = new Map<string, Newsfacts>()

  constructor(jobs: number) {
    this.jobs = jobs
  }

  /** One record per article, in order. Rejects only if the worker threads cannot start. */
  async run(articles: readonly ArticleInput[], options: Options, timeout: number): Promise<JobRecords> {
    const key = JSON.stringify([options, timeout])
    if (this.jobs === 0) return this.inThread(articles, key, options)
    let pool = this.pools.get(key)
    if (!pool) {
      pool = new Pool<ArticleInput, BatchResult>({
        script: new URL('../batch/worker.js', import.meta.url),
        size: this.jobs,
        workerData: {options},
        ...(timeout > 0 ? {timeout} : {}),
        crashed: crashRecord
      })
      this.pools.set(key, pool)
    }
    const results = await Promise.all(articles.map((article) => pool.run(article)))
    return results.map((result) => result.record)
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.close()))
    this.pools.clear()
  }

  private async inThread(articles: readonly ArticleInput[], key: string, options: Options): Promise<JobRecords> {
    let newsfacts = this.pipelines.get(key)
    if (!newsfacts) {
      newsfacts = createNewsfacts(options)
      this.pipelines.set(key, newsfacts)
    }
    const records: JobRecords = []
    for (const article of articles) {
      records.push(newsfacts.processSync(article).record)
      // Let BullMQ renew the job's lock between articles: a job held past its lock is handed to another worker.
      await yieldToEvents()
    }
    return records
  }
}
