/**
 * The vocabulary of English news numbers: a tokenizer that keeps `$`,
 * `2,700`, `Feb.` and `COVID-19` whole, number words (`twenty-five
 * thousand`), ordinals, months, currencies, and the verbs and words around
 * them. Tables are written by hand from business and statistics reporting.
 */
import type {Approx} from '../types.js'
import type {Direction} from './change.js'
import {times10} from './numerals.js'

export interface Word {
  text: string
  lower: string
  start: number
  end: number
}

export const wordPattern = /(?:US|HK|NT|NZ|A|C|S)\$|(?:USD|EUR|GBP|CNY|RMB|HKD|JPY|CAD|AUD|CHF|INR)(?=\d)|[$€£¥￥]|\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th)?|[QH][1-4]\b|(?:[A-Za-z]\.){2,}|[A-Za-z]+(?:-?\d[\w-]*)|[A-Za-z]+(?:[-'’][A-Za-z]+)*\.?|%|[^\s\w]/g

export function words(text: string): Word[] {
  const list: Word[] = []
  wordPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = wordPattern.exec(text)) !== null) {
    let value = match[0]
    // Keep the abbreviation dot (`Feb.`); a sentence-final one is a word of its own.
    const stop = value.length > 1 && value.endsWith('.') && !abbreviations.has(value.toLowerCase())
    if (stop) value = value.slice(0, -1)
    list.push({text: value, lower: value.toLowerCase(), start: match.index, end: match.index + value.length})
    if (stop) list.push({text: '.', lower: '.', start: match.index + value.length, end: match.index + value.length + 1})
  }
  return list
}

export const units: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19
}
export const tensWords: Record<string, number> = {twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90}
export const scaleWords: Record<string, number> = {hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12, bn: 9, mn: 6, mln: 6, bln: 9}
/**
 * Scale letters written onto the digits (`180K units`, `£250m`, `$2.7B`,
 * `$1.2tn`). `m` and `b` alone are metres and bytes as often as millions and
 * billions: they scale only money.
 */
