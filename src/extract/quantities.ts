/**
 * Reads each number with what surrounds it (unit, approximation words,
 * change verbs, `第`, `百分之`) into a typed quantity: the facts before
 * subjects and ids are added. Pure: text in, quantities out.
 */
import type {Approx, FactKind, FactValue, Span} from '../types.js'
import {approxAfter, approxBefore, combineApprox} from './approx.js'
import {adjustmentBefore, changeBefore, changeNounAfter, changesLength, comparingSentence, directionInClause, directionInSentence, type Direction} from './change.js'
import {scanDates, sentenceAround} from './dates.js'
import {notFactSpans, overlapsAny} from './not-facts.js'
import {scanNumbers, type NumberMatch} from './numbers.js'
import {clean, isInlineSpace, times10} from './numerals.js'
import {rankBefore} from './rank.js'
import {readSuffix} from './suffix.js'
import {chineseRegion, localYuanOf, type ChineseRegion} from './region.js'
import {currencyBefore, matchUnit} from './units.js'
import {partitionPoint} from '../util/search.js'

export interface Quantity {
  kind: FactKind
  value: FactValue
  unit: string | null
  approx: Approx
  /** The whole expression: verb, approximation words, number, unit. */
  span: Span
  /** The number and its unit alone (`25.3亿元` in `约25.3亿元`; `百分之2.2` in `上升了百分之2.2`). */
  core: Span
  direction?: Direction
  group?: number
  scope?: string
  relative?: string
  resolved?: boolean
  /** Counts: where the counted noun may start (`111个|重点项目`). */
  nounAt?: number
  /** English counts: the counted noun (`2,700 households`). */
  subjectHint?: string
  /** English counts whose noun is left out (`rose to 27.3 million`): the unit comes from the sentence (`'sentence'`: only from a count before it there). */
  bare?: boolean | 'sentence'
  /** A cell of a table in the text: `subjectHint` is its row's label. */
  table?: boolean
}

export interface QuantityOptions {
  /** ISO date the relative dates are resolved against. */
  publishedAt?: string | null
  /**
   * The article was written in Traditional script (Taiwan, Hong Kong): read
   * `113年度` as a 民国 year (2024), as in a Taiwan article in any script.
   */
  traditional?: boolean
  /** What a bare `$` is in English; by default the one dollar the article names (`englishDollar`). */
  dollar?: string
  /** The region the text's words point to (`chineseRegion`), when the caller worked it out already. */
  region?: ChineseRegion
  /** What a bare `元` is; by default the currency of the region the text's words point to (`chineseRegion`). */
  yuan?: string
}

/** Clause punctuation; `,` only when not between digits. */
const clausePunctuation = new Set(['，', '。', '；', ';', '：', ':', '！', '？', '!', '?', '、', '\n', '“', '”', '"', '（', '）', '(', ')', '《', '》', '【', '】'])

/**
 * Farthest a clause reaches back. Text without punctuation would make the
 * clause of every number run back to the article's start, and the searches
 * over it (a verb, a direction, a ranking's group) cost a pass each.
 */
const clauseReach = 1000

/** Where the clause around `at` starts (at most `clauseReach` back). */
export function clauseStart(text: string, at: number): number {
  // The last break before `at`, by binary search: scanning back costs the whole text when it has no punctuation.
  const breaks = clauseBreaksOf(text)
  const low = partitionPoint(breaks, (known) => known < at)
  return Math.max(low === 0 ? 0 : breaks[low - 1]! + 1, at - clauseReach)
}

/** The text whose clause breaks `breaksOfText` holds: one article is read at a time, so one entry is cache enough. */
let breaksText: string | undefined
let breaksOfText: number[] = []

