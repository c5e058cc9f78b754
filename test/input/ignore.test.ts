import {describe, expect, it} from 'vitest'
import {isIgnored, parseIgnoreRules} from '../../src/input/ignore.js'

describe('.newsfactsignore', () => {
  const rules = parseIgnoreRules('# gold and notes\ngold/\nREADME.md\ndrafts/*.txt\n**/tmp-*\n')

  it('matches names at any depth, directories only with a trailing slash', () => {
    expect(isIgnored(rules, 'gold', true)).toBe(true)
    expect(isIgnored(rules, 'gold', false)).toBe(false)
    expect(isIgnored(rules, 'sub/README.md', false)).toBe(true)
  })

  it('anchors patterns with a slash to the ignore file’s directory', () => {
    expect(isIgnored(rules, 'drafts/a.txt', false)).toBe(true)
    expect(isIgnored(rules, 'x/drafts/a.txt', false)).toBe(false)
    expect(isIgnored(rules, 'drafts/a.html', false)).toBe(false)
    expect(isIgnored(rules, 'a/b/tmp-1.txt', false)).toBe(true)
  })

  it('ignores nothing for an empty file', () => {
    expect(isIgnored(parseIgnoreRules('\n# only a comment\n'), 'a.txt', false)).toBe(false)
  })
})
