import {describe, expect, it} from 'vitest'
import {createContext} from '../../src/check/context.js'
import {lastCandidateBefore, lastFactBefore} from '../../src/check/layout.js'
import type {Fact} from '../../src/types.js'

function fact(id: string, kind: Fact['kind'], start: number, end: number): Fact {
  return {id, kind, value: kind === 'date' ? '2023' : 1, unit: null, approx: 'exact', text: 'x'.repeat(end - start), span: [start, end], sourceSpan: [start, end], subject: null}
}

describe('lastCandidateBefore', () => {
  it('finds what lastFactBefore finds, looking only at the candidates', () => {
    const text = 'x'.repeat(200)
    const facts = [fact('f1', 'date', 0, 4), fact('f2', 'count', 10, 14), fact('f3', 'date', 20, 40), fact('f4', 'count', 30, 34), fact('f5', 'date', 60, 64), fact('f6', 'count', 100, 104)]
    const context = createContext({text, facts})
    const isDate = (candidate: Fact) => candidate.kind === 'date'
    const dates = context.facts.flatMap((candidate, index) => (isDate(candidate) ? [index] : []))
    for (let at = 0; at <= text.length; at += 3) {
      for (const horizon of [0, 25, 70]) {
        expect(lastCandidateBefore(context, dates, at, horizon)?.id, `at ${at}, horizon ${horizon}`).toBe(lastFactBefore(context, at, isDate, horizon)?.id)
      }
    }
    expect(lastCandidateBefore(context, dates, 35)?.id).toBe('f1')
    expect(lastCandidateBefore(context, dates, 45)?.id).toBe('f3')
  })
})
