/**
 * Instruction counts of the pipeline, stage by stage, and of a worker's
 * start-up, under valgrind's callgrind: unlike wall-clock or CPU time they
 * hardly move with the load of a shared machine, so before/after compare.
 *
 *   npx tsx scripts/bench-instructions.ts [--mb 1] [--warm 3] [--runs 2] [--keep DIR] [--only stages|startup]
 *
 * The script starts two processes under valgrind (slow: about 50x native;
 * 1 MB takes 10–20 minutes) and prints a table from their dumps. Inside
 * valgrind, phases are marked by asking callgrind (`callgrind_control -d`)
 * to dump its counts, so each phase is counted alone. Counts include every
 * thread of the process (V8's compiler and garbage collector too).
 *
 * - stages: after `--warm` warm-up passes over the corpus (article by
 *   article, as the pipeline runs), `--runs` passes stage by stage: every
 *   article through one stage, then the next (the least of the runs is
 *   kept); then one pass of `processSync` (one job of the batch), and the
 *   baselines, a bare `@node-rs/jieba` cut and tag of every text.
 * - start-up, in plain node (no TypeScript loader): the CLI's modules as
 *   the main thread loads them; a worker thread of the batch (the real
 *   `dist/batch/worker.js`) from nothing to ready; its first article
 *   (dictionaries loaded on first use), articles 2–20, 21–100, the rest of
 *   the corpus, then two more passes (the third taken as warm): what each
 *   worker pays before it runs at the warm rate is the difference.
 */
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildCorpus} from './bench-corpus.js'

const args = process.argv.slice(2)
const flag = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : args[at + 1]!
}
const targetMb = Number(flag('mb', '1'))
const warm = Number(flag('warm', '3'))
const runs = Math.max(1, Number(flag('runs', '2')))
const only = flag('only', '')
const here = fileURLToPath(import.meta.url)
const root = path.dirname(path.dirname(here))

/** Ask callgrind to dump its counts since the last dump, labelled; wait (busy, so valgrind serves the request) until it has. */
function mark(label: string): void {
  const dir = process.env.NEWSFACTS_UNDER_CALLGRIND!
  const flagFile = path.join(dir, `done-${label}`)
  spawn('sh', ['-c', `callgrind_control -d ${label} ${process.pid} >/dev/null 2>&1; : > ${flagFile}`], {stdio: 'ignore'})
  let spin = 0
  while (!existsSync(flagFile)) for (let i = 0; i < 1000; i++) spin += i
  rmSync(flagFile)
}

if (process.env.NEWSFACTS_UNDER_CALLGRIND) await stagesRun()
else outside()

/** What the start-up run executes in plain node: `mark` and the phases, in JavaScript. */
function startupProgram(corpusFile: string): string {
  return `
import {spawn} from 'node:child_process'
import {existsSync, readFileSync, rmSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
// As \`mark\` in bench-instructions.ts.
function mark(label) {
  const flagFile = process.env.NEWSFACTS_UNDER_CALLGRIND + '/done-' + label
  spawn('sh', ['-c', \`callgrind_control -d \${label} \${process.pid} >/dev/null 2>&1; : > \${flagFile}\`], {stdio: 'ignore'})
  let spin = 0
  while (!existsSync(flagFile)) for (let i = 0; i < 1000; i++) spin += i
  rmSync(flagFile)
}
const articles = readFileSync(${JSON.stringify(corpusFile)}, 'utf8').trim().split('\\n').map((line) => JSON.parse(line))
mark('boot')
await import(${JSON.stringify(path.join(root, 'dist/cli/execute.js'))})
mark('cli-modules')
const worker = new Worker(${JSON.stringify(path.join(root, 'dist/batch/worker.js'))}, {workerData: {options: {}}})
let waiting
worker.on('message', (message) => waiting?.(message))
const next = () => new Promise((resolve) => (waiting = resolve))
await next()
mark('worker-ready')
let seq = 0
async function run(list, pass) {
  if (list.length === 0) return
  // Two in flight, as the pool sends them.
  let sent = 0
  let answered = 0
  const send = () => { const a = list[sent++]; worker.postMessage({seq: seq++, task: {id: pass + ':' + a.id, value: a.text}}) }
  send(); if (sent < list.length) send()
  while (answered < list.length) { await next(); answered++; if (sent < list.length) send() }
}
await run(articles.slice(0, 1), 0)
mark('article-1')
await run(articles.slice(1, 20), 0)
mark('articles-2-20')
await run(articles.slice(20, 100), 0)
mark('articles-21-100')
await run(articles.slice(100), 0)
mark('articles-rest')
await run(articles, 1)
mark('second-pass')
await run(articles, 2)
mark('warm-pass')
await worker.terminate()
`
}

