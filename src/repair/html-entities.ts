import iconv from 'iconv-lite'
import {rewrite, type Rewrite} from '../util/offset-map.js'
import {namedEntities} from './entity-table.js'
import type {RepairResult} from './types.js'

// `&amp;` chains are one reference escaped several times (`&amp;amp;lt;`): take them in one match.
const referencePattern = /&(?:amp;)*(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g

/** Passes after which a text that still changes is left as it is: escaping is never that deep. */
const MAX_PASSES = 4

/** Decode HTML character references, numeric and named, until the text no longer changes (`&amp;amp;` -> `&`). */
export function decodeHtmlEntities(text: string): RepairResult {
  let current = rewrite(text, referencePattern, decodeReference)
  if (current.rewrites.length === 0) return current
  let rewrites: Rewrite[] = current.rewrites
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const next = rewrite(current.text, referencePattern, decodeReference)
    if (next.rewrites.length === 0) break
    for (const change of next.rewrites) {
      // A reference that only appeared once another was decoded: it replaces the rewrites it covers.
      const [start, end] = current.map.toSource([change.start, change.end])
      rewrites = rewrites.filter((earlier) => earlier.end <= start || earlier.start >= end)
      rewrites.push({start, end, from: text.slice(start, end), to: change.to})
    }
    current = {text: next.text, map: next.map.compose(current.map), rewrites}
  }
  rewrites.sort((a, b) => a.start - b.start)
  return {text: current.text, map: current.map, rewrites}
}

function decodeReference(match: RegExpExecArray): string | undefined {
  const [, decimal, hex, name] = match
  if (name !== undefined) return namedEntities.get(name)
  return fromCodePoint(decimal === undefined ? parseInt(hex ?? '', 16) : parseInt(decimal, 10))
}

function fromCodePoint(code: number): string | undefined {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
  // As browsers do: references to C1 controls mean the windows-1252 characters.
  if (code >= 0x80 && code <= 0x9f) return iconv.decode(Buffer.of(code), 'windows-1252')
  return String.fromCodePoint(code)
}
