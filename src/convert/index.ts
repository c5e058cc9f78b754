import type {VFile} from 'vfile'
import {detectLanguage} from '../detect/detect-language.js'
import {hasKana} from '../detect/scripts.js'
import type {ResolvedOptions} from '../pipeline/options.js'
import {report, setText} from '../util/file.js'
import {toSimplified} from './to-simplified.js'

export {toSimplified, type Simplified} from './to-simplified.js'
export {outputFixes, sourceOverrides, type Fix} from './fixes.js'

export const ruleId = 'traditional-to-simplified'

/**
 * Stage: convert a Chinese article to mainland Simplified, composing the
 * offset map, with one info message giving the number of characters
 * converted. Other languages, and Chinese text with kana, are left as they
 * are. `lang` and `script` keep what detect found before conversion.
 */
export function convert(file: VFile, options: ResolvedOptions): void {
  const text = file.data.text
  if (text === undefined) return
  const lang = file.data.lang ?? detectLanguage(text).lang
  if (!lang.startsWith('zh')) return
  if (hasKana(text)) {
    info(file, 'Not converted to Simplified: the text has kana, so its Han characters may be Japanese')
    return
  }
  const result = toSimplified(text, options.from)
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
