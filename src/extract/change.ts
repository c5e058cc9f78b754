/**
 * Verbs that turn a number into a change (`增长14%`, `同比下降5.2%`,
 * `增加2700余户`). Source: the wording of National Bureau of Statistics
 * releases and market reports. A verb followed by `至`/`到`/`为` states the
 * new level, not the change (`增长到100亿元`), so those are left alone.
 */
export type Direction = 'up' | 'down'

/**
 * `null`: the word names a change but not its sign (`调幅4.41%`, the size of an
 * adjustment); the clause may give it (`上调`), else the change has no direction.
 */
const verbs: ReadonlyArray<readonly [string, Direction | null]> = [
  // Longest first so that `增长率` is not read as `增长`.
  ['增长率', 'up'], ['增速', 'up'], ['增幅', 'up'], ['涨幅', 'up'], ['升幅', 'up'], ['降幅', 'down'], ['跌幅', 'down'], ['减幅', 'down'], ['下降率', 'down'],
  // Taiwan writes 成长 for 增长 (`经济成长3.32%`), 衰退 and 负成长 for a fall, 月增/季增 for a month's or a quarter's rise.
  ['负成长', 'down'], ['成长', 'up'], ['衰退', 'down'], ['月增', 'up'], ['月减', 'down'], ['季增', 'up'], ['季减', 'down'],
  ['增长', 'up'], ['增加', 'up'], ['上升', 'up'], ['提高', 'up'], ['提升', 'up'], ['上涨', 'up'], ['攀升', 'up'], ['扩大', 'up'],
  ['增多', 'up'], ['上扬', 'up'], ['走高', 'up'], ['高开', 'up'], ['收涨', 'up'], ['大涨', 'up'], ['飙升', 'up'], ['猛增', 'up'],
  ['下降', 'down'], ['减少', 'down'], ['降低', 'down'], ['下跌', 'down'], ['回落', 'down'], ['下滑', 'down'], ['缩减', 'down'],
  ['缩小', 'down'], ['萎缩', 'down'], ['走低', 'down'], ['低开', 'down'], ['收跌', 'down'], ['大跌', 'down'], ['下挫', 'down'],
  ['上调', 'up'], ['调高', 'up'], ['上浮', 'up'], ['延长', 'up'], ['下调', 'down'], ['调低', 'down'], ['下浮', 'down'], ['缩短', 'down'],
  ['压减', 'down'], ['削减', 'down'],
  // Taiwan's forecasts are revised up or down (`较5月预测数2.04%下修0.43个百分点`).
  ['上修', 'up'], ['下修', 'down'],
  ['加快', 'up'], ['回升', 'up'], ['高出', 'up'], ['多出', 'up'], ['前进', 'up'], ['进步', 'up'], ['年增', 'up'],
  ['放缓', 'down'], ['回调', 'down'], ['低出', 'down'], ['后退', 'down'], ['退步', 'down'], ['年减', 'down'],
  // Against the usual level (`降水偏少78%`, weather and hydrology reports).
  ['偏少', 'down'], ['偏多', 'up'], ['偏低', 'down'], ['偏高', 'up'],
  // A place in a ranking moved (`排名前移1位`): forward is up, like 前进.
  ['前移', 'up'], ['后移', 'down'],
  ['调幅', null], ['变幅', null],
  ['减', 'down'], ['降', 'down'], ['跌', 'down'], ['增', 'up'], ['涨', 'up'], ['升', 'up']
]

/** After a rate, the noun that makes it a change (`录得9.5%的按年跌幅`, `1.0%的实质跌幅`, `4.8%升幅`). */
const changeNounAfterPattern = /^\s*的?\s*(?:实质|按年|按季|按月|年|同比|环比)?\s*(升幅|增幅|涨幅|增长|跌幅|降幅|减幅)/u
const nounDirections: Readonly<Record<string, Direction>> = {升幅: 'up', 增幅: 'up', 涨幅: 'up', 增长: 'up', 跌幅: 'down', 降幅: 'down', 减幅: 'down'}

