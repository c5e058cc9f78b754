/**
 * What a fact measures, from the segmented, POS-tagged text: the noun phrase
 * after a classifier (`111个重点项目` -> 重点项目), else the nearest noun
 * phrase before the number in its clause (`城镇居民人均可支配收入31,208元`,
 * `营业额增长14%`), passing over a comparison's base (`比去年同期提高` is
 * not about 去年同期). A phrase is the run of nominal words as written,
 * without a leading verbal noun (`培育限上贸易企业` -> 限上贸易企业); after
 * `等` the listed items are the scope and only the head is the subject
 * (`生龙国际等大型商超营业额` -> 营业额).
 */
import type {Token} from '../types.js'

/** jieba tags of words that can head a subject. */
const nounTags = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'vn', 'eng', 'j', 'an', 'nw'])
/** Tags that may stand inside a noun phrase before its head (`规上`, `大型` are `b`; `网上` is `s`). */
const modifierTags = new Set([...nounTags, 'b', 's'])
/** Other words inside a phrase: `各项` (`本外币各项存款余额`), one-character adjectives (`新材料`). */
const innerWords = new Set(['各项', '各类', '新', '老', '单', '总', '级', '平均'])
/** Where the phrase starts, these name the place or the reporter, not the thing (`全市规模以上工业增加值`). */
const scopePrefixes = new Set(['全市', '全县', '全区', '全省', '全国', '全镇', '全乡', '本市', '本县', '公司', '集团', '全年', '季'])
/**
 * Verbs that govern the clause's object (`完成水污染防治投资`, `发放小麦良种补贴`,
 * `现有公交线路`), some tagged as nouns by jieba: never part of the subject.
 */
const verbLike = new Set([
  '力争', '新建', '惠及', '年产', '发展', '预估', '确保', '实现', '完成', '累计', '安排', '拥有', '发放', '统筹', '投入', '现有', '共有',
  '新开通', '开通', '建成', '接待', '发送', '受理', '回收', '编列', '推动', '改造', '覆盖', '承担', '涉及', '带动', '设立', '引进', '实施',
  '达到', '突破', '超过', '保持', '稳定', '控制', '录得', '提供', '新增', '占', '有', '达', '为', '是', '居首', '居次', '居末',
  // Adjustment verbs before their object (`上调公屋租金9.8%`).
  '上调', '下调', '调高', '调低', '上浮', '下浮', '提高', '降低', '削减', '压减'
])
/** Tags of words that may stand inside a compound between nouns (`户籍登记人口`, `地表水优良比例`, `工业控制业务收入`). */
const innerTags = new Set(['v', 'a', 'z', 'ad', 'an', 'vn'])
/** A head that names a target or a size of something else (`收入预期目标`, `基金规模`): the subject is before it. */
const weakHeads = new Set(['目标', '预期目标', '预期', '规模', '任务'])
/** Localizers inside a phrase (`规模以上工业增加值`). */
const innerLocalizers = new Set(['以上', '以下'])
/** What may stand between a subject and its number (`达到了`, `同比`, `共`). */
const skippable = new Set(['d', 'p', 't', 'v', 'vd', 'ul', 'uz', 'ud', 'ug', 'f', 'ad', 'zg', 'c'])
/** Before these the noun is the base of a comparison, not the subject (`比去年同期提高`, `高于全省平均水平`). */
const comparisonWords = new Set(['比', '较', '高于', '低于', '快于', '慢于', '多于', '少于', '相比', '同'])
/** Heads that say little alone (`增加值`, `人数`): they take the noun before them whatever its length. */
const genericHeads = new Set([
  '增加值', '收入', '支出', '总额', '总量', '人数', '产量', '销量', '营收', '利润', '规模', '余额', '增速', '比重', '数量', '金额',
  '成交额', '产值', '投资额', '价格', '指数', '均价', '面积', '占比', '比例', '覆盖率'
])
/** Words that are never subjects even when tagged as nouns. */
const notSubjects = new Set([
  '全力', '全部', '目前', '同时', '其中', '共计', '合计', '总计', '累计', '年度', '全年', '同期', '去年同期', '上年同期', '新台币', '人民币',
  '港元', '美元', '欧元', '口径', '实质', '月份', '报', '突破', '录得'
])
/** Words that qualify a head but never are one (`日均客运量`; `日均39万人次` has no subject of its own). */
const modifierOnly = new Set(['日均', '年均', '月均'])
/** `按年上升`, `按月下跌`: Hong Kong's year-on-year, passed over like 同比. */
const periods = new Set(['年', '月', '季', '季度'])
/** Adverb-like nouns that end a phrase after a classifier (`27个专班重点突破`). */
const afterStops = new Set(['重点', '全面', '集中', '统一', '共同', '主要', '分别'])
/** Classifier-like nouns whose `的` phrase is what is counted (`三个方面的措施` counts 措施). */
const aspectNouns = new Set(['方面', '领域', '环节', '层面', '类别'])
/** Trailing words that name the work, not the thing counted (`两个天桥工程`). */
const trailingGeneric = new Set(['工程', '建设', '活动'])
/** Longest subject kept; a longer run is more likely two phrases. */
const maxLength = 16

