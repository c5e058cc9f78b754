/** `show` (the default command): a readable report per article, on stderr or to `--output`. */
import {formatRecord} from '../../report/text.js'
import type {OutputFormat} from './types.js'

export const showText: OutputFormat = {
  command: 'show',
  name: 'text',
  reportIsOutput: true,
  // Warnings, inconsistencies and a line of counts per article: a report of many articles that does not scroll away.
  brief: {compact: true},
  create: ({text, show}) => ({
    async write({record, source}) {
      await show(formatRecord(record, source, text))
    },
    async end() {
      return 0
    }
  })
}
