/**
 * The number grammar: Arabic numbers (separators, decimals, full-width
 * digits, exponents), Han numerals (plain, financial, `两`, `廿`), the two
 * mixed (`25.3亿`, `3万4000`), fractions (`三分之一`, `3/5`, `一又二分之一`)
 * and rough ranges (`七八`, `二三十万`).
 *
 * It works on the text, not on tokens: the segmenters split `3,000`, `25.3`
 * and full-width digits. One scan per number, no regex compiled per call.
 */
import {isFixedPhrase} from './fixed-phrases.js'
import {
  ambiguousAlone,
  bigScales,
  clean,
  decimalPoints,
  digitValue,
  hanDigits,
  innerApprox,
  isArabicDigit,
  isFullWidthDigit,
  isHan,
  isInlineSpace,
  isLatinLetter,
  liang,
  readOutOnly,
  roughPairs,
  scaleExponent,
  smallScales,
  tens,
  times10,
  zeros
} from './numerals.js'

export interface NumberMatch {
  start: number
  end: number
  /** `text.slice(start, end)`. */
  text: string
  value: number
  /** Upper end of a rough range (`七八` is 7 to 8; `二三十万` 200000 to 300000). */
  high?: number
  /** `十余万`, `一千多万`: an unknown part inside the numeral makes `value` a lower bound. */
  approx?: 'more_than'
  /** Which digits it is written with. */
  script: 'arabic' | 'han' | 'mixed'
  /** Han digits read out one by one (`二〇二三`, `幺八九`); `digits` keeps leading zeros. */
  readOut?: boolean
  /** The digit string of a read-out number or of an Arabic integer, as written (`2023`, `01`). */
  digits?: string
  /** A fraction (`三分之一`, `3/5`, `三百五又三分之一`). */
  fraction?: boolean
  /** Has a fractional part (`25.3`, `二点五`, fractions). */
  decimal?: boolean
  /** Starts with a minus sign or `负`. */
  negative?: boolean
}

interface Plain {
  end: number
  value: number
  high?: number
  approx?: boolean
  sawHan: boolean
  sawArabic: boolean
  readOut?: boolean
  digits?: string
  decimal: boolean
  /** Only 万/亿 characters, no digit or 十/百/千: not a number. */
  scaleOnly: boolean
}

interface Pending {
  value: number
  /** Decimal string of the value, for exact scaling. */
  text: string
  arabic: boolean
  /** One digit right after a scale (`一百五`): read as the next lower place. */
  elidable: boolean
  decimal: boolean
}

const minusSigns = new Set(['-', '－', '−', '﹣'])
const dots = new Set(['.', '．'])
/** Characters that make `千` a metric prefix (`千米`, `千克`, `千瓦`, `千伏安`, `千帕`, `千卡`, `千焦`), not a thousand. */
/** Spaces that group thousands: one space, a no-break space, a thin space. */
const spaceSeparators = new Set([' ', '\u00a0', '\u2009', '\u202f'])

function isAsciiDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code >= 48 && code <= 57
}

const kiloUnits = new Set(['米', '克', '瓦', '伏', '帕', '卡', '焦'])
const kiloSuffix = new Set(['k', 'K', 'ｋ', 'Ｋ'])

function skipSpaces(text: string, at: number): number {
  while (at < text.length && isInlineSpace(text.charCodeAt(at))) at++
  return at
}

function isDigitAt(text: string, at: number): boolean {
  return at < text.length && isArabicDigit(text.charCodeAt(at))
}

interface Arabic {
  end: number
  /** Normalized decimal string (`1234.5`), before exponent or `k`. */
  text: string
  value: number
  decimal: boolean
  /** The integer digits as written, when there is no fraction, exponent or `k`. */
  digits?: string
}

/**
 * An Arabic number at `at`: digits with `,` grouping in threes, a decimal
 * point, then optionally an exponent (`2e5`, `2^5`) or `k`.
 */