/** Positions of the text's clause punctuation, ascending, worked out once per text. */
function clauseBreaksOf(text: string): number[] {
  if (text === breaksText) return breaksOfText
  const breaks: number[] = []
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!
    if (clausePunctuation.has(ch)) breaks.push(k)
    else if (ch === ',' && !(/\d/.test(text[k - 1] ?? '') && /\d/.test(text[k + 1] ?? ''))) breaks.push(k)
  }
  breaksText = text
  breaksOfText = breaks
  return breaks
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && isInlineSpace(text.charCodeAt(at))) at++
  return at
}

const percentBefore = /([百佰千仟万萬]+)\s*分\s*之\s*$/u
/** Powers of ten of the characters of a `…分之` denominator (`百万分之` is 10^6). */
const denominatorExponent: ReadonlyMap<string, number> = new Map([['百', 2], ['佰', 2], ['千', 3], ['仟', 3], ['万', 4], ['萬', 4]])
const rangeConnectors = /^\s*(?:-|－|—|–|~|～|〜|至|到)\s*/
const vagueBefore = new Set(['数', '几', '上', '成', '好'])
const doubling = /翻(?:了)?([一两二三四1-4])番|翻番/g
/** `半成` is 0.05, `半折` and `打对折` half price, 0.5 (ratios, like 成 and 折); `一半`, `半数` and `过半` are halves. */
const halves = /半成|半折|打[对對]折|过半数?|過半數?|(?<!另)一半|半数|半數/g
const doublingCounts: ReadonlyMap<string, number> = new Map([
  ['一', 1], ['两', 2], ['二', 2], ['三', 3], ['四', 4], ['1', 1], ['2', 2], ['3', 3], ['4', 4]
])

/**
 * Every quantity in `text`, in text order: numbers with their units, dates,
 * durations, ranks, ordinals and changes.
 */
export function findQuantities(text: string, options: QuantityOptions = {}): Quantity[] {
  const numbers = scanNumbers(text)
  const quantities: Quantity[] = []
  const region = options.region ?? chineseRegion(text, {traditional: options.traditional ?? false})
  const yuan = options.yuan ?? localYuanOf[region]
  const taken: Span[] = []

  for (const date of scanDates(text, numbers, options.publishedAt, {minguo: (options.traditional ?? false) || region === 'taiwan', ...(region === 'hongkong' && {fiscalStartMonth: 4})})) {
    if (date.withheld) {
      taken.push([date.start, date.consumed ?? date.end])
      continue
    }
    const quantity: Quantity = {kind: 'date', value: date.value, unit: null, approx: date.approx, span: [date.start, date.end], core: [date.start, date.end]}
    if (date.relative !== undefined) quantity.relative = date.relative
    if (date.resolved !== undefined) quantity.resolved = date.resolved
    quantities.push(quantity)
    taken.push([date.start, date.consumed ?? date.end])
  }

  doubling.lastIndex = 0
  let found: RegExpExecArray | null
  while ((found = doubling.exec(text)) !== null) {
    const times = found[1] ? doublingCounts.get(found[1])! : 1
    const span: Span = [found.index, found.index + found[0].length]
    quantities.push({kind: 'change', value: (2 ** times - 1) * 100, unit: '%', approx: 'exact', span, core: span, direction: 'up'})
    taken.push(span)
  }
  halves.lastIndex = 0
  while ((found = halves.exec(text)) !== null) {
    const word = found[0]
    const start = found.index + (word.startsWith('打') ? 1 : 0)
    const core: Span = [start, found.index + word.length]
    const half: Quantity = {kind: 'ratio', value: word === '半成' ? 0.05 : 0.5, unit: null, approx: /^[过過]/u.test(word) ? 'more_than' : 'exact', span: core, core}
    // `减少一半` halves it, -50% as `halved` is; `过半` and `半成` are shares like 成.
    quantities.push(withPrefix(text, finish(text, half, core[1]), word.endsWith('一半') ? 'multiple' : 'ratio'))
    taken.push(core)
  }
  for (const share of structureShares(text)) {
    quantities.push(share)
    taken.push(share.span)
  }
  taken.sort((a, b) => a[0] - b[0])

  const groupNumbers = new Set<NumberMatch>()
  // Numbers and taken spans are both in text order: walk them together.
  let next = 0
  /** End of the last quantity read: a currency prefix before it belongs to it (`4人民币 5美元`). */
  let floor = 0
  for (let index = 0; index < numbers.length; index++) {
    const number = numbers[index]!
    while (next < taken.length && taken[next]![1] <= number.start) next++
    if (next < taken.length && taken[next]![0] < number.end) continue
    const read = readQuantity(text, numbers, index, groupNumbers, floor)
    if (!read) continue
    // `元` alone is the article's own dollar in Taiwan and Hong Kong reports.
    if (read.quantity.unit === 'CNY' && yuan !== 'CNY' && /^[元圆块]/u.test(text.slice(read.quantity.core[1] - 1, read.quantity.core[1]))) read.quantity.unit = yuan
    quantities.push(read.quantity)
    floor = read.quantity.span[1]
    index += read.extra
  }
  inheritChange(text, quantities)
  const blocked = notFactSpans(text)
  const blockedForDates = notFactSpans(text, {dates: true})
  // A rank's group (`25个市辖区中`) is part of the rank, not a count of its own.
  const groupStarts = new Set([...groupNumbers].map((number) => number.start))
  const result = quantities.filter(
    (quantity) =>
      !overlapsAny(quantity.core, quantity.kind === 'date' ? blockedForDates : blocked) &&
      !(quantity.kind !== 'rank' && groupStarts.has(quantity.core[0]))
  )
  return result.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1])
}

