/**
 * Numbers in tables kept in the text (corpus/README.md, "Tables and lists":
 * facts like any other, the row's label as subject). A table is found by
 * its column headers, which state the unit in brackets (`绝对额(亿元)`,
 * `比上年同期增长(%)`, `(Percent change from preceding month)`, `(in
 * billions of dollars)`); the cells under them take that unit, and the row's
 * label is the subject. Two layouts are read:
 *
 * - one cell per line (statistics bureau pages flattened to text): a label
 *   line, then its cells, one per line, column after column;
 * - one row per line: a label, then the cells, separated by spaces.
 *
 * Without a header that states a unit there is no table: bare numbers stay
 * unread, as everywhere else.
 */
import type {FactKind, Span} from '../types.js'
import {matchUnit} from './units.js'
import type {Quantity} from './quantities.js'

export interface Column {
  kind: Extract<FactKind, 'amount' | 'count' | 'percent' | 'change'>
  unit: string
  /** Power of ten the cells are stated in (`亿元` is 8). */
  exponent: number
}

export interface TableOptions {
  /** What `元` is (`CNY`, `HKD`, `TWD`). */
  yuan?: string
  /** What `dollars` is. */
  dollar?: string
}

/** A bracket holding a unit, closed or not (`(亿元)`, `同比增长(%`). */
const bracket = /[(（]\s*([^()（）\n]{1,40}?)\s*(?:[)）]|$)/u
/** What a table's header line looks like, for a cheap first test: a bracket with a percent, a currency, a measure or a scale. */
const headerHint = /[(（][^()（）\n]{0,12}(?:%|％|元|吨|噸|人|户|戶|亩|畝|公顷|公頃|percent|Percent|thousands|millions|billions|trillions)/gu

function hasHeaderHint(text: string): boolean {
  headerHint.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = headerHint.exec(text)) !== null) {
    const lineStart = text.lastIndexOf('\n', match.index) + 1
    const lineEnd = text.indexOf('\n', match.index)
    if ((lineEnd === -1 ? text.length : lineEnd) - lineStart <= 120 && text.slice(lineStart, match.index).trim().length <= maxHeader) return true
  }
  return false
}

/** Header words of a column of changes, not of levels or shares. */
const changeHeader = /增长|增减|增速|增幅|比上年|比上月|同比|环比|按年|年增|变动|升降|\bchange\b|\bgrowth\b/iu
/** Scale characters before a Chinese unit in a header (`万吨`, `亿元`, `千公顷`). */
const scaleExponents: ReadonlyArray<[string, number]> = [['万亿', 12], ['亿', 8], ['千万', 7], ['百万', 6], ['万', 4], ['千', 3], ['百', 2]]
/** English headers: `(in billions of dollars)`, `(millions of pounds)`, `($ millions)`. */
const englishScales: Record<string, number> = {thousands: 3, millions: 6, billions: 9, trillions: 12}
const englishMoney: Record<string, string> = {dollars: 'USD', pounds: 'GBP', euros: 'EUR', yuan: 'CNY', $: 'USD', '£': 'GBP', '€': 'EUR'}

