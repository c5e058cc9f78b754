import {availableParallelism} from 'node:os'
import {articleShape, assertArticleInput, createNewsfacts, type ArticleInput, type Processed} from '../pipeline/index.js'
import {checkKeys, describeValue, optionKeys, resolveOptions, type Options, type ResolvedOptions} from '../pipeline/options.js'
import {errorRecord} from '../report/record.js'
import type {ErrorRecord} from '../types.js'
import {Pool, type Failure} from './pool.js'
import {windowed} from './window.js'

export interface BatchOptions extends Options {
  /**
   * Worker threads (default: number of cores; at most {@link maxJobs}). 0
   * runs in this thread: nothing then isolates a crash or stops a slow article.
   */
  jobs?: number
  /** Emit records as they finish rather than in input order. */
  unordered?: boolean
  /**
   * Milliseconds an article may take before it is stopped and gets a
   * `timeout` error record (default 60 000; 0 for none). Needs a worker:
   * with `jobs: 0` nothing can stop an article.
   */
  timeout?: number
}

export const DEFAULT_TIMEOUT = 60_000

const batchKeys = [...optionKeys, 'jobs', 'unordered', 'timeout'] as const satisfies ReadonlyArray<keyof BatchOptions>

interface ResolvedBatch {
  jobs: number
  unordered: boolean
  timeout: number
  /** The pipeline's own options, as given: workers resolve them again. */
  pipeline: Options
  resolved: ResolvedOptions
}

/**
 * Validate batch options (the pipeline's and the batch's own) and fill in
 * defaults; throws a `TypeError` naming the first bad option, before any
 * input is read.
 */
export function resolveBatchOptions(options: BatchOptions = {}): ResolvedBatch {
  checkKeys(options, batchKeys, 'option')
  const {jobs: requested, unordered = false, timeout = DEFAULT_TIMEOUT, ...pipeline} = options
  if (requested !== undefined && (typeof requested !== 'number' || !(requested >= 0))) {
    throw new TypeError(`\`jobs\` must be a number of worker threads (0 for this thread), not ${describeValue(requested)}`)
  }
  if (typeof unordered !== 'boolean') throw new TypeError(`\`unordered\` must be a boolean, not ${describeValue(unordered)}`)
  if (typeof timeout !== 'number' || !(timeout >= 0)) {
    throw new TypeError(`\`timeout\` must be a number of milliseconds (0 for none), not ${describeValue(timeout)}`)
  }
  // One job is a worker too, so a one-core machine still survives an article that crashes or hangs.
  const jobs = Math.min(maxJobs(), Math.max(0, Math.floor(requested ?? availableParallelism())))
  return {jobs, unordered, timeout, pipeline, resolved: resolveOptions(pipeline)}
}

/**
 * The most worker threads a run starts: twice the cores. Each worker loads
 * its own dictionaries and code (about 70 MB resident, measured by
 * scripts/worker-memory.ts), so more only costs memory without going faster.
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
 * Throws a `TypeError` for bad options (before reading any input) and for
 * an item that is neither an {@link ArticleInput} nor an error record (a
 * programmer error, after every result before it); otherwise only if the
 * worker threads cannot start, or rethrows (after every result before it)
 * what the input iterable threw.
 */
export async function* processBatch(inputs: AsyncIterable<Item> | Iterable<Item>, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
  // Bad options fail here, not once in every worker.
  const {jobs, unordered, timeout, pipeline} = resolveBatchOptions(options)
  if (jobs === 0) {
    const newsfacts = createNewsfacts(pipeline)
    for await (const item of checked(inputs)) {
      yield isError(item) ? {record: item, source: ''} : strip(newsfacts.processSync(item))
    }
    return
  }
  const pool = new Pool<ArticleInput, BatchResult>({
    script: new URL('worker.js', import.meta.url),
    size: jobs,
    workerData: {options: pipeline},
    ...(timeout > 0 ? {timeout} : {}),
    crashed: crashRecord
  })
  try {
    yield* windowed(checked(inputs), (item): BatchResult | Promise<BatchResult> => (isError(item) ? {record: item, source: ''} : pool.run(item)), {
      size: jobs * windowPerJob,
      maxWeight: windowBytes,
      weight: (item) => (isError(item) ? 0 : typeof item.value === 'string' ? item.value.length * 2 : item.value.byteLength),
      unordered
    })
  } finally {
    await pool.close()
  }
}

/** The result for an article whose worker crashed or was stopped (timeout) while processing it. */
export function crashRecord(input: ArticleInput, failure: Failure): BatchResult {
  return {record: errorRecord(input.id, failure.kind === 'timeout' ? 'timeout' : 'internal', failure.message), source: ''}
}

function isError(item: Item): item is ErrorRecord {
  return 'type' in item && item.type === 'error'
}

/** The items, each checked before it crosses to a worker, where a bad one would surface as a confusing crash. */
async function* checked(inputs: AsyncIterable<Item> | Iterable<Item>): AsyncGenerator<Item> {
  for await (const item of inputs) {
    if (!(typeof item === 'object' && item !== null && isError(item))) assertArticleInput(item, `processBatch expects articles ${articleShape} or error records`)
    yield item
  }
}

function strip(processed: Processed): BatchResult {
  return {record: processed.record, source: processed.source}
}