/**
 * `三次产业结构为5.6:56.6:37.8`, `三次产业比重为21.5∶36.1∶42.4`: shares
 * written as a ratio, one percent per term; of `比例由2.7:54.8:42.5调整为
 * 2.7:56.0:41.3`, the new one (the old is last year's, of no part stated). Only after a word of structure
 * and only when the terms add up to about a whole (100): a
 * sex ratio (`105:100`) or a score is not a set of shares. Near 100 is
 * enough (±5): a term misprinted is still a share, for the checks to flag.
 */
const structureShare =
  /(?:结构|比例|比重|构成)(?:比|比例)?(?:的?由\s*\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?){1,5}\s*)?(?:调整|变化|转变|变)?(?:为|是|达)?\s*(\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?){1,5})(?![\d.:：∶])/gu

function structureShares(text: string): Quantity[] {
  const shares: Quantity[] = []
  structureShare.lastIndex = 0
  let found: RegExpExecArray | null
  while ((found = structureShare.exec(text)) !== null) {
    const terms = [...found[1]!.matchAll(/\d+(?:\.\d+)?/gu)]
    const sum = terms.reduce((total, term) => total + Number(term[0]), 0)
    if (Math.abs(sum - 100) > 5) continue
    const start = found.index + found[0].length - found[1]!.length
    for (const term of terms) {
      const span: Span = [start + term.index!, start + term.index! + term[0].length]
      shares.push({kind: 'percent', value: Number(term[0]), unit: '%', approx: 'exact', span, core: span})
    }
  }
  return shares
}

/** Separators of a list of values (`增长14%、130%`). */
const listSeparators = new Set(['、', '和', '及', '与', '或'])

