import stringWidth from 'string-width'
import {stringifyPosition} from 'unist-util-stringify-position'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {breakable, columns} from './columns.js'
import {renderFile} from './render.js'
import type {ArticleRecord, Check, ConflictRecord, Fact, MessageRecord, OutputRecord, Span} from '../types.js'
import {assertRecord} from './record.js'
import {showControls} from '../util/controls.js'

export interface TextReportOptions {
  color?: boolean
  /** Show only warnings and errors. */
  quiet?: boolean
  /** Include facts (the `show` command) or only messages and checks (the `check` command). */
  facts?: boolean
  /** Include consistent and unverifiable checks, not only inconsistent ones. */
  allChecks?: boolean
  /**
   * Only warnings and errors (inconsistent checks among them), with the
   * article's counts (facts, checks by verdict, repairs) on its file line:
   * the report of many articles that does not scroll away.
   */
  compact?: boolean
  /** Only inconsistent checks and errors: an article with none has no report (`check`). */
  checksOnly?: boolean
  /** Columns the report should fit (a terminal's width): longer reasons wrap onto lines of their own. No limit when absent. */
  width?: number
}

/**
 * A unified-style report of one record: `line:column  severity  reason  rule  source`,
 * positions in the original input. Facts and checks are shown as messages
 * of the display file only; the record itself is not changed.
 */
export function formatRecord(record: OutputRecord, source: string, options: TextReportOptions = {}): string {
  assertRecord(record, 'formatRecord')
  const file = new VFile({path: showControls('id' in record ? record.id : record.rule), value: source})
  if (record.type === 'error') {
    const message = file.message(record.error.message, {ruleId: record.error.code, source: 'newsfacts'})
    message.fatal = true
  } else if (record.type === 'article') {
    addArticle(file, record, source, options)
  } else {
    return formatConflict(record)
  }
  // The reporter's `quiet` only hides files without messages; info messages are ours to drop.
  if (options.quiet || options.compact || options.checksOnly) file.messages = file.messages.filter((message) => message.fatal === true || message.fatal === false)
  if (options.checksOnly) file.messages = file.messages.filter((message) => message.fatal === true || message.source === 'check')
  for (const message of file.messages) message.reason = message.message = showControls(message.reason)
  wrapReasons(file, options.width)
  const note = options.compact && !options.quiet && record.type === 'article' ? showControls(countsOf(record)) : undefined
  const report = renderFile(file, {color: options.color ?? false, quiet: (options.quiet || options.checksOnly) ?? false, ...(note === undefined ? {} : {note})})
  return options.color ? report.replaceAll(yellowInfo, blueInfo) : report
}

/**
 * vfile-reporter paints every non-error label yellow, so the many info lines
 * (facts, consistent checks) drowned the few warnings. Info is blue, as in
 * other linters; same width, so the columns stay aligned.
 */
const yellowInfo = '\u001B[33minfo\u001B[39m'
const blueInfo = '\u001B[34minfo\u001B[39m'

/** Narrowest reason column worth wrapping to; below it the rule and source columns are the ones to overflow. */
const minReasonWidth = 30

/**
 * Widest reason kept on one line when no width is given. The reporter pads
 * every row to the widest cell, so a check naming a thousand repetitions
 * (a 30,000-column reason) made every row of a large article that wide:
 * hundreds of MB of spaces, gigabytes of memory. Far wider than any
 * terminal, and than any reason in the corpus (about 300 columns).
 */
const maxReasonWidth = 400

/**
 * The reporter pads every column to its longest cell, so one long reason
 * pushes every row of the article past the terminal's edge. Reasons wider
 * than what is left of the line (or than `maxReasonWidth` when the width is
 * not known) continue on lines of their own, aligned under the reason
 * column (the reporter prints such lines unpadded).
 */
function wrapReasons(file: VFile, width: number | undefined) {
  const {messages} = file
  const room = width === undefined ? maxReasonWidth : Math.max(minReasonWidth, width - indentOf(messages) - trailingOf(messages) - 1)
  // No more than two columns a code unit: most reasons need no measuring.
  const long = messages.filter((message) => message.reason.length * 2 > room && columns(message.reason) > room)
  if (long.length === 0) return
  const indent = indentOf(messages)
  for (const message of long) {
    const lines = wrap(message.reason, room)
    message.reason = [lines[0], ...lines.slice(1).map((line) => ' '.repeat(indent) + line)].join('\n')
    message.message = message.reason
  }
}

/** Columns before the reason: place, severity, and a space after each. */
function indentOf(messages: VFile['messages']): number {
  return widest(messages.map((message) => stringifyPosition(message.place))) + 1 + widest(messages.map((message) => label(message.fatal))) + 1
}

/** Columns after the reason: rule and source. */
function trailingOf(messages: VFile['messages']): number {
  return widest(messages.map((message) => message.ruleId ?? '')) + 1 + widest(messages.map((message) => message.source ?? ''))
}

/** Columns of the widest cell (no spread: an article can have 100,000 messages). */
function widest(cells: string[]): number {
  let most = 0
  for (const cell of cells) most = Math.max(most, columns(cell))
  return most
}

function label(fatal: boolean | null | undefined): string {
  return fatal ? 'error' : fatal === false ? 'warning' : 'info'
}


