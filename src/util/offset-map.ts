import type {Span} from '../types.js'

/**
 * Maps every UTF-16 code unit of a derived text back to the `[start, end)`
 * range of the source text it came from.
 * Two flat arrays rather than a list of edits: lookups are O(1) and
 * composing the maps of successive stages is one pass. The arrays are
 * never written once the map is built: identity maps share theirs.
 */
export class OffsetMap {
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly sourceLength: number

  constructor(starts: Int32Array, ends: Int32Array, sourceLength: number) {
    this.starts = starts
    this.ends = ends
    this.sourceLength = sourceLength
  }

  static identity(length: number): OffsetMap {
    if (length > MAX_SHARED_IDENTITY) {
      const counting = countingArray(length + 1)
      return new OffsetMap(counting.subarray(0, length), counting.subarray(1), length)
    }
    // The stages ask for the identity of the same text again and again; maps never change, so it is the same one.
    if (lastIdentity?.length === length) return lastIdentity
    if (sharedCounting.length <= length) sharedCounting = countingArray(Math.min(MAX_SHARED_IDENTITY, Math.max(length, 2 * sharedCounting.length)) + 1)
    // Every unit maps to itself: views of one shared 0, 1, 2, … array, as most texts pass most stages unchanged.
    lastIdentity = new OffsetMap(sharedCounting.subarray(0, length), sharedCounting.subarray(1, length + 1), length)
    return lastIdentity
  }

  /** Length of the derived text. */
  get length(): number {
    return this.starts.length
  }

  /** Source span of a derived span (end exclusive). */
  toSource(span: Span): Span {
    const [start, end] = span
    if (end <= start) {
      const at = this.pointToSource(start)
      return [at, at]
    }
    return [this.starts[start] ?? this.sourceLength, this.ends[end - 1] ?? this.sourceLength]
  }

  /** Source offset of a boundary in the derived text. */
  pointToSource(offset: number): number {
    return offset < this.length ? this.starts[offset] ?? this.sourceLength : this.sourceLength
  }

  /**
   * `this` maps derived -> middle and `inner` maps middle -> source:
   * the result maps derived -> source.
   */
  compose(inner: OffsetMap): OffsetMap {
    const n = this.length
    const starts = new Int32Array(n)
    const ends = new Int32Array(n)
    const innerStarts = inner.starts
    const innerEnds = inner.ends
    const innerLength = inner.length
    const sourceLength = inner.sourceLength
    // `inner.toSource` of each unit's span, without a pair of arrays per unit.
    for (let i = 0; i < n; i++) {
      const start = this.starts[i]!
      const end = this.ends[i]!
      if (end <= start) {
        const at = start >= 0 && start < innerLength ? innerStarts[start]! : sourceLength
        starts[i] = at
        ends[i] = at
      } else {
        starts[i] = start >= 0 && start < innerLength ? innerStarts[start]! : sourceLength
        ends[i] = end - 1 >= 0 && end - 1 < innerLength ? innerEnds[end - 1]! : sourceLength
      }
    }
    return new OffsetMap(starts, ends, sourceLength)
  }
}

let lastIdentity: OffsetMap | undefined

/** Identity maps up to this length share one array; a longer text gets its own. */
const MAX_SHARED_IDENTITY = 1 << 20
let sharedCounting = countingArray(1 << 12)

function countingArray(length: number): Int32Array {
  const array = new Int32Array(length)
  for (let i = 0; i < length; i++) array[i] = i
  return array
}

/** What a builder holds before its first piece (typed arrays are dear to create). */
const NO_UNITS = new Int32Array(0)

/**
 * Builds a derived text from a source text piece by piece, recording where
 * each piece came from. Pieces must be given in source order.
 */
export class TextBuilder {
  readonly source: string
  private readonly parts: string[] = []
  // Typed and grown by doubling: a long text kept whole is millions of units.
  private starts = NO_UNITS
  private ends = NO_UNITS
  private length = 0
  private cursor = 0

  constructor(source: string) {
    this.source = source
  }

  /** Source offset up to which pieces have been given. */
  get position(): number {
    return this.cursor
  }

  /** Copy `source[start, end)` unchanged. */
  keep(start: number, end: number): this {
    this.parts.push(this.source.slice(start, end))
    this.reserve(end - start)
    for (let i = start; i < end; i++) this.push(i, i + 1)
    this.cursor = end
    return this
  }

  /**
   * Emit `text` in place of `source[start, end)`. When lengths are equal each
   * unit maps to its counterpart; otherwise every unit maps to the whole range,
   * so no derived span ever points inside a rewrite it only partly covers.
   */
  replace(start: number, end: number, text: string): this {
    if (start > this.cursor) this.keep(this.cursor, start)
    this.parts.push(text)
    const oneToOne = text.length === end - start
    this.reserve(text.length)
    for (let i = 0; i < text.length; i++) this.push(oneToOne ? start + i : start, oneToOne ? start + i + 1 : end)
    this.cursor = end
    return this
  }

  /** Copy everything not yet given and return the text with its map. */
  finish(): {text: string; map: OffsetMap} {
    if (this.cursor < this.source.length) this.keep(this.cursor, this.source.length)
    const map = new OffsetMap(this.starts.slice(0, this.length), this.ends.slice(0, this.length), this.source.length)
    return {text: this.parts.join(''), map}
  }

  private push(start: number, end: number): void {
    this.starts[this.length] = start
    this.ends[this.length] = end
    this.length++
  }

  private reserve(units: number): void {
    if (this.length + units <= this.starts.length) return
    // A derived text is about as long as its source: start there, allocating nothing until a piece comes.
    const capacity = Math.max(2 * this.starts.length, this.length + units, this.source.length + 16)
    const starts = new Int32Array(capacity)
    const ends = new Int32Array(capacity)
    starts.set(this.starts.subarray(0, this.length))
    ends.set(this.ends.subarray(0, this.length))
    this.starts = starts
    this.ends = ends
  }
}

/** One rewrite made by {@link rewrite}: where in the source, and what it became. */
export interface Rewrite {
  start: number
  end: number
  from: string
  to: string
}

/**
 * Replace every match of `pattern` (a global regex) by what `replacer`
 * returns; `undefined` keeps the match as it is.
 */
export function rewrite(
  source: string,
  pattern: RegExp,
  replacer: (match: RegExpExecArray) => string | undefined
): {text: string; map: OffsetMap; rewrites: Rewrite[]} {
  if (!pattern.global) throw new TypeError('rewrite() needs a global regex')
  const builder = new TextBuilder(source)
  const rewrites: Rewrite[] = []
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(source)) !== null) {
    if (match[0].length === 0) {
      pattern.lastIndex++
      continue
    }
    const to = replacer(match)
    if (to === undefined || to === match[0]) continue
    const start = match.index
    const end = start + match[0].length
    builder.replace(start, end, to)
    rewrites.push({start, end, from: match[0], to})
  }
  if (rewrites.length === 0) return {text: source, map: OffsetMap.identity(source.length), rewrites}
  return {...builder.finish(), rewrites}
}
