import {describe, expect, it} from 'vitest'
import {createNewsfacts} from '../../src/pipeline/index.js'
import {formatRecord} from '../../src/report/text.js'
import {showControls} from '../../src/util/controls.js'

describe('showControls', () => {
  it('makes C0, C1 and bidi controls visible and leaves text, tabs and line feeds alone', () => {
    expect(showControls('evil\u001B]0;pwned\u0007')).toBe('evil\\u{1B}]0;pwned\\u{7}')
    expect(showControls('a\u202Etxt.exe')).toBe('a\\u{202E}txt.exe')
    expect(showControls('x\u0085y\u2066z')).toBe('x\\u{85}y\\u{2066}z')
    expect(showControls('收入25.3亿元\t增长14%\n')).toBe('收入25.3亿元\t增长14%\n')
  })
})

describe('reports on a terminal', () => {
  const newsfacts = createNewsfacts()

  it('never print an escape sequence or bidi control from an id or an error message', () => {
    const id = 'evil\u001B[2J\u001B]0;pwned\u0007\u202Efdp.txt'
    const article = newsfacts.processSync({id, value: '收入25.3亿元，增长14%。'})
    const failed = newsfacts.processSync({id, value: ''})
    for (const report of [formatRecord(article.record, article.source), formatRecord(failed.record, failed.source)]) {
      expect(report).not.toMatch(/[\u001B\u0007\u202E]/u)
      expect(report).toContain('evil\\u{1B}[2J\\u{1B}]0;pwned\\u{7}\\u{202E}fdp.txt')
    }
  })
})
