import type {Trie} from 'opencc-js/core'
import {OffsetMap} from '../util/offset-map.js'
import type {IndexedTrie} from './opencc-plan.js'

/**
 * A replacement that changed the length (`㗲` -> `𠵾`, one UTF-16 unit to
 * two). Equal-length replacements map unit for unit and need no record.
 */
export interface Resize {
  start: number
  end: number
  /** Length of what replaced `[start, end)`. */
  length: number
}

/**
 * Runs tries over a text as opencc-js does, composing an offset map of the
 * output onto the original input as it goes. The map stays `null` (one to
 * one) until some replacement changes length, which for the `t`, `tw` and
 * `hk` dictionaries happens only around characters outside the BMP.
 */
export class TrackedText {
  private segments: string[]
  private composed: OffsetMap | null = null

  constructor(text: string) {
    this.segments = [text]
  }

  get text(): string {
    return this.segments.length === 1 ? (this.segments[0] ?? '') : this.segments.join('')
  }

  /** Maps the current text onto the original input. */
  get map(): OffsetMap {
    return this.composed ?? OffsetMap.identity(this.text.length)
  }

  /** Cut the text into segments that later tries must not match across. */
  segment(trie: Trie): void {
    this.segments = trie.segment(this.text)
  }

  /** Replace by `trie`, longest match first, segment by segment. */
  apply(trie: IndexedTrie): void {
    const resizes: Resize[] = []
    const inputLength = this.segments.reduce((sum, segment) => sum + segment.length, 0)
    let offset = 0
    this.segments = this.segments.map((segment) => {
      const converted = convertSegment(trie, segment, offset, resizes)
      offset += segment.length
      return converted
    })
    this.record(inputLength, resizes)
  }

  /** Replace every match of a global `pattern` by `replacement(match)`, over the whole text. */
  replace(pattern: RegExp, replacement: (match: string) => string): void {
    const input = this.text
    const resizes: Resize[] = []
    const output = input.replace(pattern, (match: string, ...rest: unknown[]) => {
      const to = replacement(match)
      // With no capture groups, the argument after the match is its offset.
      const start = rest[0] as number
      if (to.length !== match.length) resizes.push({start, end: start + match.length, length: to.length})
      return to
    })
    this.segments = [output]
    this.record(input.length, resizes)
  }

  private record(inputLength: number, resizes: readonly Resize[]): void {
    if (resizes.length === 0) return
    const step = resizeMap(inputLength, resizes)
    this.composed = this.composed ? step.compose(this.composed) : step
  }
}

/** One segment through one trie; `offset` places the segment in the whole text for `resizes`. */
function convertSegment(trie: IndexedTrie, segment: string, offset: number, resizes: Resize[]): string {
  const parts: string[] = []
  let unmatchedFrom = 0
  let index = 0
  while (index < segment.length) {
    const match = trie.mayStartAt(segment, index) ? trie.matchPrefix(segment, index) : null
    if (!match) {
      index += unmatchedLength(segment, index)
      continue
    }
    if (unmatchedFrom < index) parts.push(segment.slice(unmatchedFrom, index))
    parts.push(match.value)
    if (match.value.length !== match.end - index) {
      resizes.push({start: offset + index, end: offset + match.end, length: match.value.length})
    }
    index = match.end
    unmatchedFrom = index
  }
  if (parts.length === 0) return segment
  if (unmatchedFrom < segment.length) parts.push(segment.slice(unmatchedFrom))
  return parts.join('')
}

/**
 * How far to step past an unmatched character: a whole code point, or a
 * whole ideographic description sequence (`⿰木木`), which opencc-js never
 * matches inside. Mirrors opencc-js's private `getUnmatchedLength`.
 */
function unmatchedLength(text: string, index: number): number {
  const end = descriptionSequenceEnd(text, index)
  return end > index ? end - index : codePointLength(text, index)
}

function codePointLength(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1
}

function descriptionArity(code: number): number {
  if (code >= 0x2ff0 && code <= 0x2ff1) return 2
  if (code >= 0x2ff2 && code <= 0x2ff3) return 3
  if (code >= 0x2ff4 && code <= 0x2fff) return 2
  return 0
}

function descriptionSequenceEnd(text: string, index: number): number {
  const arity = descriptionArity(text.codePointAt(index) ?? 0)
  if (arity === 0) return 0
  let end = index + codePointLength(text, index)
  for (let operand = 0; operand < arity; operand++) {
    if (end >= text.length) return 0
    const nested = descriptionSequenceEnd(text, end)
    end = nested || end + codePointLength(text, end)
  }
  return end
}

/**
 * Map of a text after `resizes` (sorted, in input offsets) onto the text
 * before: units outside a resize map one to one; every unit of a resize maps
 * to the whole range it replaced.
 */
export function resizeMap(inputLength: number, resizes: readonly Resize[]): OffsetMap {
  const outputLength = resizes.reduce((length, {start, end, length: size}) => length + size - (end - start), inputLength)
  const starts = new Int32Array(outputLength)
  const ends = new Int32Array(outputLength)
  let output = 0
  let input = 0
  const copyUpTo = (stop: number) => {
    for (; input < stop; input++, output++) {
      starts[output] = input
      ends[output] = input + 1
    }
  }
  for (const {start, end, length} of resizes) {
    copyUpTo(start)
    for (let unit = 0; unit < length; unit++, output++) {
      starts[output] = start
      ends[output] = end
    }
    input = end
  }
  copyUpTo(inputLength)
  return new OffsetMap(starts, ends, inputLength)
}
