import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {codePointIndex, toCodePointOffsets} from '../../src/report/offsets.js'
import {createNewsfacts} from '../../src/pipeline/index.js'
import type {ArticleRecord, ConflictRecord} from '../../src/types.js'
import {memoryIo, seedPath, tempDir} from '../helpers.js'

/** Slicing as Python does: by code points. */
const slice = (text: string, [start, end]: readonly number[]) => Array.from(text).slice(start, end).join('')

// A rare CJK character (two UTF-16 units, one code point) and an emoji before every fact.
const text = '𠮷野家😀公告：一般公共预算收入25.3亿元，同比增长14%。'

describe('toCodePointOffsets', () => {
  const newsfacts = createNewsfacts({tokens: true})
  const {record, source} = newsfacts.processSync({id: 'a', value: text})
  const article = record as ArticleRecord

  it('counts UTF-16 units by default: two more than code points after 𠮷 and 😀', () => {
    const [fact] = article.facts
    expect(fact!.text).toBe('25.3亿元')
    expect(article.text.slice(...fact!.span)).toBe('25.3亿元')
    expect(slice(article.text, fact!.span)).not.toBe('25.3亿元')
  })

  it('gives spans, source spans, sentences and tokens that slice the text by code points', () => {
    const converted = toCodePointOffsets(article, source)
    expect(converted.facts.map((fact) => [fact.text, fact.span])).toEqual([
      ['25.3亿元', [15, 21]],
      ['同比增长14%', [22, 29]]
    ])
    for (const fact of converted.facts) {
      expect(slice(converted.text, fact.span)).toBe(fact.text)
      expect(slice(source, fact.sourceSpan)).toBe(fact.text)
      expect(slice(converted.text, fact.sentence!)).toBe(converted.text.slice(...article.facts[0]!.sentence!))
    }
    expect(converted.tokens!.slice(0, 3).map((token) => [token.word, token.start, token.end])).toEqual([
      ['𠮷', 0, 1],
      ['野', 1, 2],
      ['家', 2, 3]
    ])
    for (const token of converted.tokens!) expect(slice(converted.text, [token.start, token.end])).toBe(token.word)
    // The record given is left as it was.
    expect(article.facts[0]!.span).toEqual([17, 23])
  })

  it('leaves text without characters beyond the BMP as it is', () => {
    const map = codePointIndex('一般公共预算收入25.3亿元')
    expect([0, 8, 14].map(map)).toEqual([0, 8, 14])
    const {record, source} = createNewsfacts().processSync({id: 'b', value: '一般公共预算收入25.3亿元。'})
    expect(toCodePointOffsets(record, source)).toBe(record)
  })
})

describe('extract --offsets codepoint', () => {
  it('converts the JSON Lines records, the table columns and the conflict sides', async () => {
    const dir = tempDir()
    const input = path.join(dir, 'a.txt')
    writeFileSync(input, text)
    const io = memoryIo()
    expect(await execute(['extract', '--jobs', '0', '--offsets', 'codepoint', '--tokens', input], io)).toBe(0)
    const record = JSON.parse(io.out()) as ArticleRecord
    expect(record.facts[0]!.span).toEqual([15, 21])
    expect(record.tokens![3]).toMatchObject({word: '😀', start: 3, end: 4})

    const csv = memoryIo()
    expect(await execute(['extract', '--jobs', '0', '--offsets', 'codepoint', '--format', 'csv', input], csv)).toBe(0)
    const [header, row] = csv.out().trim().split('\n')
    const cells = Object.fromEntries(header!.split(',').map((name, index) => [name, row!.split(',')[index]]))
    expect([cells.span_start, cells.span_end, cells.source_start, cells.source_end]).toEqual(['15', '21', '15', '21'])

    // The seed, and a copy with an emoji before its (different) budget revenue: the copy's side moves by one.
    const seed = path.join(dir, 'a-seed.txt')
    const copy = path.join(dir, 'b-copy.txt')
    const original = readFileSync(seedPath, 'utf8')
    writeFileSync(seed, original)
    writeFileSync(copy, '😀' + original.replace('收入25.3億元', '收入26.3億元'))
    const units = memoryIo()
    await execute(['extract', '--jobs', '0', '--conflicts', seed, copy], units)
    const points = memoryIo()
    await execute(['extract', '--jobs', '0', '--conflicts', '--offsets', 'codepoint', seed, copy], points)
    const conflictOf = (out: string) => out.trim().split('\n').map((line) => JSON.parse(line) as ConflictRecord).find((line) => line.type === 'conflict')!
    const [seedUnits, copyUnits] = conflictOf(units.out()).sides
    const [seedPoints, copyPoints] = conflictOf(points.out()).sides
    expect(seedPoints!.sourceSpan).toEqual(seedUnits!.sourceSpan)
    expect(copyPoints!.sourceSpan).toEqual([copyUnits!.sourceSpan[0] - 1, copyUnits!.sourceSpan[1] - 1])
  })
})
