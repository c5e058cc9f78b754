import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {toSimplified} from '../../src/convert/index.js'
import {createNewsfacts} from '../../src/pipeline/index.js'
import {readInputs} from '../../src/input/index.js'
import {decodeHtmlEntities, decodeJsonEscapes, normalizeFullWidth, removeZeroWidth} from '../../src/repair/index.js'
import type {ArticleRecord} from '../../src/types.js'
import {root, seedPath} from '../helpers.js'

const newsfacts = createNewsfacts()
const annotation = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)/gu

function processSeed() {
  const bytes = readFileSync(seedPath)
  return newsfacts.processSync({id: 'seed', path: seedPath, value: new Uint8Array(bytes)})
}

describe('the seed, end to end', () => {
  const {record, source} = processSeed()
  if (record.type !== 'article') throw new Error(`seed failed: ${JSON.stringify(record)}`)

  it('comes out repaired and Simplified', () => {
    expect(record.lang).toBe('zh-Hant')
    expect(record.publishedAt).toBe('2023-02-20')
    expect(record.title).toBe('尧都区委副书记、区长任俊杰:贯彻落实“三个文件” 全力冲刺开门红')
    expect(record.text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)/u)
    // Nothing Traditional is left: converting again changes nothing.
    expect(toSimplified(record.text, 't').text).toBe(record.text)
    expect(record.text).toContain('乡村e镇')
    expect(record.text).toContain('提前着手')
    expect(record.text).toContain('一般公共预算收入25.3亿元,在全省25个市辖区中排名第2位')
  })

  it('has its Arabic-numeral facts with exact values, spans and source spans', () => {
    const pick = (text: string) => {
      const fact = record.facts.find((candidate) => candidate.text === text)
      if (!fact) throw new Error(`no fact ${text}`)
      return {kind: fact.kind, value: fact.value, unit: fact.unit, approx: fact.approx, subject: fact.subject, source: source.slice(...fact.sourceSpan), here: record.text.slice(...fact.span)}
    }
    expect(pick('25.3亿元')).toEqual({kind: 'amount', value: 2530000000, unit: 'CNY', approx: 'exact', subject: '一般公共预算收入', source: '25.3億元', here: '25.3亿元'})
    expect(pick('593亿元')).toEqual({kind: 'amount', value: 59300000000, unit: 'CNY', approx: 'exact', subject: '总投资', source: '593億元', here: '593亿元'})
    expect(pick('133亿元')).toEqual({kind: 'amount', value: 13300000000, unit: 'CNY', approx: 'exact', subject: '年度计划投资', source: '133億元', here: '133亿元'})
    expect(pick('增长14%')).toEqual({kind: 'change', value: 14, unit: '%', approx: 'exact', subject: '营业额', source: '增長14%', here: '增长14%'})
    expect(pick('79%')).toEqual({kind: 'percent', value: 79, unit: '%', approx: 'exact', subject: '开复工率', source: '79%', here: '79%'})
    expect(pick('增加2700余户')).toEqual({kind: 'change', value: 2700, unit: '户', approx: 'more_than', subject: '市场主体', source: '增加2700余戶', here: '增加2700余户'})
    expect(pick('去年12月')).toMatchObject({kind: 'date', value: '2022-12'})
  })

  it('reports the repair where it happened and no inconsistency', () => {
    const repair = record.messages.find((message) => message.ruleId === 'pinyin-annotation')
    expect(repair?.reason).toBe('Removed 194 pinyin annotations left by a mirror site\'s Traditional conversion')
    expect(repair?.place?.start).toEqual({line: 1, column: 4, offset: 3})
    expect(record.checks.filter((check) => check.verdict === 'inconsistent')).toEqual([])
    expect(record.checks.find((check) => check.rule === 'rate-part-whole' && check.verdict === 'consistent')?.message).toBe(
      '开复工率: 88 / 111 = 79.3%, within 79% ± 0.5 (stated precision)'
    )
  })
})

describe('every fact of the corpus', () => {
  it('leads back to its text: repairing and converting the original slice gives the fact', async () => {
    const records: Array<{record: ArticleRecord; source: string}> = []
    for await (const input of readInputs([path.join(root, 'corpus', 'articles')])) {
      if (!('value' in input)) throw new Error(`unreadable corpus input ${input.id}`)
      const {record, source} = newsfacts.processSync(input)
      if (record.type === 'article') records.push({record, source})
    }
    expect(records.length).toBeGreaterThanOrEqual(20)
    let checked = 0
    for (const {record, source} of records) {
      if (!record.lang.startsWith('zh')) continue
      for (const fact of record.facts) {
        const original = source.slice(...fact.sourceSpan)
        const repaired = [decodeJsonEscapes, decodeHtmlEntities, removeZeroWidth, normalizeFullWidth].reduce((text, fix) => fix(text).text, original).replace(annotation, '')
        expect(toSimplified(repaired, 't').text, `${record.id} ${fact.id}`).toBe(fact.text)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(400)
  })
})
