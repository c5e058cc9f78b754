import {readFileSync} from 'node:fs'
import * as OpenCC from 'opencc-js'
import {VFile} from 'vfile'
import {extract} from '../../src/extract/index.js'
import {resolveOptions} from '../../src/pipeline/options.js'
import {segment} from '../../src/segment/index.js'
import type {Fact} from '../../src/types.js'
import {OffsetMap, rewrite} from '../../src/util/offset-map.js'

const options = resolveOptions()

/** A file as the stages before extraction leave it, for normalized `text`. */
export function prepared(text: string, data: {lang?: string; publishedAt?: string | null} = {}): VFile {
  const file = new VFile({value: text})
  Object.assign(file.data, {
    source: text,
    text,
    map: OffsetMap.identity(text.length),
    lang: data.lang ?? 'zh-Hans',
    publishedAt: data.publishedAt === undefined ? '2023-02-20' : data.publishedAt
  })
  segment(file, options)
  return file
}

/** Facts of `text` through segment and extract. */
export function factsOf(text: string, data: {lang?: string; publishedAt?: string | null} = {}): Fact[] {
  const file = prepared(text, data)
  extract(file, options)
  return file.data.facts ?? []
}

/** The seed as it arrived: garbled Traditional with `(pinyin)` after some characters. */
export const seedSource = readFileSync(new URL('../fixtures/extract/seed.txt', import.meta.url), 'utf8')

const pinyin = /\([a-zü\u0300-\u036fāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ ]+\)/g
const toSimplified = OpenCC.Converter({from: 't', to: 'cn'})

/**
 * The seed as the repair and convert stages will leave it: annotations
 * stripped (with a real offset map back to the source), converted to
 * Simplified character for character, 著手 read as 着手.
 */
export function seedFile(): VFile {
  const stripped = rewrite(seedSource, pinyin, () => '')
  const text = toSimplified(stripped.text).replace(/著手/g, '着手')
  if (text.length !== stripped.text.length) throw new Error('conversion changed the length; the map would be wrong')
  const file = new VFile({value: seedSource})
  Object.assign(file.data, {source: seedSource, text, map: stripped.map, lang: 'zh-Hans', publishedAt: '2023-02-20'})
  segment(file, options)
  extract(file, options)
  return file
}

/** Normalize a piece of the source the way `seedFile` does. */
export function normalizeSource(source: string): string {
  return toSimplified(source.replace(pinyin, '')).replace(/著手/g, '着手')
}
