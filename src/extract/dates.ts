/**
 * Dates: absolute (`2022年`, `2023年2月20日`, `2023-02-20 08:58:54`),
 * periods (`第一季度` -> `2023-Q1`, `上半年` -> `2023-H1`, `1-10月` ->
 * `2023-01/2023-10`) and relative expressions (`去年12月`, `上月`,
 * `本季度`) resolved against the publication date.
 *
 * Values are ISO 8601: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www`,
 * intervals `A/B`; quarters and halves as `YYYY-Qn`/`YYYY-Hn`. A relative
 * date with no publication date keeps its unknown digits as `X`
 * (ISO 8601-2 unspecified digits): `去年12月` -> `XXXX-12`.
 *
 * A month or quarter written without a year (`12月`, `一季度`, `1-10月`)
 * takes the publication year and is marked relative, as the corpus
 * annotation guide has it. `日前`/`近日` are not dates: they name no day.
 * A relative year that names the base of a comparison (`比上年`, `较去年`)
 * is not a date fact either.
 */
import type {Approx} from '../types.js'
import type {NumberMatch} from './numbers.js'

export interface DateMatch {
  start: number
  end: number
  value: string
  approx: Approx
  /** The expression, when it depends on the publication date. */
  relative?: string
  /** False when it depends on a publication date that is unknown. */
  resolved?: boolean
  /** End of the text the date used when it is more than the date (a dateline's time of day). */
  consumed?: number
  /**
   * A date that is read, so its numbers are no other fact, but not given:
   * a month's end (`6月底`), `年内`, a day that does not exist (`6月31日`).
   */
  withheld?: boolean
}

interface Published {
  year: number
  month: number
  day: number
}

export function parsePublished(publishedAt: string | null | undefined): Published | null {
  const match = publishedAt ? /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt) : null
  if (!match) return null
  return {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}
}

/**
 * The year of a month or quarter written without one, whose first month is
 * `firstMonth`: the publication year, unless the period would start more
 * than two months after publication in a sentence that reports rather than
 * plans — then the year before (corpus/README.md, "Months and quarters that
 * mean last year": a January release on `10月` means last October). A
 * period a month or two ahead is more often the near future (`December
 * delivery` in October) than last year's.
 */
export function yearOfPeriod(published: Published, firstMonth: number, planned: boolean): number {
  return !planned && firstMonth - published.month > 2 ? published.year - 1 : published.year
}

/** Words of a sentence about the future: its months and quarters are this year's. */
export const plannedChinese = /预计|预期|预测|将|计划|力争|目标|有望|拟|即将|明年|下一步|展望/u

/** The sentence around `at` (at most 400 characters each way): from after the last sentence end before it to the next one. */
export function sentenceAround(text: string, at: number): string {
  const floor = Math.max(0, at - 400)
  const ceiling = Math.min(text.length, at + 400)
  let start = at
  while (start > floor && !sentenceEnd.test(text[start - 1]!)) start--
  let end = at
  while (end < ceiling && !sentenceEnd.test(text[end]!)) end++
  return text.slice(start, end)
}

const sentenceEnd = /[。！？!?\n]/u

/** Relative year words and their offset from the publication year. */
const relativeYears: ReadonlyMap<string, number> = new Map([
  ['前年', -2], ['去年', -1], ['上年', -1], ['上一年', -1], ['上年度', -1], ['今年', 0], ['本年', 0], ['本年度', 0], ['年内', 0],
  ['明年', 1], ['后年', 2]
])
const relativeMonths: ReadonlyMap<string, number> = new Map([
  ['上个月', -1], ['上月', -1], ['本月', 0], ['这个月', 0], ['下个月', 1], ['下月', 1]
])
const relativeQuarters: ReadonlyMap<string, number> = new Map([
  ['上一季度', -1], ['上季度', -1], ['本季度', 0], ['下一季度', 1], ['下季度', 1]
])
const relativeWeeks: ReadonlyMap<string, number> = new Map([['上周', -1], ['本周', 0], ['下周', 1]])
const relativeDays: ReadonlyMap<string, number> = new Map([
  ['前天', -2], ['昨天', -1], ['昨日', -1], ['今天', 0], ['今日', 0], ['明天', 1], ['明日', 1]
])

