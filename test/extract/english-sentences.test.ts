import {describe, expect, it} from 'vitest'
import {writtenAfterLowerCase} from '../../src/extract/english-capitals.js'
import {fullStopFrom, sentenceEnd, sentenceMemo, sentenceStart} from '../../src/extract/english-sentences.js'
import {emailAddress} from '../../src/extract/not-facts.js'

/** The scan back from `at` these lists replace, as it was written. */
function scannedSentenceStart(text: string, at: number): number {
  for (let k = at - 1; k > 0; k--) {
    if (text[k] === '\n' || (/[.!?]/.test(text[k]!) && /\s/.test(text[k + 1] ?? '') && !/^\s+[a-z]/.test(text.slice(k + 1, k + 4)))) return k + 1
  }
  return 0
}

function scannedAfterLowerCase(text: string, word: string, at: number): boolean {
  for (let index = text.indexOf(word); index !== -1; index = text.indexOf(word, index + 1)) {
    if (index !== at && /[a-z,] $/.test(text.slice(Math.max(0, index - 2), index))) return true
  }
  return false
}

const text =
  'Retail sales rose 5.2 percent. U.S. adults, 48 of them, said so! Then the fleet grew to 1,236. and on\nA new line? Yes.  Two spaces. said Retail chief, Retailers and Re and Re said In 2023 in In.'

describe('English sentences, found once per text', () => {
  it('start where the scan back from each position found them', () => {
    for (let at = 0; at <= text.length; at++) expect(sentenceStart(text, at), `at ${at}`).toBe(scannedSentenceStart(text, at))
  })

  it('end at the next start, and find the next full stop as indexOf did', () => {
    expect(sentenceEnd(text, 0)).toBe(text.indexOf('. ') + 1)
    for (let at = 0; at <= text.length; at++) {
      const found = text.indexOf('. ', at)
      expect(fullStopFrom(text, at), `at ${at}`).toBe(found === -1 ? text.length : found)
    }
  })

  it('read a stretch once, and again for another text', () => {
    let reads = 0
    const memo = sentenceMemo((of, start, end) => {
      reads++
      return of.slice(start, end)
    })
    expect(memo(text, 0, 6)).toBe('Retail')
    expect(memo(text, 0, 6)).toBe('Retail')
    expect(reads).toBe(1)
    expect(memo('Another text', 0, 7)).toBe('Another')
    expect(reads).toBe(2)
  })

  it('say where a word is written after a lower-case word or a comma, as the scan over the text did', () => {
    for (const word of ['Retail', 'Retailers', 'Re', 'In', 'U.S.', 'Yes', 'Nowhere']) {
      for (const at of [-1, 0, text.indexOf(word), text.lastIndexOf(word)]) {
        expect(writtenAfterLowerCase(text, word, at), `${word} at ${at}`).toBe(scannedAfterLowerCase(text, word, at))
      }
    }
  })
})

describe('the e-mail pattern', () => {
  it('finds addresses, and tries a long run of digits before an @ once, not from every digit', () => {
    expect('write to news.desk+cn@example.com.cn today'.match(new RegExp(emailAddress.source, 'g'))).toEqual(['news.desk+cn@example.com.cn'])
    const run = `${'1234567890'.repeat(2_000)} @x`
    const pattern = new RegExp(emailAddress.source, 'g')
    expect(pattern.exec(run)).toBeNull()
    // Timing belongs to the bench (`a digit run`); here, the bound that keeps each start to 64 steps.
    expect(emailAddress.source).toContain('{1,64}')
  })
})
