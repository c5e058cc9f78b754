/**
 * Stretches of text whose numbers are not facts: names in short quotes
 * (`“三个文件”`, `“一清单两方案”` are policy names), titles in `《》`,
 * document numbers (`津政办函〔2017〕103号`), phone numbers, URLs and
 * e-mail addresses.
 */
import type {Span} from '../types.js'

/**
 * An e-mail address. The local part is bounded (64 characters, as RFC 5321
 * allows): unbounded, every start inside a long run of digits or letters
 * would scan to the run's end looking for the `@`, quadratic in the run.
 */
export const emailAddress = /[\w.+-]{1,64}@[\w-]+\.[\w.]+/

/** A shape, and a test a text must pass for the shape to be looked for at all (the shapes are costly to scan for). */
interface Shape {
  pattern: RegExp
  needs: RegExp
  /** A name: a date inside it is still a date (`《关于2022年预算执行情况的报告》`). */
  name?: boolean
}

const shapes: readonly Shape[] = [
  // A short quoted phrase is a name; longer quotes are speech and keep their facts.
  {pattern: /[“「『"]([^“”「」『』"\n。！？；]{1,12})[”」』"]/gu, needs: /[“「『"]/u, name: true},
  {pattern: /《[^《》\n]{1,60}》/gu, needs: /《/u, name: true},
  {pattern: /[\p{Script=Han}A-Za-z]{1,16}[〔［\[(（【]\s*\d{4}\s*[〕］\])）】]\s*第?\s*\d+\s*号/gu, needs: /号/u},
  {pattern: /(?<![\d-])(?:\+?86[-\s]?)?(?:0\d{2,3}[-\s]?\d{7,8}|1[3-9]\d{9}|400[-\s]?\d{3}[-\s]?\d{4})(?![\d])/gu, needs: /\d{7}|\d[-\s]\d{3}/u},
  {pattern: /(?:https?:\/\/|www\.)[^\s，。；）)”]+/gu, needs: /https?:|www\./u},
  // Issue numbers: `第1146号市政统计周报`.
  {pattern: /第\s*\d{3,}\s*[号號期]/gu, needs: /第\s*\d{3}/u},
  {pattern: new RegExp(emailAddress.source, 'gu'), needs: /@/u}
]

/** The not-fact stretches of `text`: sorted, overlapping ones merged. With `dates`, only those that block dates too. */
export function notFactSpans(text: string, options: {dates?: boolean} = {}): Span[] {
  const found = matchesOf(text)
  return merge(options.dates ? found.filter((match) => !match.name) : found)
}

/** The text whose matches `matchesOfText` holds: the quantity reader asks twice per article (all spans, then those blocking dates). */
let matchesText: string | undefined
let matchesOfText: Array<{span: Span; name: boolean}> = []

/** Every pattern's matches in `text`, each marked when it is a name (which still lets a date through). */
function matchesOf(text: string): Array<{span: Span; name: boolean}> {
  if (text === matchesText) return matchesOfText
  const found: Array<{span: Span; name: boolean}> = []
  for (const {pattern, needs, name = false} of shapes) {
    if (!needs.test(text)) continue
    pattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text)) !== null) found.push({span: [match.index, match.index + match[0].length], name})
  }
  found.sort((a, b) => a.span[0] - b.span[0])
  matchesText = text
  matchesOfText = found
  return found
}

function merge(found: ReadonlyArray<{span: Span}>): Span[] {
  const merged: Span[] = []
  for (const {span} of found) {
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
