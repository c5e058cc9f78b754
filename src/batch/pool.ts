import {Worker, type ResourceLimits} from 'node:worker_threads'

/**
 * What a pool worker script speaks: it posts `{ready: true}` once it has
 * loaded, then answers every `{seq, task}` with `{seq, result}`, in order.
 */
export type ToWorker<T> = {seq: number; task: T}
export type FromWorker<R> = {ready: true} | {seq: number; result: R}

export interface PoolOptions<T, R> {
  /** The worker script (compiled JavaScript). */
  script: URL
  /** Most workers; they start on demand, so a short run starts fewer. */
  size: number
  workerData?: unknown
  /** Heap limits per worker; a worker over them fails its task like any crash. */
  resourceLimits?: ResourceLimits
  /**
   * Tasks handed to a worker at once: one running and the next queued, so it
   * never waits for the main thread, while the rest wait here and go to
   * whichever worker frees up first.
   */
  depth?: number
  /**
   * Longest a task may run, in milliseconds, before its worker is stopped and
   * replaced (none when absent): one input that never ends must not stall a
   * run whose output is in input order.
   */
  timeout?: number
  /** The result for a task whose worker crashed, or was stopped, while running it. */
  crashed: (task: T, failure: Failure) => R
}

/** Why a task got no result: its worker crashed, or ran past the timeout. */
export interface Failure {
  kind: 'crash' | 'timeout'
  message: string
}

interface Job<T, R> {
  seq: number
  task: T
  resolve: (result: R) => void
  reject: (error: unknown) => void
}

interface Slot<T, R> {
  worker: Worker
  /** Jobs sent to this worker, in the order it runs them. */
  sent: Map<number, Job<T, R>>
  ready: boolean
  dead: boolean
  /** Stops the worker if the task it is running takes too long. */
  timer?: NodeJS.Timeout
  timedOut: boolean
}

/**
 * Worker threads fed from one queue. A worker that crashes (throws, runs out
 * of memory, exits) or runs past the timeout fails only the task it was
 * running — the oldest one it was sent, as it runs them in order — and its
 * other tasks go to the replacement. A worker is sent tasks only once it says it has loaded, so
 * one that dies before that is a broken install, not a bad input: every
 * task is rejected with that error.
 */
export class Pool<T, R> {
  private readonly options: PoolOptions<T, R>
  private readonly depth: number
  private readonly queue: Array<Job<T, R>> = []
  private readonly slots: Array<Slot<T, R>> = []
  private nextSeq = 0
  private closing = false
  private broken: Error | undefined

  constructor(options: PoolOptions<T, R>) {
    this.options = options
    this.depth = Math.max(1, options.depth ?? 2)
  }

  run(task: T): Promise<R> {
    if (this.broken) return Promise.reject(this.broken)
    return new Promise<R>((resolve, reject) => {
      this.queue.push({seq: this.nextSeq++, task, resolve, reject})
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
    this.slots.length = 0
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closing && !this.broken) {
      let slot: Slot<T, R> | undefined
      for (const candidate of this.slots) if (candidate.ready && (!slot || candidate.sent.size < slot.sent.size)) slot = candidate
      // Start another worker rather than queue behind a busy one; it takes tasks once it is ready.
      if ((!slot || slot.sent.size > 0) && this.slots.length < this.options.size) this.spawn()
      if (!slot || slot.sent.size >= this.depth) return
      const job = this.queue.shift()!
      slot.sent.set(job.seq, job)
      slot.worker.postMessage({seq: job.seq, task: job.task} satisfies ToWorker<T>)
      if (slot.sent.size === 1) this.watch(slot)
    }
  }

  /** Time the task the worker is running now: the oldest it was sent. */
  private watch(slot: Slot<T, R>): void {
    clearTimeout(slot.timer)
    const limit = this.options.timeout
    if (limit === undefined || slot.sent.size === 0) return
    slot.timer = setTimeout(() => {
      slot.timedOut = true
      void slot.worker.terminate()
    }, limit)
    slot.timer.unref()
  }

  private spawn(): void {
    const worker = new Worker(this.options.script, {workerData: this.options.workerData, resourceLimits: this.options.resourceLimits})
    const slot: Slot<T, R> = {worker, sent: new Map(), ready: false, dead: false, timedOut: false}
    this.slots.push(slot)
    worker.on('message', (message: FromWorker<R>) => {
      if ('ready' in message) {
        slot.ready = true
        this.dispatch()
        return
      }
      const job = slot.sent.get(message.seq)
      if (!job) return
      slot.sent.delete(message.seq)
      job.resolve(message.result)
      this.watch(slot)
      this.dispatch()
    })
    // Act on 'exit', not 'error': Node delivers every message the worker posted before 'exit', but an
    // 'error' can overtake the result of the task before, which would then be blamed for the crash.
    let failure: string | undefined
    worker.on('error', (error) => {
      failure ??= `${error.name}: ${error.message}`
    })
    worker.on('exit', (code) => this.died(slot, failure ?? `the worker exited with code ${code}`))
    // A message that cannot be read leaves a task unanswered: start afresh.
    worker.on('messageerror', () => void worker.terminate())
  }

  private died(slot: Slot<T, R>, reason: string): void {
    if (slot.dead) return
    slot.dead = true
    clearTimeout(slot.timer)
    this.slots.splice(this.slots.indexOf(slot), 1)
    if (this.closing) return
    if (!slot.ready) {
      this.broken = new Error(`A newsfacts worker thread could not start (${reason}); is the package built (\`npm run build\`)?`)
      for (const dead of [slot, ...this.slots]) for (const job of dead.sent.values()) job.reject(this.broken)
      for (const job of this.queue) job.reject(this.broken)
      this.queue.length = 0
      void this.close()
      return
    }
    const [first, ...rest] = slot.sent.values()
    const failure: Failure = slot.timedOut
      ? {kind: 'timeout', message: `Processing this input took longer than ${this.options.timeout! / 1000} s; its worker was stopped`}
      : {kind: 'crash', message: `The worker crashed while processing this input: ${reason}`}
    if (first) first.resolve(this.options.crashed(first.task, failure))
    // The others had not started: they go first to whichever worker takes them next.
    this.queue.unshift(...rest)
    this.dispatch()
  }
}
