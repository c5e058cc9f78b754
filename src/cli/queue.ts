import type {QueueAddress} from '../queue/address.js'
import type {Collector} from '../queue/collector.js'


/**
 * Run `use` with a collector on the queue at `address`, closed afterwards
 * whatever happens (its connections would otherwise keep the process up).
 * Opened before anything else, so a Redis that does not answer stops the run
 * before an output file is created or truncated. BullMQ is loaded only here.
 * A run that finds no worker says once what to start, rather than seem hung.
 */
export async function withCollector<T>(
  address: QueueAddress,
  use: (collector: Collector) => Promise<T>,
  notice: (line: string) => void,
  /** How long a run may find no worker on its queue before it says so. */
  noWorkerAfter = 10_000
): Promise<T> {
  const {Collector, describeAddress} = await import('../queue/index.js')
  const collector = await Collector.open(address)
  const timer = setInterval(() => {
    void collector.workers().then((count) => {
      if (count !== 0) return
      clearInterval(timer)
      notice(`no worker takes jobs from ${describeAddress(address)} yet; the run waits for one: \`newsfacts worker --queue ${describeAddress(address)}\``)
    })
  }, noWorkerAfter)
  timer.unref()
  try {
    return await use(collector)
  } finally {
    clearInterval(timer)
    await collector.close()
  }
}
