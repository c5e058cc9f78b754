/**
 * Sentences of English text, found once per text. The extractor asks, for
 * every number, where its sentence starts and what the sentence holds;
 * scanning back from each number to its sentence's start is quadratic in a
 * long sentence (1 MB without a line break), so the starts are listed in one
 * pass and looked up by bisection, and what is read of a sentence is kept.
 */

/** The text the lists below are of: the extractor reads one text at a time. */
let indexedText: string | undefined
let starts: number[] = []
let fullStops: number[] = []

function index(text: string): void {
  if (text === indexedText) return
  starts = []
  fullStops = []
  for (let k = 1; k < text.length; k++) {
    const char = text[k]!
    if (char === '.' && text[k + 1] === ' ') fullStops.push(k)
    // After a full stop followed by a space and no lower-case word (`U.S. adults`), or a line break.
    if (char === '\n' || ((char === '.' || char === '!' || char === '?') && /\s/.test(text[k + 1] ?? '') && !/^\s+[a-z]/.test(text.slice(k + 1, k + 4)))) {
      starts.push(k + 1)
    }
  }
  if (text[0] === '.' && text[1] === ' ') fullStops.unshift(0)
  indexedText = text
  memos.forEach((memo) => memo.clear())
}

/** Index of the first of `sorted` above `value` (its length when none is). */
function firstAbove(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]! <= value) low = middle + 1
    else high = middle
  }
  return low
}

/** Where the sentence around `at` starts. */
export function sentenceStart(text: string, at: number): number {
  index(text)
  const found = firstAbove(starts, at)
  return found === 0 ? 0 : starts[found - 1]!
}

/** Where the sentence that starts at or before `at` ends: the next sentence's start, else the text's end. */
export function sentenceEnd(text: string, at: number): number {
  index(text)
  return starts[firstAbove(starts, at)] ?? text.length
}

/** The first `. ` at or after `at` (`text.indexOf('. ', at)`), else the text's end. */
export function fullStopFrom(text: string, at: number): number {
  index(text)
  return fullStops[firstAbove(fullStops, at - 1)] ?? text.length
}

const memos = new Set<Map<string, unknown>>()

/** `read(text, start, end)` kept per stretch of the current text: a sentence is read once however many numbers it holds. */
export function sentenceMemo<T>(read: (text: string, start: number, end: number) => T): (text: string, start: number, end?: number) => T {
  const kept = new Map<string, T>()
  memos.add(kept as Map<string, unknown>)
  return (text, start, end = -1) => {
    index(text)
    const key = `${start}:${end}`
    if (kept.has(key)) return kept.get(key)!
    const value = read(text, start, end)
    kept.set(key, value)
    return value
  }
}
