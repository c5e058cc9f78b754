import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {hostname} from 'node:os'
import path from 'node:path'
import {Queue, QueueEvents} from 'bullmq'
import {afterAll, expect, it} from 'vitest'
// The workers and the CLI run from the build (`npm test` builds first).
import {runCli, summaryCounts, writeJsonlCorpus} from '../../scripts/stress.js'
import {tempDir} from '../helpers.js'
import {bin, bookkeeping, describeWithRedis, startWorker, testQueue, track} from './redis.js'

const maxBytes = 20_000

describeWithRedis('extract --queue with newsfacts worker processes', () => {
  const queue = testQueue('kill')
  afterAll(() => queue.cleanup())

  it('writes what a local run writes, byte for byte, when a worker is killed mid-job and replaced', async () => {
    const dir = tempDir()
    const jsonl = path.join(dir, 'in.jsonl')
    // 1 input in 30 bad (error records from the reader and from the pipeline), plus the corpus's article files (bytes, not text).
    const expected = writeJsonlCorpus(jsonl, {articles: 700, badEvery: 30, maxBytes})
    const inputs = [jsonl, 'corpus/articles', '--max-bytes', String(maxBytes)]

    const local = path.join(dir, 'local.jsonl')
    const localRun = await runCli(['extract', ...inputs, '-o', local], {timeV: false})
    expect(localRun.code).toBe(1)

    const bull = {connection: {host: '127.0.0.1', port: 6379}, prefix: 'newsfacts'}
    const watch = new Queue(queue.address.name, bull)
    const events = new QueueEvents(queue.address.name, bull)
    await events.waitUntilReady()
    const stalled: string[] = []
    events.on('stalled', ({jobId}) => stalled.push(jobId))

    const workerArgs = ['--jobs', '1', '--stalled-after', '1']
    const doomed = startWorker(queue.url, workerArgs)
    const other = startWorker(queue.url, workerArgs)
    const queued = path.join(dir, 'queued.jsonl')
    const collector = track(spawn(process.execPath, [bin, 'extract', '--queue', queue.url, ...inputs, '-o', queued], {stdio: ['ignore', 'ignore', 'pipe']}))
    let collectorErr = ''
    collector.stderr.setEncoding('utf8')
    collector.stderr.on('data', (chunk: string) => (collectorErr += chunk))
    const collected = new Promise<number | null>((resolve) => collector.on('close', resolve))

    // Kill the doomed worker while it holds a job: BullMQ stores the name of the worker that took it.
    const name = `${hostname()}:${doomed.pid}`
    let held: string | undefined
    while (held === undefined) {
      const active = await watch.getActive()
      held = active.find((job) => job.processedBy === name)?.id
      if (held === undefined) await new Promise((resolve) => setTimeout(resolve, 20))
    }
    doomed.kill('SIGKILL')
    expect(await doomed.exited).toBeNull()
    const replacement = startWorker(queue.url, workerArgs)

    expect(await collected).toBe(1)
    // The job the killed worker held went back to the queue, and another worker did it.
    expect(stalled).toContain(held)
    expect(readFileSync(queued, 'utf8')).toBe(readFileSync(local, 'utf8'))
    expect(summaryCounts(collectorErr)).toEqual(summaryCounts(localRun.stderr))
    expect(summaryCounts(collectorErr)!.inputs).toBeGreaterThan(expected.length)

    // Stopped by SIGTERM, a worker finishes what it holds and exits 0.
    other.kill('SIGTERM')
    replacement.kill('SIGTERM')
    expect(await other.exited).toBe(0)
    expect(await replacement.exited).toBe(0)
    expect(other.stderrText()).toMatch(/newsfacts worker: stopped after \d+ jobs?, \d+ articles?\n$/)
    // Every result was removed as it was collected: only BullMQ's bookkeeping is left.
    expect((await queue.keys()).filter((key) => !bookkeeping.test(key))).toEqual([])
    await events.close()
    await watch.close()
  }, 120_000)
})
