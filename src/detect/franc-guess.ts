import {lazyModule} from '../util/lazy.js'
import {toLanguageTag} from './language-tags.js'
import {wordShares} from './word-evidence.js'

// Asked only of text that is not Chinese or Japanese: Chinese runs never load its trigram tables.
const francModule = lazyModule<typeof import('franc')>('franc')

/**
 * Languages franc may answer per script. franc's full list reads short news
 * text badly (`The quick brown fox…` is Scots, a Spanish sentence Romani), so
 * each script gets the languages a news feed plausibly carries. Scripts not
 * listed (Thai, Greek, Georgian, …) belong to one language each and franc
 * answers them from the script alone.
 */
const candidates: Readonly<Record<string, readonly string[]>> = {
  Latn: [
    'eng', 'spa', 'fra', 'deu', 'por', 'ita', 'nld', 'ind', 'zlm', 'vie', 'tur', 'pol', 'ces', 'slk',
    'hun', 'ron', 'swe', 'dan', 'nob', 'fin', 'hrv', 'slv', 'lit', 'lvs', 'ekk', 'cat', 'glg', 'tgl',
    'swh', 'afr', 'som', 'hau', 'yor', 'uzn', 'azj'
  ],
  Cyrl: ['rus', 'ukr', 'bel', 'bul', 'srp', 'mkd', 'kaz'],
  Arab: ['arb', 'pes', 'urd', 'pbu'],
  Deva: ['hin', 'mar', 'npi']
}

/**
 * Cyrillic alphabets: a language whose alphabet lacks a letter of the text is
 * ruled out before franc is asked (`ы` rules out Ukrainian and Bulgarian, `і`
 * rules out Russian), which franc's trigrams get wrong on short text.
 */
const cyrillicAlphabets: Readonly<Record<string, string>> = {
  rus: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  ukr: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
  bel: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя',
  bul: 'абвгдежзийклмнопрстуфхцчшщъьюя',
  srp: 'абвгдђежзијклљмнњопрстћуфхцчџш',
  mkd: 'абвгдѓежзѕијклљмнњопрстќуфхцчџш',
  kaz: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі'
}

/** Below this many characters (letters and single spaces) franc's trigrams say little: answer `und`. */
export const MIN_LENGTH = 10

/**
 * How much a word share counts against franc's score. franc scores its best
 * language 1 and the others lower by how much farther their trigrams are; on
 * a short sentence the right language often scores 0.7–0.9 (`Oil hit a
 * barrel`: French 1, English 0.71), so one listed word in four outweighs
 * that. Chosen on scripts/detect-eval.ts: 0.5 gave English 72/84, 1.2 gives
 * 79/84; above that Czech, Swedish and Catalan sentences start to go to the
 * listed languages.
 */
export const WORD_WEIGHT = 1.2

/**
 * How far ahead the chosen language must be to count as sure. On the short
 * sentences of scripts/detect-eval.ts, 2 of 472 Latin-script guesses at or
 * above it were wrong, and 34 of 147 below it.
 */
export const SURE_MARGIN = 0.2

export interface FrancGuess {
  /** ISO 639-3 code, or `und`. */
  code: string
  /** The BCP-47 tag for it. */
  lang: string
  /** How far the chosen language's combined score is ahead of the next one's (0 for `und`, 1 when there was no other). */
  margin: number
  /** Share of the words that only the chosen language's list has (see word-evidence.ts). */
  wordShare: number
}

/**
 * Ask franc for the language of text written mainly in `script`, then weigh
 * in the words only one language lists: each candidate scores franc's score
 * plus {@link WORD_WEIGHT} times its word share.
 */
export function guessWithFranc(text: string, script: string): FrancGuess {
  // Digits and punctuation only add noise to trigrams.
  const words = text.replace(/[^\p{L}\p{M}]+/gu, ' ').trim()
  let only = candidates[script]
  if (script === 'Cyrl') only = fittingAlphabets(words)
  const scores = francModule().francAll(words, {minLength: MIN_LENGTH, ...(only ? {only: [...only]} : {})})
  if ((scores[0]?.[0] ?? 'und') === 'und') return {code: 'und', lang: 'und', margin: 0, wordShare: 0}
  const shares = wordShares(words.toLowerCase().split(' '))
  const combined = scores
    .map(([code, score]) => [code, score + WORD_WEIGHT * (shares.get(code) ?? 0)] as const)
    .sort((a, b) => b[1] - a[1])
  const [code, best] = combined[0]!
  const margin = Math.min(1, best - (combined[1]?.[1] ?? 0))
  return {code, lang: toLanguageTag(code), margin, wordShare: shares.get(code) ?? 0}
}

function fittingAlphabets(words: string): readonly string[] | undefined {
  const letters = new Set(words.toLowerCase().match(/\p{Script=Cyrillic}/gu) ?? [])
  const fitting = Object.keys(cyrillicAlphabets).filter((language) => {
    const alphabet = cyrillicAlphabets[language] ?? ''
    for (const letter of letters) if (!alphabet.includes(letter)) return false
    return true
  })
  return fitting.length > 0 ? fitting : candidates.Cyrl
}