/** Words jieba tags as verbs that news uses as nouns before a number (`收入25.3亿元`, `管理|率`). */
const verbsAsNouns = new Set(['收入', '支出', '投资', '投入', '出口', '进口', '消费', '产出', '融资', '贷款', '存款', '营收', '手续', '岁出', '岁入', '出超', '入超', '零售', '率', '增速', '增幅', '涨幅', '降幅', '跌幅', '预算', '开支', '考生', '补助'])

function isNoun(token: Token | undefined): boolean {
  if (token === undefined || notSubjects.has(token.word) || verbLike.has(token.word) || /^\s+$/.test(token.word)) return false
  return nounTags.has(token.tag) || verbsAsNouns.has(token.word)
}

function isModifier(token: Token): boolean {
  if (modifierOnly.has(token.word)) return true
  if (notSubjects.has(token.word) || verbLike.has(token.word)) return false
  return modifierTags.has(token.tag) || verbsAsNouns.has(token.word) || innerLocalizers.has(token.word) || innerWords.has(token.word)
}

function isBoundary(token: Token): boolean {
  return (token.tag === 'x' && token.word.trim() !== '') || token.tag === 'm' || token.tag === 'mq' || token.tag === 'uj' || token.tag === 'q'
}

/** Index of the first token starting at or after `offset`. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle]!.start < offset) low = middle + 1
    else high = middle
  }
  return low
}

function join(tokens: readonly Token[], from: number, to: number): string {
  let text = ''
  for (let index = from; index <= to; index++) text += tokens[index]!.word
  return text
}

/**
 * A verb or adjective inside a compound: between modifiers (`户籍|登记|人口`),
 * or leading it after the clause's own verb (`占|应收|面积`, `改造|老旧|小区`,
 * `其中|注册|护士`). Not a verb that governs the clause.
 */
function isInnerWord(tokens: readonly Token[], index: number, head: string): boolean {
  const token = tokens[index]!
  if (!innerTags.has(token.tag) || verbLike.has(token.word) || notSubjects.has(token.word) || comparisonWords.has(token.word)) return false
  const before = tokens[index - 1]
  if (!before || before.end !== token.start) return true
  // `企业|办结|项目手续` is a clause; `户籍|登记|人口` names a measure.
  if (isModifier(before)) return token.tag !== 'v' || measureHead.test(head)
  // After a comma a verb leads the clause (`，办结项目手续`); after `其中` or another verb it names the kind (`其中注册护士`, `占应收面积`).
  return before.tag === 'v' || before.tag === 'r' || before.tag === 'c' || (token.tag !== 'v' && isBoundary(before))
}

/** Heads that name a measure, whose compounds may hold a verb (`总诊疗人次`, `水污染防治投资`, `去向落实率`). */
const measureHead = /(?:率|比例|比重|量|额|数|值|人次|人口|收入|支出|投资|面积|资金|指数|价|费|时间|时长|天数|周期|寿命)$/u

