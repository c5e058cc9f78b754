import type {Finding} from './types.js'

/*
 * `锟斤拷` is U+FFFD U+FFFD saved as UTF-8 and read as GBK: the characters
 * were replaced before the misreading, so nothing is left to recover.
 * Runs of U+FFFD are what a decoder leaves for bytes it could not read.
 */
const lostPattern = /(?:锟斤拷)+(?:锟斤?)?|\uFFFD+/g

/** Stretches whose characters were lost to an earlier decoding; the text keeps them as they are. */
export function findUnrecoverableMojibake(text: string): Finding[] {
  return [...text.matchAll(lostPattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0]
  }))
}
