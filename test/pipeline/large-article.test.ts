import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {createNewsfacts} from '../../src/pipeline/index.js'
import {formatRecord} from '../../src/report/text.js'
import type {ArticleRecord, Fact} from '../../src/types.js'
import {root} from '../helpers.js'

/*
 * One huge article must read like its parts: the windows and indexes that
 * keep large articles linear (a sentence's reach, clause breaks found once,
 * binary searches for the facts before a position) must not change a fact.
 * Speed is measured by scripts/scale.ts, never here.
 */

const newsfacts = createNewsfacts()

function article(name: string): string {
  return readFileSync(path.join(root, 'corpus', 'articles', name), 'utf8').trimEnd()
}

function processed(id: string, value: string): {record: ArticleRecord; source: string} {
  const {record, source} = newsfacts.processSync({id, value})
  if (record.type !== 'article') throw new Error(`${id}: ${record.error.message}`)
  return {record, source}
}

/** A fact as found at `shift` characters into the text, moved back to the start; ids number the article's facts, so they go. */
function placed(fact: Fact, shift: number): unknown {
  const back = (span: readonly [number, number] | undefined) => span && [span[0] - shift, span[1] - shift]
  return {...fact, id: undefined, span: back(fact.span), sourceSpan: back(fact.sourceSpan), sentence: back(fact.sentence)}
}

describe('a large repetitive article', () => {
  for (const name of ['001_yunchuan_economy_h1.txt', '018_en_riverside_district_budget.txt']) {
    it(`gives, in each copy of ${name}, the facts the article gives alone`, () => {
      const one = article(name)
      const copies = Math.ceil(300_000 / Buffer.byteLength(`${one}\n\n`))
      const {record: big, source} = processed('big', Array.from({length: copies}, () => one).join('\n\n'))
      const alone = processed('one', one).record.facts.map((fact) => placed(fact, 0))
      expect(alone.length).toBeGreaterThan(10)
      expect(big.facts.length).toBe(alone.length * copies)
      for (let copy = 0; copy < copies; copy++) {
        const shift = copy * (one.length + 2)
        const found = big.facts.filter((fact) => fact.span[0] >= shift && fact.span[1] <= shift + one.length)
        expect(found.map((fact) => placed(fact, shift)), `copy ${copy}`).toEqual(alone)
      }
      // The report of so many facts keeps its rows narrow: no row is padded to a reason naming every repetition.
      const widest = formatRecord(big, source)
        .split('\n')
        .reduce((most, line) => Math.max(most, line.length), 0)
      expect(widest).toBeLessThan(1000)
    })
  }
})