export const scaleSuffixes: Record<string, {exponent: number; moneyOnly?: boolean}> = {
  k: {exponent: 3}, K: {exponent: 3}, bn: {exponent: 9}, Bn: {exponent: 9}, BN: {exponent: 9}, mn: {exponent: 6}, tn: {exponent: 12}, trn: {exponent: 12},
  m: {exponent: 6, moneyOnly: true}, M: {exponent: 6, moneyOnly: true}, b: {exponent: 9, moneyOnly: true}, B: {exponent: 9, moneyOnly: true},
  T: {exponent: 12, moneyOnly: true}
}
export const ordinalWords: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100
}
export const months: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  'jan.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, 'sep.': 9, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12,
  jan: 1, feb: 2, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12
}
export const abbreviations = new Set(['jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'no.', 'u.s.'])

export const currencySymbols: Record<string, string> = {
  $: 'USD', us$: 'USD', hk$: 'HKD', nt$: 'TWD', a$: 'AUD', c$: 'CAD', s$: 'SGD', nz$: 'NZD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', '￥': 'CNY', rmb: 'CNY',
  // ISO 4217 codes written before the amount (`EUR 35`, `USD4.50`).
  usd: 'USD', eur: 'EUR', gbp: 'GBP', cny: 'CNY', hkd: 'HKD', jpy: 'JPY', cad: 'CAD', aud: 'AUD', chf: 'CHF', inr: 'INR'
}
/** Hundredths of a currency (`71 cents a share`). */
export const subunits: Record<string, string> = {cents: 'USD', cent: 'USD', pence: 'GBP', penny: 'GBP'}
/** Between a number and its noun: `two more years`, `48 additional buses`. */
export const extraWords = new Set(['more', 'additional', 'further', 'extra'])
export const currencyWords: Record<string, string> = {
  yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', yen: 'JPY', won: 'KRW',
  rupees: 'INR', rubles: 'RUB', roubles: 'RUB', pounds: 'GBP'
}
/** `Hong Kong dollars`: the word before `dollars`. */
export const dollarCountries: Record<string, string> = {'hong kong': 'HKD', hk: 'HKD', taiwan: 'TWD', 'new taiwan': 'TWD', us: 'USD', 'u.s.': 'USD', australian: 'AUD', canadian: 'CAD', singapore: 'SGD'}

export const timeUnits: Record<string, string> = {
  year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week', day: 'day', days: 'day', hour: 'hour', hours: 'hour',
  quarter: 'quarter', quarters: 'quarter', decade: 'decade', decades: 'decade'
}

export const changeVerbs: Record<string, Direction> = {
  rose: 'up', rise: 'up', rises: 'up', risen: 'up', rising: 'up', increased: 'up', increase: 'up', increases: 'up', grew: 'up', grow: 'up',
  grows: 'up', grown: 'up', growth: 'up', climbed: 'up', jumped: 'up', surged: 'up', soared: 'up', gained: 'up', up: 'up', expanded: 'up', advanced: 'up',
  fell: 'down', fall: 'down', falls: 'down', fallen: 'down', dropped: 'down', drop: 'down', declined: 'down', decline: 'down', decreased: 'down',
  decrease: 'down', slid: 'down', slipped: 'down', plunged: 'down', down: 'down', shrank: 'down', contracted: 'down', lost: 'down', tumbled: 'down',
  // Headlines use the present tense: `ridership climbs 9.4 percent`, `profit jumps 38%`.
  climbs: 'up', climb: 'up', jumps: 'up', jump: 'up', surges: 'up', surge: 'up', soars: 'up', soar: 'up', gains: 'up', gain: 'up', advances: 'up',
  expands: 'up', widens: 'up', widened: 'up', edges: 'up', rebounds: 'up', rebounded: 'up',
  drops: 'down', slides: 'down', slips: 'down', plunges: 'down', tumbles: 'down', declines: 'down', decreases: 'down', shrinks: 'down',
  contracts: 'down', sinks: 'down', sank: 'down', slumps: 'down', slumped: 'down', dips: 'down', dipped: 'down', eases: 'down', eased: 'down',
  narrows: 'down', narrowed: 'down',
  // -ing forms, as lists and clauses write them (`with full-time employment decreasing by 15,200`).
  increasing: 'up', growing: 'up', climbing: 'up', gaining: 'up', jumping: 'up', surging: 'up', advancing: 'up', expanding: 'up',
  decreasing: 'down', falling: 'down', declining: 'down', dropping: 'down', sliding: 'down', slipping: 'down', shrinking: 'down', losing: 'down',
  contracting: 'down', plunging: 'down', tumbling: 'down'
}
export const multipliers: Record<string, [Direction, number]> = {doubled: ['up', 100], tripled: ['up', 200], trebled: ['up', 200], quadrupled: ['up', 300], halved: ['down', 50]}
/**
 * Forms of the same verbs that are also nouns or adjectives (`men's doubles`,
 * `a double room`, `two halves`): the base form only after a modal or `to`
 * (`will triple`), the -s form only after a word that is no determiner.
 */
export const ambiguousMultipliers: Record<string, [Direction, number, 'base' | 's']> = {
  double: ['up', 100, 'base'], triple: ['up', 200, 'base'], treble: ['up', 200, 'base'], quadruple: ['up', 300, 'base'], halve: ['down', 50, 'base'],
  doubles: ['up', 100, 's'], triples: ['up', 200, 's'], trebles: ['up', 200, 's'], quadruples: ['up', 300, 's'], halves: ['down', 50, 's']
}
export const modals = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'to', "'ll", 'cannot'])

