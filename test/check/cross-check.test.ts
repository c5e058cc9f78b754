import {readFileSync} from 'node:fs'
import Ajv2020 from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {crossCheck} from '../../src/check/index.js'
import {SCHEMA_VERSION, type ArticleRecord} from '../../src/types.js'
import {editSeed, factsIn, seedFacts, seedPublishedAt, seedText, type Edit, type FactSpec} from './helpers.js'

/** An article record; its title names the place (the seed's), as a report's usually does. */
function record(id: string, text: string, facts: readonly FactSpec[], publishedAt: string | null = seedPublishedAt, lang = 'zh-Hans'): ArticleRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    type: 'article',
    id,
    lang,
    script: lang === 'en' ? 'Latn' : 'Hans',
    publishedAt,
    title: lang === 'en' ? 'Yaodu District budget' : '尧都区全力冲刺开门红',
    text,
    facts: factsIn(text, facts),
    checks: [],
    messages: []
  }
}

const seed = record('seed.txt', seedText, seedFacts)
const edited = (id: string, edits: Edit[]) => {
  const {text, facts} = editSeed(edits)
  return record(id, text, facts)
}

const english = (revenue: string, value: number) =>
  record(
    'english.txt',
    `Yaodu District: general public budget revenue was ${revenue} in 2022, ranking 2nd among the 25 municipal districts in the province.`,
    [
      {text: revenue, kind: 'amount', value, unit: 'CNY', subject: 'general public budget revenue'},
      {text: '2022', kind: 'date', value: '2022'},
      {text: '2nd', kind: 'rank', value: 2, group: 25, scope: '全省', subject: 'general public budget revenue'}
    ],
    '2023-02-21',
    'en'
  )

