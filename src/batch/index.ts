import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {createNewsfacts, type ArticleInput, type Processed} from '../pipeline/index.js'
import type {Options} from '../pipeline/options.js'
import {errorRecord} from '../report/record.js'
import type {ErrorRecord} from '../types.js'

export interface BatchOptions extends Options {
  /** Worker threads; 1 runs in this thread (default: number of cores). */
  jobs?: number
  /** Emit records as they finish rather than in input order. */
  unordered?: boolean
}

type Item = ArticleInput | ErrorRecord

/** Results without the vfile: what crosses a thread boundary. */
export type BatchResult = Omit<Processed, 'file'>

/**
 * Process a stream of inputs and yield exactly one result per input.
 * At most a bounded window of articles is in flight, so memory stays flat
 * however long the stream is, and a slow consumer slows the reading.
 */
export async function* processBatch(inputs: AsyncIterable<Item> | Iterable<Item>, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()))
  if (jobs === 1) {
    const newsfacts = createNewsfacts(options)
    for await (const item of inputs) {
      yield isError(item) ? {record: item, source: ''} : strip(newsfacts.processSync(item))
    }
    return
  }
  yield* parallel(inputs, jobs, options)
}

async function* parallel(inputs: AsyncIterable<Item> | Iterable<Item>, jobs: number, options: BatchOptions): AsyncGenerator<BatchResult> {
  const pool = new Pool(jobs, pipelineOptions(options))
  const window = jobs * 8
  const done = new Map<number, BatchResult>()
  let wake: (() => void) | undefined
  let inFlight = 0
  let nextSeq = 0
  let nextOut = 0
  let exhausted = false
  const iterator = (Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]()) as
    | AsyncIterator<Item>
    | Iterator<Item>

  const settle = (seq: number, result: BatchResult) => {
    done.set(seq, result)
    inFlight--
    wake?.()
  }

  try {
    while (true) {
      while (!exhausted && inFlight + done.size < window) {
        const next = await iterator.next()
        if (next.done) {
          exhausted = true
          break
        }
        const seq = nextSeq++
        if (isError(next.value)) {
          done.set(seq, {record: next.value, source: ''})
        } else {
          inFlight++
          const input = next.value
          pool.run(seq, input).then(
            (result) => settle(seq, result),
            (error: unknown) =>
              settle(seq, {record: errorRecord(input.id, 'internal', `Worker failed: ${String(error)}`), source: ''})
          )
        }
      }

      let emitted = false
      if (options.unordered) {
        for (const [seq, result] of done) {
          done.delete(seq)
          emitted = true
          yield result
        }
      } else {
        let result
        while ((result = done.get(nextOut)) !== undefined) {
          done.delete(nextOut++)
          emitted = true
          yield result
        }
      }
      if (exhausted && inFlight === 0 && done.size === 0) return
      if (!emitted || (exhausted && inFlight > 0)) {
        await new Promise<void>((resolve) => {
          wake = resolve
          if (done.size > 0 && (options.unordered || done.has(nextOut))) resolve()
        })
        wake = undefined
      }
    }
  } finally {
    await pool.close()
  }
}

interface Pending {
  resolve: (result: BatchResult) => void
  reject: (error: unknown) => void
  input: ArticleInput
}

/** Worker threads fed round-robin by load; a worker that dies fails only its own articles and is replaced. */
class Pool {
  private readonly slots: Array<{worker: Worker; pending: Map<number, Pending>}> = []
  private readonly options: Options
  private closing = false

  constructor(size: number, options: Options) {
    this.options = options
    for (let i = 0; i < size; i++) this.slots.push(this.spawn())
  }

  run(seq: number, input: ArticleInput): Promise<BatchResult> {
    let slot = this.slots[0]!
    for (const candidate of this.slots) if (candidate.pending.size < slot.pending.size) slot = candidate
    const chosen = slot
    return new Promise((resolve, reject) => {
      chosen.pending.set(seq, {resolve, reject, input})
      chosen.worker.postMessage({seq, input})
    })
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  private spawn() {
    const worker = new Worker(new URL('worker.js', import.meta.url), {workerData: {options: this.options}})
    const slot = {worker, pending: new Map<number, Pending>()}
    worker.on('message', (message: {seq: number} & BatchResult) => {
      const pending = slot.pending.get(message.seq)
      slot.pending.delete(message.seq)
      pending?.resolve({record: message.record, source: message.source})
    })
    const fail = (reason: string) => {
      const index = this.slots.indexOf(slot)
      if (index === -1 || this.closing) return
      for (const [, pending] of slot.pending) pending.resolve({record: errorRecord(pending.input.id, 'internal', reason), source: ''})
      slot.pending.clear()
      this.slots[index] = this.spawn()
    }
    worker.on('error', (error) => fail(`Worker crashed while processing this article: ${error.message}`))
    worker.on('exit', (code) => {
      if (code !== 0) fail(`Worker exited with code ${code} while processing this article`)
    })
    return slot
  }
}

function pipelineOptions(options: BatchOptions): Options {
  const {jobs: _jobs, unordered: _unordered, ...rest} = options
  return rest
}

function isError(item: Item): item is ErrorRecord {
  return 'type' in item && item.type === 'error'
}

function strip(processed: Processed): BatchResult {
  return {record: processed.record, source: processed.source}
}
