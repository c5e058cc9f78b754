import type {VFile} from 'vfile'
import type {ResolvedOptions} from '../pipeline/options.js'
import {InputError} from '../util/errors.js'
import {report} from '../util/file.js'
import {OffsetMap} from '../util/offset-map.js'
import {decodeBytes, type DecodedBytes} from './bytes.js'
import {extractHtml, isHtml} from './html.js'
import {assertProcessable} from './text-checks.js'

export {decodeBytes, type DecodedBytes, type EncodingEvidence} from './bytes.js'
export {resolveEncoding, type Encoding} from './encodings.js'
export {extractHtml, isHtml, type HtmlArticle} from './html.js'
export {normalizeDate} from './html-meta.js'
export {assertProcessable} from './text-checks.js'

const evidenceWords: Record<DecodedBytes['evidence'], string> = {
  forced: 'as requested',
  bom: 'from its byte order mark',
  valid: 'as it is valid UTF-8',
  pattern: 'from its byte pattern',
  declared: 'as its `<meta charset>` declares',
  scored: 'as its characters are most common in it',
  detected: 'as detected'
}

/**
 * Turn the input (bytes or text) into the original text every source span
 * indexes, and the text to normalize: the article's text when the input is
 * an HTML page, else the whole text.
 */
export function decode(file: VFile, options: ResolvedOptions): void {
  const size = typeof file.value === 'string' ? Buffer.byteLength(file.value) : file.value.byteLength
  if (size > options.maxBytes) {
    throw new InputError('too-large', `The input is ${size} bytes, more than the limit of ${options.maxBytes} bytes`)
  }
  if (size === 0) throw new InputError('empty', 'The input has no content (0 bytes)')

  let source: string
  if (typeof file.value === 'string') {
    // A BOM that survived into a string is not part of the text.
    source = file.value.replace(/^\uFEFF/, '')
  } else {
    const decoded = decodeBytes(file.value, options.encoding)
    source = decoded.text
    if (decoded.encoding !== 'UTF-8') {
      const message = report(file, `Decoded as ${decoded.encoding} (${evidenceWords[decoded.evidence]})`, {
        ruleId: 'encoding',
        source: 'decode',
        actual: decoded.encoding
      })
      // Informational: vfile marks info messages by leaving `fatal` unset.
      message.fatal = undefined
    }
  }
  assertProcessable(source)

  file.value = source
  file.data.source = source
  if (isHtml(source, file.extname)) {
    const article = extractHtml(source)
    if (article.text.trim() === '') throw new InputError('empty', 'The HTML page has no article text')
    file.data.text = article.text
    file.data.map = article.map
    // What the input stated (a JSONL field, a flag) wins over what the page says.
    file.data.title ??= article.title
    file.data.publishedAt ??= article.publishedAt
  } else {
    file.data.text = source
    file.data.map = OffsetMap.identity(source.length)
  }
}
