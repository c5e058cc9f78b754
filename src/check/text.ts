/**
 * Where facts sit in the article: sentences, clauses and the words around
 * them. Rules ask these questions instead of scanning text themselves.
 */
import type {Fact, Span} from '../types.js'
import {factsWithin, paragraphAt} from './layout.js'
import {perContext, perFact} from './memo.js'
import type {RuleContext} from './rule.js'
import {partitionPoint} from '../util/search.js'

export type Language = 'zh' | 'en'

/** Punctuation that ends a clause, in either width. */
export const clauseBreak = /[,，;；:：。！？!?\n]/u

/**
 * Whether the character at `at` ends a clause: punctuation, or in Chinese a
 * space between Han characters, as headlines separate their clauses
 * (`…经济运行稳中向好 地区生产总值同比增长5.2%`).
 */
function isClauseBreak(context: RuleContext, at: number): boolean {
  const char = context.text[at]!
  if (clauseBreak.test(char)) return true
  if (!/\s/u.test(char) || languageOf(context) === 'en') return false
  return /\p{Script=Han}\s+$/u.test(context.text.slice(Math.max(0, at - 3), at + 1)) && /^\s*\p{Script=Han}/u.test(context.text.slice(at, at + 4))
}

/** Chinese patterns unless the article is English (or, undetected, mostly Latin). */
export const languageOf = perContext((context): Language => {
  const lang = context.lang.toLowerCase()
  if (lang === 'en' || lang.startsWith('en-')) return 'en'
  if (lang.startsWith('zh')) return 'zh'
  const han = context.text.match(/\p{Script=Han}/gu)?.length ?? 0
  const latin = context.text.match(/\p{Script=Latin}/gu)?.length ?? 0
  return latin > han * 2 ? 'en' : 'zh'
})

/**
 * Longest stretch of a sentence the rules look at, either side of a fact.
 * Text without stops (a run-on page, a table flattened to one line) is one
 * "sentence" of megabytes: every fact would see every other fact of it, and
 * each question about a fact would cost a pass over it. No real sentence
 * comes near (the corpus's longest is a few hundred characters).
 */
export const sentenceReach = 500

/**
 * Where the first match of `terminator` at or after `from` starts, looking
 * no further than a long sentence's worth of text (`2 * sentenceReach`):
 * the end of a list or sentence, for rules that find it themselves. Without
 * such a match, the end of that window.
 */
export function searchEnd(context: RuleContext, from: number, terminator: RegExp): number {
  const window = context.text.slice(from, from + 2 * sentenceReach)
  const found = window.search(terminator)
  return from + (found === -1 ? window.length : found)
}

/**
 * The sentence holding a fact: the extractor's, else the segmenter's, else
 * the whole text; of a longer one, the `sentenceReach` either side of the fact.
 */
export function sentenceOf(context: RuleContext, fact: Fact): Span {
  const [start, end] =
    fact.sentence && fact.sentence[0] <= fact.span[0] && fact.span[1] <= fact.sentence[1] ? fact.sentence : segmenterSentenceOf(context, fact)
  if (end - start <= 2 * sentenceReach) return [start, end]
  return [Math.max(start, fact.span[0] - sentenceReach), Math.min(end, fact.span[1] + sentenceReach)]
}

const segmenterSentenceOf = perFact((context, fact): Span => {
  // Sentences are in text order and do not overlap: the last one starting at or before the fact is the only candidate.
  const {sentences} = context
  const found = sentences[partitionPoint(sentences, (sentence) => sentence[0] <= fact.span[0]) - 1]
  return found && fact.span[0] < found[1] ? found : [0, context.text.length]
})

/** The facts of a fact's sentence, itself included, in text order. */
export function factsInSentence(context: RuleContext, fact: Fact): Fact[] {
  const [start, end] = sentenceOf(context, fact)
  return factsWithin(context, start, end)
}

/** The facts of `anchor`'s sentence that end by the time `fact` starts. */
export function factsInSentenceBefore(context: RuleContext, anchor: Fact, fact: Fact): Fact[] {
  // Those that end by the sentence's end and by `fact`'s start: not the whole sentence filtered, which in a list of hundreds of values is most of the work.
  const [start, end] = sentenceOf(context, anchor)
  return factsWithin(context, start, Math.min(end, fact.span[0]))
}