const relativeWord =
  /前年|去年|上一?年|今年|本年|年内|明年|后年|上个?月|本月|这个月|下个?月|上一?季度|本季度|下一?季度|上周|本周|下周|前天|昨天|昨日|今天|今日|明天|明日|[上下]半年|[前第]?[一二三四1-4]季度?|第[一二三四1-4]、[一二三四1-4]季|[今本]\s*[(（]\s*\d{1,2}\s*[)）]\s*日|首季|[前首][0-9一二两三四五六七八九十]{1,3}个?月|民[国國]/g

const yearConnector = /^\s*(?:-|－|—|–|~|～|〜|至|到)\s*/
const rangeConnectors = new Set(['-', '－', '—', '–', '~', '～', '〜', '至', '到'])
const quarterDigits: ReadonlyMap<string, number> = new Map([
  ['一', 1], ['二', 2], ['三', 3], ['四', 4], ['1', 1], ['2', 2], ['3', 3], ['4', 4]
])
/**
 * Relative words after these name the base of a comparison (`比上年增长`,
 * `较上月`, `分别比上月和上年同期`), not a date of the fact.
 */
const comparisonBase = /(?:[比较與与同對对]|环比)(?:[^，,。；;\n]{1,8}[和及、与])?$/u
/** After `年`, these make another word (`80年代`, `年级`, `年轻`). */
const notAfterYear = /^[代级纪轻龄会终薪货画味]/

/** Days of a month in a leap year (a 29 February is never refused). */
function daysIn(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** Is this number a year as written (`2022`, `二〇二三`)? */
function isYearNumber(number: NumberMatch): boolean {
  return (
    number.digits !== undefined &&
    number.digits.length === 4 &&
    !number.decimal &&
    !number.negative &&
    number.value >= 1000 &&
    number.value <= 2999
  )
}

/** 民国 years in current use: 100 to 150 (2011 to 2061). */
function isMinguoYear(number: NumberMatch, text: string, named: boolean): boolean {
  if (number.digits === undefined) return false
  // `民国38年`: named, any year of the era.
  if (named) return number.value >= 1 && number.value <= 150 && number.digits.length <= 3
  if (number.digits.length === 3) return number.value >= 100 && number.value <= 150
  // Before 2011 (民国100年) the years have two digits (`91年12月26日` is 2002): only where a month,
  // a quarter or a part of the year follows, since `成立50年` is a length of time.
  return number.digits.length === 2 && number.value >= 38 && minguoYearContext.test(text.slice(number.end, number.end + 4))
}
/** After a two-digit 民国 year: `年12月`, `年度`, `年底`, `年初`, `年第2季`, `年上半年`, `年1至11月`. */
const minguoYearContext = /^年(?:度|底|初|第|[上下]半|[\d０-９一二三四五六七八九十]{1,2}(?:月|至|[-－~～]))/u

function isInteger(number: NumberMatch, low: number, high: number): boolean {
  return Number.isInteger(number.value) && !number.decimal && !number.negative && number.high === undefined && number.value >= low && number.value <= high
}

/** ISO week of a date, for `本周`. */
function isoWeek(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day))
  const weekday = date.getUTCDay() || 7
  date.setUTCDate(date.getUTCDate() + 4 - weekday)
  const weekYear = date.getUTCFullYear()
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86400000 + 1) / 7)
  return `${weekYear}-W${pad(week)}`
}

