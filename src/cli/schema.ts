import {resolveEncoding} from '../decode/encodings.js'
import {normalizePublishedAt} from '../metadata/dateline.js'
import type {SegmenterName} from '../pipeline/options.js'
import {offsetUnits} from '../report/offsets.js'
import {missingSegmenter} from '../segment/installed.js'
import {tableChoices} from './formats/tables.js'

/** A flag's value read, or why it cannot be: the whole message, naming the flag. */
export type ReadValue = {value: unknown} | {problem: string}

/** One flag schema drives parsing, validation and `--help`. */
export interface Flag {
  name: string
  short?: string
  type: 'boolean' | 'string'
  /** Placeholder shown in help for string flags. */
  value?: string
  description: string
  /** Commands the flag applies to (all when absent). */
  commands?: readonly Command[]
  choices?: readonly string[]
  /** Reads a string value (after `choices`), before any input is read; without it the value is taken as given. */
  read?: (raw: string, flag: string) => ReadValue
}

/** A value that must be a whole number of at least `min`. */
const wholeNumber =
  (min: number) =>
  (raw: string, flag: string): ReadValue => {
    const value = Number(raw)
    return Number.isInteger(value) && value >= min && raw.trim() !== '' ? {value} : {problem: `\`--${flag}\` must be a whole number of at least ${min}, not \`${raw}\``}
  }

/** Seconds, as milliseconds; 0 for none. */
function seconds(raw: string, flag: string): ReadValue {
  const value = Number(raw)
  return value >= 0 && Number.isFinite(value) && raw.trim() !== '' ? {value: value * 1000} : {problem: `\`--${flag}\` must be a number of seconds (0 for none), not \`${raw}\``}
}

function date(raw: string, flag: string): ReadValue {
  const value = normalizePublishedAt(raw)
  return value ? {value} : {problem: `\`--${flag}\` must be a date such as 2023-02-20, not \`${raw}\``}
}

function encoding(raw: string, flag: string): ReadValue {
  return resolveEncoding(raw) ? {value: raw} : {problem: `\`--${flag}\` must be an encoding iconv-lite knows (utf-8, gb18030, big5, utf-16le, shift_jis, …), not \`${raw}\``}
}

/** A backend whose optional package is missing would fail every article one by one: say so once, now. */
function installedSegmenter(raw: string, flag: string): ReadValue {
  const missing = missingSegmenter(raw as SegmenterName)
  return missing ? {problem: `\`--${flag} ${raw}\`: ${missing.replace(/^The/, 'the')}`} : {value: raw}
}

export const commands = {
  show: 'Print a readable report per article: repairs, facts and checks (the default)',
  extract: 'Write one JSON record per article (JSON Lines) to stdout or --output',
  check: 'Report consistency checks, linter style, and conflicts across articles',
  report: 'Write a self-contained HTML report (-o FILE)',
  segment: 'Write the normalized text with its tokens separated by spaces, a line for each line of the text (as jieba\'s command line does)',
  worker: 'Take jobs from a Redis queue (--queue) that `extract --queue` fills, until stopped',
  query: 'Print the rows of an SQL query on a fact store (--store)'
} as const

export type Command = keyof typeof commands

/** The `--format` values each command takes, its default first. */
export const formats: Record<Command, readonly string[]> = {
  show: ['text'],
  extract: ['jsonl', 'csv', 'parquet'],
  check: ['text', 'json'],
  report: [],
  segment: ['text'],
  worker: [],
  query: ['table', 'json']
}

/** The commands that read articles; `worker` takes its articles, and their options, from the queue. */
const articleCommands = ['show', 'extract', 'check', 'report', 'segment'] as const

