/**
 * English news in the same schema: digits and number words (`2,700`,
 * `twenty-five`, `25.3 billion`), money (`$25.3 billion`, `3 billion yuan`,
 * ranges `$16.5 billion to $17 billion`), `14 percent`/`14%`, percentage
 * points, changes (`rose 14%`, `an increase of 50 percent`, `doubled`),
 * ranks (`ranked second among 25 districts`), dates (`2023-08-03`,
 * `Feb. 20, 2023`, `last December`, `Wednesday`, `the first quarter`,
 * `second-quarter`), durations (`38-year`, `3 to 5 years`), fractions
 * (`about one third`) and counts (`2,700 households`: unit `household`,
 * subject `households`).
 */
import type {Approx, FactKind, FactValue, Span} from '../types.js'
import {parsePublished} from './dates.js'
import {
  adjectives,
  ambiguousMultipliers,
  approxBefore,
  changeNouns,
  changeNounsAfter,
  changeVerbs,
  currencySymbols,
  currencyWords,
  datePrepositions,
  datedModifier,
  determiners,
  dollarCountries,
  fractionWords,
  linking,
  modals,
  months,
  multipliers,
  notNouns,
  ordinalOf,
  pad,
  rankVerbs,
  readNumber,
  reportingVerbs,
  scaleWords,
  singular,
  subunits,
  extraWords,
  stopSubject,
  timeUnits,
  units,
  weekdays,
  words,
  type Word
} from './english-words.js'
import {times10} from './numerals.js'
import {englishDollar} from './region.js'
import type {Quantity, QuantityOptions} from './quantities.js'

type Published = ReturnType<typeof parsePublished>

interface Read {
  quantity: Quantity
  /** Index of the first word after it. */
  next: number
}

/** Every quantity in English `text`, in text order. */
export function findEnglishQuantities(text: string, options: QuantityOptions = {}): Quantity[] {
  const list = words(text)
  const published = parsePublished(options.publishedAt)
  const dollar = options.dollar ?? englishDollar(text)
  const quantities: Quantity[] = []
  for (let index = 0; index < list.length; index++) {
    const read =
      readIsoDate(list, index) ??
      readRelativeDate(text, list, index, published) ??
      readMonthDate(text, list, index, published) ??
      readMultiplier(list, index) ??
      readFraction(list, index) ??
      readShare(list, index) ??
      readQuantity(list, index, dollar)
    if (!read) continue
    quantities.push(read.quantity)
    index = read.next - 1
  }
  nameBareCounts(text, quantities)
  return quantities
}

/**
 * `Subway trips rose 11.2 percent to 27.3 million`, `48 electric buses joined
 * the fleet of 1,236`: a count without its noun counts the sentence's
 * subject when that is a plural noun, else the noun of the count before it in
 * the sentence.
 */
function nameBareCounts(text: string, quantities: Quantity[]): void {
  for (let index = 0; index < quantities.length; index++) {
    const quantity = quantities[index]!
    if (!quantity.bare) continue
    const head = englishSubject(text, quantity)?.split(' ').at(-1)
    if (head && (/[^s]s$/i.test(head) || head.toLowerCase() === 'people')) {
      quantity.unit = singular(head)
      continue
    }
    const sentence = sentenceStart(text, quantity.span[0])
    for (let previous = index - 1; previous >= 0 && quantities[previous]!.span[0] >= sentence; previous--) {
      const before = quantities[previous]!
      if (before.kind === 'count' && before.unit !== null) {
        quantity.unit = before.unit
        break
      }
    }
  }
}

/** Where the sentence around `at` starts: after a full stop followed by a space, or a line break. */
function sentenceStart(text: string, at: number): number {
  for (let k = at - 1; k > 0; k--) {
    if (text[k] === '\n' || (/[.!?]/.test(text[k]!) && /\s/.test(text[k + 1] ?? ''))) return k + 1
  }
  return 0
}

const lower = (list: readonly Word[], index: number): string => list[index]?.lower ?? ''

function relativeDate(text: string, list: readonly Word[], from: number, next: number, value: string, published: Published): Read {
  const span: Span = [list[from]!.start, list[next - 1]!.end]
  return {quantity: {kind: 'date', value, unit: null, approx: 'exact', span, core: span, relative: text.slice(span[0], span[1]), resolved: published !== null}, next}
}

