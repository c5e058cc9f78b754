/**
 * Where an article was written, from the words it uses: the region decides
 * what a bare `元` or `$` means (corpus/README.md, "Region and currency").
 * A Hong Kong release writes `105亿元` for Hong Kong dollars and a Taiwan one
 * `3万5,954元` for New Taiwan dollars; a Hong Kong English release writes
 * `$84.7 billion` for Hong Kong dollars. Cues are rows: a word (in the
 * normalized, Simplified text) and the region it points to. Sources: the
 * names of the statistics offices, governments and currencies of each
 * region as their own releases print them.
 */

export type ChineseRegion = 'mainland' | 'taiwan' | 'hongkong' | 'macau'

/** What a bare `元` is in each region. */
export const localYuanOf: Readonly<Record<ChineseRegion, string>> = {mainland: 'CNY', taiwan: 'TWD', hongkong: 'HKD', macau: 'MOP'}

type Cue = [pattern: RegExp, region: ChineseRegion]

const chineseCues: readonly Cue[] = [
  // Taiwan: the currency, the central government and its statistics offices, the 民国 calendar, the cities.
  [/新台币|台币/u, 'taiwan'], [/行政院/u, 'taiwan'], [/主计总处|主计处/u, 'taiwan'], [/民国/u, 'taiwan'], [/立法院/u, 'taiwan'],
  [/国发会/u, 'taiwan'], [/劳动部/u, 'taiwan'], [/卫福部/u, 'taiwan'], [/经济部/u, 'taiwan'], [/内政部/u, 'taiwan'],
  [/劳工保险局|劳保/u, 'taiwan'], [/(?:台北|新北|高雄|台中|台南|桃园)市/u, 'taiwan'], [/各市县|县市/u, 'taiwan'],
  [/观光局/u, 'taiwan'], [/国势普查/u, 'taiwan'], [/来台/u, 'taiwan'], [/台湾/u, 'taiwan'],
  // `年增5.9%`, `年减1.6%`: Taiwan's releases put the comparison in two characters.
  [/年[增减]\s*[-\d]/u, 'taiwan'],
  // A 民国 year (`112年`, `109年`): three digits before 年, which mainland releases never write.
  [/(?<![\d.,])1[0-2]\d\s*年/u, 'taiwan'],
  // Hong Kong.
  [/港元|港币/u, 'hongkong'], [/香港/u, 'hongkong'], [/政府统计处/u, 'hongkong'], [/特区政府/u, 'hongkong'], [/立法会/u, 'hongkong'],
  [/财政司/u, 'hongkong'], [/金管局|金融管理局/u, 'hongkong'], [/库务局|财库局/u, 'hongkong'], [/财经事务/u, 'hongkong'], [/本港/u, 'hongkong'],
  // Hong Kong's name for its GDP (the mainland writes 地区生产总值, Taiwan 国内生产毛额) and its domestic exports.
  [/本地生产总值/u, 'hongkong'], [/港产品/u, 'hongkong'],
  [/按年[升跌上下增减]/u, 'hongkong'],
  // Macau.
  [/澳门元|澳门币|葡币/u, 'macau'], [/澳门特区/u, 'macau'], [/统计暨普查局/u, 'macau'],
  // Mainland: central organs and the currency's own name.
  [/国家统计局/u, 'mainland'], [/国务院/u, 'mainland'], [/党中央/u, 'mainland'], [/人民币/u, 'mainland'], [/自治区/u, 'mainland'],
  [/[省市县区]委/u, 'mainland'], [/规模以上|规上/u, 'mainland'], [/中华人民共和国/u, 'mainland'], [/人民银行/u, 'mainland'],
  // Mainland statistics compare with 同比/环比; Taiwan writes 年增, Hong Kong 按年.
  [/同比|环比/u, 'mainland']
]

/** The cues as one alternation, a capturing group each (the cues capture nothing themselves). */
const allCues = new RegExp(chineseCues.map(([pattern]) => `(${pattern.source})`).join('|'), 'gu')

