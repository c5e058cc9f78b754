import {describe, expect, it} from 'vitest'
import {rankWithinGroup} from '../../../src/check/rules/rank-within-group.js'
import {run} from '../helpers.js'

describe('rank-within-group', () => {
  it.each([
    {rank: 2, verdict: 'consistent', message: '一般公共预算收入 第2位 among 25 (全省): 1 ≤ 2 ≤ 25'},
    {rank: 25, verdict: 'consistent', message: '一般公共预算收入 第25位 among 25 (全省): 1 ≤ 25 ≤ 25'},
    {rank: 30, verdict: 'inconsistent', message: '一般公共预算收入 第30位 among 25 (全省): rank 30 is outside 1–25'}
  ])('第$rank位 of 25: $verdict', ({rank, verdict, message}) => {
    const text = `一般公共预算收入25.3亿元,在全省25个市辖区中排名第${rank}位。`
    const checks = run(rankWithinGroup, text, [
      {text: `第${rank}位`, kind: 'rank', value: rank, group: 25, scope: '全省', subject: '一般公共预算收入'}
    ])
    expect(checks).toEqual([{rule: 'rank-within-group', verdict, facts: ['f1'], message, expected: 25, actual: rank}])
  })

  it('finds the group in the text when the extractor left it out', () => {
    const text = '一般公共预算收入3.6亿元,在全市13个县(市、区)中排名第15位。'
    const checks = run(rankWithinGroup, text, [{text: '第15位', kind: 'rank', value: 15, subject: '一般公共预算收入'}])
    expect(checks).toMatchObject([{verdict: 'inconsistent', expected: 13}])
  })

  it('reads Chinese numerals and includes a count fact for the group', () => {
    const text = '在二十五个市辖区中位列第三。'
    const checks = run(rankWithinGroup, text, [
      {text: '二十五个', kind: 'count', value: 25, unit: '个', subject: '市辖区'},
      {text: '第三', kind: 'rank', value: 3}
    ])
    expect(checks).toMatchObject([{verdict: 'consistent', facts: ['f2', 'f1']}])
  })

  it('checks English ranks', () => {
    const text = 'Revenue ranked 30th among the 25 municipal districts in the province.'
    const checks = run(rankWithinGroup, text, [{text: '30th', kind: 'rank', value: 30, subject: 'revenue'}])
    expect(checks).toMatchObject([{verdict: 'inconsistent', expected: 25}])
  })

  it('emits nothing for a rank without a group', () => {
    const text = 'GDP总量排名全省第11位;收入25.3亿元。'
    expect(run(rankWithinGroup, text, [{text: '第11位', kind: 'rank', value: 11, scope: '全省', subject: 'GDP总量'}])).toEqual([])
    const english = 'It ranked 2nd, with revenue of 25.3 billion yuan.'
    expect(run(rankWithinGroup, english, [{text: '2nd', kind: 'rank', value: 2}])).toEqual([])
  })
})
