import {Jieba} from '@node-rs/jieba'
import {dict} from '@node-rs/jieba/dict.js'
import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'
import {cutThenTag} from '../../src/segment/backends.js'
import {locate, loadSegmenter, newsDictionaryPath} from '../../src/segment/index.js'

const han = /^\p{Script=Han}+$/u

describe('segment', () => {
  it('tags the news dictionary words whole, with offsets', () => {
    const text = '开复工率达到了79%，在全省25个市辖区中排名第2位'
    const tokens = locate(text, loadSegmenter('node-rs').wordsAndTags(text))
    expect(tokens.slice(0, 2)).toEqual([
      {word: '开复工率', tag: 'n', start: 0, end: 4},
      {word: '达到', tag: 'v', start: 4, end: 6}
    ])
    expect(tokens.find((token) => token.word === '市辖区')).toEqual({word: '市辖区', tag: 'n', start: 17, end: 20})
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.word)
  })

  it('skips words an engine changed rather than misplacing them', () => {
    expect(locate('ab', {words: ['a', 'Z', 'b'], tags: ['x', 'x', 'x']})).toEqual([
      {word: 'a', tag: 'x', start: 0, end: 1},
      {word: 'b', tag: 'x', start: 1, end: 2}
    ])
  })

  it('gives exactly the words and tags of tagging the whole text, on every corpus article', () => {
    // What the node-rs backend called before it cut and tagged words one by one.
    const jieba = Jieba.withDict(dict)
    jieba.loadDict(readFileSync(newsDictionaryPath))
    const segmenter = loadSegmenter('node-rs')
    let compared = 0
    for (const folder of ['../../corpus/articles/']) {
      const directory = new URL(folder, import.meta.url)
      for (const name of readdirSync(directory)) {
        const text = readFileSync(new URL(name, directory), 'utf8')
        const expected = jieba.tag(text, false).map(({word, tag}) => ({word, tag}))
        expect(segmenter.tag(text), name).toEqual(expected)
        compared += expected.length
      }
    }
    expect(compared).toBeGreaterThan(10_000)
  })

  it('tags each distinct word once, and the whole text when a word cannot be tagged alone', () => {
    const asked: string[] = []
    const tagWord = (word: string) => {
      asked.push(word)
      return word.startsWith('?') ? undefined : word.toUpperCase()
    }
    const cut = (text: string) => text.split(' ')
    const tag = cutThenTag(cut, tagWord, (text) => [{word: text, tag: 'whole'}])
    expect(tag('a b a bc bc')).toEqual({words: ['a', 'b', 'a', 'bc', 'bc'], tags: ['A', 'B', 'A', 'BC', 'BC']})
    expect(tag('b ?? a')).toEqual({words: ['b ?? a'], tags: ['whole']})
    expect(tag('? bc')).toEqual({words: ['? bc'], tags: ['whole']})
    expect(asked).toEqual(['a', 'b', 'bc', '??', '?'])
    // Without a whole-text tagger, such a word is `x`.
    expect(cutThenTag(cut, tagWord)('?? c')).toEqual({words: ['??', 'c'], tags: ['x', 'C']})
  })

  const hasNodejieba = (() => {
    try {
      createRequire(import.meta.url)('nodejieba')
      return true
    } catch {
      return false
    }
  })()

  // nodejieba is an optional dependency (it builds from source); CI installs it.
  it.runIf(hasNodejieba || process.env.CI)('gives the same Chinese tokens with both backends on the corpus', () => {
    const corpus = new URL('../../corpus/articles/', import.meta.url)
    const files = readdirSync(corpus).filter((name) => name.endsWith('.txt'))
    expect(files.length).toBeGreaterThan(0)
    const a = loadSegmenter('node-rs')
    const b = loadSegmenter('nodejieba')
    let compared = 0
    for (const name of files) {
      const text = readFileSync(new URL(name, corpus), 'utf8')
      const words = (segmenter: typeof a) => segmenter.tag(text).map((w) => w.word).filter((w) => han.test(w))
      expect(words(b), name).toEqual(words(a))
      compared += words(a).length
    }
    expect(compared).toBeGreaterThan(1000)
  })
})
