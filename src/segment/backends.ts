import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {SegmenterName} from '../pipeline/options.js'

export interface TaggedWord {
  word: string
  tag: string
}

/** What the pipeline needs of a jieba engine: POS-tagged words, HMM off. */
export interface Segmenter {
  readonly name: SegmenterName
  tag(text: string): TaggedWord[]
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
  const {dict} = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js')
  const jieba = Jieba.withDict(dict)
  jieba.loadDict(readFileSync(newsDictionaryPath))
  // `tag` builds one object per word across N-API and runs at a third of the
  // speed of `cut`. jieba tags a word by itself (its dictionary entry, else
  // by its letters and digits), never by its neighbours, so the tag of a word
  // tagged alone is the tag it gets in the text.
  const tag = cutThenTag(
    (text) => jieba.cut(text, false),
    (word) => {
      const tagged = jieba.tag(word, false)
      return tagged.length === 1 && tagged[0]!.word === word ? tagged[0]!.tag : undefined
    },
    (text) => jieba.tag(text, false)
  )
  return {name: 'node-rs', tag}
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
): (text: string) => TaggedWord[] {
  // `null`: the word cannot be tagged alone.
  const tags = new Map<string, string | null>()
  const tagOf = (word: string) => {
    let tag = tags.get(word)
    if (tag === undefined) {
      tag = tagWord(word) ?? null
      if (tags.size >= MAX_CACHED_TAGS) tags.clear()
      tags.set(word, tag)
    }
    return tag
  }
  return (text) => {
    const words = cut(text)
    const tagged: TaggedWord[] = new Array(words.length)
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!
      const tag = tagOf(word)
      if (tag === null && tagText) return tagText(text)
      tagged[i] = {word, tag: tag ?? 'x'}
    }
    return tagged
  }
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
  const tag = cutThenTag(
    (text) => nodejieba.cut(text, false),
    (word) => {
      const tagged = nodejieba.tag(word)
      return tagged.length === 1 ? tagged[0]!.tag : undefined
    }
  )
  return {name: 'nodejieba', tag}
}
