/**
 * A date fact's value (ISO 8601: `2023`, `2023-H1`, `2023-Q3`, `2023-05`,
 * `2023-W07`, `2023-05-04`, an interval `A/B`) as the first and last day it
 * covers and how fine it was stated: what typed `DATE` columns hold. A
 * value with unresolved digits (`XXXX-12`: a relative date without a
 * publication date) or another calendar (`FY2023`) has no bounds.
 */
export type Granularity = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day'

export interface DateBounds {
  /** First day covered, `YYYY-MM-DD`. */
  start: string
  /** Last day covered (inclusive), `YYYY-MM-DD`. */
  end: string
  granularity: Granularity
}

interface Period {
  first: Date
  /** The day after the last. */
  after: Date
  granularity: Granularity
}

const utc = (year: number, monthIndex: number, day = 1) => new Date(Date.UTC(year, monthIndex, day))

/** One row per written form: a pattern and the period it names. */
const forms: ReadonlyArray<{pattern: RegExp; period: (parts: number[]) => Period | null}> = [
  {pattern: /^(\d{4})$/, period: ([y]) => ({first: utc(y!, 0), after: utc(y! + 1, 0), granularity: 'year'})},
  {pattern: /^(\d{4})-H([12])$/, period: ([y, h]) => ({first: utc(y!, (h! - 1) * 6), after: utc(y!, h! * 6), granularity: 'half'})},
  {pattern: /^(\d{4})-Q([1-4])$/, period: ([y, q]) => ({first: utc(y!, (q! - 1) * 3), after: utc(y!, q! * 3), granularity: 'quarter'})},
  {pattern: /^(\d{4})-(\d{2})$/, period: ([y, m]) => (m! >= 1 && m! <= 12 ? {first: utc(y!, m! - 1), after: utc(y!, m!), granularity: 'month'} : null)},
  {pattern: /^(\d{4})-W(\d{2})$/, period: ([y, w]) => (w! >= 1 && w! <= 53 ? isoWeek(y!, w!) : null)},
  {
    pattern: /^(\d{4})-(\d{2})-(\d{2})$/,
    period: ([y, m, d]) => {
      const first = utc(y!, m! - 1, d!)
      // Date.UTC rolls 2023-02-30 over into March: such a value names no day.
      if (first.getUTCMonth() !== m! - 1 || first.getUTCDate() !== d) return null
      return {first, after: utc(y!, m! - 1, d! + 1), granularity: 'day'}
    }
  }
]

/** Granularities from coarse to fine: an interval is as fine as its finer end. */
const fineness: readonly Granularity[] = ['year', 'half', 'quarter', 'month', 'week', 'day']

export function dateBounds(value: string): DateBounds | null {
  const [from, to, ...rest] = value.split('/')
  if (rest.length > 0 || from === undefined) return null
  const first = period(from)
  if (!first) return null
  // `2023/24`: an interval of years whose end is written with two digits.
  const last = to === undefined ? first : /^\d{2}$/.test(to) && first.granularity === 'year' ? period(from.slice(0, 2) + to) : period(to)
  if (!last || last.after < first.first) return null
  const granularity = fineness[Math.max(fineness.indexOf(first.granularity), fineness.indexOf(last.granularity))]!
  return {start: day(first.first), end: day(new Date(last.after.getTime() - 86_400_000)), granularity}
}

function period(text: string): Period | null {
  for (const {pattern, period: toPeriod} of forms) {
    const match = pattern.exec(text)
    if (match) return toPeriod(match.slice(1).map(Number))
  }
  return null
}

/** ISO week `w` of ISO year `y`: Monday to Sunday; week 1 holds the year's first Thursday. */
function isoWeek(y: number, w: number): Period {
  const january4 = utc(y, 0, 4)
  const mondayOfWeek1 = january4.getTime() - ((january4.getUTCDay() + 6) % 7) * 86_400_000
  const first = new Date(mondayOfWeek1 + (w - 1) * 7 * 86_400_000)
  return {first, after: new Date(first.getTime() + 7 * 86_400_000), granularity: 'week'}
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** Publication dates seen, and their days: every fact of an article asks for its article's. */
const days = new Map<string, string | null>()

/** The calendar day of a publication date (`2023-02-20`, `2023-02-20T08:00:00+08:00`), or null. */
export function calendarDay(value: string | null | undefined): string | null {
  if (!value) return null
  let day = days.get(value)
  if (day === undefined) {
    day = dayOf(value)
    if (days.size >= 4096) days.clear()
    days.set(value, day)
  }
  return day
}

function dayOf(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value)
  if (!match) return null
  const bounds = dateBounds(match[1]!)
  return bounds ? bounds.start : null
}