export const approxBefore: Array<[string[], Approx]> = [
  [['more', 'than'], 'more_than'], [['over'], 'more_than'], [['above'], 'more_than'], [['just', 'over'], 'more_than'], [['upwards', 'of'], 'more_than'],
  [['less', 'than'], 'less_than'], [['fewer', 'than'], 'less_than'], [['under'], 'less_than'], [['below'], 'less_than'], [['just', 'under'], 'less_than'],
  [['at', 'least'], 'at_least'], [['no', 'fewer', 'than'], 'at_least'], [['no', 'less', 'than'], 'at_least'],
  [['at', 'most'], 'at_most'], [['up', 'to'], 'at_most'], [['no', 'more', 'than'], 'at_most'], [['as', 'much', 'as'], 'at_most'], [['as', 'many', 'as'], 'at_most'],
  [['as', 'high', 'as'], 'at_most'], [['as', 'low', 'as'], 'at_least'], [['as', 'few', 'as'], 'at_least'], [['as', 'little', 'as'], 'at_least'],
  [['about'], 'about'], [['around'], 'about'], [['approximately'], 'about'], [['roughly'], 'about'], [['nearly'], 'about'], [['almost'], 'about'],
  [['some'], 'about'], [['close', 'to'], 'about'], [['an', 'estimated'], 'about'], [['estimated'], 'about'],
  // Past a mark: `surpasses 4,000`, `passes US$94.00`, `topped $1 trillion`.
  ...['surpasses', 'surpassed', 'surpassing', 'passes', 'passed', 'exceeds', 'exceeded', 'exceeding', 'tops', 'topped', 'crossed', 'crosses', 'beyond'].map(
    (word): [string[], Approx] => [[word], 'more_than']
  )
]

export const rankVerbs = new Set(['ranked', 'ranks', 'rank', 'ranking', 'placed', 'came', 'finished', 'stood'])
/** A move to a place: `fell to third`, `rose to second`, `moved up to fifth`. */
export const rankMoves = new Set(['fell', 'rose', 'moved', 'climbed', 'dropped', 'slipped', 'jumped', 'advanced', 'slid', 'fallen', 'risen', 'climbs', 'falls', 'rises', 'drops', 'slips'])
/** `third-highest`, `second-largest`: a place by a superlative. */
export const superlatives = /^(?:highest|largest|biggest|lowest|smallest|busiest|best|worst|most|least|fastest|slowest|richest|poorest|top)$/
/** The noun after `number two`: a place (`the number two position`). */
export const placeNouns = new Set(['position', 'spot', 'place', 'slot'])
/** Never the counted noun after a number. */
export const notNouns = new Set([
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'and', 'or', 'the', 'a', 'an', 'percent', 'per', 'cent', 'percentage', 'points', 'point',
  'times', 'than', 'as', 'with', 'year-on-year', 'yoy', 'compared', 'over', 'is', 'was', 'were', 'are', 'this', 'that', 'last', 'next', 'among',
  'more', 'less', 'higher', 'lower', 'up', 'down', 'old', 'ago', 'later', 'earlier', 'before', 'after', 'since', 'until', 'when', 'while', 'which',
  'have', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'did', 'do', 'does', 'been', 'be', 'it', 'they', 'we', 'he',
  'she', 'its', 'their', 'each', 'apiece', 'respectively', 'million', 'billion', 'thousand', 'hundred', 'trillion', 'worth', 'who', 'whom', 'whose',
  'am', 'pm', 'a.m.', 'p.m.', 'position', 'spot', 'place', 'index', 'points', 'point', 'fewer', 'greater', 'larger', 'smaller', 'above', 'below'
])
export const adjectives = new Set(['new', 'more', 'additional', 'local', 'small', 'large', 'major', 'key', 'private', 'foreign', 'registered', 'other', 'big', 'such'])
export const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our', 'total'])
export const linking = new Set([
  'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'be', 'been', 'reached', 'hit', 'totaled', 'totalled', 'stood', 'at', 'of',
  'amounted', 'to', 'by', 'came', 'in', 'a', 'year', 'year-on-year', 'respectively', 'some'
])
export const stopSubject = new Set([
  'and', 'or', 'while', 'which', 'that', 'who', 'but', 'as', 'with', 'after', 'before', 'when', 'said', 'says', 'according', 'year', 'month',
  'week', 'quarter', 'ago', 'since', 'in', 'on', 'for', 'from', 'against', 'versus', 'compared', 'per',
  // `where enrollment has doubled`; `gives county employees a 4.2 percent raise` (the receiver, not the giving, is measured).
  'where', 'whose', 'gives', 'gave', 'give', 'makes', 'make', 'carries', 'includes'
])
/** Verbs between a subject and its amount (`the company earned $3 billion`). */
export const reportingVerbs = new Set([
  'earned', 'posted', 'reported', 'recorded', 'generated', 'raised', 'invested', 'spent', 'received', 'made', 'saw', 'registered', 'attracted',
  'exported', 'imported', 'sold', 'produced', 'handled', 'added', 'created', 'approved', 'completed', 'ranking', 'ranks', 'worth',
  'costing', 'valued', 'spend', 'spent', 'invest', 'cost', 'costs'
])

