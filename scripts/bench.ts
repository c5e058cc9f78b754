/**
 * `npm run bench`: throughput of newsfacts against baselines measured in the
 * same run on the same articles, because these machines are noisy (and often
 * shared: each figure is the best of several runs, and the table says how
 * busy the rest of the machine was meanwhile). Prints ratios; BENCHMARKS.md
 * keeps the figures with the machine they came from.
 *
 *   npm run bench -- [--mb 4] [--jobs N] [--runs 3] [--profile] [--store-facts 1000000]
 *
 * The queue rows need Redis at 127.0.0.1:6379 (skipped without it).
 *
 * --profile adds a CPU profile of the one-job pipeline: the functions and
 * files with the most self time. --store-facts sets the facts of the fact
 * store's rows (scripts/bench-store.ts; 0 leaves them out).
 */
import {Jieba} from '@node-rs/jieba'
import {dict} from '@node-rs/jieba/dict.js'
import * as Recognizers from '@microsoft/recognizers-text-suite'
import * as OpenCC from 'opencc-js'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {Session, type Profiler} from 'node:inspector'
import {availableParallelism, cpus, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {VFile} from 'vfile'
import {createNewsfacts, processBatch, resolveOptions, stages} from '../dist/index.js'
import {buildCorpus, type BenchArticle} from './bench-corpus.js'
import {shapes, timeShape} from './bench-shapes.js'
import {benchQueue, queueRows} from './bench-queue.js'
import {benchStore, printRows} from './bench-store.js'
import {cpuSeconds, runCli} from './stress.js'
import {measureWorkerMemory} from './worker-memory.js'

const args = process.argv.slice(2)
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(args[at + 1])
}
const targetMb = flag('mb', 4)
const jobs = flag('jobs', availableParallelism())
const runs = Math.max(1, flag('runs', 3))
const profile = args.includes('--profile')
const storeFacts = flag('store-facts', 1_000_000)

const {articles, sources} = buildCorpus(targetMb * 1e6, new URL('../../shared/', import.meta.url))
const totalBytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0)
const mb = totalBytes / 1e6
const rate = (bytes: number, seconds: number) => bytes / 1e6 / seconds
const f = (n: number) => n.toFixed(2)

/** CPU seconds used by the whole machine (all processes) so far: with our own, it tells how busy the rest was. */
function machineCpu(): number {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
    return (fields.reduce((sum, n) => sum + n, 0) - fields[3]! - fields[4]!) / 100
  } catch {
    return Number.NaN
  }
}

interface Measure {
  seconds: number
  /** Cores this process kept busy (all its threads). */
  cores: number
  /** Cores the rest of the machine kept busy meanwhile. */
  others: number
}

/** Time `run` `runs` times and keep the fastest: contention only ever slows a run down. */
async function best(run: () => unknown): Promise<Measure> {
  let fastest: Measure | undefined
  for (let i = 0; i < runs; i++) {
    const machine = machineCpu()
    const cpu = process.cpuUsage()
    const start = process.hrtime.bigint()
    await run()
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    const own = process.cpuUsage(cpu)
    const ownSeconds = (own.user + own.system) / 1e6
    const measure = {seconds, cores: ownSeconds / seconds, others: Math.max(0, (machineCpu() - machine - ownSeconds) / seconds)}
    if (!fastest || measure.seconds < fastest.seconds) fastest = measure
  }
  return fastest!
}

