import type {VFile} from 'vfile'
import {detectLanguage} from '../detect/detect-language.js'
import type {ResolvedOptions} from '../pipeline/options.js'
import {report, setText} from '../util/file.js'
import {toSimplified} from './to-simplified.js'

export {toSimplified, type Simplified} from './to-simplified.js'
export {outputFixes, sourceOverrides, type Fix} from './fixes.js'

export const ruleId = 'traditional-to-simplified'

/**
 * Stage: convert every Chinese stretch of an article to mainland
 * Simplified, composing the offset map, with one info message giving the
 * number of characters converted. A page mostly in English keeps its
 * English and has its Chinese converted; Japanese and Korean pages, and
 * lines with kana, are left as they are. `lang` and `script` keep what
 * detect found before conversion.
 */
export function convert(file: VFile, options: ResolvedOptions): void {
  const text = file.data.text
  if (text === undefined) return
  const lang = file.data.lang ?? detectLanguage(text).lang
  // Their Han characters are kanji and hanja, not Chinese.
  if (lang.startsWith('ja') || lang.startsWith('ko')) return
  const result = toSimplified(text, options.from)
  if (result.japaneseLines > 0 && lang.startsWith('zh')) {
    const lines = result.japaneseLines === 1 ? '1 line' : `${result.japaneseLines} lines`
    info(file, `Not converted to Simplified: ${lines} with kana, whose Han characters may be Japanese`)
  }
  if (result.changed === 0) return
  setText(file, result.text, result.map)
  const characters = result.changed === 1 ? 'character' : 'characters'
  info(file, `Converted ${result.changed} ${characters} to mainland Simplified (OpenCC \`${options.from}\` to \`cn\`)`)
}

function info(file: VFile, reason: string): void {
  const message = report(file, reason, {ruleId, source: 'convert'})
  // Informational: `report` only makes warnings and errors.
  message.fatal = undefined
}
