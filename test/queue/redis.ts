import {spawn, type ChildProcess} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import path from 'node:path'
import {Redis} from 'ioredis'
import {afterAll, describe, it} from 'vitest'
import {parseQueueAddress, type QueueAddress} from '../../src/queue/address.js'
import {root} from '../helpers.js'

/** The Redis the project's machines and CI run; tests use their own queue names on it, never touching others' keys. */
export const redisUrl = 'redis://127.0.0.1:6379/0'
const startRedis = 'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log'

export const bin = path.join(root, 'dist', 'cli', 'bin.js')

async function redisAnswers(): Promise<boolean> {
  const client = new Redis(6379, '127.0.0.1', {lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null})
  client.on('error', () => {})
  try {
    await client.connect()
    return (await client.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    client.disconnect()
  }
}

const up = await redisAnswers()

/**
 * `describe` for tests on a real Redis at 127.0.0.1:6379. Without one they
 * are skipped, saying what to start; under CI=true that is a failure
 * instead, so a CI machine without Redis cannot pass by skipping them.
 */
export function describeWithRedis(name: string, body: () => void): void {
  if (up) {
    describe(name, () => {
      body()
      // Registered last, so run first (vitest runs after-hooks as a stack): no worker re-creates keys the cleanup deleted.
      afterAll(killLeftovers)
    })
  } else if (process.env.CI) {
    describe(name, () => {
      it('needs Redis at 127.0.0.1:6379', () => {
        throw new Error(`Redis does not answer at 127.0.0.1:6379, and CI=true makes that a failure; start it: ${startRedis}`)
      })
    })
  } else {
    console.warn(`Skipping "${name}": Redis does not answer at 127.0.0.1:6379. Start it: ${startRedis}`)
    describe.skip(name, body)
  }
}

/** A queue of its own for one test, and a way to delete every key it made. */
export function testQueue(label: string): {url: string; address: QueueAddress; keys: () => Promise<string[]>; cleanup: () => Promise<void>} {
  const name = `test-${label}-${process.pid}-${randomBytes(4).toString('hex')}`
  const url = `${redisUrl}?name=${name}`
  const keys = async () => {
    const client = new Redis(6379, '127.0.0.1')
    try {
      return await client.keys(`newsfacts:${name}:*`)
    } finally {
      client.disconnect()
    }
  }
  return {
    url,
    address: parseQueueAddress(url),
    keys,
    async cleanup() {
      const client = new Redis(6379, '127.0.0.1')
      try {
        const found = await client.keys(`newsfacts:${name}:*`)
        if (found.length > 0) await client.del(...found)
      } finally {
        client.disconnect()
      }
    }
  }
}

/** BullMQ's own bookkeeping of a queue, which stays when every job is gone. */
export const bookkeeping = /:(?:meta|id|events|stalled-check|marker)$/

const started = new Set<ChildProcess>()

/** Kill what the tests started and did not stop, as a failed assertion leaves it: a worker would otherwise wait for jobs forever. */
export function killLeftovers(): void {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  started.clear()
}

/** Have {@link killLeftovers} kill `child` if the test does not end it. */
export function track<T extends ChildProcess>(child: T): T {
  started.add(child)
  return child
}

/** A `newsfacts worker` process on the queue, with its stderr; {@link killLeftovers} kills it if a test does not. */
export function startWorker(url: string, args: string[] = []): ChildProcess & {stderrText: () => string; exited: Promise<number | null>} {
  const child = track(spawn(process.execPath, [bin, 'worker', '--queue', url, ...args], {stdio: ['ignore', 'ignore', 'pipe']}))
  let stderr = ''
  child.stderr!.setEncoding('utf8')
  child.stderr!.on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  return Object.assign(child, {stderrText: () => stderr, exited})
}
