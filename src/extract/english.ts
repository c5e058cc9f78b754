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
import type {Direction} from './change.js'
import {parsePublished} from './dates.js'
import {absoluteDate, joinDateIntervals, readDayMonthDate, readIsoDate, readMonthDate, readRelativeDate, readSeason, readSlashDate, type Read} from './english-dates.js'
import {
  adjectives,
  adjustVerbs,
  ambiguousMultipliers,
  approxBefore,
  changeNouns,
  changeNounsAfter,
  changeVerbs,
  comparativesAfter,
  currencySymbols,
  datePrepositions,
  datedModifier,
  determiners,
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
  irregularPlurals,
  singular,
  placeNouns,
  rankMoves,
  superlatives,
  streakWords,
  unitAfter,
  extraWords,
  stopSubject,
  timeUnits,
  units,
  weekdays,
  words,
  type Word
} from './english-words.js'
import {times10} from './numerals.js'
import {englishDollar, englishPound} from './region.js'
import {englishNotFacts} from './english-not-facts.js'
import type {Quantity, QuantityOptions} from './quantities.js'
import {overlapsAny} from './not-facts.js'
import {writtenAfterLowerCase} from './english-capitals.js'
import {fullStopFrom, sentenceEnd, sentenceMemo, sentenceStart} from './english-sentences.js'


/** Every quantity in English `text`, in text order. */
export function findEnglishQuantities(text: string, options: QuantityOptions = {}): Quantity[] {
  const list = words(text)
  const published = parsePublished(options.publishedAt)
  const money: Money = {dollar: options.dollar ?? englishDollar(text), pound: englishPound(text)}
  const blocked = englishNotFacts(text)
  let quantities: Quantity[] = []
  for (let index = 0; index < list.length; index++) {
    const read =
      readIsoDate(list, index) ??
      readSlashDate(list, index) ??
      readSeason(list, index) ??
      readRelativeDate(text, list, index, published) ??
      readMonthDate(text, list, index, published) ??
      readDayMonthDate(text, list, index, published) ??
      readMultiplier(list, index) ??
      readFraction(list, index) ??
      readShare(list, index) ??
      readPlace(list, index) ??
      readQuantity(text, list, index, money)
    if (!read) continue
    quantities.push(read.quantity)
    index = read.next - 1
  }
  // Phone numbers, times of day, addresses: their numbers are no facts (dates stay: `10:45am – 16 May 2017`).
  if (blocked.length > 0) quantities = quantities.filter((quantity) => quantity.kind === 'date' || !overlapsAny(quantity.core, blocked))
  markAges(text, quantities)
  joinDateIntervals(text, quantities)
  restateChanges(text, quantities)
  nameBareCounts(text, quantities)
  // A count whose noun neither it nor its sentence names (`rose by 130,000`) is a form not understood: no value rather than a guess.
  return quantities.filter((quantity) => !(quantity.bare && quantity.unit === null && (quantity.kind === 'count' || quantity.kind === 'change')))
}

/** Between a change and its restatement in other units: `, or`, `(`, `or`. */
const restatement = /^\s*(?:,\s*or|or|,?\s*\()\s*$/
/** Between a change and another of the same unit: `fell by 1.8% and 1.5% respectively`. */
const listed = /^\s*(?:(?:from|over|on|than|versus|compared with|compared to)\s[a-z ]{1,30}?)?\s*(?:,|and|,\s*and)\s*$/

/**
 * `increased $68.1 billion, or 0.4 percent`, `up £668 million (4.1%)`,
 * `dropped 296 points, about 1.3%`, `fell by 1.8% and 1.5%`: a rate right
 * after a change restates it, in the same direction. Not `(±1.2 percent)`, a
 * margin of error, nor `1.2 percent of GDP`, a share.
 */
function restateChanges(text: string, quantities: Quantity[]): void {
  for (let index = 1; index < quantities.length; index++) {
    const change = quantities[index - 1]!
    const quantity = quantities[index]!
    if (change.kind !== 'change' || !change.direction || (quantity.kind !== 'percent' && quantity.kind !== 'amount' && quantity.kind !== 'count')) continue
    const between = text.slice(change.span[1], quantity.span[0])
    const approximated = quantity.span[0] < quantity.core[0]
    const restated = restatement.test(between) || (approximated && /^\s*,\s*$/.test(between))
    const sameUnit = quantity.unit === change.unit && listed.test(between)
    if (!(restated && quantity.kind === 'percent') && !sameUnit) continue
    if (/±\s*$/.test(text.slice(Math.max(0, quantity.core[0] - 2), quantity.core[0])) || /^\s*of\b/.test(text.slice(quantity.span[1], quantity.span[1] + 4))) continue
    quantity.kind = 'change'
    quantity.direction = change.direction
  }
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
    const phrase = quantity.bare === 'sentence' ? undefined : englishSubject(text, quantity)?.split(' ')
    const head = phrase?.at(-1)
    // `Nonfarm payroll employment increased by 156,000`, `employment in … services increased by 16,000`:
    // a measure whose numbers count something known, at either end of the phrase.
    const measured = phrase && (countedBy[phrase[0]!.toLowerCase()] ?? countedBy[head!.toLowerCase()])
    if (measured) {
      quantity.unit = measured
      continue
    }
    if (head && isPlural(head)) {
      quantity.unit = singular(head)
      continue
    }
    const sentence = sentenceStart(text, quantity.span[0])
    // Not an age band (`20–24 years`) nor a count per unit.
    const counted = (before: Quantity) => before.kind === 'count' && before.unit !== null && !before.unit.includes('/') && before.unit !== 'year'
    let previous = index - 1
    while (previous >= 0 && !counted(quantities[previous]!)) previous--
    if (previous >= 0 && quantities[previous]!.span[0] >= sentence) {
      quantity.unit = quantities[previous]!.unit
      continue
    }
    if (quantity.bare === 'sentence') continue
    // `This is 7.7 percent above the revised July rate of 1,317,000`: the count of the paragraph before it.
    if (previous >= 0 && quantity.span[0] - quantities[previous]!.span[1] < paragraphReach && !text.slice(quantities[previous]!.span[1], quantity.span[0]).includes('\n\n')) {
      quantity.unit = quantities[previous]!.unit
      continue
    }
    // `Privately owned housing units authorized … were at a rate of 1,419,000`: the sentence's first plural noun.
    const noun = firstPluralNoun(text, sentence)
    if (noun && noun.end <= quantity.span[0]) quantity.unit = singular(noun.text)
  }
}

