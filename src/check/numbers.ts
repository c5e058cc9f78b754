/**
 * Stated precision: a number in an article stands for a range of true
 * values (`79%` is 78.5–79.5, `2700余户` 2700–2800, `25.3亿元` ±0.05亿).
 * Rules compare ranges, never bare numbers, so rounding is not a contradiction.
 */
import {parseNumber} from '../extract/numbers.js'
import type {Fact} from '../types.js'

export interface Interval {
  low: number
  high: number
}

/** Kinds whose plain integers are exact counts rather than rounded measurements. */
const countingKinds = new Set<Fact['kind']>(['count', 'rank', 'ordinal'])

/**
 * Units of measurement: a whole number of them is rounded like any other
 * measurement (`390公斤/亩` is 389.5–390.5), unlike a count of people or firms.
 */
const measureUnits = new Set([
  '平方公里', '平方米', '立方米', '公顷', '亩', '公里', '千米', '米', '厘米', '毫米', '吨', '千克', '公斤', '斤', '克', '毫克', '微克', '升', '毫升',
  '千瓦时', '千瓦', '兆瓦', '吉瓦', '瓦', '标箱', 'hectare', 'acre', 'km', 'kilometre', 'mile', 'kilogram', 'pound', 'tonne', 'ton', 'barrel', 'bushel', 'TEU'
])

function isMeasure(fact: Fact): boolean {
  return fact.unit !== null && (fact.unit.includes('/') || measureUnits.has(fact.unit))
}

/** `余`, `多`: a little more, below the next step of the last digit; `超过` is open-ended. */
const smallExcess = /[余多来几]|\+|\b(odd|plus)\b/iu
const nearly = /[近将]|接近|\b(nearly|almost|close to)\b/iu

/** The first numeral written in the fact's text, with its decimal places. */
export function statedNumeral(fact: Fact): {literal: number; decimals: number} | null {
  const match = /(\d[\d,]*)(?:\.(\d+))?/u.exec(toAsciiDigits(fact.text))
  if (!match) return null
  const literal = Number(`${match[1]!.replace(/,/gu, '')}${match[2] ? `.${match[2]}` : ''}`)
  return Number.isFinite(literal) ? {literal, decimals: match[2]?.length ?? 0} : null
}

/** Size of one unit of the last stated digit, in the fact's value units (`25.3亿` -> 1e7, `3万2,748` -> 1). */
export function stepOf(fact: Fact, value: number): number {
  const last = lastGroup(fact)
  if (last) return 10 ** -last.decimals * last.scale
  const numeral = statedNumeral(fact)
  if (numeral && numeral.literal !== 0) {
    const scale = powerOfTen(Math.abs(value / numeral.literal))
    return 10 ** -numeral.decimals * scale
  }
  return 10 ** -decimalPlaces(value)
}

const groupScales: Record<string, number> = {万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12}

/**
 * A numeral written in groups (`3万2,748`, `2,341万5,620`, `5兆3,412亿`): its
 * last group, which says how precise the whole is. Null for one group.
 */
function lastGroup(fact: Fact): {decimals: number; scale: number} | null {
  const match = /\d[\d,]*(?:\.\d+)?\s*[万萬亿億兆]\s*\d[\d,]*(?:\.(\d+))?\s*([万萬亿億兆]?)/u.exec(toAsciiDigits(fact.text))
  if (!match) return null
  return {decimals: match[1]?.length ?? 0, scale: groupScales[match[2] ?? ''] ?? 1}
}

/** The place of the last non-zero digit (`2700` -> 100, `111` -> 1, `0.35` -> 0.01). */
export function lastDigitPlace(value: number): number {
  const magnitude = Math.abs(value)
  if (magnitude === 0) return 1
  if (!Number.isInteger(magnitude)) return 10 ** -decimalPlaces(magnitude)
  let place = 1
  while (magnitude % (place * 10) === 0) place *= 10
  return place
}

/** The range of true values a fact's number allows, or null when it has no number. */
export function intervalOf(fact: Fact): Interval | null {
  const [low, high] = typeof fact.value === 'number' ? [fact.value, fact.value] : Array.isArray(fact.value) ? fact.value : []
  if (low === undefined || high === undefined || !Number.isFinite(low) || !Number.isFinite(high)) return null
  const step = stepOf(fact, low)
  const exact = countingKinds.has(fact.kind) && !isMeasure(fact) && Number.isInteger(low) && Number.isInteger(high) && step <= 1
  const half = exact ? 0 : step / 2
  // The place of the stated number's last digit, so `约80%` reads as 75–85 and `2700余` as up to 2800.
  const place = Math.max(lastDigitPlace(low), step)
  const floor = low >= 0 ? 0 : Number.NEGATIVE_INFINITY
  switch (fact.approx) {
    case 'about': {
      const margin = Math.max(half, place / 2)
      // `近59%`, `nearly 60 percent`: the true value is a little short of the stated one, by up to a step.
      return {low: low - (nearly.test(fact.text) ? Math.max(margin, place) : margin), high: high + margin}
    }
    case 'more_than':
      return smallExcess.test(fact.text) ? {low, high: high + place} : {low, high: Number.POSITIVE_INFINITY}
    case 'less_than':
      return nearly.test(fact.text) ? {low: Math.max(floor, low - place), high} : {low: floor, high}
    case 'at_least':
      return {low, high: Number.POSITIVE_INFINITY}
    case 'at_most':
      return {low: floor, high}
    default:
      return {low: low - half, high: high + half}
  }
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high
}