function addDays(published: Published, days: number): string {
  const date = new Date(Date.UTC(published.year, published.month - 1, published.day + days))
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

interface Parts {
  start: number
  end: number
  /** Absolute year, or a relative one. */
  year?: number
  /** A two-digit year (`23年上半年`), whose century depends on the publication date. */
  shortYear?: number
  /** Last year of a range (`2021-2023年`). */
  untilYear?: number
  /** Where the year part ends. */
  yearEnd?: number
  yearOffset?: number
  month?: number
  monthEnd?: number
  monthOffset?: number
  day?: number
  quarter?: number
  quarterEnd?: number
  quarterOffset?: number
  half?: number
  weekOffset?: number
  dayOffset?: number
  /** `前5月`, `首4个月`: months 1 to N. */
  firstMonths?: number
  /** The first month of the fiscal year the first months count from (`本财政年度首3个月` in Hong Kong: April). */
  fiscalStart?: number
  /** `2005 - 06年度`: the second year of a season or fiscal year. */
  season?: number
  fiscal?: boolean
  /** The end of a range (`4月29日至5月3日`): the second date, its missing parts taken from the first. */
  until?: Parts
  /** Parts that depend on the publication date. */
  relative: boolean
  /** A month or quarter without a year in a sentence about the future (`yearOfPeriod`). */
  planned?: boolean
  /** Where the text the date used ends, when more than the date (a dateline's time). */
  consumed?: number
}

/**
 * All dates in `text`. `numbers` are the text's numbers (from
 * `scanNumbers`); the dates use them rather than reparse.
 */
export interface DateOptions {
  /** Read `113年度` as a 民国 (Minguo) year, 2024, as Taiwan writes years. */
  minguo?: boolean
  /** The month the region's fiscal year starts (Hong Kong: 4), for `本财政年度首3个月`. */
  fiscalStartMonth?: number
}

export function findDates(
  text: string,
  numbers: readonly NumberMatch[],
  publishedAt: string | null | undefined,
  options: DateOptions = {}
): DateMatch[] {
  return scanDates(text, numbers, publishedAt, options).filter((date) => !date.withheld)
}

/** {@link findDates} with the withheld dates too, for readers that must not read their numbers again. */
export function scanDates(
  text: string,
  numbers: readonly NumberMatch[],
  publishedAt: string | null | undefined,
  options: DateOptions = {}
): DateMatch[] {
  const published = parsePublished(publishedAt)
  const byStart = new Map<number, NumberMatch>()
  for (const number of numbers) byStart.set(number.start, number)
  const starts = new Set<number>()
  for (const number of numbers) starts.add(number.start)
  relativeWord.lastIndex = 0
  let found: RegExpExecArray | null
  while ((found = relativeWord.exec(text)) !== null) starts.add(found.index)
  const ordered = [...starts].sort((a, b) => a - b)

  const dates: DateMatch[] = []
  /** `二零一八年同月`: a year's same period, resolved against the sentence's period once all dates are read. */
  const samePeriod = new Set<DateMatch>()
  let covered = 0
  for (const start of ordered) {
    if (start < covered) continue
    const parts = readRange(text, start, byStart, options)
    if (!parts) continue
    covered = parts.consumed ?? parts.end
    // `以前年度` is not 前年; `从今年` is.
    if (parts.yearOffset !== undefined && text.startsWith('前年', start) && /[以此之从提]/u.test(text[start - 1] ?? '')) continue
    // `比上年增长`, `较上月下跌`, `分别比上月和上年同期低`: the base of a comparison, not a date of the fact (optional in the gold).
    const relativeOnly = (parts.yearOffset !== undefined && parts.end === parts.yearEnd) || ((parts.monthOffset !== undefined || parts.quarterOffset !== undefined) && parts.year === undefined && parts.yearOffset === undefined)
    if (relativeOnly && comparisonBase.test(text.slice(Math.max(0, start - 10), start))) continue
    // `本月报`: the monthly report, not this month.
    if (parts.monthOffset === 0 && /^[报報刊]/u.test(text.slice(parts.end, parts.end + 1))) continue
    // `6月底`, `年末`, `5月下旬`, `年内`: optional in the gold and valued unevenly; not given.
    const after = text.slice(parts.end, parts.end + 2)
    const withheld =
      (parts.day === undefined && (/^(?:年?[底末]|年初|上旬|中旬|下旬)/u.test(after) || (parts.month !== undefined && after[0] === '初'))) ||
      (text.startsWith('年内', parts.start) && parts.end === parts.start + 2) ||
      // `6月31日`: no such day.
      (parts.day !== undefined && parts.month !== undefined && parts.day > daysIn(parts.month))
    if (parts.year === undefined && parts.yearOffset === undefined && parts.shortYear === undefined) {
      parts.planned = plannedChinese.test(sentenceAround(text, start))
      if (parts.until) parts.until.planned = parts.planned
    }
    const date = resolve(text, parts, published)
    if (withheld) date.withheld = true
    if (parts.year !== undefined && parts.end === parts.yearEnd && parts.season === undefined && /^[同][期月季]/u.test(text.slice(parts.end, parts.end + 2))) samePeriod.add(date)
    dates.push(date)
  }
  for (const date of samePeriod) resolveSamePeriod(text, date, dates)
  return dates
}

/**
 * `较二零一八年同月下跌18.3%`, `与二零一二年同期比较，二零一三年首十一个月…`: a
 * year's same period is the period the sentence reports, in that year. With
 * no such period in the sentence there is no value to give.
 */
function resolveSamePeriod(text: string, date: DateMatch, dates: readonly DateMatch[]): void {
  const sentence = sentenceAround(text, date.start)
  const from = text.lastIndexOf(sentence, date.start)
  let best: DateMatch | null = null
  for (const other of dates) {
    if (other === date || other.withheld || !/^\d{4}-/.test(other.value) || other.start < from || other.end > from + sentence.length) continue
    if (!best || Math.abs(other.start - date.start) < Math.abs(best.start - date.start)) best = other
  }
  const year = date.value
  if (!best || !/^\d{4}$/.test(year)) {
    date.withheld = true
    return
  }
  const shift = Number(year) - Number(best.value.slice(0, 4))
  date.value = best.value.replace(/\d{4}(?=-)/g, (y) => String(Number(y) + shift))
  date.end = Math.min(text.length, date.end + 2)
}

/**
 * Is a two-year span a fiscal year? When budget words stand by it, or the
 * text is about budgets and no season of sport or school stands by it.
 */
function isFiscal(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 6), end + 6)
  if (/年度|财政|財政|预算|預算|财年|財年/u.test(around)) return true
  return !/赛季|賽季|球季|学年|學年|届|屆/u.test(around) && /年度|财政|財政|预算|預算/u.test(text)
}