/** Measures named in the singular whose numbers count something known: employment counts jobs. */
const countedBy: Readonly<Record<string, string>> = {employment: 'job', payroll: 'job', payrolls: 'job'}

/** The sentence's first plural noun, found once per sentence (words before it are offsets into the text). */
const firstPluralNouns = sentenceMemo<Word | undefined>((text, start) => {
  const noun = words(text.slice(start, sentenceEnd(text, start))).find((word) => isNounWord(word) && !notNouns.has(word.lower) && isPlural(word.text) && !/(?:ed|ing)$/.test(word.lower))
  return noun && {...noun, start: noun.start + start, end: noun.end + start}
})

function firstPluralNoun(text: string, sentence: number): Word | undefined {
  return firstPluralNouns(text, sentence)
}

/** How far back a count without its noun looks for the count it continues (`a rate of 866,000` after `1,267,000 units`). */
const paragraphReach = 600

/** A plural noun: `households`, `TEUs`, `people`, `women`. */
function isPlural(word: string): boolean {
  return (/[^s]s$/i.test(word) && !/(?:ous|ss|is|us)$/i.test(word) && !singularInS.has(word.toLowerCase())) || irregularPlurals[word.toLowerCase()] !== undefined
}

/** Nouns ending in -s that are no plurals (`five new measles cases` counts cases). */
const singularInS = new Set(['measles', 'mumps', 'diabetes', 'news', 'series', 'species', 'means', 'rabies', 'herpes', 'physics', 'economics', 'politics', 'statistics', 'always', 'sometimes', 'perhaps', 'unless', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'was', 'has', 'does', 'is', 'this', 'thus', 'plus', 'bus', 'gas'])

const lower = (list: readonly Word[], index: number): string => list[index]?.lower ?? ''

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

