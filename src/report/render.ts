/**
 * vfile-reporter's report of one file, written out for the text report's
 * sizes. The reporter measures every cell with string-width, which segments
 * graphemes and builds an emoji pattern for each character: about 3 µs a
 * character, 21 of the 34 seconds `show` took on a 2 MB article of 45,000
 * facts. This gives the same text (test/report/render.test.ts compares the
 * two) with cells measured by `columns`; a message with a cause, which the
 * reporter prints with a trace of its own, goes to the reporter itself.
 */
import {stringifyPosition} from 'unist-util-stringify-position'
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {columns} from './columns.js'

export interface RenderOptions {
  color: boolean
  /** Only files with messages (the reporter's `quiet`). */
  quiet: boolean
  /** Said after the file's name instead of `no issues found` (a line of counts). */
  note?: string
}

type Message = VFile['messages'][number]
type Row = string | string[]

const eol = /\r?\n|\r/

/** The report of `file`, as `reporter([file], {...options, verbose: false, defaultName: '-'})` gives it. */
export function renderFile(file: VFile, options: RenderOptions): string {
  if (file.messages.some((message) => message.cause !== undefined && message.cause !== null)) {
    return reporter([file], {...options, verbose: false, defaultName: '-'})
  }
  const style = styles(options.color)
  const messages = [...file.messages].sort(compareMessage)
  const rows: Row[] = []
  const messageRows = messages.flatMap((message) => messageLine(style, message))
  if (!options.quiet || messageRows.length > 0) {
    rows.push(fileLine(style, file, options.note))
    rows.push(...messageRows)
  }
  const stats = statistics(messages)
  if (stats.fatal || stats.warn) rows.push('', byline(style, stats))
  return serialize(rows)
}

function styles(color: boolean) {
  const code = (value: string) => (color ? value : '')
  return {
    bold: code('\u001B[1m'),
    underline: code('\u001B[4m'),
    normalIntensity: code('\u001B[22m'),
    noUnderline: code('\u001B[24m'),
    red: code('\u001B[31m'),
    cyan: code('\u001B[36m'),
    green: code('\u001B[32m'),
    yellow: code('\u001B[33m'),
    defaultColor: code('\u001B[39m')
  }
}

type Style = ReturnType<typeof styles>

function label(fatal: boolean | null | undefined): string {
  return fatal ? 'error' : fatal === false ? 'warning' : 'info'
}

function messageLine(style: Style, message: Message): Row[] {
  const kind = label(message.fatal)
  let reason = message.stack || message.message
  const match = eol.exec(reason)
  let rest: string[] = []
  if (match) {
    rest = reason.slice(match.index + 1).split(eol)
    reason = reason.slice(0, match.index)
  }
  const row = [
    stringifyPosition(message.place),
    (kind === 'error' ? style.red : style.yellow) + kind + style.defaultColor,
    formatReason(style, reason),
    message.ruleId || '',
    message.source || ''
  ]
  return [row, ...rest]
}

function fileLine(style: Style, file: VFile, note?: string): string {
  const stats = statistics(file.messages)
  const name = file.history[0] || '-'
  const left =
    style.underline +
    (stats.fatal ? style.red : stats.total ? style.yellow : style.green) +
    name +
    style.defaultColor +
    style.noUnderline +
    (file.stored && name !== file.path ? ' > ' + file.path : '')
  const right = file.stored ? style.yellow + 'written' + style.defaultColor : (note ?? (stats.total ? '' : 'no issues found'))
  return left && right ? left + ': ' + right : left + right
}

/** The reason in bold, code between backticks in cyan. */
function formatReason(style: Style, reason: string): string {
  const result: string[] = []
  const splits: Array<{index: number; size: number}> = []
  let index = reason.indexOf('`')
  while (index !== -1) {
    const split = {index, size: 1}
    splits.push(split)
    while (reason.codePointAt(index + 1) === 96) {
      split.size++
      index++
    }
    index = reason.indexOf('`', index + 1)
  }
  index = -1
  let textStart = 0
  while (++index < splits.length) {
    let closeIndex = index
    let close: {index: number; size: number} | undefined
    while (++closeIndex < splits.length) {
      if (splits[index]!.size === splits[closeIndex]!.size) {
        close = splits[closeIndex]
        break
      }
    }
    if (close) {
      const codeStart = splits[index]!.index
      const codeEnd = close.index + close.size
      result.push(reason.slice(textStart, codeStart) + style.cyan + reason.slice(codeStart, codeEnd) + style.defaultColor)
      textStart = codeEnd
      index = closeIndex
    }
  }
  result.push(reason.slice(textStart))
  return style.bold + result.join('') + style.normalIntensity
}

interface Statistics {
  fatal: number
  warn: number
  total: number
}

function statistics(messages: readonly Message[]): Statistics {
  let fatal = 0
  let warn = 0
  for (const message of messages) {
    if (message.fatal) fatal++
    else if (message.fatal === false) warn++
  }
  return {fatal, warn, total: messages.length}
}

function byline(style: Style, stats: Statistics): string {
  let result = ''
  if (stats.fatal) result = style.red + '✖' + style.defaultColor + ' ' + stats.fatal + ' ' + (label(true) + (stats.fatal === 1 ? '' : 's'))
  if (stats.warn) {
    result = (result ? result + ', ' : '') + (style.yellow + '⚠' + style.defaultColor) + ' ' + stats.warn + ' ' + (label(false) + (stats.warn === 1 ? '' : 's'))
  }
  if (stats.total !== stats.fatal && stats.total !== stats.warn) result = stats.total + ' messages (' + result + ')'
  return result
}

/** vfile-sort's order: position, then errors before warnings before infos, then source, rule and reason. */
function compareMessage(a: Message, b: Message): number {
  return (
    (a.line || 0) - (b.line || 0) ||
    (a.column || 0) - (b.column || 0) ||
    severity(a.fatal) - severity(b.fatal) ||
    String(a.source || '').localeCompare(String(b.source || '')) ||
    String(a.ruleId || '').localeCompare(String(b.ruleId || '')) ||
    String(a.reason || '').localeCompare(String(b.reason || ''))
  )
}

function severity(fatal: boolean | null | undefined): number {
  return fatal ? 0 : fatal === false ? 1 : 2
}

/** Our own style codes, which string-width does not count. */
const styleCode = /\u001B\[\d+m/g

/** Every column padded to its widest cell, each line trimmed at the end. */
function serialize(rows: readonly Row[]): string {
  const width = (cell: string) => columns(cell.includes('\u001B') ? cell.replace(styleCode, '') : cell)
  const sizes: number[] = []
  const widths = rows.map((row) => (typeof row === 'string' ? [] : row.map(width)))
  widths.forEach((cells) =>
    cells.forEach((size, index) => {
      if (size > (sizes[index] ?? 0)) sizes[index] = size
    })
  )
  return rows
    .map((row, rowIndex) => {
      if (typeof row === 'string') return row.trimEnd()
      let line = ''
      row.forEach((cell, index) => {
        line += cell + ' '.repeat((sizes[index] ?? 0) + 1 - widths[rowIndex]![index]!)
      })
      return line.trimEnd()
    })
    .join('\n')
}
