/**
 * The whole pipeline on the seed: decode, repair, convert, segment, the
 * real extractor, then the checks. Edits are made to the raw input, so
 * they reach the rules only through the extractor.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {crossCheck} from '../../src/check/index.js'
import {createNewsfacts} from '../../src/index.js'
import type {ArticleRecord, Check} from '../../src/types.js'

const seedBytes = readFileSync(new URL('../../corpus/articles/000_a31ba222a182815c.txt', import.meta.url))
const seedRaw = seedBytes.toString('utf8')
const newsfacts = createNewsfacts()

async function processText(id: string, value: string | Uint8Array): Promise<ArticleRecord> {
  const record = await newsfacts.process({id, value})
  if (record.type !== 'article') throw new Error(`${id}: ${JSON.stringify(record)}`)
  return record
}

const inconsistentRules = (checks: readonly Check[]) => checks.filter((check) => check.verdict === 'inconsistent').map((check) => check.rule)

function edit(from: string, to: string): string {
  if (!seedRaw.includes(from)) throw new Error(`Edit: \`${from}\` not in the seed`)
  return seedRaw.replace(from, to)
}

describe('the seed through the whole pipeline', () => {
  it('has only consistent and unverifiable checks, and shows the 88 / 111 arithmetic', async () => {
    const record = await processText('seed', seedBytes)
    expect(inconsistentRules(record.checks)).toEqual([])
    expect(record.messages.filter((message) => message.source === 'check')).toEqual([])
    const rate = record.checks.find((check) => check.rule === 'rate-part-whole' && check.verdict === 'consistent')
    expect(rate?.message).toContain('88 / 111 = 79.3%, within 79% ± 0.5 (stated precision)')
    const implied = record.checks.find((check) => check.rule === 'rate-part-whole' && check.verdict === 'unverifiable')
    expect(implied?.message).toContain('139 / 75% = 185.3')
  })

  it.each([
    {name: 'a rate that no longer matches', from: '79%', to: '85%', rule: 'rate-part-whole'},
    {name: 'a rank beyond its group', from: '排名第2位', to: '排名第30位', rule: 'rank-within-group'},
    {name: 'a plan beyond its total', from: '133億元', to: '733億元', rule: 'plan-within-total'},
    {name: 'a wrong list length', from: '五項(xiàng)機(jī)制', to: '四項(xiàng)機(jī)制', rule: 'list-length'}
  ])('$name is caught by $rule alone', async ({from, to, rule}) => {
    const record = await processText('edited', edit(from, to))
    expect(inconsistentRules(record.checks)).toEqual([rule])
    const warnings = record.messages.filter((message) => message.source === 'check')
    expect(warnings.map((message) => message.ruleId)).toEqual([rule])
    expect(warnings[0]?.place).not.toBeNull()
  })

  it('calls a contradicting repeat in the body unverifiable, not inconsistent', async () => {
    const record = await processText('edited', edit('新跨越。', '新跨越。全年一般公共預算收入達到26億元。'))
    expect(inconsistentRules(record.checks)).toEqual([])
    expect(record.checks.filter((check) => check.rule === 'repeated-value' && check.verdict === 'unverifiable').map((check) => check.message)).toEqual([
      '一般公共预算收入 is stated as 26亿元 and, earlier, as 25.3亿元; the same metric, or another scope or period the text does not mark'
    ])
  })

  it('finds two articles disagreeing', async () => {
    const seed = await processText('seed', seedBytes)
    const other = await processText('other', edit('25.3億元', '26.3億元'))
    const conflicts = crossCheck([seed, other])
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]!.sides.map((side) => [side.article, side.text])).toEqual([
      ['seed', '25.3亿元'],
      ['other', '26.3亿元']
    ])
  })

  it('agrees with an English report of 2.53 billion yuan, and names both sources against 25.3 billion yuan', async () => {
    const seed = await processText('seed', seedBytes)
    const report = (revenue: string) =>
      processText(
        'english',
        `Yaodu District posts higher revenue\n\n2023-02-21 09:00:00 Source: Linfen Daily\n\nYaodu District's general public budget revenue reached ${revenue} in 2022, ranking second among the 25 municipal districts in the province, the Yaodu District government said.`
      )
    expect(crossCheck([seed, await report('2.53 billion yuan')])).toEqual([])
    expect(crossCheck([seed, await report('2,530 million yuan')])).toEqual([])
    const conflicts = crossCheck([seed, await report('25.3 billion yuan')])
    expect(conflicts.map((conflict) => conflict.message)).toEqual([
      '一般公共预算收入 (amount, 2022): seed states 25.3亿元 (25.25亿元 to 25.35亿元), but english states 25.3 billion yuan (25.25 billion yuan to 25.35 billion yuan); the values differ beyond stated precision'
    ])
    expect(conflicts[0]!.sides.map((side) => [side.article, side.text])).toEqual([
      ['seed', '25.3亿元'],
      ['english', '25.3 billion yuan']
    ])
  })
})