/** A short or generic head with one noun before it, and `b` prefixes: the fallback phrase. */
function growLeft(tokens: readonly Token[], headIndex: number): string {
  let index = headIndex
  let text = tokens[index]!.word
  const previous = tokens[index - 1]
  if (previous && (text.length <= 2 || genericHeads.has(text)) && isNoun(previous) && previous.end === tokens[index]!.start && previous.tag !== 'nr') {
    text = previous.word + text
    index--
  }
  while (index > 0) {
    const before = tokens[index - 1]!
    if (before.tag !== 'b' || before.end !== tokens[index]!.start) break
    text = before.word + text
    index--
  }
  return text
}

/** The noun phrase ending at `headIndex`, and where it starts. */
function phraseEndingAt(tokens: readonly Token[], headIndex: number): {text: string; start: number; runStart: number} {
  // `收入预期目标`: the subject is what the target is for.
  while (weakHeads.has(tokens[headIndex]!.word) && headIndex > 0 && tokens[headIndex - 1]!.end === tokens[headIndex]!.start && isNoun(tokens[headIndex - 1])) {
    headIndex--
  }
  let start = headIndex
  while (start > 0) {
    const before = tokens[start - 1]!
    if (before.end !== tokens[start]!.start) break
    if (!isModifier(before) && !isInnerWord(tokens, start - 1, tokens[headIndex]!.word)) break
    start--
  }
  // `X等Y`: Y's modifiers name the listed items; the subject is the head.
  const runStart = start
  const previous = tokens[start - 1]
  if (previous && (previous.word === '等' || previous.word === '等等')) return {text: growLeft(tokens, headIndex), start, runStart}
  // A leading verbal noun after an adverb is the clause's verb (`共培育限上贸易企业`), not after a verb or a comma (`安排教育支出`).
  // `将生育补助提高`: after 将/把 comes the object, whatever its first word.
  const verbContext = previous !== undefined && ['d', 'p', 'ad', 'vd'].includes(previous.tag) && previous.word !== '将' && previous.word !== '把'
  while (
    start < headIndex &&
    ((verbContext && tokens[start]!.tag === 'vn') || innerLocalizers.has(tokens[start]!.word) || scopePrefixes.has(tokens[start]!.word) || leadsObject(tokens, start))
  ) {
    start++
  }
  const text = join(tokens, start, headIndex)
  return {text: text.length > maxLength ? growLeft(tokens, headIndex) : text, start, runStart}
}

/** `统筹|投入|农业生产资金`, `安排|教育支出`: a verb before another verb leads the object, not the compound. */
function leadsObject(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]
  const token = tokens[index]!
  return token.tag === 'v' && !verbsAsNouns.has(token.word) && next !== undefined && (next.tag === 'v' || next.tag === 'vn' || verbsAsNouns.has(next.word))
}

/** Words of a share or comparison whose object ends in `的` (`占全市进出口总值的`, `较上年同期的`). */
const shareWords = new Set(['占', '较', '比', '相当于', '约占'])

/** Index of the share or comparison word governing the `的` at `index`, within its clause. */
function comparisonBefore(tokens: readonly Token[], index: number): number | null {
  for (let k = index - 1; k >= 0 && k >= index - 8; k--) {
    const token = tokens[k]!
    if (shareWords.has(token.word)) return k
    if (isBoundary(token)) return null
  }
  return null
}

/** Words that link a subject to its value (`为`, `达`), the only ones passed over with `linkedOnly`. */
const linkWords = new Set(['为', '是', '达', '达到', '约', '长达', '仅', '共', '则为'])

/**
 * The noun phrase ending before `offset`, within the clause. With
 * `linkedOnly`, only a linking word may stand between it and the number.
 */
