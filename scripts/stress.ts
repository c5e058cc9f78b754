/**
 * Stress `newsfacts extract` at scale, through the real command line:
 *
 *   npm run build && npx tsx scripts/stress.ts [--articles 10000] [--mode jsonl|dir|both] [--jobs N]
 *   npm run build && npx tsx scripts/stress.ts --gb 1        # (or --mb 200) one big JSON Lines file
 *
 * Articles mode writes N articles with 1% bad inputs mixed in (broken JSON,
 * empty, binary, byte soup in no encoding, over --max-bytes — one of them
 * 50 MB — and a missing text field), plus GB18030/Big5 inputs with no
 * declaration, which must decode. It runs the CLI once uninterrupted, checks
 * one record per input with the right error codes and the summary's counts,
 * then runs it again, kills it halfway (SIGKILL), resumes it with --resume
 * and checks that the two outputs hold the same records. Big mode writes
 * at least that much JSON Lines and reports peak RSS (sampled along the way,
 * to show it stays flat) and throughput. Exits non-zero if a check fails.
 */
import {spawn} from 'node:child_process'
import {closeSync, createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeSync} from 'node:fs'
import {availableParallelism, cpus, tmpdir} from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {fileURLToPath, pathToFileURL} from 'node:url'
import iconv from 'iconv-lite'
import * as OpenCC from 'opencc-js/cn2t'
import {newsArticle, random, realArticles} from './bench-corpus.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = path.join(root, 'dist', 'cli', 'bin.js')

/** What one input must give: an article, or an error record with this code. */
export interface Expected {
  id: string
  expect: 'article' | 'unreadable' | 'empty' | 'binary' | 'too-large' | 'bad-json' | 'bad-encoding'
  kind: string
  /** Bytes it takes in the input. */
  bytes: number
}

