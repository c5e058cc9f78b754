import {readFileSync} from 'node:fs'
import {createContext, type Rule, type RuleContext} from '../../src/check/index.js'
import {splitSentences} from '../../src/segment/sentences.js'
import type {Approx, Check, Fact, FactKind, FactValue} from '../../src/types.js'

/** A fact as a test writes it; spans are found in the text. */
export interface FactSpec {
  /** The fact's text, searched after the previous spec's match (specs are in text order). */
  text: string
  /** A longer string containing `text`, to find the right occurrence (`三个方面` for `三个`). */
  near?: string
  kind: FactKind
  value: FactValue
  unit?: string | null
  subject?: string | null
  approx?: Approx
  direction?: 'up' | 'down'
  group?: number
  scope?: string
  relative?: string
  resolved?: boolean
}

export interface ArticleMeta {
  publishedAt?: string | null
  lang?: string
  /** The headline, as the metadata stage finds it. */
  title?: string | null
}

/** Facts with ids, spans, source spans and sentences computed from the text, as the extractor would give them. */
export function factsIn(text: string, specs: readonly FactSpec[]): Fact[] {
  const sentences = splitSentences(text)
  let cursor = 0
  return specs.map((spec, index) => {
    const anchor = spec.near ?? spec.text
    const at = text.indexOf(anchor, cursor)
    const offset = anchor.indexOf(spec.text)
    if (at === -1 || offset === -1) throw new Error(`Test fact \`${spec.text}\` (near \`${anchor}\`) not found after offset ${cursor}`)
    const start = at + offset
    const end = start + spec.text.length
    cursor = end
    const {near: _near, text: factText, ...rest} = spec
    const sentence = sentences.find(([s, e]) => s <= start && end <= e)
    return {
      id: `f${index + 1}`,
      unit: null,
      subject: null,
      approx: 'exact',
      ...rest,
      text: factText,
      span: [start, end],
      sourceSpan: [start, end],
      ...(sentence ? {sentence} : {})
    } as Fact
  })
}

export function contextFor(text: string, specs: readonly FactSpec[], meta: ArticleMeta = {}): RuleContext {
  return createContext({
    text,
    facts: factsIn(text, specs),
    sentences: splitSentences(text),
    publishedAt: meta.publishedAt ?? null,
    lang: meta.lang ?? (/\p{Script=Han}/u.test(text) ? 'zh-Hans' : 'en'),
    title: meta.title ?? null
  })
}

export function run(rule: Rule, text: string, specs: readonly FactSpec[], meta: ArticleMeta = {}): Check[] {
  return rule.run(contextFor(text, specs, meta))
}

/** Checks as `verdict` strings, for compact assertions. */
export const verdicts = (checks: readonly Check[]) => checks.map((check) => check.verdict)

/** The texts of a check's facts. */
export function factTexts(context: RuleContext, check: Check): string[] {
  return check.facts.map((id) => context.facts.find((fact) => fact.id === id)?.text ?? '?')
}

/** The seed article, repaired and converted to Simplified by hand (what the pipeline should produce). */
export const seedText = readFileSync(new URL('../fixtures/check/seed.normalized.txt', import.meta.url), 'utf8')

export const seedPublishedAt = '2023-02-20'

