import {Queue, QueueEvents, Worker} from 'bullmq'
import {afterAll, expect, it} from 'vitest'
import {processBatch} from '../../src/batch/index.js'
import type {ArticleInput} from '../../src/pipeline/index.js'
import {withCollector} from '../../src/cli/queue.js'
import {Collector, type Tuning} from '../../src/queue/collector.js'
import {runWorker} from '../../src/queue/worker.js'
import {errorRecord} from '../../src/report/record.js'
import type {ErrorRecord, OutputRecord} from '../../src/types.js'
import {bookkeeping, describeWithRedis, testQueue} from './redis.js'

const bull = {connection: {host: '127.0.0.1', port: 6379}, prefix: 'newsfacts'}
const articles = (count: number): ArticleInput[] => Array.from({length: count}, (_, i) => ({id: `a${i}`, value: `第${i}号项目完成投资${i}.5亿元,同比增长${i % 30}%。`}))

async function records(results: AsyncIterable<{record: OutputRecord}>): Promise<OutputRecord[]> {
  const out: OutputRecord[] = []
  for await (const {record} of results) out.push(record)
  return out
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20))
}

describeWithRedis('the collector of extract --queue', () => {
  const queues: Array<ReturnType<typeof testQueue>> = []
  const open = (label: string) => {
    const queue = testQueue(label)
    queues.push(queue)
    return queue
  }
  afterAll(async () => {
    for (const queue of queues) await queue.cleanup()
  })

  it('adds nothing when the same inputs are queued again, and both collectors get every record', async () => {
    const queue = open('twice')
    const inputs = articles(10)
    const tuning: Partial<Tuning> = {articlesPerJob: 3, sweepEvery: 200}
    const watch = new Queue(queue.address.name, bull)
    const events = new QueueEvents(queue.address.name, bull)
    await events.waitUntilReady()
    const duplicated: string[] = []
    events.on('duplicated', ({jobId}) => duplicated.push(jobId))
    const first = await Collector.open(queue.address, tuning)
    const second = await Collector.open(queue.address, tuning)

    // No worker yet: the jobs wait. 10 articles, 3 a job: 4 jobs.
    const firstRun = records(first.process(inputs))
    await until(async () => (await watch.getJobCounts('waiting')).waiting === 4)
    const secondRun = records(second.process(inputs))
    await until(() => duplicated.length === 4)
    expect((await watch.getJobCounts('waiting')).waiting).toBe(4)
    expect(duplicated.sort()).toEqual((await watch.getWaiting()).map((job) => job.id).sort())

    const stop = new AbortController()
    const worker = runWorker(queue.address, {jobs: 0, signal: stop.signal})
    const local = await records(processBatch(inputs, {jobs: 0}))
    expect(local.map((record) => record.type)).toEqual(Array(10).fill('article'))
    expect(await firstRun).toEqual(local)
    // The first collector took the shared results away; the second queued those jobs again and got its own.
    expect(await secondRun).toEqual(local)
    stop.abort()
    expect(await worker).toMatchObject({articles: expect.any(Number)})

    await until(() => first.status() !== undefined)
    expect(first.status()).toMatch(/^queue: 0 waiting, 0 active, [01] workers?$/)
    await Promise.all([first.close(), second.close(), events.close(), watch.close()])
    expect((await queue.keys()).filter((key) => !bookkeeping.test(key))).toEqual([])
  }, 60_000)

  it('reads no further than its window while the workers are behind, so a long input is never held whole', async () => {
    const queue = open('window')
    let read = 0
    const inputs = articles(20)
    async function* lazily() {
      for (const input of inputs) {
        read++
        yield input
      }
    }
    const watch = new Queue(queue.address.name, bull)
    const collector = await Collector.open(queue.address, {articlesPerJob: 2, windowJobs: 3})
    const run = records(collector.process(lazily()))
    // No worker yet: three jobs of two articles are queued, and reading stops there.
    await until(async () => (await watch.getJobCounts('waiting')).waiting === 3)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(read).toBe(6)
    expect((await watch.getJobCounts('waiting')).waiting).toBe(3)
    const stop = new AbortController()
    const worker = runWorker(queue.address, {jobs: 0, signal: stop.signal})
    expect((await run).map((record) => ('id' in record ? record.id : record.type))).toEqual(inputs.map((input) => input.id))
    expect(read).toBe(20)
    stop.abort()
    await worker
    await Promise.all([collector.close(), watch.close()])
  }, 60_000)

  it('says once what to start when no worker takes its jobs', async () => {
    const queue = open('idle')
    const notices: string[] = []
    await withCollector(
      queue.address,
      async () => {
        await until(() => notices.length > 0)
        await new Promise((resolve) => setTimeout(resolve, 300))
      },
      (line) => notices.push(line),
      50
    )
    expect(notices).toEqual([`no worker takes jobs from ${queue.url} yet; the run waits for one: \`newsfacts worker --queue ${queue.url}\``])
  })

  it('gives each article of a job that fails every attempt an error record naming it, in place', async () => {
    const queue = open('fail')
    let attempts = 0
    const broken = new Worker(
      queue.address.name,
      async () => {
        attempts++
        throw new Error('the disk is on fire')
      },
      bull
    )
    const collector = await Collector.open(queue.address, {articlesPerJob: 2, attempts: 2, backoff: 10})
    const unread: ErrorRecord = errorRecord('gone.txt', 'unreadable', 'Cannot read `gone.txt`: no such file or directory')
    const [a0, a1, a2] = articles(3)
    const out = await records(collector.process([a0!, a1!, unread, a2!]))
    const failed = (id: string) => errorRecord(id, 'internal', `\`${id}\` was not processed: its queue job failed 2 times; the last time: the disk is on fire`)
    expect(out).toEqual([failed('a0'), failed('a1'), unread, failed('a2')])
    // Two jobs, two attempts each.
    expect(attempts).toBe(4)
    await Promise.all([collector.close(), broken.close()])
    expect((await queue.keys()).filter((key) => !bookkeeping.test(key))).toEqual([])
  }, 60_000)
})