export function readArabic(text: string, at: number): Arabic | null {
  const n = text.length
  let k = at
  let integer = ''
  while (k < n && isArabicDigit(text.charCodeAt(k))) integer += digitValue(text.charCodeAt(k++))
  if (integer === '' && !(k < n && dots.has(text[k]!) && isDigitAt(text, k + 1))) return null
  // Thousands grouping: only groups of exactly three after a first group of one to three.
  // A full-width comma groups only full-width digits: `20，300美圆` is two numbers in a list.
  const fullWidth = integer.length > 0 && isFullWidthDigit(text.charCodeAt(at))
  if (integer.length > 0 && integer.length <= 3) {
    while (
      k + 3 < n &&
      (text[k] === ',' || (text[k] === '，' && fullWidth)) &&
      isDigitAt(text, k + 1) &&
      isDigitAt(text, k + 2) &&
      isDigitAt(text, k + 3) &&
      !isDigitAt(text, k + 4)
    ) {
      integer += `${digitValue(text.charCodeAt(k + 1))}${digitValue(text.charCodeAt(k + 2))}${digitValue(text.charCodeAt(k + 3))}`
      k += 4
    }
    // `122 100人`, `3 800`: Hong Kong releases group thousands with one space (or a thin space).
    if (integer.length <= 3 && !fullWidth) {
      while (k + 3 < n && spaceSeparators.has(text[k]!) && isAsciiDigitAt(text, k + 1) && isAsciiDigitAt(text, k + 2) && isAsciiDigitAt(text, k + 3) && !isDigitAt(text, k + 4)) {
        integer += text.slice(k + 1, k + 4)
        k += 4
      }
    }
  }
  let fractionDigits = ''
  // After a dot-separated integer (`2222.2222.222`) no decimals either.
  const dotted = at > 0 && dots.has(text[at - 1]!) && isDigitAt(text, at - 2)
  if (!dotted && k < n && dots.has(text[k]!) && isDigitAt(text, k + 1)) {
    let m = k + 1
    let digits = ''
    while (m < n && isArabicDigit(text.charCodeAt(m))) digits += digitValue(text.charCodeAt(m++))
    // `2222.2222.22222` and `192.168.1.1` are dot-separated integers, not a decimal.
    if (!(m < n && dots.has(text[m]!) && isDigitAt(text, m + 1))) {
      fractionDigits = digits
      k = m
    }
  }
  const literal = (integer === '' ? '0' : integer) + (fractionDigits ? `.${fractionDigits}` : '')
  let value = Number(literal)
  let decimal = fractionDigits !== ''
  let plain = true
  // Exponent: 2e5, 12.32e+14, 2.7890e－1; not when letters follow (`3em`).
  if (k < n && (text[k] === 'e' || text[k] === 'E')) {
    let e = k + 1
    let negative = false
    if (e < n && (text[e] === '+' || minusSigns.has(text[e]!))) negative = minusSigns.has(text[e++]!)
    let exponent = ''
    while (e < n && isArabicDigit(text.charCodeAt(e))) exponent += digitValue(text.charCodeAt(e++))
    if (exponent !== '' && !(e < n && isLatinLetter(text.charCodeAt(e)))) {
      value = times10(literal, negative ? -Number(exponent) : Number(exponent))
      decimal = !Number.isInteger(value)
      plain = false
      k = e
    }
  } else if (k < n && text[k] === '^') {
    // Powers: 2^5, 2.5^-1, 1.1^--23 (signs multiply).
    let e = k + 1
    let negative = false
    while (e < n && (text[e] === '+' || minusSigns.has(text[e]!))) if (minusSigns.has(text[e++]!)) negative = !negative
    const power = readArabic(text, e)
    if (power && e > k) {
      value = clean(value ** (negative ? -power.value : power.value))
      decimal = !Number.isInteger(value)
      plain = false
      k = power.end
    }
  }
  // `40k`, `12k个百分点`; not `4K电视` or `5km`.
  const s = skipSpaces(text, k)
  if (s < n && kiloSuffix.has(text[s]!)) {
    const after = s + 1 < n ? text.charCodeAt(s + 1) : -1
    if (after === -1 || !(isLatinLetter(after) || (isHan(after) && text[s + 1] !== '个' && text[s + 1] !== '個'))) {
      value = times10(value, 3)
      decimal = !Number.isInteger(value)
      plain = false
      k = s + 1
    }
  }
  return plain && !decimal
    ? {end: k, text: literal, value, decimal, digits: integer}
    : {end: k, text: plain ? literal : String(value), value, decimal}
}