export function sameSentence(context: RuleContext, a: Fact, b: Fact): boolean {
  const [start, end] = sentenceOf(context, a)
  return start <= b.span[0] && b.span[1] <= end
}

/** Text of the sentence before the fact. */
export function beforeInSentence(context: RuleContext, fact: Fact): string {
  return context.text.slice(sentenceOf(context, fact)[0], fact.span[0])
}

/** Text of the sentence after the fact. */
export function afterInSentence(context: RuleContext, fact: Fact): string {
  return context.text.slice(fact.span[1], sentenceOf(context, fact)[1])
}

/** Positions of every clause break of the text, ascending: found once, then searched. */
const clauseBreaksOf = perContext((context): number[] => {
  const found: number[] = []
  for (const match of context.text.matchAll(/[,，;；:：。！？!?]|\s/gu)) if (isClauseBreak(context, match.index)) found.push(match.index)
  return found
})

/** The last clause break at or before `at` (-1 when none). */
function lastBreakBy(context: RuleContext, at: number): number {
  const breaks = clauseBreaksOf(context)
  const index = firstAtLeast(breaks, at + 1) - 1
  return index === -1 ? -1 : breaks[index]!
}

/** The first clause break at or after `at` (the text's length when none). */
function firstBreakFrom(context: RuleContext, at: number): number {
  const breaks = clauseBreaksOf(context)
  const index = firstAtLeast(breaks, at)
  return index === breaks.length ? context.text.length : breaks[index]!
}

function firstAtLeast(values: readonly number[], value: number): number {
  return partitionPoint(values, (known) => known < value)
}

/**
 * Where a clause starts that ends at `end`: just after the last clause break
 * before `end`, but not before `sentenceStart` (and never after `end`).
 */
function clauseStartBefore(context: RuleContext, end: number, sentenceStart: number): number {
  if (end <= sentenceStart) return end
  return Math.max(sentenceStart, lastBreakBy(context, end - 1) + 1)
}

/** The clause around a fact: from the previous clause break to the next one. */
export const clauseOf = perFact((context, fact): Span => {
  const [sentenceStart, sentenceEnd] = sentenceOf(context, fact)
  const start = clauseStartBefore(context, fact.span[0], sentenceStart)
  const end = fact.span[1] >= sentenceEnd ? fact.span[1] : Math.min(sentenceEnd, firstBreakFrom(context, fact.span[1]))
  return [start, end]
})

export function textOf(context: RuleContext, span: Span): string {
  return context.text.slice(span[0], span[1])
}

export function between(context: RuleContext, a: Fact, b: Fact): string {
  return a.span[1] <= b.span[0] ? context.text.slice(a.span[1], b.span[0]) : context.text.slice(b.span[1], a.span[0])
}

/**
 * Whether a Chinese number describes one particular subset rather than the
 * metric itself: `总投资70亿元的10个重点项目` — both numbers are attributes of
 * those ten projects, so neither is the article's figure for its subject.
 */
export function isAttributive(context: RuleContext, fact: Fact): boolean {
  if (languageOf(context) === 'en') return false
  const after = context.text.slice(fact.span[1], fact.span[1] + 2).trimStart()
  const before = context.text.slice(Math.max(0, fact.span[0] - 1), fact.span[0])
  return after.startsWith('的') || before === '的'
}

/**
 * A number that is an average, a rate per unit or an index (`人均可支配收入`,
 * `日均客运量`, `每10股派3元`): not additive, so never a part or a whole.
 */
export const isPerUnit = perFact((context, fact): boolean => {
  const subject = fact.subject ?? ''
  // A unit over a unit (`公斤/公顷`, `bushel/acre`) is per unit whatever the words around it.
  if (fact.unit?.includes('/') || /[/／](?:公顷|亩|人|户|股|天|日|平方米|acre|hectare|share|day)/iu.test(fact.text)) return true
  const lead = context.text.slice(clauseOf(context, fact)[0], fact.span[0])
  if (languageOf(context) === 'en') {
    return /\b(average|mean|per|each|a day|daily|index|price|yield)\b/iu.test(`${subject} ${lead.slice(-24)} ${fact.text}`)
  }
  return /人均|平均|日均|均价|单价|指数|每|单产|亩产|单位面积产量|密度/u.test(subject) || /(人均|平均|日均|每[天日人户股\d]*)[^，,；;。]{0,6}$/u.test(lead)
})

