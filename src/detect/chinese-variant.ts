import HKVariants from 'opencc-js/dict/HKVariants'
import STCharacters from 'opencc-js/dict/STCharacters'
import TSCharacters from 'opencc-js/dict/TSCharacters'
import TWVariants from 'opencc-js/dict/TWVariants'
import {alsoTraditional} from './also-traditional.js'
import {scriptOf} from './scripts.js'

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
}

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
    sets = {traditional, simplified}
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
  const {traditional, simplified} = characterSets()
  const evidence: HanEvidence = {han: 0, traditional: 0, simplified: 0}
  for (const char of text) {
    if (scriptOf(char) !== 'Hani') continue
    evidence.han++
    if (traditional.has(char)) evidence.traditional++
    else if (simplified.has(char)) evidence.simplified++
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
