import {describe, expect, it} from 'vitest'
import {closest, resolveOptions, type Options} from '../../src/pipeline/options.js'
import {createNewsfacts} from '../../src/pipeline/index.js'

describe('resolveOptions', () => {
  it('fills in the defaults', () => {
    expect(resolveOptions()).toEqual({segmenter: 'node-rs', from: 't', encoding: null, maxBytes: 10 * 1024 * 1024, publishedAt: null, tokens: false})
    // An undefined value is an absent option (what `{segmenter: flags.segmenter}` gives).
    expect(resolveOptions({segmenter: undefined, encoding: 'gb18030'})).toEqual({segmenter: 'node-rs', from: 't', encoding: 'gb18030', maxBytes: 10 * 1024 * 1024, publishedAt: null, tokens: false})
    expect(resolveOptions({publishedAt: '2023/2/5 08:00'}).publishedAt).toBe('2023-02-05')
  })

  it('names an unknown key and the valid key it was probably meant to be', () => {
    const typo = {segmeter: 'nodejieba'} as Options
    expect(() => resolveOptions(typo)).toThrow(new TypeError('Unknown option `segmeter`: did you mean `segmenter`?'))
    expect(() => createNewsfacts(typo)).toThrow(TypeError)
    expect(() => resolveOptions({maxbytes: 5} as Options)).toThrow('Unknown option `maxbytes`: did you mean `maxBytes`?')
    expect(() => resolveOptions({jobs: 2} as Options)).toThrow(
      'Unknown option `jobs`: known options are `segmenter`, `from`, `encoding`, `maxBytes`, `publishedAt`'
    )
  })

  it('refuses a value of the wrong type', () => {
    expect(() => resolveOptions({maxBytes: '5' as unknown as number})).toThrow(new TypeError('`maxBytes` must be a positive number, not the string `5`'))
    expect(() => resolveOptions({encoding: 936 as unknown as string})).toThrow(new TypeError('`encoding` must be a string such as `gb18030`, not the number 936'))
    expect(() => resolveOptions({segmenter: true as unknown as 'node-rs'})).toThrow(new TypeError('Unknown segmenter `true`; expected one of node-rs, nodejieba'))
    expect(() => resolveOptions('node-rs' as unknown as Options)).toThrow(new TypeError('Expected an object of options, not the string `node-rs`'))
    expect(() => resolveOptions(null as unknown as Options)).toThrow(new TypeError('Expected an object of options, not null'))
    expect(() => resolveOptions({tokens: 'yes' as unknown as boolean})).toThrow(new TypeError('`tokens` must be true or false, not the string `yes`'))
  })

  it('refuses, when the pipeline is built, values no article could use', () => {
    expect(() => resolveOptions({encoding: 'latin9x'})).toThrow(new TypeError("Unknown encoding `latin9x` (see iconv-lite's list of encodings)"))
    expect(resolveOptions({encoding: 'latin1'}).encoding).toBe('latin1')
    expect(() => resolveOptions({publishedAt: '2023-13-45'})).toThrow(new TypeError('`publishedAt` must be a date such as `2023-02-20`, not the string `2023-13-45`'))
    expect(() => resolveOptions({publishedAt: 20230220 as unknown as string})).toThrow(new TypeError('`publishedAt` must be a date such as `2023-02-20`, not the number 20230220'))
  })
})

describe('closest', () => {
  it('suggests only a name near enough to be a typo', () => {
    const keys = ['segmenter', 'from', 'encoding', 'maxBytes']
    expect(closest('segmeter', keys)).toBe('segmenter')
    expect(closest('fromm', keys)).toBe('from')
    expect(closest('encodng', keys)).toBe('encoding')
    expect(closest('jobs', keys)).toBeUndefined()
  })
})
