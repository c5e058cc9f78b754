import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
// The worker and the killed run use the build (`npm test` builds first).
import {runCli, summaryCounts, writeJsonlCorpus} from '../../scripts/stress.js'
import {memoryIo, seedPath, tempDir} from '../helpers.js'
import {bookkeeping, describeWithRedis, startWorker, testQueue} from './redis.js'

describeWithRedis('extract --queue, every output of extract', () => {
  const queue = testQueue('cli')
  let worker: ReturnType<typeof startWorker>
  let inputs: string[]
  beforeAll(() => {
    worker = startWorker(queue.url, ['--jobs', '1', '-q'])
    // The corpus, and a copy of the seed that disagrees with it on a figure: a conflict for --conflicts.
    const dir = tempDir()
    writeFileSync(path.join(dir, 'copy.txt'), readFileSync(seedPath, 'utf8').replace('收入25.3億元', '收入26.3億元'))
    inputs = ['corpus/', dir]
  })
  afterAll(() => queue.cleanup())

  /** stdout, stderr and the exit code of a run, with and without the queue. */
  async function both(args: string[]) {
    const local = memoryIo()
    const localCode = await execute(['extract', '--jobs', '0', ...args], local)
    const queued = memoryIo()
    const queuedCode = await execute(['extract', '--queue', queue.url, ...args], queued)
    return {local: {code: localCode, out: local.out(), err: local.err()}, queued: {code: queuedCode, out: queued.out(), err: queued.err()}}
  }

  it('writes the same bytes as a local run: JSON Lines, --facts, CSV, --conflicts, --tokens, --table', async () => {
    for (const args of [[], ['--facts'], ['--format', 'csv'], ['--conflicts'], ['--tokens', '--offsets', 'codepoint'], ['--format', 'csv', '--table', 'articles']]) {
      const {local, queued} = await both([...args, ...inputs])
      expect(queued).toEqual(local)
      expect(local.out.length).toBeGreaterThan(30_000)
    }
    const {local} = await both(['--conflicts', ...inputs])
    expect(local.out).toContain('"type":"conflict"')
  }, 120_000)

  it('writes the same Parquet file as a local run, and the same records unordered', async () => {
    const dir = tempDir()
    const local = path.join(dir, 'local.parquet')
    const queued = path.join(dir, 'queued.parquet')
    expect(await execute(['extract', '--jobs', '0', '-q', '--format', 'parquet', '-o', local, ...inputs], memoryIo())).toBe(0)
    expect(await execute(['extract', '--queue', queue.url, '-q', '--format', 'parquet', '-o', queued, ...inputs], memoryIo())).toBe(0)
    expect(readFileSync(queued).equals(readFileSync(local))).toBe(true)

    const {local: ordered, queued: unordered} = await both(['--unordered', '-q', ...inputs])
    expect(unordered.out.split('\n').sort()).toEqual(ordered.out.split('\n').sort())
  }, 120_000)

  it('resumes a killed run: the file ends as a local run writes it, and Redis holds no job', async () => {
    const dir = tempDir()
    const input = path.join(dir, 'in.jsonl')
    writeJsonlCorpus(input, {articles: 400, badEvery: 40, maxBytes: 20_000})
    const args = [input, '--max-bytes', '20000']
    const local = path.join(dir, 'local.jsonl')
    expect((await runCli(['extract', ...args, '-o', local, '-q'], {timeV: false})).code).toBe(1)

    const out = path.join(dir, 'queued.jsonl')
    const killed = await runCli(['extract', '--queue', queue.url, ...args, '-o', out], {output: out, killAfter: 100, timeV: false})
    expect(killed.signal).toBe('SIGKILL')
    const resumed = await runCli(['extract', '--queue', queue.url, ...args, '-o', out, '--resume'], {timeV: false})
    expect(resumed.code).toBe(1)
    const counts = summaryCounts(resumed.stderr)!
    expect(counts.done).toBeGreaterThanOrEqual(killed.killedAt!)
    expect(counts.inputs + counts.done).toBe(400)
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(local, 'utf8'))
    // The jobs the killed run left were taken up by the resumed one (same inputs, same jobs), not left behind.
    expect((await queue.keys()).filter((key) => !bookkeeping.test(key))).toEqual([])
  }, 120_000)

  it('stops its worker on SIGTERM with exit code 0, quiet with -q', async () => {
    worker.kill('SIGTERM')
    expect(await worker.exited).toBe(0)
    expect(worker.stderrText()).toBe('')
  })
})
