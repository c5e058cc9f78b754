import {rewrite} from '../util/offset-map.js'
import type {RepairResult} from './types.js'

// ZWSP, ZWNJ, ZWJ, word joiner, BOM/ZWNBSP and soft hyphen: invisible, and they split words and numbers.
const zeroWidthPattern = /[\u200B-\u200D\u2060\uFEFF\u00AD]+/g
const pictographic = /\p{Extended_Pictographic}/u

/** Remove zero-width characters, keeping a ZWJ that joins two emoji (`👩‍💻`). */
export function removeZeroWidth(text: string): RepairResult {
  return rewrite(text, zeroWidthPattern, (match) => {
    const run = match[0]
    if (run === '\u200D' && joinsEmoji(text, match.index)) return undefined
    return ''
  })
}

function joinsEmoji(text: string, at: number): boolean {
  // An emoji may end in VS16 (U+FE0F) or a skin-tone modifier before the joiner.
  const before = [...text.slice(Math.max(0, at - 4), at)].filter((char) => char !== '\uFE0F' && !/\p{Emoji_Modifier}/u.test(char))
  const after = String.fromCodePoint(text.codePointAt(at + 1) ?? 0)
  return pictographic.test(before.at(-1) ?? '') && pictographic.test(after)
}
