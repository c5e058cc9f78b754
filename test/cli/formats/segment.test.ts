import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {segmentedLines} from '../../../src/cli/formats/segment.js'
import {execute} from '../../../src/cli/execute.js'
import {createNewsfacts} from '../../../src/pipeline/index.js'
import type {SegmenterName} from '../../../src/pipeline/options.js'
import {loadSegmenter, locate} from '../../../src/segment/index.js'
import type {ArticleRecord, Token} from '../../../src/types.js'
import {memoryIo, root, tempDir} from '../../helpers.js'

const articles = path.join(root, 'corpus', 'articles')
// Chinese (Traditional with pinyin, Simplified) and English articles of the corpus.
const files = readdirSync(articles)
  .filter((name) => /\.txt$/.test(name))
  .slice(0, 6)
  .map((name) => path.join(articles, name))

const nodejiebaInstalled = (() => {
  try {
    createRequire(import.meta.url).resolve('nodejieba')
    return true
  } catch {
    return false
  }
})()

const backends: Array<{segmenter: SegmenterName; skip: boolean}> = [
  {segmenter: 'node-rs', skip: false},
  {segmenter: 'nodejieba', skip: !nodejiebaInstalled}
]

for (const {segmenter, skip} of backends) {
  describe.skipIf(skip)(`segment and extract --tokens with ${segmenter}`, () => {
    const newsfacts = createNewsfacts({segmenter})
    /** What the library gives for a file: its text and `file.data.tokens`. */
    const library = (file: string) => {
      const {file: vfile} = newsfacts.processSync({id: file, value: readFileSync(file), path: file})
      return {text: vfile!.data.text!, tokens: vfile!.data.tokens!}
    }

    it('writes in each record the tokens the library gives, which are those of cutting the whole text', async () => {
      const io = memoryIo()
      expect(await execute(['extract', '--jobs', '0', '--segmenter', segmenter, '--tokens', ...files], io)).toBe(0)
      const records = io.out().trim().split('\n').map((line) => JSON.parse(line) as ArticleRecord)
      expect(records).toHaveLength(files.length)
      for (const [index, record] of records.entries()) {
        const {text, tokens} = library(files[index]!)
        expect(record.text).toBe(text)
        expect(record.tokens).toEqual(tokens)
        // Extraction cut only some clauses; the record has every token, as one cut of the whole text gives them.
        expect(record.tokens).toEqual(locate(text, loadSegmenter(segmenter).wordsAndTags(text)))
        for (const token of record.tokens!) expect(text.slice(token.start, token.end)).toBe(token.word)
      }
    })

    it('segment writes those tokens separated by spaces, a line for each line of the text', async () => {
      const io = memoryIo()
      expect(await execute(['segment', '--jobs', '0', '--segmenter', segmenter, '-q', ...files], io)).toBe(0)
      const expected = files
        .map((file) => {
          const {text, tokens} = library(file)
          return linesOf(text, tokens)
        })
        .join('')
      expect(io.out()).toBe(expected)
    })
  })
}

/** Independently of the formatter: each line's tokens, by where they start. */
function linesOf(text: string, tokens: readonly Token[]): string {
  const lines = text.replace(/\n$/, '').split('\n')
  let offset = 0
  return lines
    .map((line) => {
      const words = tokens.filter((token) => token.start >= offset && token.start < offset + line.length).map((token) => token.word)
      offset += line.length + 1
      return words.join(' ') + '\n'
    })
    .join('')
}

describe('segment', () => {
  it('keeps one output line per input line, blank lines too, and leaves out white space', async () => {
    const input = path.join(tempDir(), 'in.txt')
    writeFileSync(input, '一般公共预算收入25.3亿元。\n\nGDP rose  5.2 percent.\n今年上半年增长5%。\n')
    const io = memoryIo()
    expect(await execute(['segment', '--jobs', '0', '-q', input], io)).toBe(0)
    expect(io.out()).toBe(['一般公共预算收入 25 . 3 亿元 。', '', 'GDP rose 5 . 2 percent .', '今年 上半年 增长 5 % 。', ''].join('\n'))
  })

  it('shows a control character as \\u{…}, never raw (inputs holding one are refused as binary before this)', () => {
    const record = {text: '增长\u001b]0;x', tokens: [{word: '增长', tag: 'v', start: 0, end: 2}, {word: '\u001b]0;x', tag: 'x', start: 2, end: 7}]} as unknown as ArticleRecord
    expect(segmentedLines(record)).toBe('增长 \\u{1B}]0;x\n')
  })

  it('reports an input that fails on stderr, writes the others, and exits 1', async () => {
    const io = memoryIo('{"id":"a","text":"增长5%。"}\n{"id":"b"}\n')
    expect(await execute(['segment', '--jobs', '0', '-q', '-'], io)).toBe(1)
    expect(io.out()).toBe('增长 5 % 。\n')
    expect(io.err()).toMatch(/\bb\b.*no text field/s)
  })
})
