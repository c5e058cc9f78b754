import type {VFile} from 'vfile'
import type {ResolvedOptions} from '../pipeline/options.js'
import {report, toSource} from '../util/file.js'
import {findDateline, normalizePublishedAt} from './dateline.js'

export {findDateline, normalizePublishedAt, type Dateline} from './dateline.js'

/**
 * Publication date and title. A date the input gave (JSONL field, HTML meta)
 * wins; otherwise the dateline near the top of the text; otherwise the
 * `publishedAt` option (`--published-at`), which is for inputs that state
 * none. Relative dates (去年12月) are resolved against it by the extract stage.
 */
export function metadata(file: VFile, options: ResolvedOptions): void {
  const text = file.data.text ?? ''
  const given = file.data.publishedAt
  if (given) {
    const normalized = normalizePublishedAt(given)
    if (normalized) file.data.publishedAt = normalized
    else {
      report(file, `Ignored the publication date \`${given}\`: not a date`, {ruleId: 'published-at', source: 'metadata'})
      file.data.publishedAt = null
    }
  }
  let datelineStart: number | undefined
  if (!file.data.publishedAt) {
    const dateline = findDateline(text)
    if (dateline) {
      file.data.publishedAt = dateline.date
      datelineStart = dateline.span[0]
      report(file, `Publication date ${dateline.date}, from the dateline`, {
        ruleId: 'published-at',
        source: 'metadata',
        sourceSpan: toSource(file, dateline.span),
        fatal: null
      })
    }
  }
  if (!file.data.publishedAt && options.publishedAt) {
    file.data.publishedAt = options.publishedAt
    report(file, `Publication date ${options.publishedAt}, as given for inputs that state none`, {ruleId: 'published-at', source: 'metadata', fatal: null})
  }
  if (!file.data.title && datelineStart !== undefined) {
    // News pages put the headline on the line(s) just above the dateline.
    const title = text.slice(0, datelineStart).trim()
    if (title && !title.includes('\n') && title.length <= 100) file.data.title = title
  }
}