export interface EnglishNumber {
  start: number
  end: number
  /** Index after the last word used. */
  next: number
  value: number
  ordinal?: boolean
  year?: boolean
  /** With thousand or a larger scale word (`27.3 million`, `two thousand`). */
  scaled?: boolean
  /** Written with thousands separators (`512,000`): a quantity, never a code or a year. */
  grouped?: boolean
  /** Written with a plus (`+1.1%`): a rise. */
  plus?: boolean
}

/**
 * The number at `index`: digits (`2,700`, `.6`, `25 000`, `180K`, with
 * `money` also `250m`, `2.7B`), with a scale word (`25.3 billion`), an
 * ordinal (`11th`, `second`), or number words (`twenty-five thousand`).
 */
const lower = (list: readonly Word[], index: number): string => list[index]?.lower ?? ''

export function readNumber(list: readonly Word[], index: number, money = false): EnglishNumber | null {
  const first = list[index]
  if (!first) return null
  const digits = readDigits(list, index, money)
  if (digits !== undefined) return digits
  const ordinal = ordinalOf(first.lower)
  if (ordinal !== undefined) return {start: first.start, end: first.end, next: index + 1, value: ordinal, ordinal: true}
  // Number words: `two hundred fifty-three thousand`, `a million`.
  let total = 0
  let current = 0
  let k = index
  let used = false
  let scaled = false
  while (k < list.length) {
    const word = list[k]!.lower
    const parts = word.split('-')
    if (parts.every((part) => units[part] !== undefined || tensWords[part] !== undefined) && parts.length <= 2) {
      for (const part of parts) current += units[part] ?? tensWords[part]!
      used = true
      k++
      continue
    }
    if (word === 'a' && !used && list[k + 1] && scaleWords[list[k + 1]!.lower]) {
      current = 1
      k++
      continue
    }
    const scale = scaleWords[word]
    if (scale !== undefined && (used || current > 0)) {
      if (scale >= 3) scaled = true
      if (scale === 2) current = (current || 1) * 100
      else {
        total += (current || 1) * 10 ** scale
        current = 0
      }
      used = true
      k++
      continue
    }
    // `three point five million`: digits after `point` are decimals; only a scale word may follow them.
    if (word === 'point' && used && current > 0 && total === 0 && (units[lower(list, k + 1)] ?? 10) < 10) {
      let fraction = ''
      while ((units[lower(list, k + 1)] ?? 10) < 10) fraction += units[lower(list, ++k)]!
      current = Number(`${current}.${fraction}`)
      k++
      const after = scaleWords[lower(list, k)]
      if (after !== undefined && after >= 3) {
        total = times10(current, after)
        current = 0
        scaled = true
        k++
      }
      break
    }
    if (word === 'and' && used && list[k + 1] && (units[list[k + 1]!.lower.split('-')[0]!] !== undefined || tensWords[list[k + 1]!.lower.split('-')[0]!] !== undefined)) {
      k++
      continue
    }
    break
  }
  if (!used) return null
  const number: EnglishNumber = {start: first.start, end: list[k - 1]!.end, next: k, value: total + current}
  if (scaled) number.scaled = true
  return number
}

