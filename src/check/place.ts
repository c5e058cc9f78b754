/**
 * The place an article reports on, so that figures of two different
 * counties under one subject are never called a conflict. Found from the
 * text (or the title, when a caller dropped the text), compared across
 * scripts by pinyin: `尧都区` is `Yaodu District`.
 */
import {createRequire} from 'node:module'

export interface Place {
  script: 'Han' | 'Latin'
  /** `尧都`, or `yaodu`. */
  name: string
  kind: PlaceKind
}

type PlaceKind = 'province' | 'city' | 'district' | 'county' | 'prefecture' | 'banner'

const hanKinds: Record<string, PlaceKind> = {省: 'province', 市: 'city', 区: 'district', 县: 'county', 州: 'prefecture', 旗: 'banner'}
/** Characters that start a word ending in 市/区/县 without being a place name (`全区`, `市辖区`, `片区`). */
const notNames = /^[全本该各我辖城市省片园社新景小郊]|^.[市省]$/u

/**
 * The most frequent `尧都区`-like name (two Han characters and 省/市/区/县/州/旗)
 * or `Yaodu District`: at least twice in a text, once in a title.
 */
export function placeOf(text: unknown, title: unknown): Place | null {
  return mostFrequent(typeof text === 'string' ? text : '', 2) ?? mostFrequent(typeof title === 'string' ? title : '', 1)
}

function mostFrequent(text: string, minimum: number): Place | null {
  if (text === '') return null
  const counts = new Map<string, {place: Place; count: number}>()
  const add = (key: string, place: Place) => {
    const entry = counts.get(key) ?? {place, count: 0}
    entry.count++
    counts.set(key, entry)
  }
  for (const match of text.matchAll(/(\p{Script=Han}{2})([省市区县州旗])/gu)) {
    if (notNames.test(match[1]!)) continue
    add(match[0], {script: 'Han', name: match[1]!, kind: hanKinds[match[2]!]!})
  }
  for (const match of text.matchAll(/\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (District|County|City|Province|Prefecture)\b/gu)) {
    add(match[0].toLowerCase(), {script: 'Latin', name: match[1]!.toLowerCase().replace(/\s+/gu, ''), kind: match[2]!.toLowerCase() as PlaceKind})
  }
  let best: {place: Place; count: number} | null = null
  for (const entry of counts.values()) if (entry.count >= minimum && (!best || entry.count > best.count)) best = entry
  return best?.place ?? null
}

/** Whether two places are the same: same kind and name, across scripts by any reading of each character. */
export function samePlace(a: Place, b: Place): boolean {
  if (a.kind !== b.kind) return false
  if (a.script === b.script) return a.name === b.name
  const [han, latin] = a.script === 'Han' ? [a, b] : [b, a]
  const pattern = [...han.name].map((char) => `(?:${readings(char).join('|')})`).join('')
  return pattern !== '' && new RegExp(`^${pattern}$`, 'u').test(latin.name)
}

type Pinyin = (text: string, options: {multiple: boolean; type: 'array'; toneType: 'none'}) => string[]
let pinyin: Pinyin | undefined

/** Every reading of a character (`都`: dou, du); the pinyin dictionary loads on first use. */
function readings(char: string): string[] {
  pinyin ??= (createRequire(import.meta.url)('pinyin-pro') as {pinyin: Pinyin}).pinyin
  const found = pinyin(char, {multiple: true, type: 'array', toneType: 'none'}).filter((reading) => /^[a-zü]+$/u.test(reading))
  return found.length > 0 ? found.map((reading) => reading.replace(/ü/gu, 'v?u?')) : ['(?!)']
}