/** Between a change and the same change in other units: `增加636千公顷(955万亩)`, `增加5千人或0.04%`. */
const restatement = /^\s*(?:[(（]|或)\s*$/u

/**
 * `分别增长14%、130%`: a percent listed right after a change is a change
 * too; `增加0.05万元(0.03%)`, `减4.3万元(-3.7%)`, `增加5千人或0.04%`: a
 * quantity in brackets or after 或 restates the change, in its direction.
 */
function inheritChange(text: string, quantities: Quantity[]): void {
  quantities.sort((a, b) => a.span[0] - b.span[0])
  for (let index = 1; index < quantities.length; index++) {
    const previous = quantities[index - 1]!
    const quantity = quantities[index]!
    if (previous.kind !== 'change') continue
    // `低0.01个和0.07个百分点`: the second of a list takes the first's direction.
    if (quantity.kind === 'change') {
      if (!quantity.direction && previous.direction && quantity.unit === previous.unit && listSeparators.has(text.slice(previous.span[1], quantity.span[0]))) quantity.direction = previous.direction
      continue
    }
    if (quantity.kind !== 'percent' && quantity.kind !== 'count' && quantity.kind !== 'amount') continue
    const between = text.slice(previous.span[1], quantity.span[0])
    const listed = quantity.unit === previous.unit && listSeparators.has(between)
    if (!listed && !restatement.test(between)) continue
    quantity.kind = 'change'
    if (previous.direction) quantity.direction = previous.direction
    if (typeof quantity.value === 'number' && quantity.value < 0) quantity.value = -quantity.value
  }
}

function readQuantity(
  text: string,
  numbers: readonly NumberMatch[],
  index: number,
  groupNumbers: Set<NumberMatch>,
  floor: number
): {quantity: Quantity; extra: number} | null {
  const number = numbers[index]!
  const integer = Number.isInteger(number.value) && !number.decimal && number.high === undefined

  // Two-digit read-outs (`五五`) only as discounts: 五五折 is 0.55 of the price.
  if (number.readOut && number.digits?.length === 2 && !number.digits.includes('0')) {
    if (text[number.end] !== '折') return null
    const span: Span = [number.start, number.end + 1]
    return {quantity: {kind: 'ratio', value: number.value / 100, unit: null, approx: 'exact', span, core: span}, extra: 0}
  }

  // Enumerations: 一是, 二是 at the start of a clause.
  if (number.script === 'han' && integer && number.value >= 1 && number.value <= 20 && text[number.end] === '是' && clauseStart(text, number.start) === skipBack(text, number.start)) {
    const span: Span = [number.start, number.end + 1]
    return {quantity: {kind: 'ordinal', value: number.value, unit: null, approx: 'exact', span, core: span}, extra: 0}
  }

  // 第N: a rank or an ordinal.
  if (text[number.start - 1] === '第' && integer && number.value > 0) return readOrdinal(text, numbers, number, groupNumbers)
  // 前N名 after a ranking verb: a rank of at most N.
  if (text[number.start - 1] === '前' && integer && number.value > 0) {
    const rank = readTopRank(text, numbers, number, groupNumbers)
    if (rank) return rank
  }

  // 百分之X, 千分之X.
  const before = percentBefore.exec(text.slice(Math.max(0, number.start - 8), number.start))
  if (before) {
    let exponent = 2
    for (const ch of before[1]!) exponent -= denominatorExponent.get(ch) ?? 0
    const coreStart = number.start - before[0].length
    const end = number.end
    let value: FactValue = clean(times10(number.value, exponent))
    if (number.high !== undefined) value = [value, clean(times10(number.high, exponent))]
    const quantity: Quantity = {kind: 'percent', value, unit: '%', approx: number.high !== undefined ? 'about' : 'exact', span: [coreStart, end], core: [coreStart, end]}
    return {quantity: withPrefix(text, finish(text, quantity, end)), extra: 0}
  }

  // 数十家, 几百个, 上千人, 成百: vague, not a number of tens or hundreds.
  if (vagueBefore.has(text[number.start - 1] ?? '') && /^[十百千万拾佰仟]/u.test(number.text)) return null

  let suffix = readSuffix(text, number)
  let extra = 0
  let high: number | undefined = number.high
  /** Power of ten the first number of a range takes from the second (`3-5万`). */
  let lowExponent = 0
  // A range: `3至5年`, `10%-15%`, `100万至200万元`.
  const afterFirst = suffix ? suffix.end : number.end
  const connector = rangeConnectors.exec(text.slice(afterFirst, afterFirst + 4))
  const next = numbers[index + 1]
  if (connector && next && next.start === afterFirst + connector[0].length && next.high === undefined) {
    const nextSuffix = readSuffix(text, next)
    // After a change verb, `增加3 800人至122 100人` is the change and the new level; a range of changes stays close (`增长5%至8%`).
    const approxStart = approxBefore(text, number.start)?.start ?? number.start
    const levelAfterChange = number.value > 0 && changeBefore(text, approxStart, true) !== null && next.value > 2 * number.value && !/[万萬亿億兆]/u.test(next.text)
    if (nextSuffix && !levelAfterChange && (!suffix || (suffix.kind === nextSuffix.kind && suffix.unit === nextSuffix.unit)) && next.value > number.value) {
      high = Math.abs(next.value)
      suffix = nextSuffix
      extra = 1
      // `3-5万元`, `2,700 - 3,400亿元`: the scale written once, after the second number, is both numbers'.
      if (!/[万萬亿億兆]/u.test(number.text)) lowExponent = trailingScale(next.text)
    }
  }
  // `提高0.1和1.2个百分点`, `低0.01个和0.07个百分点`: a rate or points written once for a list of two.
  if ((!suffix || (suffix.kind === 'count' && suffix.unit === '个')) && high === undefined) {
    const at = suffix ? suffix.end : number.end
    const following = numbers[index + 1]
    if (following && /^[和、及与]$/u.test(text.slice(at, following.start))) {
      const shared = readSuffix(text, following)
      if (shared && (shared.kind === 'pp' || shared.kind === 'percent') && !shared.approx) suffix = {kind: shared.kind, unit: shared.unit, end: at}
    }
  }
  const prefix = currencyBefore(text, number.start)
  const currency = prefix && prefix.start >= floor ? prefix : null
  if (!suffix && currency && !(number.script === 'han' && !currency.code)) {
    suffix = {kind: 'currency', unit: currency.code, end: number.end}
  }
  if (!suffix) {
    if (number.fraction && !text.slice(number.start, number.end).includes('/')) {
      const span: Span = [number.start, number.end]
      const after = approxAfter(text, number.end)
      const end = after && after.approx !== 'more_than' ? after.end : number.end
      const ratio: Quantity = {kind: 'ratio', value: roundRatio(number.value), unit: null, approx: combineApprox(after?.approx), span: [span[0], end], core: span}
      return {quantity: withPrefix(text, ratio), extra: 0}
    }
    const points = number.script === 'arabic' && /^[点點]/u.test(text[number.end] ?? '') && !/^[钟鐘半]/u.test(text[number.end + 1] ?? '')
    // `跌320点`: a move of an index in points.
    if (points && high === undefined && changeBefore(text, approxBefore(text, number.start)?.start ?? number.start) !== null) {
      const span: Span = [number.start, number.end + 1]
      return {quantity: withPrefix(text, {kind: 'count', value: number.value, unit: 'point', approx: 'exact', span, core: span}), extra: 0}
    }
    // `消费者物价总指数为109.73`, `工业生产指数91.78`, `PMI为49.2`, `恒生指数收报26,906点`: an index level, a number (in points when it says so).
    if (number.script === 'arabic' && !number.negative && high === undefined && indexBefore.test(text.slice(Math.max(0, number.start - 12), number.start)) && !/^\s*[%％‰]/u.test(text.slice(number.end, number.end + 2))) {
      const span: Span = [number.start, number.end + (points ? 1 : 0)]
      return {quantity: {kind: 'number', value: number.value, unit: points ? 'point' : null, approx: 'exact', span, core: span}, extra: 0}
    }
    return null
  }

  // `0.01个`: a count is whole; a fraction of one is a form not understood (a unit cut off).
  if (suffix.kind === 'count' && suffix.unit === '个' && !Number.isInteger(number.value)) return null
  // `区十六届人大`: 届 before a name is part of it.
  if (suffix.kind === 'count' && suffix.unit === '届' && /\p{Script=Han}/u.test(text[suffix.end] ?? '')) return null
  // `1,153 6 千人`: a number right after another, a space between, is a garbled one; no value rather than a guess.
  if (/\d[ \u3000]+$/u.test(text.slice(Math.max(0, number.start - 3), number.start))) return null
  // `114年` is a year a Taiwan text forgot to mark, not a length of 114 years: no length in years passes a century.
  if (suffix.kind === 'time' && suffix.unit === 'year' && number.value > 100) return null
  // `一个`, `一家`, `一批`: `一` is an article there, not a count.
  if (suffix.kind === 'count' && number.value === 1 && number.script === 'han' && high === undefined) return null
  if (suffix.kind === 'count' && (number.negative || number.fraction)) return null
  // `零组件`, `零售`: a lone 零 is a word, not a quantity of nothing.
  if (number.text === '零' || number.text === '〇') return null
  // `2023县市`, `2024届`: a year-like number before these names a report or a cohort, not 2023 counties.
  if (suffix.kind === 'count' && suffix.unit !== null && namedByYear.has(suffix.unit) && number.value >= 1000) return null

  const scale = suffix.scale ?? 0
  const add = suffix.add ?? 0
  const low = clean(times10(number.value, scale + lowExponent) + add)
  const value: FactValue = high !== undefined ? [low, clean(times10(high, scale) + add)] : low
  const start = currency && currency.start < number.start && suffix.kind === 'currency' ? currency.start : number.start
  const core: Span = [start, suffix.end]
  const roughRange = number.high !== undefined
  const approx = combineApprox(number.approx, suffix.approx, roughRange ? 'about' : undefined)

  let kind: FactKind
  let unit = suffix.unit
  switch (suffix.kind) {
    case 'currency':
      kind = 'amount'
      break
    case 'count':
      kind = 'count'
      break
    case 'time':
      kind = 'duration'
      break
    case 'ratio':
    case 'multiple':
      kind = 'ratio'
      break
    case 'pp':
      // Percentage points are differences: always a change.
      kind = 'change'
      unit = 'pp'
      break
    default:
      kind = 'percent'
  }
  const quantity: Quantity = {kind, value, unit, approx, span: [core[0], core[1]], core}
  if (suffix.nounAt !== undefined) quantity.nounAt = suffix.nounAt
  const read = withPrefix(text, finish(text, quantity, suffix.end), suffix.kind)
  // `上涨130.49点`: a move in points is a change in `point` (a level stays a count in 点, as corpus/ gold has it).
  if (read.kind === 'change' && read.unit === '点') read.unit = 'point'
  if (read.kind === 'percent' && typeof read.value === 'number') {
    const noun = changeNounAfter(text, read.span[1])
    const sign = number.negative ? 'down' : /[+＋]/u.test(text[number.start - 1] ?? '') ? 'up' : null
    if (noun) {
      // `录得9.5%的按年跌幅`.
      read.kind = 'change'
      read.direction = noun.direction
      read.span = [read.span[0], noun.end]
    } else if (sign && comparingSentence.test(sentenceAround(text, number.start))) {
      // `跌幅最大(-30.2%)`, `录得升幅的行业有食品业(+3.7%)`: a signed rate where the sentence compares.
      read.kind = 'change'
      read.direction = sign
      read.value = Math.abs(read.value)
      if (sign === 'up') read.span = [read.span[0] - 1, read.span[1]]
    }
  }
  if (read.kind === 'change' && read.direction === undefined) {
    const direction = directionInClause(text, clauseStart(text, read.span[0]), read.span[0])
    if (direction) read.direction = direction
  }
  if (read.kind === 'ratio') read.value = roundRatio(read.value)
  // `位次约1.2万名`, `名次上升至15名`: places counted after a word for a position are a rank, with no `第`.
  if (read.kind === 'count' && (read.unit === '名' || read.unit === '位')) {
    const noun = rankNoun.exec(text.slice(Math.max(0, read.span[0] - 6), read.span[0]))
    if (noun) {
      read.kind = 'rank'
      read.unit = null
      read.span = [read.span[0] - noun[0].length, read.span[1]]
      delete read.nounAt
    }
  }
  return {quantity: read, extra}
}

/** The power of ten of the scale characters ending a numeral (`3,400亿` is 8, `2万亿` 12). */
function trailingScale(numeral: string): number {
  const scales = /[万萬亿億兆]+$/u.exec(numeral.trim())?.[0] ?? ''
  let exponent = 0
  for (const ch of scales) exponent += ch === '兆' ? 12 : ch === '万' || ch === '萬' ? 4 : 8
  return exponent
}

/** An index named right before a number, with a verb of level between (`物价总指数为`, `PMI为`, `指数收于`). */
const indexBefore = /(?:指数|PMI|景气指数|价格指数)(?:\s*[(（][A-Z]+[)）])?\s*(?:为|是|达|报|收报|收于|录得|升至|降至|回落至|上升至|下降至|回升至)?\s*$/u

/** Words for a position in a ranking, with what may stand before its number (`位次约`, `名次为`, `名次升至`). */
const rankNoun = /(?:位次|名次|排名|排位)(?:[为是达列居在]|保持在|\p{Script=Han}{1,2}[至到])?$/u

/** Ratios carry 4 decimal places (`三分之一` = 0.3333), as the annotation guide fixes them. */
function roundRatio(value: FactValue): FactValue {
  const round = (x: number) => Math.round(x * 1e4) / 1e4
  return typeof value === 'number' ? round(value) : Array.isArray(value) ? [round(value[0]), round(value[1])] : value
}

/**
 * Administrative units, cohorts (`2024届毕业生`) and models (`2024款`): a count
 * of them is never in the thousands without `个`.
 */
const namedByYear = new Set(['县', '市', '省', '国', '城', '村', '镇', '乡', '届', '款'])

/** Position of the first non-space character before `at`, plus one. */
function skipBack(text: string, at: number): number {
  while (at > 0 && isInlineSpace(text.charCodeAt(at - 1))) at--
  return at
}

/** Approximation words after the unit (`左右`, `以上`). */
function finish(text: string, quantity: Quantity, end: number): Quantity {
  const after = approxAfter(text, end)
  // `多`/`余` after a unit only count before a noun-less end (`一年多`), which readSuffix handles.
  if (after && after.approx !== 'more_than') {
    quantity.span = [quantity.span[0], after.end]
    quantity.approx = combineApprox(quantity.approx, after.approx)
  }
  return quantity
}

/** Approximation words and change verbs before the number. */
function withPrefix(text: string, quantity: Quantity, suffixKind?: string): Quantity {
  let start = quantity.span[0]
  const approx = approxBefore(text, start)
  if (approx) {
    quantity.approx = combineApprox(approx.approx, quantity.approx)
    start = approx.start
  }
  // A length of time or an age changes only with a length verb or a comparison (`缩短0.4天`, `比上年提高0.3岁`).
  const length = quantity.kind === 'duration' || (quantity.kind === 'count' && quantity.unit === '岁')
  const canChange = length || quantity.kind === 'amount' || quantity.kind === 'percent' || quantity.kind === 'ratio' || quantity.kind === 'change' || quantity.kind === 'count'
  if (canChange) {
    const rate = quantity.unit === '%' || quantity.unit === 'pp'
    let change = changeBefore(text, start, rate)
    if (change && length && !changesLength(text, clauseStart(text, change.start), change, start)) change = null
    // 成 and 折 are shares, not amounts of change (`下降两成` is rare; `增长两成` would be 20%).
    // 折 is a share of a price, not an amount of change; 成 after a verb is tenths of a change (`升两成` is +20%).
    const tenths = quantity.kind === 'ratio' && suffixKind === 'ratio' && text[quantity.core[1] - 1] === '成'
    if (change && !(quantity.kind === 'ratio' && suffixKind === 'ratio' && !tenths)) {
      quantity.kind = 'change'
      let direction = change.direction ?? directionInSentence(text, change.start)
      if (tenths) {
        quantity.value = typeof quantity.value === 'number' ? clean(quantity.value * 100) : quantity.value
        quantity.unit = '%'
      }
      // `增长-8.7%`, `年增-5.8%`: a negative rise is a fall of that much.
      if (typeof quantity.value === 'number' && quantity.value < 0) {
        quantity.value = -quantity.value
        if (direction) direction = direction === 'up' ? 'down' : 'up'
      }
      if (direction) quantity.direction = direction
      // 增长1.2倍 is +120%, as the annotation guide reads it.
      if (suffixKind === 'multiple') {
        quantity.value = typeof quantity.value === 'number' ? clean(quantity.value * 100) : quantity.value
        quantity.unit = '%'
      }
      start = change.start
    } else if (!change && (rate || quantity.kind === 'amount')) {
      // `上调公屋租金9.8%`: the verb is not adjacent, so the text starts at the number.
      const adjustment = adjustmentBefore(text, clauseStart(text, start), start)
      if (adjustment) {
        quantity.kind = 'change'
        if (adjustment.direction) quantity.direction = adjustment.direction
      }
    }
  }
  quantity.span = [start, quantity.span[1]]
  return quantity
}

function readOrdinal(
  text: string,
  numbers: readonly NumberMatch[],
  number: NumberMatch,
  groupNumbers: Set<NumberMatch>
): {quantity: Quantity; extra: number} | null {
  const ordinalStart = number.start - 1
  let end = number.end
  const after = text[end]
  const rank = rankBefore(text, ordinalStart, clauseStart(text, ordinalStart), numbers)
  if (rank || after === '位' || after === '名') {
    if (after === '位' || after === '名') end++
    const quantity: Quantity = {kind: 'rank', value: number.value, unit: null, approx: 'exact', span: [rank ? rank.start : ordinalStart, end], core: [ordinalStart, end]}
    if (rank?.group !== undefined) quantity.group = rank.group
    if (rank?.scope) quantity.scope = rank.scope
    if (rank?.groupNumber) groupNumbers.add(rank.groupNumber)
    return {quantity, extra: 0}
  }
  // 第一大贸易伙伴: the largest, a rank.
  if (after === '大' && number.value < 100) {
    const span: Span = [ordinalStart, end + 1]
    return {quantity: {kind: 'rank', value: number.value, unit: null, approx: 'exact', span, core: span}, extra: 0}
  }
  // 第十四届, 第3次, 第一批: the classifier belongs to the ordinal.
  const unit = matchUnit(text, end)
  if (unit && unit.kind === 'count') end += unit.text.length
  const span: Span = [ordinalStart, end]
  return {quantity: {kind: 'ordinal', value: number.value, unit: null, approx: 'exact', span, core: span}, extra: 0}
}

/** `位居全国前十`, `排名前3位`: a rank of at most N. */
function readTopRank(
  text: string,
  numbers: readonly NumberMatch[],
  number: NumberMatch,
  groupNumbers: Set<NumberMatch>
): {quantity: Quantity; extra: number} | null {
  const topStart = number.start - 1
  const rank = rankBefore(text, topStart, clauseStart(text, topStart), numbers)
  if (!rank) return null
  let end = number.end
  if (text[end] === '位' || text[end] === '名') end++
  const quantity: Quantity = {kind: 'rank', value: number.value, unit: null, approx: 'at_most', span: [rank.start, end], core: [topStart, end]}
  if (rank.scope) quantity.scope = rank.scope
  if (rank.group !== undefined) quantity.group = rank.group
  if (rank.groupNumber) groupNumbers.add(rank.groupNumber)
  return {quantity, extra: 0}
}