const bracketedDay = /^[今本]\s*[(（]\s*(\d{1,2})\s*[)）]\s*日/u

const seasonSlash = /^((?:19|20)\d{2})\s*\/\s*(\d{2}|\d{4})(?![\d./])/

/** A numbered ISO date with an optional time: `2023-02-20 08:58:54`, `2023/2/20`. */
const isoDate = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])/y
/** The time of day after a dateline's date: consumed so its numbers are not read, but not part of the date. */
const timeOfDay = /[ T]\d{1,2}:\d{2}(?::\d{2})?/y

/** A date, and a second one after `至`/`-` making a range (`4月29日至5月3日`, `去年12月至今年2月`). */
function readRange(text: string, start: number, byStart: ReadonlyMap<number, NumberMatch>, options: DateOptions): Parts | null {
  const first = readDate(text, start, byStart, options)
  if (!first || (first.month === undefined && first.day === undefined) || first.monthEnd !== undefined) return first
  const connector = rangeConnector.exec(text.slice(first.end, first.end + 3))
  if (!connector) return first
  const second = readDate(text, first.end + connector[0].length, byStart, options)
  if (!second || (second.month === undefined && second.day === undefined) || second.monthEnd !== undefined) return first
  // The second date takes what it leaves out from the first: `今年1月至3月`, `3月1日至5日`.
  if (second.year === undefined && second.yearOffset === undefined && second.shortYear === undefined) {
    if (first.year !== undefined) second.year = first.year
    if (first.yearOffset !== undefined) second.yearOffset = first.yearOffset
    if (first.shortYear !== undefined) second.shortYear = first.shortYear
    if (second.month === undefined) second.month = first.month
  }
  return {...first, end: second.end, until: second, relative: first.relative || second.relative}
}

const rangeConnector = /^(?:至|到|-|－|—|–|~|～)/