/** `one in nine`, `roughly 1 in 4`, `two in every five`, `Nine out of 10`: a share of a whole counted in the same things. */
function readShare(list: readonly Word[], index: number): Read | null {
  if (lower(list, index + 1) !== 'in' && lower(list, index + 1) !== 'out' && !/^\d/.test(list[index]?.text ?? '') && !units[lower(list, index)]) return null
  const part = readNumber(list, index)
  if (!part || part.ordinal || part.year || part.scaled || !Number.isInteger(part.value) || part.value < 1) return null
  // `one in nine`, `Nine out of 10`.
  const outOf = lower(list, part.next) === 'out' && lower(list, part.next + 1) === 'of'
  if (lower(list, part.next) !== 'in' && !outOf) return null
  let k = part.next + (outOf ? 2 : 1)
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
  // `almost half of revenue`, `half the 2008 rate`: half alone, before what it is half of.
  if (numerator === 'half' && !hyphenated && (approxAt(list, index) !== null || ['of', 'the', 'its', 'their'].includes(fraction)) && !['a', 'the', 'first', 'second', 'and', 'by', 'in'].includes(lower(list, index - 1))) {
    const {from: start, approx} = approxFrom(list, index)
    const span: Span = [list[start]!.start, list[index]!.end]
    return {quantity: {kind: 'ratio', value: 0.5, unit: null, approx, span, core: [list[index]!.start, list[index]!.end]}, next: index + 1}
  }
  const count = numerator === 'a' || numerator === 'an' ? 1 : units[numerator]
  const denominator = fractionWords[fraction]
  // A fraction is less than one: `four quarters` is a length of time.
  if (count === undefined || count === 0 || denominator === undefined || count >= denominator) return null
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

/** The longest approximation phrase ending right before `index` (`no more than` over `more than`). */
function approxAt(list: readonly Word[], index: number): {approx: Approx; from: number} | null {
  let best: {approx: Approx; from: number} | null = null
  for (const [phrase, meaning] of approxBefore) {
    const from = index - phrase.length
    if (from >= 0 && (!best || from < best.from) && phrase.every((word, i) => lower(list, from + i) === word)) best = {approx: meaning, from}
  }
  return best
}

/** A currency symbol: `$` alone is the article's dollar (`englishDollar`). */
function currencyOf(word: string, dollar: string): string | undefined {
  return word === '$' ? dollar : currencySymbols[word]
}

/** What `$` and `pounds` are in the article (`englishDollar`, `englishPound`). */
interface Money {
  dollar: string
  pound: 'GBP' | null
}

function readQuantity(text: string, list: readonly Word[], index: number, money: Money): Read | null {
  const {dollar} = money
  const word = list[index]!
  const currency = currencyOf(word.lower, dollar)
  const numberIndex = currency ? index + 1 : index
  const number = readNumber(list, numberIndex, currency !== undefined)
  if (!number) return null
  if (number.ordinal) return readRank(list, numberIndex, number.value, number.start, number.end, number.next) ?? readRankMove(list, numberIndex, number.value) ?? readStreak(list, numberIndex, number.next)
  const {from, approx: stated} = approxFrom(list, index)

  // A range: `$16.5 billion to $17 billion`, `3 to 5 years`, `23 million to 24 million TEUs`. After a change verb,
  // `increased $3.4 billion to $124.1 billion` is the change and the new level; a range of changes stays close (`rose 2 to 4 percent`).
  let high: number | undefined
  let next = number.next
  const between = lower(list, from - 1) === 'between'
  if (!number.year && (['to', '-', '–'].includes(lower(list, next)) || (between && lower(list, next) === 'and'))) {
    let k = next + 1
    if (currency && currencyOf(lower(list, k), dollar) === currency) k++
    const second = readNumber(list, k, currency !== undefined)
    const changing = changeBefore(list, from) !== null
    if (second && !second.ordinal && second.value > number.value && !(changing && second.value > 2 * number.value)) {
      high = second.value
      next = second.next
    }
  }

  let kind: FactKind | null = null
  let unit: string | null = null
  let subjectHint: string | undefined
  /** Power of ten applied to the value: cents are hundredths of the currency. */
  let exponent = 0
  /** No noun of its own: the sentence's (`true`, else the paragraph's), or only an earlier count in the sentence (`'sentence'`). */
  let bare: boolean | 'sentence' = false
  const after = lower(list, next)
  const row = unitAfter(list, next, high === undefined)
  if (currency) {
    kind = 'amount'
    unit = currency
    // `$3.7 billion dollars`.
    if (row?.kind === 'amount' && row.exponent === undefined) next += row.words.length
  } else if (row) {
    kind = row.kind
    unit = row.unit
    exponent = row.exponent ?? 0
    next += row.words.length
  } else if (money.pound && (after === 'pounds' || after === 'pound') && lower(list, next + 1) !== 'of') {
    // `30 million pounds` in a British text.
    kind = 'amount'
    unit = money.pound
    next += 1
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
  } else if (extraWords.has(after) && timeUnits[lower(list, next + 1)]) {
    // `two more years`.
    kind = 'duration'
    unit = timeUnits[lower(list, next + 1)]!
    next += 2
  } else {
    // `48 more buses`: `more` belongs to the count.
    const nounAt = extraWords.has(after) ? next + 1 : next
    // Not across a line break: a table's next row or a heading is another sentence.
    const noun = list[nounAt] && !text.slice(list[nounAt - 1]!.end, list[nounAt]!.start).includes('\n') ? countedNoun(list, nounAt) : null
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
    } else if (!noun && !number.scaled && indexLevelBefore(list, numberIndex)) {
      // `The PMI was 49.2`, `the index closed at 16,788`: an index level, a number without unit.
      kind = 'number'
    } else if (!noun && (number.scaled || number.grouped || lower(list, numberIndex - 1) === 'which' || referringBack(list, next))) {
      // `rose to 27.3 million`, `a fleet of 1,236`, `of which 88`, `three of them`: a quantity whose noun the sentence already named.
      kind = 'count'
      bare = true
    } else if (!noun && (restatedAsShare(list, next) || endsAfterTo(list, numberIndex, next) || baseAfterFrom(list, from))) {
      // `bringing the outbreak to 47.`, `41, or 87 percent, had not…`: only with a count earlier in the same sentence to name it.
      kind = 'count'
      bare = 'sentence'
    }
  }
  if (!kind) return null
  // `FTSE 100 index`, `Lower 48 states`, `Line 3`, `Exhibits 3, 6`: a number right after a capitalized word inside a sentence is part of a name.
  if ((kind === 'count' || kind === 'duration') && !currency && partOfName(list, numberIndex, text)) return null
  // `5.25%-5.50%`, `2% to 4%`, `95 cents to $1.10`, `between 30 and 40 dollars`: a range with the unit on both sides.
  let highValue: number | undefined
  if (high === undefined && (currency || row) && !number.year) {
    const second = unitAfterRange(list, next, kind, unit, dollar, between)
    const low = exponent === 0 ? number.value : times10(number.value, exponent)
    if (second && second.value > low && !(changeBefore(list, from) !== null && second.value > 2 * low)) {
      highValue = second.value
      next = second.next
    }
  }
  // `4,000 to 4,500 cases per week`, `12.4 million barrels per day`: a count per unit of time or of something else.
  if (kind === 'count' && unit !== null && !bare && !unit.includes('/')) {
    const per = perUnit(list, next)
    if (per) {
      unit = `${unit}/${per.unit}`
      next = per.next
    }
  }

  const end = list[next - 1]!.end
  const start = currency ? word.start : number.start
  const core: Span = [start, end]
  let approx = stated
  let spanEnd = end
  if (lower(list, next) === 'or' && lower(list, next + 1) === 'more') {
    approx = 'at_least'
    spanEnd = list[next + 1]!.end
    next += 2
  }
  const scaled = (x: number) => (exponent === 0 ? x : times10(x, exponent))
  const value: FactValue = high !== undefined ? [scaled(number.value), scaled(high)] : highValue !== undefined ? [scaled(number.value), highValue] : scaled(number.value)
  const quantity: Quantity = {kind, value, unit, approx, span: [list[from]!.start, spanEnd], core}
  if (subjectHint !== undefined) quantity.subjectHint = subjectHint
  if (bare) quantity.bare = bare

  const signedKind = kind === 'percent' || kind === 'amount' || kind === 'count' || kind === 'number'
  if (number.plus && signedKind) {
    // `led by Ontario (+1.1%)`: a plus says it is a rise.
    quantity.kind = 'change'
    quantity.direction = 'up'
  } else if (signedKind && number.value < 0 && high === undefined && highValue === undefined && lower(list, index - 1) === '(' && sentenceChanges(text, number.start)) {
    // `led by Ontario (+1.1%) and Quebec (-0.4%)`: a minus in brackets where the sentence tells changes.
    quantity.kind = 'change'
    quantity.direction = 'down'
    quantity.value = -number.value
  } else if (kind !== 'duration' && kind !== 'change') {
    const change = changeAround(list, from, next, kind, high !== undefined || highValue !== undefined)
    if (change) {
      quantity.kind = 'change'
      quantity.direction = change.direction
      // `rose -0.2 percent`: a negative rise is a fall.
      if (typeof quantity.value === 'number' && quantity.value < 0) {
        quantity.value = -quantity.value
        quantity.direction = change.direction === 'up' ? 'down' : 'up'
      }
      quantity.span = [change.start !== undefined ? list[change.start]!.start : quantity.span[0], change.end !== undefined ? list[change.end - 1]!.end : quantity.span[1]]
      if (change.end !== undefined) next = change.end
    }
  } else if (kind === 'duration' && high === undefined) {
    // `Monthly hours worked increased 7.6 million hours`: a length right after a change verb is changed by it.
    const verb = verbBefore(list, from, kind)
    if (verb && lower(list, from - 1) !== 'for') {
      quantity.kind = 'change'
      quantity.direction = verb.direction
      quantity.span = [list[verb.at]!.start, quantity.span[1]]
    }
  } else if (kind === 'change') {
    // `fell by 3 percentage points`: the verb gives the direction.
    const verb = verbBefore(list, from)
    if (verb) {
      quantity.direction = verb.direction
      quantity.span = [list[verb.at]!.start, quantity.span[1]]
    } else {
      const comparative = comparativeAfter(list, next)
      if (comparative) {
        quantity.direction = comparative.direction
        if (!comparative.bracket) quantity.span = [quantity.span[0], list[comparative.end - 1]!.end]
      }
    }
  }
  return {quantity, next}
}

