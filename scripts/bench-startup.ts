/**
 * `npx tsx scripts/bench-startup.ts [--mb 4] [--runs 5] [--jobs 2]`: the CLI
 * end to end, `extract --jobs 1` against `--jobs N` on the bench corpus, each
 * in a fresh process, alternating, `--runs` times; medians of wall time, CPU
 * time (user + system, all threads) and peak RSS. On a shared machine the
 * wall-clock ratio moves with the load, so the CPU seconds are printed too:
 * what start-up costs each added worker shows there whatever the load.
 */
import {writeFileSync, rmSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {buildCorpus} from './bench-corpus.js'
import {cpuSeconds, runCli} from './stress.js'

const args = process.argv.slice(2)
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(args[at + 1])
}
const targetMb = flag('mb', 4)
const runs = Math.max(1, flag('runs', 5))
const jobs = flag('jobs', 2)

const {articles} = buildCorpus(targetMb * 1e6, new URL('../../shared/', import.meta.url))
const mb = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1e6
const corpusFile = path.join(tmpdir(), `newsfacts-startup-${process.pid}.jsonl`)
writeFileSync(corpusFile, articles.map((a) => JSON.stringify({id: a.id, text: a.text})).join('\n') + '\n')

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

interface Sample {
  seconds: number
  cpu: number
  rss: number
}
const samples = new Map<number, Sample[]>([
  [1, []],
  [jobs, []]
])
console.log(`CLI extract, ${articles.length} articles, ${mb.toFixed(2)} MB, ${runs} runs each, alternating; load average at start ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)
for (let i = 0; i < runs; i++) {
  for (const n of [1, jobs]) {
    const run = await runCli(['extract', corpusFile, '-o', '/dev/null', '--jobs', String(n), '-q'])
    if (run.code !== 0) throw new Error(`newsfacts extract --jobs ${n} failed (${run.code}): ${run.stderr}`)
    samples.get(n)!.push({seconds: run.seconds, cpu: cpuSeconds(run.stderr), rss: run.peakRss ?? Number.NaN})
  }
}
rmSync(corpusFile, {force: true})
const summary = (n: number) => {
  const list = samples.get(n)!
  return {seconds: median(list.map((s) => s.seconds)), cpu: median(list.map((s) => s.cpu)), rss: median(list.map((s) => s.rss))}
}
const one = summary(1)
const many = summary(jobs)
for (const [n, s] of [
  [1, one],
  [jobs, many]
] as const) {
  const all = samples.get(n)!.map((x) => x.seconds.toFixed(2)).join(' ')
  console.log(`--jobs ${n}: median ${s.seconds.toFixed(2)} s (${all}), ${(mb / s.seconds).toFixed(2)} MB/s, CPU ${s.cpu.toFixed(2)} s, peak RSS ${s.rss.toFixed(0)} MiB`)
}
console.log(`--jobs ${jobs} vs --jobs 1: ${(one.seconds / many.seconds).toFixed(2)}x wall (median), CPU ${(many.cpu / one.cpu).toFixed(2)}x; load average at end ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)
