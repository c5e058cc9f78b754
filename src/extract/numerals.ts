/**
 * Character tables of the number grammar. Source: the Unicode Han numerals
 * as used in Simplified and Traditional news text, the financial (大写)
 * forms of GB/T 15835 and the People's Bank cheque rules, plus `廿`/`卅`/`卌`
 * and `幺` (read-out `1`). Traditional forms are kept so that unconverted
 * quotes and the Recognizers-Text specs parse too.
 */

/** Han digits, financial forms included. `两` is a digit but never a decimal digit (`两百点两` is two numbers). */
export const hanDigits: ReadonlyMap<string, number> = new Map([
  ['零', 0], ['〇', 0], ['○', 0], ['Ｏ', 0],
  ['一', 1], ['壹', 1], ['弌', 1], ['幺', 1],
  ['二', 2], ['贰', 2], ['貳', 2], ['弍', 2], ['两', 2], ['兩', 2], ['俩', 2], ['倆', 2],
  ['三', 3], ['叁', 3], ['參', 3], ['叄', 3], ['弎', 3],
  ['四', 4], ['肆', 4],
  ['五', 5], ['伍', 5],
  ['六', 6], ['陆', 6], ['陸', 6],
  ['七', 7], ['柒', 7],
  ['八', 8], ['捌', 8],
  ['九', 9], ['玖', 9]
])

/** Digits that mean "two" only before a scale or alone, never after `点`. */
export const liang = new Set(['两', '兩', '俩', '倆'])

/** Zeros: a filler between scales (`一千零一`) as well as a digit. */
export const zeros = new Set(['零', '〇', '○', 'Ｏ'])

/** `幺` is a digit only when digits are read out one by one (`幺八九`). */
export const readOutOnly = new Set(['幺'])

/** Below 万: multiply the digit before them. */
export const smallScales: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['拾', 10],
  ['百', 100], ['佰', 100],
  ['千', 1000], ['仟', 1000]
])

/**
 * 万 and up: multiply everything before them that is smaller. `兆` is 10^12
 * (the Taiwan and Recognizers-Text reading); it is only read as a scale when
 * more numerals follow, because in mainland news `兆瓦`/`兆帕` use it as mega.
 */
export const bigScales: ReadonlyMap<string, number> = new Map([
  ['万', 1e4], ['萬', 1e4],
  ['亿', 1e8], ['億', 1e8],
  ['兆', 1e12]
])

/** Powers of ten of the scales, so values can be scaled through decimal strings exactly. */
export const scaleExponent: ReadonlyMap<number, number> = new Map([
  [10, 1], [100, 2], [1000, 3], [1e4, 4], [1e8, 8], [1e12, 12]
])

/** Tens written as one character. */
export const tens: ReadonlyMap<string, number> = new Map([
  ['廿', 20], ['卄', 20], ['卅', 30], ['卌', 40]
])

/** Decimal points. */
export const decimalPoints = new Set(['点', '點'])

/** Negative signs written in words. */
export const negativeWords = new Set(['负', '負'])

/**
 * `十余万`, `一千多万`, `二十几万`: an unknown amount inside a numeral,
 * read as a lower bound.
 */
export const innerApprox = new Set(['余', '餘', '多', '几', '幾'])

/**
 * Financial digits that are also common words on their own (`陆地`, `队伍`,
 * `拾起`, `放肆`, `參加`): read only next to other numerals.
 */
export const ambiguousAlone = new Set(['陆', '陸', '伍', '拾', '肆', '參', '佰', '仟', '幺', '○', 'Ｏ'])

/**
 * Neighbouring digits that state a rough range rather than a number read
 * out digit by digit: `七八个` is 7 to 8, `三五年` 3 to 5, `二三十` 20 to 30.
 */
export const roughPairs = new Set(['一二', '一两', '二三', '两三', '三四', '四五', '五六', '六七', '七八', '八九', '三五'])

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

export function isFullWidthDigit(code: number): boolean {
  return code >= 0xff10 && code <= 0xff19
}

export function isArabicDigit(code: number): boolean {
  return isAsciiDigit(code) || isFullWidthDigit(code)
}

/** ASCII value of an Arabic digit, full-width included. */
export function digitValue(code: number): number {
  return isFullWidthDigit(code) ? code - 0xff10 : code - 48
}

export function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)
}

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
}

/** Space that may sit inside a written number (`一百 五 十`, `1000  万`); never a line break. */
export function isInlineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000
}

/**
 * Multiply a value by 10^exponent through its decimal string, so
 * `25.3` x 10^8 is exactly 2530000000 rather than 2530000000.0000005.
 */
export function times10(value: number | string, exponent: number): number {
  const text = typeof value === 'number' ? String(value) : value
  if (exponent === 0) return Number(text)
  if (/e/i.test(text)) return Number(text) * 10 ** exponent
  const scaled = Number(`${text}e${exponent}`)
  return Number.isFinite(scaled) ? scaled : Number(text) * 10 ** exponent
}

/** Round away binary noise (`0.1 + 0.2`) to 15 significant digits; integers are left alone. */
export function clean(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value
  return Number(value.toPrecision(15))
}
