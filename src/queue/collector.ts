import {Queue, QueueEvents, type JobsOptions} from 'bullmq'
import type {Redis} from 'ioredis'
import {resolveBatchOptions, type BatchOptions, type BatchResult} from '../batch/index.js'
import {windowed} from '../batch/window.js'
import type {Options} from '../pipeline/options.js'
import {errorRecord} from '../report/record.js'
import {connectionOptions, describeAddress, KEY_PREFIX, type QueueAddress} from './address.js'
import {chunked, isError, type Chunk, type Item} from './chunks.js'
import {Completions, type Outcome} from './completions.js'
import {checkRedis, createClient} from './connect.js'
import {QueueError} from './errors.js'
import {jobData, jobIdOf, type JobData} from './job-data.js'
import {readRecords, type JobRecords} from './results.js'

export interface QueueRunOptions extends Omit<BatchOptions, 'jobs'> {
  /**
   * Inputs already done (`--resume`), as the very items given: their
   * records are left out, and a job of nothing else is not queued. (Items,
   * not ids: an id may repeat, and only some of its inputs be done.)
   */
  skip?: Skip
  /** Called for each input left out because it is in `skip`. */
  passed?: () => void
}

/** The items to leave out; a `WeakSet` holds them without keeping them alive. */
export interface Skip {
  has(item: Item): boolean
}

export interface Tuning {
  /** Most articles in a job. */
  articlesPerJob: number
  /** A job is closed at this many input bytes. */
  bytesPerJob: number
  /** Most jobs queued and not yet collected: enough to keep every worker of a few machines busy. */
  windowJobs: number
  /** Most input bytes in those jobs (the collector keeps them, to queue a job again that Redis lost). */
  windowBytes: number
  /** Tries of a job before its articles get error records. */
  attempts: number
  /** Milliseconds before the first retry; each next waits twice as long. */
  backoff: number
  /** Milliseconds between asking the queue directly about the jobs waited for. */
  sweepEvery: number
  /** Seconds a finished job nobody collects (its collector was killed and not resumed) is kept. */
  keepFor: number
}

/**
 * 64 articles (or 1 MB) a job: on 3 KB news articles a job is about 0.1 s of
 * work for one thread, so the queue's own cost per job (about 2 ms of Redis
 * round trips) is small, while a job lost with a killed worker, or waited for
 * at the head of the ordered output, is still short.
 */
export const defaultTuning: Tuning = {
  articlesPerJob: 64,
  bytesPerJob: 1 << 20,
  windowJobs: 128,
  windowBytes: 64 << 20,
  attempts: 3,
  backoff: 1000,
  sweepEvery: 5000,
  keepFor: 24 * 3600
}

interface Submitted {
  chunk: Chunk
  /** Absent when every article of the chunk was done already. */
  jobId?: string
  outcome?: Outcome
}

/**
 * The `extract --queue` side: queues the inputs as jobs for `newsfacts
 * worker`s and yields their records as `processBatch` does, one per input,
 * in input order unless `unordered`.
 */
export class Collector {
  readonly address: QueueAddress
  private readonly tuning: Tuning
  private readonly queue: Queue
  private readonly events: QueueEvents
  private readonly client: Redis
  private readonly completions: Completions
  private counts: string | undefined
  private countsAsked = 0

  private constructor(address: QueueAddress, tuning: Tuning) {
    this.address = address
    this.tuning = tuning
    const connection = connectionOptions(address)
    this.queue = new Queue(address.name, {connection, prefix: KEY_PREFIX})
    this.events = new QueueEvents(address.name, {connection, prefix: KEY_PREFIX})
    this.client = createClient(address)
    // BullMQ reports connection trouble as events; its connections retry, and a Redis that stays away shows as a stalled run.
    this.queue.on('error', () => {})
    this.events.on('error', () => {})
    this.completions = new Completions(this.queue, this.events, tuning.sweepEvery)
  }

  /** Throws a {@link QueueError} if Redis does not answer. */
  static async open(address: QueueAddress, tuning: Partial<Tuning> = {}): Promise<Collector> {
    await checkRedis(address)
    const collector = new Collector(address, {...defaultTuning, ...tuning})
    await Promise.all([collector.queue.waitUntilReady(), collector.events.waitUntilReady()])
    return collector
  }

  /**
   * One result per input, as `processBatch` yields (with an empty `source`:
   * the records are what crosses Redis). Options are checked before any
   * input is read; `jobs` has no place here, workers choose their own.
   */
  async *process(inputs: AsyncIterable<Item> | Iterable<Item>, options: QueueRunOptions = {}): AsyncGenerator<BatchResult> {
    const {skip = new WeakSet<Item>(), passed, ...batch} = options
    const {unordered, timeout, pipeline} = resolveBatchOptions(batch)
    const chunks = passing(chunked(inputs, {articles: this.tuning.articlesPerJob, bytes: this.tuning.bytesPerJob}), skip, passed)
    const submitted = windowed(chunks, (chunk) => this.submit(chunk, skip, pipeline, timeout), {
      size: this.tuning.windowJobs,
      maxWeight: this.tuning.windowBytes,
      weight: (chunk) => chunk.bytes,
      unordered
    })
    for await (const job of submitted) {
      // Records are fetched only now, in output order: the jobs done ahead of their turn wait in Redis, not here.
      for (const record of await this.lostRedis(this.take(job, pipeline, timeout, skip))) yield {record, source: ''}
    }
  }

