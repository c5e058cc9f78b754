/**
 * What follows a number: a percent sign, percentage points, 成/折, 倍, a
 * currency, a classifier or a time unit, with `余`/`多` between and the
 * small print (`三成半`, `一个半月`, `壹元壹角`).
 */
import type {Approx} from '../types.js'
import type {NumberMatch} from './numbers.js'
import {approxBetween} from './approx.js'
import {clean, hanDigits, isInlineSpace, liang} from './numerals.js'
import {matchUnit, type Unit} from './units.js'

function skipSpaces(text: string, at: number): number {
  while (at < text.length && isInlineSpace(text.charCodeAt(at))) at++
  return at
}

/** `个百分点`, with Traditional forms and the spaces some sources put between characters. */
const percentPoints = /[个個]?\s*[百佰]\s*分\s*[点點]/y
/** `X成`: not when 成 starts another word (`成本`, `成为`…). */
const notAfterCheng = /^[本为功果交员立绩都效熟品型就年长分套片群规龙千形材语败事婚像色全才亲活器药衣化书因份天行倍真了]/
/** `X折`: not when 折 starts another word (`折合`, `折扣`…). */
const notAfterZhe = /^[合扣算旧叠射腾返线价现抵损]/

/** Measures written in Latin letters right after the number (`38.5GWh`). */
const latinUnit = /^(GWh|MWh|kWh|GW|MW|kW|km|kg|TEU)(?![A-Za-z])/

/** What follows a number. */
export interface Suffix {
  kind: 'percent' | 'pp' | 'ratio' | 'multiple' | 'currency' | 'count' | 'time'
  unit: string | null
  /** Multiply the number by 10^scale (`成` is 10^-1 as a ratio, `‰` 10^-1 as a percent). */
  scale?: number
  /** Add to the number (`三成半`, `一个半月`). */
  add?: number
  /** Said by `余`/`多` between number and unit, or `多` after a time unit. */
  approx?: Approx
  end: number
  nounAt?: number
}

/** The unit, percent sign or classifier after a number. */
export function readSuffix(text: string, number: NumberMatch): Suffix | null {
  let k = skipSpaces(text, number.end)
  let approx: Approx | undefined
  const between = approxBetween(text, k)
  if (between) {
    approx = between.approx
    k = between.end
  }
  const ch = text[k]
  if (ch === undefined) return null
  if (ch === '%' || ch === '％') return {kind: 'percent', unit: '%', end: k + 1, ...(approx && {approx})}
  if (ch === '‰') return {kind: 'percent', unit: '%', scale: -1, end: k + 1, ...(approx && {approx})}
  percentPoints.lastIndex = k
  if (percentPoints.test(text)) return {kind: 'pp', unit: 'pp', end: percentPoints.lastIndex, ...(approx && {approx})}
  if (ch === '成' && !number.fraction && number.value <= 10 && number.value > 0) {
    const rest = text.slice(k + 1, k + 3)
    // `超五成行业`: 成行 is a word, but not before 业.
    if (notAfterCheng.test(rest) && !rest.startsWith('行业')) return null
    // `成` is tenths: a ratio, as the annotation guide has it (`两成` = 0.2).
    if (rest[0] === '半') return {kind: 'ratio', unit: null, scale: -1, add: 0.05, end: k + 2}
    if (rest[0] === '多' || rest[0] === '余') return {kind: 'ratio', unit: null, scale: -1, end: k + 2, approx: 'more_than'}
    // 七成六: 76%.
    const m = skipSpaces(text, k + 1)
    const tenth = hanDigits.get(text[m] ?? '')
    if (tenth !== undefined && !liang.has(text[m]!) && !/[\p{Script=Han}\d]/u.test(text[m + 1] ?? '')) {
      return {kind: 'ratio', unit: null, scale: -1, add: tenth / 100, end: m + 1}
    }
    return {kind: 'ratio', unit: null, scale: -1, end: k + 1, ...(approx && {approx})}
  }
  if (ch === '折' && !number.fraction && number.value > 0 && number.value < 100 && !(number.value === 10 && number.script === 'han')) {
    if (notAfterZhe.test(text.slice(k + 1, k + 2))) return null
    // 八折 is 0.8 of the price, 75折 0.75: a ratio like 成.
    const scale = number.value < 10 ? -1 : -2
    return {kind: 'ratio', unit: null, scale, end: k + 1}
  }
  if (ch === '倍') return {kind: 'multiple', unit: null, end: k + 1, ...(approx && {approx})}
  // 78.6分 (a score), 349.6点 (an index): with decimals, as 8点 and 30分 are times of day.
  if ((ch === '分' || ch === '点') && number.decimal && !number.fraction && text[k + 1] !== '之') return {kind: 'count', unit: ch, end: k + 1, ...(approx && {approx})}
  // 628分: a whole score in Arabic digits, unless it is the minutes of a time (`8时30分`, `5分28秒`) or starts a word (`30分钟`, `3分球`).
  if (ch === '分' && isScore(text, number, k)) return {kind: 'count', unit: '分', end: k + 1, ...(approx && {approx})}
  // 5.875厘: Hong Kong interest rates are quoted in 厘, per cent a year.
  if (ch === '厘' && number.decimal && /利率|利息|息率|按揭|年息/u.test(text.slice(Math.max(0, number.start - 16), number.start))) {
    return {kind: 'percent', unit: '%', end: k + 1, ...(approx && {approx})}
  }
  const latin = latinUnit.exec(text.slice(k, k + 5))
  if (latin) return {kind: 'count', unit: latin[1]!, end: k + latin[1]!.length, ...(approx && {approx})}
  const unit = matchUnit(text, k)
  if (!unit) return null
  return unitSuffix(text, number, unit, k, approx)
}

