import type {Writable} from 'node:stream'
import type {ReadProgress} from '../input/index.js'
import type {OutputRecord} from '../types.js'

export interface ProgressOptions {
  /** Bytes read so far, kept up to date by the reader: the MB/s and the ETA are based on it. */
  read?: ReadProgress
  /** The bytes there are to read, when that can be known (files, not stdin); asked only when progress is shown. */
  total?: () => Promise<number | undefined>
  /** More to show at the end of the line (the queue's counts), when there is any. */
  status?: () => string | undefined
}

/** Rates are measured over this much recent time, so a burst (inputs skipped on resume) soon stops counting. */
const rateWindow = 10_000
/** Redraw at most this often: redrawing costs more than processing a short article. */
const redrawEvery = 100

/** A one-line progress display on a terminal; silent otherwise. */
export class Progress {
  readonly enabled: boolean
  private readonly stream: Writable
  private readonly read: ReadProgress | undefined
  private readonly status: (() => string | undefined) | undefined
  private readonly started = Date.now()
  private readonly samples: Array<{time: number; bytes: number}> = []
  private total: number | undefined
  private timer: NodeJS.Timeout | undefined
  private last = 0
  private count = 0
  private errors = 0
  /** Inputs passed over (already done, on resume): read, but not articles of this run. */
  private passed = 0
  private chars = 0
  private drawn = false

  constructor(stream: Writable, enabled: boolean, options: ProgressOptions = {}) {
    this.stream = stream
    this.enabled = enabled
    this.read = options.read
    this.status = options.status
    if (!enabled) return
    options.total?.().then(
      (total) => {
        this.total = total
      },
      () => {}
    )
    // Also redraw while no record comes out (a long article), when this thread is free to.
    this.timer = setInterval(() => this.draw(Date.now()), 1000)
    this.timer.unref()
  }

  tick(record: OutputRecord, chars: number): void {
    this.count++
    this.chars += chars
    if (record.type === 'error') this.errors++
    if (!this.enabled) return
    const now = Date.now()
    if (now - this.last >= redrawEvery) this.draw(now)
  }

  /** An input read but not processed (already done on resume): it counts towards the share done. */
  pass(): void {
    this.passed++
  }

  /** Take the line off the screen before other text is written there; the next tick draws it again below that text. */
  clear(): void {
    if (!this.drawn) return
    this.stream.write('\r\u001B[K')
    this.drawn = false
  }

  done(): void {
    clearInterval(this.timer)
    this.clear()
  }

  /** The status line, without terminal control: exposed for tests. */
  line(now = Date.now()): string {
    const seconds = Math.max((now - this.started) / 1000, 0.001)
    // Without a byte count from the reader, estimate: UTF-8 Chinese is 3 bytes a character.
    const bytes = this.read ? this.doneBytes(this.read) : this.chars * 3
    this.samples.push({time: now, bytes})
    while (this.samples.length > 2 && now - this.samples[1]!.time >= rateWindow) this.samples.shift()
    const oldest = this.samples[0]!
    const recent = now - oldest.time >= 1000 ? ((bytes - oldest.bytes) / (now - oldest.time)) * 1000 : bytes / seconds
    const parts = [
      `${this.count} article${this.count === 1 ? '' : 's'}`,
      `${(this.count / seconds).toFixed(0)}/s`,
      `${(recent / 1e6).toFixed(1)} MB/s`,
      `${this.errors} error${this.errors === 1 ? '' : 's'}`
    ]
    if (this.read && this.total) {
      const share = Math.min(bytes / this.total, 1)
      parts.push(`${(share * 100).toFixed(0)}%`)
      if (recent > 0 && share < 1) parts.push(`ETA ${duration((this.total - bytes) / recent)}`)
    }
    const status = this.status?.()
    if (status) parts.push(status)
    return parts.join('  ')
  }

  /**
   * Bytes of the inputs done. The reader runs ahead of the workers (a window
   * of articles is in flight), so its count alone showed 100% after 1 of 23
   * articles: the bytes read are scaled by the share of read inputs done.
   */
  private doneBytes(read: ReadProgress): number {
    if (!read.items) return read.bytes
    return read.bytes * Math.min(1, (this.count + this.passed) / read.items)
  }

  private draw(now: number): void {
    this.last = now
    this.drawn = true
    this.stream.write(`\r\u001B[K${this.line(now)}`)
  }
}

function duration(seconds: number): string {
  const s = Math.round(seconds)
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}