/** The change noun right after a rate ending at `end`, with where it ends. */
export function changeNounAfter(text: string, end: number): {direction: Direction; end: number} | null {
  const found = changeNounAfterPattern.exec(text.slice(end, end + 10))
  return found ? {direction: nounDirections[found[1]!]!, end: end + found[0].length} : null
}

/** A sentence that compares (`与上年同季比较`, `跌幅最大`): a signed rate in it is a change (`(-30.2%)`, `(+3.7%)`). */
export const comparingSentence = /比较|同比|环比|按年|按季|按月|跌幅|升幅|增幅|降幅|涨幅|较上|比上|年增|年减/u

/** Only before percentages and points: `高0.7个百分点` (but `高3米` is a height). */
const rateVerbs: ReadonlyArray<readonly [string, Direction]> = [['高', 'up'], ['低', 'down'], ['快', 'up'], ['慢', 'down']]

/** Anywhere earlier in the clause, for percentage points (`高于全市平均水平2.3个百分点`). */
const clauseDirections: ReadonlyArray<readonly [string, Direction]> = [
  ['上调', 'up'], ['调涨', 'up'], ['调升', 'up'], ['调高', 'up'], ['下调', 'down'], ['调降', 'down'], ['调低', 'down'], ['上修', 'up'], ['下修', 'down'],
  ['高于', 'up'], ['快于', 'up'], ['多于', 'up'], ['超过', 'up'], ['提高', 'up'], ['上升', 'up'], ['加快', 'up'], ['增长', 'up'], ['扩大', 'up'],
  ['低于', 'down'], ['慢于', 'down'], ['少于', 'down'], ['下降', 'down'], ['回落', 'down'], ['放缓', 'down'], ['收窄', 'down'], ['缩小', 'down']
]

/** Between the verb and the number (approximation words are taken off first by the caller), longest first. */
const fillers = ['分别为', '分别达', '了达', '达到', '均为', '均达', '则为', '亦为', '也为', '仍为', '了', '达', '为', '是']

/**
 * `新增3家` counts new ones, `递增` is a trend and `起降1.86万架次` counts takeoffs and
 * landings (`升降` lifts): a one-character verb after these is not a change.
 */
const notBeforeSingle = new Set(['新', '递', '倍', '剧', '陡', '起', '升'])

/** Rates named with a verb of change that are levels, not changes (`人口自然增长率为3.55‰`: births less deaths per thousand). */
const levelRates = ['自然增长率', '自然增長率']

/** Before the verb, part of the change (`同比增长`). `比上年` is not: `上年` is a date of its own. */
const comparisons = ['同比', '环比']

export interface ChangeVerb {
  /** Null when the verb does not say (`调幅`). */
  direction: Direction | null
  /** Where the verb (or a comparison word before it) starts. */
  start: number
  /** The verb as written (`增长`, `缩短`). */
  verb: string
}

/**
 * The change verb ending just before `end`, the start of the number or of
 * the approximation word before it. `增长到100亿元` has none: `到` states
 * a level.
 */
export function changeBefore(text: string, end: number, rate = false): ChangeVerb | null {
  let at = end
  while (at > 0 && text[at - 1] === ' ') at--
  // Skip one filler (longest first) between verb and number.
  let verbEnd = at
  for (const filler of fillers) {
    if (at - filler.length >= 0 && text.startsWith(filler, at - filler.length)) {
      verbEnd = at - filler.length
      break
    }
  }
  for (const candidateEnd of verbEnd === at ? [at] : [verbEnd, at]) {
    for (const [verb, direction] of rate ? [...verbs, ...rateVerbs] : verbs) {
      if (direction === null && !rate) continue
      const start = candidateEnd - verb.length
      if (start < 0 || !text.startsWith(verb, start)) continue
      if (verb.length === 1 && start > 0 && notBeforeSingle.has(text[start - 1]!)) return null
      if (levelRates.some((name) => name.endsWith(verb) && text.startsWith(name, candidateEnd - name.length))) return null
      // `较108年减4.3万元`: 年 ends the year; the verb is 减.
      if ((verb[0] === '年' || verb[0] === '月' || verb[0] === '季') && /[\d０-９〇零一二三四五六七八九十]/u.test(text[start - 1] ?? '')) continue
      let from = start
      for (const word of comparisons) {
        if (from - word.length >= 0 && text.startsWith(word, from - word.length)) {
          from -= word.length
          break
        }
      }
      return {direction, start: from, verb}
    }
  }
  return null
}