/**
 * The region of a Chinese article: Taiwan, Hong Kong or Macau when at least
 * two of its cues are present and more than the mainland's, else mainland
 * (a mainland report naming 香港 once stays mainland). An article written in
 * Traditional script with no mainland cue needs only one.
 */
export function chineseRegion(text: string, options: {traditional?: boolean} = {}): ChineseRegion {
  const score: Record<ChineseRegion, number> = {mainland: 0, taiwan: 0, hongkong: 0, macau: 0}
  // One pass over the text for all cues (each cue a group of one alternation), each cue counted once.
  const seen = new Set<number>()
  allCues.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = allCues.exec(text)) !== null && seen.size < chineseCues.length) {
    const cue = match.findIndex((group, index) => index > 0 && group !== undefined) - 1
    if (cue >= 0 && !seen.has(cue)) {
      seen.add(cue)
      score[chineseCues[cue]![1]]++
    }
    // Cues may overlap (`108年` and `年减4`): go on from the next character.
    allCues.lastIndex = match.index + 1
  }
  const needed = options.traditional && score.mainland === 0 ? 1 : 2
  const candidates = (['taiwan', 'hongkong', 'macau'] as const).filter((region) => score[region] >= needed && score[region] > score.mainland)
  candidates.sort((a, b) => score[b] - score[a])
  const [first, second] = candidates
  return first && (!second || score[first] > score[second]) ? first : 'mainland'
}

/** Dollars written with their country (`HK$1.7 trillion`), as the text writes the prefix. */
const dollarPrefixes: ReadonlyArray<[RegExp, string]> = [
  [/\bUS\$/, 'USD'], [/\bHK\$/, 'HKD'], [/\bNT\$/, 'TWD'], [/\bA\$/, 'AUD'], [/\bC\$/, 'CAD'], [/\bS\$/, 'SGD'], [/\bNZ\$/, 'NZD']
]

/** Names of dollar countries other than the United States, and of their statistics offices. */
const dollarCues: ReadonlyArray<[RegExp, string]> = [
  [/\bHong Kong\b/g, 'HKD'], [/\bCanad(?:a|ian)s?\b/g, 'CAD'], [/\bAustralian?s?\b/g, 'AUD'], [/\bNew Zealand(?:ers?)?\b|\bStats NZ\b/g, 'NZD'],
  [/\bSingapore(?:ans?)?\b/g, 'SGD'], [/\bTaiwan(?:ese)?\b/g, 'TWD']
]
const unitedStates = /\bU\.S\.|\bUnited States\b|\bAmerican\b|\bUS\$/

/**
 * What a bare `$` is in an English article: the one dollar the article
 * writes with its country (`HK$`), else the dollar of the one country it
 * names at least twice and the United States never; else USD.
 */
export function englishDollar(text: string): string {
  const written = new Set<string>()
  for (const [pattern, code] of dollarPrefixes) if (pattern.test(text)) written.add(code)
  if (written.size === 1) return [...written][0]!
  if (written.size > 1 || unitedStates.test(text)) return 'USD'
  const named: string[] = []
  for (const [pattern, code] of dollarCues) if ((text.match(pattern)?.length ?? 0) >= 2) named.push(code)
  return named.length === 1 ? named[0]! : 'USD'
}

/** Words of a British text, where `pounds` after a number is money. */
const britishCues = /\b(?:UK|U\.K\.|Britain|British|England|English|Scotland|Scottish|Wales|Welsh|London|sterling|Chancellor of the Exchequer|HM Treasury)\b/g

/**
 * What `pounds` after a number is: GBP in a British text (one that writes `£`
 * or names Britain twice), else a weight (`886.4 million pounds of fish`).
 */
export function englishPound(text: string): 'GBP' | null {
  return text.includes('£') || (text.match(britishCues)?.length ?? 0) >= 2 ? 'GBP' : null
}
