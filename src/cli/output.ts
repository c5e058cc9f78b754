import {open} from 'node:fs/promises'
import type {Writable} from 'node:stream'
import {describeFileError} from '../util/system-error.js'

/** Where the output goes has failed (a closed pipe, a full disk): the run cannot go on. */
export class OutputError extends Error {
  readonly code: string | undefined

  constructor(message: string, code?: string) {
    super(message)
    this.code = code
  }

  /** The reader went away (`newsfacts extract … | head`): nothing is wrong, there is just no one left to write to. */
  get readerGone(): boolean {
    return this.code === 'EPIPE' || this.code === 'ERR_STREAM_DESTROYED'
  }
}

/**
 * A writable stream written with backpressure, whose failure becomes an
 * {@link OutputError} from the next write instead of an unhandled `error`
 * event that would end the process with a stack trace.
 */
export class Output {
  readonly name: string
  private readonly stream: Writable
  private failure: OutputError | undefined
  private readonly failed: Promise<never>

  /** `file`: the path written to, when it is a file, to explain its errors. */
  constructor(stream: Writable, name: string, file?: string) {
    this.stream = stream
    this.name = name
    this.failed = new Promise<never>((_, reject) => {
      stream.on('error', (error: NodeJS.ErrnoException) => {
        this.failure ??= new OutputError(`Cannot write to ${name}: ${describeFileError(error, file)}`, error.code)
        reject(this.failure)
      })
    })
    // Observed through write() and end(); without a handler here a failure between writes would be unhandled.
    this.failed.catch(() => {})
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure
    if (chunk.length === 0) return
    if (!this.stream.write(chunk)) {
      await Promise.race([new Promise<void>((resolve) => this.stream.once('drain', resolve)), this.failed])
    }
  }

  /** Flush and close (not for stdout and stderr, which the process owns). */
  async end(): Promise<void> {
    if (this.failure) throw this.failure
    await Promise.race([new Promise<void>((resolve) => this.stream.end(resolve)), this.failed])
  }
}

/**
 * Open a file for output before any input is read, so that a wrong path
 * fails the run at once rather than after hours of work.
 */
export async function openOutput(path: string, append: boolean): Promise<Output> {
  let handle
  try {
    handle = await open(path, append ? 'a' : 'w')
  } catch (error) {
    throw new OutputError(`Cannot write \`${path}\`: ${describeFileError(error, path)}`, (error as NodeJS.ErrnoException).code)
  }
  return new Output(handle.createWriteStream(), `\`${path}\``, path)
}
