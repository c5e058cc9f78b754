/** `show` (the default command): a readable report per article on stderr. */
import {formatRecord} from '../../report/text.js'
import type {OutputFormat} from './types.js'

export const showText: OutputFormat = {
  command: 'show',
  name: 'text',
  create: ({text, show}) => ({
    async write({record, source}) {
      await show(formatRecord(record, source, text))
    },
    async end() {
      return 0
    }
  })
}