function readDate(text: string, start: number, byStart: ReadonlyMap<number, NumberMatch>, options: DateOptions): Parts | null {
  isoDate.lastIndex = start
  const iso = isoDate.exec(text)
  if (iso && (start === 0 || !/[\d.]/.test(text[start - 1]!))) {
    const month = Number(iso[3])
    const day = Number(iso[4])
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      const end = isoDate.lastIndex
      timeOfDay.lastIndex = end
      const time = timeOfDay.exec(text)
      return {start, end, consumed: time ? timeOfDay.lastIndex : end, year: Number(iso[1]), month, day, relative: false}
    }
  }

  // `今(23)日`, `本(18)日`: Taiwan releases put today's day in brackets.
  const bracketed = bracketedDay.exec(text.slice(start, start + 10))
  if (bracketed) return {start, end: start + bracketed[0].length, day: Number(bracketed[1]), relative: true}
  // `2019/20年度`, `财政年度2023/24`: a fiscal year or season with a slash (the numbers read it as a fraction).
  const slashed = seasonSlash.exec(text.slice(start, start + 12))
  if (slashed && (start === 0 || !/[\d./]/.test(text[start - 1]!))) {
    const year = Number(slashed[1])
    const second = slashed[2]!.length === 2 ? Math.floor(year / 100) * 100 + Number(slashed[2]) : Number(slashed[2])
    if (second === year + 1) {
      let end = start + slashed[0].length
      if (text.startsWith('年度', end)) end += 2
      return {start, end, year, season: second, fiscal: isFiscal(text, start, end), relative: false}
    }
  }
  const parts: Parts = {start, end: start, relative: false}
  let at = start
  // Year: relative word, or a year-like number before 年 (ranges `2021-2023年` too).
  const yearWord = wordAt(text, at, relativeYears)
  if (yearWord && !(start > 0 && isNumeralBefore(text, start))) {
    parts.yearOffset = relativeYears.get(yearWord)!
    parts.relative = true
    at += yearWord.length
    parts.end = parts.yearEnd = at
    if (yearWord === '年内') return parts
  } else {
    let number = byStart.get(at)
    // 民国113年: a Minguo year whatever the options say.
    const minguo = text.startsWith('民国', at) || text.startsWith('民國', at)
    if (minguo) number = byStart.get(at + 2)
    if (number && (minguo || options.minguo) && isMinguoYear(number, text, minguo) && text[number.end] === '年' && !notAfterYear.test(text.slice(number.end + 1, number.end + 2))) {
      // 113年度 = 2024.
      const end = number.end + (text.startsWith('年度', number.end) ? 2 : 1)
      parts.year = number.value + 1911
      at = parts.end = parts.yearEnd = end
    } else if (number && isYearNumber(number)) {
      let end = number.end
      let until: NumberMatch | undefined
      // 2021-2023年, 2021年至2023年.
      const afterYear = text[end] === '年' ? end + 1 : end
      const connector = yearConnector.exec(text.slice(afterYear, afterYear + 4))
      if (connector) {
        const next = byStart.get(afterYear + connector[0].length)
        if (next && isYearNumber(next) && text[next.end] === '年' && next.value > number.value) until = next
      }
      if (until) {
        const end2 = until.end + 1
        if (!notAfterYear.test(text.slice(end2, end2 + 1))) return {start, end: end2, year: number.value, untilYear: until.value, relative: false}
      }
      // `2005 - 06年度`, `2008-09`: a fiscal year (in a text about budgets) or a season, the second year in two digits.
      const season = /^\s*[-－—–~～/]\s*(\d{2})(?![\d.%/])/u.exec(text.slice(end, end + 8))
      if (season && (number.value + 1) % 100 === Number(season[1])) {
        let end2 = end + season[0].length
        if (text.startsWith('年度', end2)) end2 += 2
        else if (text[end2] === '年' && !notAfterYear.test(text.slice(end2 + 1, end2 + 2))) end2 += 1
        return {start, end: end2, year: number.value, season: number.value + 1, fiscal: isFiscal(text, start, end2), relative: false}
      }
      if (text[end] === '年' && !notAfterYear.test(text.slice(end + 1, end + 2))) {
        end += text.startsWith('年度', end) ? 2 : 1
        parts.year = number.value
        at = parts.end = parts.yearEnd = end
      }
    } else if (number && number.digits?.length === 2 && text[number.end] === '年' && periodAt(text, number.end + 1, byStart)) {
      // `23年上半年`, `98年3月`: a two-digit year, only when a month or period follows (`23年` alone is a duration).
      parts.shortYear = number.value
      parts.relative = true
      at = parts.end = parts.yearEnd = number.end + 1
    }
  }

  // Then a month (range), a quarter or a half.
  const monthWord = parts.year === undefined && parts.yearOffset === undefined ? wordAt(text, at, relativeMonths) : null
  if (monthWord) {
    parts.monthOffset = relativeMonths.get(monthWord)!
    parts.relative = true
    parts.end = at + monthWord.length
    return parts
  }
  const quarterWord = parts.year === undefined && parts.yearOffset === undefined ? wordAt(text, at, relativeQuarters) : null
  if (quarterWord) {
    parts.quarterOffset = relativeQuarters.get(quarterWord)!
    parts.relative = true
    parts.end = at + quarterWord.length
    return parts
  }
  if (parts.year === undefined && parts.yearOffset === undefined) {
    const weekWord = wordAt(text, at, relativeWeeks)
    if (weekWord) return {...parts, weekOffset: relativeWeeks.get(weekWord)!, relative: true, end: at + weekWord.length}
    const dayWord = wordAt(text, at, relativeDays)
    if (dayWord) return {...parts, dayOffset: relativeDays.get(dayWord)!, relative: true, end: at + dayWord.length}
  }
  if (text.startsWith('上半年', at) || text.startsWith('下半年', at)) {
    if (at > 0 && isNumeralBefore(text, at) && parts.yearEnd !== at) return null
    parts.half = text[at] === '上' ? 1 : 2
    parts.end = at + 3
    if (parts.year === undefined) parts.relative = true
    return parts
  }
  const first = readFirstMonths(text, at, byStart)
  if (first) {
    parts.firstMonths = first.count
    // `本财政年度首3个月`: a fiscal year that starts in April (Hong Kong's, the United Kingdom's).
    if (options.fiscalStartMonth && /财政年度$|財政年度$/u.test(text.slice(Math.max(0, at - 4), at))) parts.fiscalStart = options.fiscalStartMonth
    parts.end = first.end
    if (parts.year === undefined) parts.relative = true
    return parts
  }
  const quarter = readQuarter(text, at)
  if (quarter) {
    if (quarter.months) parts.firstMonths = quarter.last * 3
    else {
      parts.quarter = quarter.first
      parts.quarterEnd = quarter.last
    }
    parts.end = quarter.end
    if (parts.year === undefined) parts.relative = true
    return parts
  }
  const month = readMonth(text, at, byStart)
  if (month) {
    parts.month = month.month
    if (month.until !== undefined) parts.monthEnd = month.until
    parts.end = month.end
    if (month.day !== undefined) parts.day = month.day
    if (parts.year === undefined) parts.relative = true
    return parts
  }
  if (parts.year === undefined && parts.yearOffset === undefined) {
    // A day alone: `20日` (not `30日内`, a duration).
    const number = byStart.get(at)
    if (number && isInteger(number, 1, 31) && number.script !== 'han' && text[number.end] === '日') {
      const rest = text.slice(number.end + 1, number.end + 3)
      if (!/^(?:内|以内|之内|均|电|本|报|元|圆)/.test(rest) && !isNumeralBefore(text, at)) {
        return {...parts, day: number.value, relative: true, end: number.end + 1}
      }
    }
  }
  return parts.end > start ? parts : null
}

