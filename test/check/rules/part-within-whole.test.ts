import {describe, expect, it} from 'vitest'
import {partWithinWhole} from '../../../src/check/rules/part-within-whole.js'
import {run, verdicts} from '../helpers.js'

describe('part-within-whole', () => {
  it.each([
    {part: 88, verdict: 'consistent', message: '88个 项目 ≤ 111个 重点项目'},
    {part: 111, verdict: 'consistent', message: '111个 项目 ≤ 111个 重点项目'},
    {part: 120, verdict: 'inconsistent', message: '120个 项目 > 111个 重点项目; a part cannot exceed its whole'}
  ])('a rate\'s part of $part against its whole: $verdict', ({part, verdict, message}) => {
    const text = `确定了111个重点项目。目前已有${part}个项目开复工,开复工率达到了79%。`
    const checks = run(partWithinWhole, text, [
      {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
      {text: `${part}个`, kind: 'count', value: part, unit: '个', subject: '项目'},
      {text: '79%', kind: 'percent', value: 79, unit: '%', subject: '开复工率'}
    ])
    expect(checks).toEqual([{rule: 'part-within-whole', verdict, facts: ['f2', 'f1'], message, expected: '≤ 111', actual: part}])
  })

  it('checks each part listed after 其中', () => {
    const text = '全县现有市场主体2.3万户,其中企业5600户、个体工商户2.5万户。'
    const checks = run(partWithinWhole, text, [
      {text: '2.3万户', kind: 'count', value: 23000, unit: '户', subject: '市场主体'},
      {text: '5600户', kind: 'count', value: 5600, unit: '户', subject: '企业'},
      {text: '2.5万户', kind: 'count', value: 25000, unit: '户', subject: '个体工商户'}
    ])
    expect(verdicts(checks)).toEqual(['consistent', 'inconsistent'])
    expect(checks[1]!.message).toBe('2.5万户 个体工商户 > 2.3万户 市场主体; a part cannot exceed its whole')
  })

  it('checks English "of which" parts', () => {
    const text = 'The county has 23,000 market entities, of which 25,000 are individual businesses.'
    const checks = run(partWithinWhole, text, [
      {text: '23,000', kind: 'count', value: 23000, subject: 'market entities'},
      {text: '25,000', kind: 'count', value: 25000, subject: 'individual businesses'}
    ])
    expect(verdicts(checks)).toEqual(['inconsistent'])
  })

  it('emits nothing for numbers that are not part and whole', () => {
    const text = '确定了111个重点项目。为项目开复工扫清障碍,通过27个专班重点突破。'
    expect(
      run(partWithinWhole, text, [
        {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
        {text: '27个', kind: 'count', value: 27, unit: '个', subject: '专班'}
      ])
    ).toEqual([])
  })

  it('takes neither a sibling of an enumeration nor the remainder (其他地区) for a whole', () => {
    const text = '以前往亚洲地区为最多,计1,515万2,547人次(占91.04%),其次为欧洲地区53万7,777人次(占3.23%)、非洲地区1万6,649人次、其他地区3,398人次。'
    const checks = run(partWithinWhole, text, [
      {text: '1,515万2,547人次', kind: 'count', value: 15_152_547, unit: '人次', subject: '亚洲地区'},
      {text: '91.04%', kind: 'percent', value: 91.04, unit: '%', subject: '亚洲地区'},
      {text: '53万7,777人次', kind: 'count', value: 537_777, unit: '人次', subject: '欧洲地区'},
      {text: '3.23%', kind: 'percent', value: 3.23, unit: '%', subject: '欧洲地区'},
      {text: '1万6,649人次', kind: 'count', value: 16_649, unit: '人次', subject: '非洲地区'},
      {text: '3,398人次', kind: 'count', value: 3398, unit: '人次', subject: '地区'}
    ])
    expect(checks.filter((check) => check.verdict === 'inconsistent')).toEqual([])
  })
})
