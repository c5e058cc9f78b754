/**
 * Dates in English news: `2023-08-03`, `1/19/2023`, `Feb. 20, 2023`,
 * `27 June 2019`, `December 2022`, `in May`, `the revised July rate`,
 * `November last year`, `today`, `last week`, `Q1 2023`, `the second
 * quarter of 2019`, seasons and fiscal years (`2019-20` = 2019/2020,
 * `FY 2007` = FY2007) and intervals (`from 2019 to 2020`, `between July 2014
 * and June 2015`, `1976 through May 2015`). Each reader takes the words at
 * an index and returns the date and the index after it, or null.
 */
import type {Span} from '../types.js'
import {parsePublished, sentenceAround, yearOfPeriod} from './dates.js'
import {datePrepositions, months, ordinalOf, pad, weekdays, type Word} from './english-words.js'
import type {Quantity} from './quantities.js'

export type Published = ReturnType<typeof parsePublished>

export interface Read {
  quantity: Quantity
  /** Index of the first word after it. */
  next: number
}

const lower = (list: readonly Word[], index: number): string => list[index]?.lower ?? ''
const isYear = (word: Word | undefined): boolean => word !== undefined && /^\d{4}$/.test(word.text) && Number(word.text) >= 1800 && Number(word.text) <= 2100
/** Two words written together (`2019-20`, `1/19`). */
const touching = (a: Word | undefined, b: Word | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start

/** Words of a sentence about the future: its months and quarters are this year's (`yearOfPeriod`). */
const plannedEnglish = /\b(?:will|would|expect\w*|forecast\w*|project(?:s|ed|ion)\b|plan\w*|schedul\w*|due|next|deliver\w*|futures|outlook|target\w*|budget\w*)\b/i

function relativeDate(text: string, list: readonly Word[], from: number, next: number, value: string, published: Published): Read {
  const span: Span = [list[from]!.start, list[next - 1]!.end]
  return {quantity: {kind: 'date', value, unit: null, approx: 'exact', span, core: span, relative: text.slice(span[0], span[1]), resolved: published !== null}, next}
}

export function absoluteDate(list: readonly Word[], from: number, next: number, value: string): Read {
  const span: Span = [list[from]!.start, list[next - 1]!.end]
  return {quantity: {kind: 'date', value, unit: null, approx: 'exact', span, core: span}, next}
}

/** The year of a month or quarter the text gives none: the publication year, or the year before for a reported past period. */
function periodYear(text: string, list: readonly Word[], index: number, firstMonth: number, published: Published): string {
  if (!published) return 'XXXX'
  return String(yearOfPeriod(published, firstMonth, plannedEnglish.test(sentenceAround(text, list[index]!.start))))
}

function isoDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

function shiftDays(published: NonNullable<Published>, days: number): Date {
  return new Date(Date.UTC(published.year, published.month - 1, published.day + days))
}

/** `2023-08-03`, the dateline; its time of day (`07:45:00`) is passed over. */
export function readIsoDate(list: readonly Word[], index: number): Read | null {
  const [year, dash1, month, dash2, day] = list.slice(index, index + 5)
  if (!year || !/^\d{4}$/.test(year.text) || dash1?.text !== '-' || !month || !/^\d{2}$/.test(month.text) || dash2?.text !== '-' || !day || !/^\d{2}$/.test(day.text)) {
    return null
  }
  if (dash1.start !== year.end || month.start !== dash1.end || day.start !== dash2.end) return null
  const read = absoluteDate(list, index, index + 5, `${year.text}-${month.text}-${day.text}`)
  // 07:45:00
  const time = list.slice(index + 5, index + 10).map((word) => word.text)
  if (/^\d{1,2}$/.test(time[0] ?? '') && time[1] === ':' && /^\d{2}$/.test(time[2] ?? '')) {
    read.next += 3
    if (time[3] === ':' && /^\d{2}$/.test(time[4] ?? '')) read.next += 2
  }
  return read
}

/** `1/19/2023`: month, day and year, as US releases write them. */
export function readSlashDate(list: readonly Word[], index: number): Read | null {
  const [month, slash1, day, slash2, year] = list.slice(index, index + 5)
  if (!month || !/^\d{1,2}$/.test(month.text) || slash1?.text !== '/' || !day || !/^\d{1,2}$/.test(day.text) || slash2?.text !== '/' || !isYear(year)) return null
  if (![month, slash1, day, slash2].every((word, k) => touching(word, list[index + k + 1]))) return null
  const m = Number(month.text)
  const d = Number(day.text)
  if (m < 1 || m > 12 || d < 1 || d > 31) return null
  return absoluteDate(list, index, index + 5, `${year!.text}-${pad(m)}-${pad(d)}`)
}

/**
 * Seasons and fiscal years: `2019-20`, `2014–15`, `2019/20`, `2005 - 06`,
 * `2019-2020` = 2019/2020; `FY 2007`, `FY2007`, `Fiscal Year 2007`, `fiscal
 * 2023` = FY2007; `FY2023/24` = FY2023/2024.
 */
export function readSeason(list: readonly Word[], index: number): Read | null {
  const word = list[index]!
  let fiscal = false
  let at = index
  const joined = /^FY(\d{4})$/i.exec(word.text)
  if (joined) {
    fiscal = true
  } else if (word.text === 'FY' && isYear(list[index + 1])) {
    fiscal = true
    at = index + 1
  } else if (word.lower === 'fiscal') {
    at = lower(list, index + 1) === 'year' ? index + 2 : index + 1
    if (!isYear(list[at])) return null
    fiscal = true
  } else if (!isYear(word)) {
    return null
  }
  const yearText = joined ? joined[1]! : list[at]!.text
  const year = Number(yearText)
  // The second year: two digits for the next year, or four for a later one.
  const connector = list[at + 1]
  const second = list[at + 2]
  let until: number | undefined
  if (connector && ['-', '–', '/'].includes(connector.text) && second && /^\d{2}(?:\d{2})?$/.test(second.text)) {
    const spaced = !touching(list[at], connector) || !touching(connector, second)
    const value = second.text.length === 2 ? Math.floor(year / 100) * 100 + Number(second.text) : Number(second.text)
    // `2005 - 06` only when spaced evenly and the next year; `2019-2020` any later year.
    const next = second.text.length === 2 ? value === year + 1 : value > year && value <= year + 10
    const evenly = !spaced || (!touching(list[at], connector) && !touching(connector, second))
    // Not `2011-12-05`, nor a year followed by more digits.
    const more = list[at + 3] !== undefined && touching(second, list[at + 3]) && /^[-/\d]/.test(list[at + 3]!.text)
    if (next && evenly && !more && (!spaced || second.text.length === 2)) until = value
  }
  if (!fiscal && until === undefined) return null
  const value = `${fiscal ? 'FY' : ''}${year}${until !== undefined ? `/${until}` : ''}`
  return absoluteDate(list, index, until !== undefined ? at + 3 : at + 1, value)
}

const offsets: Record<string, number> = {last: -1, this: 0, next: 1}
/** Words before `last year` that make it the base of a comparison (`from last year`, `than last year`, `compared with last year`). */
const comparisonBases = new Set(['from', 'than', 'over', 'with', 'on', 'versus', 'vs.'])
/** Days named relative to publication. */
const relativeDays: Record<string, number> = {today: 0, "today's": 0, 'today’s': 0, yesterday: -1, "yesterday's": -1, 'yesterday’s': -1, tomorrow: 1}

export function readRelativeDate(text: string, list: readonly Word[], index: number, published: Published): Read | null {
  const a = lower(list, index)
  const b = lower(list, index + 1)
  if (relativeDays[a] !== undefined) {
    return relativeDate(text, list, index, index + 1, published ? isoDay(shiftDays(published, relativeDays[a]!)) : 'XXXX-XX-XX', published)
  }
  // `This Week in Petroleum`: a title, not this week.
  if (offsets[a] !== undefined && /^[A-Z]/.test(list[index]!.text) && /^[A-Z]/.test(list[index + 1]?.text ?? '') && list[index + 1]!.text !== list[index + 1]!.text.toUpperCase()) return null
  // `grew 2.8 percent from last year`, `up 0.2 percent from last month`: the base of a comparison, not a date of the fact (optional in the gold).
  if (a === 'last' && ['year', 'month', 'quarter', 'week'].includes(b) && comparisonBases.has(lower(list, index - 1))) return null
  if (offsets[a] !== undefined && b === 'year') {
    return relativeDate(text, list, index, index + 2, published ? String(published.year + offsets[a]!) : 'XXXX', published)
  }
  if (offsets[a] !== undefined && b === 'month') {
    if (!published) return relativeDate(text, list, index, index + 2, 'XXXX-XX', published)
    const m = published.year * 12 + published.month - 1 + offsets[a]!
    return relativeDate(text, list, index, index + 2, `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`, published)
  }
  // `last week`: Monday to Sunday of the week before publication's.
  if (offsets[a] !== undefined && b === 'week') {
    if (!published) return relativeDate(text, list, index, index + 2, 'XXXX-XX-XX/XXXX-XX-XX', published)
    const weekday = (shiftDays(published, 0).getUTCDay() + 6) % 7
    const monday = -weekday + 7 * offsets[a]!
    return relativeDate(text, list, index, index + 2, `${isoDay(shiftDays(published, monday))}/${isoDay(shiftDays(published, monday + 6))}`, published)
  }
  if (offsets[a] !== undefined && b === 'quarter') {
    if (!published) return relativeDate(text, list, index, index + 2, 'XXXX-QX', published)
    const q = published.year * 4 + Math.floor((published.month - 1) / 3) + offsets[a]!
    return relativeDate(text, list, index, index + 2, `${Math.floor(q / 4)}-Q${(q % 4) + 1}`, published)
  }
  // `last December`: the latest December before publication.
  if (a === 'last' && months[b] !== undefined && !b.endsWith('.')) {
    const month = months[b]!
    if (!published) return relativeDate(text, list, index, index + 2, `XXXX-${pad(month)}`, published)
    const year = month < published.month ? published.year : published.year - 1
    return relativeDate(text, list, index, index + 2, `${year}-${pad(month)}`, published)
  }
  // `on Wednesday`: the latest such day up to publication; not `Wednesday, October 31, 2007`, which is read whole.
  if (weekdays[a] !== undefined && list[index]!.text[0] === list[index]!.text[0]!.toUpperCase()) {
    if (b === ',' && months[lower(list, index + 2)] !== undefined) return null
    if (!published) return relativeDate(text, list, index, index + 1, 'XXXX-XX-XX', published)
    const date = shiftDays(published, 0)
    const back = (date.getUTCDay() - weekdays[a]! + 7) % 7
    return relativeDate(text, list, index, index + 1, isoDay(shiftDays(published, -back)), published)
  }
  // `Q1 2023`, `H1`.
  const period = /^(Q[1-4]|H[12])$/.exec(list[index]!.text)
  if (period) {
    if (isYear(list[index + 1])) return absoluteDate(list, index, index + 2, `${list[index + 1]!.text}-${period[1]}`)
    const year = period[1]![0] === 'Q' ? periodYear(text, list, index, Number(period[1]![1]) * 3 - 2, published) : String(published?.year ?? 'XXXX')
    return relativeDate(text, list, index, index + 1, `${year}-${period[1]}`, published)
  }
  // `second-quarter`, `first-half`.
  const hyphenated = /^(first|second|third|fourth)-(quarter|half)$/.exec(a)
  if (hyphenated) {
    const n = ordinalOf(hyphenated[1]!)!
    if (hyphenated[2] === 'half' && n > 2) return null
    const year = hyphenated[2] === 'half' ? String(published?.year ?? 'XXXX') : periodYear(text, list, index, n * 3 - 2, published)
    return relativeDate(text, list, index, index + 1, `${year}-${hyphenated[2] === 'half' ? 'H' : 'Q'}${n}`, published)
  }
  // `the quarter to June`: the quarter ending that month.
  if (a === 'the' && b === 'quarter' && lower(list, index + 2) === 'to' && months[lower(list, index + 3)] !== undefined) {
    const month = months[lower(list, index + 3)]!
    if (month % 3 === 0) {
      if (isYear(list[index + 4])) return absoluteDate(list, index, index + 5, `${list[index + 4]!.text}-Q${month / 3}`)
      return relativeDate(text, list, index, index + 4, `${periodYear(text, list, index, month - 2, published)}-Q${month / 3}`, published)
    }
  }
  // `the three months to June 2019`, `the year to July`, `the 12 months to March`: the months ending then.
  if (a === 'the') {
    const length = b === 'year' ? {months: 12, next: index + 2} : monthsLength(list, index + 1)
    if (length && lower(list, length.next) === 'to' && months[lower(list, length.next + 1)] !== undefined && !list[length.next + 1]!.text.endsWith('.')) {
      const month = months[lower(list, length.next + 1)]!
      const explicit = isYear(list[length.next + 2])
      const year = explicit ? Number(list[length.next + 2]!.text) : published ? Number(periodYear(text, list, index, month, published)) : null
      const end = explicit ? length.next + 3 : length.next + 2
      if (year === null) return relativeDate(text, list, index, end, 'XXXX-XX/XXXX-XX', published)
      const last = year * 12 + month - 1
      const first = last - length.months + 1
      const value = `${Math.floor(first / 12)}-${pad((first % 12) + 1)}/${year}-${pad(month)}`
      return explicit ? absoluteDate(list, index, end, value) : relativeDate(text, list, index, end, value, published)
    }
  }
  // `the first quarter (of 2023 | of this year)`, `first half`.
  const at = a === 'the' ? index + 1 : index
  const n = ordinalOf(lower(list, at))
  const what = lower(list, at + 1)
  if (n !== undefined && n <= 4 && (what === 'quarter' || what === 'half') && !(what === 'half' && n > 2)) {
    const tag = what === 'half' ? 'H' : 'Q'
    if (lower(list, at + 2) === 'of' && isYear(list[at + 3])) return absoluteDate(list, index, at + 4, `${list[at + 3]!.text}-${tag}${n}`)
    // `Second Quarter 2019`, `first half 2023`: the year on the same line, not a dateline's (`2023-07-12`).
    const written = list[at + 2]
    if (isYear(written) && !text.slice(list[at + 1]!.end, written!.start).includes('\n') && !(list[at + 3]?.text === '-' && touching(written, list[at + 3]))) {
      return absoluteDate(list, index, at + 3, `${written!.text}-${tag}${n}`)
    }
    if (lower(list, at + 2) === 'of' && offsets[lower(list, at + 3)] !== undefined && lower(list, at + 4) === 'year') {
      const year = published ? String(published.year + offsets[lower(list, at + 3)]!) : 'XXXX'
      return relativeDate(text, list, index, at + 5, `${year}-${tag}${n}`, published)
    }
    const year = tag === 'H' ? String(published?.year ?? 'XXXX') : periodYear(text, list, index, n * 3 - 2, published)
    return relativeDate(text, list, index, at + 2, `${year}-${tag}${n}`, published)
  }
  return null
}

/** `three months`, `12 months`: a count of months (2 to 12) and the index after it. */
function monthsLength(list: readonly Word[], at: number): {months: number; next: number} | null {
  const word = list[at]
  const unit = lower(list, at + 1)
  if (!word || (unit !== 'months' && unit !== 'month')) return null
  const count = /^\d+$/.test(word.text) ? Number(word.text) : wordNumbers[word.lower]
  return count !== undefined && count >= 2 && count <= 12 ? {months: count, next: at + 2} : null
}

const wordNumbers: Record<string, number> = {two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12}

/** Words before a month name without day or year that make it a date (`the May figure`, `its July rate`). */
const monthDeterminers = new Set(['the', 'its', 'their', 'revised', 'preliminary', 'latest'])

/**
 * `Feb. 20, 2023`, `December 2022`, `May 5`, `November last year`; a month
 * alone (`in June`, `the revised July rate`, `July exports`), but `May` only
 * after a preposition or determiner, since it is also a verb.
 */
export function readMonthDate(text: string, list: readonly Word[], index: number, published: Published): Read | null {
  const word = list[index]!
  const month = months[word.lower]
  if (month === undefined || word.text[0] !== word.text[0]!.toUpperCase()) return null
  const next = list[index + 1]
  let day: number | undefined
  let year: number | undefined
  let k = index + 1
  if (next && /^\d{1,2}$/.test(next.text) && Number(next.text) >= 1 && Number(next.text) <= 31) {
    day = Number(next.text)
    k++
    if (list[k]?.text === ',' && isYear(list[k + 1])) {
      year = Number(list[k + 1]!.text)
      k += 2
    } else if (isYear(list[k])) {
      year = Number(list[k]!.text)
      k++
    }
  } else if (isYear(next)) {
    // Not `March 1718, 2015` (a day range that lost its dash).
    if (list[k + 1]?.text === ',' && isYear(list[k + 2])) return null
    year = Number(next!.text)
    k++
  } else if (word.text.endsWith('.')) {
    return null
  } else if (word.lower === 'may' && !datePrepositions.has(lower(list, index - 1)) && !monthDeterminers.has(lower(list, index - 1))) {
    return null
  } else if (/^\d/.test(next?.text ?? '')) {
    // `March 1718` and the like: digits that are no day or year.
    return null
  }
  if (year === undefined && offsets[lower(list, k)] !== undefined && lower(list, k + 1) === 'year') {
    // `November last year`.
    const value = published ? `${published.year + offsets[lower(list, k)]!}-${pad(month)}` : `XXXX-${pad(month)}`
    return relativeDate(text, list, index, k + 2, value, published)
  }
  const yearText = year !== undefined ? String(year) : periodYear(text, list, index, month, published)
  const value = `${yearText}-${pad(month)}${day !== undefined ? `-${pad(day)}` : ''}`
  return year === undefined ? relativeDate(text, list, index, k, value, published) : absoluteDate(list, index, k, value)
}

/** `27 June 2019`, `14 November`: the day before the month, as British and other releases write it. */
export function readDayMonthDate(text: string, list: readonly Word[], index: number, published: Published): Read | null {
  const first = list[index]!
  const name = list[index + 1]
  if (!/^\d{1,2}$/.test(first.text) || !name || months[name.lower] === undefined || name.text[0] !== name.text[0]!.toUpperCase()) return null
  const day = Number(first.text)
  if (day < 1 || day > 31) return null
  const month = months[name.lower]!
  if (isYear(list[index + 2])) return absoluteDate(list, index, index + 3, `${list[index + 2]!.text}-${pad(month)}-${pad(day)}`)
  return relativeDate(text, list, index, index + 2, `${periodYear(text, list, index, month, published)}-${pad(month)}-${pad(day)}`, published)
}

/**
 * `from 2019 to 2020`, `between July 2014 and June 2015`, `1976 through May
 * 2015`, `From the second quarter of 2018 to the second quarter of 2019`:
 * two dates joined this way are one date, an interval.
 */
export function joinDateIntervals(text: string, quantities: Quantity[]): void {
  for (let index = quantities.length - 2; index >= 0; index--) {
    const first = quantities[index]!
    const second = quantities[index + 1]!
    if (first.kind !== 'date' || second.kind !== 'date' || typeof first.value !== 'string' || typeof second.value !== 'string') continue
    if (first.value.includes('/') || second.value.includes('/')) continue
    const between = text.slice(first.span[1], second.span[0])
    const connector = /^\s*(to|through|thru|until|till|and|-|–|—)\s*$/i.exec(between)?.[1]?.toLowerCase()
    if (!connector) continue
    const before = /(\w+)\s*$/.exec(text.slice(Math.max(0, first.span[0] - 12), first.span[0]))?.[1]?.toLowerCase()
    const opened = connector === 'and' ? before === 'between' : ['to', '-', '–', '—'].includes(connector) ? before === 'from' || before === 'between' : true
    if (!opened) continue
    const span: Span = [first.span[0], second.span[1]]
    const joined: Quantity = {kind: 'date', value: `${first.value}/${second.value}`, unit: null, approx: 'exact', span, core: span}
    if (first.relative !== undefined || second.relative !== undefined) {
      joined.relative = text.slice(span[0], span[1])
      joined.resolved = (first.resolved ?? true) && (second.resolved ?? true)
    }
    quantities.splice(index, 2, joined)
  }
}