/** Verbs that change a length of time or an age (`缩短0.4天`, `延长两年`); others need a comparison (`比上年提高0.3岁`). */
const lengthVerbs = new Set(['缩短', '延长', '压缩', '拉长', '提前', '推迟'])
/** Words that state the base of a comparison earlier in the clause. */
const comparisonBase = /比|较|同比|环比|按年|按月/u

/**
 * Is a change verb before a length of time or an age a change of it? `连续增长3年`
 * and `按月上升，连升4个月` grew for that long and `扩大0至6岁育儿津贴` names an age band; `缩短0.4天` and
 * `比上年提高0.3岁` change the length.
 */
export function changesLength(text: string, clauseStart: number, change: ChangeVerb, numberStart: number): boolean {
  // `连升4个月`, `连续增长3年`: it rose for that long.
  if (/[连連续續]$/u.test(text.slice(clauseStart, change.start))) return false
  return lengthVerbs.has(change.verb) || comparisonBase.test(text.slice(clauseStart, numberStart))
}

/**
 * Adjustment verbs take their object before the rate: `上调公屋租金9.8%`,
 * `下调存款利率0.25个百分点`. The verb and the rate are at most this far apart.
 */
const adjustmentVerbs: ReadonlyArray<readonly [string, Direction]> = [
  ['上调', 'up'], ['调高', 'up'], ['上浮', 'up'], ['提高', 'up'], ['下调', 'down'], ['调低', 'down'], ['下浮', 'down'], ['降低', 'down'],
  ['削减', 'down'], ['压减', 'down'], ['上修', 'up'], ['下修', 'down']
]
const maxObject = 12
/** An object between verb and rate holds no level words (`提高到`, `上调后为`) and no other clause. */
const notInObject = /[^\p{Script=Han}]|[的为是达至到占在了约后]/u

/** The adjustment verb whose object ends at `end` (`上调|公屋租金|9.8%`), or null. */
export function adjustmentBefore(text: string, clauseStart: number, end: number): ChangeVerb | null {
  for (let objectStart = end - 1; objectStart >= Math.max(clauseStart + 2, end - maxObject); objectStart--) {
    if (notInObject.test(text[objectStart]!)) return null
    for (const [verb, direction] of adjustmentVerbs) {
      if (text.startsWith(verb, objectStart - verb.length) && objectStart - verb.length >= clauseStart) return {direction, start: objectStart - verb.length, verb}
    }
  }
  return null
}

/** The direction a clause gives percentage points that no verb stands next to. */
export function directionInClause(text: string, clauseStart: number, end: number): Direction | null {
  const clause = text.slice(clauseStart, end)
  let best: {at: number; direction: Direction} | null = null
  for (const [word, direction] of clauseDirections) {
    const at = clause.lastIndexOf(word)
    if (at !== -1 && (!best || at > best.at)) best = {at, direction}
  }
  return best?.direction ?? null
}

/**
 * The direction of an adjustment whose word leaves it open (`调幅`), from the
 * sentence before it: `最低工资上调，调幅4.41%` is up.
 */
export function directionInSentence(text: string, end: number): Direction | null {
  let start = end
  while (start > 0 && !'。；！？!?\n'.includes(text[start - 1]!)) start--
  return directionInClause(text, start, end)
}