export function subjectBefore(tokens: readonly Token[], offset: number, options: {linkedOnly?: boolean} = {}): string | null {
  let index = tokenIndexAt(tokens, offset) - 1
  let skipped = 0
  while (index >= 0) {
    const token = tokens[index]!
    if (token.end > offset) {
      index--
      continue
    }
    // `按年上升`; `每胎10万元` is per child, a rate's unit, not the subject.
    if ((periods.has(token.word) && tokens[index - 1]?.word === '按') || tokens[index - 1]?.word === '每') {
      index -= 2
      continue
    }
    // `地区生产总值(GDP)1403.24亿元`: an abbreviation in brackets restates the noun before it.
    const opening = abbreviationOpening(tokens, index)
    if (opening !== null) {
      index = opening - 1
      continue
    }
    if (token.word === '的') {
      // `X占Y的71.4%`, `X较上年同期的4.91亿元`: the subject is what stands before the comparison.
      const comparison = comparisonBefore(tokens, index)
      if (comparison === null) return null
      index = comparison - 1
      continue
    }
    if (isBoundary(token)) return null
    if (isNoun(token) && !modifierOnly.has(token.word)) {
      const phrase = phraseEndingAt(tokens, index)
      // `比去年同期提高`, `高于全省平均水平`: that noun is the base; look further back.
      const before = tokens[phrase.runStart - 1]
      if (before && comparisonWords.has(before.word)) {
        index = phrase.runStart - 2
        continue
      }
      return phrase.text
    }
    if (comparisonWords.has(token.word) || notSubjects.has(token.word) || modifierOnly.has(token.word) || verbLike.has(token.word)) {
      index--
      continue
    }
    // `增速比第一季度加快`: a period jieba tags as a set phrase is passed over like a time word.
    const period = token.tag === 'l' && /[季年月]/u.test(token.word)
    if (!skippable.has(token.tag) && !period && !(token.tag === 'x' && token.word.trim() === '')) return null
    if (options.linkedOnly && !linkWords.has(token.word)) return null
    if (++skipped > 4) return null
    index--
  }
  return null
}

/** Where `(GDP)`, `（CPI）` opens, when the token at `close` ends such a bracket. */
function abbreviationOpening(tokens: readonly Token[], close: number): number | null {
  if (tokens[close]?.word !== ')' && tokens[close]?.word !== '）') return null
  const open = close - 2
  const inner = tokens[close - 1]
  if (!inner || !/^[A-Za-z]{2,8}$/u.test(inner.word) || (tokens[open]?.word !== '(' && tokens[open]?.word !== '（')) return null
  return open
}

/** The noun phrase right after a classifier at `offset` (`111个|重点项目`, `42家|A级旅游景区`). */
export function subjectAfter(tokens: readonly Token[], offset: number): string | null {
  const first = tokenIndexAt(tokens, offset)
  const token = tokens[first]
  if (!token || token.start !== offset) return null
  // `15家以上`: an approximation, not the noun.
  if (!isModifier(token) || token.tag === 'vn' || innerLocalizers.has(token.word)) return null
  if (aspectNouns.has(token.word) && tokens[first + 1]?.word === '的' && tokens[first + 2]?.start === tokens[first + 1]!.end) {
    const phrase = subjectAfter(tokens, tokens[first + 2]!.start)
    if (phrase) return phrase
  }
  let last = first
  while (last + 1 < tokens.length) {
    const next = tokens[last + 1]!
    if (next.start !== tokens[last]!.end || !isModifier(next) || afterStops.has(next.word)) break
    last++
  }
  // Not a trailing verbal noun (`专班推进`) or a word for the work (`天桥工程`).
  while (last > first && (tokens[last]!.tag === 'vn' || trailingGeneric.has(tokens[last]!.word))) last--
  const text = join(tokens, first, last)
  return text.length > maxLength ? token.word : text
}

/**
 * `营业额、利润分别为1亿元、2000万元`: the nouns listed before `分别` at
 * `offset`, in order, or null when there is no such list.
 */
export function respectiveSubjects(tokens: readonly Token[], offset: number): string[] | null {
  let index = tokenIndexAt(tokens, offset) - 1
  let skipped = 0
  while (index >= 0 && tokens[index]!.word !== '分别' && skipped < 3) {
    if (isBoundary(tokens[index]!)) return null
    index--
    skipped++
  }
  if (index < 0 || tokens[index]!.word !== '分别') return null
  const subjects: string[] = []
  index--
  while (index >= 0) {
    if (!isNoun(tokens[index])) break
    const phrase = phraseEndingAt(tokens, index)
    subjects.unshift(phrase.text)
    index = phrase.start - 1
    const separator = tokens[index]
    if (!separator || !['、', '和', '及', '与'].includes(separator.word)) break
    index--
  }
  return subjects.length > 1 ? subjects : null
}
