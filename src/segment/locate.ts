import type {Token} from '../types.js'
import type {WordsAndTags} from './backends.js'

/**
 * Give each word its offsets (plus `base`, where `text` starts in the
 * article). Engines return words in order but may drop or normalize
 * characters, so each is searched from the previous end rather than its
 * length trusted. White space is left out.
 */
export function locate(text: string, {words, tags}: WordsAndTags, base = 0): Token[] {
  const tokens: Token[] = []
  let cursor = 0
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    if (word.length === 0) continue
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor)
    if (start === -1) continue
    const end = start + word.length
    const tag = tags[index]!
    if (tag !== 'x' || word.trim() !== '') tokens.push({word, tag, start: base + start, end: base + end})
    cursor = end
  }
  return tokens
}