  /** The queue's counts for a progress line, asked at most once a second; undefined until known. */
  status(): string | undefined {
    const now = Date.now()
    if (now - this.countsAsked >= 1000) {
      this.countsAsked = now
      Promise.all([this.queue.getJobCounts('waiting', 'active', 'delayed'), this.queue.getWorkersCount().catch(() => undefined)]).then(
        ([counts, workers]) => {
          const retrying = counts.delayed ? `, ${counts.delayed} retrying` : ''
          const working = workers === undefined ? '' : `, ${workers} ${workers === 1 ? 'worker' : 'workers'}`
          this.counts = `queue: ${counts.waiting} waiting, ${counts.active} active${retrying}${working}`
        },
        () => {
          this.counts = 'queue: Redis does not answer'
        }
      )
    }
    return this.counts
  }

  /** Worker processes on the queue now (undefined when Redis will not say: CLIENT LIST may be disabled). */
  async workers(): Promise<number | undefined> {
    return this.queue.getWorkersCount().catch(() => undefined)
  }

  async close(): Promise<void> {
    this.completions.close()
    await Promise.allSettled([this.events.close(), this.queue.close()])
    this.client.disconnect()
  }

  private async submit(chunk: Chunk, skip: Skip, pipeline: Options, timeout: number): Promise<Submitted> {
    if (chunk.articles.every((article) => skip.has(article))) return {chunk}
    const data = jobData(chunk.articles, pipeline, timeout)
    const jobId = jobIdOf(data)
    return {chunk, jobId, outcome: await this.enqueue(jobId, data)}
  }

  /** Queue the chunk's job (nothing is added if a job of that id is there) and wait for it to finish. */
  private async enqueue(jobId: string, data: JobData): Promise<Outcome> {
    const finished = this.completions.wait(jobId)
    const options: JobsOptions = {
      jobId,
      attempts: this.tuning.attempts,
      backoff: {type: 'exponential', delay: this.tuning.backoff},
      removeOnComplete: {age: this.tuning.keepFor},
      removeOnFail: {age: this.tuning.keepFor}
    }
    await this.lostRedis(this.queue.add('articles', data, options).then(() => this.completions.check(jobId)))
    return finished
  }

  /** A Redis command that failed (the connections retry, so Redis is gone for good) ends the run with a message, not a stack. */
  private async lostRedis<T>(command: Promise<T>): Promise<T> {
    try {
      return await command
    } catch (error) {
      if (error instanceof QueueError) throw error
      throw new QueueError(`Lost the queue at ${describeAddress(this.address)}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  /** The records of a submitted chunk, in input order; the job is removed from Redis once they are read. */
  private async take(job: Submitted, pipeline: Options, timeout: number, skip: Skip): Promise<JobRecords> {
    const {chunk, jobId} = job
    let outcome = job.outcome
    const key = jobId === undefined ? '' : this.queue.toKey(jobId)
    while (jobId !== undefined) {
      if (outcome === 'completed') {
        const records = await readRecords(this.client, key)
        if (records) {
          await this.queue.remove(jobId)
          return merge(chunk, records.length === chunk.articles.length ? records : lost(chunk, `the job gave ${records.length} records for ${chunk.articles.length} articles`), skip)
        }
      } else if (outcome === 'failed') {
        const [reason, attempts] = await this.client.hmget(key, 'failedReason', 'atm')
        if (reason !== null) {
          await this.queue.remove(jobId)
          return merge(chunk, lost(chunk, `its queue job failed ${attempts ?? '?'} ${attempts === '1' ? 'time' : 'times'}; the last time: ${reason}`), skip)
        }
      }
      // Gone from the queue (Redis lost it, or another collector of the same inputs took it): queue it again.
      outcome = await this.enqueue(jobId, jobData(chunk.articles, pipeline, timeout))
    }
    return merge(chunk, [], skip)
  }
}

/** Calls `passed` for each input left out as done, as the chunks are read (as a local run counts them). */
async function* passing(chunks: AsyncIterable<Chunk>, skip: Skip, passed: (() => void) | undefined): AsyncGenerator<Chunk> {
  for await (const chunk of chunks) {
    if (passed) for (const item of chunk.items) if (skip.has(item)) passed()
    yield chunk
  }
}

/** The chunk's records in input order, but for the inputs done already: its error records in place, each article's from the job. */
function merge(chunk: Chunk, records: JobRecords, skip: Skip): JobRecords {
  const merged: JobRecords = []
  let next = 0
  for (const item of chunk.items) {
    // Without records (every article done already), only the error records are left.
    const record = isError(item) ? item : records[next++]
    if (record && !skip.has(item)) merged.push(record)
  }
  return merged
}

/** Error records for a job's articles, each naming its input. */
function lost(chunk: Chunk, why: string): JobRecords {
  return chunk.articles.map((article) => errorRecord(article.id, 'internal', `\`${article.id}\` was not processed: ${why}`))
}
