import {rewrite} from '../util/offset-map.js'
import {hasToneMark, hasTraditionalForm, isCommonHanzi, isHan, isPinyinSyllable, normalizeSyllable, readingsOf, stripTones, toSimplified} from './han.js'
import type {RepairResult} from './types.js'

/**
 * Mirror sites convert Simplified to Traditional with a crude table and
 * append the pinyin of *some* converted characters in ASCII parentheses:
 * `區(qū)委`, `經(jīng)濟(jì)`. Other mirrors write toneless pinyin, doubled
 * (`中(zhong)(zhong)`), after Simplified text (`楼(lou)上`) or for a whole
 * word with vowels dropped (`电子商务(din z shn w)`).
 *
 * Genuine glosses look the same (`亳(bó)`, `“宁波”(nínɡ bō)`), so nothing is
 * stripped unless the page as a whole is in garble mode.
 */

/** How an annotation-shaped parenthesis relates to the text before it. */
export type AnnotationKind =
  /** Tone-marked reading of a character the mirror's table converts to a common Simplified one. */
  | 'converted'
  /**
   * Tone-marked reading of a common Simplified character that has a
   * Traditional form the mirror's table missed (`绩(jī)` beside `績(jī)`):
   * stripped with the garble, never a sign of it.
   */
  | 'unconverted'
  /** A toneless reading: dictionaries and writers' glosses mark tones. */
  | 'toneless'
  /** The same reading twice, `中(zhong)(zhong)`. */
  | 'doubled'
  /** A reading with a space inside the parentheses, `我(wǒ )`. */
  | 'spaced'
  /** Toneless pinyin of the whole word before it, vowels often dropped: `电子商务(din z shn w)`. */
  | 'word'
  /** A tone-marked syllable after a Latin letter inside Han text: the annotated character was swallowed (`村e(cuò)鎮`). */
  | 'orphan'
  /** Looks like a gloss a writer meant (`亳(bó)`, `譙(qiáo)`, `中(zhōng)`). */
  | 'gloss'

export interface Annotation {
  kind: AnnotationKind
  /** Offsets of the parenthesis (both parentheses when doubled). */
  start: number
  end: number
  /** The character before the parenthesis. */
  base: string
}

/** Garble-like annotations a page needs before any annotation on it is stripped. */
export const GARBLE_MODE_THRESHOLD = 3

// Lowercase pinyin letters, tone-marked vowels, `ü`, `ɡ` (U+0261) and decomposed tone marks.
const letter = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ\\u0261\\u0300\\u0301\\u0304\\u030c'
const annotationPattern = new RegExp(`\\(( ?[${letter}]+(?: [${letter}]+)* ?)\\)(\\(\\1\\))?`, 'g')

/** Kinds that show a page is garbled; `orphan` only makes sense once that is known. */
const garbleKinds: ReadonlySet<AnnotationKind> = new Set(['converted', 'toneless', 'doubled', 'spaced', 'word'])

/** Every annotation-shaped parenthesis after Han (or Latin-in-Han) text, classified. */
export function findAnnotations(text: string): Annotation[] {
  const annotations: Annotation[] = []
  annotationPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = annotationPattern.exec(text)) !== null) {
    const start = match.index
    const end = start + match[0].length
    const content = match[1] ?? ''
    const kind = classify(text, start, end, content, match[2] !== undefined)
    if (kind) annotations.push({kind, start, end, base: charBefore(text, start)})
  }
  return annotations
}

function classify(text: string, start: number, end: number, content: string, doubled: boolean): AnnotationKind | undefined {
  const syllables = content.trim().split(' ')
  const base = charBefore(text, start)
  if (syllables.length > 1) return isWordAnnotation(text, start, syllables) ? 'word' : undefined
  const syllable = normalizeSyllable(syllables[0] ?? '')
  if (isHan(base)) {
    const readings = readingsOf(base)
    const toned = readings.toned.has(syllable)
    const marked = hasToneMark(syllable)
    // Another tone of one of the character's syllables: the mirror's readings follow Taiwan usage at times (`績(jī)`, mainland jì).
    const otherTone = marked && !toned && readings.toneless.has(stripTones(syllable))
    if (!toned && !otherTone && !(readings.toneless.has(syllable) && !marked)) return undefined
    if (doubled) return 'doubled'
    if (content !== content.trim()) return 'spaced'
    if (marked) {
      const simplified = toSimplified(base)
      if (simplified !== base && isCommonHanzi(simplified)) return 'converted'
      if (simplified === base && isCommonHanzi(base) && hasTraditionalForm(base)) return 'unconverted'
      // A gloss states the tone the character has.
      if (otherTone) return undefined
    }
    // Neutral-tone readings (`的(de)`) are unmarked too, so this test comes after the converted one.
    return hasToneMark(syllable) ? 'gloss' : 'toneless'
  }
  if (isLatinLetter(base) && hasToneMark(syllable) && isPinyinSyllable(syllable) && isInsideHan(text, start, end)) {
    return 'orphan'
  }
  return undefined
}

/** `电子商务(din z shn w)`: one toneless token per preceding Han character, each a skeleton of one of its readings. */
function isWordAnnotation(text: string, start: number, tokens: string[]): boolean {
  if (tokens.some(hasToneMark)) return false
  const chars = [...text.slice(Math.max(0, start - tokens.length * 2), start)].slice(-tokens.length)
  if (chars.length !== tokens.length) return false
  return chars.every((char, index) => {
    const token = normalizeSyllable(tokens[index] ?? '')
    return isHan(char) && [...readingsOf(char).toneless].some((reading) => isSkeleton(token, reading))
  })
}

/** `token` is `reading` with some letters (not the first) dropped. */
function isSkeleton(token: string, reading: string): boolean {
  if (token.length === 0 || token[0] !== reading[0]) return false
  let at = 0
  for (const char of reading) if (char === token[at]) at++
  return at === token.length
}

function isInsideHan(text: string, start: number, end: number): boolean {
  let before = start
  while (before > 0 && isLatinLetter(text[before - 1])) before--
  return isHan(charBefore(text, before)) && isHan(charAt(text, end))
}

function isLatinLetter(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z]$/.test(char)
}

/** The code point ending at `offset` (Han characters may be astral). */
function charBefore(text: string, offset: number): string {
  const low = text.charCodeAt(offset - 1)
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) return text.slice(offset - 2, offset)
  return text.slice(Math.max(0, offset - 1), offset)
}

function charAt(text: string, offset: number): string | undefined {
  const code = text.codePointAt(offset)
  return code === undefined ? undefined : String.fromCodePoint(code)
}

/**
 * Remove mirror pinyin annotations when the page has at least
 * {@link GARBLE_MODE_THRESHOLD} of them; keep glosses.
 */
export function stripPinyinAnnotations(text: string): RepairResult {
  const annotations = findAnnotations(text)
  const garbled = annotations.filter((annotation) => garbleKinds.has(annotation.kind)).length
  const strip = new Set<number>()
  if (garbled >= GARBLE_MODE_THRESHOLD) {
    for (const annotation of annotations) if (annotation.kind !== 'gloss') strip.add(annotation.start)
  }
  return rewrite(text, annotationPattern, (match) => (strip.has(match.index) ? '' : undefined))
}
