/**
 * The rules on the seed's facts as the issue lists them (hand-built, so
 * these run before the extractor exists), and on edited copies: each kind
 * of edit must be caught by exactly the rule meant for it.
 */
import {describe, expect, it} from 'vitest'
import {articleRules} from '../../src/check/index.js'
import type {Check} from '../../src/types.js'
import {contextFor, editSeed, factTexts, seedFacts, seedPublishedAt, seedText, type Edit, type FactSpec} from './helpers.js'

function checksOf(text: string, facts: readonly FactSpec[]): Check[] {
  return articleRules.flatMap((rule) => rule.run(contextFor(text, facts, {publishedAt: seedPublishedAt})))
}

describe('the seed as it arrived', () => {
  const context = contextFor(seedText, seedFacts, {publishedAt: seedPublishedAt})
  const checks = articleRules.flatMap((rule) => rule.run(context))
  const summary = checks.map((check) => `${check.rule} ${check.verdict} ${factTexts(context, check).join(',')}`)

  it('has no inconsistent check', () => {
    expect(checks.filter((check) => check.verdict === 'inconsistent')).toEqual([])
  })

  it('verifies what the seed states', () => {
    expect(summary).toEqual([
      'rate-part-whole unverifiable 75%,139项',
      'rate-part-whole consistent 79%,88个,111个',
      'rate-bounds consistent 75%',
      'rate-bounds consistent 79%',
      'part-within-whole consistent 88个,111个',
      'plan-within-total consistent 133亿元,593亿元',
      'rank-within-group consistent 第2位',
      'list-length consistent 三个,一是,二是,三是',
      'list-length consistent 五项',
      'relative-date consistent 去年12月',
      'duration-since consistent 两个多月,去年12月'
    ])
  })

  it('shows the 88 / 111 arithmetic', () => {
    const rate = checks.find((check) => check.rule === 'rate-part-whole' && check.verdict === 'consistent')!
    expect(rate.message).toContain('88 / 111 = 79.3%, within 79% ± 0.5 (stated precision)')
    expect(rate).toMatchObject({expected: 79.3, actual: 79})
  })

  it('gives the implied whole of 办结率 75%', () => {
    const implied = checks.find((check) => check.rule === 'rate-part-whole' && check.verdict === 'unverifiable')!
    expect(implied.message).toContain('139 / 75% = 185.3')
    expect(implied.expected).toBe(185.3)
  })

  it('shows the date arithmetic', () => {
    const duration = checks.find((check) => check.rule === 'duration-since')!
    expect(duration.message).toBe('去年12月 (2022-12) to publication (2023-02-20) is 1.6–2.7 months; 两个多月 is 2–3 months')
  })
})

