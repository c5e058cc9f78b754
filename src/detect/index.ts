import type {VFile} from 'vfile'
import type {ResolvedOptions} from '../pipeline/options.js'
import {report} from '../util/file.js'
import {detectLanguage} from './detect-language.js'

export {detectLanguage, letterWeight, type LanguageGuess} from './detect-language.js'
export type {LanguageConfidence} from '../types.js'
export {hanEvidence, chineseScript, type HanEvidence} from './chinese-variant.js'
export {countLetters, hasKana, scriptOf, type LetterCounts} from './scripts.js'
export {toLanguageTag} from './language-tags.js'

/**
 * Stage: record the language and script of the repaired text, before any
 * conversion, and how sure that is, with one message saying why: info, or a
 * warning when the language is unknown, since the stages after it then have
 * no language to read the text by.
 */
export function detect(file: VFile, _options: ResolvedOptions): void {
  const guess = detectLanguage(file.data.text ?? '')
  file.data.lang = guess.lang
  file.data.script = guess.script
  file.data.langConfidence = guess.confidence
  const unknown = guess.confidence === 'none'
  // Informational unless unknown: `report` makes warnings without `fatal: null`.
  report(file, guess.reason, {ruleId: 'language', source: 'detect', fatal: unknown ? false : null})
}