export interface CorpusOptions {
  articles: number
  /** One bad input every this many (100: 1%). */
  badEvery?: number
  /** The --max-bytes the run will use: oversized inputs are just over it. */
  maxBytes?: number
  /** The first oversized input is this big (50 MB), the others just over the limit. */
  hugeBytes?: number
  /** For big mode: stop once the file holds this many bytes (`articles` is then ignored). */
  targetBytes?: number
  /** Oversized inputs to write at most; later ones become broken JSON (big mode: they would outweigh the articles). */
  oversizedMax?: number
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

/** Good article texts: real prose for one in three, generated news for the others; Traditional prose for Big5. */
function goodTexts() {
  const real = realArticles(new URL('../../shared/', import.meta.url)).articles
  const traditional = real.filter((article) => article.id.startsWith('zuozhuan'))
  const next = random(7)
  const text = (index: number): string => {
    if (real.length > 0 && index % 3 === 0) return real[(index / 3) % real.length]!.text
    return newsArticle(index, next).text
  }
  // Without the shared prose, generated news in Traditional script: Simplified text has no Big5 bytes.
  const toTraditional = OpenCC.Converter({from: 'cn', to: 'tw'})
  return Object.assign(text, {traditional: (index: number) => (traditional.length > 0 ? traditional[index % traditional.length]!.text : toTraditional(text(index)))})
}

/** Bytes that are text in no encoding: high bytes, with lead bytes followed by bytes no multi-byte encoding accepts. */
function byteSoup(next: () => number, length: number): Buffer {
  const bytes = Buffer.alloc(length)
  for (let i = 0; i < length; i++) bytes[i] = i % 4 === 3 ? 0xff : 0x80 + Math.floor(next() * 0x7f)
  return bytes
}

function oversized(size: number): string {
  const sentence = '全年确定了111个重点项目,总投资500亿元。'
  return sentence.repeat(Math.ceil(size / Buffer.byteLength(sentence)))
}

/** A buffered writer: big corpora are written in megabyte chunks. */
function writer(file: string) {
  const fd = openSync(file, 'w')
  let parts: Buffer[] = []
  let held = 0
  let written = 0
  const flush = () => {
    if (held > 0) writeSync(fd, Buffer.concat(parts, held))
    parts = []
    held = 0
  }
  return {
    write(data: Buffer | string) {
      const buffer = typeof data === 'string' ? Buffer.from(data) : data
      parts.push(buffer)
      held += buffer.byteLength
      written += buffer.byteLength
      if (held > 1 << 20) flush()
    },
    get written() {
      return written
    },
    close() {
      flush()
      closeSync(fd)
    }
  }
}

const jsonlBadKinds = ['broken-json', 'empty', 'binary', 'bad-encoding', 'oversized', 'no-text'] as const

/** A JSON Lines corpus with bad lines mixed in; returns what each line must give. */
export function writeJsonlCorpus(file: string, options: CorpusOptions): Expected[] {
  const badEvery = options.badEvery ?? 100
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const text = goodTexts()
  const next = random(11)
  const out = writer(file)
  const expected: Expected[] = []
  let oversizedCount = 0
  for (let i = 0; options.targetBytes ? out.written < options.targetBytes : i < options.articles; i++) {
    const line = i + 1
    const lineId = `${file}:${line}`
    const before = out.written
    const push = (entry: Omit<Expected, 'bytes'>) => expected.push({...entry, bytes: out.written - before})
    if (i % badEvery === badEvery / 2) {
      let kind: (typeof jsonlBadKinds)[number] = jsonlBadKinds[Math.floor(i / badEvery) % jsonlBadKinds.length]!
      if (kind === 'oversized' && oversizedCount >= (options.oversizedMax ?? Number.POSITIVE_INFINITY)) kind = 'broken-json'
      const id = `bad-${i}`
      switch (kind) {
        case 'broken-json':
          out.write(`{"id":"${id}","text":"临汾市一般公共预算收入25.3亿\n`)
          push({id: lineId, expect: 'bad-json', kind})
          break
        case 'empty':
          out.write(JSON.stringify({id, text: ''}) + '\n')
          push({id, expect: 'empty', kind})
          break
        case 'binary':
          out.write(JSON.stringify({id, text: '\u0000\u0001\u0002PNG\u0003\u0004'.repeat(20)}) + '\n')
          push({id, expect: 'binary', kind})
          break
        case 'bad-encoding':
          out.write(Buffer.concat([Buffer.from(`{"id":"${id}","text":"`), byteSoup(next, 600), Buffer.from('"}\n')]))
          push({id: lineId, expect: 'bad-encoding', kind})
          break
        case 'oversized': {
          const size = oversizedCount++ === 0 && options.hugeBytes ? options.hugeBytes : maxBytes + 1024
          out.write(JSON.stringify({id, text: oversized(size)}) + '\n')
          // The id comes before the text, so the reader finds it without parsing the line.
          push({id, expect: 'too-large', kind})
          break
        }
        case 'no-text':
          out.write(JSON.stringify({id, title: '只有标题'}) + '\n')
          push({id, expect: 'bad-json', kind})
          break
      }
      continue
    }
    const id = `a${i}`
    if (i % badEvery === Math.floor((badEvery * 3) / 4)) {
      // Not bad: a GB18030 line, which is decoded as a file would be.
      out.write(iconv.encode(JSON.stringify({id, text: text(i)}) + '\n', 'gb18030'))
      push({id, expect: 'article', kind: 'gb18030'})
      continue
    }
    out.write(JSON.stringify({id, text: text(i)}) + '\n')
    push({id, expect: 'article', kind: 'good'})
  }
  out.close()
  return expected
}

const dirBadKinds = ['binary', 'empty', 'broken-json', 'bad-encoding', 'oversized', 'whitespace'] as const

/** A directory of article files, a hundred per folder, with bad files mixed in. */
export function writeDirCorpus(dir: string, options: CorpusOptions): Expected[] {
  const badEvery = options.badEvery ?? 100
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const text = goodTexts()
  const next = random(13)
  const expected: Expected[] = []
  let oversizedCount = 0
  let size = 0
  const write = (file: string, data: Buffer | string) => {
    const out = writer(file)
    out.write(data)
    out.close()
    size = out.written
  }
  const push = (entry: Omit<Expected, 'bytes'>) => expected.push({...entry, bytes: size})
  for (let i = 0; i < options.articles; i++) {
    const folder = path.join(dir, String(Math.floor(i / 100)).padStart(4, '0'))
    if (i % 100 === 0) mkdirSync(folder, {recursive: true})
    const base = path.join(folder, String(i).padStart(6, '0'))
    if (i % badEvery === badEvery / 2) {
      const kind = dirBadKinds[Math.floor(i / badEvery) % dirBadKinds.length]!
      let file = `${base}.txt`
      switch (kind) {
        case 'binary':
          write(file, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), byteSoup(next, 2000)]))
          push({id: file, expect: 'binary', kind})
          break
        case 'empty':
          write(file, '')
          push({id: file, expect: 'empty', kind})
          break
        case 'broken-json':
          file = `${base}.json`
          write(file, '{"id": "x", "text": "截断')
          push({id: file, expect: 'bad-json', kind})
          break
        case 'bad-encoding':
          write(file, byteSoup(next, 3000))
          push({id: file, expect: 'bad-encoding', kind})
          break
        case 'oversized':
          write(file, oversized(oversizedCount++ === 0 && options.hugeBytes ? options.hugeBytes : maxBytes + 1024))
          push({id: file, expect: 'too-large', kind})
          break
        case 'whitespace':
          write(file, ' \n\t\n  ')
          push({id: file, expect: 'empty', kind})
          break
      }
      continue
    }
    const file = `${base}.txt`
    if (i % badEvery === Math.floor((badEvery * 3) / 4)) {
      // Not bad: legacy encodings with no declaration, which decode finds.
      const big5 = Math.floor(i / badEvery) % 2 === 1
      write(file, big5 ? iconv.encode(text.traditional(i), 'big5') : iconv.encode(text(i), 'gb18030'))
      push({id: file, expect: 'article', kind: big5 ? 'big5' : 'gb18030'})
      continue
    }
    write(file, text(i))
    push({id: file, expect: 'article', kind: 'good'})
  }
  return expected
}

