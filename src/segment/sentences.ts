import type {Span} from '../types.js'

// Chinese sentence ends, and Latin ones only before a space so that `25.3` and `U.S.` stay whole.
const sentenceEnd = /[。！？!?；;…]+[”’」』)）]*|\.(?=\s|$)[”’"']?|\n+/gu

/** Split text into sentence spans, trimmed of surrounding white space; empty sentences are skipped. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  const push = (end: number) => {
    let s = start
    let e = end
    while (s < e && /\s/u.test(text[s]!)) s++
    while (e > s && /\s/u.test(text[e - 1]!)) e--
    if (e > s) spans.push([s, e])
  }
  sentenceEnd.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = sentenceEnd.exec(text)) !== null) {
    const end = match.index + match[0].length
    push(match[0].startsWith('\n') ? match.index : end)
    start = end
  }
  push(text.length)
  return spans
}