/** Digits at `index`: a number, null when they are no number (`000`), undefined when there are none. */
function readDigits(list: readonly Word[], index: number, money: boolean): EnglishNumber | null | undefined {
  const first = list[index]!
  let literal: string
  let next: number
  let grouped = false
  const touching = (k: number) => list[k] !== undefined && list[k - 1] !== undefined && list[k]!.start === list[k - 1]!.end
  // `(+1.1%)`: a plus written onto the number says it is a rise.
  if (first.text === '+' && touching(index + 1) && /^\d/.test(list[index + 1]!.text) && !(index > 0 && touching(index) && /[\w%)]$/.test(list[index - 1]!.text))) {
    const number = readDigits(list, index + 1, money)
    if (!number || number.ordinal || number.year) return number === undefined ? undefined : null
    return {...number, start: first.start, plus: true}
  }
  // `-0.3%`, `−12€`: a minus written onto the number, not between two (`10-15`).
  if ((first.text === '-' || first.text === '−') && touching(index + 1) && /^\d/.test(list[index + 1]!.text) && !(index > 0 && touching(index) && /[\w%)]$/.test(list[index - 1]!.text))) {
    const number = readDigits(list, index + 1, money)
    if (!number || number.ordinal || number.year) return number === undefined ? undefined : null
    return {...number, start: first.start, value: -number.value}
  }
  // `(45.20) million`: accounts print a loss in brackets; only with decimals and a scale, since `(2009)` is a year.
  if (first.text === '(' && /^\d[\d,]*\.\d+$/.test(list[index + 1]?.text ?? '') && list[index + 2]?.text === ')' && touching(index + 1) && touching(index + 2) && scaleWords[list[index + 3]?.lower ?? ''] !== undefined) {
    const literal = list[index + 1]!.text.replace(/,/g, '')
    const scale = scaleWords[list[index + 3]!.lower]!
    return {start: first.start, end: list[index + 3]!.end, next: index + 4, value: -times10(literal, scale), scaled: scale >= 3}
  }
  // `1/4`, `5-1/4`: fractions of a point, as rate decisions write them.
  const fraction = readFraction(list, index, touching)
  if (fraction) return fraction
  // `.6 percent`: a decimal without its leading zero.
  if (first.text === '.' && /^\d+$/.test(list[index + 1]?.text ?? '') && list[index + 1]!.start === first.end && !/^\d/.test(list[index - 1]?.text ?? '')) {
    literal = `0.${list[index + 1]!.text}`
    next = index + 2
  } else {
    const digits = /^(\d+(?:,\d{3})*(?:\.\d+)?)(st|nd|rd|th)?$/.exec(first.text)
    if (!digits) return undefined
    literal = digits[1]!.replace(/,/g, '')
    next = index + 1
    if (digits[2]) return {start: first.start, end: first.end, next, value: Number(literal), ordinal: true}
    // `000` alone is the tail of a number written with spaces, never a number.
    if (/^0\d/.test(literal)) return null
    grouped = digits[1]!.includes(',')
    // `25 000`: thousands separated by one space, as SI style writes them; not `+1 415 555 0193`, a phone number.
    const spacedAfter = (k: number) => /^\d+$/.test(list[k]?.text ?? '') && list[k]!.start === list[k - 1]!.end + 1
    if (/^\d{1,3}$/.test(literal) && spacedAfter(next)) {
      let k = next
      while (/^\d{3}$/.test(list[k]?.text ?? '') && spacedAfter(k)) k++
      if (spacedAfter(k) || (list[index - 1]?.text === '+' && list[index - 1]!.end === first.start)) return null
      if (k > next) {
        literal += list.slice(next, k).map((word) => word.text).join('')
        next = k
        grouped = true
      }
    }
  }
  let value = Number(literal)
  let scale = list[next] ? scaleWords[list[next]!.lower] : undefined
  if (scale === undefined && list[next] && list[next]!.start === list[next - 1]!.end) {
    // `180K`, `£250m`.
    const suffix = scaleSuffixes[list[next]!.text]
    if (suffix && (money || !suffix.moneyOnly)) scale = suffix.exponent
  }
  if (scale) {
    value = times10(literal, scale)
    next++
  }
  const number: EnglishNumber = {start: first.start, end: list[next - 1]!.end, next, value}
  if (!scale && !grouped && /^\d{4}$/.test(literal) && value >= 1900 && value <= 2100) number.year = true
  if (scale && scale >= 3) number.scaled = true
  if (grouped) number.grouped = true
  return number
}

