import {hostname} from 'node:os'
import {Worker, type Job} from 'bullmq'
import {connectionOptions, KEY_PREFIX, type QueueAddress} from './address.js'
import {checkRedis, createClient} from './connect.js'
import {readJobData} from './job-data.js'
import {storeRecords} from './results.js'
import {JobRunner} from './runner.js'

export interface QueueWorkerOptions {
  /** Worker threads (0: this thread). The worker takes as many jobs at once, so that no thread waits between jobs. */
  jobs: number
  /**
   * Milliseconds after which a job whose worker stopped renewing its lock
   * (killed, or its machine gone) goes back to the queue for another worker
   * (BullMQ's lock duration and stalled-check interval; default 30 000).
   * Every worker of a queue should be given the same.
   */
  stalledAfter?: number
  /** Stops the worker: it finishes the jobs it holds, then resolves. */
  signal: AbortSignal
  /** Stored on the jobs it processes (default `host:pid`). */
  name?: string
  /** Told once Redis has answered and jobs are being taken. */
  onReady?: () => void
  /** Told of each job done, for a count. */
  onJob?: (articles: number) => void
  /** Told of connection trouble (the connections retry by themselves). */
  onTrouble?: (message: string) => void
}

export interface QueueWorkerSummary {
  jobs: number
  articles: number
}

export const DEFAULT_STALLED_AFTER = 30_000

/**
 * Take jobs from the queue and process them until `signal` aborts. Throws a
 * `QueueError` if Redis does not answer at the start, and rethrows the
 * error if the worker threads cannot start (after handing back the jobs).
 */
export async function runWorker(address: QueueAddress, options: QueueWorkerOptions): Promise<QueueWorkerSummary> {
  await checkRedis(address)
  const runner = new JobRunner(options.jobs)
  const client = createClient(address)
  const summary: QueueWorkerSummary = {jobs: 0, articles: 0}
  const stalledAfter = options.stalledAfter ?? DEFAULT_STALLED_AFTER
  let fatal: {error: unknown} | undefined
  let stop: () => void = () => {}
  const stopped = new Promise<void>((resolve) => {
    stop = resolve
    if (options.signal.aborted) resolve()
    options.signal.addEventListener('abort', () => resolve(), {once: true})
  })

  const processJob = async (job: Job, token?: string) => {
    const {articles, options: pipeline, timeout} = readJobData(job.data)
    let records
    try {
      records = await runner.run(articles, pipeline, timeout)
    } catch (error) {
      // Threads that cannot start fail every job: stop taking them, and let the job go to a worker that can.
      fatal ??= {error}
      stop()
      throw error
    }
    if (!(await storeRecords(client, worker.toKey(job.id!), token!, records))) {
      throw new Error('This worker lost the job to another (it held it past --stalled-after); the other one stores its records')
    }
    summary.jobs++
    summary.articles += records.length
    options.onJob?.(records.length)
    return {articles: records.length}
  }

  const worker = new Worker(address.name, processJob, {
    connection: connectionOptions(address),
    prefix: KEY_PREFIX,
    name: options.name ?? `${hostname()}:${process.pid}`,
    concurrency: Math.max(1, options.jobs),
    lockDuration: stalledAfter,
    stalledInterval: stalledAfter,
    // A job whose worker dies twice over is likely what kills them: its articles get error records.
    maxStalledCount: 2,
    autorun: false
  })
  worker.on('error', (error) => options.onTrouble?.(error.message))
  const running = worker.run()
  options.onReady?.()
  try {
    await stopped
    // Without force, close waits for the jobs in hand to finish.
    await worker.close()
    await running
  } finally {
    await runner.close()
    client.disconnect()
  }
  if (fatal) throw fatal.error
  return summary
}
