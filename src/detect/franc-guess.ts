import {franc} from 'franc'
import {toLanguageTag} from './language-tags.js'

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

export interface FrancGuess {
  /** franc's ISO 639-3 code, or `und`. */
  code: string
  /** The BCP-47 tag for it. */
  lang: string
}

/** Ask franc for the language of text written mainly in `script`. */
export function guessWithFranc(text: string, script: string): FrancGuess {
  // Digits and punctuation only add noise to trigrams.
  const words = text.replace(/[^\p{L}\p{M}]+/gu, ' ').trim()
  let only = candidates[script]
  if (script === 'Cyrl') only = fittingAlphabets(words)
  const code = franc(words, {minLength: MIN_LENGTH, ...(only ? {only: [...only]} : {})})
  return {code, lang: toLanguageTag(code)}
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
