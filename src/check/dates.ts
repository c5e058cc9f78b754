/** ISO dates as the days they cover, and relative expressions resolved against a publication date. */
import {parseSmallInteger} from './numbers.js'

const dayMs = 86_400_000

/** The days an ISO date covers, as `[first day 00:00, last day 24:00)` in UTC ms: `2022-12` is all of December. */
export function isoRange(value: unknown): {start: number; end: number} | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  // `2023-01/2023-10`: from the first day of one to the last of the other.
  if (trimmed.includes('/')) {
    const [first, last] = trimmed.split('/')
    const from = isoRange(first)
    const to = isoRange(last)
    return from && to && to.end > from.start ? {start: from.start, end: to.end} : null
  }
  const part = /^(\d{4})-([QH])([1-4])$/u.exec(trimmed)
  if (part) {
    const year = Number(part[1])
    const months = part[2] === 'Q' ? 3 : 6
    const index = Number(part[3]) - 1
    if (part[2] === 'H' && index > 1) return null
    return {start: Date.UTC(year, index * months, 1), end: Date.UTC(year, (index + 1) * months, 1)}
  }
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(trimmed.slice(0, 10))
  if (!match) return null
  const year = Number(match[1])
  const month = match[2] ? Number(match[2]) : null
  const day = match[3] ? Number(match[3]) : null
  if ((month !== null && (month < 1 || month > 12)) || (day !== null && (day < 1 || day > 31))) return null
  if (month === null) return {start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1)}
  if (day === null) return {start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1)}
  const start = Date.UTC(year, month - 1, day)
  return {start, end: start + dayMs}
}

/** Length of a duration unit in days. */
export const unitDays: Record<string, number> = {day: 1, week: 7, month: 30.44, year: 365.25}

export interface Resolved {
  /** ISO prefix the expression must resolve to (`2022-12`). */
  iso: string
  /** How it was worked out, for the message (`the year before 2023`). */
  reason: string
}

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/**
 * Resolve `去年12月`, `上月`, `昨天`, `December last year`, `yesterday`
 * against a publication date. Null for expressions it does not know.
 */
export function resolveRelative(expression: string, published: string): Resolved | null {
  const base = isoRange(published)
  if (!base || !/^\d{4}-\d{2}-\d{2}/u.test(published.trim())) return null
  const date = new Date(base.start)
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth() + 1
  const text = expression.toLowerCase()
  const pad = (n: number) => String(n).padStart(2, '0')

  const dayOffset = /前天/u.test(text) ? -2 : /昨天|昨日|\byesterday\b/u.test(text) ? -1 : /今天|今日|\btoday\b/u.test(text) ? 0 : /明天|明日|\btomorrow\b/u.test(text) ? 1 : null
  if (dayOffset !== null) {
    const day = new Date(base.start + dayOffset * dayMs)
    return {
      iso: `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`,
      reason: `${dayOffset === 0 ? 'the day of' : `${Math.abs(dayOffset)} day${Math.abs(dayOffset) > 1 ? 's' : ''} ${dayOffset < 0 ? 'before' : 'after'}`} publication`
    }
  }

  const monthOffset = /上个?月|\blast month\b/u.test(text) ? -1 : /本月|这个月|\bthis month\b/u.test(text) ? 0 : /下个?月|\bnext month\b/u.test(text) ? 1 : null
  if (monthOffset !== null) {
    const shifted = new Date(Date.UTC(year, month - 1 + monthOffset, 1))
    return {
      iso: `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}`,
      reason: monthOffset === 0 ? 'the month of publication' : `the month ${monthOffset < 0 ? 'before' : 'after'} publication`
    }
  }

  // `last December` (published February 2023) is the latest December before publication.
  const lastNamed = /\blast (january|february|march|april|may|june|july|august|september|october|november|december)\b/u.exec(text)
  if (lastNamed) {
    const named = monthNames.indexOf(lastNamed[1]!) + 1
    const namedYear = named < month ? year : year - 1
    return {iso: `${namedYear}-${pad(named)}`, reason: `the latest ${lastNamed[1]} before publication is in ${namedYear}`}
  }

  const yearOffset = /前年/u.test(text)
    ? -2
    : /去年|上年|\blast year\b/u.test(text)
      ? -1
      : /今年|本年|\bthis year\b/u.test(text)
        ? 0
        : /明年|来年|\bnext year\b/u.test(text)
          ? 1
          : null
  if (yearOffset === null) return null
  const target = year + yearOffset
  const reason =
    yearOffset === 0
      ? `the year of publication is ${target}`
      : `${yearOffset === -2 ? 'two years before' : yearOffset < 0 ? 'the year before' : 'the year after'} ${year} is ${target}`
  // A single month pins the month; a span of months (`今年前5月`, `1至4月`, `上半年`) is checked by its year.
  const span = /[前首]\s*[\d一二三四五六七八九十]{1,3}\s*个?月|月\s*[至到\-~—－]|[至到\-~—－]\s*[\d一二三四五六七八九十]{1,3}\s*月|季|半年/u.test(text)
  const chineseMonth = span ? null : /([\d一二三四五六七八九十]{1,3})月/u.exec(text)
  const namedMonth = monthNames.findIndex((name) => new RegExp(`\\b${name}\\b`, 'u').test(text))
  const statedMonth = chineseMonth ? parseSmallInteger(chineseMonth[1]!) : namedMonth === -1 ? null : namedMonth + 1
  if (statedMonth !== null && statedMonth >= 1 && statedMonth <= 12) return {iso: `${target}-${pad(statedMonth)}`, reason}
  return {iso: String(target), reason}
}
