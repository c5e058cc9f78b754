import type {Span} from '../types.js'

export interface Dateline {
  /** ISO 8601 date, `2023-02-20`. */
  date: string
  /** Where the date stands in the text. */
  span: Span
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// Numeric dates: 2023-02-20, 2023/2/20, 2023.02.20, 2023年2月20日 (optionally followed by a time).
const numericDate = /(?<![\d])((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?:\s*日)?(?:[\sT]*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/gu
// English: November 28, 2026 / Nov. 28, 2026 / 28 November 2026.
const englishDate = /\b(?:([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})|(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+((?:19|20)\d{2}))\b/gu

// A line that names its date as the publication's: source, publish time, or a clock time beside the date.
const datelineCue = /来源|來源|发布|發布|时间|時間|日期|编辑|責任編輯|记者|記者|published|posted|updated|source|\d{1,2}:\d{2}/iu

/**
 * The publication date of an article, from its dateline: a date near the top
 * on a line that also names a source, a time of day or a publish cue
 * (`2023-02-20 08:58:54 来源:临汾新闻网`). Dates inside the story are left alone.
 */
export function findDateline(text: string, window = 600): Dateline | null {
  const head = text.slice(0, window)
  const candidates: Array<Dateline & {cue: boolean}> = []
  for (const match of head.matchAll(numericDate)) {
    const date = isoDate(Number(match[1]), Number(match[2]), Number(match[3]))
    if (date) candidates.push({date, span: [match.index, match.index + match[0].length], cue: hasCue(head, match.index, match[0])})
  }
  for (const match of head.matchAll(englishDate)) {
    const monthName = (match[1] ?? match[5] ?? '').slice(0, 3).toLowerCase()
    const month = months.indexOf(monthName) + 1
    const day = Number(match[2] ?? match[4])
    const date = month > 0 ? isoDate(Number(match[3] ?? match[6]), month, day) : null
    if (date) candidates.push({date, span: [match.index, match.index + match[0].length], cue: hasCue(head, match.index, match[0])})
  }
  candidates.sort((a, b) => a.span[0] - b.span[0])
  const best = candidates.find((candidate) => candidate.cue)
  return best ? {date: best.date, span: best.span} : null
}

function hasCue(text: string, index: number, match: string): boolean {
  const lineStart = text.lastIndexOf('\n', index) + 1
  const lineEnd = text.indexOf('\n', index + match.length)
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd)
  // A dateline is short: a date inside a long paragraph is part of the story.
  return line.length <= 120 && (datelineCue.test(line) || line.trim() === match.trim())
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Normalize a given publication date (`2023-02-20T08:58:54+08:00`, `2023/2/20`) to its ISO date, or null. */
export function normalizePublishedAt(value: string): string | null {
  const match = /^\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/u.exec(value)
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]))
  const parsed = Date.parse(value)
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10)
}
