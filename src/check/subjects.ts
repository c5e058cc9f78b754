/**
 * What a number measures. Chinese puts the head noun last (`重点项目` is a
 * kind of `项目`), English too (`key projects`), so subjects are compatible
 * when one ends with the other.
 */

const latin = /\p{Script=Latin}/u

/** Trimmed, single-spaced, lower-cased Latin, no leading article, last word singular. */
export function normalizeSubject(subject: string | null | undefined): string | null {
  if (typeof subject !== 'string') return null
  let normalized = subject.trim().replace(/\s+/gu, ' ')
  if (latin.test(normalized)) {
    normalized = normalized.toLowerCase().replace(/^(the|a|an|its|their)\s+/u, '')
    const words = normalized.split(' ')
    words.push(singular(words.pop() ?? ''))
    normalized = words.join(' ')
  }
  return normalized === '' ? null : normalized
}

function singular(word: string): string {
  if (word.length <= 3 || /(ss|us|is)$/u.test(word)) return word
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (/(ch|sh|x)es$/u.test(word) || word.endsWith('sses')) return word.slice(0, -2)
  return word.endsWith('s') ? word.slice(0, -1) : word
}

/** Whether one subject names the same things as the other, or a kind of them. */
export function subjectsCompatible(a: string | null, b: string | null): boolean {
  const x = normalizeSubject(a)
  const y = normalizeSubject(b)
  if (!x || !y) return false
  if (x === y) return true
  if (latin.test(x) || latin.test(y)) {
    const wordsX = x.split(' ')
    const wordsY = y.split(' ')
    const [shorter, longer] = wordsX.length <= wordsY.length ? [wordsX, wordsY] : [wordsY, wordsX]
    return shorter.every((word, index) => longer[longer.length - shorter.length + index] === word)
  }
  return x.endsWith(y) || y.endsWith(x)
}

// Rates that compare against a moving base or a target, so they may exceed 100%:
// growth, prices and money, debt, plan fulfilment (`完成率112%` is ordinary), contribution to growth,
// recovery against a base year (`恢复至2019年同期的112.6%`).
const unboundedChinese = /增|涨|降|跌|成长|变动|利率|息|税|汇|通胀|膨胀|收益|回报|利润|毛利|负债|杠杆|周转|换手|完成|达成|执行|贡献|拉动|溢价|折价|超|市盈|市净|容积|产销|弹性|变化|倍|恢复|相当/u
const unboundedEnglish =
  /\b(growth|grow|increase|rise|gain|decline|decrease|drop|fall|change|interest|tax|exchange|inflation|return|yield|profit|margin|debt|leverage|turnover|contribution|premium|discount|fulfil\w*|execution|year-on-year|recovery)\b/iu
const shareChinese = /(占比|比重|比例|份额|占有率|增长面|亏损面|盈利面|覆盖面)$/u
const shareEnglish = /\b(share|proportion|percentage)\b/iu

/** `占比`, `比重`, `share`: a part's share of a whole. */
export function isShareSubject(subject: string | null): boolean {
  if (!subject) return false
  return latin.test(subject) ? shareEnglish.test(subject) : shareChinese.test(subject.trim())
}

/** A rate that is a part over a whole (`开复工率`, `completion rate`), not a growth or price rate. */
export function isPartRate(subject: string | null): boolean {
  if (!subject) return false
  if (isShareSubject(subject)) return true
  if (latin.test(subject)) return /\brate\b/iu.test(subject) && !/\b(growth|increase|rise|decline|interest|tax|exchange|inflation|return|yield|contribution)\b/iu.test(subject)
  return subject.trim().endsWith('率') && !/增|涨|降|跌|利率|税|汇|通胀|膨胀|收益|回报|贡献|拉动|倍/u.test(subject)
}

/** A part-over-whole rate that cannot exceed 100%: `办结率`, `开复工率`, `占比`, `completion rate`. */
export function isBoundedRate(subject: string | null): boolean {
  if (!subject || !isPartRate(subject)) return false
  if (isShareSubject(subject)) return true
  return latin.test(subject) ? !unboundedEnglish.test(subject) : !unboundedChinese.test(subject)
}

/**
 * The action a Chinese rate counts (`开复工率` -> `复工`), to confirm that a
 * number in the same sentence counts that action. Null for English and shares.
 */
export function rateStem(subject: string | null): string | null {
  if (!subject || latin.test(subject) || !subject.endsWith('率')) return null
  const stem = subject.slice(0, -1)
  return stem.length > 2 ? stem.slice(-2) : stem || null
}

/** `总投资` -> `投资`, `total investment` -> `investment`: the measure a total totals. */
export function totalStem(subject: string | null): string | null {
  if (!subject) return null
  const trimmed = subject.trim()
  if (latin.test(trimmed)) {
    const match = /^(?:the\s+)?total\s+(.+)$/iu.exec(trimmed) ?? /^(.+?)\s+in total$/iu.exec(trimmed)
    return match ? normalizeSubject(match[1]) : null
  }
  if (trimmed.startsWith('总') && trimmed.length > 1) return trimmed.slice(1)
  const suffix = /^(.+?)(总额|总量|总计|合计)$/u.exec(trimmed)
  return suffix ? suffix[1]! : null
}

/** A plan, a period's slice or a phase of something larger (`年度计划投资`, `annual planned investment`). */
export function isPlanSubject(subject: string | null): boolean {
  if (!subject) return false
  return latin.test(subject)
    ? /\b(annual|yearly|plan\w*|this year|phase|first|current)\b/iu.test(subject)
    : /年度|计划|今年|当年|年内|本年|全年|本期|首期|一期|二期|三期|近期/u.test(subject)
}

/** Whether `part`'s subject measures what `total`'s totals (`年度计划投资` under `总投资`). */
export function measuresSameAs(part: string | null, totalSubject: string | null): boolean {
  const stem = totalStem(totalSubject)
  const normalizedPart = normalizeSubject(part)
  if (!stem || !normalizedPart || normalizeSubject(totalSubject) === normalizedPart) return false
  if (latin.test(stem)) {
    const head = stem.split(' ').at(-1)!
    return normalizedPart.split(' ').at(-1) === head
  }
  return normalizedPart.endsWith(stem)
}

/**
 * Subjects that different wordings give the same metric, so `25.3亿元` and
 * `25.3 billion yuan` of one revenue agree. Keys are normalized subjects;
 * extend the list as articles need it.
 */
const synonyms: Record<string, string> = {
  'general public budget revenue': '一般公共预算收入',
  'general budget revenue': '一般公共预算收入',
  'public budget revenue': '一般公共预算收入',
  'gdp': 'gdp',
  'gdp总量': 'gdp',
  'total gdp': 'gdp',
  'gross domestic product': 'gdp',
  '地区生产总值': 'gdp',
  '生产总值': 'gdp',
  'total investment': '总投资',
  'annual planned investment': '年度计划投资',
  'annual investment plan': '年度计划投资',
  'planned annual investment': '年度计划投资',
  'key project': '重点项目',
  'major project': '重点项目',
  'market entity': '市场主体',
  'market player': '市场主体',
  'turnover': '营业额',
  'fixed-asset investment': '固定资产投资',
  'fixed asset investment': '固定资产投资',
  'total retail sales of consumer goods': '社会消费品零售总额',
  'per capita disposable income': '人均可支配收入'
}

/** One name per metric across wordings and languages. */
export function canonicalSubject(subject: string | null | undefined): string | null {
  const normalized = normalizeSubject(subject)
  if (!normalized) return null
  return synonyms[normalized] ?? synonyms[normalized.toLowerCase()] ?? normalized
}
