import {describe, expect, it} from 'vitest'
import {crossCheck, CrossChecker} from '../../src/check/index.js'
import {createNewsfacts} from '../../src/pipeline/index.js'
import type {OutputRecord} from '../../src/types.js'

const newsfacts = createNewsfacts()
const a = newsfacts.processSync({id: 'a.txt', value: '尧都区2022年一般公共预算收入25.3亿元，同比增长14%。尧都区经济持续向好。'})
const b = newsfacts.processSync({id: 'b.txt', value: '尧都区2022年一般公共预算收入26.3亿元。尧都区将继续推进改革。'})
const expected = "expects records ({type: 'article', …}, as process() resolves to); got"

describe('crossCheck and CrossChecker.add take records', () => {
  it('compare the records of processed articles, skipping error records', () => {
    const blank = newsfacts.processSync({id: 'blank', value: ''}).record
    expect(crossCheck([a.record, blank, b.record]).map((conflict) => conflict.sides.map((side) => side.article))).toEqual([['a.txt', 'b.txt']])
  })

  it('throw a TypeError naming the fix when given the {record, source} results of processBatch or processSync', () => {
    const results = [a, b] as unknown as OutputRecord[]
    const message = `${expected} a result object with \`record\` (what processBatch yields and processSync returns): pass \`result.record\``
    expect(() => crossCheck(results)).toThrow(new TypeError(`crossCheck ${message}`))
    expect(() => new CrossChecker().add(results[0]!)).toThrow(new TypeError(`CrossChecker.add ${message}`))
  })

  it('throw a TypeError for anything else that is not a record', () => {
    expect(() => crossCheck([null as unknown as OutputRecord])).toThrow(new TypeError(`crossCheck ${expected} null`))
    expect(() => crossCheck([{id: 'a', facts: []} as unknown as OutputRecord])).toThrow(new TypeError(`crossCheck ${expected} an object without a record \`type\``))
    expect(() => crossCheck([{type: 'checks', id: 'a', checks: []} as unknown as OutputRecord])).toThrow(new TypeError(`crossCheck ${expected} a \`checks\` record`))
    expect(() => crossCheck(['a.txt' as unknown as OutputRecord])).toThrow(new TypeError(`crossCheck ${expected} a string`))
  })
})