/** The column a header states, or null when it names no unit. */
export function columnOf(header: string, options: TableOptions = {}): Column | null {
  const found = bracket.exec(header)
  if (!found) return null
  const inside = found[1]!.trim()
  const label = header.slice(0, found.index) + inside
  if (/^(?:%|％|percent|pct\.?|百分比)$/iu.test(inside) || /^percent change\b/i.test(inside)) {
    return {kind: changeHeader.test(label) ? 'change' : 'percent', unit: '%', exponent: 0}
  }
  const english = /^(?:in\s+)?(?:([$£€])\s*)?(thousands|millions|billions|trillions)(?:\s+of\s+(dollars|pounds|euros|yuan))?$/i.exec(inside)
  if (english) {
    const money = english[1] ?? english[3]?.toLowerCase()
    if (!money) return null
    const currency = money === '$' || money === 'dollars' ? (options.dollar ?? 'USD') : englishMoney[money]!
    return {kind: changeHeader.test(label) ? 'change' : 'amount', unit: currency, exponent: englishScales[english[2]!.toLowerCase()]!}
  }
  // Chinese: a scale, then one unit that fills the bracket (`亿元`, `万吨`, `千公顷`, `万美元`).
  let exponent = 0
  let rest = inside
  for (const [scale, power] of scaleExponents) {
    if (rest.startsWith(scale)) {
      exponent = power
      rest = rest.slice(scale.length)
      break
    }
  }
  const unit = matchUnit(rest, 0)
  if (!unit || unit.text.length !== rest.length || unit.kind === 'time') return null
  const change = changeHeader.test(label)
  if (unit.kind === 'currency') return {kind: change ? 'change' : 'amount', unit: unit.unit === 'CNY' && /^[元圆]$/u.test(unit.text) ? (options.yuan ?? 'CNY') : unit.unit, exponent}
  return {kind: change ? 'change' : 'count', unit: unit.unit, exponent}
}

interface Line {
  text: string
  start: number
}

function linesOf(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const part of text.split('\n')) {
    lines.push({text: part, start})
    start += part.length + 1
  }
  return lines
}

