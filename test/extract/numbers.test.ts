import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findNumbers, parseNumber, scanNumbers} from '../../src/extract/numbers.js'

/** [written, value]; `null` when it is not exactly one number. */
const table: Array<[string, number | null]> = [
  // Arabic: plain, separators, decimals, full width, signs, exponents.
  ['0', 0], ['7', 7], ['42', 42], ['2022', 2022], ['3000', 3000], ['3,000', 3000], ['1,234,567', 1234567],
  ['1,050,000,000', 1050000000], ['25.3', 25.3], ['0.5', 0.5], ['.5', 0.5], ['10,000.233', 10000.233], ['4.800', 4.8],
  ['３０００', 3000], ['２５．３', 25.3], ['４，５６５', 4565], ['１２３', 123], ['-10000', -10000], ['－５', -5],
  ['-0.2', -0.2], ['2e5', 200000], ['12.32e+14', 1.232e15], ['-12e-1', -1.2], ['2^5', 32], ['40k', 40000],
  ['1234,567', null], ['1,23', null], ['1.2.3', null], ['12a', null], ['', null], ['  ', null], [' 42 ', 42],
  // Han numerals, plain.
  ['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['九', 9], ['十', 10], ['十一', 11], ['一十一', 11],
  ['十五', 15], ['二十', 20], ['二十一', 21], ['九十九', 99], ['一百', 100], ['百', 100], ['一百零一', 101],
  ['一百一十', 110], ['一百一十一', 111], ['一百十一', 111], ['二百五十', 250], ['九百九十九', 999], ['一千', 1000],
  ['一千零一', 1001], ['一千零十', 1010], ['一千零一十', 1010], ['一千一百零一', 1101], ['一千一百一十一', 1111],
  ['三千五百', 3500], ['一万', 10000], ['一万零一', 10001], ['一万零十二', 10012], ['一万零二百五十', 10250],
  ['一万二百五十', 10250], ['十万', 100000], ['十万零一', 100001], ['十万零一千', 101000], ['一百万', 1000000],
  ['一百万零四', 1000004], ['一千万', 10000000], ['三千五百万', 35000000], ['一亿', 100000000], ['一亿零一', 100000001],
  ['五亿零六', 500000006], ['四十五亿四千零四万', 4540040000], ['一千一百一十一亿一千一百一十一万一千一百一十一', 111111111111],
  ['一亿五千万零六千三百五十五', 150006355], ['一百九十万零三千九百七十一', 1903971], ['四千零五万', 40050000],
  ['四千万零六千', 40006000], ['九百万零四百', 9000400], ['四万万', 400000000], ['万万', null], ['万', null], ['亿', null],
  ['五兆六十二亿四万五千二', 5006200045200], ['四万亿', 4e12], ['二十一万亿', 21e12], ['一万五千亿', 1.5e12],
  // Elided last place: 一百五 is 150.
  ['一百五', 150], ['两千四百五', 2450], ['一万三', 13000], ['三万五', 35000], ['九十二万四', 924000],
  ['一百二十万三', 1203000], ['千三', 1300], ['百三', 130], ['两千六', 2600], ['十三万五', 135000],
  // 两, 廿, 卅, financial and Traditional forms.
  ['两百', 200], ['两千', 2000], ['两万', 20000], ['两亿', 200000000], ['兩千', 2000], ['倆千', 2000], ['廿二', 22],
  ['廿', 20], ['卅', 30], ['卅五', 35], ['壹', 1], ['贰', 2], ['叁', 3], ['壹拾壹', 11], ['拾壹', 11], ['壹佰壹拾壹', 111],
  ['壹仟壹佰壹拾壹', 1111], ['肆佰陸拾', 460], ['柒仟捌佰伍拾肆', 7854], ['拾万零五十六', 100056], ['壹萬零一', 10001],
  ['四億', 400000000], ['七十八萬五佰零六', 780506], ['負三十二', -32], ['貳拾', 20], ['玖', 9],
  // Financial digits that are also words (陆地, 队伍) are numbers when given alone; findNumbers skips them in text.
  ['陆', 6], ['伍', 5], ['拾', 10], ['肆', 4],
  // Decimals in Han numerals.
  ['二点五', 2.5], ['零点五', 0.5], ['十点二三三', 10.233], ['一百点123', 100.123], ['两千万点五五四四', 20000000.5544],
  ['四百亿点零五零', 40000000000.05], ['两千三点一', 2300.1], ['零点零一', 0.01], ['零点零零零一', 0.0001], ['负六点六', -6.6],
  ['二十六点三三', 26.33], ['零点', null], ['点零', null], ['点一', null], ['两点两', null],
  // Mixed Arabic and Han.
  ['25.3亿', 2530000000], ['593亿', 59300000000], ['3.8亿', 380000000], ['1.2万', 12000], ['10.1万', 101000],
  ['-10.1万', -101000], ['4.78万亿', 4780000000000], ['100万', 1000000], ['100万三千', 1003000], ['1万600', 10600],
  ['3万4000', 34000], ['25万6千', 256000], ['5万4千6百', 54600], ['5亿1万4千6百', 500014600], ['1千零1', 1001],
  ['1千零20', 1020], ['2千零30万', 20300000], ['1,100万', 11000000], ['1,100.9亿', 110090000000], ['1百01', 101],
  ['200亿零四千230', 20000004230], ['10万万', 1000000000], ['1万5', 15000], ['10.1万零100', null], ['10..1万', null],
  // Spaces inside written numbers.
  ['一百 五 十 二', 152], ['7 万5 千4 百', 75400], ['1000  万', 10000000], ['三千 九百 六十五', 3965], ['四百 点 五', 400.5],
  ['二十 億', 2000000000],
  // Inner approximations: the value is the stated lower bound.
  ['十余万', 100000], ['十 余 万', 100000], ['五百余万', 5000000], ['一千多万', 10000000], ['二十几万', 200000],
  ['一百零几万', 1000000],
  // Digits read out one by one.
  ['二〇二三', 2023], ['二零二三', 2023], ['一九九七', 1997], ['一七二零', 1720], ['一二三', 123], ['一一', 11],
  ['幺八九', 189], ['零一', 1], ['一七二零点一', 1720.1], ['负一七二零', -1720],
  // Fractions.
  ['三分之一', 1 / 3], ['二分之一', 0.5], ['五分之一', 0.2], ['四分之三', 0.75], ['十分之一', 0.1], ['一百分之二', 0.02],
  ['三分之二', 2 / 3], ['16分之5', 0.3125], ['3/5', 0.6], ['-3/2', -1.5], ['1 3/5', 1.6], ['一又二分之一', 1.5],
  ['负一又二分之一', -1.5], ['三百五又三分之一', 350 + 1 / 3], ['3又一千分之23', 3.023], ['二十五分之一百四十四', 5.76],
  ['五 分之 一', 0.2], ['零十', 10],
  // Rough ranges are not one number; malformed numerals are not numbers.
  ['七八', null], ['三五', null], ['二三十', null], ['十七八', null], ['百十一', 111], ['十一十二', null], ['十七十八', null],
  ['负', null], ['元整', null], ['一百五十二个', null], ['十斤', null], ['两两', null]
]

describe('parseNumber', () => {
  it('has a table of at least 200 cases', () => {
    expect(table.length).toBeGreaterThanOrEqual(200)
  })

  it.each(table)('%s', (written, expected) => {
    const value = parseNumber(written)
    if (expected === null) expect(value).toBeNull()
    else expect(value).toBeCloseTo(expected, 9)
  })

  it('gives exact values for scaled decimals (no binary noise)', () => {
    expect(parseNumber('25.3亿')).toBe(2_530_000_000)
    expect(parseNumber('1.1亿')).toBe(110_000_000)
    expect(parseNumber('0.3万')).toBe(3000)
    expect(parseNumber('三分之一')).toBe(0.333333333333333)
  })
})

describe('findNumbers', () => {
  const spans = (text: string) => findNumbers(text).map((number) => [number.text, number.value])

  it('finds numbers on the text, not on tokens', () => {
    expect(spans('一般公共预算收入25.3亿元，增长3,000户')).toEqual([['25.3亿', 2530000000], ['3,000', 3000]])
    expect(spans('全市１２３家，共２５．３亿')).toEqual([['１２３', 123], ['２５．３亿', 2530000000]])
  })

  it('keeps rough ranges and inner approximations', () => {
    const [range] = findNumbers('七八个人')
    expect(range).toMatchObject({text: '七八', value: 7, high: 8})
    expect(findNumbers('二三十万')[0]).toMatchObject({value: 200000, high: 300000})
    expect(findNumbers('十余万人')[0]).toMatchObject({value: 100000, approx: 'more_than'})
  })

  it('skips numerals inside words and fixed phrases', () => {
    for (const text of ['一切', '四川', '陆地上', '拾起石子', '队伍', '三心二意', '千家万户', '一清二楚', '统一', '两两']) {
      expect(spans(text), text).toEqual([])
    }
  })

  it('reads nothing of a numeral with a doubled separator (a misprint, not a number)', () => {
    expect(findNumbers('大洋洲地区 22 万 4,,274 人次(占 1.35%)').map((match) => match.value)).toEqual([1.35])
    expect(findNumbers('1,,000元')).toEqual([])
    expect(findNumbers('分别增长3,5和7').map((match) => match.value)).toEqual([3, 5, 7])
  })

  it('skips digits inside identifiers', () => {
    expect(spans('订单号 A202107211321363588510367')).toEqual([])
    expect(spans('H1N1')).toEqual([])
  })

  it('reads `百分之` as a marker and keeps the number after it', () => {
    expect(spans('百分之五十五点五七九')).toEqual([['五十五点五七九', 55.579]])
    expect(spans('千分之一')).toEqual([['一', 1]])
  })

  it('does not read clock times as decimals', () => {
    expect(spans('8点30分')).toEqual([['8', 8], ['30', 30]])
    expect(spans('十二点三十分')).toEqual([['十二', 12], ['三十', 30]])
    expect(spans('两百点两')).toEqual([['两百', 200], ['两', 2]])
  })

  it('does not read a range dash or a date dash as a sign', () => {
    expect(spans('10%-15%')).toEqual([['10', 10], ['15', 15]])
    expect(spans('2023-02-20')).toEqual([['2023', 2023], ['02', 2], ['20', 20]])
    expect(spans('增长-5%')).toEqual([['-5', -5]])
  })

  it('keeps two-digit read-outs for discounts only (五五折), not as numbers (五一)', () => {
    expect(spans('五一假期')).toEqual([])
    expect(scanNumbers('五五折')[0]).toMatchObject({value: 55, readOut: true})
  })

  it('reads dozens unless 打 starts a verb', () => {
    expect(spans('五十打')).toEqual([['五十打', 600]])
    expect(spans('一打开')).toEqual([])
  })

  it('never throws and never overlaps on arbitrary text', () => {
    const alphabet = [...'0123456789０１２３.．,，-－负零〇一二三四五六七八九十百千万亿两壹贰叁拾佰仟廿点余多几分之又/ 个元%年月日']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), {maxLength: 40}), (chars) => {
        const text = chars.join('')
        const numbers = findNumbers(text)
        let end = 0
        for (const number of numbers) {
          expect(number.start).toBeGreaterThanOrEqual(end)
          expect(number.end).toBeGreaterThan(number.start)
          expect(text.slice(number.start, number.end)).toBe(number.text)
          expect(Number.isFinite(number.value)).toBe(true)
          end = number.end
        }
      }),
      {numRuns: 2000}
    )
  })
})

