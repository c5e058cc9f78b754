/**
 * Widths in terminal columns, as string-width counts them, for reports of
 * any size.
 */
import stringWidth from 'string-width'

/*
 * Break opportunities: after a run of spaces, and between Han characters
 * (Chinese has no spaces). Closing punctuation never starts a line.
 */
export const breakable = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF](?:[，。、；：！？）》」』,.;:!?)]+)?|[^\s\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]+\s*|\s+/gu

const printableAscii = /^[\x20-\x7E]*$/

/** Marks and joiners, which make one grapheme of characters the tokens would part. */
const joining = /[\p{M}\u200D]/u

/** Longest token measured whole; a longer one is measured in pieces. */
const measuredWhole = 256

const tokenColumns = new Map<string, number>()

/**
 * Columns of `text`, as `string-width` counts them, but fast on the
 * reporter's cells: string-width segments graphemes and builds an emoji
 * pattern for each character (about 3 µs a character, slower than linear on
 * long text). Printable ASCII is one column a character; other text is the
 * sum of its `breakable` tokens, each measured once (Chinese repeats its
 * characters). Short text with combining marks or joiners is measured
 * whole, as a mark may join characters of two tokens into one.
 */
export function columns(text: string): number {
  if (printableAscii.test(text)) return text.length
  if (text.length <= measuredWhole && joining.test(text)) return stringWidth(text)
  if (text.length <= 8) return tokenWidth(text)
  let sum = 0
  for (const [token] of text.matchAll(breakable)) {
    if (printableAscii.test(token)) sum += token.length
    else if (token.length <= measuredWhole) sum += tokenWidth(token)
    // A long run without spaces or Han: pieces that never split a surrogate pair.
    else for (const piece of token.match(/[\s\S]{1,255}(?:[\uDC00-\uDFFF])?/g) ?? []) sum += stringWidth(piece)
  }
  return sum
}

function tokenWidth(token: string): number {
  let width = tokenColumns.get(token)
  if (width === undefined) {
    width = stringWidth(token)
    if (tokenColumns.size < 10_000) tokenColumns.set(token, width)
  }
  return width
}