function absoluteDate(list: readonly Word[], from: number, next: number, value: string): Read {
  const span: Span = [list[from]!.start, list[next - 1]!.end]
  return {quantity: {kind: 'date', value, unit: null, approx: 'exact', span, core: span}, next}
}

/** `2023-08-03`, the dateline; its time of day (`07:45:00`) is passed over. */
function readIsoDate(list: readonly Word[], index: number): Read | null {
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

const offsets: Record<string, number> = {last: -1, this: 0, next: 1}

function readRelativeDate(text: string, list: readonly Word[], index: number, published: Published): Read | null {
  const a = lower(list, index)
  const b = lower(list, index + 1)
  if (offsets[a] !== undefined && b === 'year') return relativeDate(text, list, index, index + 2, published ? String(published.year + offsets[a]!) : 'XXXX', published)
  if (offsets[a] !== undefined && b === 'month') {
    if (!published) return relativeDate(text, list, index, index + 2, 'XXXX-XX', published)
    const m = published.year * 12 + published.month - 1 + offsets[a]!
    return relativeDate(text, list, index, index + 2, `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`, published)
  }
  // `last December`: the latest December before publication.
  if (a === 'last' && months[b] !== undefined && !b.endsWith('.')) {
    const month = months[b]!
    if (!published) return relativeDate(text, list, index, index + 2, `XXXX-${pad(month)}`, published)
    const year = month < published.month ? published.year : published.year - 1
    return relativeDate(text, list, index, index + 2, `${year}-${pad(month)}`, published)
  }
  // `on Wednesday`: the latest such day up to publication.
  if (weekdays[a] !== undefined && list[index]!.text[0] === list[index]!.text[0]!.toUpperCase()) {
    if (!published) return relativeDate(text, list, index, index + 1, 'XXXX-XX-XX', published)
    const date = new Date(Date.UTC(published.year, published.month - 1, published.day))
    const back = (date.getUTCDay() - weekdays[a]! + 7) % 7
    date.setUTCDate(date.getUTCDate() - back)
    return relativeDate(text, list, index, index + 1, `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`, published)
  }
  // `Q1 2023`, `H1`.
  const period = /^(Q[1-4]|H[12])$/.exec(list[index]!.text)
  if (period) {
    if (/^\d{4}$/.test(list[index + 1]?.text ?? '')) return absoluteDate(list, index, index + 2, `${list[index + 1]!.text}-${period[1]}`)
    return relativeDate(text, list, index, index + 1, `${published?.year ?? 'XXXX'}-${period[1]}`, published)
  }
  // `second-quarter`, `first-half`.
  const hyphenated = /^(first|second|third|fourth)-(quarter|half)$/.exec(a)
  if (hyphenated) {
    const n = ordinalOf(hyphenated[1]!)!
    if (hyphenated[2] === 'half' && n > 2) return null
    return relativeDate(text, list, index, index + 1, `${published?.year ?? 'XXXX'}-${hyphenated[2] === 'half' ? 'H' : 'Q'}${n}`, published)
  }
  // `the first quarter (of 2023 | of this year)`, `first half`.
  const at = a === 'the' ? index + 1 : index
  const n = ordinalOf(lower(list, at))
  const what = lower(list, at + 1)
  if (n !== undefined && n <= 4 && (what === 'quarter' || what === 'half') && !(what === 'half' && n > 2)) {
    const tag = what === 'half' ? 'H' : 'Q'
    if (lower(list, at + 2) === 'of' && /^\d{4}$/.test(list[at + 3]?.text ?? '')) return absoluteDate(list, index, at + 4, `${list[at + 3]!.text}-${tag}${n}`)
    if (lower(list, at + 2) === 'of' && offsets[lower(list, at + 3)] !== undefined && lower(list, at + 4) === 'year') {
      const year = published ? String(published.year + offsets[lower(list, at + 3)]!) : 'XXXX'
      return relativeDate(text, list, index, at + 5, `${year}-${tag}${n}`, published)
    }
    return relativeDate(text, list, index, at + 2, `${published?.year ?? 'XXXX'}-${tag}${n}`, published)
  }
  return null
}

/** `Feb. 20, 2023`, `December 2022`, `May 5`; a bare month after `in`/`since` (`in June`). */
function readMonthDate(text: string, list: readonly Word[], index: number, published: Published): Read | null {
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
    if (list[k]?.text === ',' && /^\d{4}$/.test(list[k + 1]?.text ?? '')) {
      year = Number(list[k + 1]!.text)
      k += 2
    } else if (/^\d{4}$/.test(list[k]?.text ?? '')) {
      year = Number(list[k]!.text)
      k++
    }
  } else if (next && /^\d{4}$/.test(next.text)) {
    year = Number(next.text)
    k++
  } else if (!datePrepositions.has(lower(list, index - 1)) || word.text.endsWith('.')) {
    // `May` is also a verb: a bare month needs a preposition before it (`in May`).
    return null
  }
  const value = `${year ?? published?.year ?? 'XXXX'}-${pad(month)}${day !== undefined ? `-${pad(day)}` : ''}`
  return year === undefined ? relativeDate(text, list, index, k, value, published) : absoluteDate(list, index, k, value)
}

