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
  return {
    name: 'node-rs',
    tag: (text) => jieba.tag(text, false)
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
  const tags = new Map<string, string>()
  const tagOf = (word: string) => {
    let tag = tags.get(word)
    if (tag === undefined) {
      const tagged = nodejieba.tag(word)
      tag = tagged.length === 1 ? tagged[0]!.tag : 'x'
      tags.set(word, tag)
    }
    return tag
  }
  return {name: 'nodejieba', tag: (text) => nodejieba.cut(text, false).map((word) => ({word, tag: tagOf(word)}))}
}
