import {InputError} from '../util/errors.js'

/** Control characters that never occur in text: C0 except tab, newlines, form feed and escape; DEL is let through. */
const controlPattern = /[\x00-\x08\x0E-\x1A\x1C-\x1F]/g

/** More stray control characters than this share of the text means binary data. */
const MAX_CONTROL_SHARE = 0.01

/** Throw unless the decoded text is something to process: not empty, not binary. */
export function assertProcessable(text: string): void {
  if (text.trim() === '') {
    throw new InputError('empty', text.length === 0 ? 'The input has no content (0 bytes)' : 'The input holds only whitespace, no text')
  }
  if (text.includes('\0')) throw new InputError('binary', 'The input is not text: it contains NUL characters')
  const controls = text.match(controlPattern)?.length ?? 0
  if (controls / text.length > MAX_CONTROL_SHARE) {
    throw new InputError('binary', `The input is not text: it contains ${controls} control characters`)
  }
}
