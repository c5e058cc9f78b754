import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {SegmenterName} from '../pipeline/options.js'

export interface TaggedWord {
  word: string
  tag: string
}

/** Words in text order and their tags, side by side. */
export interface WordsAndTags {
  words: readonly string[]
  tags: readonly string[]
}

/** What the pipeline needs of a jieba engine: POS-tagged words, HMM off. */
export interface Segmenter {
  readonly name: SegmenterName
  tag(text: string): TaggedWord[]
  /** The same as `tag`, without an object per word (a text has thousands). */
  wordsAndTags(text: string): WordsAndTags
}

/** The news user dictionary shipped with the package (`dict/news.dict.txt`). */
export const newsDictionaryPath = new URL('../../dict/news.dict.txt', import.meta.url)

// Dictionaries take ~0.5 s and tens of MiB to load: load each backend once, on first use.
const loaded = new Map<SegmenterName, Segmenter>()

export function loadSegmenter(name: SegmenterName): Segmenter {
  let segmenter = loaded.get(name)
  if (!segmenter) {
    segmenter = name === 'nodejieba' ? loadNodejieba() : loadNodeRs()
    loaded.set(name, segmenter)
  }
  return segmenter
}

const require = createRequire(import.meta.url)

function loadNodeRs(): Segmenter {
  // Native modules load through require so that importing this file costs nothing.
  const {Jieba} = require('@node-rs/jieba') as typeof import('@node-rs/jieba')
  // The dictionary file itself, not `@node-rs/jieba/dict.js`: that module also
  // reads the 6 MB keyword-weight table (unused here) and keeps both buffers
  // for the life of the thread, 11 MB of every worker's memory.
  const jieba = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')))
  jieba.loadDict(readFileSync(newsDictionaryPath))
  // `tag` builds one object per word across N-API and runs at a third of the
  // speed of `cut`. jieba tags a word by itself (its dictionary entry, else
  // by its letters and digits), never by its neighbours, so the tag of a word
  // tagged alone is the tag it gets in the text.
  const wordsAndTags = cutThenTag(
    (text) => jieba.cut(text, false),
    (word) => {
      const tagged = jieba.tag(word, false)
      return tagged.length === 1 && tagged[0]!.word === word ? tagged[0]!.tag : undefined
    },
    (text) => jieba.tag(text, false)
  )
  return segmenter('node-rs', wordsAndTags)
}

function segmenter(name: SegmenterName, wordsAndTags: (text: string) => WordsAndTags): Segmenter {
  return {
    name,
    wordsAndTags,
    tag: (text) => {
      const {words, tags} = wordsAndTags(text)
      return words.map((word, index) => ({word, tag: tags[index]!}))
    }
  }
}

/** Most distinct words a tag cache keeps: numbers and names make the vocabulary of a long run unbounded. */
const MAX_CACHED_TAGS = 1 << 17

/**
 * Cut, then tag each distinct word once. A word that `tagWord` cannot tag on
 * its own (`undefined`) sends the whole text to `tagText`, or, for an engine
 * whose tagger cuts differently, gets `x`.
 */
export function cutThenTag(
  cut: (text: string) => string[],
  tagWord: (word: string) => string | undefined,
  tagText?: (text: string) => TaggedWord[]
): (text: string) => WordsAndTags {
  // `null`: the word cannot be tagged alone.
  const cache = new Map<string, string | null>()
  // Most words are one UTF-16 unit (a character, a punctuation mark): a table
  // by unit answers those without hashing a string. Per unit: 0 not asked,
  // 1 cannot be tagged alone, else the index of its tag in `tagNames` plus 2.
  const singles = new Uint16Array(0x10000)
  const tagNames: string[] = []
  const tagOf = (word: string) => {
    if (word.length === 1) {
      const unit = word.charCodeAt(0)
      let entry = singles[unit]!
      if (entry === 0) {
        const tag = tagWord(word)
        entry = tag === undefined ? 1 : indexIn(tagNames, tag) + 2
        singles[unit] = entry
      }
      return entry === 1 ? null : tagNames[entry - 2]!
    }
    let tag = cache.get(word)
    if (tag === undefined) {
      tag = tagWord(word) ?? null
      if (cache.size >= MAX_CACHED_TAGS) cache.clear()
      cache.set(word, tag)
    }
    return tag
  }
  return (text) => {
    const words = cut(text)
    const tags: string[] = new Array(words.length)
    for (let i = 0; i < words.length; i++) {
      const tag = tagOf(words[i]!)
      if (tag === null && tagText) {
        const tagged = tagText(text)
        return {words: tagged.map((word) => word.word), tags: tagged.map((word) => word.tag)}
      }
      tags[i] = tag ?? 'x'
    }
    return {words, tags}
  }
}

/** Index of `item` in `list`, appended if missing. */
function indexIn(list: string[], item: string): number {
  const index = list.indexOf(item)
  return index === -1 ? list.push(item) - 1 : index
}

interface Nodejieba {
  load(options: {userDict: string}): void
  cut(text: string, hmm: boolean): string[]
  tag(text: string): TaggedWord[]
}

function loadNodejieba(): Segmenter {
  let nodejieba: Nodejieba
  try {
    nodejieba = require('nodejieba') as Nodejieba
  } catch (error) {
    throw new Error(
      'The `nodejieba` segmenter is not installed (it is an optional dependency that builds from source); ' +
        'install it with `npm install nodejieba` or use the default `node-rs` segmenter',
      {cause: error}
    )
  }
  nodejieba.load({userDict: decodeURIComponent(newsDictionaryPath.pathname)})
  // nodejieba's tagger always uses the HMM, which joins unknown characters into
  // words (`區委副書記`): cut with HMM off like the default backend, then tag
  // each distinct word once.
  const wordsAndTags = cutThenTag(
    (text) => nodejieba.cut(text, false),
    (word) => {
      const tagged = nodejieba.tag(word)
      return tagged.length === 1 ? tagged[0]!.tag : undefined
    }
  )
  return segmenter('nodejieba', wordsAndTags)
}
