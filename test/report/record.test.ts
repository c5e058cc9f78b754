import {readFileSync} from 'node:fs'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {createNewsfacts} from '../../src/pipeline/index.js'
import {toCsvRows, toFactRecords} from '../../src/report/facts.js'
import {toChecksRecord} from '../../src/report/record.js'
import {formatRecord} from '../../src/report/text.js'
import type {ArticleRecord, OutputRecord} from '../../src/types.js'
import {root} from '../helpers.js'

const schema = JSON.parse(readFileSync(path.join(root, 'schema', 'record.schema.json'), 'utf8')) as object
const validate = new Ajv2020.default({allErrors: true, strict: true, allowUnionTypes: true}).compile(schema)

describe('toChecksRecord', () => {
  const record = createNewsfacts().processSync({id: 'a1', value: '111个重点项目中已有88个开复工,开复工率79%。'}).record
  if (record.type !== 'article') throw new Error(`not an article: ${JSON.stringify(record)}`)

  it('is the article\'s checks with a type and schema version', () => {
    const checks = toChecksRecord(record)
    expect(checks).toEqual({schemaVersion: 1, type: 'checks', id: 'a1', checks: record.checks})
    expect(checks.checks.map((check) => `${check.rule} ${check.verdict}`)).toContain('rate-part-whole consistent')
  })

  it('is a record kind the output schema knows, and only with its own fields', () => {
    expect(validate(toChecksRecord(record)), JSON.stringify(validate.errors)).toBe(true)
    // What `check --format json` wrote before it had a type.
    expect(validate({id: 'a1', checks: record.checks})).toBe(false)
    expect(validate({...toChecksRecord(record), facts: []})).toBe(false)
    expect(validate({...toChecksRecord(record), checks: [{rule: 'x', verdict: 'maybe', facts: [], message: 'm'}]})).toBe(false)
  })
})

describe('functions that take records', () => {
  const result = createNewsfacts().processSync({id: 'a1', value: '营业额增长14%。'})
  const got = '; got a result object with `record` (what processBatch yields and processSync returns): pass `result.record`'

  it('throw a TypeError naming the fix when given a {record, source} result', () => {
    const wrong = result as unknown as ArticleRecord
    const records = "expects records ({type: 'article', …}, as process() resolves to)"
    expect(() => toFactRecords(wrong)).toThrow(new TypeError(`toFactRecords ${records}${got}`))
    expect(() => toCsvRows(wrong)).toThrow(new TypeError(`toCsvRows ${records}${got}`))
    expect(() => formatRecord(wrong as OutputRecord, result.source)).toThrow(new TypeError(`formatRecord ${records}${got}`))
  })

  it('that take only articles say so for another record', () => {
    const error = createNewsfacts().processSync({id: 'blank', value: ''}).record as unknown as ArticleRecord
    expect(() => toFactRecords(error)).toThrow(new TypeError('toFactRecords expects an article record; got an `error` record'))
    expect(toFactRecords(result.record as ArticleRecord).map((fact) => fact.text)).toEqual(['增长14%'])
  })
})
