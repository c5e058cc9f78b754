import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createNewsfacts, type ArticleInput} from '../../src/pipeline/index.js'

const newsfacts = createNewsfacts()
const expected = 'newsfacts.process expects a string or an article {id: string, value: string | Uint8Array, path?, publishedAt?, title?, meta?, warnings?}'

describe('process and processSync', () => {
  it('reject (and throw) a TypeError for an argument that is not an article: a programmer error', async () => {
    await expect(newsfacts.process(null as unknown as string)).rejects.toThrow(new TypeError(`${expected}; got null`))
    await expect(newsfacts.process(42 as unknown as string)).rejects.toThrow(new TypeError(`${expected}; got the number 42`))
    await expect(newsfacts.process({id: 'a'} as ArticleInput)).rejects.toThrow(new TypeError(`${expected}; got \`value\` undefined`))
    await expect(newsfacts.process({id: 7, value: 'x'} as unknown as ArticleInput)).rejects.toThrow(new TypeError(`${expected}; got \`id\` the number 7`))
    await expect(newsfacts.process({id: 'a', value: 'x', title: 3} as unknown as ArticleInput)).rejects.toThrow(new TypeError(`${expected}; got \`title\` the number 3`))
    expect(() => newsfacts.processSync(undefined as unknown as string)).toThrow(new TypeError(`${expected}; got undefined`))
  })

  it('name an unknown input field, with the one it was probably meant to be', async () => {
    await expect(newsfacts.process({id: 'a', value: 'x', publishedat: '2023-01-01'} as unknown as ArticleInput)).rejects.toThrow(
      new TypeError('Unknown article field `publishedat`: did you mean `publishedAt`?')
    )
    await expect(newsfacts.process({id: 'a', text: '营业额增长14%'} as unknown as ArticleInput)).rejects.toThrow(
      new TypeError('Unknown article field `text`: known article fields are `id`, `value`, `path`, `publishedAt`, `title`, `meta`, `warnings`')
    )
  })

  it('resolve bad content to an error record naming the input, never a rejection', async () => {
    expect(await newsfacts.process({id: 'blank', value: '   '})).toEqual({
      schemaVersion: 1,
      type: 'error',
      id: 'blank',
      error: {code: 'empty', message: '`blank` holds only whitespace, no text'}
    })
    expect(await newsfacts.process({id: 'png', value: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])})).toMatchObject({
      type: 'error',
      id: 'png',
      error: {code: 'binary'}
    })
  })

  it('report what reading found wrong with an input (a repeated id) as warnings on its record, and refuse malformed ones', () => {
    const {record} = newsfacts.processSync({id: 'x', value: '收入增长5%。', warnings: [{ruleId: 'repeated-id', reason: 'The id `x` was already used by line 1 of `a.jsonl`'}]})
    expect('messages' in record && record.messages.find((message) => message.ruleId === 'repeated-id')).toMatchObject({
      source: 'input',
      reason: 'The id `x` was already used by line 1 of `a.jsonl`',
      fatal: false
    })
    expect(() => newsfacts.processSync({id: 'x', value: 'y', warnings: ['oops']} as unknown as ArticleInput)).toThrow(
      new TypeError(`${expected}; got \`warnings\` an array, not an array of {ruleId, reason}`)
    )
  })

  it('processSync returns {record, source, file}: the record, the original text and the vfile', () => {
    const result = newsfacts.processSync({id: 'a1', value: '營業額增長14%。'})
    expect(Object.keys(result).sort()).toEqual(['file', 'record', 'source'])
    expect(result.source).toBe('營業額增長14%。')
    expect(result.file).toBeInstanceOf(VFile)
    expect(result.file?.data.text).toBe('营业额增长14%。')
    expect(result.record).toMatchObject({type: 'article', id: 'a1', text: '营业额增长14%。'})
    const failed = newsfacts.processSync({id: 'blank', value: ''})
    expect(Object.keys(failed).sort()).toEqual(['record', 'source'])
    expect(failed.record.type).toBe('error')
  })
})
