import {readFileSync} from 'node:fs'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {memoryIo, root} from '../helpers.js'

const schema = JSON.parse(readFileSync(path.join(root, 'schema', 'record.schema.json'), 'utf8')) as object
const validate = new Ajv2020.default({allErrors: true, strict: true, allowUnionTypes: true}).compile(schema)

describe('newsfacts check --format json', () => {
  it('writes schema-valid records: a checks record per article, then the conflicts', async () => {
    const io = memoryIo()
    const code = await execute(['check', '--format', 'json', '--jobs', '0', 'test/fixtures/readme'], io)
    const records = io.out().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true)
    expect(records.map((record) => `${String(record.type)} ${String(record.id ?? record.rule)}`)).toEqual([
      'checks test/fixtures/readme/a.txt',
      'checks test/fixtures/readme/b.txt',
      'checks test/fixtures/readme/c.txt',
      'conflict cross-article'
    ])
    expect(records[0]).toEqual({schemaVersion: 1, type: 'checks', id: 'test/fixtures/readme/a.txt', checks: []})
    // The conflict is the finding: check exits 1.
    expect(code).toBe(1)
  })
})
