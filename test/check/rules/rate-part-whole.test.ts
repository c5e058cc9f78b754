import {describe, expect, it} from 'vitest'
import {ratePartWhole} from '../../../src/check/rules/rate-part-whole.js'
import {run, type FactSpec} from '../helpers.js'

const projects = (rate: number, part = 88, whole = 111): {text: string; facts: FactSpec[]} => ({
  text: `确定了${whole}个重点项目。目前已有${part}个项目开复工,开复工率达到了${rate}%。`,
  facts: [
    {text: `${whole}个`, kind: 'count', value: whole, unit: '个', subject: '重点项目'},
    {text: `${part}个`, kind: 'count', value: part, unit: '个', subject: '项目'},
    {text: `${rate}%`, kind: 'percent', value: rate, unit: '%', subject: '开复工率'}
  ]
})

describe('rate-part-whole', () => {
  it.each([
    {name: 'rate within stated precision', rate: 79, verdict: 'consistent', message: '开复工率: 88 / 111 = 79.3%, within 79% ± 0.5 (stated precision)'},
    {name: 'rate at the edge of its precision', rate: 79.3, verdict: 'consistent', message: '88 / 111 = 79.28%, within 79.3% ± 0.05 (stated precision)'},
    {name: 'rate off by more than rounding', rate: 85, verdict: 'inconsistent', message: '88 / 111 = 79.3%, not within 85% ± 0.5 (stated precision)'},
    {name: 'rate one unit off', rate: 80, verdict: 'inconsistent', message: 'not within 80% ± 0.5'}
  ])('$name: $verdict', ({rate, verdict, message}) => {
    const {text, facts} = projects(rate)
    const checks = run(ratePartWhole, text, facts)
    expect(checks).toHaveLength(1)
    expect(checks[0]).toMatchObject({rule: 'rate-part-whole', verdict, facts: ['f3', 'f2', 'f1'], actual: rate})
    expect(checks[0]!.message).toContain(message)
  })

  it('reports the implied whole as unverifiable when no whole is stated', () => {
    const text = '在手续办理上,办结项目手续139项,办结率达到了75%。'
    const checks = run(ratePartWhole, text, [
      {text: '139项', kind: 'count', value: 139, unit: '项', subject: '项目手续'},
      {text: '75%', kind: 'percent', value: 75, unit: '%', subject: '办结率'}
    ])
    expect(checks).toEqual([
      {
        rule: 'rate-part-whole',
        verdict: 'unverifiable',
        facts: ['f2', 'f1'],
        message: '办结率: 139 / 75% = 185.3, about 185 项目手续 in all (184.1–186.6 for 75% ± 0.5 (stated precision)); the article states no total to check it against',
        expected: 185.3,
        actual: 75
      }
    ])
  })

  it('uses a whole stated after the rate when it is the only candidate', () => {
    const text = '办结项目手续139项,办结率达到了75%。全年需办理项目手续185项。'
    const checks = run(ratePartWhole, text, [
      {text: '139项', kind: 'count', value: 139, unit: '项', subject: '项目手续'},
      {text: '75%', kind: 'percent', value: 75, unit: '%', subject: '办结率'},
      {text: '185项', kind: 'count', value: 185, unit: '项', subject: '项目手续'}
    ])
    expect(checks[0]).toMatchObject({verdict: 'consistent', facts: ['f2', 'f1', 'f3']})
  })

  it('reads `占全部111个项目的79%` as part, whole and rate', () => {
    const text = '88个项目开复工,占全部111个项目的79%。'
    const checks = run(ratePartWhole, text, [
      {text: '88个', kind: 'count', value: 88, unit: '个', subject: '项目'},
      {text: '111个', kind: 'count', value: 111, unit: '个', subject: '项目'},
      {text: '79%', kind: 'percent', value: 79, unit: '%', subject: null}
    ])
    expect(checks[0]).toMatchObject({verdict: 'consistent', facts: ['f3', 'f1', 'f2']})
  })

  it('handles approximate parts as ranges', () => {
    const text = '全区有市场主体10000户,其中新增2700余户,占比27%。'
    const checks = run(ratePartWhole, text, [
      {text: '10000户', kind: 'count', value: 10000, unit: '户', subject: '市场主体'},
      {text: '2700余户', kind: 'count', value: 2700, unit: '户', approx: 'more_than', subject: '市场主体'},
      {text: '27%', kind: 'percent', value: 27, unit: '%', subject: '占比'}
    ])
    expect(checks[0]).toMatchObject({verdict: 'consistent'})
    expect(checks[0]!.message).toContain('2700余户 / 10000 = 27–28%')
  })

  it('checks English articles', () => {
    const text = 'The district identified 111 key projects. So far 88 projects have started or resumed construction, a construction rate of 85%.'
    const checks = run(ratePartWhole, text, [
      {text: '111', kind: 'count', value: 111, subject: 'key projects'},
      {text: '88', kind: 'count', value: 88, subject: 'projects'},
      {text: '85%', kind: 'percent', value: 85, unit: '%', subject: 'construction rate'}
    ])
    expect(checks[0]).toMatchObject({verdict: 'inconsistent'})
    expect(checks[0]!.message).toContain('88 / 111 = 79.3%, not within 85% ± 0.5')
  })

  it.each([
    {
      name: 'a growth rate',
      text: '确定了111个重点项目。营业额88亿元,增长率79%。',
      facts: [
        {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
        {text: '88亿元', kind: 'amount', value: 8_800_000_000, unit: 'CNY', subject: '营业额'},
        {text: '79%', kind: 'percent', value: 79, unit: '%', subject: '增长率'}
      ]
    },
    {
      name: 'a rate whose action the sentence does not name',
      text: '确定了111个重点项目。目前已有88个项目签约,开复工率达到了79%。',
      facts: [
        {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
        {text: '88个', kind: 'count', value: 88, unit: '个', subject: '项目'},
        {text: '79%', kind: 'percent', value: 79, unit: '%', subject: '开复工率'}
      ]
    },
    {
      name: 'a rate in another sentence than the count',
      text: '目前已有88个项目开复工。开复工率达到了79%。',
      facts: [
        {text: '88个', kind: 'count', value: 88, unit: '个', subject: '项目'},
        {text: '79%', kind: 'percent', value: 79, unit: '%', subject: '开复工率'}
      ]
    },
    {
      name: 'a rate without a subject or link',
      text: '目前已有88个项目开复工,达到了79%。',
      facts: [
        {text: '88个', kind: 'count', value: 88, unit: '个', subject: '项目'},
        {text: '79%', kind: 'percent', value: 79, unit: '%', subject: null}
      ]
    }
  ] satisfies Array<{name: string; text: string; facts: FactSpec[]}>)('emits nothing for $name', ({text, facts}) => {
    expect(run(ratePartWhole, text, facts)).toEqual([])
  })

  it('does not pick between totals that disagree', () => {
    const text = '一期确定了100个重点项目。二期确定了111个重点项目。目前已有88个项目开复工,开复工率达到了79%。'
    const checks = run(ratePartWhole, text, [
      {text: '100个', kind: 'count', value: 100, unit: '个', subject: '重点项目'},
      {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
      {text: '88个', kind: 'count', value: 88, unit: '个', subject: '项目'},
      {text: '79%', kind: 'percent', value: 79, unit: '%', subject: '开复工率'}
    ])
    expect(checks).toHaveLength(1)
    expect(checks[0]).toMatchObject({verdict: 'unverifiable'})
    expect(checks[0]!.message).toContain('totals that differ')
  })

  it('passes over a last-year or cumulative total for this period\'s part', () => {
    const text = '去年确定了100个重点项目,今年确定了111个重点项目。目前已有88个项目开复工,开复工率达到了79%。'
    const checks = run(ratePartWhole, text, [
      {text: '100个', kind: 'count', value: 100, unit: '个', subject: '重点项目'},
      {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
      {text: '88个', kind: 'count', value: 88, unit: '个', subject: '项目'},
      {text: '79%', kind: 'percent', value: 79, unit: '%', subject: '开复工率'}
    ])
    expect(checks).toMatchObject([{verdict: 'consistent', facts: ['f4', 'f3', 'f2']}])
  })

  it('leaves parts beyond their whole, and bounded rates over 100%, to other rules', () => {
    expect(run(ratePartWhole, projects(79, 120).text, projects(79, 120).facts)).toEqual([])
    expect(run(ratePartWhole, projects(120).text, projects(120).facts)).toEqual([])
  })
})

describe('rate-part-whole in English phrasing', () => {
  it('reads `88 of the 111 projects, or 79%` as part, whole and rate', () => {
    const text = 'So far 88 of the 111 projects, or 85%, have started construction.'
    const checks = run(ratePartWhole, text, [
      {text: '88', kind: 'count', value: 88, unit: 'project', subject: 'projects'},
      {text: '111', kind: 'count', value: 111, unit: 'project', subject: 'projects'},
      {text: '85%', kind: 'percent', value: 85, unit: '%', subject: null}
    ])
    expect(checks).toMatchObject([{verdict: 'inconsistent', facts: ['f3', 'f1', 'f2']}])
  })

  it('finds the whole a share names after it: `32.5 percent of total exports`', () => {
    const text = 'Exports reached 101.85 billion yuan. Machinery exports were 61.24 billion yuan, accounting for 60.1 percent of exports.'
    const checks = run(ratePartWhole, text, [
      {text: '101.85 billion yuan', kind: 'amount', value: 101_850_000_000, unit: 'CNY', subject: 'exports'},
      {text: '61.24 billion yuan', kind: 'amount', value: 61_240_000_000, unit: 'CNY', subject: 'machinery exports'},
      {text: '60.1 percent', kind: 'percent', value: 60.1, unit: '%', subject: null}
    ])
    expect(checks).toMatchObject([{verdict: 'consistent', facts: ['f3', 'f2', 'f1']}])
  })
})
