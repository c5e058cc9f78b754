import type {VFile} from 'vfile'
import type {ResolvedOptions} from '../pipeline/options.js'
import type {Token} from '../types.js'
import {loadSegmenter} from './backends.js'
import {ClauseTokens} from './clauses.js'
import {splitSentences} from './sentences.js'

export {loadSegmenter, newsDictionaryPath, type Segmenter, type TaggedWord, type WordsAndTags} from './backends.js'
export {ClauseTokens} from './clauses.js'
export {locate} from './locate.js'
export {splitSentences} from './sentences.js'

/** The clauses of each segmented file, cut as they are asked for. */
const segmented = new WeakMap<VFile, ClauseTokens>()

/**
 * Split the normalized text into sentences, and into POS-tagged tokens with
 * offsets: `file.data.tokens`, cut and tagged when first read (extraction
 * reads only the clauses around its numbers, through {@link tokensNear}).
 */
export function segment(file: VFile, options: ResolvedOptions): void {
  const text = file.data.text ?? ''
  file.data.sentences = splitSentences(text)
  const clauses = new ClauseTokens(text, loadSegmenter(options.segmenter).wordsAndTags)
  segmented.set(file, clauses)
  Object.defineProperty(file.data, 'tokens', {
    configurable: true,
    enumerable: true,
    get: () => clauses.all(),
    // Tokens set by hand replace the segmenter's, for extraction too.
    set: (tokens: Token[]) => {
      segmented.delete(file)
      Object.defineProperty(file.data, 'tokens', {configurable: true, enumerable: true, writable: true, value: tokens})
    }
  })
}

/**
 * The tokens a search from an offset can reach when it stops at clause
 * marks (`。，；：` …): those of the offset's clause, led by the mark before
 * it, cut on first use. Without the segment stage, `file.data.tokens`.
 */
export function tokensNear(file: VFile): (offset: number) => readonly Token[] {
  const clauses = segmented.get(file)
  if (clauses) return (offset) => clauses.at(offset)
  const tokens = file.data.tokens ?? []
  return () => tokens
}