describe('crossCheck', () => {
  it('finds two articles reporting one metric differently, naming both sources and values', () => {
    const other = edited('other.txt', [{from: '一般公共预算收入25.3亿元', to: '一般公共预算收入26.3亿元', facts: [{match: '25.3亿元', set: {text: '26.3亿元', value: 2_630_000_000}}]}])
    const conflicts = crossCheck([seed, other])
    expect(conflicts).toHaveLength(1)
    const [conflict] = conflicts
    expect(conflict).toMatchObject({
      schemaVersion: 1,
      type: 'conflict',
      rule: 'cross-article',
      subject: '一般公共预算收入',
      sides: [
        {article: 'seed.txt', text: '25.3亿元', value: 2_530_000_000, unit: 'CNY'},
        {article: 'other.txt', text: '26.3亿元', value: 2_630_000_000, unit: 'CNY'}
      ]
    })
    expect(conflict!.message).toBe(
      '一般公共预算收入 (amount, 2022): seed.txt states 25.3亿元 (25.25亿元 to 25.35亿元), but other.txt states 26.3亿元 (26.25亿元 to 26.35亿元); the values differ beyond stated precision'
    )
    const sourceSpan = conflict!.sides[0]!.sourceSpan
    expect(seedText.slice(...sourceSpan)).toBe('25.3亿元')
  })

  it('emits records the output schema accepts', () => {
    const other = edited('other.txt', [{from: '排名第2位', to: '排名第3位', facts: [{match: '第2位', set: {text: '第3位', value: 3}}]}])
    const schema = JSON.parse(readFileSync(new URL('../../schema/record.schema.json', import.meta.url), 'utf8')) as object
    const validate = new Ajv2020.default({strict: false}).compile(schema)
    const conflicts = crossCheck([seed, other])
    expect(conflicts).toHaveLength(1)
    for (const conflict of conflicts) expect(validate(conflict), JSON.stringify(validate.errors)).toBe(true)
  })

  it('finds nothing between an article and an identical copy', () => {
    expect(crossCheck([seed, record('copy.txt', seedText, seedFacts)])).toEqual([])
  })

  it('treats the same value in other words and another language as agreement', () => {
    expect(crossCheck([seed, english('2.53 billion yuan', 2_530_000_000)])).toEqual([])
    expect(crossCheck([seed, english('253000万元', 2_530_000_000)])).toEqual([])
  })

  it('finds a conflict across languages', () => {
    const conflicts = crossCheck([seed, english('2.6 billion yuan', 2_600_000_000)])
    expect(conflicts.map((conflict) => conflict.sides.map((side) => side.text))).toEqual([['25.3亿元', '2.6 billion yuan']])
  })

  it('matches the values of a metric an article states several times before comparing', () => {
    // 总投资 is 593亿, 70亿 and 3.8亿 (three project sets) in the seed; only the changed one conflicts.
    const other = edited('other.txt', [{from: '总投资593亿元', to: '总投资600亿元', facts: [{match: '593亿元', set: {text: '600亿元', value: 60_000_000_000}}]}])
    const conflicts = crossCheck([seed, other])
    expect(conflicts.map((conflict) => [conflict.subject, ...conflict.sides.map((side) => side.text)])).toEqual([['总投资', '593亿元', '600亿元']])
  })

  it('compares articles that state a metric alike as one, naming the others on the conflict', () => {
    const revenue = (id: string, amount: string, value: number) =>
      record(id, `尧都区一般公共预算收入${amount}。`, [{text: amount, kind: 'amount', value, unit: 'CNY', subject: '一般公共预算收入'}], '2022-06-01')
    const alike = ['a.txt', 'b.txt', 'c.txt'].map((id) => revenue(id, '25.3亿元', 2_530_000_000))
    const different = [revenue('d.txt', '26.3亿元', 2_630_000_000), revenue('e.txt', '26.3亿元', 2_630_000_000)]
    const conflicts = crossCheck([...alike, ...different])
    expect(conflicts.map((conflict) => conflict.sides.map(({article, text, alsoStatedBy}) => ({article, text, alsoStatedBy})))).toEqual([
      [
        {article: 'a.txt', text: '25.3亿元', alsoStatedBy: ['b.txt', 'c.txt']},
        {article: 'd.txt', text: '26.3亿元', alsoStatedBy: ['e.txt']}
      ]
    ])
    expect(conflicts[0]!.message).toBe(
      '一般公共预算收入 (amount, 2022): a.txt (and 2 other articles) states 25.3亿元 (25.25亿元 to 25.35亿元), but d.txt (and 1 other article) states 26.3亿元 (26.25亿元 to 26.35亿元); the values differ beyond stated precision'
    )
    // One differing article against the rest: one conflict, and alone it carries no alsoStatedBy.
    expect(crossCheck([...alike, different[0]!])[0]!.sides[1]).not.toHaveProperty('alsoStatedBy')
  })

  it('does not guess when several values differ', () => {
    const a = record('a.txt', '总投资593亿元。另一批项目总投资70亿元。', [
      {text: '593亿元', kind: 'amount', value: 59_300_000_000, unit: 'CNY', subject: '总投资'},
      {text: '70亿元', kind: 'amount', value: 7_000_000_000, unit: 'CNY', subject: '总投资'}
    ])
    const b = record('b.txt', '总投资100亿元。', [{text: '100亿元', kind: 'amount', value: 10_000_000_000, unit: 'CNY', subject: '总投资'}])
    expect(crossCheck([a, b])).toEqual([])
  })

  it('keys by the seed\'s period: 2022, from the paragraph, though the sentence after `;` names no year', () => {
    const undated = record('undated.txt', '尧都区一般公共预算收入26.3亿元。尧都区经济向好。', [
      {text: '26.3亿元', kind: 'amount', value: 2_630_000_000, unit: 'CNY', subject: '一般公共预算收入'}
    ])
    // Published in 2023 and naming no year, this is 2023's revenue: no conflict with the seed's 2022.
    expect(crossCheck([seed, undated])).toEqual([])
    expect(crossCheck([seed, {...undated, publishedAt: '2022-12-30'}]).map((conflict) => conflict.message)).toEqual([
      '一般公共预算收入 (amount, 2022): seed.txt states 25.3亿元 (25.25亿元 to 25.35亿元), but undated.txt states 26.3亿元 (26.25亿元 to 26.35亿元); the values differ beyond stated precision'
    ])
  })

  it('agrees across units of scale and languages: 25.3亿元 = 2.53 billion yuan, not 25.3 billion yuan', () => {
    expect(crossCheck([seed, english('2.53 billion yuan', 2_530_000_000)])).toEqual([])
    expect(crossCheck([seed, english('2,530 million yuan', 2_530_000_000)])).toEqual([])
    expect(crossCheck([seed, english('25.3 billion yuan', 25_300_000_000)]).map((conflict) => conflict.message)).toEqual([
      '一般公共预算收入 (amount, 2022): seed.txt states 25.3亿元 (25.25亿元 to 25.35亿元), but english.txt states 25.3 billion yuan (25.25 billion yuan to 25.35 billion yuan); the values differ beyond stated precision'
    ])
  })

  it('keys by period: the nearest date in the sentence, else the publication year', () => {
    const a = record('a.txt', '2022年一般公共预算收入25.3亿元。', [
      {text: '2022年', kind: 'date', value: '2022'},
      {text: '25.3亿元', kind: 'amount', value: 2_530_000_000, unit: 'CNY', subject: '一般公共预算收入'}
    ])
    const b = record('b.txt', '2021年一般公共预算收入20亿元。', [
      {text: '2021年', kind: 'date', value: '2021'},
      {text: '20亿元', kind: 'amount', value: 2_000_000_000, unit: 'CNY', subject: '一般公共预算收入'}
    ])
    const c = record('c.txt', '一般公共预算收入20亿元。', [{text: '20亿元', kind: 'amount', value: 2_000_000_000, unit: 'CNY', subject: '一般公共预算收入'}], '2022-03-01')
    expect(crossCheck([a, b])).toEqual([])
    expect(crossCheck([a, c]).map((conflict) => conflict.sides.map((side) => side.article))).toEqual([['a.txt', 'c.txt']])
  })

  it('compares only articles about the same place', () => {
    const a = record('a.txt', '尧都区一般公共预算收入25.3亿元。尧都区经济向好。', [
      {text: '25.3亿元', kind: 'amount', value: 2_530_000_000, unit: 'CNY', subject: '一般公共预算收入'}
    ])
    const b = record('b.txt', '洪洞县一般公共预算收入12亿元。洪洞县经济向好。', [
      {text: '12亿元', kind: 'amount', value: 1_200_000_000, unit: 'CNY', subject: '一般公共预算收入'}
    ])
    expect(crossCheck([a, b])).toEqual([])
    // Without the text (as the CLI passes records) the title names the place; with neither, nothing is compared.
    expect(crossCheck([{...a, text: ''}, {...b, text: '', title: '尧都区要闻'}])).toHaveLength(1)
    expect(crossCheck([{...a, text: '', title: null}, {...b, text: '', title: null}])).toEqual([])
  })

  it('matches a place across scripts by its reading', () => {
    const yaodu = english('2.6 billion yuan', 2_600_000_000)
    expect(crossCheck([seed, {...yaodu, title: 'Hongtong County budget'}])).toEqual([])
    expect(crossCheck([seed, yaodu])).toHaveLength(1)
  })

  it('takes rounded values one apart in the last digit for different values, approximate ones for the same', () => {
    const growth = (id: string, text: string, value: number, approx: 'exact' | 'about' = 'exact') =>
      record(id, `营业额${text}。`, [{text, kind: 'change', value, unit: '%', direction: 'up', subject: '营业额', approx}])
    // 5% is 4.5 to under 5.5, and 5.5 is written 6%.
    expect(crossCheck([growth('a.txt', '增长5%', 5), growth('b.txt', '增长6%', 6)]).map((conflict) => conflict.message)).toEqual([
      '营业额 (change, 2023): a.txt states 增长5% (增长4.5% to 增长5.5%), but b.txt states 增长6% (增长5.5% to 增长6.5%); the values differ beyond stated precision'
    ])
    expect(crossCheck([growth('a.txt', '增长约5%', 5, 'about'), growth('b.txt', '增长约6%', 6, 'about')])).toEqual([])
  })

  it('compares changes with their direction', () => {
    const a = record('a.txt', '营业额增长14%。', [{text: '增长14%', kind: 'change', value: 14, unit: '%', direction: 'up', subject: '营业额'}])
    const b = record('b.txt', '营业额下降14%。', [{text: '下降14%', kind: 'change', value: 14, unit: '%', direction: 'down', subject: '营业额'}])
    expect(crossCheck([a, b])).toHaveLength(1)
  })

  it('ignores records of one article, non-articles and malformed facts', () => {
    const other = edited('seed.txt', [{from: '排名第2位', to: '排名第3位', facts: [{match: '第2位', set: {text: '第3位', value: 3}}]}])
    expect(crossCheck([seed, other])).toEqual([])
    const broken = {...seed, id: 'broken.txt', facts: [null, {id: 'f1', kind: 'amount', value: 'x', text: 'x', subject: 's'}]} as unknown as ArticleRecord
    expect(crossCheck([seed, broken, {type: 'error'} as unknown as ArticleRecord])).toEqual([])
    expect(crossCheck([])).toEqual([])
  })
})
