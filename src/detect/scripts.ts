/**
 * Letters counted by writing system (ISO 15924 codes). Digits, punctuation,
 * symbols and spaces are not letters and are not counted.
 */
export type LetterCounts = Record<string, number>

/** Han characters (`Hani`), kana (`Hrkt`: hiragana and katakana) and Hangul (`Hang`). */
export const cjkScripts: readonly string[] = ['Hani', 'Hrkt', 'Hang']

// Tried in order for letters outside the fast paths below; the first match wins.
const scriptPatterns: ReadonlyArray<readonly [code: string, pattern: RegExp]> = [
  ['Hani', /\p{Script=Han}/u],
  // Extensions, so that the prolonged sound mark `ー` (script Common) counts as kana.
  ['Hrkt', /[\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Latn', /\p{Script=Latin}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Beng', /\p{Script=Bengali}/u],
  ['Guru', /\p{Script=Gurmukhi}/u],
  ['Gujr', /\p{Script=Gujarati}/u],
  ['Orya', /\p{Script=Oriya}/u],
  ['Taml', /\p{Script=Tamil}/u],
  ['Telu', /\p{Script=Telugu}/u],
  ['Knda', /\p{Script=Kannada}/u],
  ['Mlym', /\p{Script=Malayalam}/u],
  ['Sinh', /\p{Script=Sinhala}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Laoo', /\p{Script=Lao}/u],
  ['Khmr', /\p{Script=Khmer}/u],
  ['Mymr', /\p{Script=Myanmar}/u],
  ['Tibt', /\p{Script=Tibetan}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Ethi', /\p{Script=Ethiopic}/u],
  ['Thaa', /\p{Script=Thaana}/u],
  ['Tfng', /\p{Script=Tifinagh}/u],
  ['Yiii', /\p{Script=Yi}/u],
  ['Olck', /\p{Script=Ol_Chiki}/u]
]

const letter = /[\p{L}\p{Nl}]/u
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u

/** Whether the text has any hiragana or katakana: then its Han characters may be Japanese. */
export function hasKana(text: string): boolean {
  return kana.test(text)
}

/** Count the letters of `text` per script. */
export function countLetters(text: string): LetterCounts {
  // Counted by answer, then the scripts in the order they first appear, as counting into the object would.
  const tally = new Int32Array(MAX_ANSWERS)
  const seen: number[] = []
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!
    if (code > 0xffff) index++
    const answer = answerOf(code)
    if (tally[answer]!++ === 0) seen.push(answer)
  }
  const counts: LetterCounts = {}
  for (const answer of seen) {
    const script = answers[answer]
    if (script !== undefined) counts[script] = tally[answer]!
  }
  return counts
}

/** ISO 15924 code of a letter's script, `Zzzz` for a letter of another script, or `undefined` for a non-letter. */
export function scriptOf(char: string): string | undefined {
  const code = char.codePointAt(0) ?? 0
  // News text is overwhelmingly ASCII and common Han: answer those without a regex.
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 'Latn' : undefined
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return 'Hani'
  if (code >= 0xac00 && code <= 0xd7a3) return 'Hang'
  if (!letter.test(char)) return undefined
  for (const [script, pattern] of scriptPatterns) if (pattern.test(char)) return script
  return 'Zzzz'
}

/*
 * The answer of `scriptOf` for each BMP code point, on first sight: an index
 * into `answers`, plus one (0: not asked yet). Whole texts go through here,
 * and a regex per CJK punctuation mark, or a string per character, costs
 * more than a table.
 */
const answers: Array<string | undefined> = []
const bmpAnswers = new Uint8Array(0x10000)
/** Every script of `scriptPatterns`, `Zzzz` and none. */
const MAX_ANSWERS = scriptPatterns.length + 2

/** Index in `answers` of the script of the code point `code` (a lone surrogate counts as itself, as in a string). */
function answerOf(code: number): number {
  if (code > 0xffff) return indexOfAnswer(scriptOf(String.fromCodePoint(code)))
  let entry = bmpAnswers[code]!
  if (entry === 0) {
    entry = indexOfAnswer(scriptOf(String.fromCharCode(code))) + 1
    bmpAnswers[code] = entry
  }
  return entry - 1
}

function indexOfAnswer(script: string | undefined): number {
  const at = answers.indexOf(script)
  return at === -1 ? answers.push(script) - 1 : at
}

/** {@link scriptOf} of the code point `code` (a lone surrogate counts as itself, as in a string). */
export function scriptOfCode(code: number): string | undefined {
  return answers[answerOf(code)]
}