function unitSuffix(text: string, number: NumberMatch, unit: Unit, at: number, approx: Approx | undefined): Suffix | null {
  let end = at + unit.text.length
  if (unit.kind === 'count' && unit.text === '个') {
    // 两个多月, 一个半月: a duration.
    // `两个天桥` is not two days: only `个多`/`个半` lead to a time unit here; `个月` is a unit of its own.
    const inner = text[end] === '多' || text[end] === '半' ? text[end]! : ''
    const time = inner ? matchUnit(text, end + 1) : null
    if (time?.kind === 'time' && !time.text.startsWith('个')) {
      const suffix: Suffix = {kind: 'time', unit: time.unit, end: end + inner.length + time.text.length}
      if (inner === '多') suffix.approx = 'more_than'
      else if (inner === '半') suffix.add = 0.5
      if (approx) suffix.approx = approx
      return suffix
    }
  }
  if (unit.kind === 'time') {
    // Years and months that are dates were taken already; 年 after a year-like number is not a duration.
    if (unit.unit === 'month' && unit.text === '月') return null
    if (unit.unit === 'quarter' && unit.text === '季度') return null
    if (unit.unit === 'day' && unit.text === '日' && !/^(?:内|以内|之内)/.test(text.slice(end, end + 2))) return null
    if (unit.unit === 'year' && unit.text === '年' && number.digits?.length === 4) return null
    // `98年洪水` is a year, `改革开放45年来` a duration: a two-digit 年 needs words that make it one.
    if (unit.unit === 'year' && unit.text === '年' && number.digits?.length === 2 && !isDuration(text, number, end)) return null
    const suffix: Suffix = {kind: 'time', unit: unit.unit, end}
    if (approx) suffix.approx = approx
    // 3年内: within, so at most.
    if (text[end] === '内') {
      suffix.approx = 'at_most'
      suffix.end = end + 1
      return suffix
    }
    // 两年半, 一年多.
    if (text[end] === '半') {
      suffix.add = 0.5
      suffix.end = end + 1
    } else if (text[end] === '多' && !approx) {
      suffix.approx = 'more_than'
      suffix.end = end + 1
    }
    return suffix
  }
  if (unit.kind === 'currency') {
    // 壹拾壹元壹角壹分, 伍仟元整.
    const suffix: Suffix = {kind: 'currency', unit: unit.unit, end}
    if (approx) suffix.approx = approx
    if (unit.unit === 'CNY' && (unit.text === '元' || unit.text === '圆')) {
      // 壹拾壹元壹角壹分, 五元三毛.
      const cents = yuanCents.exec(text.slice(end, end + 4))
      if (cents) {
        suffix.add = cents[3] !== undefined ? centDigit(cents[3]) / 100 : clean(centDigit(cents[1]) / 10 + centDigit(cents[2]) / 100)
        suffix.end = end + cents[0].length
      }
      if (text[suffix.end] === '整' || text[suffix.end] === '正') suffix.end++
    } else if (unit.unit === 'USD') {
      // 两美元又三美分.
      const cents = dollarCents.exec(text.slice(end, end + 6))
      if (cents) {
        const value = hanDigits.get(cents[1]!) ?? Number(cents[1])
        suffix.add = clean(value / 100)
        suffix.end = end + cents[0].length
      }
    }
    return suffix
  }
  // A rate of two measures: `11.6毫克/升`, `120公里/小时`.
  const per = text[end] === '/' ? matchUnit(text, end + 1, measureKinds) : null
  if (per) return {kind: 'count', unit: `${unit.unit}/${per.text}`, end: end + 1 + per.text.length, ...(approx && {approx})}
  const suffix: Suffix = {kind: 'count', unit: unit.unit, end, nounAt: end}
  if (approx) suffix.approx = approx
  // 两个多 before a noun is rare; `三十多个` took 多 before the unit.
  return suffix
}

const measureKinds: ReadonlySet<Unit['kind']> = new Set(['count', 'time'])

/** After `分`, these make another word (`分钟`, `分之`, `分别`, `分公司`, `分贝`…). */
const notAfterFen = /^[钟之别析布类配享成为批期红公行局店区部支子母会工散管摊流秒贝辨解裂化拆级项值数担段头球钱\d]/u

function isScore(text: string, number: NumberMatch, at: number): boolean {
  if (number.script !== 'arabic' || number.decimal || number.negative || number.high !== undefined) return false
  if (/[时点:：]/u.test(text[number.start - 1] ?? '')) return false
  return !notAfterFen.test(text[at + 1] ?? '')
}

const durationAfter = /^(?:来|间|内|后|前|以来|之久|多|半|了|的时间|时间)/u
const durationBefore = /(?:[了这那满达近约逾超过]|过去|历时|经过|长达|用时|时隔|连续|连续第?)$/u

function isDuration(text: string, number: NumberMatch, end: number): boolean {
  return durationAfter.test(text.slice(end, end + 3)) || durationBefore.test(text.slice(Math.max(0, number.start - 2), number.start))
}

const centDigits = '[零一二三四五六七八九壹贰叁肆伍陆柒捌玖0-9]'
const yuanCents = new RegExp(`^(${centDigits})[角毛](?:(${centDigits})分)?|^(${centDigits})分`, 'u')
const dollarCents = /^又?([一二两三四五六七八九0-9]{1,2})美分/u

function centDigit(ch: string | undefined): number {
  if (ch === undefined) return 0
  return hanDigits.get(ch) ?? Number(ch)
}
