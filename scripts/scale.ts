/**
 * How the command line scales on ONE large article: seconds and peak RSS
 * (per MB of input) of `extract`, `check` and `show`, each in a new process
 * (`--jobs 1`, output dropped), on articles built from the corpus:
 *
 *   zh N MB     a Chinese corpus article repeated to N MB (N = 1, 2, 4)
 *   en 2 MB     an English corpus article repeated to 2 MB
 *   no-punct    the Chinese article without punctuation or line breaks (one run of text)
 *   sentence    the Chinese article as one sentence: every stop and line break a comma
 *
 * Linear work keeps cpu/MB and RSS/MB flat down a column; quadratic work
 * doubles them with each doubling of the size. A run that fails (out of
 * memory, over --timeout) shows its exit code.
 *
 *   npm run build && npx tsx scripts/scale.ts [--sizes 1,2,4] [--no-punct-mb 0.1] [--sentence-mb 1]
 *                                             [--commands extract,check,show] [--timeout 300] [--bin dist/cli/bin.js]
 *
 * A script, not a test: timings never go in assertions.
 */
import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const flag = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : (args[at + 1] ?? fallback)
}
const sizes = flag('sizes', '1,2,4').split(',').map(Number)
const noPunctMb = Number(flag('no-punct-mb', '0.1'))
const sentenceMb = Number(flag('sentence-mb', '1'))
const commands = flag('commands', 'extract,check,show').split(',')
const timeoutSeconds = Number(flag('timeout', '300'))
const bin = path.resolve(root, flag('bin', 'dist/cli/bin.js'))

const chinese = readFileSync(path.join(root, 'corpus/articles/001_yunchuan_economy_h1.txt'), 'utf8')
const english = readFileSync(path.join(root, 'corpus/articles/018_en_riverside_district_budget.txt'), 'utf8')

/** `text` repeated (a line break between copies) to at least `mb` MB of UTF-8. */
function repeated(text: string, mb: number, separator = '\n'): string {
  const copies = Math.ceil((mb * 1e6) / Buffer.byteLength(text + separator))
  return Array.from({length: copies}, () => text).join(separator)
}

const cases: Array<{name: string; text: string}> = [
  ...sizes.map((mb) => ({name: `zh ${mb} MB`, text: repeated(chinese, mb)})),
  {name: 'en 2 MB', text: repeated(english, 2)},
  {name: `no-punct ${noPunctMb} MB`, text: repeated(chinese.replace(/[\p{P}\s]+/gu, ''), noPunctMb, '')},
  {name: `sentence ${sentenceMb} MB`, text: repeated(chinese.replace(/[。！？；\n]+/g, '，').replace(/\s+/g, ''), sentenceMb, '，')}
]

interface Run {
  seconds: number
  /** User and system CPU seconds: less swayed than wall time by other work on the machine. */
  cpu: number
  rssMb: number
  code: number | null
}

/** One command in a new process under `/usr/bin/time` (which writes the peak RSS to `timing`). */
function run(command: string, file: string, timing: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    // `show` and `check` write their reports to stderr: both streams are dropped.
    const child = spawn('/usr/bin/time', ['-o', timing, '-f', 'maxrss %M cpu %U %S', process.execPath, bin, command, '--jobs', '1', file], {
      stdio: 'ignore',
      // Its own process group, so a timeout stops node as well as time.
      detached: true
    })
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), timeoutSeconds * 1000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      const seconds = Number(process.hrtime.bigint() - start) / 1e9
      const measured = existsSync(timing) ? /maxrss (\d+) cpu ([\d.]+) ([\d.]+)/.exec(readFileSync(timing, 'utf8')) : null
      rmSync(timing, {force: true})
      resolve({
        seconds,
        cpu: measured ? Number(measured[2]) + Number(measured[3]) : Number.NaN,
        rssMb: measured ? Number(measured[1]) / 1024 : Number.NaN,
        code
      })
    })
  })
}

const dir = mkdtempSync(path.join(tmpdir(), 'newsfacts-scale-'))
try {
  console.log(`newsfacts scale: ${bin}, node ${process.version}, ${new Date().toISOString()}`)
  console.log(`one article per run, --jobs 1; s = wall seconds, cpu = user+sys seconds, RSS = peak RSS (MiB); /MB = per MB of input; load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}\n`)
  const header = ['article'.padEnd(18), 'MB in'.padStart(6), ...commands.map((command) => `${command}: s   cpu cpu/MB   RSS RSS/MB`.padStart(38))]
  console.log(header.join(' '))
  for (const {name, text} of cases) {
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.txt`)
    writeFileSync(file, text)
    const mb = Buffer.byteLength(text) / 1e6
    const cells = [name.padEnd(18), mb.toFixed(2).padStart(6)]
    for (const command of commands) {
      const result = await run(command, file, path.join(dir, 'time.txt'))
      // Exit 1 is `check` finding an inconsistency: the run itself went through.
      const failed = result.code !== 0 && !(result.code === 1 && command === 'check')
      cells.push(
        failed
          ? `failed (exit ${result.code ?? 'killed'}) after ${result.seconds.toFixed(1)} s`.padStart(38)
          : [
              result.seconds.toFixed(1).padStart(7),
              result.cpu.toFixed(1).padStart(5),
              (result.cpu / mb).toFixed(2).padStart(6),
              result.rssMb.toFixed(0).padStart(5),
              (result.rssMb / mb).toFixed(0).padStart(6)
            ].join(' ').padStart(38)
      )
    }
    console.log(cells.join(' '))
    rmSync(file)
  }
} finally {
  rmSync(dir, {recursive: true, force: true})
}
