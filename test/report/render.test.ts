import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {renderFile} from '../../src/report/render.js'

const reasons = [
  '25.3亿元 = 2530000000 CNY · 一般公共预算收入',
  'Language zh-Hant: CJK characters are 99.8% of the weighted letters',
  'use `code` and ``more `code` here`` then `unclosed',
  'first line\nsecond line\r\nthird\rfourth',
  'emoji 👍🏽 and 👨‍👩‍👧 and flags 🇨🇳',
  'combining e\u0301 and 葛\uFE00 variation',
  'tab\there and ideographic\u3000space  ',
  '',
  'x'.repeat(300),
  '中'.repeat(300)
]

function file(messages: Array<{reason: string; fatal: boolean | null | undefined; line?: number; column?: number; ruleId?: string; source?: string}>): VFile {
  const result = new VFile({path: 'article.txt', value: 'text'})
  for (const {reason, fatal, line, column, ruleId, source} of messages) {
    const place = line === undefined ? undefined : {line, column: column ?? 1}
    const message = result.message(reason, {place, ruleId, source})
    message.fatal = fatal
  }
  return result
}

const both = (value: VFile, color: boolean, quiet: boolean) => ({
  ours: renderFile(value, {color, quiet}),
  theirs: reporter([value], {color, quiet, verbose: false, defaultName: '-'})
})

describe('renderFile', () => {
  it('prints what vfile-reporter prints, colored or not, quiet or not', () => {
    const messages = reasons.map((reason, index) => ({
      reason,
      fatal: [true, false, undefined][index % 3],
      line: index % 4 === 0 ? undefined : 1 + (index % 3),
      column: 1 + index,
      ruleId: ['rate-part-whole', 'language', ''][index % 3],
      source: ['check', 'detect', 'extract'][index % 3]
    }))
    for (const color of [false, true]) {
      for (const quiet of [false, true]) {
        const {ours, theirs} = both(file(messages), color, quiet)
        expect(ours).toBe(theirs)
      }
    }
  })

  it('prints a file without messages as vfile-reporter does', () => {
    expect(renderFile(file([]), {color: false, quiet: false})).toBe('article.txt: no issues found')
    expect(renderFile(file([]), {color: false, quiet: true})).toBe('')
  })

  it('agrees with vfile-reporter on random messages', () => {
    const message = fc.record({
      reason: fc.oneof(fc.constantFrom(...reasons), fc.string({maxLength: 40}), fc.string({unit: 'grapheme', maxLength: 20})),
      fatal: fc.constantFrom(true, false, undefined),
      line: fc.option(fc.integer({min: 1, max: 3}), {nil: undefined}),
      column: fc.integer({min: 1, max: 3}),
      ruleId: fc.constantFrom('a', 'rule-b', 'Rule', ''),
      source: fc.constantFrom('check', 'extract', 'Check', '')
    })
    fc.assert(
      fc.property(fc.array(message, {maxLength: 8}), fc.boolean(), fc.boolean(), (messages, color, quiet) => {
        const {ours, theirs} = both(file(messages), color, quiet)
        expect(ours).toBe(theirs)
      }),
      {numRuns: 500}
    )
  })
})