/** Words before `doubles` that make it a noun (`men's doubles`, `in doubles`, `two halves`). */
const nounBefore = new Set(['in', 'of', 'and', 'or', 'mixed', 'into', 'two', 'both', 'for', 'with'])

/** `doubled`, `more than doubled`, `halved`, `will triple`, `doubles`. */
function readMultiplier(list: readonly Word[], index: number): Read | null {
  const word = lower(list, index)
  let multiplier = multipliers[word]
  const ambiguous = ambiguousMultipliers[word]
  if (!multiplier && ambiguous) {
    const previous = lower(list, index - 1)
    const verb =
      ambiguous[2] === 'base'
        ? (modals.has(previous) || approxAt(list, index) !== null) && !/^digits?$/.test(lower(list, index + 1))
        : /^[a-z]/.test(previous) && !determiners.has(previous) && !nounBefore.has(previous) && !/['’]s$/.test(previous)
    if (verb) multiplier = [ambiguous[0], ambiguous[1]]
  }
  if (!multiplier) return null
  const {from: start, approx} = approxFrom(list, index)
  const span: Span = [list[start]!.start, list[index]!.end]
  return {quantity: {kind: 'change', value: multiplier[1], unit: '%', approx, span, core: [list[index]!.start, list[index]!.end], direction: multiplier[0]}, next: index + 1}
}

/** `one in nine`, `roughly 1 in 4`, `two in every five`: a share of a whole counted in the same things. */
function readShare(list: readonly Word[], index: number): Read | null {
  if (lower(list, index + 1) !== 'in' && !/^\d/.test(list[index]?.text ?? '') && !units[lower(list, index)]) return null
  const part = readNumber(list, index)
  if (!part || part.ordinal || part.year || part.scaled || !Number.isInteger(part.value) || part.value < 1) return null
  if (lower(list, part.next) !== 'in') return null
  let k = part.next + 1
  if (lower(list, k) === 'every') k++
  const whole = readNumber(list, k)
  if (!whole || whole.ordinal || whole.year || whole.scaled || !Number.isInteger(whole.value) || whole.value <= part.value || whole.value > 1000) return null
  const {from: start, approx} = approxFrom(list, index)
  const value = Math.round((part.value / whole.value) * 1e4) / 1e4
  const span: Span = [list[start]!.start, whole.end]
  return {quantity: {kind: 'ratio', value, unit: null, approx, span, core: [part.start, whole.end]}, next: whole.next}
}

/** `about one third`, `nearly a quarter`, `two thirds`, `two-fifths`. */
function readFraction(list: readonly Word[], index: number): Read | null {
  // `two-fifths` is one word: its parts stand for the two.
  const hyphenated = /^([a-z]+)-([a-z]+)$/.exec(lower(list, index))
  const numerator = hyphenated ? hyphenated[1]! : lower(list, index)
  const fraction = hyphenated ? hyphenated[2]! : lower(list, index + 1)
  const last = hyphenated ? index : index + 1
  const count = numerator === 'a' || numerator === 'an' ? 1 : units[numerator]
  const denominator = fractionWords[fraction]
  if (count === undefined || count === 0 || denominator === undefined) return null
  // `a quarter of the year`? A fraction is `of` something or stands alone; `the first quarter` was a date.
  if (lower(list, index - 1) === 'the') return null
  const plural = fraction.endsWith('s')
  if ((count > 1) !== plural && !(count === 1 && fraction === 'half')) return null
  const {from: start, approx} = approxFrom(list, index)
  const value = Math.round((count / denominator) * 1e4) / 1e4
  const span: Span = [list[start]!.start, list[last]!.end]
  return {quantity: {kind: 'ratio', value, unit: null, approx, span, core: [list[index]!.start, list[last]!.end]}, next: last + 1}
}

/** The approximation words ending right before `index`. */
/** Where a quantity at `index` starts and how exact it is, taking in an approximation word before it (`about`, `more than`). */
function approxFrom(list: readonly Word[], index: number): {approx: Approx; from: number} {
  return approxAt(list, index) ?? {approx: 'exact', from: index}
}

function approxAt(list: readonly Word[], index: number): {approx: Approx; from: number} | null {
  for (const [phrase, meaning] of approxBefore) {
    const from = index - phrase.length
    if (from >= 0 && phrase.every((word, i) => lower(list, from + i) === word)) return {approx: meaning, from}
  }
  return null
}

/** A currency symbol: `$` alone is the article's dollar (`englishDollar`). */
function currencyOf(word: string, dollar: string): string | undefined {
  return word === '$' ? dollar : currencySymbols[word]
}

function readQuantity(list: readonly Word[], index: number, dollar: string): Read | null {
  const word = list[index]!
  const currency = currencyOf(word.lower, dollar)
  const numberIndex = currency ? index + 1 : index
  const number = readNumber(list, numberIndex)
  if (!number) return null
  if (number.ordinal) return readRank(list, numberIndex, number.value, number.start, number.end, number.next)

  // A range: `$16.5 billion to $17 billion`, `3 to 5 years`, `23 million to 24 million TEUs`.
  let high: number | undefined
  let next = number.next
  if (!number.year && ['to', '-', '–'].includes(lower(list, next))) {
    let k = next + 1
    if (currency && currencyOf(lower(list, k), dollar) === currency) k++
    const second = readNumber(list, k)
    if (second && !second.ordinal && second.value > number.value) {
      high = second.value
      next = second.next
    }
  }

  let kind: FactKind | null = null
  let unit: string | null = null
  let subjectHint: string | undefined
  /** Power of ten applied to the value: cents are hundredths of the currency. */
  let exponent = 0
  let bare = false
  const after = lower(list, next)
  if (currency) {
    kind = 'amount'
    unit = currency
  } else if (after === '%' || after === 'percent' || (after === 'per' && lower(list, next + 1) === 'cent')) {
    kind = 'percent'
    unit = '%'
    next += after === 'per' ? 2 : 1
  } else if (after === 'percentage' && (lower(list, next + 1) === 'points' || lower(list, next + 1) === 'point')) {
    kind = 'change'
    unit = 'pp'
    next += 2
  } else if (currencyWords[after] && after !== 'pounds' && after !== 'won') {
    kind = 'amount'
    unit = currencyWords[after]!
    next += 1
  } else if ((after === 'hong' && lower(list, next + 1) === 'kong' && lower(list, next + 2).startsWith('dollar')) || (dollarCountries[after] && lower(list, next + 1).startsWith('dollar'))) {
    kind = 'amount'
    unit = after === 'hong' ? 'HKD' : dollarCountries[after]!
    next += after === 'hong' ? 3 : 2
  } else if (number.year && high === undefined) {
    // 2022, `2023 revenue`: a year is a date, never a count.
    return absoluteDate(list, numberIndex, number.next, String(number.value))
  } else if (timeUnits[after]) {
    kind = 'duration'
    unit = timeUnits[after]!
    next += 1
  } else if (after === '-' && timeUnits[lower(list, next + 1)] && list[next + 1]!.start === list[next]!.end) {
    // `38-year history`.
    kind = 'duration'
    unit = timeUnits[lower(list, next + 1)]!
    next += 2
  } else if (subunits[after] && high === undefined) {
    // `71 cents a share` is 0.71 USD.
    kind = 'amount'
    unit = subunits[after]!
    exponent = -2
    next += 1
  } else if (extraWords.has(after) && timeUnits[lower(list, next + 1)]) {
    // `two more years`.
    kind = 'duration'
    unit = timeUnits[lower(list, next + 1)]!
    next += 2
  } else {
    // `48 more buses`: `more` belongs to the count.
    const noun = countedNoun(list, extraWords.has(after) ? next + 1 : next)
    const partitive = noun ? null : partOf(list, next)
    if (noun && !(list[numberIndex]!.lower === 'one' && !noun.plural)) {
      kind = 'count'
      unit = noun.unit
      subjectHint = noun.phrase
      next = noun.next
    } else if (partitive && list[numberIndex]!.lower !== 'one') {
      // `two of its four subway lines`: the part counts the whole's noun.
      kind = 'count'
      unit = partitive.unit
      subjectHint = partitive.phrase
    } else if (!noun && (number.scaled || number.grouped || lower(list, numberIndex - 1) === 'which' || referringBack(list, next))) {
      // `rose to 27.3 million`, `a fleet of 1,236`, `of which 88`, `three of them`: a quantity whose noun the sentence already named.
      kind = 'count'
      bare = true
    }
  }
  if (!kind) return null

  const end = list[next - 1]!.end
  const start = currency ? word.start : number.start
  const core: Span = [start, end]
  const {from, approx: stated} = approxFrom(list, index)
  let approx = stated
  let spanEnd = end
  if (lower(list, next) === 'or' && lower(list, next + 1) === 'more') {
    approx = 'at_least'
    spanEnd = list[next + 1]!.end
    next += 2
  }
  const value: FactValue = high !== undefined ? [number.value, high] : exponent === 0 ? number.value : times10(number.value, exponent)
  const quantity: Quantity = {kind, value, unit, approx, span: [list[from]!.start, spanEnd], core}
  if (subjectHint !== undefined) quantity.subjectHint = subjectHint
  if (bare) quantity.bare = true

  // Changes: `rose 14%`, `fell by 3 percentage points`, `up 5 percent` (up/down only before rates and money), `an increase of 50 percent`.
  if (kind !== 'duration') {
    let k = from - 1
    if (lower(list, k) === 'by') k--
    const verb = lower(list, k)
    let direction = changeVerbs[verb]
    if ((verb === 'up' || verb === 'down') && kind === 'count') direction = undefined
    if (!direction && verb === 'of' && changeNouns[lower(list, k - 1)]) {
      k--
      direction = changeNouns[lower(list, k)]
    }
    if (direction && k >= 0) {
      quantity.kind = 'change'
      quantity.direction = direction
      quantity.span = [list[k]!.start, spanEnd]
    } else if ((kind === 'percent' || kind === 'amount') && high === undefined) {
      // `a 4.2 percent raise`, `a $45 million cut`: the noun after the number names the change.
      const noun = lower(list, next)
      const after = changeNounsAfter[noun]
      if (after && !(kind === 'amount' && noun.startsWith('gain'))) {
        quantity.kind = 'change'
        quantity.direction = after
        quantity.span = [quantity.span[0], list[next]!.end]
        next++
      }
    }
  }
  return {quantity, next}
}

/** `2,700 households`, `111 key projects`, `25 U.S. packaged-food makers`, `11.8 million TEUs`. */
function countedNoun(list: readonly Word[], at: number): {unit: string; phrase: string; next: number; plural: boolean} | null {
  const first = list[at]
  if (!first || !isNounWord(first) || notNouns.has(first.lower) || timeUnits[first.lower]) return null
  // `Gate 12 reopened`: a verb in the past tense (not `speed`, `bed`) is no noun.
  if (/[^e]ed$/.test(first.lower) && first.lower.length > 4) return null
  // Up to three words, ending at the first plural: modifiers then the noun.
  let last = at
  for (let k = at; k < at + 3 && k < list.length; k++) {
    const word = list[k]!
    if (!isNounWord(word) || notNouns.has(word.lower) || (k > at && /(?:ed|ing)$/.test(word.lower))) break
    last = k
    if (/[^s]s$/i.test(word.text) || word.lower === 'people') break
  }
  // Without a plural, only the first word, and not an adjective alone.
  const plural = /[^s]s$/i.test(list[last]!.text) || list[last]!.lower === 'people'
  if (!plural) last = at
  if (adjectives.has(list[last]!.lower)) return null
  const phrase = list.slice(at, last + 1).map((word) => word.text).join(' ')
  return {unit: singular(list[last]!.text), phrase, next: last + 1, plural}
}

/** `three of which`, `two of them`: a part of what was just counted. */
function referringBack(list: readonly Word[], at: number): boolean {
  return lower(list, at) === 'of' && ['which', 'them', 'whom', 'these', 'those'].includes(lower(list, at + 1))
}

/** `of its four subway lines`: the whole a number before `at` is part of. */
function partOf(list: readonly Word[], at: number): {unit: string; phrase: string} | null {
  if (lower(list, at) !== 'of') return null
  let k = at + 1
  if (determiners.has(lower(list, k))) k++
  const whole = readNumber(list, k)
  if (!whole || whole.ordinal || whole.year) return null
  const noun = countedNoun(list, whole.next)
  return noun?.plural ? {unit: noun.unit, phrase: noun.phrase} : null
}

function isNounWord(word: Word): boolean {
  // Lower case, or an acronym (`TEUs`), or an abbreviation (`U.S.`); not a capitalized name.
  return /^[a-z][a-z'-]*$/.test(word.text) || /^[A-Z]{2,}s?$/.test(word.text) || /^(?:[A-Z]\.){2,}$/.test(word.text)
}

/** `ranked second among the province's 25 districts`, `ranked 11th in the province`, `ranks second`. */
function readRank(list: readonly Word[], numberIndex: number, value: number, numberStart: number, numberEnd: number, after: number): Read | null {
  const verb = [lower(list, numberIndex - 1), lower(list, numberIndex - 2)].findIndex((w) => rankVerbs.has(w))
  if (verb === -1) return null
  let end = numberEnd
  let next = after
  let group: number | undefined
  let scope: string | undefined
  if (lower(list, next) === 'among' || lower(list, next) === 'out') {
    let k = lower(list, next) === 'out' && lower(list, next + 1) === 'of' ? next + 2 : next + 1
    if (lower(list, k) === 'the') k++
    if (/['’]s$/.test(lower(list, k))) k++
    const size = readNumber(list, k)
    const noun = size ? countedNoun(list, size.next) : null
    if (size && noun) {
      group = size.value
      scope = noun.phrase
      end = list[noun.next - 1]!.end
      next = noun.next
    }
  } else if (lower(list, next) === 'in' && lower(list, next + 1) === 'the' && list[next + 2] && /^[a-z]/.test(list[next + 2]!.text)) {
    scope = list[next + 2]!.text
    end = list[next + 2]!.end
    next += 3
  }
  const start = list[numberIndex - 1 - verb]!.start
  const quantity: Quantity = {kind: 'rank', value, unit: null, approx: 'exact', span: [start, end], core: [numberStart, numberEnd]}
  if (group !== undefined) quantity.group = group
  if (scope !== undefined) quantity.scope = scope
  return {quantity, next}
}

/** Words passed over between a subject and its number: verbs, approximation words, other numbers (`rose 12.4 percent to`). */
function skippedBeforeNumber(word: Word): boolean {
  return (
    linking.has(word.lower) ||
    reportingVerbs.has(word.lower) ||
    changeVerbs[word.lower] !== undefined ||
    rankVerbs.has(word.lower) ||
    /^(?:[a-z]+ly|[a-z]+ed)$/.test(word.lower) ||
    /^\d/.test(word.text) ||
    currencySymbols[word.lower] !== undefined ||
    scaleWords[word.lower] !== undefined ||
    ['%', 'percent', 'percentage', 'points', 'from', 'than', 'more', 'less', 'about', 'nearly', 'around', 'almost', 'over', 'up', 'down'].includes(word.lower)
  )
}

const approxWords = new Set(['more', 'less', 'than', 'about', 'nearly', 'around', 'almost', 'over', 'to', 'from'])

/**
 * Is the capitalized first word of `phrase` a name rather than a sentence's
 * first word? So when the next is capitalized too, or the word is written
 * capitalized somewhere else in the text after another word.
 */
function isName(text: string, phrase: readonly Word[], from: number): boolean {
  if (phrase.length > 1 && /^[A-Z]/.test(phrase[1]!.text)) return true
  const word = phrase[0]!.text
  const at = phrase[0]!.start + from
  for (let index = text.indexOf(word); index !== -1; index = text.indexOf(word, index + 1)) {
    if (index !== at && /[a-z,] $/.test(text.slice(Math.max(0, index - 2), index))) return true
  }
  return false
}

/** Words of a time adverbial between a subject and its verb (`for the three months ended March 31`). */
const timeAdverbialWords = /^(?:the|a|of|first|second|third|fourth|last|this|next|fiscal|full|three|six|nine|twelve|months?|quarters?|years?|weeks?|half|period|ended|ending|through|\d.*)$/

/**
 * `Revenue for the three months ended March 31 rose 17.8%`: when the words
 * before the verb are a time adverbial opened by a preposition, the subject
 * is before the preposition. Returns where to look from.
 */
function beforeTimeAdverbial(before: readonly Word[], k: number): number {
  let j = k
  let dated = false
  while (j >= 0 && k - j < 8) {
    const word = before[j]!.lower
    if (months[word] !== undefined || /^\d/.test(word) || timeUnits[word] !== undefined) dated = true
    else if (!timeAdverbialWords.test(word)) break
    j--
  }
  const preposition = before[j]?.lower
  return dated && j < k && (preposition === 'for' || preposition === 'in' || preposition === 'during') ? j - 1 : k
}

const spendingObjects = new Set(['on', 'for'])
/** `a $45 million cut to road maintenance`, `a 10 percent increase in fees`: what a change named by a noun changes. */
const changeObjects = new Set(['to', 'in', 'on', 'for', 'of'])
const spendingVerbs = new Set(['spend', 'spent', 'spending', 'spends', 'invest', 'invested', 'investing', 'invests', 'allocate', 'allocated', 'earmark', 'earmarked', 'budgeted'])

/** The last word of a span, lower-cased (`cut` in `$45 million cut`). */
function lastWord(text: string, span: Span): string {
  return /([a-z]+)$/i.exec(text.slice(span[0], span[1]))?.[1]?.toLowerCase() ?? ''
}

/** `on new signals`: the noun phrase after `on` or `for`, without a leading adjective. */
function objectAfter(text: string, end: number, prepositions: ReadonlySet<string> = spendingObjects): string | null {
  const after = words(text.slice(end, end + 80))
  if (!prepositions.has(after[0]?.lower ?? '')) return null
  const phrase: string[] = []
  for (const word of after.slice(1, 6)) {
    if (!/^[a-z][a-z'’-]*$/.test(word.text) || stopSubject.has(word.lower) || linking.has(word.lower)) break
    if (phrase.length === 0 && (determiners.has(word.lower) || adjectives.has(word.lower))) continue
    // `the county's schools`: the owner is not what is measured.
    if (/['’]s$/.test(word.text)) {
      phrase.length = 0
      continue
    }
    phrase.push(word.text)
  }
  return phrase.length > 0 ? phrase.join(' ') : null
}

/** `by customer satisfaction` after a rank, in the rest of its clause: up to four words naming the measure. */
function measureAfter(text: string, end: number): string | null {
  const after = words(text.slice(end, end + 120))
  const by = after.findIndex((word) => word.lower === 'by' || /^[,.;:!?]$/.test(word.text))
  if (by === -1 || after[by]!.lower !== 'by') return null
  const phrase: string[] = []
  for (const word of after.slice(by + 1, by + 5)) {
    if (!/^[a-z][a-z'’-]*$/.test(word.text) || stopSubject.has(word.lower) || linking.has(word.lower)) break
    phrase.push(word.text)
  }
  return phrase.length > 0 ? phrase.join(' ') : null
}

/** Subject of an English quantity: the counted noun, else the noun phrase before the verb. */
export function englishSubject(text: string, quantity: Quantity): string | null {
  // `11.8 million TEUs`, `1.2 million tonnes`: a unit of measure is not what is measured; the sentence's subject is.
  const measure = quantity.unit !== null && measureUnits.has(quantity.unit.toLowerCase())
  if (quantity.subjectHint && !measure) return quantity.subjectHint
  // A length or a measure has a subject only through a verb (`dwell time dropped to 3.4 days`), not `over the next five years`.
  const subject = phraseBefore(text, quantity, {throughVerb: quantity.kind === 'duration' || measure})
  return subject ?? quantity.subjectHint ?? null
}

/** Counted nouns that are units of measure. */
const measureUnits = new Set([
  'teu', 'tonne', 'ton', 'mile', 'kilometre', 'kilometer', 'km', 'metre', 'meter', 'acre', 'hectare', 'barrel', 'gallon', 'litre', 'liter',
  'kwh', 'mwh', 'gwh', 'kw', 'mw', 'gw', 'point', 'square'
])

function phraseBefore(text: string, quantity: Quantity, options: {throughVerb: boolean}): string | null {
  if (quantity.kind === 'date' || quantity.kind === 'ordinal') return null
  // `ranks 4th among 20 utilities by customer satisfaction`: the measure is named after `by`.
  if (quantity.kind === 'rank') {
    const measure = measureAfter(text, quantity.span[1])
    if (measure) return measure
  }
  // Not across a line break: a headline or dateline is another sentence.
  const from = Math.max(0, quantity.span[0] - 240, text.lastIndexOf('\n', quantity.span[0] - 1) + 1)
  const before = words(text.slice(from, quantity.span[0]))
  // `will spend $450 million on new signals`: money spent is about what it is spent on.
  if (quantity.kind === 'amount' && spendingVerbs.has(before.at(-1)?.lower ?? '')) {
    const purpose = objectAfter(text, quantity.span[1])
    if (purpose) return purpose
  }
  if (quantity.kind === 'change' && changeNounsAfter[lastWord(text, quantity.span)] !== undefined) {
    const object = objectAfter(text, quantity.span[1], changeObjects)
    if (object) return object
  }
  let k = before.length - 1
  let verb = false
  while (k >= 0 && skippedBeforeNumber(before[k]!)) {
    const word = before[k]!
    // Not past another quantity: `spend $75 million over five years` is not the company's length.
    if (quantity.kind === 'duration' && (/^\d/.test(word.text) || currencySymbols[word.lower] !== undefined || scaleWords[word.lower] !== undefined)) return null
    if (!approxWords.has(word.lower)) verb = true
    k--
  }
  if (options.throughVerb && !verb) return null
  k = beforeTimeAdverbial(before, k)
  const phrase: Word[] = []
  while (k >= 0 && phrase.length < 5) {
    const word = before[k]!
    if (!/^[A-Za-z][A-Za-z.'’-]*$/.test(word.text) || stopSubject.has(word.lower) || linking.has(word.lower) || scaleWords[word.lower] !== undefined) break
    if (determiners.has(word.lower)) break
    phrase.unshift(word)
    k--
  }
  // `Exports to (the) European Union`: a direction belongs to the noun before it.
  let j = k >= 0 && before[k]!.lower === 'the' ? k - 1 : k
  const noun = before[j - 1]
  if (phrase.length > 0 && /^[A-Z]/.test(phrase[0]!.text) && (before[j]?.lower === 'to' || before[j]?.lower === 'from') && noun && /^[A-Za-z]+$/.test(noun.text) && !stopSubject.has(noun.lower) && !linking.has(noun.lower) && !determiners.has(noun.lower) && !changeVerbs[noun.lower] && !/ed$/.test(noun.lower)) {
    phrase.unshift(...before.slice(j - 1, k + 1))
    k = j - 2
  }
  // `the district's revenue`: the owner is not the subject; nor `second-quarter` or what stands before it.
  const dated = phrase.findLastIndex((word, index) => index < phrase.length - 1 && datedModifier.test(word.lower))
  if (dated >= 0) phrase.splice(0, dated + 1)
  while (phrase.length > 1 && /['’]s$/.test(phrase[0]!.text)) phrase.shift()
  // `Riverside District revenue`, `Lakeport transit ridership`: a name owns the measure.
  while (phrase.length > 1 && /^[A-Z]/.test(phrase[0]!.text) && /^[a-z]/.test(phrase.at(-1)!.text) && isName(text, phrase, from)) phrase.shift()
  if (phrase.length === 0) return null
  // A sentence's capital is not part of the name (`Net income` -> `net income`).
  const sentenceStart = k < 0 ? from === 0 || text[from - 1] === '\n' : /^[.!?:;"“]$/.test(before[k]!.text)
  const first = phrase[0]!
  const words_ = phrase.map((word) => word.text)
  if (sentenceStart && /^[A-Z][a-z]/.test(first.text)) words_[0] = first.text.toLowerCase()
  return words_.join(' ')
}
