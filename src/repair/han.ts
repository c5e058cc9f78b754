import {createRequire} from 'node:module'
import iconv from 'iconv-lite'

/**
 * What the repairs need to know about Han characters: script, Simplified
 * form, readings, and whether a character is common. Each table is built or
 * loaded on first use, so importing this module costs nothing.
 */

const require = createRequire(import.meta.url)

const hanPattern = /^\p{Script=Han}$/u

export function isHan(char: string | undefined): boolean {
  return char !== undefined && hanPattern.test(char)
}

interface Opencc {
  Converter(options: {from: string; to: string}): (text: string) => string
}

let t2cn: ((text: string) => string) | undefined

/** The text converted by OpenCC Traditional -> Simplified (mainland). */
export function toSimplified(text: string): string {
  // The converter's dictionaries take a few MiB: load them only when a repair needs them.
  if (!t2cn) {
    const opencc = require('opencc-js/t2cn') as Opencc
    t2cn = opencc.Converter({from: 't', to: 'cn'})
  }
  return t2cn(text)
}

let cn2t: ((text: string) => string) | undefined

/**
 * Whether OpenCC's Simplified -> Traditional table turns this (Simplified)
 * character into another one: a character a mirror's conversion table
 * would have rewritten had it known it (`绩` -> `績`; not `亳`, `六`, `中`).
 */
export function hasTraditionalForm(char: string): boolean {
  // Loaded on the first annotation that asks, like the converter above.
  if (!cn2t) {
    const opencc = require('opencc-js/cn2t') as Opencc
    cn2t = opencc.Converter({from: 'cn', to: 't'})
  }
  return cn2t(char) !== char
}

let common: Set<string> | undefined

/**
 * The 3,755 characters of GB2312 level 1 (rows 0xB0–0xD7), the usual
 * definition of a common Simplified character. Derived from the GB2312 byte
 * layout so that nothing is typed by hand.
 */
export function commonHanzi(): ReadonlySet<string> {
  if (!common) {
    const bytes: number[] = []
    for (let row = 0xb0; row <= 0xd7; row++) {
      // Row 0xD7 stops at 0xF9: its last five cells are unassigned.
      const last = row === 0xd7 ? 0xf9 : 0xfe
      for (let cell = 0xa1; cell <= last; cell++) bytes.push(row, cell)
    }
    common = new Set(iconv.decode(Buffer.from(bytes), 'gb2312'))
  }
  return common
}

export function isCommonHanzi(char: string): boolean {
  return commonHanzi().has(char)
}

let commonTraditional: Set<string> | undefined

/**
 * The 5,401 characters of Big5 level 1 (0xA440–0xC67E), the usual
 * definition of a common Traditional character; derived like {@link commonHanzi}.
 */
export function commonTraditionalHanzi(): ReadonlySet<string> {
  if (!commonTraditional) {
    const bytes: number[] = []
    for (let lead = 0xa4; lead <= 0xc6; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        // Trail bytes are 0x40–0x7E and 0xA1–0xFE; level 1 ends at 0xC67E.
        if ((trail > 0x7e && trail < 0xa1) || (lead === 0xc6 && trail > 0x7e)) continue
        bytes.push(lead, trail)
      }
    }
    commonTraditional = new Set([...iconv.decode(Buffer.from(bytes), 'big5')].filter((char) => isHan(char)))
  }
  return commonTraditional
}

/** Common in Simplified (GB2312 level 1) or in Traditional (Big5 level 1) text. */
export function isCommonChar(char: string): boolean {
  return commonHanzi().has(char) || commonTraditionalHanzi().has(char)
}

interface Readings {
  /** Tone-marked, as dictionaries write them (`zhǎng`; neutral tone unmarked). */
  toned: ReadonlySet<string>
  /** Without tone marks (`zhang`). */
  toneless: ReadonlySet<string>
}

interface PinyinPro {
  pinyin(text: string, options: {multiple: true; type: 'array'; toneType?: 'symbol' | 'none'}): string[]
}

let pinyinPro: PinyinPro | undefined
const readingCache = new Map<string, Readings>()
const noReadings: Readings = {toned: new Set(), toneless: new Set()}

/**
 * Every reading of a Han character and of its Simplified form (mirrors
 * annotate with whichever reading their table gives, whatever the context).
 */
export function readingsOf(char: string): Readings {
  if (!isHan(char)) return noReadings
  let readings = readingCache.get(char)
  if (!readings) {
    // pinyin-pro's dictionary is large: load it on the first lookup.
    pinyinPro ??= require('pinyin-pro') as PinyinPro
    const toned = new Set<string>()
    const simplified = toSimplified(char)
    for (const form of new Set([char, simplified])) {
      if (!isHan(form)) continue
      for (const reading of pinyinPro.pinyin(form, {multiple: true, type: 'array'})) {
        toned.add(normalizeSyllable(reading))
      }
    }
    readings = {toned, toneless: new Set([...toned].map(stripTones))}
    readingCache.set(char, readings)
  }
  return readings
}

/** Lowercase, `ɡ` (U+0261, used in some typesetting) as `g`, `ü` as `v`, composed. */
export function normalizeSyllable(syllable: string): string {
  return syllable.toLowerCase().replace(/\u0261/g, 'g').normalize('NFD').replace(/u\u0308/g, 'v').normalize('NFC')
}

const toneMarks = /[\u0300\u0301\u0304\u030c]/g

export function stripTones(syllable: string): string {
  return syllable.normalize('NFD').replace(toneMarks, '').normalize('NFC')
}

export function hasToneMark(syllable: string): boolean {
  return syllable.normalize('NFD').search(toneMarks) !== -1
}

let syllables: Set<string> | undefined

/** Toneless Mandarin syllables, taken from the readings of the GB2312 characters. */
export function isPinyinSyllable(syllable: string): boolean {
  if (!syllables) {
    pinyinPro ??= require('pinyin-pro') as PinyinPro
    syllables = new Set()
    for (const char of commonHanzi()) {
      for (const reading of pinyinPro.pinyin(char, {multiple: true, type: 'array', toneType: 'none'})) {
        syllables.add(normalizeSyllable(reading))
      }
    }
  }
  return syllables.has(stripTones(normalizeSyllable(syllable)))
}
