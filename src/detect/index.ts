import type {VFile} from 'vfile'
import type {ResolvedOptions} from '../pipeline/options.js'
import {report} from '../util/file.js'
import {detectLanguage} from './detect-language.js'

export {detectLanguage, letterWeight, type LanguageGuess} from './detect-language.js'
export {hanEvidence, chineseScript, type HanEvidence} from './chinese-variant.js'
export {countLetters, hasKana, scriptOf, type LetterCounts} from './scripts.js'
export {toLanguageTag} from './language-tags.js'

/**
 * Stage: record the language and script of the repaired text, before any
 * conversion, with one info message saying why.
 */
export function detect(file: VFile, _options: ResolvedOptions): void {
  const guess = detectLanguage(file.data.text ?? '')
  file.data.lang = guess.lang
  file.data.script = guess.script
  const message = report(file, guess.reason, {ruleId: 'language', source: 'detect'})
  // Informational: `report` only makes warnings and errors.
  message.fatal = undefined
}