/** A numeral that names a period (`5月底`, `2023年`, `一季度`), not a quantity. */
export const periodNumerals = /[\d０-９一二三四]+\s*(?:年度?|月份?|季度|日|号)/gu

/**
 * A number named as the base of a comparison (`较上年同期的4.91亿元`,
 * `比全国平均的111.3万元`, `from $212 million`): another period or place,
 * not the article's figure for the subject.
 */
export const isBase = perFact((context, fact): boolean => {
  // A period between the marker and the number names the base's time (`较5月底的3,122亿元`): not another number.
  const lead = context.text.slice(Math.max(clauseOf(context, fact)[0], fact.span[0] - 16), fact.span[0]).replace(periodNumerals, '□')
  if (languageOf(context) === 'en') return /\b(from|compared with|compared to|versus|vs\.?|against|than)\s+(?:the\s+|a\s+)?$/iu.test(lead)
  // `比` but not `占比`, `比重`, `比例`, `比率`.
  // The marker must govern this number: no other number between (`由去年的第15名跃升至第9名`: 9 is no base).
  return /(?:(?<!占)比(?![重例率])|较|相比|与|由|对比)[^，,。；;\d]{0,10}$/u.test(lead)
})

const chineseFiller = /全[区市县省镇乡国]|本[区市县]|共计|总共|一共|合计|共有|共|全年|达到|达|为|是|有|了|约|近|实现|完成|录得|报|在|[\s\d.,，、“”"'()（）%％]/gu
const englishFiller =
  /\b(?:the|a|an|in|of|its|total(?:ly)?|some|about|nearly|around|there|were|was|are|is|had|has|have|reached|stood at|came to|to|at|district|county|city)\b|[\s\d.,"'()%$€¥]/giu

/**
 * What is said of a number apart from the number, its subject and filler
 * words: `确定了111个重点项目` -> `确定`, `办结项目手续139项` -> `办结`,
 * `按月上升0.9%` -> `按月`. Two statements of one subject are one metric
 * only when this matches: the same noun under another verb is another set,
 * the same change against another base another change.
 */
export const frameOf = perFact((context, fact): string => {
  const [start, end] = clauseOf(context, fact)
  let clause = context.text.slice(start, end)
  // Other numbers in the clause (a date, the base of a comparison) stay as a mark, not as digits.
  for (const other of factsWithin(context, start, end)) clause = clause.replace(other.text, other === fact ? ' ' : `<${other.kind}>`)
  const english = languageOf(context) === 'en'
  if (fact.subject) {
    const subject = fact.subject.trim()
    clause = english ? clause.replace(new RegExp(escapeRegExp(subject), 'iu'), ' ') : clause.replace(subject, ' ')
  }
  return clause.replace(english ? englishFiller : chineseFiller, '').toLowerCase()
})

/** `text` as a literal in a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}

/** Words that narrow or shift what a number measures: a subset, a plan, a cumulative figure, a comparison base. */
const chineseQualifiers = ['其中', '新增', '累计', '合计', '同比', '环比', '按年', '按月', '按季', '去年', '上年', '同期', '计划', '目标', '预计', '预估', '预期', '以上', '以下', '调整后']
/** `按年` but not `按年龄别观察` (by age group): there the word only starts a longer one. */
const chineseQualifierPatterns = chineseQualifiers.map((word): [string, RegExp] => [word, new RegExp(word === '按年' ? '按年(?!龄)' : word === '调整后' ? '调整后|扣除[^，,；;。]{0,12}?后|扣非' : word, 'u')])
const englishQualifiers = /\b(of which|including|among them|new(?:ly)?|additional|cumulative(?:ly)?|year-on-year|month-on-month|quarter-on-quarter|last year|planned|plans?|targets?|expected|forecast|(?:seasonally )?adjusted)\b/giu

/**
 * Qualifier words of the fact's clause, and of the clause before when that
 * one states no other number (`2023年首4个月合计，…1,332亿港元`), sorted, as a key.
 */
export const qualifiersOf = perFact((context, fact): string => {
  const [start, end] = clauseOf(context, fact)
  const [sentenceStart] = sentenceOf(context, fact)
  let from = start
  if (start > sentenceStart) {
    const previous = clauseStartBefore(context, start - 1, sentenceStart)
    const holdsNumber = factsWithin(context, previous, start).some((other) => other.kind !== 'date')
    if (!holdsNumber) from = previous
  }
  const clause = context.text.slice(from, end)
  const found =
    languageOf(context) === 'en'
      ? [...clause.matchAll(englishQualifiers)].map((match) => match[0].toLowerCase())
      : chineseQualifierPatterns.filter(([, pattern]) => pattern.test(clause)).map(([word]) => word)
  return [...new Set(found)].sort().join('+')
})

/** Qualifiers that move a number to another period or basis. */
const shifting = /^(调整后|(?:seasonally )?adjusted|累计|合计|同比|环比|按年|按月|按季|去年|上年|同期|计划|目标|预计|预估|预期|cumulative(?:ly)?|year-on-year|month-on-month|quarter-on-quarter|last year|planned|plans?|targets?|expected|forecast)$/iu

/** The fact's qualifiers that say it is of another period or basis (`累计`, `计划`, `去年`), sorted. */
export const shiftingQualifiers = perFact((context, fact): string[] =>
  qualifiersOf(context, fact)
    .split('+')
    .filter((word) => word !== '' && shifting.test(word))
)

/** The headline's span, when the article has one and the text opens with it. */
export const headlineOf = perContext((context): Span | null => {
  const title = context.title?.trim()
  if (!title) return null
  const at = context.text.indexOf(title)
  return at !== -1 && context.text.slice(0, at).trim() === '' ? [at, at + title.length] : null
})

/** How a numbered section heading starts: `一、`, `（一）`, `1.`, `第二部分`. */
const sectionNumber = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]+[章节部分])/u
/** A heading is one short line that ends no sentence (`二、利润总额` ends none; `…增长3.9%。` does). */
const sentenceInside = /[。！？!?；;]|[.,，](?=\s|$)/u

