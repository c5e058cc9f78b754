/**
 * Offsets in code points rather than UTF-16 code units: what Python's
 * `text[start:end]`, spaCy, brat and W3C Web Annotation count. The two
 * differ only after a character outside the Basic Multilingual Plane (an
 * emoji, a rare CJK character such as 𠮷), so text without one is left as
 * it is and costs a scan.
 */
import type {ArticleRecord, OutputRecord, Span} from '../types.js'

/** The unit of a record's offsets. */
export type OffsetUnit = 'utf16' | 'codepoint'

export const offsetUnits: readonly OffsetUnit[] = ['utf16', 'codepoint']

const astral = /[\u{10000}-\u{10FFFF}]/u

/** Maps a UTF-16 offset of `text` to its code point offset. */
export type ToCodePoint = (offset: number) => number

/** Whether `text` has a character beyond the BMP, whose two UTF-16 units are one code point. */
export function beyondBmp(text: string): boolean {
  return astral.test(text)
}

export function codePointIndex(text: string): ToCodePoint {
  if (!beyondBmp(text)) return (offset) => offset
  const points = new Uint32Array(text.length + 1)
  let count = 0
  for (let index = 0; index < text.length; index++) {
    points[index] = count
    const unit = text.charCodeAt(index)
    // A low surrogate after a high one is the same code point: it adds nothing.
    const continues = unit >= 0xdc00 && unit <= 0xdfff && index > 0 && text.charCodeAt(index - 1) >= 0xd800 && text.charCodeAt(index - 1) <= 0xdbff
    if (!continues) count++
  }
  points[text.length] = count
  return (offset) => points[offset] ?? count
}

const span = (map: ToCodePoint, [start, end]: Span): Span => [map(start), map(end)]

/**
 * The record with every offset in code points: facts' `span`, `sentence`
 * (of `text`) and `sourceSpan` (of `source`, the original input), the
 * tokens, and messages' `sourceSpans`. Messages' `place` stays as vfile
 * gives it (line, column and offset in UTF-16 units). Other records pass
 * as they are (a conflict's sides are converted by the run that has their
 * articles' sources).
 */
export function toCodePointOffsets<R extends OutputRecord>(record: R, source: string): R {
  if (record.type !== 'article') return record
  const article = record as ArticleRecord
  // Most text has no such character: the record is then already in code points.
  if (!beyondBmp(article.text) && !beyondBmp(source)) return record
  const inText = codePointIndex(article.text)
  const inSource = codePointIndex(source)
  const converted: ArticleRecord = {
    ...article,
    facts: article.facts.map((fact) => {
      const moved = {...fact, span: span(inText, fact.span), sourceSpan: span(inSource, fact.sourceSpan)}
      if (fact.sentence) moved.sentence = span(inText, fact.sentence)
      return moved
    }),
    messages: article.messages.map((message) => (message.sourceSpans ? {...message, sourceSpans: message.sourceSpans.map((each) => span(inSource, each))} : message))
  }
  if (article.tokens) converted.tokens = article.tokens.map((token) => ({...token, start: inText(token.start), end: inText(token.end)}))
  return converted as R
}