function callgrind(dir: string, command: string[], env: Record<string, string>): Map<string, number> {
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(dir, {recursive: true})
  const run = spawnSync('valgrind', ['--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${dir}/callgrind.out`, ...command], {
    stdio: ['ignore', 'inherit', 'pipe'],
    env: {...process.env, ...env, NEWSFACTS_UNDER_CALLGRIND: dir},
    encoding: 'utf8',
    cwd: root
  })
  if (run.status !== 0) {
    process.stderr.write(run.stderr)
    throw new Error(`valgrind exited with ${run.status}`)
  }
  const counts = new Map<string, number>()
  for (const name of readdirSync(dir)) {
    if (!name.startsWith('callgrind.out')) continue
    const text = readFileSync(path.join(dir, name), 'utf8')
    const label = /^desc: Trigger: dump (\S+)/m.exec(text)?.[1]
    const total = /^totals: (\d+)/m.exec(text)?.[1]
    if (label && total) counts.set(label, Number(total))
  }
  return counts
}

/** Start the runs under callgrind, then read their dumps. */
function outside(): void {
  const dir = flag('keep', path.join(tmpdir(), `newsfacts-callgrind-${process.pid}`))
  mkdirSync(dir, {recursive: true})
  const {articles, sources} = buildCorpus(targetMb * 1e6, new URL('../../shared/', import.meta.url))
  const mb = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1e6
  const corpusFile = path.join(dir, 'corpus.jsonl')
  writeFileSync(corpusFile, articles.map((a) => JSON.stringify({id: a.id, text: a.text})).join('\n') + '\n')
  const g = (n: number) => `${(n / 1e9).toFixed(3).padStart(7)} G`
  const perMb = (n: number) => `${(n / mb / 1e9).toFixed(3).padStart(7)} G/MB`
  console.log(`newsfacts instructions (callgrind): ${articles.length} articles, ${mb.toFixed(2)} MB (${sources.join('; ')})`)

  if (only !== 'startup') {
    const counts = callgrind(path.join(dir, 'stages'), [process.execPath, '--import', 'tsx', here, ...args], {})
    const get = (label: string) => counts.get(label) ?? Number.NaN
    const stageNames = JSON.parse(readFileSync(path.join(dir, 'stages', 'stages.json'), 'utf8')) as string[]
    const cut = get('bare-cut')
    const tag = get('bare-tag')
    console.log(`\nbaselines:`)
    console.log(`  bare @node-rs/jieba cut   ${g(cut)}  ${perMb(cut)}`)
    console.log(`  bare @node-rs/jieba tag   ${g(tag)}  ${perMb(tag)}  ${(cut / tag).toFixed(2)}x cut's speed`)
    console.log(`\nwarm pipeline after ${warm} passes, stage by stage (least of ${runs} runs):`)
    let total = 0
    const rows: Array<[string, number]> = []
    for (const stage of stageNames) {
      const own = Math.min(...Array.from({length: runs}, (_, run) => get(`run${run}-${stage}`)))
      rows.push([stage, own])
      total += own
    }
    for (const [stage, own] of rows) console.log(`  ${stage.padEnd(9)} ${g(own)}  ${perMb(own)}  ${((own / total) * 100).toFixed(1).padStart(5)}%`)
    console.log(`  all       ${g(total)}  ${perMb(total)}  speed ${(cut / total).toFixed(3)}x bare cut`)
    const one = get('process-sync')
    console.log(`  processSync, article by article (1 job): ${g(one)}  ${perMb(one)}  speed ${(cut / one).toFixed(3)}x bare cut, ${(tag / one).toFixed(3)}x bare tag`)
  }
  if (only !== 'stages') {
    const script = path.join(dir, 'startup.mjs')
    writeFileSync(script, startupProgram(corpusFile))
    const counts = callgrind(path.join(dir, 'startup'), [process.execPath, script], {})
    const get = (label: string) => counts.get(label) ?? Number.NaN
    const warmPass = get('warm-pass')
    const bytes = (list: typeof articles) => list.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1e6
    const atWarm = (list: typeof articles) => (warmPass * bytes(list)) / mb
    console.log(`\nstart-up (plain node; a batch worker thread, the real dist/batch/worker.js):`)
    console.log(`  the CLI's modules, main thread            ${g(get('cli-modules'))}`)
    console.log(`  a worker: start, load modules, ready       ${g(get('worker-ready'))}`)
    let extra = get('worker-ready')
    for (const [label, list, what] of [
      ['article-1', articles.slice(0, 1), 'its first article (dictionaries)'],
      ['articles-2-20', articles.slice(1, 20), 'articles 2-20'],
      ['articles-21-100', articles.slice(20, 100), 'articles 21-100'],
      ['articles-rest', articles.slice(100), `articles 101-${articles.length}`]
    ] as const) {
      const n = get(label)
      extra += n - atWarm(list)
      console.log(`  ${what.padEnd(41)} ${g(n)}  (${g(atWarm(list))} when warm)`)
    }
    console.log(`  second pass                                ${g(get('second-pass'))}  ${perMb(get('second-pass'))}`)
    console.log(`  third pass, taken as warm                  ${g(warmPass)}  ${perMb(warmPass)}`)
    console.log(`  a worker's start-up cost (ready + first pass beyond warm): ${g(extra)} = ${(extra / (warmPass / mb)).toFixed(2)} MB of warm work`)
  }
  if (!args.includes('--keep')) rmSync(dir, {recursive: true, force: true})
}