/**
 * Whether two stated values (each with its range) can be the same true
 * value. Two rounded values whose ranges only touch are neighbours in the
 * last digit (`5%` is 4.5 to under 5.5, `6%` from 5.5): they disagree.
 */
export function sameStated(a: {fact: Fact; range: Interval}, b: {fact: Fact; range: Interval}): boolean {
  if (!overlaps(a.range, b.range)) return false
  const touching = a.range.high === b.range.low || b.range.high === a.range.low
  const rounded = (side: {fact: Fact; range: Interval}) => side.fact.approx === 'exact' && side.range.high > side.range.low
  return !(touching && rounded(a) && rounded(b))
}

/** `a / b` over ranges, as a percentage. */
/** Whether a stated rate agrees, within the precision of all three, with its part over its whole. */
export function shareAgrees(rate: Fact, part: Fact, whole: Fact): boolean {
  const partRange = intervalOf(part)
  const wholeRange = intervalOf(whole)
  const computed = partRange && wholeRange ? percentRange(partRange, wholeRange) : null
  const stated = rateInterval(rate)
  return computed !== null && stated !== null && overlaps(computed, stated)
}

export function percentRange(part: Interval, whole: Interval): Interval | null {
  if (whole.low <= 0) return null
  return {low: (part.low / whole.high) * 100, high: (part.high / whole.low) * 100}
}

/** A number for a message: at most `decimals` places, no trailing zeros, no exponent. */
export function formatNumber(value: number, decimals = 1): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞'
  const fixed = value.toFixed(decimals)
  return fixed.includes('.') ? fixed.replace(/\.?0+$/u, '') : fixed
}

/** `78.5–79.5`, or a single number when both ends round alike. */
export function formatInterval(interval: Interval, decimals = 1): string {
  const low = formatNumber(interval.low, decimals)
  const high = formatNumber(interval.high, decimals)
  if (low === high) return low
  return interval.low < 0 || interval.high < 0 ? `${low} to ${high}` : `${low}–${high}`
}

/** A fact's number as written, without the verb or approximation words around it (`增加1.6万吨` -> `1.6万吨`). */
export function bare(fact: Fact): string {
  const text = fact.text.trim()
  const at = text.search(/[\d０-９$€¥£]/u)
  return at > 0 ? text.slice(at) : text
}

/** Decimal places to show for a value computed against a stated one: one more than was stated. */
export function shownDecimals(fact: Fact): number {
  return (statedNumeral(fact)?.decimals ?? 0) + 1
}

/** `79% ± 0.5 (stated precision)` and its kin, for the stated side of a comparison. */
export function describeStated(fact: Fact, value: number, unit: string): string {
  const interval = intervalOf(fact)
  if (!interval) return `${formatNumber(value, 4)}${unit}`
  if (fact.approx === 'exact') {
    const half = (interval.high - interval.low) / 2
    return half === 0
      ? `${formatNumber(value, 4)}${unit}`
      : `${formatNumber(value, 4)}${unit} ± ${formatNumber(half, 4)} (stated precision)`
  }
  return `${fact.text} (${formatInterval(interval, 4)}${unit})`
}

function decimalPlaces(value: number): number {
  const text = String(Math.abs(value))
  if (text.includes('e')) return 0
  const dot = text.indexOf('.')
  return dot === -1 ? 0 : text.length - dot - 1
}

/** Round a scale to the nearest power of ten when it is one (`25.3` × `1e8`, not `99999999.99`). */
function powerOfTen(scale: number): number {
  if (!Number.isFinite(scale) || scale <= 0) return 1
  const exponent = Math.round(Math.log10(scale))
  return Math.abs(Math.log10(scale) - exponent) < 1e-6 ? 10 ** exponent : scale
}