export interface RunResult {
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
  seconds: number
  /** Peak resident set of the CLI process, all threads (MiB). */
  peakRss: number | undefined
  /** Resident set sampled every second (MiB). */
  rss: number[]
  /** Output lines when the run was killed. */
  killedAt?: number
}

/** User + system seconds of a run under `/usr/bin/time -v`, all threads; NaN without it. */
export function cpuSeconds(stderr: string): number {
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr)
  return user && system ? Number(user[1]) + Number(system[1]) : Number.NaN
}

/** Run `newsfacts` (the built CLI); optionally kill it with SIGKILL once `output` holds `killAfter` lines. */
export function runCli(args: string[], options: {output?: string; killAfter?: number; timeV?: boolean} = {}): Promise<RunResult> {
  const useTime = options.timeV !== false && options.killAfter === undefined && existsSync('/usr/bin/time')
  // Without /usr/bin/time, the CLI reports its own peak RSS as it exits.
  const preload = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nstress-maxrss-kb '+process.resourceUsage().maxRSS+'\\n'))`
  const command = useTime ? '/usr/bin/time' : process.execPath
  const argv = useTime ? ['-v', process.execPath, bin, ...args] : ['--import', preload, bin, ...args]
  const started = process.hrtime.bigint()
  const child = spawn(command, argv, {stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => (stderr += chunk))
  const rss: number[] = []
  let lines = 0
  let seen = 0
  let killedAt: number | undefined
  const cliPid = () => {
    if (!useTime) return child.pid
    try {
      return Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ')[0]) || undefined
    } catch {
      return undefined
    }
  }
  const sampler = setInterval(() => {
    const pid = cliPid()
    if (pid === undefined) return
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (match) rss.push(Number(match[1]) / 1024)
    } catch {
      // Gone already.
    }
  }, 1000)
  const watcher =
    options.killAfter !== undefined && options.output
      ? setInterval(() => {
          if (killedAt !== undefined || !existsSync(options.output!)) return
          const size = statSync(options.output!).size
          if (size <= seen) return
          const fd = openSync(options.output!, 'r')
          const buffer = Buffer.alloc(size - seen)
          const read = readSync(fd, buffer, 0, buffer.byteLength, seen)
          closeSync(fd)
          for (let i = 0; i < read; i++) if (buffer[i] === 0x0a) lines++
          seen += read
          if (lines >= options.killAfter!) {
            killedAt = lines
            child.kill('SIGKILL')
          }
        }, 20)
      : undefined
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearInterval(sampler)
      if (watcher) clearInterval(watcher)
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) ?? /stress-maxrss-kb (\d+)/.exec(stderr)
      resolve({code, signal, stderr, seconds, peakRss: kb ? Number(kb[1]) / 1024 : undefined, rss, killedAt})
    })
  })
}


