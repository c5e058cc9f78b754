import type {VFile} from 'vfile'
import type {ResolvedOptions} from '../pipeline/options.js'
import type {Token} from '../types.js'
import {loadSegmenter, type WordsAndTags} from './backends.js'
import {splitSentences} from './sentences.js'

export {loadSegmenter, newsDictionaryPath, type Segmenter, type TaggedWord, type WordsAndTags} from './backends.js'
export {splitSentences} from './sentences.js'

/** Segment the normalized text into POS-tagged tokens with offsets, and into sentences. */
export function segment(file: VFile, options: ResolvedOptions): void {
  const text = file.data.text ?? ''
  file.data.sentences = splitSentences(text)
  file.data.tokens = locate(text, loadSegmenter(options.segmenter).wordsAndTags(text))
}

/**
 * Give each word its offsets. Engines return words in order but may drop or
 * normalize characters, so each is searched from the previous end rather than
 * its length trusted.
 */
export function locate(text: string, {words, tags}: WordsAndTags): Token[] {
  const tokens: Token[] = []
  let cursor = 0
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    if (word.length === 0) continue
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor)
    if (start === -1) continue
    const end = start + word.length
    const tag = tags[index]!
    if (tag !== 'x' || word.trim() !== '') tokens.push({word, tag, start, end})
    cursor = end
  }
  return tokens
}
