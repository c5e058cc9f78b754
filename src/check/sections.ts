/**
 * A huge article checked in sections. Rules pair facts with facts: a whole
 * for each part, a rival for each repeated value. On an article of
 * megabytes every part would search thousands of earlier facts of its
 * subject; checked in sections of at most `sectionLength` characters, the
 * work grows with the article, not with its square. No news article comes
 * near (the corpus's longest is under 5,000 characters): those are one
 * section, the context itself.
 */
import type {Fact, Span} from '../types.js'
import {firstFrom} from './layout.js'
import type {RuleContext} from './rule.js'
import {languageOf} from './text.js'

export const sectionLength = 50_000

/** The article's sections, cut at line breaks where it has them, never inside a fact; each its own context. */
export function sectionsOf(context: RuleContext): RuleContext[] {
  const {text} = context
  if (text.length <= sectionLength) return [context]
  const sections: RuleContext[] = []
  for (let start = 0; start < text.length; ) {
    const end = cutAfter(context, start)
    sections.push(section(context, start, end))
    start = end
  }
  return sections
}

/** Where the section from `start` ends: after its last line break, else at its length; moved back to the start of a fact it would cut. */
function cutAfter(context: RuleContext, start: number): number {
  const {text, facts} = context
  const limit = start + sectionLength
  if (limit >= text.length) return text.length
  const lineBreak = text.lastIndexOf('\n', limit - 1)
  let cut = lineBreak > start ? lineBreak + 1 : limit
  const straddling = facts[firstFrom(facts, cut) - 1]
  if (straddling && straddling.span[1] > cut && straddling.span[0] > start) cut = straddling.span[0]
  return cut
}

/** The context of `[start, end)`: its text, and its facts and sentences moved to index it. */
function section(context: RuleContext, start: number, end: number): RuleContext {
  const shift = ([from, to]: Span): Span => [Math.max(from, start) - start, Math.min(to, end) - start]
  const facts: Fact[] = []
  for (let index = firstFrom(context.facts, start); index < context.facts.length; index++) {
    const fact = context.facts[index]!
    if (fact.span[0] >= end) break
    if (fact.span[1] > end) continue
    facts.push({...fact, span: shift(fact.span), sentence: fact.sentence && shift(fact.sentence)})
  }
  return {
    facts,
    text: context.text.slice(start, end),
    sentences: context.sentences.filter(([from, to]) => to > start && from < end).map(shift),
    tokens: [],
    publishedAt: context.publishedAt,
    // The article's language, not each section's guess at it.
    lang: languageOf(context),
    // The headline opens the article, so only the first section.
    title: start === 0 ? context.title : null
  }
}