/** The seed's facts, as the issue lists them, in text order. */
export const seedFacts: readonly FactSpec[] = [
  {text: '2023-02-20', kind: 'date', value: '2023-02-20'},
  {text: '去年12月', kind: 'date', value: '2022-12', relative: '去年12月'},
  {text: '2023年', kind: 'date', value: '2023'},
  {text: '两个多月', kind: 'duration', value: 2, unit: 'month', approx: 'more_than'},
  {text: '三个', near: '三个方面', kind: 'count', value: 3, unit: '个', subject: '方面'},
  {text: '一是', kind: 'ordinal', value: 1},
  {text: '二是', kind: 'ordinal', value: 2},
  {text: '10方面', kind: 'count', value: 10, unit: '方面'},
  {text: '53项', kind: 'count', value: 53, unit: '项', subject: '重点工作'},
  {text: '27个', kind: 'count', value: 27, unit: '个', subject: '专项行动'},
  {text: '三是', kind: 'ordinal', value: 3},
  {text: '五项', kind: 'count', value: 5, unit: '项', subject: '机制'},
  {text: '2022年', kind: 'date', value: '2022'},
  {text: '65家', kind: 'count', value: 65, unit: '家', subject: '限上贸易企业'},
  {text: '9家', kind: 'count', value: 9, unit: '家', subject: '规上服务业'},
  {text: '11家', kind: 'count', value: 11, unit: '家', subject: '规上工业企业'},
  {text: '第11位', kind: 'rank', value: 11, scope: '全省', subject: 'GDP总量'},
  {text: '25.3亿元', kind: 'amount', value: 2_530_000_000, unit: 'CNY', subject: '一般公共预算收入'},
  {text: '第2位', kind: 'rank', value: 2, group: 25, scope: '全省', subject: '一般公共预算收入'},
  {text: '111个', kind: 'count', value: 111, unit: '个', subject: '重点项目'},
  {text: '593亿元', kind: 'amount', value: 59_300_000_000, unit: 'CNY', subject: '总投资'},
  {text: '133亿元', kind: 'amount', value: 13_300_000_000, unit: 'CNY', subject: '年度计划投资'},
  {text: '139项', kind: 'count', value: 139, unit: '项', subject: '项目手续'},
  {text: '75%', kind: 'percent', value: 75, unit: '%', subject: '办结率'},
  {text: '88个', kind: 'count', value: 88, unit: '个', subject: '项目'},
  {text: '79%', kind: 'percent', value: 79, unit: '%', subject: '开复工率'},
  {text: '27个', kind: 'count', value: 27, unit: '个', subject: '专班'},
  {text: '增长14%', kind: 'change', value: 14, unit: '%', direction: 'up', subject: '营业额'},
  {text: '增长130%', kind: 'change', value: 130, unit: '%', direction: 'up', subject: '文旅消费人数'},
  {text: '增加2700余户', kind: 'change', value: 2700, unit: '户', direction: 'up', approx: 'more_than', subject: '市场主体'},
  {text: '70亿元', kind: 'amount', value: 7_000_000_000, unit: 'CNY', subject: '总投资'},
  {text: '10个', kind: 'count', value: 10, unit: '个', subject: '重点项目'},
  {text: '3.8亿元', kind: 'amount', value: 380_000_000, unit: 'CNY', subject: '总投资'},
  {text: '三个', near: '三个立交', kind: 'count', value: 3, unit: '个', subject: '立交'},
  {text: '两个', near: '两个天桥', kind: 'count', value: 2, unit: '个', subject: '天桥'}
]

export interface Edit {
  /** Replace this text of the article (first occurrence)… */
  from: string
  /** …with this. */
  to: string
  /** Facts to change: matched by their `text` (and `near`), merged with the new fields. */
  facts?: Array<{match: string; near?: string; set: Partial<FactSpec>}>
  /** Facts the new text adds, inserted before the fact with this text (or at the end). */
  add?: Array<{before?: string; fact: FactSpec}>
}

/** The seed with edits applied to its text and facts alike. */
export function editSeed(edits: readonly Edit[]): {text: string; facts: FactSpec[]} {
  let text = seedText
  let facts = [...seedFacts]
  for (const edit of edits) {
    if (!text.includes(edit.from)) throw new Error(`Edit: \`${edit.from}\` not in the seed`)
    text = text.replace(edit.from, edit.to)
    for (const change of edit.facts ?? []) {
      const index = facts.findIndex((fact) => fact.text === change.match && (change.near === undefined || fact.near === change.near))
      if (index === -1) throw new Error(`Edit: no fact \`${change.match}\``)
      facts[index] = {...facts[index]!, ...change.set}
    }
    for (const addition of edit.add ?? []) {
      const index = addition.before ? facts.findIndex((fact) => fact.text === addition.before) : facts.length
      facts = [...facts.slice(0, index), addition.fact, ...facts.slice(index)]
    }
  }
  return {text, facts}
}
