import {describe, expect, it} from 'vitest'
import {closest, resolveOptions, type Options} from '../../src/pipeline/options.js'
import {createNewsfacts} from '../../src/pipeline/index.js'

describe('resolveOptions', () => {
  it('fills in the defaults', () => {
    expect(resolveOptions()).toEqual({segmenter: 'node-rs', from: 't', encoding: null, maxBytes: 10 * 1024 * 1024, tokens: false})
    // An undefined value is an absent option (what `{segmenter: flags.segmenter}` gives).
    expect(resolveOptions({segmenter: undefined, encoding: 'gb18030'})).toEqual({segmenter: 'node-rs', from: 't', encoding: 'gb18030', maxBytes: 10 * 1024 * 1024, tokens: false})
  })

  it('names an unknown key and the valid key it was probably meant to be', () => {
    const typo = {segmeter: 'nodejieba'} as Options
    expect(() => resolveOptions(typo)).toThrow(new TypeError('Unknown option `segmeter`: did you mean `segmenter`?'))
    expect(() => createNewsfacts(typo)).toThrow(TypeError)
    expect(() => resolveOptions({maxbytes: 5} as Options)).toThrow('Unknown option `maxbytes`: did you mean `maxBytes`?')
    expect(() => resolveOptions({jobs: 2} as Options)).toThrow(
      'Unknown option `jobs`: known options are `segmenter`, `from`, `encoding`, `maxBytes`'
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
