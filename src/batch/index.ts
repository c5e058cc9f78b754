import {availableParallelism} from 'node:os'
import {createNewsfacts, type ArticleInput, type Processed} from '../pipeline/index.js'
import {resolveOptions, type Options} from '../pipeline/options.js'
import {errorRecord} from '../report/record.js'
import type {ErrorRecord} from '../types.js'
import {Pool} from './pool.js'
import {windowed} from './window.js'

export interface BatchOptions extends Options {
  /** Worker threads; 1 runs in this thread (default: number of cores; at most {@link maxJobs}). */
  jobs?: number
  /** Emit records as they finish rather than in input order. */
  unordered?: boolean
  /**
   * Milliseconds an article may take before it is stopped and gets a
   * `timeout` error record (default 60 000; 0 for none). Needs worker
   * threads: with `jobs: 1` nothing can stop an article.
   */
  timeout?: number
}

export const DEFAULT_TIMEOUT = 60_000

/**
 * The most worker threads a run starts: twice the cores. Each worker loads
 * its own dictionaries (about 30 MB), so more only costs memory (64 workers
 * took 1.9 GB) without going faster.
 */
export function maxJobs(): number {
  return availableParallelism() * 2
}

type Item = ArticleInput | ErrorRecord

/** Results without the vfile: what crosses a thread boundary. */
export type BatchResult = Omit<Processed, 'file'>

/** Articles admitted per worker: enough that one slow article rarely stalls the others in ordered output. */
const windowPerJob = 16
/** Input bytes admitted at once across the window (a single larger article is still admitted alone). */
const windowBytes = 32 * 1024 * 1024

/**
 * Process a stream of inputs and yield exactly one result per input: the
 * article's record, or an error record naming it. Items that are already
 * error records (inputs the reader could not read) pass through in place.
 * At most a bounded window of articles is in flight, so memory stays flat
 * however long the stream is, and a slow consumer slows the reading.
 *
 * Throws only if the worker threads cannot start, or rethrows (after every
 * result before it) what the input iterable threw.
 */
export async function* processBatch(inputs: AsyncIterable<Item> | Iterable<Item>, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
  const {jobs: requested, unordered, timeout = DEFAULT_TIMEOUT, ...pipeline} = options
  const jobs = Math.min(maxJobs(), Math.max(1, Math.floor(requested ?? availableParallelism())))
  if (jobs === 1) {
    const newsfacts = createNewsfacts(pipeline)
    for await (const item of inputs) {
      yield isError(item) ? {record: item, source: ''} : strip(newsfacts.processSync(item))
    }
    return
  }
  // Bad options fail here, not once in every worker.
  resolveOptions(pipeline)
  const pool = new Pool<ArticleInput, BatchResult>({
    script: new URL('worker.js', import.meta.url),
    size: jobs,
    workerData: {options: pipeline},
    ...(timeout > 0 ? {timeout} : {}),
    crashed: (input, failure) => ({record: errorRecord(input.id, failure.kind === 'timeout' ? 'timeout' : 'internal', failure.message), source: ''})
  })
  try {
    yield* windowed(inputs, (item): BatchResult | Promise<BatchResult> => (isError(item) ? {record: item, source: ''} : pool.run(item)), {
      size: jobs * windowPerJob,
      maxWeight: windowBytes,
      weight: (item) => (isError(item) ? 0 : typeof item.value === 'string' ? item.value.length * 2 : item.value.byteLength),
      unordered: unordered === true
    })
  } finally {
    await pool.close()
  }
}

function isError(item: Item): item is ErrorRecord {
  return 'type' in item && item.type === 'error'
}

function strip(processed: Processed): BatchResult {
  return {record: processed.record, source: processed.source}
}
