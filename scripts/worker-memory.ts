/**
 * `npx tsx scripts/worker-memory.ts [--max 3]`: memory per worker thread.
 * For N = 0 … max, a fresh process runs `processBatch` with `jobs: N` over
 * 24 articles per worker (Chinese, Traditional, English and an HTML page,
 * so every lazily loaded table is in), and reads its resident set while the
 * last record is in hand (the workers still alive and loaded). The added
 * RSS per worker is the figure the README quotes. `npm run bench` prints it
 * as a row too.
 */
import {execFileSync} from 'node:child_process'
import {rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const child = `
const {processBatch} = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)})
const jobs = Number(process.argv[2])
const texts = [
  '今年上半年，全市地区生产总值达到25.3亿元，同比增长5.6%，其中第三产业增加值12.1亿元。',
  '區委經濟工作會議召開，去年全區GDP增長百分之八，財政收入達到三十億元。',
  'The company reported revenue of $3.5 billion in the third quarter, up 12% from a year earlier.',
  '<!doctype html><html><head><title>新闻</title></head><body><article><p>全年粮食产量达到120万吨，增长3%。</p></article></body></html>'
]
const inputs = Array.from({length: 24 * Math.max(1, jobs)}, (_, i) => ({id: 'a' + i, value: texts[i % texts.length]}))
let count = 0
for await (const _ of processBatch(inputs, {jobs})) {
  if (++count === inputs.length) {
    const {rss, heapUsed} = process.memoryUsage()
    console.log(JSON.stringify({rss, heapUsed}))
    break
  }
}
`

export interface WorkerMemory {
  /** Median RSS (MiB) of a process with `jobs` loaded workers, by jobs (0: all in the main thread). */
  rss: Map<number, number>
  /** Median added RSS (MiB) per worker from one worker to `max`. */
  perWorker: number
}

/** RSS of fresh processes with 0 … `max` loaded workers, the median of `runs` each. */
export function measureWorkerMemory(max = 3, runs = 3): WorkerMemory {
  // A file, not `-e`: worker threads inherit the process's exec arguments.
  const script = path.join(tmpdir(), `newsfacts-worker-memory-${process.pid}.mjs`)
  writeFileSync(script, child)
  try {
    const sample = (jobs: number) => (JSON.parse(execFileSync(process.execPath, [script, String(jobs)], {encoding: 'utf8'})) as {rss: number}).rss / 2 ** 20
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!
    const rss = new Map<number, number>()
    for (let jobs = 0; jobs <= max; jobs++) rss.set(jobs, median(Array.from({length: runs}, () => sample(jobs))))
    return {rss, perWorker: (rss.get(max)! - rss.get(1)!) / Math.max(1, max - 1)}
  } finally {
    rmSync(script, {force: true})
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const at = args.indexOf('--max')
  const max = at === -1 ? 3 : Number(args[at + 1])
  const {rss, perWorker} = measureWorkerMemory(max)
  for (const [jobs, mib] of rss) {
    const added = jobs === 0 ? 'everything in this thread' : `+${(mib - rss.get(jobs - 1)!).toFixed(0)} MiB for worker ${jobs}`
    console.log(`jobs ${jobs}: RSS ${mib.toFixed(0)} MiB (median of 3); ${added}`)
  }
  console.log(`per added worker (jobs 1 → ${max}): ${perWorker.toFixed(0)} MiB; the first worker: ${(rss.get(1)! - rss.get(0)!).toFixed(0)} MiB over running in the main thread`)
}