/** Does a month, quarter or half-year start at `at`? */
function periodAt(text: string, at: number, byStart: ReadonlyMap<number, NumberMatch>): boolean {
  return readMonth(text, at, byStart) !== null || readQuarter(text, at) !== null || text.startsWith('上半年', at) || text.startsWith('下半年', at)
}

function wordAt(text: string, at: number, words: ReadonlyMap<string, number>): string | null {
  let best: string | null = null
  for (const word of words.keys()) if (text.startsWith(word, at) && (!best || word.length > best.length)) best = word
  return best
}

/** Digits or numerals right before `at` (`3年内` is not `年内`). */
function isNumeralBefore(text: string, at: number): boolean {
  return /[0-9０-９零〇一二三四五六七八九十百千万两几多余]/.test(text[at - 1] ?? '')
}

/** `前5月`, `前10个月`, `首4个月` (Hong Kong): months 1 to N. */
function readFirstMonths(text: string, at: number, byStart: ReadonlyMap<number, NumberMatch>): {count: number; end: number} | null {
  if (text[at] !== '前' && text[at] !== '首') return null
  // `与先前三个月比较`: the months before, not the first ones.
  if (text[at] === '前' && /[先之此以]/u.test(text[at - 1] ?? '')) return null
  const number = byStart.get(at + 1)
  if (!number || !isInteger(number, 2, 12)) return null
  let end = number.end
  if (text[end] === '个' || text[end] === '個') end++
  if (text[end] !== '月') return null
  // `前5个月` after another number is a duration (`近3年前5个月`? rare); `首4个月` always a period.
  return {count: number.value, end: end + 1}
}