const cases: Array<{name: string; edits: Edit[]; rule: string | null; verdict?: RegExp}> = [
  {
    name: 'a rate that no longer matches its part and whole',
    edits: [{from: '开复工率达到了79%', to: '开复工率达到了85%', facts: [{match: '79%', set: {text: '85%', value: 85}}]}],
    rule: 'rate-part-whole',
    verdict: /88 \/ 111 = 79\.3%, not within 85% ± 0\.5/u
  },
  {
    name: 'a rank beyond its group',
    edits: [{from: '排名第2位', to: '排名第30位', facts: [{match: '第2位', set: {text: '第30位', value: 30}}]}],
    rule: 'rank-within-group',
    verdict: /rank 30 is outside 1–25/u
  },
  {
    name: 'a yearly plan beyond its total',
    edits: [{from: '年度计划投资133亿元', to: '年度计划投资733亿元', facts: [{match: '133亿元', set: {text: '733亿元', value: 73_300_000_000}}]}],
    rule: 'plan-within-total',
    verdict: /733亿元 > 总投资 593亿元/u
  },
  {
    name: 'a list shorter than its count',
    edits: [{from: '督导推进五项机制', to: '督导推进四项机制', facts: [{match: '五项', set: {text: '四项', value: 4}}]}],
    rule: 'list-length',
    verdict: /announces 4, but the list before it .* lists 5/u
  },
  {
    name: 'enumerated points fewer than announced',
    edits: [{from: '三个方面的措施', to: '四个方面的措施', facts: [{match: '三个', near: '三个方面', set: {text: '四个', near: '四个方面', value: 4}}]}],
    rule: 'list-length',
    verdict: /announces 4, but 一是…三是 lists 3/u
  },
  {
    name: 'a figure repeated with another value',
    edits: [
      {
        from: '率先实现了经济新跨越。',
        to: '率先实现了经济新跨越。全年一般公共预算收入达到26亿元。',
        add: [{before: '111个', fact: {text: '26亿元', kind: 'amount', value: 2_600_000_000, unit: 'CNY', subject: '一般公共预算收入'}}]
      }
    ],
    // Two body statements that disagree are unverifiable (real releases restate subjects for unmarked scopes).
    rule: null
  },
  {
    name: 'a rate repeated with another value',
    edits: [
      {
        from: '高质量发展的活力持续增强。',
        to: '高质量发展的活力持续增强。截至目前,开复工率为85%。',
        add: [{fact: {text: '85%', kind: 'percent', value: 85, unit: '%', subject: '开复工率'}}]
      }
    ],
    rule: null
  },
  {
    name: 'a part beyond its whole',
    edits: [{from: '已有88个项目', to: '已有120个项目', facts: [{match: '88个', set: {text: '120个', value: 120}}]}],
    rule: 'part-within-whole',
    verdict: /120个 项目 > 111个 重点项目/u
  },
  {
    name: 'a completion rate over 100%',
    edits: [{from: '办结率达到了75%', to: '办结率达到了105%', facts: [{match: '75%', set: {text: '105%', value: 105}}]}],
    rule: 'rate-bounds'
  },
  {
    name: 'a duration that does not fit its start and the publication date',
    edits: [{from: '两个多月以来', to: '五个多月以来', facts: [{match: '两个多月', set: {text: '五个多月', value: 5}}]}],
    rule: 'duration-since'
  },
  {
    name: 'a start date that does not fit the duration',
    edits: [{from: '从去年12月开始', to: '从去年6月开始', facts: [{match: '去年12月', set: {text: '去年6月', value: '2022-06', relative: '去年6月'}}]}],
    rule: 'duration-since'
  },
  {
    name: 'a total that the listed parts do not make',
    edits: [
      {
        from: '规上工业企业11家,',
        to: '规上工业企业11家,共计90家,',
        add: [{before: '第11位', fact: {text: '90家', kind: 'count', value: 90, unit: '家', subject: '企业'}}]
      }
    ],
    rule: 'sum-of-parts',
    verdict: /65 \+ 9 \+ 11 = 85家 < 90/u
  },
  {
    name: 'a stated total the parts do make',
    edits: [
      {
        from: '规上工业企业11家,',
        to: '规上工业企业11家,共计85家,',
        add: [{before: '第11位', fact: {text: '85家', kind: 'count', value: 85, unit: '家', subject: '企业'}}]
      }
    ],
    rule: null
  },
  {
    name: 'the implied whole stated and matching',
    edits: [
      {
        from: '并联审批,办结项目手续139项',
        to: '并联审批,全年需办理项目手续185项,办结项目手续139项',
        add: [{before: '139项', fact: {text: '185项', kind: 'count', value: 185, unit: '项', subject: '项目手续'}}]
      }
    ],
    rule: null
  },
  {
    name: 'the implied whole stated and not matching',
    edits: [
      {
        from: '并联审批,办结项目手续139项',
        to: '并联审批,全年需办理项目手续200项,办结项目手续139项',
        add: [{before: '139项', fact: {text: '200项', kind: 'count', value: 200, unit: '项', subject: '项目手续'}}]
      }
    ],
    rule: 'rate-part-whole',
    verdict: /139 \/ 200 = 69\.5%, not within 75% ± 0\.5/u
  }
]

describe('edits to the seed', () => {
  it.each(cases)('$name: caught by $rule alone', ({edits, rule, verdict}) => {
    const {text, facts} = editSeed(edits)
    const inconsistent = checksOf(text, facts).filter((check) => check.verdict === 'inconsistent')
    expect(inconsistent.map((check) => check.rule)).toEqual(rule ? [rule] : [])
    if (verdict) expect(inconsistent[0]?.message).toMatch(verdict)
  })

  it('checks the implied whole once it is stated', () => {
    const {text, facts} = editSeed(cases.find((c) => c.name === 'the implied whole stated and matching')!.edits)
    const rate = checksOf(text, facts).find((check) => check.rule === 'rate-part-whole' && check.facts.includes('f25'))
    expect(rate).toMatchObject({verdict: 'consistent'})
    expect(rate?.message).toContain('139 / 185 = 75.1%, within 75% ± 0.5 (stated precision)')
  })
})
