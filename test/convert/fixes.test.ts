import {describe, expect, it} from 'vitest'
import {outputFixes, sourceOverrides, toSimplified} from '../../src/convert/index.js'

describe('context fixes', () => {
  it('say where every entry comes from', () => {
    for (const fix of [...outputFixes, ...sourceOverrides]) {
      expect(fix.source).toMatch(/^(measured|usage|OpenCC-keep):/)
      expect([...fix.from]).toHaveLength([...fix.to].length)
    }
    const froms = outputFixes.map((fix) => fix.from)
    expect(new Set(froms).size).toBe(froms.length)
  })

  // The fixes act on Simplified output, and t and hk pass Simplified text through unchanged.
  it.each(outputFixes.map((fix) => [fix.from, fix.to]))('output fix %s -> %s applies (t, hk)', (from, to) => {
    for (const variant of ['t', 'hk'] as const) expect(toSimplified(from, variant).text).toBe(to)
  })

  // tw turns 著 into 着 itself, so only its repairs (着 -> 著) can be fed to it in Simplified.
  it.each(outputFixes.filter((fix) => fix.from.includes('着')).map((fix) => [fix.from, fix.to]))(
    'output fix %s -> %s applies (tw)',
    (from, to) => {
      expect(toSimplified(from, 'tw').text).toBe(to)
    }
  )

  it.each(sourceOverrides.map((fix) => [fix.from, fix.to]))('source override %s -> %s holds through every variant', (from, to) => {
    for (const variant of ['t', 'tw', 'hk'] as const) {
      expect(toSimplified(from, variant).text).toBe(to)
      expect(toSimplified(to, variant).text).toBe(to)
    }
  })
})