function readQuarter(text: string, at: number): {first: number; last: number; end: number; months?: boolean} | null {
  // 第一季度, 一季度, 前三季度, 1季度, 第1季度; Hong Kong 第一季, 首季.
  if (text.startsWith('首季', at)) return {first: 1, last: 1, end: at + (text[at + 2] === '度' ? 3 : 2)}
  let k = at
  let prefix = ''
  if (text[k] === '第' || text[k] === '前') prefix = text[k++]!
  const digit = quarterDigits.get(text[k]!)
  if (digit === undefined) return null
  // `第3、4季`, `第1、2季度`: two quarters written as one.
  const second = text[k + 1] === '、' ? quarterDigits.get(text[k + 2]!) : undefined
  if (prefix === '第' && second !== undefined && second === digit + 1 && text[k + 3] === '季') {
    const end = k + 4 + (text[k + 4] === '度' ? 1 : 0)
    return {first: digit, last: second, end}
  }
  if (text[k + 1] !== '季') return null
  const withDu = text[k + 2] === '度'
  // `第一季` without 度 is Hong Kong usage; `一季` alone is too vague.
  if (!withDu && prefix !== '第') return null
  if (!withDu && /[节赛度]/.test(text[k + 2] ?? '')) return null
  const end = k + (withDu ? 3 : 2)
  if (prefix === '' && k > 0 && /[0-9０-９个几两]/.test(text[k - 1]!)) return null
  // 前三季度: the first nine months.
  return prefix === '前' ? {first: 1, last: digit, end, months: true} : {first: digit, last: digit, end}
}

/** Before `一月`, these make it one month (`前一月`, `上一月`, `每一月`, `同一月`). */
const oneMonthBefore = /[前上下后後每隔同该該这這那]/u

function readMonth(
  text: string,
  at: number,
  byStart: ReadonlyMap<number, NumberMatch>
): {month: number; until?: number; day?: number; end: number} | null {
  const number = byStart.get(at)
  if (!number || !isInteger(number, 1, 12)) return null
  // `较前一月`, `每一月`: one month, not January.
  if (number.text === '一' && oneMonthBefore.test(text[at - 1] ?? '')) return null
  let until: number | undefined
  let end = number.end
  if (text[end] !== '月' && rangeConnectors.has(text[end]!)) {
    // 1-10月, 1至10月.
    const next = byStart.get(end + 1)
    if (next && isInteger(next, 1, 12) && text[next.end] === '月' && next.value > number.value) {
      until = next.value
      end = next.end
    }
  }
  // `1 月`: some pages put a space between the digits and 月.
  if (text[end] === ' ' && text[end + 1] === '月' && number.script === 'arabic') end++
  if (text[end] !== '月' || /^[饼球光亮]/.test(text.slice(end + 1, end + 2))) return null
  end += text[end + 1] === '份' ? 2 : 1
  if (until !== undefined) return {month: number.value, until, end}
  const day = byStart.get(end)
  if (day && isInteger(day, 1, 31) && (text[day.end] === '日' || text[day.end] === '号')) {
    return {month: number.value, day: day.value, end: day.end + 1}
  }
  return {month: number.value, end}
}