/**
 * The second end of a range whose unit is written on both sides (`5.25%-5.50%`,
 * `2% to 4%`, `95 cents to $1.10`, `between 30 and 40 dollars`), in the
 * first's kind and unit, scaled; after a change, only a close one (`rose 2% to
 * 4%`, not `increased $3.4 billion to $124.1 billion`).
 */
function unitAfterRange(list: readonly Word[], at: number, kind: FactKind, unit: string | null, dollar: string, between: boolean): {value: number; next: number} | null {
  const connector = lower(list, at)
  if (!(['to', '-', '–'].includes(connector) || (between && connector === 'and'))) return null
  let k = at + 1
  const currency = currencyOf(lower(list, k), dollar)
  if (currency) k++
  const number = readNumber(list, k, currency !== undefined)
  if (!number || number.ordinal || number.year) return null
  const row = currency ? null : unitAfter(list, number.next, true)
  const secondUnit = currency ?? row?.unit
  const secondKind = currency ? 'amount' : row?.kind
  if (secondUnit !== unit || secondKind !== kind) return null
  const value = row?.exponent ? times10(number.value, row.exponent) : number.value
  return {value, next: row ? number.next + row.words.length : number.next}
}

/** Words naming an index, and the verbs of level between it and its number. */
const indexWords = new Set(['index', 'pmi', 'reading', 'score'])
const levelWords = new Set(['at', 'was', 'is', 'of', 'to', 'stood', 'closed', 'ended', 'rose', 'fell', 'came', 'in', 'registered', 'hit'])

