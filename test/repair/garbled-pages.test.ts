/**
 * The pinyin-garbled mirror pages of the real-news corpus (any article
 * whose text carries the garble): after the pipeline, no annotation is
 * left and no Traditional character either. Held-out articles are asserted
 * as a total only, so that a failure names none of them (corpus-real/README.md).
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {hanEvidence} from '../../src/detect/index.js'
import {createNewsfacts} from '../../src/pipeline/index.js'
import {findAnnotations, GARBLE_MODE_THRESHOLD} from '../../src/repair/index.js'

interface Article {
  id: string
  text: string
  publishedAt: string | null
}

const root = new URL('../../corpus-real/', import.meta.url)
const splits = JSON.parse(readFileSync(new URL('splits.json', root), 'utf8')) as Record<'dev' | 'heldout' | 'retired', string[]>
const read = (id: string) => JSON.parse(readFileSync(new URL(`articles/${id}.json`, root), 'utf8')) as Article

/** A page carries the garble when it has enough mirror annotations to put it in garble mode. */
function isGarbled(article: Article): boolean {
  return findAnnotations(article.text).filter((annotation) => annotation.kind === 'converted').length >= GARBLE_MODE_THRESHOLD
}

// Written independently of the repair's classes: any tone-marked syllable in ASCII brackets right after a Han character.
const leftover = /\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɡ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɡ]*\)/gu
/** Genuine glosses a page of the corpus has, which must survive (`亳(bó)州`, `六(lù)安`): none so far. */
const glosses: readonly string[] = []

const newsfacts = createNewsfacts()

function normalized(article: Article): string {
  const {record} = newsfacts.processSync({id: article.id, value: article.text, publishedAt: article.publishedAt})
  if (record.type !== 'article') throw new Error(`${article.id}: ${record.type}`)
  return record.text
}

function damage(article: Article): {annotations: string[]; traditional: number} {
  const text = normalized(article)
  const annotations = [...text.matchAll(leftover)].map(([match]) => match).filter((match) => !glosses.includes(match))
  return {annotations, traditional: hanEvidence(text).traditional}
}

const open = [...splits.dev, ...splits.retired].map(read).filter(isGarbled)
const heldout = splits.heldout.map(read).filter(isGarbled)

describe('garbled pages of corpus-real', () => {
  it('finds the garbled pages', () => {
    expect(open.length).toBeGreaterThanOrEqual(6)
    expect(heldout.length).toBeGreaterThanOrEqual(2)
    // The check below sees the garble as it arrived.
    for (const article of open) expect(article.text.match(leftover)?.length ?? 0).toBeGreaterThan(GARBLE_MODE_THRESHOLD)
  })

  it.each(open.map((article) => [article.id, article] as const))('%s: no annotation, no Traditional character', (_, article) => {
    expect(damage(article)).toEqual({annotations: [], traditional: 0})
  })

  it('held out: no annotation, no Traditional character, in total', () => {
    const totals = heldout.map(damage).reduce((sum, one) => ({annotations: sum.annotations + one.annotations.length, traditional: sum.traditional + one.traditional}), {annotations: 0, traditional: 0})
    expect(totals).toEqual({annotations: 0, traditional: 0})
  })
})
