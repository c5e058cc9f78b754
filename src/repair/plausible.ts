import {isCommonChar, isHan} from './han.js'

/**
 * Scripts and symbol blocks a re-decoded run may produce. Wrong guesses
 * land in NKo, Hebrew points, Yi, private use or controls instead.
 */
const expectedChar =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Extended_Pictographic}\u00A0-\u00BF\u00D7\u00F7\u2000-\u206F\u20A0-\u20CF\u2100-\u214F\u2190-\u22FF\u2460-\u24FF\u2500-\u25FF\u3000-\u303F\uFF00-\uFFEF]$/u

/** A character a repaired text may contain (letters of common scripts, punctuation, symbols; no controls or private use). */
export function isExpectedChar(char: string): boolean {
  return char === '\n' || char === '\t' || (char >= ' ' && char <= '~') || expectedChar.test(char)
}

/**
 * Share of the Han characters that are common (by default in Simplified or
 * Traditional text); 1 when there are none.
 */
export function commonHanShare(text: string, isCommon: (char: string) => boolean = isCommonChar): number {
  const {han, common} = hanCounts(text, isCommon)
  return han === 0 ? 1 : common / han
}

/** How many Han characters `text` has, and how many of them are common. */
export function hanCounts(text: string, isCommon: (char: string) => boolean = isCommonChar): {han: number; common: number} {
  let han = 0
  let common = 0
  for (const char of text) {
    if (!isHan(char)) continue
    han++
    if (isCommon(char)) common++
  }
  return {han, common}
}