/** Is `ch` something a Han numeral may continue with after spaces? */
function continuesHan(ch: string | undefined): boolean {
  if (ch === undefined) return false
  return hanDigits.has(ch) || smallScales.has(ch) || bigScales.has(ch) || tens.has(ch) || decimalPoints.has(ch)
}

/** Han digits read one by one (`二〇二三`): two or more digits, no `两`, not a rough pair. */
function readOutRun(text: string, at: number): Plain | null {
  const n = text.length
  let k = at
  let digits = ''
  while (k < n) {
    const ch = text[k]!
    const digit = hanDigits.get(ch)
    if (digit === undefined || liang.has(ch)) break
    digits += digit
    k++
  }
  if (digits.length < 2) return null
  // `七八` is a rough range, unless decimals follow (`一二点三零` is 12.30 read out).
  if (digits.length === 2 && roughPairs.has(text.slice(at, at + 2)) && !(k < n && decimalPoints.has(text[k]!) && hanDigits.has(text[k + 1] ?? ''))) return null
  // A scale right after (`一二十`?) means this was not a read-out number.
  if (k < n && (smallScales.has(text[k]!) || (bigScales.has(text[k]!) && text[k] !== '兆'))) {
    if (!digits.includes('0')) return null
  }
  let value = digits
  let decimal = false
  if (k < n && decimalPoints.has(text[k]!)) {
    let fraction = ''
    let m = k + 1
    while (m < n) {
      const digit = hanDigits.get(text[m]!)
      if (digit === undefined || liang.has(text[m]!)) break
      fraction += digit
      m++
    }
    if (fraction !== '') {
      value += `.${fraction}`
      decimal = true
      k = m
    }
  }
  return {end: k, value: Number(value), sawHan: true, sawArabic: false, readOut: true, digits, decimal, scaleOnly: false}
}

/**
 * A number without sign or fraction at `at`. The state follows how Han
 * numerals are built: digits times small scales make a section below 万;
 * 万/亿/兆 multiply everything smaller before them.
 */