/** Han numeral of an integer below 10^12, the standard way (`一千零一`). */
function toHan(value: number): string {
  const digits = '零一二三四五六七八九'
  const section = (n: number): string => {
    let out = ''
    let zero = false
    for (const [unit, char] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
      const d = Math.floor(n / unit) % 10
      if (d === 0) {
        if (out) zero = true
        continue
      }
      if (zero) out += '零'
      zero = false
      out += digits[d] + char
    }
    return out
  }
  if (value === 0) return '零'
  const parts: string[] = []
  const groups = [Math.floor(value / 1e8), Math.floor(value / 1e4) % 1e4, value % 1e4]
  const units = ['亿', '万', '']
  let started = false
  let zero = false
  groups.forEach((group, index) => {
    if (group === 0) {
      if (started) zero = true
      return
    }
    if (started && (zero || group < 1000)) parts.push('零')
    parts.push(section(group) + units[index])
    started = true
    zero = false
  })
  return parts.join('')
}

describe('round trips', () => {
  it('reads every integer written in Han numerals', () => {
    fc.assert(fc.property(fc.integer({min: 0, max: 999_999_999_999}), (n) => {
      expect(parseNumber(toHan(n))).toBe(n)
    }), {numRuns: 3000})
  })

  it('reads every integer written with thousands separators', () => {
    fc.assert(fc.property(fc.integer({min: 0, max: Number.MAX_SAFE_INTEGER}), (n) => {
      expect(parseNumber(n.toLocaleString("en-US"))).toBe(n)
    }), {numRuns: 2000})
  })

  it('reads Arabic decimals scaled by 万 and 亿 exactly', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 99_999}), fc.integer({min: 0, max: 2}), fc.constantFrom(['万', 4] as const, ['亿', 8] as const), (n, places, [scale, exponent]) => {
        const literal = (n / 10 ** places).toFixed(places)
        expect(parseNumber(literal + scale)).toBe(Number(`${literal}e${exponent}`))
      }),
      {numRuns: 2000}
    )
  })
})
