import HKVariants from 'opencc-js/dict/HKVariants'
import STCharacters from 'opencc-js/dict/STCharacters'
import TSCharacters from 'opencc-js/dict/TSCharacters'
import TWVariants from 'opencc-js/dict/TWVariants'
import {alsoTraditional} from './also-traditional.js'
import {scriptOfCode} from './scripts.js'

/** How a text's Han characters split between the two scripts. */
export interface HanEvidence {
  /** Han characters in the text. */
  han: number
  /** Han characters that Traditional-to-Simplified conversion would change (`們`, `實`). */
  traditional: number
  /** Han characters that are Simplified only (`们`, `实`; not `后`, `台`, which Traditional uses too). */
  simplified: number
}

interface CharacterSets {
  traditional: Set<string>
  simplified: Set<string>
  /** For each BMP character: TRADITIONAL, SIMPLIFIED or 0 (the sets, as a table: no string per character). */
  bmp: Uint8Array
}

const TRADITIONAL = 1
const SIMPLIFIED = 2

// Built on first use: importing the dictionaries is cheap, splitting them is not free.
let sets: CharacterSets | undefined

function characterSets(): CharacterSets {
  if (!sets) {
    const traditional = changedKeys(TSCharacters)
    const simplified = changedKeys(STCharacters)
    for (const char of alsoTraditional) simplified.delete(char)
    for (const dictionary of [TWVariants, HKVariants]) {
      for (const [, regional] of entries(dictionary)) simplified.delete(regional)
    }
    const bmp = new Uint8Array(0x10000)
    // Traditional wins where a character is in both, as in `hanEvidence`.
    for (const [set, kind] of [[simplified, SIMPLIFIED], [traditional, TRADITIONAL]] as const) {
      for (const char of set) if (char.length === 1) bmp[char.charCodeAt(0)] = kind
    }
    sets = {traditional, simplified, bmp}
  }
  return sets
}

function entries(dictionary: string): Array<[string, string]> {
  return dictionary.split('|').map((line) => {
    const [key = '', value = ''] = line.split(' ')
    return [key, value]
  })
}

/** Keys of a character dictionary that map to a different character. */
function changedKeys(dictionary: string): Set<string> {
  const keys = new Set<string>()
  for (const [key, value] of entries(dictionary)) if (key !== value) keys.add(key)
  return keys
}

/** Count the Han characters of `text` that only one of the two scripts uses. */
export function hanEvidence(text: string): HanEvidence {
  const {traditional, simplified, bmp} = characterSets()
  const evidence: HanEvidence = {han: 0, traditional: 0, simplified: 0}
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!
    if (code > 0xffff) index++
    if (scriptOfCode(code) !== 'Hani') continue
    evidence.han++
    let kind = 0
    if (code <= 0xffff) kind = bmp[code]!
    else {
      const char = String.fromCodePoint(code)
      kind = traditional.has(char) ? TRADITIONAL : simplified.has(char) ? SIMPLIFIED : 0
    }
    if (kind === TRADITIONAL) evidence.traditional++
    else if (kind === SIMPLIFIED) evidence.simplified++
  }
  return evidence
}

/**
 * Traditional when Traditional-only characters outnumber Simplified-only
 * ones. Comparing the two, rather than thresholding one share, keeps a few
 * Traditional characters in Simplified text from flipping it, and keeps
 * mirror-site text (crudely converted to Traditional, some characters left
 * Simplified) Traditional. Text of shared characters only is Simplified,
 * the mainland default.
 */
export function chineseScript(evidence: HanEvidence): 'Hans' | 'Hant' {
  return evidence.traditional > evidence.simplified ? 'Hant' : 'Hans'
}