export const flags: readonly Flag[] = [
  {name: 'help', short: 'h', type: 'boolean', description: 'Show this help'},
  {name: 'version', short: 'v', type: 'boolean', description: 'Show the version'},
  {name: 'segmenter', type: 'string', value: 'name', choices: ['node-rs', 'nodejieba'], read: installedSegmenter, commands: articleCommands, description: 'jieba backend: node-rs (default, @node-rs/jieba) or nodejieba'},
  {name: 'from', type: 'string', value: 'variant', choices: ['t', 'tw', 'hk'], commands: articleCommands, description: 'Traditional variant to convert from: t (default), tw, hk'},
  {name: 'encoding', type: 'string', value: 'name', read: encoding, commands: articleCommands, description: 'Force the input encoding (utf-8, gb18030, big5, utf-16le, …) instead of detecting it'},
  {name: 'input-format', type: 'string', value: 'name', choices: ['text', 'jsonl'], commands: articleCommands, description: 'What standard input holds: text (one article) or jsonl (default: jsonl when it starts with `{`)'},
  {
    name: 'published-at',
    type: 'string',
    value: 'date',
    read: date,
    commands: articleCommands,
    description: 'Publication date of inputs that state none (no date field, HTML meta or dateline), to resolve 去年, 上月 … against; a date the article states wins'
  },
  {name: 'max-bytes', type: 'string', value: 'n', read: wholeNumber(1), commands: articleCommands, description: 'Refuse inputs over n bytes (default 10485760)'},
  {name: 'jobs', short: 'j', type: 'string', value: 'n', read: wholeNumber(0), description: 'Worker threads (default: number of cores, at most 2 × cores as each worker holds its own dictionaries; 0 = in this thread, with no crash isolation or timeout)'},
  {name: 'timeout', type: 'string', value: 's', read: seconds, commands: articleCommands, description: 'Stop an article after s seconds with a `timeout` error record (default 60; 0 = never; not with --jobs 0)'},
  {name: 'unordered', type: 'boolean', commands: articleCommands, description: 'Write records as they finish instead of in input order'},
  {name: 'output', short: 'o', type: 'string', value: 'file', commands: articleCommands, description: 'Write to file instead of stdout (show, check: the text report, else on stderr; report: the HTML file)'},
  {name: 'resume', type: 'boolean', commands: ['extract'], description: 'With --output: skip the inputs the file has records of (by id and occurrence), try again timeout and internal errors, append the rest'},
  {name: 'facts', type: 'boolean', commands: ['extract'], description: 'One fact per line (with its article id) instead of one article per line'},
  {name: 'tokens', type: 'boolean', commands: ['extract'], description: 'Add `tokens` to each article record: every token of its text with part of speech and offsets'},
  {name: 'offsets', type: 'string', value: 'unit', choices: offsetUnits, commands: ['extract'], description: 'What offsets count (span, sourceSpan, sentence, tokens; the tables\' columns): utf16 (default, code units as JavaScript counts) or codepoint (as Python counts)'},
  {name: 'table', type: 'string', value: 'name', choices: tableChoices, commands: ['extract'], description: 'csv and parquet: the table to write: facts (default), articles, checks, or all (three files in the directory --output names)'},
  {name: 'conflicts', type: 'boolean', commands: ['extract'], description: 'End the JSON Lines with conflict records between the articles of the run (kept in memory: for sets of related articles)'},
  {name: 'format', type: 'string', value: 'name', commands: ['show', 'extract', 'check', 'query'], description: 'extract: jsonl (default), csv or parquet (a table: see --table; parquet needs -o); check: text (default) or json; query: table (default on a terminal) or json (JSON Lines, default when piped)'},
  {name: 'queue', type: 'string', value: 'url', commands: ['extract', 'worker'], description: 'A Redis queue, redis://host:port/db[?name=queue]: extract queues the articles there as jobs for `newsfacts worker`s and writes their records as a local run would; worker takes jobs from it'},
  {name: 'stalled-after', type: 'string', value: 's', read: wholeNumber(1), commands: ['worker'], description: 'Give a job to another worker when its worker has not renewed its lock for s seconds (default 30; give every worker the same)'},
  {
    name: 'store',
    type: 'string',
    value: 'db',
    commands: ['extract', 'check', 'query'],
    description: 'Fact store: a DuckDB file (created when missing) or a postgresql:// URL. extract and check store articles, facts and checks there (extract writes records only with -o); check finds conflicts across everything stored (with no paths: the store alone)'
  },
  {
    name: 'verbose',
    type: 'boolean',
    commands: ['show', 'check'],
    description: 'Every fact and check of each article; by default show gives warnings, inconsistencies and a line of counts per article, and check only inconsistencies and conflicts'
  },
  {name: 'quiet', short: 'q', type: 'boolean', description: 'No progress or summary on stderr; show only warnings and errors'}
]

