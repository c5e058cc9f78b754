/**
 * The check stage: every rule over the article's facts, results on
 * `file.data.checks`, and each `inconsistent` one as a warning placed on
 * the original text. `crossCheck` compares articles with each other.
 */
import type {VFile} from 'vfile'
import type {ResolvedOptions} from '../pipeline/options.js'
import type {Check, Fact, Span} from '../types.js'
import {report} from '../util/file.js'
import {contextOf} from './context.js'
import {crossArticle} from './cross-check.js'
import type {RuleContext, RuleInfo} from './rule.js'
import {articleRules} from './rules/index.js'
import {sectionsOf} from './sections.js'
import {sentenceOf} from './text.js'

export {createContext, type ContextInput} from './context.js'
export {crossCheck, CrossChecker} from './cross-check.js'
export {articleRules} from './rules/index.js'
export type {Rule, RuleContext, RuleInfo} from './rule.js'

/** Every rule, article and cross-article, for README's "Checks" table. */
export const rules: readonly RuleInfo[] = [
  ...articleRules.map(({id, description}) => ({id, description})),
  {id: crossArticle.id, description: crossArticle.description}
]

/** Run every rule on the article's facts (a huge article's, section by section). */
export function check(file: VFile, _options?: ResolvedOptions): void {
  const context = contextOf(file)
  const checks = distinct(sectionsOf(context).flatMap((section) => articleRules.flatMap((rule) => rule.run(section))))
  file.data.checks = checks
  const byId = new Map(context.facts.map((fact) => [fact.id, fact] as const))
  for (const found of checks) {
    if (found.verdict !== 'inconsistent') continue
    const place = placeOf(context, byId, found)
    report(file, found.message, {
      ruleId: found.rule,
      source: 'check',
      sourceSpan: place,
      actual: found.actual === undefined ? undefined : String(found.actual),
      expected: found.expected === undefined ? undefined : [String(found.expected)]
    })
  }
}

/** A relation two readings found (`较上月底854.28%增加15.67个百分点`) is reported once, as first found. */
function distinct(checks: readonly Check[]): Check[] {
  const seen = new Set<string>()
  return checks.filter((found) => {
    const key = [found.rule, ...[...found.facts].sort()].join('\u0000')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Where to place a check: its first fact (the claim it questions) together
 * with the check's other facts in the same sentence, in the original text.
 * Facts elsewhere are named in the message instead, so the place stays local.
 */
function placeOf(context: RuleContext, byId: ReadonlyMap<string, Fact>, found: Check): Span | undefined {
  const facts = found.facts
    .map((factId) => byId.get(factId))
    .filter((fact): fact is Fact => fact !== undefined && isSourceSpan(fact.sourceSpan))
  const first = facts[0]
  if (!first) return undefined
  const [start, end] = sentenceOf(context, first)
  const local = facts.filter((fact) => fact.span[0] >= start && fact.span[1] <= end)
  return [Math.min(...local.map((fact) => fact.sourceSpan[0])), Math.max(...local.map((fact) => fact.sourceSpan[1]))]
}

function isSourceSpan(span: unknown): span is Span {
  return Array.isArray(span) && span.length === 2 && Number.isInteger(span[0]) && Number.isInteger(span[1]) && span[0] <= span[1]
}