function readPlain(text: string, at: number): Plain | null {
  const n = text.length
  const readOut = readOutRun(text, at)
  if (readOut) return readOut

  let total = 0
  let lastBig = 0
  let section = 0
  let lastSmall = 0
  let lastUnit = 0
  let pending: Pending | null = null
  let zeroSeen = false
  let approx = false
  /** An inner 余/多/几 seen; it counts only if the scale after it is taken. */
  let approxPending = false
  let sawHan = false
  let sawArabic = false
  let sawDigit = false
  let sawSmallScale = false
  let decimal = false
  let decimalDone = false
  /** Scaled decimals (`10.1万`) end the number: `10.1万零100` is malformed. */
  let closed = false
  let end = at
  let justScaled = false
  let onlyArabicDigits: string | undefined
  // A rough pair inside the numeral (`十七八`, `一百二三十`).
  let pair: {delta: number; factor: number; state: 'pending' | 'section' | 'total'} | null = null
  let j = at

  while (j < n) {
    const ch = text[j]!
    const code = text.charCodeAt(j)

    if (isArabicDigit(code) || (j === at && dots.has(ch) && isDigitAt(text, j + 1))) {
      if (pending || closed || decimalDone) break
      const arabic = readArabic(text, j)
      if (!arabic) break
      const elidable = justScaled && !zeroSeen && lastUnit >= 1e4 && arabic.digits?.length === 1
      pending = {value: arabic.value, text: arabic.text, arabic: true, elidable, decimal: arabic.decimal}
      if (j === at) onlyArabicDigits = arabic.digits
      sawArabic = true
      sawDigit = true
      decimal ||= arabic.decimal
      j = end = arabic.end
      justScaled = false
      continue
    }

    const digit = hanDigits.get(ch)
    if (digit !== undefined && !readOutOnly.has(ch)) {
      if (zeros.has(ch) && (section > 0 || total > 0) && !pending) {
        // A filler zero: 一千零一, 五亿零六. Not part of the number unless something follows.
        zeroSeen = true
        justScaled = false
        j++
        continue
      }
      if (pending) {
        const previous = text[j - 1]!
        if (!pair && !pending.arabic && j === end && roughPairs.has(previous + ch)) {
          pair = {delta: digit - pending.value, factor: 1, state: 'pending'}
          j = end = j + 1
          continue
        }
        break
      }
      if (closed || decimalDone) break
      pending = {value: digit, text: String(digit), arabic: false, elidable: justScaled && !zeroSeen && lastUnit >= 100, decimal: false}
      sawHan = true
      sawDigit = true
      j = end = j + 1
      justScaled = false
      continue
    }

    const ten = tens.get(ch)
    if (ten !== undefined) {
      if (pending || closed || decimalDone || (lastSmall !== 0 && lastSmall <= 10)) break
      section += ten
      lastSmall = 10
      lastUnit = 10
      sawHan = true
      sawDigit = true
      j = end = j + 1
      justScaled = true
      zeroSeen = false
      continue
    }

    const small = smallScales.get(ch)
    if (small !== undefined) {
      if (closed || decimalDone) break
      if (lastSmall !== 0 && small >= lastSmall) break
      // `42748千米`, `3.5千克`: after Arabic digits, 千 starts a metric unit (三千米 stays 3000 米).
      if (pending?.arabic && kiloUnits.has(text[j + 1] ?? '')) break
      let scaled: number
      if (pending && !pending.arabic && pending.value === 0 && !pending.decimal) {
        // 零十 is read as 十.
        scaled = small
      } else if (pending) {
        if (pending.decimal && !pending.arabic) break
        scaled = times10(pending.text, scaleExponent.get(small)!)
        if (pending.decimal) closed = true
      } else if (j === at || zeroSeen || (small === 10 && lastSmall === 100)) {
        // 十五, 千三; 零十 (一百零十万), 零百 (一万零百一十一); 一百十一.
        scaled = small
      } else {
        break
      }
      if (pair?.state === 'pending') {
        pair.factor *= small
        pair.state = 'section'
      }
      section += scaled
      sawSmallScale = true
      approx ||= approxPending
      approxPending = false
      pending = null
      lastSmall = small
      lastUnit = small
      zeroSeen = false
      sawHan = true
      j = end = j + 1
      justScaled = true
      continue
    }

    const big = bigScales.get(ch)
    if (big !== undefined) {
      if (ch === '兆' && !continuesHan(text[skipSpaces(text, j + 1)]) && !isDigitAt(text, j + 1)) break
      const x = section + (pending ? (pending.decimal ? Number(pending.text) : pending.value) : 0)
      if (x === 0 && total === 0) break
      if (x === 0 && lastBig !== 0 && big < lastBig) break
      const exponent = scaleExponent.get(big)!
      const multipliesAll = lastBig === 0 || big >= lastBig
      if (pair) {
        if (pair.state !== 'total') {
          pair.factor *= big
          pair.state = 'total'
        } else if (multipliesAll) {
          pair.factor *= big
        }
      }
      const part = pending?.decimal && section === 0 ? pending.text : String(x)
      if (multipliesAll) total = times10(total === 0 ? part : String(total + x), exponent)
      else total += times10(part, exponent)
      if (pending?.decimal) closed = true
      approx ||= approxPending
      approxPending = false
      lastBig = big
      lastUnit = big
      section = 0
      lastSmall = 0
      pending = null
      zeroSeen = false
      sawHan = true
      j = end = j + 1
      justScaled = true
      continue
    }

    if (decimalPoints.has(ch) && !decimalDone && !closed) {
      // 二点五, 四百 点 五, 一百点123; not 十点 (o'clock), 两百点两, 十二点三十分.
      let m = skipSpaces(text, j + 1)
      let fraction = ''
      const firstCode = m < n ? text.charCodeAt(m) : -1
      if (isArabicDigit(firstCode)) {
        while (m < n && isArabicDigit(text.charCodeAt(m))) fraction += digitValue(text.charCodeAt(m++))
      } else {
        while (m < n) {
          const d = hanDigits.get(text[m]!)
          if (d === undefined || liang.has(text[m]!) || readOutOnly.has(text[m]!)) break
          fraction += d
          m = skipSpaces(text, m + 1)
          if (m < n && !hanDigits.has(text[m]!)) break
        }
        // Back up over spaces that no digit followed.
        while (m > j + 1 && isInlineSpace(text.charCodeAt(m - 1))) m--
      }
      if (fraction === '') break
      const after = text[skipSpaces(text, m)]
      if (after !== undefined && (smallScales.has(after) || after === '分' || after === '刻')) break
      if (pending?.decimal) break
      if (!sawDigit && section === 0 && total === 0) break
      const integer: number = total + section + (pending ? elide(pending, lastUnit) : 0)
      pending = {value: Number(`${integer}.${fraction}`), text: `${integer}.${fraction}`, arabic: false, elidable: false, decimal: true}
      total = 0
      section = 0
      lastBig = 0
      lastSmall = 0
      decimal = true
      decimalDone = true
      j = end = m
      justScaled = false
      continue
    }

    if (innerApprox.has(ch) && (pending || section > 0 || total > 0)) {
      // 十余万, 一千多万, 二十几万, 一百零几万: only before a scale.
      const k = skipSpaces(text, j + 1)
      const next = text[k]
      if (next !== undefined && (smallScales.has(next) || (bigScales.has(next) && next !== '兆'))) {
        if (!pending && (ch === '几' || ch === '幾')) pending = {value: 0, text: '0', arabic: false, elidable: false, decimal: false}
        approxPending = true
        j = k
        continue
      }
      break
    }

    if (isInlineSpace(code)) {
      const k = skipSpaces(text, j + 1)
      const next = text[k]
      const nextCode = k < n ? text.charCodeAt(k) : -1
      // Spaces inside Han numerals (`一百 五 十 二`), before a scale (`1000  万`) and after one (`7万 5千`).
      const hanContinues = continuesHan(next) && (sawHan || (next !== undefined && (smallScales.has(next) || bigScales.has(next))))
      const arabicContinues = isArabicDigit(nextCode) && !pending && (section > 0 || total > 0)
      const approxContinues = next !== undefined && innerApprox.has(next) && continuesHan(text[skipSpaces(text, k + 1)])
      if ((hanContinues && !(pending && next !== undefined && hanDigits.has(next))) || arabicContinues || approxContinues) {
        j = k
        continue
      }
      break
    }
    break
  }

  if (end === at) return null
  // 十 and 百 alone are numbers; 万 and 亿 alone are not.
  const scaleOnly = !sawDigit && !sawSmallScale
  let value = total + section + (pending ? (pending.decimal ? Number(pending.text) : elide(pending, lastUnit)) : 0)
  if (pending?.decimal && total === 0 && section === 0) value = Number(pending.text)
  value = clean(value)
  const result: Plain = {end, value, sawHan, sawArabic, decimal, scaleOnly}
  if (approx) result.approx = true
  if (onlyArabicDigits !== undefined && !sawHan && !decimal) result.digits = onlyArabicDigits
  if (pair) {
    const factor = pending && pair.state === 'pending' && pending.elidable ? lastUnit / 10 : pair.factor
    result.high = clean(value + pair.delta * factor)
  }
  return result
}