/** Help for one command: its usage, and only the options that apply to it. */
export function commandHelpText(version: string, command: Command): string {
  const usage =
    command === 'worker' ? 'worker --queue <url> [options]' : command === 'query' ? 'query --store <db> [options] "SQL"' : `${command} [options] <paths...>`
  const lines = [`newsfacts ${version}`, '', `Usage: newsfacts ${usage}`, '', commands[command] + '.', '', 'Options:']
  for (const flag of flags) {
    if (flag.commands && !flag.commands.includes(command)) continue
    // `query` reads a store: the pipeline's options mean nothing to it.
    if (command === 'query' && !flag.commands && !['help', 'version', 'quiet'].includes(flag.name)) continue
    let description = flag.description
    if (flag.name === 'format') {
      description =
        command === 'query'
          ? 'table (default on a terminal) or json (JSON Lines: one object per row; the default when piped)'
          : `${formats[command].join(', ')} (default ${formats[command][0]})${command === 'extract' ? '; csv and parquet write a table (--table), parquet needs -o' : ''}`
    }
    lines.push(flagLine(flag, description))
  }
  lines.push('', 'Run `newsfacts --help` for paths, exit codes and examples.')
  return lines.join('\n') + '\n'
}

function flagLine(flag: Flag, description = flag.description): string {
  const names = `${flag.short ? `-${flag.short}, ` : '    '}--${flag.name}${flag.value ? ` <${flag.value}>` : ''}`
  return `  ${names.padEnd(28)}${description}`
}

export function helpText(version: string): string {
  const lines = [
    `newsfacts ${version}: repair, convert and segment news articles; extract and cross-check their numeric facts`,
    '',
    'Usage: newsfacts [command] [options] <paths...>',
    '',
    'Paths are files (.txt .html .json .jsonl), directories (walked recursively) or - for stdin.',
    'A directory walk reads article extensions and extensionless text files; it skips and counts other files and README, LICENSE and the like.',
    '',
    'Commands:'
  ]
  for (const [name, description] of Object.entries(commands)) lines.push(`  ${name.padEnd(22)}${description}`)
  lines.push('', 'Options:')
  for (const flag of flags) lines.push(flagLine(flag))
  lines.push(
    '',
    'Run `newsfacts <command> --help` for the options of one command.',
    '',
    'Exit codes: 0 clean; 1 an input failed, or (check) an inconsistency or conflict was found; 2 bad usage, no input found, or the run could not go on (output not writable or not resumable, workers not starting, a store that cannot be opened, written or queried).',
    '',
    'Environment: NO_COLOR turns colour off; FORCE_COLOR=1 turns it on, even through a pipe, and FORCE_COLOR=0 off.',
    '',
    'Examples:',
    '  newsfacts corpus/',
    '  newsfacts extract articles.jsonl -o facts.jsonl --resume',
    '  newsfacts extract --format csv corpus/ > facts.csv',
    '  newsfacts extract --format parquet corpus/ -o facts.parquet',
    '  newsfacts extract --format parquet --table all corpus/ -o tables/   # articles, facts and checks',
    '  newsfacts segment article.txt > article.seg.txt',
    '  newsfacts check corpus/',
    '  newsfacts extract --store facts.duckdb corpus/ && newsfacts check --store facts.duckdb',
    '  newsfacts query --store facts.duckdb "SELECT kind, count(*) AS n FROM facts GROUP BY kind"',
    '  newsfacts report corpus/ -o report.html',
    '  newsfacts worker --queue redis://10.0.0.5:6379/0          # on each machine that is to work',
    '  newsfacts extract --queue redis://10.0.0.5:6379/0 corpus/ -o facts.jsonl'
  )
  return lines.join('\n') + '\n'
}
