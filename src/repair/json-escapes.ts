import {rewrite} from '../util/offset-map.js'
import type {RepairResult} from './types.js'

// A surrogate pair first, so that its halves are never decoded alone.
const escapePattern = /\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})|\\u([0-9a-f]{4})/gi

/** Decode `\uXXXX` escapes left over from JSON (`\u4e2d\u6587` -> `中文`), surrogate pairs included. */
export function decodeJsonEscapes(text: string): RepairResult {
  return rewrite(text, escapePattern, (match) => {
    const [, high, low, single] = match
    if (high && low) return String.fromCharCode(parseInt(high, 16), parseInt(low, 16))
    const code = parseInt(single ?? '', 16)
    // A lone surrogate would make the text invalid: leave such an escape as written.
    if (code >= 0xd800 && code <= 0xdfff) return undefined
    return String.fromCharCode(code)
  })
}
