/**
 * Rows as a table a person reads on a terminal: columns sized to the first
 * rows seen (so a long result streams without being held), numbers on the
 * right, long cells cut with `…`, line breaks and control characters shown
 * rather than obeyed.
 */
import stringWidth from 'string-width'
import {showControls} from '../util/controls.js'

/** Widest a cell is shown: the text of an article would otherwise push every other column off the screen. */
const MAX_CELL_WIDTH = 48

export class TextTable {
  private readonly widths: number[]
  private readonly numeric: boolean[]

  /** `sample`: the first rows, which size the columns. */
  constructor(readonly columns: readonly string[], sample: ReadonlyArray<readonly unknown[]>) {
    const texts = sample.map((row) => row.map(cellText))
    this.widths = columns.map((name, index) => Math.max(width(name), ...texts.map((row) => width(row[index] ?? ''))))
    this.numeric = columns.map((_, index) => sample.length > 0 && sample.every((row) => row[index] === null || typeof row[index] === 'number'))
  }

  header(): string {
    const names = this.line(this.columns.map((name) => showControls(name)))
    return `${names}\n${this.widths.map((size) => '-'.repeat(size)).join('-+-')}\n`
  }

  row(values: readonly unknown[]): string {
    return this.line(values.map(cellText)) + '\n'
  }

  private line(cells: readonly string[]): string {
    return cells
      .map((cell, index) => {
        const size = this.widths[index]!
        const text = cut(cell, size)
        const padding = ' '.repeat(Math.max(0, size - width(text)))
        return this.numeric[index] ? padding + text : text + padding
      })
      .join(' | ')
      .trimEnd()
  }
}

/** A value as one line: nulls empty, arrays and objects as JSON, breaks as `↵`. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value)
  return showControls(text.replace(/\r?\n/gu, '↵').replace(/\t/gu, ' '))
}

function width(text: string): number {
  return Math.min(MAX_CELL_WIDTH, stringWidth(text))
}

function cut(text: string, size: number): string {
  if (stringWidth(text) <= size) return text
  let kept = ''
  for (const char of text) {
    if (stringWidth(kept + char) > size - 1) break
    kept += char
  }
  return kept + '…'
}
