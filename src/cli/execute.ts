import {existsSync, readFileSync} from 'node:fs'
import type {Readable, Writable} from 'node:stream'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {maxJobs, processBatch, resolveBatchOptions, type BatchOptions} from '../batch/index.js'
import {inputBytes, readInputs, type InputFormat, type ReadProgress, type SkippedFiles} from '../input/index.js'
import type {ArticleInput} from '../pipeline/index.js'
import {parseQueueAddress, type QueueAddress} from '../queue/address.js'
import type {Collector} from '../queue/collector.js'
import {QueueError} from '../queue/errors.js'
import type {OffsetUnit} from '../report/offsets.js'
import type {TextReportOptions} from '../report/text.js'
import type {StoreWriter} from '../store/writer.js'
import type {ErrorRecord} from '../types.js'
import {showControls} from '../util/controls.js'
import {useColor} from './color.js'
import {outputFormat, type OutputFormat, type TableChoice} from './formats/index.js'
import {openOutput, Output, OutputError} from './output.js'
import {Progress} from './progress.js'
import {withCollector} from './queue.js'
import {readResume, ResumeError, type Resume} from './resume.js'
import {commandHelpText, commands, flags, formats, helpText, type Command} from './schema.js'
import {checkStore, openStoreWriter, runQuery, StoreError, withStore} from './store.js'
import {nearest} from './suggest.js'
import {runWorkerCommand} from './worker.js'

export interface Io {
  stdin: Readable
  stdout: Writable
  stderr: Writable
  /** Whether stderr is a terminal: progress is shown only then. */
  stderrIsTTY?: boolean
  /** Whether stdout is a terminal: `query` prints a table there, JSON Lines elsewhere. */
  stdoutIsTTY?: boolean
  /** Width of the terminal the text report goes to: long reasons wrap to fit. */
  columns?: number
  /** Stops `worker` (which otherwise stops on SIGINT or SIGTERM). */
  signal?: AbortSignal
  /** The environment, for `NO_COLOR` and `FORCE_COLOR` (none when absent). */
  env?: Readonly<Record<string, string | undefined>>
}

class UsageError extends Error {}

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version

/**
 * Run the command line. Returns the exit code: 0 clean, 1 an input failed
 * or (for `check`) an inconsistency was found, 2 bad usage or an output that
 * cannot be written.
 */
export async function execute(argv: string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parse(argv)
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof TypeError)) throw error
    // Point at the help of the command the user is running: it lists only what applies.
    const command = argv.find((arg) => Object.hasOwn(commands, arg))
    io.stderr.write(`newsfacts: ${showControls(error.message)}\nRun \`newsfacts ${command ? `${command} ` : ''}--help\` for usage.\n`)
    return 2
  }
  if (parsed.help) {
    io.stdout.write(parsed.commandGiven ? commandHelpText(version, parsed.command) : helpText(version))
    return 0
  }
  for (const note of parsed.notes) io.stderr.write(`newsfacts: ${showControls(note)}\n`)
  if (parsed.version) {
    io.stdout.write(version + '\n')
    return 0
  }
  try {
    if (parsed.command === 'worker') return await runWorkerCommand({queue: parsed.queue!, jobs: parsed.batch.jobs, stalledAfter: parsed.stalledAfter, quiet: parsed.quiet}, io)
    // A progress line shows the queue's workers itself; without one, a run waiting for workers says so.
    const notice = (line: string) => void (io.stderrIsTTY && !parsed.quiet ? undefined : io.stderr.write(`newsfacts: ${showControls(line)}\n`))
    return await (parsed.queue ? withCollector(parsed.queue, (collector) => run(parsed, io, collector), notice) : run(parsed, io))
  } catch (error) {
    if (error instanceof ResumeError || error instanceof QueueError || error instanceof StoreError) {
      io.stderr.write(`newsfacts: ${showControls(error.message)}\n`)
      return 2
    }
    if (!(error instanceof OutputError)) throw error
    // Like other filters, stop quietly when the reader has what it wanted.
    if (error.readerGone) return 0
    io.stderr.write(`newsfacts: ${showControls(error.message)}\n`)
    return 2
  }
}

export type {Sink} from './formats/index.js'