const startLoad = loadavg()
console.log(`newsfacts bench: ${articles.length} articles, ${mb.toFixed(2)} MB (${sources.join('; ')})`)
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, node ${process.version}, ${new Date().toISOString()}, load average ${startLoad.map((n) => n.toFixed(2)).join(' ')}`)
console.log(`each figure: best of ${runs} runs\n`)

// Baselines: the bare segmenter (HMM off), cutting and tagging whole texts, and bare opencc-js.
const jieba = Jieba.withDict(dict)
jieba.cut('预热', false)
const cut = await best(() => {
  for (const a of articles) jieba.cut(a.text, false)
})
const tag = await best(() => {
  for (const a of articles) jieba.tag(a.text, false)
})
const converter = OpenCC.Converter({from: 't', to: 'cn'})
converter('預熱')
const opencc = await best(() => {
  for (const a of articles) converter(a.text)
})

// The pipeline stage by stage, in this thread: time per stage (after a warm-up pass).
const options = resolveOptions({})
const stageRun = () => {
  const perStage = new Map<string, number>(stages.map(([name]) => [name, 0]))
  for (const a of articles) {
    const file = new VFile({value: a.text})
    file.data.id = a.id
    file.data.publishedAt = null
    for (const [name, stage] of stages) {
      const start = process.hrtime.bigint()
      try {
        stage(file, options)
      } catch {
        break
      }
      perStage.set(name, (perStage.get(name) ?? 0) + Number(process.hrtime.bigint() - start) / 1e9)
    }
  }
  return perStage
}
stageRun()
let perStage = new Map<string, number>()
let stagesSeconds = Number.POSITIVE_INFINITY
for (let i = 0; i < runs; i++) {
  const times = stageRun()
  const total = [...times.values()].reduce((sum, n) => sum + n, 0)
  if (total < stagesSeconds) [perStage, stagesSeconds] = [times, total]
}

// The batch API (what the CLI runs). The one-job baseline runs in this thread (jobs: 0), already warm.
const inputs = (list: BenchArticle[], pass = 0) => list.map((a) => ({id: `${pass}:${a.id}`, value: a.text}))
async function batch(n: number, list: BenchArticle[]) {
  let count = 0
  for await (const _ of processBatch(inputs(list), {jobs: n})) count++
  if (count !== list.length) throw new Error(`batch lost records: ${count} of ${list.length}`)
}
const one = await best(() => batch(0, articles))

// Pathological shapes, 1 MB each, through the one-job pipeline (this thread, warm): linear time means
// seconds per MB like any text's; a scan back over the text per number would make them minutes.
const shapeNewsfacts = createNewsfacts({maxBytes: 16 * 1024 * 1024})
const shapeRows = shapes.map((shape) => {
  const text = shape.make(1_000_000)
  const shapeMb = Buffer.byteLength(text) / 1e6
  shapeNewsfacts.processSync({id: 'warm-up', value: shape.make(100_000)})
  let seconds = Number.POSITIVE_INFINITY
  for (let i = 0; i < Math.min(runs, 2); i++) seconds = Math.min(seconds, timeShape((value) => shapeNewsfacts.processSync({id: shape.name, value}), text))
  return {name: shape.name, secondsPerMb: seconds / shapeMb, mb: shapeMb}
})

// N jobs: a fresh pool pays for starting its workers (dictionaries, JIT warm-up) once per run;
// the steady state is timed on later passes through the same pool. Before its timed runs the
// one-job thread had processed the corpus 1 + runs times (the stage-by-stage passes); each of N
// workers sees 1/N of every pass, so the pool is warmed for N times as many passes to compare
// like with like (JIT tiers and caches fill per worker, by the number of articles it has seen).
const warmPasses = jobs * (1 + runs)
const passes = warmPasses + runs
const passTimes: Measure[] = []
{
  const all = Array.from({length: passes}, (_, pass) => inputs(articles, pass)).flat()
  let machine = machineCpu()
  let cpu = process.cpuUsage()
  let start = process.hrtime.bigint()
  let count = 0
  for await (const _ of processBatch(all, {jobs})) {
    if (++count % articles.length !== 0) continue
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    const own = process.cpuUsage(cpu)
    const ownSeconds = (own.user + own.system) / 1e6
    passTimes.push({seconds, cores: ownSeconds / seconds, others: Math.max(0, (machineCpu() - machine - ownSeconds) / seconds)})
    machine = machineCpu()
    cpu = process.cpuUsage()
    start = process.hrtime.bigint()
  }
  if (count !== all.length) throw new Error(`batch lost records: ${count} of ${all.length}`)
}
const coldN = passTimes[0]!
const warmN = passTimes.slice(warmPasses).reduce((a, b) => (b.seconds < a.seconds ? b : a))

// End to end through the CLI, in a fresh process each time: start-up, reading, writing, peak RSS.
const dir = path.join(tmpdir(), `newsfacts-bench-${process.pid}`)
const corpusFile = `${dir}.jsonl`
writeFileSync(corpusFile, articles.map((a) => JSON.stringify({id: a.id, text: a.text})).join('\n') + '\n')
const cli = async (n: number) => {
  let fastest: Awaited<ReturnType<typeof runCli>> | undefined
  for (let i = 0; i < runs; i++) {
    const run = await runCli(['extract', corpusFile, '-o', '/dev/null', '--jobs', String(n), '-q'])
    if (run.code !== 0) throw new Error(`newsfacts extract failed (${run.code}): ${run.stderr}`)
    if (!fastest || run.seconds < fastest.seconds) fastest = run
  }
  return fastest!
}
const cliOne = await cli(1)
const cliN = await cli(jobs)
// CPU seconds, all threads: what start-up costs each added worker shows there whatever the load.
const cliCpu = (run: {stderr: string}) => cpuSeconds(run.stderr)
const workerMemory = measureWorkerMemory(Math.max(2, jobs))
// The same through a Redis queue, with one worker process and with two (skipped without Redis).
const queued = await benchQueue(corpusFile, runs)
rmSync(corpusFile, {force: true})

// Recognizers-Text (Number + Percentage + Currency, Chinese) on 2 KB news chunks; slow, so a sample.
const news = articles.filter((a) => a.id.startsWith('news-'))
const sample: string[] = []
let sampleBytes = 0
for (const a of news) {
  if (sampleBytes > 60_000) break
  sample.push(a.text)
  sampleBytes += Buffer.byteLength(a.text)
}
const recognizers = await best(() => {
  for (const text of sample) {
    Recognizers.recognizeNumber(text, Recognizers.Culture.Chinese)
    Recognizers.recognizePercentage(text, Recognizers.Culture.Chinese)
    Recognizers.recognizeCurrency(text, Recognizers.Culture.Chinese)
  }
})
// Our extraction on the same sample, after the stages it needs.
const prepared = () =>
  sample.map((text) => {
    const file = new VFile({value: text})
    file.data.publishedAt = null
    for (const [name, stage] of stages) {
      if (name === 'extract') break
      stage(file, options)
    }
    return file
  })
const extractStage = stages.find(([name]) => name === 'extract')![1]
const copies = Array.from({length: runs}, prepared)
const ourExtract = await best(() => {
  for (const file of copies.pop()!) extractStage(file, options)
})

const cutRate = rate(totalBytes, cut.seconds)
const tagRate = rate(totalBytes, tag.seconds)
const oneRate = rate(totalBytes, one.seconds)
const warmNRate = rate(totalBytes, warmN.seconds)
const coldNRate = rate(totalBytes, coldN.seconds)
const cliOneRate = rate(totalBytes, cliOne.seconds)
const cliNRate = rate(totalBytes, cliN.seconds)
// Repair and conversion are what opencc-js alone would be asked to do (detect sits between them but is not counted).
const repairConvertSeconds = (perStage.get('repair') ?? 0) + (perStage.get('convert') ?? 0)
const busy = (m: Measure) => `${f(m.cores)} cores busy, others ${f(m.others)}`
const rows: Array<[string, string, string]> = [
  ['bare @node-rs/jieba cut', `${f(cutRate)} MB/s`, `baseline; ${busy(cut)}`],
  ['bare @node-rs/jieba tag (whole text)', `${f(tagRate)} MB/s`, `${f(tagRate / cutRate)}x cut; ${busy(tag)}`],
  ['bare opencc-js t->cn', `${f(rate(totalBytes, opencc.seconds))} MB/s`, busy(opencc)],
  [
    'repair + convert stages, this thread',
    `${f(rate(totalBytes, repairConvertSeconds))} MB/s`,
    `${f(rate(totalBytes, repairConvertSeconds) / rate(totalBytes, opencc.seconds))}x bare opencc-js t->cn`
  ],
  ['pipeline stage by stage, this thread', `${f(rate(totalBytes, stagesSeconds))} MB/s`, `${f(rate(totalBytes, stagesSeconds) / cutRate)}x bare cut`],
  ['pipeline, 1 job (batch API, warm)', `${f(oneRate)} MB/s`, `${f(oneRate / cutRate)}x bare cut (target >= 0.5x), ${f(oneRate / tagRate)}x bare tag; ${busy(one)}`],
  [`pipeline, ${jobs} jobs (warm pool)`, `${f(warmNRate)} MB/s`, `${f(warmNRate / oneRate)}x 1 job (target >= 1.8x on 2 cores), after ${warmPasses} passes; ${busy(warmN)}`],
  [`pipeline, ${jobs} jobs (fresh pool)`, `${f(coldNRate)} MB/s`, `${f(coldNRate / oneRate)}x 1 job warm; worker start-up included; ${busy(coldN)}`],
  ...shapeRows.map(({name, secondsPerMb, mb: shapeMb}): [string, string, string] => [
    `pathological: ${name}`,
    `${f(secondsPerMb)} s/MB`,
    `${secondsPerMb <= 3 ? 'within' : 'OVER'} the goal of 3 s/MB, 1 job; ${shapeMb.toFixed(2)} MB, ${f(secondsPerMb / (1 / oneRate))}x the news corpus's time per MB`
  ]),
  ['CLI extract --jobs 1, end to end', `${f(cliOneRate)} MB/s`, `${cliOne.seconds.toFixed(2)} s, ${f(cliCpu(cliOne))} s CPU, peak RSS ${cliOne.peakRss?.toFixed(0)} MiB`],
  [
    `CLI extract --jobs ${jobs}, end to end`,
    `${f(cliNRate)} MB/s`,
    `${f(cliNRate / cliOneRate)}x --jobs 1 (target >= 1.6x); ${cliN.seconds.toFixed(2)} s, CPU ${f(cliCpu(cliN) / cliCpu(cliOne))}x --jobs 1, peak RSS ${cliN.peakRss?.toFixed(0)} MiB`
  ],
  [
    'memory per added worker (RSS)',
    `${workerMemory.perWorker.toFixed(0)} MiB`,
    `${(workerMemory.perWorker / workerMemory.rss.get(0)!).toFixed(2)}x a whole process in one thread (${workerMemory.rss.get(0)!.toFixed(0)} MiB); README says about 70 MB`
  ],
  ...queueRows(queued, totalBytes),
  ['Recognizers-Text Num+Pct+Cur (zh)', `${(rate(sampleBytes, recognizers.seconds) * 1000).toFixed(1)} KB/s`, `on ${(sampleBytes / 1000).toFixed(0)} KB of news`],
  [
    'newsfacts extract stage, same sample',
    `${f(rate(sampleBytes, ourExtract.seconds))} MB/s`,
    `${(recognizers.seconds / ourExtract.seconds).toFixed(0)}x Recognizers-Text (target >= 100x)`
  ],
  ['peak RSS of this bench process', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`, 'baselines and pools included']
]
const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)))
for (const row of rows) console.log(`${row[0].padEnd(widths[0]!)}  ${row[1].padStart(widths[1]!)}  ${row[2]}`)

console.log('\ntime per stage (this thread):')
for (const [name, seconds] of perStage) {
  console.log(`  ${name.padEnd(8)} ${(seconds * 1000).toFixed(0).padStart(7)} ms  ${((seconds / stagesSeconds) * 100).toFixed(1).padStart(5)}%  ${f(rate(totalBytes, seconds)).padStart(7)} MB/s`)
}

if (storeFacts > 0) {
  // Once each: a million facts take tens of seconds a measure, and the baselines run beside them.
  console.log('\nfact store (once each):')
  printRows(await benchStore(storeFacts))
}
console.log(`\nload average at the end: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)