export interface OutputCheck {
  records: number
  articles: number
  errors: number
  problems: string[]
}

/** Check an output file against what every input must give: one record each, the right type and code. */
export async function checkOutput(file: string, expected: Expected[], options: {full?: boolean} = {}): Promise<OutputCheck> {
  const want = new Map(expected.map((entry) => [entry.id, entry]))
  const seen = new Set<string>()
  const problems: string[] = []
  let records = 0
  let articles = 0
  let errors = 0
  const head = /^\{"schemaVersion":1,"type":"(article|error)","id":("(?:[^"\\]|\\.)*")(?:,"error":\{"code":"([a-z-]+)")?/
  for await (const line of createInterface({input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY})) {
    if (!line) continue
    records++
    let type: string
    let id: string
    let code: string | undefined
    let messages: Array<{reason: string}> = []
    const match = options.full ? null : head.exec(line)
    if (match) {
      type = match[1]!
      id = JSON.parse(match[2]!) as string
      code = match[3]
    } else {
      const record = JSON.parse(line) as {type: string; id: string; error?: {code: string}; messages?: Array<{reason: string}>}
      type = record.type
      id = record.id
      code = record.error?.code
      messages = record.messages ?? []
    }
    if (type === 'article') articles++
    else errors++
    if (seen.has(id)) problems.push(`${id}: more than one record`)
    seen.add(id)
    const entry = want.get(id)
    if (!entry) {
      problems.push(`${id}: a record for no input`)
      continue
    }
    const got = type === 'article' ? 'article' : code
    if (got !== entry.expect) problems.push(`${id} (${entry.kind}): expected ${entry.expect}, got ${got}`)
    if (options.full && type === 'article' && (entry.kind === 'gb18030' || entry.kind === 'big5') && entry.id.endsWith('.txt')) {
      const name = entry.kind === 'big5' ? 'Big5' : 'GB18030'
      if (!messages.some((message) => message.reason.startsWith(`Decoded as ${name}`))) problems.push(`${id}: not reported as decoded from ${name}`)
    }
  }
  for (const entry of expected) if (!seen.has(entry.id)) problems.push(`${entry.id} (${entry.kind}): no record`)
  return {records, articles, errors, problems}
}

/** The closing summary's counts: `newsfacts: N inputs: A articles (R repaired), F failed, …, D already done`. */
export function summaryCounts(stderr: string): {inputs: number; articles: number; failed: number; done: number} | undefined {
  const match = /newsfacts: (\d+) inputs?: (\d+) articles?(?: \(\d+ repaired\))?, (\d+) failed, [^\n]*/.exec(stderr)
  if (!match) return undefined
  const done = /, (\d+) already done$/.exec(match[0])
  return {inputs: Number(match[1]), articles: Number(match[2]), failed: Number(match[3]), done: Number(done?.[1] ?? 0)}
}

/** The sorted lines of a file: two runs hold the same records exactly when these are equal. */
async function sortedLines(file: string): Promise<string[]> {
  const lines: string[] = []
  for await (const line of createInterface({input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY})) if (line) lines.push(line)
  return lines.sort()
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0)

