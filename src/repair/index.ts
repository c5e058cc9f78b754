import type {VFile} from 'vfile'
import type {ResolvedOptions} from '../pipeline/options.js'
import type {Span} from '../types.js'
import {report, setText, toSource} from '../util/file.js'
import {OffsetMap, type Rewrite} from '../util/offset-map.js'
import {decodeHtmlEntities} from './html-entities.js'
import {decodeJsonEscapes} from './json-escapes.js'
import {repairGbkMojibake} from './mojibake-gbk.js'
import {repairLatin1Mojibake} from './mojibake-latin1.js'
import {normalizeFullWidth} from './full-width.js'
import {stripPinyinAnnotations} from './pinyin-annotations.js'
import {repairShiftedGbk} from './shifted-gbk.js'
import type {Finding, RepairResult} from './types.js'
import {findUnrecoverableMojibake} from './unrecoverable.js'
import {removeZeroWidth} from './zero-width.js'

export {decodeHtmlEntities} from './html-entities.js'
export {decodeJsonEscapes} from './json-escapes.js'
export {normalizeFullWidth} from './full-width.js'
export {repairGbkMojibake} from './mojibake-gbk.js'
export {repairLatin1Mojibake} from './mojibake-latin1.js'
export {
  findAnnotations,
  stripPinyinAnnotations,
  GARBLE_MODE_THRESHOLD,
  type Annotation,
  type AnnotationKind
} from './pinyin-annotations.js'
export {repairShiftedGbk, type ShiftedGbkResult} from './shifted-gbk.js'
export {findUnrecoverableMojibake} from './unrecoverable.js'
export {removeZeroWidth} from './zero-width.js'
export type {Finding, Repair, RepairResult} from './types.js'

interface Step {
  ruleId: string
  run: (text: string) => RepairResult & {unrecovered?: Finding[]}
  /** Reason of the one message reporting all the changes (and unrecovered finds) of this kind. */
  reason: (changed: number, kept: number) => string
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

/** A detector as a step that changes nothing. */
function detectOnly(detect: (text: string) => Finding[]) {
  return (text: string) => ({text, map: OffsetMap.identity(text.length), rewrites: [], unrecovered: detect(text)})
}

/*
 * Order matters: escapes first (they can hide any other damage), mojibake
 * before zero-width removal (U+00AD is a UTF-8 continuation byte read as
 * Latin-1), and pinyin annotations last, once the characters they follow are
 * readable.
 */
const steps: Step[] = [
  {ruleId: 'json-escape', run: decodeJsonEscapes, reason: (n) => `Decoded ${plural(n, 'JSON \\u escape')}`},
  {ruleId: 'html-entity', run: decodeHtmlEntities, reason: (n) => `Decoded ${plural(n, 'HTML character reference')}`},
  {
    ruleId: 'mojibake-latin1',
    run: repairLatin1Mojibake,
    reason: (n) => `Re-decoded ${plural(n, 'run')} of UTF-8 text that had been read as Latin-1/windows-1252`
  },
  {
    ruleId: 'mojibake-gbk',
    run: repairGbkMojibake,
    reason: (n) => `Re-decoded ${plural(n, 'run')} of UTF-8 text that had been read as GBK`
  },
  {
    ruleId: 'shifted-gbk',
    run: repairShiftedGbk,
    reason: (changed, kept) =>
      `Found ${plural(changed + kept, 'run')} of GBK text shifted by a lost byte: ${changed} realigned, ${kept} left as they are`
  },
  {
    ruleId: 'unrecoverable-mojibake',
    run: detectOnly(findUnrecoverableMojibake),
    reason: (_, kept) =>
      `Found ${plural(kept, 'run')} of characters lost to an earlier wrong decoding (\`锟斤拷\`, \`\uFFFD\`); kept as they are`
  },
  {ruleId: 'zero-width', run: removeZeroWidth, reason: (n) => `Removed ${plural(n, 'run')} of zero-width characters`},
  {
    ruleId: 'full-width',
    run: normalizeFullWidth,
    reason: (n) => `Converted ${plural(n, 'run')} of full-width digits, letters or signs to ASCII`
  },
  {
    ruleId: 'pinyin-annotation',
    run: stripPinyinAnnotations,
    reason: (n) => `Removed ${plural(n, 'pinyin annotation')} left by a mirror site's Traditional conversion`
  }
]

/** Repair garbled text: escapes, mojibake, invisible characters, full-width forms and mirror pinyin annotations. */
export function repair(file: VFile, _options: ResolvedOptions): void {
  // Run on its own (without decode), the file's value is the text.
  file.data.text ??= String(file.value)
  for (const step of steps) {
    const result = step.run(file.data.text)
    const unrecovered = result.unrecovered ?? []
    if (result.rewrites.length + unrecovered.length > 0) {
      // Placed through the map as it stands before this step's own `setText`: the step saw that text.
      const {spans, first} = placesInSource(file, [...result.rewrites, ...unrecovered])
      const to = 'to' in first ? first.to : undefined
      report(file, step.reason(result.rewrites.length, unrecovered.length), {
        ruleId: step.ruleId,
        source: 'repair',
        sourceSpan: spans[0],
        sourceSpans: spans,
        actual: 'from' in first ? first.from : first.text,
        ...(to === undefined ? {} : {expected: [to]})
      })
    }
    if (result.rewrites.length > 0) setText(file, result.text, result.map)
  }
}

/**
 * Every change and find of a step in the original input, sorted by start,
 * and the one that comes first (`places` is not empty). One number pair
 * each, no text: a garbled page can have thousands.
 */
function placesInSource<T extends Finding | Rewrite>(file: VFile, places: readonly T[]): {spans: Span[]; first: T} {
  const mapped = places.map((place, index) => ({span: toSource(file, [place.start, place.end]), index}))
  mapped.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || a.index - b.index)
  return {spans: mapped.map(({span}) => span), first: places[mapped[0]!.index]!}
}
