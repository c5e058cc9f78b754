/**
 * `segment`: the normalized text with its tokens separated by spaces, one
 * line for each line of the text, as jieba's command line writes it
 * (`python -m jieba -d ' '`). The tokens are the record's (`tokens`): those
 * the library gives as `file.data.tokens`. White space is no token, so a
 * line's words are joined by one space whatever spaced them; control
 * characters are shown as `\u{…}`, as everywhere the CLI writes.
 */
import {formatRecord} from '../../report/text.js'
import type {ArticleRecord} from '../../types.js'
import {showControls} from '../../util/controls.js'
import type {OutputFormat} from './types.js'

export const segmentText: OutputFormat = {
  command: 'segment',
  name: 'text',
  create: ({out, show}) => ({
    async write({record, source}) {
      if (record.type === 'article') await out!.write(segmentedLines(record))
      else await show(formatRecord(record, source))
    },
    async end() {
      return 0
    }
  })
}

/** The article's text as lines of space-separated tokens, each line ending in `\n`. */
export function segmentedLines(record: ArticleRecord): string {
  const text = record.text
  const tokens = record.tokens ?? []
  let lines = ''
  let next = 0
  let lineStart = 0
  for (;;) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const words: string[] = []
    // A control character in a token (`ESC`, a bidi override) is shown as `\u{1B}`, never sent raw to a terminal.
    while (next < tokens.length && tokens[next]!.start < lineEnd) words.push(showControls(tokens[next++]!.word))
    // `\r\n` text: the `\r` is white space, no token.
    lines += words.join(' ') + '\n'
    // A text ending in a line break has no line after it, as a file's last line has none.
    if (newline === -1 || newline + 1 === text.length) return lines
    lineStart = newline + 1
  }
}
