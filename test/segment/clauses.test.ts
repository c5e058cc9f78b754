import {readdirSync, readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {extract} from '../../src/extract/index.js'
import {resolveOptions, type ResolvedOptions} from '../../src/pipeline/options.js'
import {stages} from '../../src/pipeline/index.js'
import {ClauseTokens, locate, loadSegmenter, segment, tokensNear} from '../../src/segment/index.js'
import type {Token} from '../../src/types.js'

/** Every corpus article's text: the invented corpus and the real one. */
function corpusTexts(): Array<{name: string; text: string; publishedAt: string | null}> {
  const texts: Array<{name: string; text: string; publishedAt: string | null}> = []
  const invented = new URL('../../corpus/articles/', import.meta.url)
  for (const name of readdirSync(invented)) texts.push({name, text: readFileSync(new URL(name, invented), 'utf8'), publishedAt: null})
  const real = new URL('../../corpus-real/articles/', import.meta.url)
  for (const name of readdirSync(real)) {
    const {text, publishedAt} = JSON.parse(readFileSync(new URL(name, real), 'utf8')) as {text: string; publishedAt?: string}
    texts.push({name, text, publishedAt: publishedAt ?? null})
  }
  return texts
}

/** The stages before extraction, run on `text`. */
function upToSegment(text: string, publishedAt: string | null, options: ResolvedOptions): VFile {
  const file = new VFile({value: text})
  file.data.publishedAt = publishedAt
  for (const [name, stage] of stages) {
    if (name === 'extract') break
    stage(file, options)
  }
  return file
}

describe('clause tokens', () => {
  const segmenter = loadSegmenter('node-rs')
  const whole = (text: string) => locate(text, segmenter.wordsAndTags(text))

  it('are the tokens of the whole text, however the clauses are cut and in whatever order', () => {
    let compared = 0
    for (const {name, text} of corpusTexts()) {
      const expected = whole(text)
      expect(new ClauseTokens(text, segmenter.wordsAndTags).all(), name).toEqual(expected)
      // Clauses cut on demand, from the end backwards, then the rest.
      const clauses = new ClauseTokens(text, segmenter.wordsAndTags)
      for (let offset = text.length; offset >= 0; offset -= 97) clauses.at(offset)
      expect(clauses.all(), name).toEqual(expected)
      compared += expected.length
    }
    expect(compared).toBeGreaterThan(40_000)
  })

  const hasNodejieba = (() => {
    try {
      loadSegmenter('nodejieba')
      return true
    } catch {
      return false
    }
  })()

  it.runIf(hasNodejieba || process.env.CI)('are those of the whole text with nodejieba too', () => {
    const nodejieba = loadSegmenter('nodejieba')
    for (const {name, text} of corpusTexts()) {
      const clauses = new ClauseTokens(text, nodejieba.wordsAndTags)
      for (let offset = 0; offset <= text.length; offset += 89) clauses.at(offset)
      expect(clauses.all(), name).toEqual(locate(text, nodejieba.wordsAndTags(text)))
    }
  })

  it('give the clause of an offset, led by the mark before it', () => {
    const text = '营业额增长14%，其中，每，5个项目：开复工率达到79%'
    const clauses = new ClauseTokens(text, segmenter.wordsAndTags)
    const words = (tokens: readonly Token[]) => tokens.map((token) => token.word).join('|')
    expect(words(clauses.at(0))).toBe('营业额|增长|14|%|，')
    expect(words(clauses.at(text.indexOf('其中')))).toBe('，|其中|，')
    // Not after 每: `subjectBefore` steps over it and the word after it.
    expect(words(clauses.at(text.indexOf('5')))).toBe('，|每|，|5|个|项目|：')
    expect(words(clauses.at(text.length))).toBe('：|开复工率|达到|79|%')
    expect(clauses.count).toBe(4)
    expect(new ClauseTokens('', segmenter.wordsAndTags).all()).toEqual([])
  })

  it('cut only the clauses asked for, and those after them that may hold a number', () => {
    const text = '天下大势，分久必合，合久必分。周末七国分争，并入于秦。及秦灭之后，楚、汉分争，又并入于汉。'
    const clauses = new ClauseTokens(text, segmenter.wordsAndTags)
    clauses.at(text.indexOf('七国'))
    // 周末七国分争， and 并入于秦。 (no numeral) is left.
    expect(clauses.cutCount).toBe(1)
    expect(clauses.count).toBe(8)
  })

  it('give extraction the facts and subjects of the whole text, on every corpus article', () => {
    const options = resolveOptions()
    let facts = 0
    for (const {name, text, publishedAt} of corpusTexts()) {
      const lazy = upToSegment(text, publishedAt, options)
      const eager = upToSegment(text, publishedAt, options)
      // Tokens set by hand replace the clause tokens: extraction then sees the whole text's.
      eager.data.tokens = whole(eager.data.text!)
      expect(tokensNear(eager)(0)).toBe(eager.data.tokens)
      extract(lazy, options)
      extract(eager, options)
      expect(lazy.data.facts, name).toEqual(eager.data.facts)
      facts += lazy.data.facts!.length
    }
    expect(facts).toBeGreaterThan(3000)
  })

  it('are cut when file.data.tokens is read', () => {
    const file = new VFile({value: ''})
    file.data.text = '总投资593亿元，同比增长12%。'
    segment(file, resolveOptions())
    expect(file.data.tokens).toEqual(whole(file.data.text))
    expect(Object.keys(file.data)).toContain('tokens')
  })
})