/** `PMI was`, `index stood at`, `Hang Seng Index closed at`: an index right before the number, past verbs of level. */
function indexLevelBefore(list: readonly Word[], at: number): boolean {
  let k = at - 1
  while (k >= 0 && at - k <= 3 && levelWords.has(lower(list, k))) k--
  return indexWords.has(lower(list, k))
}

/** Does the sentence around `at` tell a change (a change verb in it)? */
function sentenceChanges(text: string, at: number): boolean {
  return changeSentences(text, sentenceStart(text, at), fullStopFrom(text, at))
}

/** Whether the words from a sentence start to a full stop hold a change verb: asked per number, answered once per sentence. */
const changeSentences = sentenceMemo<boolean>((text, start, end) =>
  words(text.slice(start, end)).some((word) => changeVerbs[word.lower] !== undefined && word.lower !== 'up' && word.lower !== 'down')
)

/** `per week`, `a day`, `per acre`: the unit a count is given per; not `per 1,000 women`, which needs its number. */
function perUnit(list: readonly Word[], at: number): {unit: string; next: number} | null {
  const word = lower(list, at)
  const what = list[at + 1]
  if (!what) return null
  if ((word === 'a' || word === 'an') && timeUnits[what.lower] && !what.lower.endsWith('s')) return {unit: timeUnits[what.lower]!, next: at + 2}
  if (word !== 'per') return null
  if (timeUnits[what.lower]) return {unit: timeUnits[what.lower]!, next: at + 2}
  if (/^[a-z]+$/.test(what.text) && !notNouns.has(what.lower) && !determiners.has(what.lower)) return {unit: singular(what.text), next: at + 2}
  // `16 births per 1,000 women`: a rate per so many of something.
  const base = readNumber(list, at + 1)
  if (base && !base.ordinal && !base.year && Number.isInteger(base.value) && base.value >= 10) {
    const noun = list[base.next]
    if (noun && /^[a-z]+$/.test(noun.text) && isPlural(noun.text) && !notNouns.has(noun.lower)) return {unit: `${base.value} ${singular(noun.text)}`, next: base.next + 1}
  }
  return null
}