async function articlesMode(mode: 'jsonl' | 'dir', dir: string, count: number, jobs: number): Promise<string[]> {
  const failures: string[] = []
  const input = mode === 'jsonl' ? path.join(dir, 'articles.jsonl') : path.join(dir, 'articles')
  let started = Date.now()
  const expected =
    mode === 'jsonl'
      ? writeJsonlCorpus(input, {articles: count, hugeBytes: 50_000_000})
      : writeDirCorpus(input, {articles: count, hugeBytes: 50_000_000})
  const bad = expected.filter((entry) => entry.expect !== 'article').length
  const inputBytes = mode === 'jsonl' ? statSync(input).size : sumSizes(input)
  const processedBytes = expected.reduce((sum, entry) => sum + (entry.expect === 'too-large' ? 0 : entry.bytes), 0)
  console.log(`\n## ${mode}: ${expected.length} inputs (${bad} bad), ${mib(inputBytes)} MiB, written in ${((Date.now() - started) / 1000).toFixed(1)} s: ${input}`)

  const full = path.join(dir, `${mode}-full.jsonl`)
  const run = await runCli(['extract', input, '-o', full, '--jobs', String(jobs)])
  const check = await checkOutput(full, expected, {full: true})
  const summary = summaryCounts(run.stderr)
  console.log(
    `uninterrupted: exit ${run.code}, ${run.seconds.toFixed(1)} s, ${(expected.length / run.seconds).toFixed(0)} inputs/s, ` +
      `${(processedBytes / 1e6 / run.seconds).toFixed(2)} MB/s (of the ${mib(processedBytes)} MiB not refused as too large), peak RSS ${run.peakRss?.toFixed(0)} MiB`
  )
  console.log(`records: ${check.records} (${check.articles} articles, ${check.errors} errors); summary: ${JSON.stringify(summary)}`)
  const byKind = new Map<string, number>()
  for (const entry of expected) if (entry.kind !== 'good') byKind.set(`${entry.kind}→${entry.expect}`, (byKind.get(`${entry.kind}→${entry.expect}`) ?? 0) + 1)
  console.log(`special inputs: ${[...byKind].map(([kind, n]) => `${n} ${kind}`).join(', ')}`)
  if (run.code !== 1) failures.push(`${mode}: exit code ${run.code}, expected 1 (bad inputs present)`)
  if (check.problems.length > 0) failures.push(`${mode}: ${check.problems.length} problems, e.g. ${check.problems.slice(0, 5).join('; ')}`)
  if (!summary || summary.inputs !== expected.length || summary.failed !== bad || summary.articles !== expected.length - bad) {
    failures.push(`${mode}: summary ${JSON.stringify(summary)} does not match ${expected.length} inputs, ${bad} failed`)
  }

  // Killed halfway, then resumed: the same records, none twice.
  const resumed = path.join(dir, `${mode}-resumed.jsonl`)
  const killed = await runCli(['extract', input, '-o', resumed, '--jobs', String(jobs)], {output: resumed, killAfter: Math.floor(expected.length / 2)})
  const partial = statSync(resumed).size
  started = Date.now()
  const second = await runCli(['extract', input, '-o', resumed, '--resume', '--jobs', String(jobs)])
  const [a, b] = await Promise.all([sortedLines(full), sortedLines(resumed)])
  const same = a.length === b.length && a.every((line, i) => line === b[i])
  const resumedSummary = summaryCounts(second.stderr)
  console.log(
    `killed (${killed.signal}) after ${killed.killedAt} lines (${mib(partial)} MiB written); resumed: exit ${second.code}, ` +
      `${resumedSummary?.done} already done, ${resumedSummary?.inputs} processed, ${second.seconds.toFixed(1)} s; ` +
      `same records as uninterrupted: ${same ? 'yes' : 'NO'} (${b.length} vs ${a.length} lines)`
  )
  if (killed.signal !== 'SIGKILL') failures.push(`${mode}: the run ended before it could be killed`)
  if (!same) failures.push(`${mode}: resumed output differs from the uninterrupted one`)
  return failures
}

