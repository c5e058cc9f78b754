import {hostname} from 'node:os'
import {resolveBatchOptions} from '../batch/index.js'
import type {QueueAddress} from '../queue/address.js'
import {showControls} from '../util/controls.js'
import type {Io} from './execute.js'
import {Output} from './output.js'

export interface WorkerCommand {
  queue: QueueAddress
  jobs: number | undefined
  /** Milliseconds. */
  stalledAfter: number | undefined
  quiet: boolean
}

/**
 * `newsfacts worker`: take jobs until SIGINT or SIGTERM (or `io.signal`),
 * finish the jobs in hand, and exit 0. A second signal ends it at once; its
 * jobs then go to other workers after --stalled-after. Exit 2 if Redis does
 * not answer at the start.
 */
export async function runWorkerCommand(command: WorkerCommand, io: Io): Promise<number> {
  const {runWorker, describeAddress, QueueError} = await import('../queue/index.js')
  const err = new Output(io.stderr, 'stderr')
  const say = async (line: string) => {
    if (!command.quiet) await err.write(`newsfacts worker: ${line}\n`)
  }
  const {jobs} = resolveBatchOptions(command.jobs === undefined ? {} : {jobs: command.jobs})
  const name = `${hostname()}:${process.pid}`
  const signals = io.signal ? undefined : processSignals()
  const signal = io.signal ?? signals!.signal
  signal.addEventListener('abort', () => void say('stopping once the jobs in hand are done').catch(() => {}), {once: true})
  let lastTrouble = ''
  try {
    const summary = await runWorker(command.queue, {
      jobs,
      onReady: () => void say(`taking jobs from ${describeAddress(command.queue)} as ${showControls(name)}, ${jobs === 0 ? 'in one thread' : `${jobs} ${jobs === 1 ? 'thread' : 'threads'}`}`).catch(() => {}),
      ...(command.stalledAfter === undefined ? {} : {stalledAfter: command.stalledAfter}),
      signal,
      name,
      onTrouble: (message) => {
        // Connections retry by themselves and the worker goes on: say each trouble once, not once per retry.
        if (message === lastTrouble) return
        lastTrouble = message
        void err.write(`newsfacts worker: ${showControls(message)}\n`).catch(() => {})
      }
    })
    await say(`stopped after ${summary.jobs} ${summary.jobs === 1 ? 'job' : 'jobs'}, ${summary.articles} ${summary.articles === 1 ? 'article' : 'articles'}`)
    return 0
  } catch (error) {
    if (!(error instanceof QueueError)) throw error
    await err.write(`newsfacts: ${error.message}\n`)
    return 2
  } finally {
    signals?.dispose()
  }
}

/** SIGINT and SIGTERM as an abort signal, the first of them only: a second one gets the default, ending the process at once. */
function processSignals(): {signal: AbortSignal; dispose: () => void} {
  const controller = new AbortController()
  const dispose = () => {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
  const stop = () => {
    dispose()
    controller.abort()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  return {signal: controller.signal, dispose}
}