/** Denominators of written fractions of a unit. */
const fractionDenominators = new Set([2, 3, 4, 8, 16, 32])

/** `1/4`, `5-1/4`, `5 1/2`: a whole and a fraction written with digits, each part touching the next. */
function readFraction(list: readonly Word[], index: number, touching: (k: number) => boolean): EnglishNumber | null {
  let k = index
  let whole = 0
  if (/^\d+$/.test(list[k]?.text ?? '') && list[k + 1]?.text === '-' && touching(k + 1) && touching(k + 2) && list[k + 3]?.text === '/') {
    whole = Number(list[k]!.text)
    k += 2
  }
  const [top, slash, bottom, after] = [list[k], list[k + 1], list[k + 2], list[k + 3]]
  if (!top || !/^\d+$/.test(top.text) || slash?.text !== '/' || !bottom || !/^\d+$/.test(bottom.text) || !touching(k + 1) || !touching(k + 2)) return null
  // Not `1/19/2023`, nor `24/7`.
  if (after?.text === '/' && touching(k + 3)) return null
  const numerator = Number(top.text)
  const denominator = Number(bottom.text)
  if (!fractionDenominators.has(denominator) || numerator >= denominator || numerator === 0) return null
  return {start: list[index]!.start, end: bottom.end, next: k + 3, value: whole + numerator / denominator}
}

export function ordinalOf(word: string): number | undefined {
  if (ordinalWords[word] !== undefined) return ordinalWords[word]
  const [tens, unit] = word.split('-')
  if (tens && unit && tensWords[tens] !== undefined && ordinalWords[unit] !== undefined && ordinalWords[unit]! < 10) return tensWords[tens]! + ordinalWords[unit]!
  return undefined
}

export function pad(value: number): string {
  return String(value).padStart(2, '0')
}

export const weekdays: Record<string, number> = {sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6}

/** `an increase of 50 percent`, `a decline of 17 percent`. */
export const changeNouns: Record<string, Direction> = {
  increase: 'up', gain: 'up', rise: 'up', jump: 'up', growth: 'up', surge: 'up', climb: 'up',
  decline: 'down', drop: 'down', fall: 'down', decrease: 'down', slump: 'down', dip: 'down', contraction: 'down',
  raise: 'up', hike: 'up', boost: 'up', cut: 'down', reduction: 'down'
}
/**
 * After a rate or a sum: `a 4.2 percent raise`, `a $45 million cut`. Not
 * `gain` after money (`a $5 million gain on the sale` is an amount).
 */
export const changeNounsAfter: Record<string, Direction> = {
  ...changeNouns, increases: 'up', raises: 'up', hikes: 'up', gains: 'up', rises: 'up', jumps: 'up', cuts: 'down', reductions: 'down', declines: 'down',
  drops: 'down', falls: 'down', decreases: 'down'
}

/** `one third`, `a quarter`, `two thirds`, `half`. */
export const fractionWords: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10
}

/** Prepositions before a bare month or year that make it a date (`in May`, `since 2019`). */
export const datePrepositions = new Set(['in', 'since', 'from', 'until', 'till', 'through', 'by', 'during', 'of', 'to', 'and', 'before', 'after', 'for', 'on'])

/** `second-quarter revenue`: a date, not part of the subject. */
export const datedModifier = /^(?:(?:first|second|third|fourth)-(?:quarter|half)|quarterly|annual|full-year|half-year|monthly|\d{4})$/