export interface Parsed {
  command: Command
  /** Whether the command was named (`check --help` shows that command's help). */
  commandGiven: boolean
  /** Things the user should know about how their options were taken. */
  notes: string[]
  paths: string[]
  help: boolean
  version: boolean
  batch: BatchOptions
  inputFormat: InputFormat | undefined
  output: string | undefined
  resume: boolean
  facts: boolean
  conflicts: boolean
  format: string | undefined
  quiet: boolean
  /** Every fact and check (`show`, `check`), not only what needs looking at. */
  verbose: boolean
  queue: QueueAddress | undefined
  /** Milliseconds (`worker`). */
  stalledAfter: number | undefined
  store: string | undefined
  /** `--table` of the table formats (facts when not given). */
  table: TableChoice | undefined
  /** `--offsets`: what the offsets of the written records count. */
  offsets: OffsetUnit
}

function parse(argv: string[]): Parsed {
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const flag of flags) options[flag.name] = flag.short ? {type: flag.type, short: flag.short} : {type: flag.type}
  let result
  try {
    result = parseArgs({args: negativeValues(argv), options, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError(error instanceof Error ? unknownOption(error.message) : String(error))
  }
  const values = result.values as Record<string, string | boolean | undefined>
  const positionals = [...result.positionals]
  let command: Command = 'show'
  const first = positionals[0]
  const commandGiven = first !== undefined && Object.hasOwn(commands, first)
  if (commandGiven) command = positionals.shift() as Command
  else if (first !== undefined && first !== '-' && !existsSync(first)) {
    // `newsfacts chek corpus/` would otherwise report `chek` as an unreadable input and go on with `show`.
    const guess = nearest(first, Object.keys(commands))
    if (guess) throw new UsageError(`unknown command \`${first}\` (and no such file); did you mean \`${guess}\`?`)
  }
  const notes: string[] = []
  if (values.help === true) return {...defaults(), command, commandGiven, help: true}

  // Every value is read here, by its row of the schema, before any input is: a bad one is a usage error naming its flag.
  const read = new Map<string, unknown>()
  for (const flag of flags) {
    const value = values[flag.name]
    if (value === undefined) continue
    if (flag.commands && !flag.commands.includes(command)) {
      throw new UsageError(`\`--${flag.name}\` applies to ${flag.commands.join(', ')}, not \`${command}\``)
    }
    const choices = flag.name === 'format' ? formats[command] : flag.choices
    if (choices && typeof value === 'string' && !choices.includes(value)) {
      throw new UsageError(`\`--${flag.name}\` ${flag.name === 'format' ? `of \`${command}\` ` : ''}must be one of ${choices.join(', ')}, not \`${value}\``)
    }
    if (typeof value !== 'string' || !flag.read) {
      read.set(flag.name, value)
      continue
    }
    const outcome = flag.read(value, flag.name)
    if ('problem' in outcome) throw new UsageError(outcome.problem)
    read.set(flag.name, outcome.value)
  }
  const string = (name: string) => read.get(name) as string | undefined
  const number = (name: string) => read.get(name) as number | undefined
  const batch: BatchOptions = {}
  const segmenter = string('segmenter')
  if (segmenter) batch.segmenter = segmenter as BatchOptions['segmenter'] & string
  const from = string('from')
  if (from) batch.from = from as BatchOptions['from'] & string
  const encoding = string('encoding')
  if (encoding) batch.encoding = encoding
  const publishedAt = string('published-at')
  if (publishedAt) batch.publishedAt = publishedAt
  const maxBytes = number('max-bytes')
  if (maxBytes) batch.maxBytes = maxBytes
  const jobs = number('jobs')
  if (jobs !== undefined && jobs > maxJobs()) notes.push(`\`--jobs ${jobs}\` is more than this machine can use: running ${maxJobs()} workers (2 × ${maxJobs() / 2} cores)`)
  if (jobs !== undefined) batch.jobs = Math.min(jobs, maxJobs())
  if (values.unordered) batch.unordered = true
  // The records carry their tokens only when asked: they are most of a record's size.
  if (values.tokens === true || command === 'segment') batch.tokens = true
  const timeout = number('timeout')
  if (timeout !== undefined) batch.timeout = timeout
  if (timeout && jobs === 0) throw new UsageError('`--timeout` needs worker threads: with `--jobs 0` nothing can stop an article (use `--jobs 1` or more, or leave out `--timeout`)')
  // The library checks them again; what it refuses here is a usage error too, before any input is read.
  resolveBatchOptions(batch)
  const queue = string('queue') === undefined ? undefined : parseQueueAddress(string('queue')!)
  if (command === 'worker' && !queue) throw new UsageError('`worker` needs `--queue <url>`: the Redis queue to take jobs from, such as redis://127.0.0.1:6379/0')
  if (command === 'worker' && positionals.length > 0) throw new UsageError('`worker` reads no paths: its articles come from the queue')
  if (queue && command === 'extract' && jobs !== undefined) throw new UsageError('`--jobs` with `--queue` is for `newsfacts worker`: `extract --queue` only queues the articles and collects their records')
  const stalledAfter = number('stalled-after')

  const parsed: Parsed = {
    command,
    commandGiven,
    notes,
    paths: positionals,
    help: false,
    version: values.version === true,
    batch,
    inputFormat: string('input-format') as InputFormat | undefined,
    output: string('output'),
    resume: values.resume === true,
    facts: values.facts === true,
    conflicts: values.conflicts === true,
    format: string('format'),
    quiet: values.quiet === true,
    verbose: values.verbose === true,
    queue,
    stalledAfter: stalledAfter === undefined ? undefined : stalledAfter * 1000,
    store: string('store'),
    table: string('table') as TableChoice | undefined,
    offsets: (string('offsets') ?? 'utf16') as OffsetUnit
  }
  const tableFormat = parsed.format === 'csv' || parsed.format === 'parquet'
  if (parsed.table && !tableFormat) throw new UsageError('`--table` picks a table of `--format csv` or `--format parquet`')
  if (parsed.table === 'all' && !parsed.output) throw new UsageError(`\`--table all\` needs \`--output <directory>\`: it writes articles, facts and checks as three files there`)
  if (values.tokens === true && (tableFormat || parsed.facts)) throw new UsageError('`--tokens` adds tokens to the JSON Lines article records; `newsfacts segment` writes them as text')
  if (command === 'query' && (!parsed.store || parsed.paths.length !== 1)) throw new UsageError('`query` needs `--store <db>` and one SQL statement, quoted: newsfacts query --store facts.duckdb "SELECT count(*) FROM facts"')
  if (parsed.store && command === 'extract' && parsed.conflicts && !parsed.output) throw new UsageError('`--conflicts` with `--store` needs `--output <file>` (the store takes the records); `check --store` finds conflicts across the store')
  if (parsed.resume && !parsed.output) throw new UsageError('`--resume` needs `--output <file>`')
  if (parsed.resume && (parsed.format === 'csv' || parsed.format === 'parquet')) {
    throw new UsageError(`\`--resume\` works on JSON Lines output; it cannot tell a half-written article in ${parsed.format === 'csv' ? 'CSV' : 'Parquet'}`)
  }
  if (parsed.conflicts && (parsed.format === 'csv' || parsed.format === 'parquet')) throw new UsageError('`--conflicts` adds records to JSON Lines output; CSV and Parquet hold tables of articles, facts and checks')
  if (parsed.format === 'parquet' && !parsed.output && parsed.table !== 'all') throw new UsageError('`--format parquet` needs `--output <file>`: a Parquet file is binary')
  if (command === 'report' && !parsed.output) throw new UsageError('`report` needs `--output <file>` (`-o report.html`)')
  return parsed
}