/**
 * Greedy line breaking of `text` into lines of at most `width` columns (a longer unbreakable word gets a line of its own).
 * Widths add up token by token, so a reason of any length wraps in one pass.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  let lineWidth = 0
  // Width of the whitespace the line ends with, which a break drops.
  let trailWidth = 0
  let blank = true
  for (const [token] of text.matchAll(breakable)) {
    const tokenWidth = columns(token)
    const spaceOnly = !/\S/.test(token)
    const trail = spaceOnly ? trailWidth + tokenWidth : columns(token.slice(token.trimEnd().length))
    if (!blank && lineWidth + tokenWidth - trail > width) {
      lines.push(line.trimEnd())
      line = token.trimStart()
      lineWidth = columns(line)
      trailWidth = spaceOnly ? 0 : trail
      blank = spaceOnly
    } else {
      line += token
      lineWidth += tokenWidth
      trailWidth = trail
      blank &&= spaceOnly
    }
  }
  if (!blank) lines.push(line.trimEnd())
  return lines
}

function addArticle(file: VFile, record: ArticleRecord, source: string, options: TextReportOptions) {
  const locate = location(source)
  const placeOf = (span: Span | undefined) => {
    if (!span) return undefined
    const start = locate.toPoint(span[0])
    const end = locate.toPoint(span[1]) ?? locate.toPoint(source.length)
    return start && end ? {start, end} : undefined
  }
  const info = (reason: string, place: ReturnType<typeof placeOf>, ruleId: string, origin: string) => {
    const message = file.message(reason, {place, ruleId, source: origin})
    message.fatal = undefined
    return message
  }

  info(`${languageName(record.lang)}${record.publishedAt ? `, published ${record.publishedAt}` : ''}`, undefined, 'language', 'detect')
  for (const message of record.messages) addMessage(file, message)
  const byId = new Map(record.facts.map((fact) => [fact.id, fact]))
  if (options.facts !== false) {
    for (const fact of record.facts) info(describeFact(fact), placeOf(fact.sourceSpan), fact.kind, 'extract')
  }
  // The check stage already reports inconsistent checks as warnings in `messages`.
  const reported = new Set(record.messages.filter((message) => message.source === 'check').map((message) => message.ruleId))
  for (const check of record.checks) {
    if (check.verdict !== 'inconsistent' && options.allChecks === false) continue
    if (check.verdict === 'inconsistent' && reported.has(check.rule)) continue
    const first = check.facts.map((id) => byId.get(id)).find(Boolean)
    const message = info(`${check.verdict}: ${check.message}`, placeOf(first?.sourceSpan), check.rule, 'check')
    if (check.verdict === 'inconsistent') message.fatal = false
  }
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

function addMessage(file: VFile, record: MessageRecord) {
  const message = file.message(record.reason, {
    place: record.place ?? undefined,
    ruleId: record.ruleId ?? undefined,
    source: record.source ?? undefined
  })
  message.fatal = record.fatal ?? undefined
}

/** `25.3亿元 = 2530000000 CNY · 一般公共预算收入`, with approximations and directions spelled out. */
export function describeFact(fact: Fact): string {
  const value = Array.isArray(fact.value) ? `${fact.value[0]}–${fact.value[1]}` : String(fact.value)
  const parts = [`${fact.text} = ${approxWord[fact.approx]}${fact.direction ? `${fact.direction} ` : ''}${value}${fact.unit ? ` ${fact.unit}` : ''}`]
  if (fact.kind === 'rank' && fact.group !== undefined) parts[0] += ` of ${fact.group}`
  if (fact.relative) parts[0] += fact.resolved === false ? ` (relative: ${fact.relative}, unresolved)` : ` (from ${fact.relative})`
  if (fact.subject) parts.push(fact.subject)
  return parts.join(' · ')
}

/** One line of an article's counts: `Chinese (Simplified), published 2023-07-21 · 28 facts · 5 checks (5 consistent) · 1 repair`. */
export function countsOf(record: ArticleRecord): string {
  const parts = [`${languageName(record.lang)}${record.publishedAt ? `, published ${record.publishedAt}` : ''}`, counted(record.facts.length, 'fact')]
  if (record.checks.length > 0) {
    const verdicts = new Map<string, number>()
    for (const check of record.checks) verdicts.set(check.verdict, (verdicts.get(check.verdict) ?? 0) + 1)
    const byVerdict = verdictOrder.filter((verdict) => verdicts.has(verdict)).map((verdict) => `${verdicts.get(verdict)} ${verdict}`)
    parts.push(`${counted(record.checks.length, 'check')} (${byVerdict.join(', ')})`)
  } else parts.push('0 checks')
  const repairs = record.messages.filter((message) => message.source === 'repair').length
  if (repairs > 0) parts.push(counted(repairs, 'repair'))
  return parts.join(' · ')
}

const verdictOrder = ['inconsistent', 'consistent', 'unverifiable'] as const

function counted(count: number, word: string): string {
  return `${count} ${count === 1 ? word : word + 's'}`
}

const approxWord: Record<Fact['approx'], string> = {
  exact: '',
  about: '~',
  more_than: '>',
  less_than: '<',
  at_least: '≥',
  at_most: '≤'
}

function formatConflict(record: ConflictRecord): string {
  const sides = record.sides.map((side) => `  ${side.article}: ${side.text} (${side.value}${side.unit ? ` ${side.unit}` : ''})`)
  return showControls([`conflict  ${record.rule}  ${record.subject}: ${record.message}`, ...sides].join('\n')) + '\n'
}

const languageNames: Record<string, string> = {
  'zh-Hans': 'Chinese (Simplified)',
  'zh-Hant': 'Chinese (Traditional), converted to Simplified',
  en: 'English',
  und: 'language undetermined'
}

function languageName(tag: string): string {
  return languageNames[tag] ?? `language ${tag} (passed through)`
}
