import type {QueueAddress} from '../queue/address.js'
import type {Collector} from '../queue/collector.js'

/**
 * Run `use` with a collector on the queue at `address`, closed afterwards
 * whatever happens (its connections would otherwise keep the process up).
 * Opened before anything else, so a Redis that does not answer stops the run
 * before an output file is created or truncated. BullMQ is loaded only here.
 */
export async function withCollector<T>(address: QueueAddress, use: (collector: Collector) => Promise<T>): Promise<T> {
  const {Collector} = await import('../queue/collector.js')
  const collector = await Collector.open(address)
  try {
    return await use(collector)
  } finally {
    await collector.close()
  }
}