function defaults(): Omit<Parsed, 'command' | 'commandGiven' | 'help'> {
  return {notes: [], paths: [], version: false, batch: {}, inputFormat: undefined, output: undefined, resume: false, facts: false, conflicts: false, format: undefined, quiet: false, verbose: false, queue: undefined, stalledAfter: undefined, store: undefined, table: undefined, offsets: 'utf16'}
}

/**
 * `--jobs -1` as `--jobs=-1`: parseArgs refuses a value starting with a dash
 * as ambiguous, which hides what is wrong with it (it is negative).
 */
function negativeValues(argv: string[]): string[] {
  const takesValue = new Map<string, string>()
  for (const flag of flags) {
    if (flag.type !== 'string') continue
    takesValue.set(`--${flag.name}`, flag.name)
    if (flag.short) takesValue.set(`-${flag.short}`, flag.name)
  }
  const args: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const name = takesValue.get(argv[index]!)
    const next = argv[index + 1]
    if (name !== undefined && next !== undefined && /^-\d|^-\.\d/.test(next)) {
      args.push(`--${name}=${next}`)
      index++
    } else args.push(argv[index]!)
  }
  return args
}

/** parseArgs' message for an unknown option, with the option it is likely a typo of. */
function unknownOption(message: string): string {
  const match = /^Unknown option '(--?)([^']+)'/.exec(message)
  if (!match) return message.replace(/\. To specify a positional.*$/s, '')
  const [, dashes, name] = match
  const guess = dashes === '--' ? nearest(name!, flags.map((flag) => flag.name)) : undefined
  return `unknown option \`${dashes}${name}\`${guess ? `; did you mean \`--${guess}\`?` : ''}`
}

/** Query a store, check one, or read the inputs into the run (and a store, when given). */
async function run(parsed: Parsed, io: Io, collector?: Collector): Promise<number> {
  if (parsed.command === 'query') return runQuery(parsed.store!, parsed.paths[0]!, parsed.format, io)
  if (!parsed.store) return runInputs(parsed, io, collector)
  if (parsed.command === 'check' && parsed.paths.length === 0) return checkStore(parsed.store, {json: parsed.format === 'json', quiet: parsed.quiet}, io)
  const store = await openStoreWriter(parsed.store)
  try {
    return await runInputs(parsed, io, collector, store)
  } finally {
    await store.store.close()
  }
}

/** Read the inputs, process them (here, or by the workers of `collector`'s queue) and write the output. */
async function runInputs(parsed: Parsed, io: Io, collector?: Collector, store?: StoreWriter): Promise<number> {
  let paths = parsed.paths
  if (paths.length === 0) {
    if ((io.stdin as Readable & {isTTY?: boolean}).isTTY) {
      io.stderr.write('newsfacts: no input; give paths or pipe text to stdin. Run `newsfacts --help` for usage.\n')
      return 2
    }
    paths = ['-']
  }

  const resume = parsed.resume && parsed.output ? await readResume(parsed.output, {mode: parsed.facts ? 'facts' : 'records'}) : undefined
  const format = outputFormat(parsed.command, parsed.format)!
  // A format that writes a directory opens its own files there.
  const directory = format.writesDirectory?.(parsed) ?? false
  const toFile = parsed.output !== undefined && !directory
  const out = directory ? undefined : toFile ? await openOutput(parsed.output!, parsed.resume) : new Output(io.stdout, 'stdout')
  const err = new Output(io.stderr, 'stderr')
  const read: ReadProgress = {bytes: 0}
  const progress = new Progress(io.stderr, Boolean(io.stderrIsTTY) && !parsed.quiet, {read, total: () => inputBytes(paths), status: collector && (() => collector.status())})
  const skipped: SkippedFiles = {count: 0, examples: []}
  // The collector leaves out done inputs itself, after cutting the inputs into jobs: a resumed run then makes the jobs the first one made.
  const skip = new WeakSet<ArticleInput | ErrorRecord>()
  const inputs = resuming(readInputs(paths, {maxBytes: parsed.batch.maxBytes, encoding: parsed.batch.encoding ?? null, inputFormat: parsed.inputFormat, stdin: io.stdin, progress: read, skipped, exclude: parsed.output}), resume, collector ? skip : undefined, () => progress.pass())

  // A format whose report is its output (show, check) writes it to `--output`; the others report on stderr.
  const reportsToFile = toFile && format.reportIsOutput === true
  const reports = reportsToFile ? out! : err
  const text = reportOptions(parsed, format, io, reportsToFile)
  // A quiet report of an article without warnings is empty: no line at all for it.
  const show = async (report: string) => {
    if (!report) return
    progress.clear()
    await reports.write(report + '\n')
  }
  const formatSink = await format.create({parsed, out, err, text, show, store})
  const sink = store ? withStore(formatSink, store, err, parsed.quiet) : formatSink
  let failed = 0
  let articles = 0
  let facts = 0
  let warnings = 0
  let repaired = 0
  try {
    for await (const result of collector ? collector.process(inputs, {...parsed.batch, skip}) : processBatch(inputs, parsed.batch)) {
      const record = result.record
      if (record.type === 'error') failed++
      else if (record.type === 'article') {
        articles++
        facts += record.facts.length
        warnings += record.messages.filter((message) => message.fatal === false).length
        if (record.messages.some((message) => message.source === 'repair')) repaired++
      }
      progress.tick(record, result.source.length)
      await sink.write(result)
    }
  } finally {
    progress.done()
  }
  const inputCount = articles + failed
  const passed = resume?.passed ?? 0
  if (inputCount + passed === 0) {
    // Nothing read at all is a mistake (a wrong folder, articles with other extensions), not a clean run.
    if (toFile) await out!.end()
    // A directory's files are open: they are closed as empty tables, not left half-written.
    if (directory) await sink.end()
    const where = paths.map((given) => (given === '-' ? 'standard input' : `\`${given}\``)).join(', ')
    await err.write(`newsfacts: no inputs in ${showControls(where)}${skipped.count > 0 ? `: ${describeSkipped(skipped)}` : ''}\n`)
    return 2
  }
  const inconsistent = await sink.end()
  if (toFile) await out!.end()

  if (resume && resume.repeated.count > 0) await err.write(`newsfacts: warning: ${describeRepeated(resume.repeated)}\n`)
  if (!parsed.quiet) {
    if (skipped.count > 0) await err.write(`newsfacts: ${describeSkipped(skipped)}\n`)
    const done = passed > 0 ? `, ${passed} already done` : ''
    const parts = [
      `${articles} ${plural(articles, 'article')}${repaired > 0 ? ` (${repaired} repaired)` : ''}`,
      `${failed} failed`,
      `${facts} ${plural(facts, 'fact')}`,
      `${warnings} ${plural(warnings, 'warning')}`
    ]
    if (parsed.command === 'check') parts.push(`${inconsistent} inconsistent`)
    await err.write(`newsfacts: ${inputCount} ${plural(inputCount, 'input')}: ${parts.join(', ')}${done}\n`)
  }
  return failed > 0 || (parsed.command === 'check' && inconsistent > 0) ? 1 : 0
}