/** `一百五` is 150 and `一万三` 13000: a lone digit after a scale takes the next lower place. */
function elide(pending: Pending, lastUnit: number): number {
  return pending.elidable ? times10(pending.text, (scaleExponent.get(lastUnit) ?? 1) - 1) : pending.value
}

function scriptOf(plain: {sawHan: boolean; sawArabic: boolean}): NumberMatch['script'] {
  return plain.sawHan && plain.sawArabic ? 'mixed' : plain.sawHan ? 'han' : 'arabic'
}

interface Signed {
  start: number
  plain: Plain
  negative: boolean
}

function readSigned(text: string, at: number): Signed | null {
  let k = at
  let negative = false
  const ch = text[k]
  if (ch !== undefined && (minusSigns.has(ch) || ch === '负' || ch === '負')) {
    negative = true
    k++
  }
  const plain = readPlain(text, k)
  if (!plain || plain.scaleOnly) return null
  return {start: at, plain, negative}
}

/**
 * The number starting exactly at `start`, or null. The caller decides
 * whether a `-` there is a sign (see {@link findNumbers}).
 */
export function scanNumber(text: string, start: number): NumberMatch | null {
  const head = readSigned(text, start)
  if (!head) return null
  const n = text.length
  const {plain} = head
  const sign = head.negative ? -1 : 1
  let value = sign * plain.value
  let end = plain.end
  let fraction = false
  let script = scriptOf(plain)

  const k = skipSpaces(text, plain.end)
  if (text[k] === '分' && text[skipSpaces(text, k + 1)] === '之') {
    // 三分之一: the denominator comes first.
    const numerator = readSigned(text, skipSpaces(text, skipSpaces(text, k + 1) + 1))
    if (numerator && plain.value !== 0 && !plain.high && !numerator.plain.high) {
      value = clean(((numerator.negative ? -1 : 1) * numerator.plain.value) / (sign * plain.value))
      end = numerator.plain.end
      fraction = true
      if (scriptOf(numerator.plain) !== script) script = 'mixed'
    }
  } else if (text[k] === '又') {
    // 三百五又三分之一.
    const rest = scanNumber(text, skipSpaces(text, k + 1))
    if (rest?.fraction && !rest.negative && !plain.high) {
      value = sign * clean(plain.value + rest.value)
      end = rest.end
      fraction = true
      if (rest.script !== script) script = 'mixed'
    }
  } else if (!plain.sawHan && (text[plain.end] === '/' || text[plain.end] === '／') && text[start - 1] !== '/') {
    // 3/5; not 2023/02/20.
    const denominator = readArabic(text, plain.end + 1)
    if (denominator && denominator.value !== 0 && text[denominator.end] !== '/' && text[denominator.end] !== '／') {
      value = clean(value / denominator.value)
      end = denominator.end
      fraction = true
    }
  } else if (!plain.sawHan && !plain.decimal && k > plain.end && k < n && isArabicDigit(text.charCodeAt(k))) {
    // A mixed number written `1 3/5`.
    const numerator = readArabic(text, k)
    if (numerator && !numerator.decimal && (text[numerator.end] === '/' || text[numerator.end] === '／')) {
      const denominator = readArabic(text, numerator.end + 1)
      if (denominator && denominator.value !== 0 && text[denominator.end] !== '/') {
        value = sign * clean(plain.value + numerator.value / denominator.value)
        end = denominator.end
        fraction = true
      }
    }
  }

  const match: NumberMatch = {start, end, text: text.slice(start, end), value: value === 0 ? 0 : value, script}
  if (plain.high !== undefined && !fraction) match.high = sign * plain.high
  if (plain.approx) match.approx = 'more_than'
  if (plain.readOut) match.readOut = true
  if (plain.digits !== undefined && !fraction) match.digits = plain.digits
  if (fraction) match.fraction = true
  if (fraction || plain.decimal) match.decimal = true
  if (head.negative) match.negative = true
  return match
}