/** The change verb before a quantity starting at word `from` (`rose 14%`, `fell by 3 points`, `up 5 percent`). */
function verbBefore(list: readonly Word[], from: number, kind?: FactKind): {direction: Direction; at: number} | null {
  let k = from - 1
  if (lower(list, k) === 'by') k--
  const word = lower(list, k)
  const direction = changeVerbs[word]
  if (!direction || k < 0) return null
  // `up`/`down` before a count only after a pause or a linking verb (`were down 21.7 million pounds`, `, down 1,608`), not `lined up 111 projects`.
  if ((word === 'up' || word === 'down') && kind === 'count' && k > 0 && !/^[,;:(—–-]$/.test(list[k - 1]!.text) && !linking.has(lower(list, k - 1)) && !stillVerbs.has(lower(list, k - 1))) return null
  return {direction, at: k}
}

/** Verbs of being before `up`/`down` (`remained down 3,000`). */
const stillVerbs = new Set(['remained', 'remains', 'stayed', 'stays', 'ended', 'closed', 'finished', 'was', 'were', 'is', 'are'])

/** `7.7 percent (±1.2 percent)* above the July rate`: a comparison after the quantity, past a bracket and a footnote mark. */
function comparativeAfter(list: readonly Word[], at: number): {direction: Direction; end: number; bracket: boolean} | null {
  let k = at
  const bracket = list[k]?.text === '('
  if (bracket) {
    const close = list.findIndex((word, index) => index > k && word.text === ')')
    if (close === -1 || close - k > 8) return null
    k = close + 1
  }
  while (list[k]?.text === '*') k++
  for (const [words, direction] of comparativesAfter) {
    if (words.every((word, offset) => lower(list, k + offset) === word)) {
      return {direction, end: k + words.length, bracket}
    }
  }
  return null
}

/** Words of a clause between a verb and `by` (`raises the property tax rate by`): no punctuation, no other verb of change. */
const maxAdjustObject = 6

/**
 * What makes a quantity a change, and the words it takes in: a verb before it
 * (`rose 14%`, `fell by`), a noun before `of` (`an increase of 50 percent`,
 * `a decrease in the goods deficit of $5.3 billion`), a verb whose object
 * stands before `by` (`raises the tax rate by 3.5 percent`), a noun after it
 * (`a 4.2 percent raise`, `a 3.5 percent property tax rise`) or a
 * comparison after it (`$42 billion lower than projected`).
 */
function changeAround(list: readonly Word[], from: number, next: number, kind: FactKind, range: boolean): {direction: Direction; start?: number; end?: number} | null {
  const before = changeBefore(list, from, kind)
  if (before) return before
  if ((kind === 'percent' || kind === 'amount') && !range) {
    // `a 4.2 percent raise`, `a $45 million cut`, `a 3.5 percent property tax rise`; not `a $5 million gain on the sale`.
    for (let k = next; k < next + 3 && list[k] && /^[a-z]/.test(list[k]!.text); k++) {
      const noun = list[k]!.lower
      const direction = changeNounsAfter[noun]
      if (direction && !(kind === 'amount' && noun.startsWith('gain'))) return {direction, end: k + 1}
      if (notNouns.has(noun) || determiners.has(noun)) break
    }
  }
  const comparative = comparativeAfter(list, next)
  // Past a bracket the comparison is not taken in: the bracket holds a quantity of its own (`(±1.2 percent)`, `(3.8%)`).
  if (comparative) return comparative.bracket ? {direction: comparative.direction} : {direction: comparative.direction, end: comparative.end}
  return null
}

/** Words between `at` and `rate of` (`at a seasonally adjusted annual rate of`). */
const rateAdjectives = new Set(['a', 'an', 'the', 'annual', 'annualized', 'annualised', 'seasonally', 'adjusted', 'yearly', 'monthly', 'quarterly', 'average', 'compound'])

/** What before a quantity makes it a change: a verb (`rose`, `fell by`), a noun and `of`, a verb whose object stands before `by`. */
function changeBefore(list: readonly Word[], from: number, kind?: FactKind): {direction: Direction; start?: number} | null {
  const verb = verbBefore(list, from, kind)
  if (verb) return {direction: verb.direction, start: verb.at}
  const before = lower(list, from - 1)
  if (before === 'of' && lower(list, from - 2) === 'rate') {
    // `increased at a seasonally adjusted annual rate of 2.1 percent`.
    let k = from - 3
    while (k >= 0 && rateAdjectives.has(lower(list, k))) k--
    const direction = lower(list, k) === 'at' ? changeVerbs[lower(list, k - 1)] : undefined
    if (direction) return {direction}
  }
  if (before === 'of') {
    // `an increase of`, `gains of over one percent`, `a decrease in the goods deficit of`.
    for (let k = from - 2; k >= Math.max(0, from - 2 - maxAdjustObject); k--) {
      const word = list[k]!
      if (/^[^\w$]/.test(word.text)) break
      const direction = changeNounsAfter[word.lower]
      if (direction && (k === from - 2 || lower(list, k + 1) === 'in')) return k === from - 2 ? {direction, start: k} : {direction}
    }
  }
  if (before === 'by') {
    for (let k = from - 2; k >= Math.max(0, from - 2 - maxAdjustObject); k--) {
      const word = list[k]!
      if (/^[^\w$]/.test(word.text)) break
      const direction = adjustVerbs[word.lower]
      if (direction) return {direction}
    }
  }
  return null
}

/** Words before a number of years that make it an age (`aged 15–19 years`, `adults under 45 years`, `aged ≥18 years`). */
const ageBefore = /(?:\b(?:aged|ages?)(?:\s+(?:between|from|under|over))?|\b(?:people|adults|women|men|children|persons|those|residents|teenagers|girls|boys|smokers|workers|patients)\s+(?:under|over|above|below|aged))\s*[≥≤<>]?\s*$/i

/**
 * `aged 30–34 years`, `people under 45 years`, `5 years old`, and the
 * bullets of a list after `aged:`: a number of years that is an age is a
 * count in years (the gold's age bands), not a length of time.
 */
function markAges(text: string, quantities: Quantity[]): void {
  for (const quantity of quantities) {
    if (quantity.kind !== 'duration' || quantity.unit !== 'year') continue
    const before = text.slice(Math.max(0, quantity.core[0] - 40), quantity.core[0])
    const after = text.slice(quantity.span[1], quantity.span[1] + 12)
    // Only a colon within reach counts; looking further back would be quadratic in text without colons.
    const reach = Math.max(0, quantity.span[0] - 399)
    const colonWithin = text.slice(reach, quantity.span[0] + 1).lastIndexOf(':')
    const colon = colonWithin === -1 ? -1 : reach + colonWithin
    const listed = colon !== -1 && quantity.span[0] - colon < 400 && /\baged\s*$/i.test(text.slice(Math.max(0, colon - 12), colon)) && !/[.!?]\s/.test(text.slice(colon, quantity.span[0]))
    if (ageBefore.test(before) || /^\s*(?:old|of age)\b/i.test(after) || listed) quantity.kind = 'count'
  }
}

/** `fell to third`, `moved up to fifth`: a move to a place is a rank. */
function readRankMove(list: readonly Word[], numberIndex: number, value: number): Read | null {
  let k = numberIndex - 1
  if (lower(list, k) !== 'to') return null
  k--
  if (lower(list, k) === 'up' || lower(list, k) === 'down') k--
  if (!rankMoves.has(lower(list, k))) return null
  // `fell to third place`.
  const next = placeNouns.has(lower(list, numberIndex + 1)) ? numberIndex + 2 : numberIndex + 1
  const span: Span = [list[k]!.start, list[next - 1]!.end]
  return {quantity: {kind: 'rank', value, unit: null, approx: 'exact', span, core: [list[numberIndex]!.start, list[next - 1]!.end]}, next}
}

/** `the number two position`, `third-highest`, `No. 2 spot`: a place named without a ranking verb. */
function readPlace(list: readonly Word[], index: number): Read | null {
  const word = list[index]!
  const superlative = /^([a-z]+|\d+(?:st|nd|rd|th))-([a-z]+)$/.exec(word.lower)
  if (superlative && superlatives.test(superlative[2]!)) {
    const value = ordinalOf(superlative[1]!) ?? (/^\d/.test(superlative[1]!) ? parseInt(superlative[1]!, 10) : undefined)
    if (value === undefined) return null
    const span: Span = [word.start, word.end]
    return {quantity: {kind: 'rank', value, unit: null, approx: 'exact', span, core: span}, next: index + 1}
  }
  if (word.lower !== 'number' && word.lower !== 'no.') return null
  const number = readNumber(list, index + 1)
  if (!number || number.ordinal || number.year || !Number.isInteger(number.value) || number.value < 1 || number.value > 100) return null
  if (!placeNouns.has(lower(list, number.next))) return null
  const span: Span = [word.start, list[number.next]!.end]
  return {quantity: {kind: 'rank', value: number.value, unit: null, approx: 'exact', span, core: span}, next: number.next + 1}
}

/** Is the number at `index` part of a name: right after a capitalized word (not a month, a weekday or a sentence's first word)? */
function partOfName(list: readonly Word[], index: number, text: string): boolean {
  const before = list[index - 1]
  if (!before || before.end === list[index]!.start || !/^[A-Z][A-Za-z&'’-]*$/.test(before.text)) return false
  if (months[before.lower] !== undefined || weekdays[before.lower] !== undefined || currencySymbols[before.lower] !== undefined) return false
  const first = list[index - 2]
  // A sentence's first word is capitalized anyway (`About 6,000 doses`).
  return first !== undefined && !/^[.!?:;"“”•]$/.test(first.text) && !/\n/.test(text.slice(first.end, before.start))
}

/** `third consecutive year`, `16th straight month`, `fifth year in a row`: an ordinal. */
function readStreak(list: readonly Word[], numberIndex: number, after: number): Read | null {
  const value = readNumber(list, numberIndex)!.value
  let end: number | null = null
  if (streakWords.has(lower(list, after)) && /^[a-z]+$/.test(lower(list, after + 1))) end = after + 2
  else if (timeUnits[lower(list, after)] && lower(list, after + 1) === 'in' && lower(list, after + 2) === 'a' && lower(list, after + 3) === 'row') end = after + 4
  if (end === null) return null
  const span: Span = [list[numberIndex]!.start, list[end - 1]!.end]
  return {quantity: {kind: 'ordinal', value, unit: null, approx: 'exact', span, core: span}, next: end}
}

/** `2,700 households`, `111 key projects`, `25 U.S. packaged-food makers`, `11.8 million TEUs`. */
function countedNoun(list: readonly Word[], at: number): {unit: string; phrase: string; next: number; plural: boolean} | null {
  const first = list[at]
  if (!first || !isNounWord(first) || notNouns.has(first.lower) || timeUnits[first.lower]) return null
  // `Gate 12 reopened`: a verb in the past tense (not `speed`, `bed`) is no noun, unless a plural noun follows (`1.29 million unemployed people`).
  if (/[^e]ed$/.test(first.lower) && first.lower.length > 4 && !(list[at + 1] && isNounWord(list[at + 1]!) && isPlural(list[at + 1]!.text) && !notNouns.has(list[at + 1]!.lower))) return null
  // Up to three words, ending at the first plural: modifiers then the noun.
  let last = at
  for (let k = at; k < at + 3 && k < list.length; k++) {
    const word = list[k]!
    if (!isNounWord(word) || notNouns.has(word.lower) || (k > at && /(?:ed|ing)$/.test(word.lower))) break
    last = k
    if (isPlural(word.text)) break
  }
  // Without a plural, only the first word, and not an adjective alone.
  const plural = isPlural(list[last]!.text)
  if (!plural) last = at
  if (adjectives.has(list[last]!.lower)) return null
  const phrase = list.slice(at, last + 1).map((word) => word.text).join(' ')
  return {unit: singular(list[last]!.text), phrase, next: last + 1, plural}
}

/** `41, or 87 percent, had not been vaccinated`: a number restated as a share of a whole is a count. */
function restatedAsShare(list: readonly Word[], at: number): boolean {
  if (lower(list, at) !== ',' || lower(list, at + 1) !== 'or') return false
  const share = readNumber(list, at + 2)
  return share !== null && !share.ordinal && (lower(list, share.next) === 'percent' || lower(list, share.next) === '%')
}

/** `bringing the outbreak to 47.`: a number after `to` that ends the clause counts what the sentence counted. */
function endsAfterTo(list: readonly Word[], at: number, next: number): boolean {
  return lower(list, at - 1) === 'to' && /^[.,;]$/.test(list[next]?.text ?? '.') && !/\./.test(list[at]!.text)
}

/** `262 seats, up from 232 in 2015`: the base of a comparison counts what the sentence counted. */
function baseAfterFrom(list: readonly Word[], from: number): boolean {
  const before = lower(list, from - 1)
  return (before === 'from' && ['up', 'down', 'rose', 'fell', 'increased', 'decreased', 'climbed', 'dropped'].includes(lower(list, from - 2))) || before === 'versus' || (before === 'with' && lower(list, from - 2) === 'compared')
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
  // Lower case, or an acronym (`TEUs`), or an abbreviation (`U.S.`), or people of a country (`Australians`); not a capitalized name.
  return /^[a-z][a-z'-]*$/.test(word.text) || /^[A-Z]{2,}s?$/.test(word.text) || /^(?:[A-Z]\.){2,}$/.test(word.text) || /^[A-Z][a-z]+ans$/.test(word.text)
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
  return writtenAfterLowerCase(text, word, at)
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
  // The phrase is a few words before the number: read a short window first, and the long one only
  // when the walk back reaches the short one's first words (a tokenizer's first word may be cut).
  return phraseWithin(text, quantity, options, 120) ?? phraseWithin(text, quantity, options, 240) ?? null
}

/**
 * The phrase before a quantity within `chars` characters (not across a line
 * break). Undefined when a window shorter than the longest was too short to
 * tell: the walk back came within two words of its start.
 */
function phraseWithin(text: string, quantity: Quantity, options: {throughVerb: boolean}, chars: number): string | null | undefined {
  const widest = chars >= 240
  // Not across a line break: a headline or dateline is another sentence.
  const reach = Math.max(0, quantity.span[0] - chars)
  // Looked for within the reach only: a search back to the last line break is quadratic in text without any.
  const from = reach + text.slice(reach, quantity.span[0]).lastIndexOf('\n') + 1
  const bounded = from === 0 || text[from - 1] === '\n'
  const before = words(text.slice(from, quantity.span[0]))
  // Whether the walk reached words the short window may have cut: then only the widest window answers.
  const tooShort = (index: number) => !widest && !bounded && index < 2
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
    if (quantity.kind === 'duration' && (/^\d/.test(word.text) || currencySymbols[word.lower] !== undefined || scaleWords[word.lower] !== undefined)) return tooShort(k) ? undefined : null
    if (!approxWords.has(word.lower)) verb = true
    k--
  }
  if (tooShort(k)) return undefined
  if (options.throughVerb && !verb) return null
  // A time adverbial is read back at most eight words.
  if (tooShort(k - 9)) return undefined
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
  if (tooShort(Math.min(k, j - 1))) return undefined
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
