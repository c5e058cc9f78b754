/**
 * Known failures, kept rather than deleted (`test/fixtures/extract/backlog.json`).
 * Each must still fail: when one passes, move it to the main tests.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {findNumbers} from '../../src/extract/numbers.js'
import {factsOf} from './helpers.js'

interface BacklogCase {
  text: string
  lang?: string
  want: Array<Record<string, unknown>>
  why: string
  /** The gap is in the number grammar: `want` lists numbers (`text`, `value`). */
  numbers?: boolean
}

const backlog = JSON.parse(readFileSync(new URL('../fixtures/extract/backlog.json', import.meta.url), 'utf8')) as {cases: BacklogCase[]}

describe('backlog', () => {
  for (const entry of backlog.cases) {
    it.fails(`${entry.text} (${entry.why})`, () => {
      if (entry.numbers) {
        const got = findNumbers(entry.text).map((number) => ({text: number.text, value: number.value}))
        const want = entry.want.map((fact) => ({text: fact.text, value: fact.value}))
        expect(got).toEqual(want)
        return
      }
      const got = factsOf(entry.text, {lang: entry.lang ?? 'zh-Hans'}).map((fact) => ({text: fact.text, kind: fact.kind, value: fact.value, unit: fact.unit, approx: fact.approx}))
      expect(got).toEqual(entry.want)
    })
  }
})