/**
 * `一打`, `五十打`: dozens. `打` is far more often a verb, so not when it
 * starts a verb compound (`一打开`, `三打白骨精` is rare enough to accept).
 */
const dozenVerbTails = new Set([...'开算工击破造通印扫响赢败压退扮听折捞卡包架理针球车电字样下出入进过上到着了好完掉死伤成法拼消牌分就起'])

function isDozen(text: string, match: NumberMatch): boolean {
  if (text[match.end] !== '打' || match.fraction || match.decimal || match.negative) return false
  const next = text[match.end + 1]
  return next === undefined || !dozenVerbTails.has(next)
}

/** Characters a number can start with. */
const candidate = /[0-9０-９.．\-－−﹣负負零〇○一二三四五六七八九十百千两兩俩倆壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟廿卅卌幺]/g
/** `百分之`, `千分之`, `万分之` and `百分点`: percent markers, not numbers. */
const percentMarker = /[百佰千仟万萬]+\s*分\s*之|[百佰]\s*分\s*[点點]/y
const signPrevious = /[\s,，、:：;；(（【\[“"'=<>《〈~～至到为是达]/

/**
 * Every number in `text`, in order, without overlaps. Numerals inside
 * fixed phrases (`一切`, `四川`, `三心二意`) and lone financial digits that
 * are words (`陆地`, `队伍`) are skipped; so are two-digit read-outs such as
 * `五一`, which are names far more often than numbers.
 */
export function findNumbers(text: string): NumberMatch[] {
  return scanNumbers(text).filter((match) => !(match.readOut && match.digits?.length === 2 && !match.digits.includes('0')))
}

/** {@link findNumbers} with two-digit read-outs kept (`五五折` needs them). */
export function scanNumbers(text: string): NumberMatch[] {
  const matches: NumberMatch[] = []
  const n = text.length
  candidate.lastIndex = 0
  let found: RegExpExecArray | null
  while ((found = candidate.exec(text)) !== null) {
    const i = found.index
    const ch = text[i]!
    const code = text.charCodeAt(i)
    percentMarker.lastIndex = i
    if (percentMarker.test(text)) {
      candidate.lastIndex = percentMarker.lastIndex
      continue
    }
    if (ch === '百' && text[i - 1] === '半') {
      // 半百: fifty.
      matches.push({start: i - 1, end: i + 1, text: '半百', value: 50, script: 'han'})
      candidate.lastIndex = i + 1
      continue
    }
    const phraseEnd = isFixedPhrase(text, i)
    if (phraseEnd > i) {
      candidate.lastIndex = phraseEnd
      continue
    }
    const previous = i > 0 ? text.charCodeAt(i - 1) : -1
    if (isArabicDigit(code) || dots.has(ch)) {
      // Digits inside identifiers (`A2021…`, `H1N1`) are not numbers: skip the whole run.
      if (previous !== -1 && (isLatinLetter(previous) || (dots.has(ch) && (isArabicDigit(previous) || dots.has(text[i - 1]!))))) {
        let k = i
        while (k < n && (isArabicDigit(text.charCodeAt(k)) || isLatinLetter(text.charCodeAt(k)))) k++
        candidate.lastIndex = Math.max(k, i + 1)
        continue
      }
    } else if (minusSigns.has(ch)) {
      const next = i + 1 < n ? text[i + 1]! : ''
      const okNext = isDigitAt(text, i + 1) || (dots.has(next) && isDigitAt(text, i + 2))
      const okPrevious = previous === -1 || signPrevious.test(text[i - 1]!) || (isHan(previous) && !hanDigits.has(text[i - 1]!) && !bigScales.has(text[i - 1]!) && !smallScales.has(text[i - 1]!))
      if (!okNext || !okPrevious) continue
    } else if (ch === '负' || ch === '負') {
      const next = text[i + 1]
      if (next === undefined || !(isArabicDigit(text.charCodeAt(i + 1)) || hanDigits.has(next) || smallScales.has(next) || dots.has(next))) continue
    }
    const match = scanNumber(text, i)
    if (!match) continue
    // `22 万 4,,274`: a doubled separator is a misprint whose number is not known; nothing of it is read.
    if (doubledSeparator.test(text.slice(match.end, match.end + 3))) {
      brokenRun.lastIndex = match.end
      candidate.lastIndex = brokenRun.exec(text) ? brokenRun.lastIndex : match.end
      continue
    }
    if (match.end - match.start === 1 && ambiguousAlone.has(ch) && text[i - 1] !== '之') continue
    // `五十千`: a lone 百/千 right after a numeral is not a number of its own.
    if (match.end - match.start === 1 && smallScales.has(ch) && previous !== -1 && (hanDigits.has(text[i - 1]!) || smallScales.has(text[i - 1]!) || isArabicDigit(previous))) continue
    if (isDozen(text, match)) {
      match.value = clean(match.value * 12)
      if (match.high !== undefined) match.high = clean(match.high * 12)
      match.end++
      match.text = text.slice(match.start, match.end)
    }
    matches.push(match)
    candidate.lastIndex = match.end
  }
  return matches
}

const doubledSeparator = /^[,，]{2,}\d/u
/** The rest of a misprinted numeral: separators and digits. */
const brokenRun = /[,，\d]*/gy

/**
 * The number `text` spells, or null when it is not exactly one number
 * (surrounding white space is allowed). Rough ranges (`七八`) are not one
 * number.
 */
export function parseNumber(text: string): number | null {
  const start = skipSpaces(text, 0)
  let end = text.length
  while (end > start && /\s/.test(text[end - 1]!)) end--
  if (start >= end) return null
  const slice = text.slice(start, end)
  // Given alone, 拾 and 陆 are numbers: the caller says this is one.
  const match = scanNumber(slice, 0)
  if (!match || match.end !== slice.length || match.high !== undefined) return null
  return match.value
}