async function bigMode(dir: string, targetBytes: number, jobs: number): Promise<string[]> {
  const failures: string[] = []
  const input = path.join(dir, 'big.jsonl')
  const started = Date.now()
  const expected = writeJsonlCorpus(input, {articles: 0, targetBytes, hugeBytes: 50_000_000, oversizedMax: 1})
  const bytes = statSync(input).size
  const bad = expected.filter((entry) => entry.expect !== 'article').length
  const processedBytes = expected.reduce((sum, entry) => sum + (entry.expect === 'too-large' ? 0 : entry.bytes), 0)
  console.log(`\n## big: ${expected.length} inputs (${bad} bad), ${(bytes / 1e9).toFixed(2)} GB, written in ${((Date.now() - started) / 1000).toFixed(0)} s: ${input}`)
  const output = path.join(dir, 'big-out.jsonl')
  const run = await runCli(['extract', input, '-o', output, '--jobs', String(jobs)])
  const check = await checkOutput(output, expected)
  const summary = summaryCounts(run.stderr)
  const samples = run.rss
  const at = (share: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * share))]?.toFixed(0)
  console.log(
    `extract --jobs ${jobs}: exit ${run.code}, ${run.seconds.toFixed(0)} s, ${(processedBytes / 1e6 / run.seconds).toFixed(2)} MB/s (of the ${mib(processedBytes)} MiB not refused as too large), ` +
      `${(expected.length / run.seconds).toFixed(0)} articles/s, peak RSS ${run.peakRss?.toFixed(0)} MiB`
  )
  console.log(`RSS along the run (MiB) at 10/25/50/75/90/100%: ${[0.1, 0.25, 0.5, 0.75, 0.9, 1].map(at).join(' / ')}`)
  console.log(`records: ${check.records} (${check.articles} articles, ${check.errors} errors); output ${(statSync(output).size / 1e9).toFixed(2)} GB; summary: ${JSON.stringify(summary)}`)
  if (check.problems.length > 0) failures.push(`big: ${check.problems.length} problems, e.g. ${check.problems.slice(0, 5).join('; ')}`)
  if (!summary || summary.inputs !== expected.length) failures.push(`big: summary ${JSON.stringify(summary)} does not count ${expected.length} inputs`)
  return failures
}

function sumSizes(dir: string): number {
  let total = 0
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else total += statSync(full).size
    }
  }
  walk(dir)
  return total
}

async function main() {
  const args = process.argv.slice(2)
  const value = (name: string) => {
    const at = args.indexOf(`--${name}`)
    return at === -1 ? undefined : args[at + 1]
  }
  if (!existsSync(bin)) throw new Error('Build first: npm run build')
  const jobs = Number(value('jobs') ?? availableParallelism())
  const count = Number(value('articles') ?? 10_000)
  const mode = value('mode') ?? 'both'
  const big = value('gb') ? Number(value('gb')) * 1e9 : value('mb') ? Number(value('mb')) * 1e6 : undefined
  const dir = value('dir') ?? path.join(tmpdir(), `newsfacts-stress-${process.pid}`)
  mkdirSync(dir, {recursive: true})
  console.log(`# newsfacts stress: ${new Date().toISOString()}, ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, node ${process.version}, --jobs ${jobs}`)
  const failures: string[] = []
  try {
    if (big !== undefined) failures.push(...(await bigMode(dir, big, jobs)))
    else {
      if (mode === 'jsonl' || mode === 'both') failures.push(...(await articlesMode('jsonl', dir, count, jobs)))
      if (mode === 'dir' || mode === 'both') failures.push(...(await articlesMode('dir', dir, count, jobs)))
    }
  } finally {
    if (!args.includes('--keep')) rmSync(dir, {recursive: true, force: true})
  }
  console.log(failures.length === 0 ? '\nall checks passed' : `\nFAILED:\n- ${failures.join('\n- ')}`)
  process.exitCode = failures.length === 0 ? 0 : 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