const cellNumber = /^[-−–]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/
/** A row on one line: a label (maybe none), then two or more numbers. */
const rowNumbers = /(?:^|\s)((?:[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s+)+[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*$/
/** A header cell: short, without sentence punctuation. */
const maxHeader = 40
/** A label cell: a row's name, without the punctuation of prose. */
const maxLabel = 40
const prose = /[。；;！？!?]|[，,]\s*\S.*[，,]/u

/** Tidy a row label for a subject: no leading marks (`#制造业`, `其中:`), no leader dots. */
function cleanLabel(label: string): string {
  return label
    .replace(/^[\s#*•·]+|[\s:：.…]+$/gu, '')
    .replace(/^(?:其中|其中：|其中:)[:：]?\s*/u, '')
    .replace(/\.{2,}.*$/u, '')
    .trim()
}

/** The table facts of `text`, in text order. */
export function tableQuantities(text: string, options: TableOptions = {}): Quantity[] {
  return readTables(text, options).cells
}

/**
 * The table facts of `text`, and the stretches of its column headers: a
 * header's dates and numbers are no facts (`2015` over `Feb. … June`).
 */
export function readTables(text: string, options: TableOptions = {}): {cells: Quantity[]; headers: Span[]} {
  const headers: Span[] = []
  // A header cell: a short line holding a unit in brackets. Most texts have none.
  if (!hasHeaderHint(text)) return {cells: [], headers}
  const lines = linesOf(text)
  const quantities: Quantity[] = []
  let index = 0
  while (index < lines.length) {
    // A header block: header cells with units, maybe split over lines (`绝对量` / `(亿元)`), blank lines between.
    const columns: Column[] = []
    let k = index
    let pending = ''
    while (k < lines.length) {
      const line = lines[k]!.text.trim()
      if (line === '') {
        k++
        continue
      }
      if (line.length > maxHeader || prose.test(line) || cellNumber.test(line)) break
      const column = columnOf(pending + line, options) ?? (columns.length === 0 ? columnOf(line, options) : null)
      if (column) {
        columns.push(column)
        pending = ''
      } else if (columns.length > 0 && !/^[(（]/u.test(lines[k + 1]?.text.trim() ?? '') && !/^[(（]/u.test(nextFilled(lines, k + 1))) {
        break
      } else {
        pending = line
      }
      k++
    }
    if (columns.length === 0) {
      index++
      continue
    }
    const read = readRows(text, lines, k, columns)
    quantities.push(...read.quantities)
    if (read.quantities.length > 0) {
      // Column headers in and over the unit header: lines of periods only (`2015`, `Feb.  Mar.  …  June`, `1-3`).
      for (let line = index; line < k; line++) {
        if (lines[line]!.text.trim() !== '' && periodsOnly.test(lines[line]!.text)) headers.push([lines[line]!.start, lines[line]!.start + lines[line]!.text.length])
      }
      for (let up = index - 1, seen = 0; up >= 0 && seen < 4; up--) {
        const line = lines[up]!
        if (line.text.trim() === '') continue
        seen++
        if (!periodsOnly.test(line.text)) break
        headers.push([line.start, line.start + line.text.length])
      }
    }
    index = Math.max(read.end, index + 1)
  }
  return {cells: quantities, headers}
}

/** A line of column headers that are periods only: years, months, their abbreviations, ranges of them. */
const periodsOnly = /^[\s\d.,/\-–—至月份年季度第]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s\d.,/\-–—]*)*$/iu

function nextFilled(lines: readonly Line[], from: number): string {
  for (let k = from; k < lines.length; k++) if (lines[k]!.text.trim() !== '') return lines[k]!.text.trim()
  return ''
}

/** The rows after a header block starting at line `from`, until prose; `end` is the first line not read. */
function readRows(text: string, lines: readonly Line[], from: number, columns: readonly Column[]): {quantities: Quantity[]; end: number} {
  const quantities: Quantity[] = []
  let label: string | null = null
  let column = 0
  let rows = 0
  let k = from
  for (; k < lines.length; k++) {
    const line = lines[k]!
    const trimmed = line.text.trim()
    if (line.text === '') continue
    if (trimmed === '') {
      // An empty cell (`按经营地分` has none).
      column++
      continue
    }
    if (cellNumber.test(trimmed)) {
      const start = line.start + line.text.indexOf(trimmed)
      quantities.push(cell(text, [start, start + trimmed.length], columns[column % columns.length]!, label))
      column++
      continue
    }
    const row = rowNumbers.exec(line.text)
    if (row && (columns.length === 1 || countNumbers(row[1]!) === columns.length)) {
      const runStart = row.index + row[0].indexOf(row[1]!)
      const labelText = line.text.slice(0, runStart)
      if (labelText.trim() !== '') label = cleanLabel(labelText)
      const numberPattern = /[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g
      let found: RegExpExecArray | null
      let position = 0
      while ((found = numberPattern.exec(row[1]!)) !== null) {
        const start = line.start + runStart + found.index
        quantities.push(cell(text, [start, start + found[0].length], columns[columns.length === 1 ? 0 : position]!, label))
        position++
      }
      rows++
      column = 0
      continue
    }
    if (trimmed.length > maxLabel || prose.test(trimmed) || /\d/.test(trimmed.replace(/[(（]\d{4}[)）]|\d{4}/gu, '')) && !/[.…]{2,}\s*$/u.test(trimmed)) break
    // A label: the next cells are its row.
    label = cleanLabel(trimmed)
    column = 0
    rows++
  }
  return {quantities: rows > 0 ? quantities : [], end: k}
}

function countNumbers(run: string): number {
  return run.trim().split(/\s+/).length
}

function cell(text: string, span: Span, column: Column, label: string | null): Quantity {
  const written = text.slice(span[0], span[1]).replace(/,/g, '').replace(/^[−–]/u, '-')
  const stated = Number(written)
  const negative = stated < 0
  const magnitude = column.kind === 'change' ? Math.abs(stated) : stated
  const value = column.exponent === 0 ? magnitude : Number(`${magnitude}e${column.exponent}`)
  const quantity: Quantity = {kind: column.kind, value, unit: column.unit, approx: 'exact', span, core: span}
  if (column.kind === 'change' && stated !== 0) quantity.direction = negative ? 'down' : 'up'
  if (label) quantity.subjectHint = label
  quantity.table = true
  return quantity
}
