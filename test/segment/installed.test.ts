import {describe, expect, it} from 'vitest'
import {missingSegmenter} from '../../src/segment/installed.js'

const notFound = (id: string): string => {
  throw Object.assign(new Error(`Cannot find module '${id}'`), {code: 'MODULE_NOT_FOUND'})
}

describe('missingSegmenter', () => {
  it('says how to get an optional backend that is not installed', () => {
    expect(missingSegmenter('nodejieba', notFound)).toBe(
      'The `nodejieba` segmenter is not installed (it is an optional dependency that builds from source; install it with `npm install nodejieba` or use the default `node-rs` segmenter)'
    )
    expect(missingSegmenter('nodejieba', (id) => `/somewhere/${id}/index.js`)).toBeUndefined()
  })

  it('never asks about the default backend, a dependency npm always installs', () => {
    expect(missingSegmenter('node-rs', notFound)).toBeUndefined()
  })
})