/** Under callgrind, with the TypeScript loader: warm-up, then stage by stage, processSync, and the baselines. */
async function stagesRun(): Promise<void> {
  const dir = process.env.NEWSFACTS_UNDER_CALLGRIND!
  const articles = readFileSync(path.join(path.dirname(dir), 'corpus.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as {id: string; text: string})
  const api = await import('../dist/index.js')
  const {VFile} = await import('vfile')
  const options = api.resolveOptions({})
  const newsfacts = api.createNewsfacts()
  const onePass = () => {
    for (const a of articles) newsfacts.processSync({id: a.id, value: a.text})
  }
  for (let i = 0; i < warm; i++) onePass()
  mark('warm')
  for (let run = 0; run < runs; run++) {
    const files = articles.map((a) => {
      const file = new VFile({value: a.text})
      file.data.id = a.id
      file.data.publishedAt = null
      return file
    })
    const failed = new Set<(typeof files)[number]>()
    mark(`run${run}-setup`)
    for (const [name, stage] of api.stages) {
      for (const file of files) {
        if (failed.has(file)) continue
        try {
          stage(file, options)
        } catch {
          failed.add(file)
        }
      }
      mark(`run${run}-${name}`)
    }
  }
  onePass()
  mark('process-sync')

  const {Jieba} = await import('@node-rs/jieba')
  const {dict} = await import('@node-rs/jieba/dict.js')
  const jieba = Jieba.withDict(dict)
  for (let i = 0; i < 2; i++) for (const a of articles) jieba.cut(a.text, false)
  mark('bare-setup')
  for (const a of articles) jieba.cut(a.text, false)
  mark('bare-cut')
  for (const a of articles) jieba.tag(a.text, false)
  mark('bare-tag')
  writeFileSync(path.join(dir, 'stages.json'), JSON.stringify(api.stages.map(([name]) => name)))
}
