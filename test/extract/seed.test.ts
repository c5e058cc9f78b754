/**
 * The seed end to end: the exact list of facts, with spans into the
 * normalized text and source spans into the garbled original.
 */
import {describe, expect, it} from 'vitest'
import type {Fact} from '../../src/types.js'
import {normalizeSource, seedFile, seedSource} from './helpers.js'

type Expected = Omit<Fact, 'id' | 'sourceSpan' | 'sentence'>

/**
 * Decisions behind this list: `三个文件` and `一清单两方案` are policy names in
 * quotes, not facts; `一批` is an article, not a count of one; `2023年` is a
 * date like the issue's `2022年`; `年内` (within the year) is optional in the
 * gold guide and not given, as its year is the article's as often as the
 * publication's; `日前` names no day and is not; the dateline is one date,
 * without its time of day;
 * `25个市辖区` is the group of the rank after it, not a count.
 */
const expected: Expected[] = [
  {text: '2023-02-20', kind: 'date', value: '2023-02-20', unit: null, approx: 'exact', span: [34, 44], subject: null},
  {text: '去年12月', kind: 'date', value: '2022-12', unit: null, approx: 'exact', span: [89, 94], subject: null, relative: '去年12月', resolved: true},
  {text: '2023年', kind: 'date', value: '2023', unit: null, approx: 'exact', span: [134, 139], subject: null},
  {text: '两个多月', kind: 'duration', value: 2, unit: 'month', approx: 'more_than', span: [187, 191], subject: null},
  {text: '三个', kind: 'count', value: 3, unit: '个', approx: 'exact', span: [235, 237], subject: '措施'},
  {text: '一是', kind: 'ordinal', value: 1, unit: null, approx: 'exact', span: [243, 245], subject: null},
  {text: '二是', kind: 'ordinal', value: 2, unit: null, approx: 'exact', span: [308, 310], subject: null},
  {text: '10方面', kind: 'count', value: 10, unit: '方面', approx: 'exact', span: [349, 353], subject: '重点工作'},
  {text: '53项', kind: 'count', value: 53, unit: '项', approx: 'exact', span: [353, 356], subject: '重点工作'},
  {text: '27个', kind: 'count', value: 27, unit: '个', approx: 'exact', span: [361, 364], subject: '专项行动'},
  {text: '三是', kind: 'ordinal', value: 3, unit: null, approx: 'exact', span: [427, 429], subject: null},
  {text: '五项', kind: 'count', value: 5, unit: '项', approx: 'exact', span: [466, 468], subject: '机制'},
  {text: '2022年', kind: 'date', value: '2022', unit: null, approx: 'exact', span: [481, 486], subject: null},
  {text: '65家', kind: 'count', value: 65, unit: '家', approx: 'exact', span: [498, 501], subject: '限上贸易企业'},
  {text: '9家', kind: 'count', value: 9, unit: '家', approx: 'exact', span: [507, 509], subject: '规上服务业'},
  {text: '11家', kind: 'count', value: 11, unit: '家', approx: 'exact', span: [516, 519], subject: '规上工业企业'},
  {text: '排名全省第11位', kind: 'rank', value: 11, unit: null, approx: 'exact', span: [536, 544], subject: 'GDP总量', scope: '全省'},
  {text: '25.3亿元', kind: 'amount', value: 2530000000, unit: 'CNY', approx: 'exact', span: [553, 559], subject: '一般公共预算收入'},
  {text: '在全省25个市辖区中排名第2位', kind: 'rank', value: 2, unit: null, approx: 'exact', span: [560, 575], subject: '一般公共预算收入', group: 25, scope: '市辖区'},
  {text: '111个', kind: 'count', value: 111, unit: '个', approx: 'exact', span: [612, 616], subject: '重点项目'},
  {text: '593亿元', kind: 'amount', value: 59300000000, unit: 'CNY', approx: 'exact', span: [624, 629], subject: '总投资'},
  {text: '133亿元', kind: 'amount', value: 13300000000, unit: 'CNY', approx: 'exact', span: [636, 641], subject: '年度计划投资'},
  {text: '139项', kind: 'count', value: 139, unit: '项', approx: 'exact', span: [665, 669], subject: '项目手续'},
  {text: '75%', kind: 'percent', value: 75, unit: '%', approx: 'exact', span: [676, 679], subject: '办结率'},
  {text: '88个', kind: 'count', value: 88, unit: '个', approx: 'exact', span: [729, 732], subject: '项目'},
  {text: '79%', kind: 'percent', value: 79, unit: '%', approx: 'exact', span: [745, 748], subject: '开复工率'},
  {text: '27个', kind: 'count', value: 27, unit: '个', approx: 'exact', span: [762, 765], subject: '专班'},
  {text: '增长14%', kind: 'change', value: 14, unit: '%', approx: 'exact', span: [854, 859], subject: '营业额', direction: 'up'},
  {text: '增长130%', kind: 'change', value: 130, unit: '%', approx: 'exact', span: [866, 872], subject: '文旅消费人数', direction: 'up'},
  {text: '增加2700余户', kind: 'change', value: 2700, unit: '户', approx: 'more_than', span: [885, 893], subject: '市场主体', direction: 'up'},
  {text: '70亿元', kind: 'amount', value: 7000000000, unit: 'CNY', approx: 'exact', span: [970, 974], subject: '总投资'},
  {text: '10个', kind: 'count', value: 10, unit: '个', approx: 'exact', span: [975, 978], subject: '重点项目'},
  {text: '3.8亿元', kind: 'amount', value: 380000000, unit: 'CNY', approx: 'exact', span: [1004, 1009], subject: '总投资'},
  {text: '三个', kind: 'count', value: 3, unit: '个', approx: 'exact', span: [1010, 1012], subject: '立交'},
  {text: '两个', kind: 'count', value: 2, unit: '个', approx: 'exact', span: [1015, 1017], subject: '天桥'},
]