/**
 * Headings that sum up a section, as a headline sums up the article: a
 * short line (`一、广义货币增长8.7%`, or the first line of an article with
 * no headline given: `财政部:1-7月国有企业利润总额27332.5亿元 同比增长3.9%`)
 * that ends no sentence and is numbered unless it opens the text; with no
 * headline given, a short lead paragraph too (`本财政年度首3个月录得60亿元赤字，
 * 财政储备为3,047亿元，较5月份减少75亿元。`). Its section runs to the next heading.
 */
export const headingsOf = perContext((context): Array<{heading: Span; body: Span; role: 'heading' | 'opening line' | 'lead'}> => {
  const {text} = context
  const english = languageOf(context) === 'en'
  const limit = english ? 120 : 80
  const headline = headlineOf(context)
  const lines: Array<{span: Span; role: 'heading' | 'opening line' | 'lead'}> = []
  for (let start = 0; start < text.length; ) {
    const [from, to] = paragraphOf(context, start)
    const line = text.slice(from, to).trim()
    const opening = !headline && text.slice(0, from).trim() === '' && to < text.length
    const heading = line.length >= 4 && line.length <= limit && !sentenceInside.test(line) && (sectionNumber.test(line) || opening)
    // A release's lead paragraph (`本财政年度首3个月录得60亿元赤字，财政储备为3,047亿元…。`) sums up the release.
    const lead = opening && line.length >= 4 && line.length <= (english ? 300 : 150)
    if (heading || lead) lines.push({span: [from, to], role: opening ? (heading ? 'opening line' : 'lead') : 'heading'})
    start = Math.max(to + 1, start + 1)
  }
  return lines.map(({span, role}, index) => ({heading: span, role, body: [span[1], lines[index + 1]?.span[0] ?? text.length] as Span}))
})

/** The paragraph (text between blank lines or line breaks) holding a position. */
export function paragraphOf(context: RuleContext, at: number): Span {
  return paragraphAt(context, at)
}
