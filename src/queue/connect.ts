import {Redis} from 'ioredis'
import {connectionOptions, describeAddress, type QueueAddress} from './address.js'
import {QueueError} from './errors.js'

/** How long to wait for Redis to answer at the start before saying it does not. */
const answerWithin = 3000

/**
 * Check that Redis answers at `address` before anything is read or opened,
 * so a wrong URL or a stopped server is one clear message. Later, the
 * connections BullMQ makes retry on their own: a Redis restarted mid-run is
 * waited for.
 */
export async function checkRedis(address: QueueAddress): Promise<void> {
  const client = new Redis({
    ...connectionOptions(address),
    lazyConnect: true,
    connectTimeout: answerWithin,
    commandTimeout: answerWithin,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null
  })
  // The socket's error (ECONNREFUSED) says more than the promise's (`Connection is closed.`); unhandled, it would end the process.
  let socketError: unknown
  client.on('error', (error) => {
    socketError ??= error
  })
  try {
    await client.connect()
    await client.ping()
  } catch (error) {
    throw new QueueError(`Redis does not answer at ${describeAddress(address)} (${reason(socketError ?? error)}); start it, or give --queue the URL of one that runs`)
  } finally {
    client.disconnect()
  }
}

/** A connection for commands of our own (results), retrying like BullMQ's. */
export function createClient(address: QueueAddress): Redis {
  const client = new Redis({...connectionOptions(address), maxRetriesPerRequest: null})
  // Errors surface in the commands that fail; the client reconnects by itself.
  client.on('error', () => {})
  return client
}

function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const code = (error as NodeJS.ErrnoException).code
  // ioredis words a refused connection as `connect ECONNREFUSED 127.0.0.1:1`; the code alone says it.
  if (code === 'ECONNREFUSED') return 'connection refused'
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'no such host'
  if (code === 'ETIMEDOUT' || /timed? ?out/i.test(error.message)) return `no answer within ${answerWithin / 1000} s`
  return error.message
}