describe('the seed', () => {
  const file = seedFile()
  const facts = file.data.facts ?? []

  it('gives exactly the expected facts, in text order', () => {
    expect(facts.map(({id, sourceSpan, sentence, ...fact}) => fact)).toEqual(expected)
  })

  it('numbers the facts f1, f2, … in text order', () => {
    expect(facts.map((fact) => fact.id)).toEqual(expected.map((_, index) => `f${index + 1}`))
  })

  it('gives text that is the normalized text of the span', () => {
    for (const fact of facts) expect(file.data.text!.slice(...fact.span)).toBe(fact.text)
  })

  it('gives source spans into the original, garbled text', () => {
    for (const fact of facts) expect(normalizeSource(seedSource.slice(...fact.sourceSpan)), fact.text).toBe(fact.text)
    const revenue = facts.find((fact) => fact.text === '25.3亿元')!
    expect(seedSource.slice(...revenue.sourceSpan)).toBe('25.3億元')
    const change = facts.find((fact) => fact.text === '增加2700余户')!
    expect(seedSource.slice(...change.sourceSpan)).toBe('增加2700余戶')
  })

  it('gives each fact its sentence', () => {
    for (const fact of facts) {
      expect(fact.sentence).toBeDefined()
      expect(fact.sentence![0]).toBeLessThanOrEqual(fact.span[0])
      expect(fact.sentence![1]).toBeGreaterThanOrEqual(fact.span[1])
    }
    const rank = facts.find((fact) => fact.kind === 'rank' && fact.group === 25)!
    expect(file.data.text!.slice(...rank.sentence!)).toBe('一般公共预算收入25.3亿元,在全省25个市辖区中排名第2位,率先实现了经济新跨越。')
  })

  it('extracts nothing from the quoted policy names, 一批 or the dateline time', () => {
    const text = file.data.text!
    const quoted = [...text.matchAll(/“[^”]*”/gu)].map((match): [number, number] => [match.index, match.index + match[0].length])
    expect(quoted.length).toBeGreaterThan(3)
    for (const fact of facts) {
      for (const [start, end] of quoted) expect(fact.span[1] <= start || fact.span[0] >= end, fact.text).toBe(true)
    }
    expect(facts.filter((fact) => ['08', '58', '54', '一批'].includes(fact.text))).toEqual([])
  })
})