function resolve(text: string, parts: Parts, published: Published | null): DateMatch {
  const match: DateMatch = {start: parts.start, end: parts.end, value: '', approx: 'exact'}
  if (parts.consumed !== undefined) match.consumed = parts.consumed
  if (parts.relative) {
    match.relative = text.slice(parts.start, parts.end)
    match.resolved = published !== null
  }
  match.value = valueOf(parts, published)
  return match
}

function valueOf(parts: Parts, published: Published | null): string {
  const year = (firstMonth?: number): string => {
    if (parts.year !== undefined) return String(parts.year)
    if (parts.shortYear !== undefined) {
      if (!published) return `XX${pad(parts.shortYear)}`
      // The latest year with those last digits that is not after next year.
      const century = Math.floor((published.year + 1) / 100) * 100
      return String(century + parts.shortYear > published.year + 1 ? century - 100 + parts.shortYear : century + parts.shortYear)
    }
    if (!published) return 'XXXX'
    if (parts.yearOffset !== undefined) return String(published.year + parts.yearOffset)
    if (firstMonth !== undefined) return String(yearOfPeriod(published, firstMonth, parts.planned ?? true))
    return String(published.year)
  }
  if (parts.untilYear !== undefined) return `${parts.year}/${parts.untilYear}`
  if (parts.season !== undefined) return `${parts.fiscal ? 'FY' : ''}${parts.year}/${parts.season}`
  if (parts.until) {
    const first = valueOf({...parts, until: undefined}, published)
    // The second date of a range is in the first's year unless it says its own (`4月29日至5月3日`).
    const until = parts.until.year === undefined && parts.until.yearOffset === undefined && parts.until.shortYear === undefined && /^\d{4}/.test(first) ? {...parts.until, year: Number(first.slice(0, 4))} : parts.until
    return `${first}/${valueOf(until, published)}`
  }
  if (parts.firstMonths !== undefined) {
    // `1-8月`, `前8个月` in a March release: measured months that cannot be this year's yet; the end decides.
    const y = year(parts.firstMonths)
    if (parts.fiscalStart !== undefined && published) {
      // The fiscal year holding publication: it began in the latest fiscalStart month up to it.
      const begin = published.month >= parts.fiscalStart ? published.year : published.year - 1
      const first = begin * 12 + parts.fiscalStart - 1
      const last = first + parts.firstMonths - 1
      return `${begin}-${pad(parts.fiscalStart)}/${Math.floor(last / 12)}-${pad((last % 12) + 1)}`
    }
    return `${y}-01/${y}-${pad(parts.firstMonths)}`
  }
  if (parts.dayOffset !== undefined) return published ? addDays(published, parts.dayOffset) : 'XXXX-XX-XX'
  if (parts.weekOffset !== undefined) {
    return published ? isoWeek(published.year, published.month, published.day + 7 * parts.weekOffset) : 'XXXX-WXX'
  }
  if (parts.monthOffset !== undefined) {
    if (!published) return 'XXXX-XX'
    const index = published.year * 12 + (published.month - 1) + parts.monthOffset
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
  }
  if (parts.quarterOffset !== undefined) {
    if (!published) return 'XXXX-QX'
    const index = published.year * 4 + Math.floor((published.month - 1) / 3) + parts.quarterOffset
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
  }
  if (parts.half !== undefined) return `${year()}-H${parts.half}`
  if (parts.quarter !== undefined) {
    const y = year((parts.quarterEnd ?? parts.quarter) * 3 - 2)
    return parts.quarterEnd !== undefined && parts.quarterEnd !== parts.quarter ? `${y}-Q${parts.quarter}/${y}-Q${parts.quarterEnd}` : `${y}-Q${parts.quarter}`
  }
  if (parts.month !== undefined) {
    const y = year(parts.monthEnd ?? parts.month)
    if (parts.monthEnd !== undefined) return `${y}-${pad(parts.month)}/${y}-${pad(parts.monthEnd)}`
    return parts.day !== undefined ? `${y}-${pad(parts.month)}-${pad(parts.day)}` : `${y}-${pad(parts.month)}`
  }
  if (parts.day !== undefined) {
    if (!published) return `XXXX-XX-${pad(parts.day)}`
    return `${published.year}-${pad(published.month)}-${pad(parts.day)}`
  }
  return year()
}