function toAsciiDigits(text: string): string {
  return text.replace(/[０-９．，]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
}

/** How a fact appears as an operand: the bare number for exact counts, otherwise as written (`25.3亿元`, `2700余户`). */
export function operand(fact: Fact): string {
  const written = statedNumeral(fact)?.literal
  if (typeof fact.value === 'number' && fact.approx === 'exact' && countingKinds.has(fact.kind) && written === fact.value) {
    return String(fact.value)
  }
  return fact.text.trim()
}

/**
 * `25`, `二十五`, `十`, `一百零三` -> number; null for anything else. The
 * extractor's numeral parser, so the checks read numerals as it does.
 */
export function parseSmallInteger(text: string): number | null {
  const value = parseNumber(text)
  return value !== null && Number.isInteger(value) && value >= 0 ? value : null
}

const tenths = /成/u
const fraction = /分之|\b(half|third|quarter|fifth|tenth)s?\b/iu

/**
 * A percent or ratio fact as a percentage range: `79%` is 78.5–79.5,
 * `六成` (tenths) 55–65, `三分之一` about 31.3–35.3 (a fraction in news is
 * a rough share), `四成多` 40–50, `不足两成` up to 20.
 */
export function rateInterval(fact: Fact): Interval | null {
  if (fact.kind !== 'ratio') return intervalOf(fact)
  if (typeof fact.value !== 'number' || !Number.isFinite(fact.value)) return null
  const value = fact.value
  const step = tenths.test(fact.text) ? 0.1 : fraction.test(fact.text) ? 0.04 : stepOf(fact, value)
  const half = step / 2
  let range: Interval
  switch (fact.approx) {
    case 'about':
      // `近六成` is short of six tenths by up to a tenth.
      range = {low: value - (nearly.test(fact.text) ? step : half + 0.01), high: value + half + 0.01}
      break
    case 'more_than':
      range = smallExcess.test(fact.text) ? {low: value, high: value + step} : {low: value, high: 1}
      break
    case 'less_than':
      range = nearly.test(fact.text) ? {low: value - step, high: value} : {low: 0, high: value}
      break
    case 'at_least':
      range = {low: value, high: 1}
      break
    case 'at_most':
      range = {low: 0, high: value}
      break
    default:
      range = {low: value - half, high: value + half}
  }
  return {low: range.low * 100, high: range.high * 100}
}

/** A rate fact's stated value as a percentage (`六成` -> 60). */
export function ratePercent(fact: Fact): number | null {
  if (typeof fact.value !== 'number') return null
  return fact.kind === 'ratio' ? fact.value * 100 : fact.value
}

/**
 * A computed value in the units a fact was written in: a sum of `亿元`
 * figures as `2856.4亿元`, not 285640000000. Null when the fact has no
 * written numeral to take the scale from.
 */
export function inUnitsOf(value: number, fact: Fact, decimals: number): string | null {
  const numeral = statedNumeral(fact)
  if (!numeral || numeral.literal === 0 || typeof fact.value !== 'number') return null
  const scale = powerOfTen(Math.abs(fact.value / numeral.literal))
  const grouped = groupedTail(fact)
  if (grouped) return inGroups(value, grouped)
  const match = /(\d[\d,]*)(?:\.\d+)?/u.exec(toAsciiDigits(fact.text))
  if (!match) return null
  // Approximation and link words before the numeral are not its unit (`约为136亿美元`); a verb of change is (`增长5%`).
  const before = fact.text.slice(0, match.index).replace(/^(?:[约近超过逾突破]|为|达到|达|是)+/u, '')
  const after = fact.text.slice(match.index + match[0].length).replace(/^[余多]|(以上|左右|以内)$/gu, '')
  return `${before}${formatNumber(value / scale, decimals)}${after}`
}

/** A count written in 万 groups (`3万2,748人`, `1,515 万 2,547 人次`): what follows its last group. */
function groupedTail(fact: Fact): string | null {
  const match = /\d[\d,]*\s*[万萬]\s*\d[\d,]*(?!\s*[万萬亿億兆\d.])/u.exec(toAsciiDigits(fact.text))
  return match && !/[.]/u.test(match[0]) ? fact.text.slice(match.index + match[0].length) : null
}

/** `32000` as `3万2,000` and the tail, as the fact writes it; null for a fraction. */
function inGroups(value: number, tail: string): string | null {
  const rounded = Math.round(value)
  if (Math.abs(value - rounded) > 1e-9 || Math.abs(rounded) < 1e4) return null
  const sign = rounded < 0 ? '-' : ''
  const magnitude = Math.abs(rounded)
  const rest = magnitude % 1e4
  return `${sign}${Math.floor(magnitude / 1e4).toLocaleString('en-US')}万${rest.toLocaleString('en-US')}${tail}`
}

/** How much a fact's written numeral is scaled to give its value (`25.3亿元` -> 1e8), 1 when unwritten. */
export function scaleOf(fact: Fact): number {
  const numeral = statedNumeral(fact)
  if (!numeral || numeral.literal === 0 || typeof fact.value !== 'number') return 1
  return powerOfTen(Math.abs(fact.value / numeral.literal))
}
