import {describe, expect, it} from 'vitest'
import {inUnitsOf, intervalOf, rateInterval, sameStated} from '../../src/check/numbers.js'
import type {Fact} from '../../src/types.js'

const fact = (text: string, value: number, kind: Fact['kind'] = 'count', approx: Fact['approx'] = 'exact'): Fact => ({
  id: 'f1',
  kind,
  value,
  text,
  unit: null,
  approx,
  span: [0, text.length],
  sourceSpan: [0, text.length],
  subject: null
})

describe('a value in the units a fact is written in', () => {
  it.each([
    {text: '2856.4亿元', value: 285_640_000_000, to: 290_010_000_000, shown: '2900.1亿元'},
    {text: 'US$3.2 billion', value: 3_200_000_000, to: 2_940_000_000, shown: 'US$2.9 billion'},
    // Words before the numeral are not its unit.
    {text: '约为136亿美元', value: 13_600_000_000, to: 669_950_000_000, shown: '6699.5亿美元'}
  ])('$text: $shown', ({text, value, to, shown}) => {
    expect(inUnitsOf(to, fact(text, value, 'amount'), 1)).toBe(shown)
  })

  it('writes a count in 万 groups as the fact does, or gives none for a fraction', () => {
    expect(inUnitsOf(16_643_835, fact('1,515 万 2,547 人次', 15_152_547), 1)).toBe('1,664万3,835 人次')
    expect(inUnitsOf(32_000, fact('3万2,000人', 32_000), 0)).toBe('3万2,000人')
    expect(inUnitsOf(33_500, fact('3万2,000人', 32_000), 0)).toBe('3万3,500人')
    expect(inUnitsOf(16_643_834.6, fact('1,515 万 2,547 人次', 15_152_547), 1)).toBeNull()
  })
})

describe('stated precision', () => {
  it.each([
    {text: '25.3亿元', value: 2_530_000_000, kind: 'amount' as const, low: 2_525_000_000, high: 2_535_000_000},
    {text: '88个', value: 88, kind: 'count' as const, low: 88, high: 88},
    // A numeral in groups is as precise as its last group.
    {text: '3万2,748人', value: 32_748, kind: 'count' as const, low: 32_748, high: 32_748},
    {text: '5兆3,412亿元', value: 5_341_200_000_000, kind: 'amount' as const, low: 5_341_150_000_000, high: 5_341_250_000_000}
  ])('$text is $low to $high', ({text, value, kind, low, high}) => {
    expect(intervalOf(fact(text, value, kind))).toEqual({low, high})
  })

  it('widens `近` below by a step: 近六成 is 50% to 66%, 约六成 54% to 66%', () => {
    const near = rateInterval(fact('近六成', 0.6, 'ratio', 'about'))!
    const about = rateInterval(fact('约六成', 0.6, 'ratio', 'about'))!
    expect([near.low, near.high].map((n) => Math.round(n * 100) / 100)).toEqual([50, 66])
    expect([about.low, about.high].map((n) => Math.round(n * 100) / 100)).toEqual([54, 66])
  })

  it('takes rounded neighbours for different values, and a point inside a range for the same', () => {
    const five = {fact: fact('5%', 5, 'percent'), range: {low: 4.5, high: 5.5}}
    const six = {fact: fact('6%', 6, 'percent'), range: {low: 5.5, high: 6.5}}
    expect(sameStated(five, six)).toBe(false)
    expect(sameStated(five, {fact: fact('5.2%', 5.2, 'percent'), range: {low: 5.15, high: 5.25}})).toBe(true)
    expect(sameStated({...five, fact: fact('约5%', 5, 'percent', 'about')}, six)).toBe(true)
  })
})
