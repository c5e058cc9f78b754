import type {Span} from '../types.js'

/**
 * Maps every UTF-16 code unit of a derived text back to the `[start, end)`
 * range of the source text it came from.
 * Two flat arrays rather than a list of edits: lookups are O(1) and
 * composing the maps of successive stages is one pass.
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
    const starts = new Int32Array(length)
    const ends = new Int32Array(length)
    for (let i = 0; i < length; i++) {
      starts[i] = i
      ends[i] = i + 1
    }
    return new OffsetMap(starts, ends, length)
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
    for (let i = 0; i < n; i++) {
      const [start, end] = inner.toSource([this.starts[i] ?? 0, this.ends[i] ?? 0])
      starts[i] = start
      ends[i] = end
    }
    return new OffsetMap(starts, ends, inner.sourceLength)
  }
}

/**
 * Builds a derived text from a source text piece by piece, recording where
 * each piece came from. Pieces must be given in source order.
 */
export class TextBuilder {
  readonly source: string
  private readonly parts: string[] = []
  private starts: number[] = []
  private ends: number[] = []
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
    for (let i = start; i < end; i++) {
      this.starts.push(i)
      this.ends.push(i + 1)
    }
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
    for (let i = 0; i < text.length; i++) {
      this.starts.push(oneToOne ? start + i : start)
      this.ends.push(oneToOne ? start + i + 1 : end)
    }
    this.cursor = end
    return this
  }

  /** Copy everything not yet given and return the text with its map. */
  finish(): {text: string; map: OffsetMap} {
    if (this.cursor < this.source.length) this.keep(this.cursor, this.source.length)
    const map = new OffsetMap(Int32Array.from(this.starts), Int32Array.from(this.ends), this.source.length)
    return {text: this.parts.join(''), map}
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