/** `households` -> `household`, `TEUs` -> `TEU`, `companies` -> `company`, `people` -> `person` (the annotation guide's singular noun). */
/** Plurals not made with -s. */
export const irregularPlurals: Record<string, string> = {people: 'person', women: 'woman', men: 'man', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse'}

export function singular(word: string): string {
  const irregular = irregularPlurals[word.toLowerCase()]
  if (irregular) return word[0] === word[0]!.toUpperCase() && word[0] !== word[0]!.toLowerCase() ? irregular[0]!.toUpperCase() + irregular.slice(1) : irregular
  if (/[^aeiou]ies$/i.test(word)) return word.slice(0, -3) + 'y'
  // `buses`, `campuses` (but `houses`, `causes` keep their e).
  if (/(?:ss|sh|ch|x|z|[^aeiou]us)es$/i.test(word)) return word.slice(0, -2)
  if (/[^s]s$/i.test(word) && word.length > 2) return word.slice(0, -1)
  return word
}

/**
 * What may follow an English number and make it a percent, a change in
 * points or money: one row per phrasing, read by `unitAfter` (longest
 * first). `touching` rows hold only when written onto the number
 * (`2.6-percent increase`, `12.8 million b/d`).
 */
export interface UnitRow {
  words: readonly string[]
  kind: 'percent' | 'change' | 'amount' | 'count' | 'number'
  unit: string
  /** Power of ten applied to the value: cents are hundredths of their currency. */
  exponent?: number
  /** Written together with what comes before it. */
  touching?: boolean
  /** Never after a range (`71 cents` is one price). */
  single?: boolean
}

export const unitRows: readonly UnitRow[] = [
  {words: ['%'], kind: 'percent', unit: '%'},
  {words: ['percent'], kind: 'percent', unit: '%'},
  {words: ['per', 'cent'], kind: 'percent', unit: '%'},
  {words: ['pct'], kind: 'percent', unit: '%'},
  {words: ['-', 'percent'], kind: 'percent', unit: '%', touching: true},
  {words: ['percentage', 'points'], kind: 'change', unit: 'pp'},
  {words: ['percentage', 'point'], kind: 'change', unit: 'pp'},
  {words: ['-', 'percentage', 'point'], kind: 'change', unit: 'pp', touching: true},
  {words: ['pp'], kind: 'change', unit: 'pp', touching: true},
  {words: ['ppt'], kind: 'change', unit: 'pp', touching: true},
  {words: ['ppts'], kind: 'change', unit: 'pp', touching: true},
  // A change or difference in basis points (corpus/README.md, "Basis points").
  {words: ['basis', 'points'], kind: 'change', unit: 'bp'},
  {words: ['basis', 'point'], kind: 'change', unit: 'bp'},
  {words: ['-', 'basis', 'point'], kind: 'change', unit: 'bp', touching: true},
  {words: ['bps'], kind: 'change', unit: 'bp'},
  {words: ['bp'], kind: 'change', unit: 'bp', touching: true},
  // Money named after the number (`pounds` alone is a weight as often: `886.4 million pounds of fish`).
  ...Object.entries({
    yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', yen: 'JPY', rupees: 'INR', rupee: 'INR',
    rubles: 'RUB', roubles: 'RUB', eur: 'EUR', usd: 'USD', gbp: 'GBP', cny: 'CNY', hkd: 'HKD', jpy: 'JPY', cad: 'CAD', aud: 'AUD'
  }).map(([word, unit]): UnitRow => ({words: [word], kind: 'amount', unit})),
  {words: ['pounds', 'sterling'], kind: 'amount', unit: 'GBP'},
  {words: ['€'], kind: 'amount', unit: 'EUR', touching: true},
  {words: ['hong', 'kong', 'dollars'], kind: 'amount', unit: 'HKD'},
  {words: ['new', 'taiwan', 'dollars'], kind: 'amount', unit: 'TWD'},
  {words: ['taiwan', 'dollars'], kind: 'amount', unit: 'TWD'},
  {words: ['us', 'dollars'], kind: 'amount', unit: 'USD'},
  {words: ['u.s.', 'dollars'], kind: 'amount', unit: 'USD'},
  {words: ['australian', 'dollars'], kind: 'amount', unit: 'AUD'},
  {words: ['canadian', 'dollars'], kind: 'amount', unit: 'CAD'},
  {words: ['singapore', 'dollars'], kind: 'amount', unit: 'SGD'},
  {words: ['new', 'zealand', 'dollars'], kind: 'amount', unit: 'NZD'},
  // Hundredths (`71 cents a share` is 0.71 USD).
  {words: ['cents'], kind: 'amount', unit: 'USD', exponent: -2, single: true},
  {words: ['cent'], kind: 'amount', unit: 'USD', exponent: -2, single: true},
  {words: ['pence'], kind: 'amount', unit: 'GBP', exponent: -2, single: true},
  {words: ['penny'], kind: 'amount', unit: 'GBP', exponent: -2, single: true},
  {words: ['p'], kind: 'amount', unit: 'GBP', exponent: -2, single: true, touching: true},
  // Index points: a level is a number in points, a move a change in points (corpus/README.md, "Index levels and points").
  {words: ['points'], kind: 'number', unit: 'point'},
  {words: ['point'], kind: 'number', unit: 'point'},
  {words: ['index', 'points'], kind: 'number', unit: 'point'},
  // Rates of flow written short (corpus/README.md, "Physical units": `2.4 million barrels per day` = barrel/day).
  {words: ['b', '/', 'd'], kind: 'count', unit: 'barrel/day'},
  {words: ['bpd'], kind: 'count', unit: 'barrel/day'},
  {words: ['bbl', '/', 'd'], kind: 'count', unit: 'barrel/day'}
]

/** The rows by their first word, for a lookup per number. */
const rowsByFirst = new Map<string, UnitRow[]>()
for (const row of unitRows) {
  const list = rowsByFirst.get(row.words[0]!)
  if (list) list.push(row)
  else rowsByFirst.set(row.words[0]!, [row])
}

/** The longest unit row written at `at` (`touching` rows only right after the word before). */
export function unitAfter(list: readonly Word[], at: number, single: boolean): UnitRow | null {
  const rows = rowsByFirst.get(list[at]?.lower ?? '')
  if (!rows) return null
  let best: UnitRow | null = null
  for (const row of rows) {
    if (best && row.words.length <= best.words.length) continue
    if (row.single && !single) continue
    if (!row.words.every((word, k) => list[at + k]?.lower === word)) continue
    if (row.touching && list[at - 1]?.end !== list[at]!.start) continue
    // Inside a row the words of a short form are written together (`b/d`).
    if (row.words.includes('/') && !row.words.every((_, k) => k === 0 || list[at + k - 1]!.end === list[at + k]!.start)) continue
    best = row
  }
  return best
}

/**
 * After a number, a comparison that makes it a change: `7.7 percent above
 * the July rate`, `$42 billion lower than projected`, `$3.4 billion more
 * than June exports`.
 */
export const comparativesAfter: ReadonlyArray<[words: string[], direction: Direction]> = [
  [['above'], 'up'], [['below'], 'down'], [['higher'], 'up'], [['lower'], 'down'], [['more', 'than'], 'up'], [['less', 'than'], 'down'],
  [['greater', 'than'], 'up'], [['fewer', 'than'], 'down'], [['larger', 'than'], 'up'], [['smaller', 'than'], 'down']
]

/**
 * Verbs that change what follows them by an amount given after `by`: `raises
 * the property tax rate by 3.5 percent`, `cut the budget by $45 million`.
 */
export const adjustVerbs: Record<string, Direction> = {
  raise: 'up', raises: 'up', raised: 'up', raising: 'up', increase: 'up', increases: 'up', increased: 'up', increasing: 'up', boost: 'up',
  boosts: 'up', boosted: 'up', lift: 'up', lifts: 'up', lifted: 'up', hike: 'up', hikes: 'up', hiked: 'up', expand: 'up', expands: 'up',
  expanded: 'up', cut: 'down', cuts: 'down', cutting: 'down', reduce: 'down', reduces: 'down', reduced: 'down', reducing: 'down', lower: 'down',
  lowers: 'down', lowered: 'down', trim: 'down', trims: 'down', trimmed: 'down', slash: 'down', slashes: 'down', slashed: 'down', shrink: 'down',
  shrinks: 'down'
}

/** `third consecutive year`, `fifth year in a row`, `second straight month`: an ordinal of a streak. */
export const streakWords = new Set(['consecutive', 'straight', 'successive'])
