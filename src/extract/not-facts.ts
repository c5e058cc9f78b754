/**
 * Stretches of text whose numbers are not facts: names in short quotes
 * (`“三个文件”`, `“一清单两方案”` are policy names), titles in `《》`,
 * document numbers (`津政办函〔2017〕103号`), phone numbers, URLs and
 * e-mail addresses.
 */
import type {Span} from '../types.js'

const patterns: readonly RegExp[] = [
  // A short quoted phrase is a name; longer quotes are speech and keep their facts.
  /[“「『"]([^“”「」『』"\n。！？；]{1,12})[”」』"]/gu,
  /《[^《》\n]{1,60}》/gu,
  /[\p{Script=Han}A-Za-z]{1,16}[〔［\[(（【]\s*\d{4}\s*[〕］\])）】]\s*第?\s*\d+\s*号/gu,
  /(?<![\d-])(?:\+?86[-\s]?)?(?:0\d{2,3}[-\s]?\d{7,8}|1[3-9]\d{9}|400[-\s]?\d{3}[-\s]?\d{4})(?![\d])/gu,
  /(?:https?:\/\/|www\.)[^\s，。；）)”]+/gu,
  // Issue numbers: `第1146号市政统计周报`.
  /第\s*\d{3,}\s*[号號期]/gu,
  /[\w.+-]+@[\w-]+\.[\w.]+/gu
]

/** Titles and short quotes: names, but a date in them is still a date (`《关于2022年预算执行情况的报告》`). */
const namePatterns: readonly RegExp[] = patterns.slice(0, 2)

/** The not-fact stretches of `text`: sorted, overlapping ones merged. With `dates`, only those that block dates too. */
export function notFactSpans(text: string, options: {dates?: boolean} = {}): Span[] {
  const spans: Span[] = []
  for (const pattern of patterns) {
    if (options.dates && namePatterns.includes(pattern)) continue
    pattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text)) !== null) spans.push([match.index, match.index + match[0].length])
  }
  spans.sort((a, b) => a[0] - b[0])
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([span[0], span[1]])
  }
  return merged
}

/** Does `span` overlap any of `blocked` (disjoint and sorted, as {@link notFactSpans} gives them)? */
export function overlapsAny(span: Span, blocked: readonly Span[]): boolean {
  // The last blocked span starting before `span` ends is the only one that can reach into it.
  let low = 0
  let high = blocked.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (blocked[middle]![0] < span[1]) low = middle + 1
    else high = middle
  }
  const candidate = blocked[low - 1]
  return candidate !== undefined && candidate[1] > span[0]
}