/** How the text report reads: the format's brief form unless `--verbose`; coloured and wrapped only for a terminal. */
function reportOptions(parsed: Parsed, format: OutputFormat, io: Io, toFile: boolean): TextReportOptions {
  return {
    color: !toFile && useColor(io.env ?? {}, Boolean(io.stderrIsTTY)),
    quiet: parsed.quiet,
    ...(toFile || io.columns === undefined ? {} : {width: io.columns}),
    ...(parsed.verbose ? {} : format.brief)
  }
}

function plural(count: number, word: string): string {
  return count === 1 ? word : word + 's'
}

function describeSkipped(skipped: SkippedFiles): string {
  const files = skipped.count === 1 ? '1 file' : `${skipped.count} files`
  const examples = skipped.examples.map((file) => `\`${showControls(file)}\``).join(', ')
  return `skipped ${files} in directories that are not articles by name or extension (${skipped.count > skipped.examples.length ? 'e.g. ' : ''}${examples}); give a file as a path to read it anyway`
}

function describeRepeated(repeated: Resume['repeated']): string {
  const ids = repeated.count === 1 ? '1 id is' : `${repeated.count} ids are`
  const examples = repeated.examples.map((id) => `\`${showControls(id)}\``).join(', ')
  return `${ids} given to more than one input (${repeated.count > repeated.examples.length ? 'e.g. ' : ''}${examples}); --resume matched their records to the inputs in order of occurrence, so give each input an id of its own`
}

/**
 * The inputs, less those `resume` finds done. Those are counted and, for
 * the collector (which leaves them out itself, after cutting the inputs
 * into jobs), kept in and marked in `mark`.
 */
async function* resuming(
  inputs: AsyncIterable<ArticleInput | ErrorRecord>,
  resume: Resume | undefined,
  mark: WeakSet<ArticleInput | ErrorRecord> | undefined,
  passed: () => void
): AsyncGenerator<ArticleInput | ErrorRecord> {
  if (!resume) return yield* inputs
  for await (const input of inputs) {
    if (resume.done(input.id)) {
      passed()
      if (!mark) continue
      mark.add(input)
    }
    yield input
  }
}
