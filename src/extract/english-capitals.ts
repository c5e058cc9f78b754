/**
 * Where a word is written after a lower-case word or a comma (`… said Retail
 * …`): a capitalized word written so inside a sentence is a name. Asked for
 * many words of one text, the places are listed once per text, by their first
 * three characters; scanning the whole text for every word asked about is
 * quadratic.
 */

let indexedText: string | undefined
/** Places after `[a-z,] `, by the three characters there. */
let byHead = new Map<string, number[]>()
/** What was answered for each word of the text: its first two places (two are enough to find one that is not the word itself). */
let answered = new Map<string, number[]>()

const HEAD = 3

function index(text: string): void {
  if (text === indexedText) return
  byHead = new Map()
  answered = new Map()
  for (let p = 2; p < text.length; p++) {
    if (text[p - 1] !== ' ' || !/[a-z,]/.test(text[p - 2]!)) continue
    const head = text.slice(p, p + HEAD)
    let list = byHead.get(head)
    if (!list) byHead.set(head, (list = []))
    list.push(p)
  }
  indexedText = text
}

/** The first two places where `word` starts right after a lower-case letter or comma and a space. */
function placesAfterLowerCase(text: string, word: string): number[] {
  index(text)
  const known = answered.get(word)
  if (known) return known
  const found: number[] = []
  if (word.length >= HEAD) {
    for (const p of byHead.get(word.slice(0, HEAD)) ?? []) {
      if (text.startsWith(word, p)) found.push(p)
      if (found.length === 2) break
    }
  } else {
    // Short words have few spellings, each scanned for once per text.
    for (let p = text.indexOf(word); p !== -1 && found.length < 2; p = text.indexOf(word, p + 1)) {
      if (p >= 2 && text[p - 1] === ' ' && /[a-z,]/.test(text[p - 2]!)) found.push(p)
    }
  }
  answered.set(word, found)
  return found
}

/** Is `word` written after a lower-case word or a comma somewhere other than at `at`? */
export function writtenAfterLowerCase(text: string, word: string, at: number): boolean {
  return placesAfterLowerCase(text, word).some((place) => place !== at)
}
