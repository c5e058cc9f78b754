import type {Queue, QueueEvents} from 'bullmq'

/** How a job ended, as far as the collector waits for it: `missing` when it is no longer in the queue at all. */
export type Outcome = 'completed' | 'failed' | 'missing'

/**
 * Jobs the collector waits for. BullMQ's events say when one finishes; a
 * sweep asks the queue directly now and then, for events missed (a
 * reconnect) and for jobs gone from the queue (Redis restarted empty, or
 * another collector of the same inputs took the results), which the
 * collector then adds again.
 */
export class Completions {
  private readonly queue: Queue
  private readonly pending = new Map<string, Array<(outcome: Outcome) => void>>()
  private readonly timer: NodeJS.Timeout
  private sweeping = false

  constructor(queue: Queue, events: QueueEvents, sweepEvery: number) {
    this.queue = queue
    events.on('completed', ({jobId}) => this.settle(jobId, 'completed'))
    events.on('failed', ({jobId}) => this.settle(jobId, 'failed'))
    this.timer = setInterval(() => void this.sweep(), sweepEvery)
    this.timer.unref()
  }

  /** Call before adding the job, so that its finishing cannot come between the two. */
  wait(jobId: string): Promise<Outcome> {
    return new Promise((resolve) => {
      const waiting = this.pending.get(jobId)
      if (waiting) waiting.push(resolve)
      else this.pending.set(jobId, [resolve])
    })
  }

  /** Ask the queue how the job stands now: after adding one that was there already, it may have finished long ago. */
  async check(jobId: string): Promise<void> {
    const state = await this.queue.getJobState(jobId)
    if (state === 'completed' || state === 'failed') this.settle(jobId, state)
    else if (state === 'unknown') this.settle(jobId, 'missing')
  }

  close(): void {
    clearInterval(this.timer)
  }

  private settle(jobId: string, outcome: Outcome): void {
    const waiting = this.pending.get(jobId)
    if (!waiting) return
    this.pending.delete(jobId)
    for (const resolve of waiting) resolve(outcome)
  }

  private async sweep(): Promise<void> {
    if (this.sweeping) return
    this.sweeping = true
    try {
      for (const jobId of [...this.pending.keys()]) await this.check(jobId)
    } catch {
      // Redis is away; the next sweep asks again.
    } finally {
      this.sweeping = false
    }
  }
}