if (profile) {
  // Self time of the one-job pipeline: where it goes, by function and by file.
  const session = new Session()
  session.connect()
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))))
  await post('Profiler.enable')
  await post('Profiler.setSamplingInterval', {interval: 200})
  await post('Profiler.start')
  await batch(1, articles)
  const {profile: cpuProfile} = await post<{profile: Profiler.Profile}>('Profiler.stop')
  session.disconnect()
  printProfile(cpuProfile)
}

function printProfile(cpuProfile: Profiler.Profile) {
  const nodes = new Map(cpuProfile.nodes.map((node) => [node.id, node]))
  const parents = new Map<number, number>()
  for (const node of cpuProfile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  // Built-ins and regular expressions have no file: their time goes to the function that called them.
  const owner = (id: number): Profiler.ProfileNode['callFrame'] => {
    let node = nodes.get(id)!
    while (node.callFrame.url === '' && parents.has(node.id) && nodes.get(parents.get(node.id)!)!.callFrame.functionName !== '(root)') {
      node = nodes.get(parents.get(node.id)!)!
    }
    return node.callFrame
  }
  const self = new Map<string, number>()
  const byFile = new Map<string, number>()
  let total = 0
  const deltas = cpuProfile.timeDeltas ?? []
  cpuProfile.samples?.forEach((id, index) => {
    const frame = owner(id)
    // The profiler's own stop call.
    if (frame.url.startsWith('node:inspector')) return
    const delta = deltas[index] ?? 0
    total += delta
    const file = frame.url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/') || frame.functionName || '(native)'
    const name = frame.url ? `${file}:${frame.functionName || '(anonymous)'}` : file
    self.set(name, (self.get(name) ?? 0) + delta)
    byFile.set(file, (byFile.get(file) ?? 0) + delta)
  })
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, micros]) => `  ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`)
      .join('\n')
  console.log(`\nprofile of the one-job pipeline (${(total / 1e6).toFixed(2)} s sampled), self time by function (built-ins and regexps counted in their caller):\n${top(self, 25)}`)
  console.log(`\nself time by file:\n${top(byFile, 20)}`)
}
