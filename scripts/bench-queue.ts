/**
 * The queue rows of `npm run bench`: `newsfacts extract --queue` end to end
 * (queueing, the workers, collecting, writing) with one `newsfacts worker`
 * process and with two, each of one thread, on the same Redis
 * (127.0.0.1:6379, a queue of its own). The workers are warmed first (a
 * pass each has loaded its dictionaries), as long-running workers are.
 * Alone, on the bench corpus:
 *
 *   npm run build && npx tsx scripts/bench-queue.ts [--mb 4] [--runs 3]
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {Redis} from 'ioredis'
import {buildCorpus} from './bench-corpus.js'
import {runCli, type RunResult} from './stress.js'

const bin = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url))

/** A timed run, and the cores the worker processes kept busy meanwhile: on a shared machine, what they could get. */
export type QueueRun = RunResult & {workerCores: number}
export type QueueBench = {one: QueueRun; two: QueueRun} | {skipped: string}

/** Best of `runs` of `extract --queue` on `corpusFile` with one, then two, warm worker processes. */
export async function benchQueue(corpusFile: string, runs: number): Promise<QueueBench> {
  const redis = new Redis(6379, '127.0.0.1', {lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null})
  redis.on('error', () => {})
  try {
    await redis.connect()
  } catch {
    return {skipped: 'Redis does not answer at 127.0.0.1:6379'}
  }
  const name = `bench-${process.pid}`
  const url = `redis://127.0.0.1:6379/0?name=${name}`
  const workers: ChildProcess[] = []
  const best = async () => {
    // One untimed pass: a worker that just started loads its dictionaries on its first job.
    await extract(url, corpusFile)
    let fastest: QueueRun | undefined
    for (let i = 0; i < runs; i++) {
      const before = workers.map(cpuSeconds)
      const run = await extract(url, corpusFile)
      const used = workers.map(cpuSeconds).reduce((sum, after, index) => sum + after - before[index]!, 0)
      if (!fastest || run.seconds < fastest.seconds) fastest = {...run, workerCores: used / run.seconds}
    }
    return fastest!
  }
  try {
    workers.push(await startWorker(url))
    const one = await best()
    workers.push(await startWorker(url))
    const two = await best()
    return {one, two}
  } finally {
    for (const worker of workers) worker.kill('SIGTERM')
    await Promise.all(workers.map((worker) => new Promise((resolve) => (worker.exitCode === null ? worker.on('close', resolve) : resolve(undefined)))))
    const keys = await redis.keys(`newsfacts:${name}:*`)
    if (keys.length > 0) await redis.del(...keys)
    redis.disconnect()
  }
}

/** CPU seconds a process has used, all its threads (Linux; 0 elsewhere). */
function cpuSeconds(child: ChildProcess): number {
  try {
    // After the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th fields.
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return 0
  }
}

async function extract(url: string, corpusFile: string): Promise<RunResult> {
  const run = await runCli(['extract', '--queue', url, corpusFile, '-o', '/dev/null', '-q'])
  if (run.code !== 0) throw new Error(`newsfacts extract --queue failed (${run.code}): ${run.stderr}`)
  return run
}

/** A worker of one thread, once it takes jobs. */
function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'worker', '--queue', url, '--jobs', '1'], {stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  return new Promise((resolve, reject) => {
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk
      if (stderr.includes('taking jobs')) resolve(child)
    })
    child.on('close', (code) => reject(new Error(`newsfacts worker exited (${code}): ${stderr}`)))
  })
}

/** The two rows, as `npm run bench` prints them. */
export function queueRows(result: QueueBench, totalBytes: number): Array<[string, string, string]> {
  if ('skipped' in result) return [['CLI extract --queue, 1 and 2 worker processes', 'skipped', result.skipped]]
  const rate = (run: QueueRun) => totalBytes / 1e6 / run.seconds
  const one = rate(result.one)
  const two = rate(result.two)
  return [
    ['CLI extract --queue, 1 worker process', `${one.toFixed(2)} MB/s`, `baseline for the next row; ${result.one.seconds.toFixed(2)} s, 1 thread, warm; workers kept ${result.one.workerCores.toFixed(2)} cores busy`],
    ['CLI extract --queue, 2 worker processes', `${two.toFixed(2)} MB/s`, `${(two / one).toFixed(2)}x 1 worker process; ${result.two.seconds.toFixed(2)} s, 1 thread each, warm; workers kept ${result.two.workerCores.toFixed(2)} cores busy (${(two / result.two.workerCores / (one / result.one.workerCores)).toFixed(2)}x the MB/s per busy core of one)`]
  ]
}

async function main() {
  const args = process.argv.slice(2)
  const flag = (name: string, fallback: number) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback)
  const {articles} = buildCorpus(flag('mb', 4) * 1e6, new URL('../../shared/', import.meta.url))
  const file = path.join(tmpdir(), `newsfacts-bench-queue-${process.pid}.jsonl`)
  writeFileSync(file, articles.map((a) => JSON.stringify({id: a.id, text: a.text})).join('\n') + '\n')
  const totalBytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0)
  console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)
  try {
    for (const row of queueRows(await benchQueue(file, Math.max(1, flag('runs', 3))), totalBytes)) console.log(row.join('  '))
  } finally {
    rmSync(file, {force: true})
  }
  console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
