import {readFileSync} from 'node:fs'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {memoryIo, root} from '../helpers.js'

const schema = JSON.parse(readFileSync(path.join(root, 'schema', 'record.schema.json'), 'utf8')) as Record<string, unknown>
const validate = new Ajv2020.default({allErrors: true, strict: true, allowUnionTypes: true}).compile(schema)

/** Every property the schema names, with its path, wherever it is defined. */
function properties(node: unknown, where = ''): Array<[string, Record<string, unknown>]> {
  if (Array.isArray(node)) return node.flatMap((item, index) => properties(item, `${where}[${index}]`))
  if (typeof node !== 'object' || node === null) return []
  const found: Array<[string, Record<string, unknown>]> = []
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties') for (const [name, property] of Object.entries(value as object)) found.push([`${where}.${name}`, property as Record<string, unknown>])
    found.push(...properties(value, `${where}/${key}`))
  }
  return found
}

describe('the record schema', () => {
  it('describes every field, and says which unit offsets count', () => {
    const undescribed = properties(schema).filter(([, property]) => typeof property.description !== 'string').map(([where]) => where)
    expect(undescribed).toEqual([])
    expect(properties(schema).map(([where]) => where)).toEqual(expect.arrayContaining(['/$defs/factFields.sentence', '/$defs/factFields.group', '/$defs/factFields.scope', '/$defs/article.tokens', '/$defs/article.meta']))
    expect(((schema.$defs as Record<string, {description?: string}>).span!.description)).toMatch(/UTF-16 code units .* code points/)
  })

  it('validates records with tokens, meta and code point offsets', async () => {
    const io = memoryIo('{"id":"a","url":"https://example.org/a","text":"😀一般公共预算收入25.3亿元。"}\n')
    expect(await execute(['extract', '--jobs', '0', '--tokens', '--offsets', 'codepoint', '-'], io)).toBe(0)
    const record = JSON.parse(io.out()) as {tokens: unknown[]; meta: unknown}
    expect(record.tokens.length).toBeGreaterThan(3)
    expect(record.meta).toEqual({url: 'https://example.org/a'})
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true)
  })
})
