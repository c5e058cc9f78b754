import type {Writable} from 'node:stream'
import type {OutputRecord} from '../types.js'

/** A one-line progress display on a terminal; silent otherwise. */
export class Progress {
  private readonly stream: Writable
  private readonly enabled: boolean
  private readonly started = Date.now()
  private last = 0
  private count = 0
  private errors = 0
  private chars = 0

  constructor(stream: Writable, enabled: boolean) {
    this.stream = stream
    this.enabled = enabled
  }

  tick(record: OutputRecord, chars: number): void {
    this.count++
    this.chars += chars
    if (record.type === 'error') this.errors++
    if (!this.enabled) return
    const now = Date.now()
    // Redrawing costs more than processing a short article: at most 10 times a second.
    if (now - this.last < 100) return
    this.last = now
    const seconds = Math.max((now - this.started) / 1000, 0.001)
    this.stream.write(
      `\r\u001B[K${this.count} articles  ${(this.count / seconds).toFixed(0)}/s  ${((this.chars * 3) / seconds / 1e6).toFixed(1)} MB/s  ${this.errors} errors`
    )
  }

  done(): void {
    if (this.enabled && this.count > 0) this.stream.write('\r\u001B[K')
  }
}
