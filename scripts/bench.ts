/**
 * `npm run bench`: throughput of newsfacts against baselines measured in the
 * same run on the same articles, because these machines are noisy. Prints
 * ratios; BENCHMARKS.md keeps the figures with the machine they came from.
 *
 *   npm run bench -- [--mb 4] [--jobs N]
 */
import {Jieba} from '@node-rs/jieba'
import {dict} from '@node-rs/jieba/dict.js'
import * as Recognizers from '@microsoft/recognizers-text-suite'
import * as OpenCC from 'opencc-js'
import {availableParallelism, cpus} from 'node:os'
import {VFile} from 'vfile'
import {createNewsfacts, processBatch, resolveOptions, stages} from '../dist/index.js'
import {buildCorpus, type BenchArticle} from './bench-corpus.js'

const args = process.argv.slice(2)
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(args[at + 1])
}
const targetMb = flag('mb', 4)
const jobs = flag('jobs', availableParallelism())

const {articles, sources} = buildCorpus(targetMb * 1e6, new URL('../../shared/', import.meta.url))
const totalBytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0)
const mb = totalBytes / 1e6

function time(run: () => void): number {
  const start = process.hrtime.bigint()
  run()
  return Number(process.hrtime.bigint() - start) / 1e9
}

const rows: Array<[string, string]> = []
const rate = (bytes: number, seconds: number) => bytes / 1e6 / seconds

console.log(`newsfacts bench: ${articles.length} articles, ${mb.toFixed(2)} MB (${sources.join('; ')})`)
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, node ${process.version}\n`)

// Baseline 1: the bare segmenter, as the pipeline calls it (POS tags, HMM off).
const jieba = Jieba.withDict(dict)
jieba.cut('预热', false)
const jiebaSeconds = time(() => {
  for (const a of articles) jieba.cut(a.text, false)
})
const jiebaRate = rate(totalBytes, jiebaSeconds)

// Baseline 2: bare opencc-js t -> cn.
const converter = OpenCC.Converter({from: 't', to: 'cn'})
converter('預熱')
const openccSeconds = time(() => {
  for (const a of articles) converter(a.text)
})
const openccRate = rate(totalBytes, openccSeconds)

// The pipeline stage by stage, in this thread: time per stage.
const options = resolveOptions({})
const perStage = new Map<string, number>(stages.map(([name]) => [name, 0]))
createNewsfacts().processSync('预热 25.3亿元')
const pipelineSeconds = time(() => {
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
})
const pipelineRate = rate(totalBytes, pipelineSeconds)
const repairConvertRate = rate(totalBytes, (perStage.get('repair') ?? 0) + (perStage.get('detect') ?? 0) + (perStage.get('convert') ?? 0))
const extractRate = rate(totalBytes, perStage.get('extract') ?? 0)

// N worker threads through the batch API (what the CLI runs).
async function batchSeconds(n: number, list: BenchArticle[]) {
  const start = process.hrtime.bigint()
  let count = 0
  for await (const _ of processBatch(list.map((a) => ({id: a.id, value: a.text})), {jobs: n})) count++
  if (count !== list.length) throw new Error(`batch lost records: ${count} of ${list.length}`)
  return Number(process.hrtime.bigint() - start) / 1e9
}
const oneJobRate = rate(totalBytes, await batchSeconds(1, articles))
const nJobRate = rate(totalBytes, await batchSeconds(jobs, articles))

// Recognizers-Text (Number + Percentage + Currency, Chinese) on 2 KB news chunks; slow, so a sample.
const news = articles.filter((a) => a.id.startsWith('news-'))
const sample: string[] = []
let sampleBytes = 0
for (const a of news) {
  if (sampleBytes > 60_000) break
  sample.push(a.text)
  sampleBytes += Buffer.byteLength(a.text)
}
const recognizersSeconds = time(() => {
  for (const text of sample) {
    Recognizers.recognizeNumber(text, Recognizers.Culture.Chinese)
    Recognizers.recognizePercentage(text, Recognizers.Culture.Chinese)
    Recognizers.recognizeCurrency(text, Recognizers.Culture.Chinese)
  }
})
const recognizersRate = rate(sampleBytes, recognizersSeconds)
// Our extraction on the same sample, after the stages it needs.
const prepared = sample.map((text) => {
  const file = new VFile({value: text})
  file.data.publishedAt = null
  for (const [name, stage] of stages) {
    if (name === 'extract') break
    stage(file, options)
  }
  return file
})
const extractStage = stages.find(([name]) => name === 'extract')![1]
const ourExtractSeconds = time(() => {
  for (const file of prepared) extractStage(file, options)
})
const ourExtractRate = rate(sampleBytes, ourExtractSeconds)

const peakRss = process.resourceUsage().maxRSS / 1024

const f = (n: number) => n.toFixed(2)
rows.push(
  ['bare @node-rs/jieba cut', `${f(jiebaRate)} MB/s (baseline)`],
  ['bare opencc-js t->cn', `${f(openccRate)} MB/s`],
  ['repair+detect+convert', `${f(repairConvertRate)} MB/s = ${f(repairConvertRate / openccRate)}x bare opencc-js`],
  ['pipeline, this thread', `${f(pipelineRate)} MB/s = ${f(pipelineRate / jiebaRate)}x bare jieba`],
  ['pipeline, 1 job (batch API)', `${f(oneJobRate)} MB/s = ${f(oneJobRate / jiebaRate)}x bare jieba (target >= 0.5x)`],
  [`pipeline, ${jobs} jobs`, `${f(nJobRate)} MB/s = ${f(nJobRate / oneJobRate)}x 1 job (target >= 1.8x on 2 cores)`],
  ['extraction stage alone', `${f(extractRate)} MB/s`],
  ['Recognizers-Text Num+Pct+Cur (zh)', `${(recognizersRate * 1000).toFixed(1)} KB/s on ${(sampleBytes / 1000).toFixed(0)} KB of news`],
  ['newsfacts extract, same sample', `${f(ourExtractRate)} MB/s = ${(ourExtractRate / recognizersRate).toFixed(0)}x Recognizers-Text (target >= 100x)`],
  ['peak RSS', `${peakRss.toFixed(0)} MiB`]
)
const width = Math.max(...rows.map(([a]) => a.length))
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`)
console.log('\ntime per stage (this thread):')
for (const [name, seconds] of perStage) console.log(`  ${name.padEnd(8)} ${(seconds * 1000).toFixed(0).padStart(7)} ms  ${((seconds / pipelineSeconds) * 100).toFixed(1).padStart(5)}%`)
