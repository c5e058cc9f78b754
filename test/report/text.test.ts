import {readFileSync} from 'node:fs'
import stringWidth from 'string-width'
import {describe, expect, it} from 'vitest'
import {createNewsfacts} from '../../src/pipeline/index.js'
import {formatRecord, wrap} from '../../src/report/text.js'
import {seedPath} from '../helpers.js'

describe('wrap', () => {
  it('breaks English after spaces, never inside a word', () => {
    expect(wrap('Removed 194 pinyin annotations left by a mirror site', 20)).toEqual(['Removed 194 pinyin', 'annotations left by', 'a mirror site'])
  })

  it('breaks Chinese between characters (two columns each), keeping closing punctuation on its line', () => {
    expect(wrap('一般公共预算收入，在全省排名第2位', 16)).toEqual(['一般公共预算收', '入，在全省排名第', '2位'])
    expect(wrap('一般公共预算收入，在全省排名第2位', 18)).toEqual(['一般公共预算收入，', '在全省排名第2位'])
  })

  it('gives a word longer than the width a line of its own', () => {
    expect(wrap('see https://example.com/a/very/long/path now', 12)).toEqual(['see', 'https://example.com/a/very/long/path', 'now'])
  })
})

describe('formatRecord', () => {
  const newsfacts = createNewsfacts()
  const {record, source} = newsfacts.processSync({id: 'seed.txt', value: readFileSync(seedPath)})

  it('shows only warnings and errors when quiet', () => {
    expect(formatRecord(record, source, {quiet: true})).toBe(
      [
        'seed.txt',
        "1:4-1:8 warning Removed 194 pinyin annotations left by a mirror site's Traditional conversion pinyin-annotation repair",
        '',
        '⚠ 1 warning'
      ].join('\n')
    )
  })

  it('is empty when quiet and the article has nothing to warn about', () => {
    const clean = newsfacts.processSync({id: 'clean.txt', value: '本报讯 2023年全区完成投资25.3亿元，同比增长14%。'})
    expect(formatRecord(clean.record, clean.source, {quiet: true})).toBe('')
  })

  it('fits a terminal: long reasons continue under the reason column', () => {
    const lines = formatRecord(record, source, {width: 100}).split('\n')
    expect(Math.max(...lines.map((line) => stringWidth(line)))).toBe(100)
    const language = lines.findIndex((line) => line.includes('Language zh-Hant: CJK characters'))
    const indent = lines[language]!.indexOf('Language')
    expect(lines.slice(language, language + 3).map((line) => line.slice(indent))).toEqual([
      'Language zh-Hant: CJK characters are 99.8%  language                  detect',
      'of the weighted letters; of 980 Han',
      'characters 388 (39.6%) are Traditional-only'
    ])
    expect(lines[language + 1]!.slice(0, indent).trim()).toBe('')
  })

  it('wraps a reason over 400 columns when no width is given, so the other rows are not padded to it', () => {
    const first = record.type === 'article' ? record.facts[0]! : undefined
    if (record.type !== 'article' || !first) throw new Error('the seed has facts')
    const long = {rule: 'repeated-value', verdict: 'consistent' as const, facts: [first.id], message: Array.from({length: 300}, (_, index) => `at ${index}`).join(', ')}
    const lines = formatRecord({...record, checks: [...record.checks, long]}, source).split('\n')
    const start = lines.findIndex((line) => line.includes('consistent: at 0, at 1,'))
    const indent = lines[start]!.indexOf('consistent: at 0')
    const continued = lines.slice(start + 1).findIndex((line) => !line.startsWith(' '.repeat(indent)))
    expect(continued).toBe(5)
    expect(lines.slice(start + 1, start + 1 + continued).map((line) => stringWidth(line.slice(indent)))).toEqual([399, 399, 399, 399, 299])
    expect(lines[start + continued]!.endsWith('at 298, at 299')).toBe(true)
    // Place and severity, a 400-column reason column, then the rule and source columns: not 2,000 columns.
    expect(Math.max(...lines.map((line) => stringWidth(line)))).toBe(457)
  })

  it('keeps one line per message when no width is given', () => {
    const lines = formatRecord(record, source).split('\n')
    expect(lines.filter((line) => line.includes('Language zh-Hant')).length).toBe(1)
    expect(lines.find((line) => line.includes('88 / 111'))).toContain('consistent: 开复工率: 88 / 111 = 79.3%, within 79% ± 0.5 (stated precision)')
  })
})
