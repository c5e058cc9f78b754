import type {VFile} from 'vfile'
import {splitSentences} from '../segment/sentences.js'
import type {Fact, Span} from '../types.js'
import type {RuleContext} from './rule.js'

/** Input to `createContext`: any of the fields, possibly malformed. */
export interface ContextInput {
  facts?: readonly Fact[] | null
  text?: string | null
  sentences?: readonly Span[] | null
  tokens?: RuleContext['tokens'] | null
  publishedAt?: string | null
  lang?: string | null
  title?: string | null
}

/**
 * Build a rule context, dropping facts whose spans do not index the text so
 * no rule has to guard against them. Sentences default to a fresh split
 * when the segment stage did not run.
 */
export function createContext(input: ContextInput): RuleContext {
  const text = typeof input.text === 'string' ? input.text : ''
  const facts = (Array.isArray(input.facts) ? input.facts : [])
    .filter((fact) => isUsable(fact, text.length))
    .map(tidy)
    .sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1])
  const sentences = Array.isArray(input.sentences) && input.sentences.length > 0 ? input.sentences : splitSentences(text)
  return {
    facts,
    text,
    sentences,
    tokens: Array.isArray(input.tokens) ? input.tokens : [],
    publishedAt: typeof input.publishedAt === 'string' && input.publishedAt !== '' ? input.publishedAt : null,
    lang: typeof input.lang === 'string' ? input.lang : 'und',
    title: typeof input.title === 'string' && input.title.trim() !== '' ? input.title : null
  }
}

/**
 * The context of a processed vfile. Its tokens are read when a rule reads
 * them: the segment stage cuts the text on demand, and no rule needs them.
 */
export function contextOf(file: VFile): RuleContext {
  const data = file.data
  const context = createContext({
    facts: data.facts,
    text: data.text,
    sentences: data.sentences,
    publishedAt: data.publishedAt,
    lang: data.lang,
    title: data.title
  })
  let tokens: RuleContext['tokens'] | undefined
  return Object.defineProperty(context, 'tokens', {
    enumerable: true,
    get: () => (tokens ??= Array.isArray(data.tokens) ? data.tokens : [])
  })
}

const kinds = new Set(['amount', 'count', 'percent', 'change', 'rank', 'ordinal', 'date', 'duration', 'ratio'])
const approxes = new Set(['exact', 'about', 'more_than', 'less_than', 'at_least', 'at_most'])

function isUsable(fact: Fact | null | undefined, length: number): fact is Fact {
  if (!fact || typeof fact !== 'object' || typeof fact.id !== 'string' || typeof fact.text !== 'string') return false
  if (!kinds.has(fact.kind) || !isSpan(fact.span) || fact.span[1] > length) return false
  return typeof fact.value === 'number' ? Number.isFinite(fact.value) : fact.value !== undefined && fact.value !== null
}

/**
 * Optional fields of the wrong type become absent, so rules can trust the
 * types they read. Every fact gets the same fields in the same order: one
 * shape keeps the rules' reads of them fast.
 */
function tidy(fact: Fact): Fact {
  return {
    id: fact.id,
    kind: fact.kind,
    value: fact.value,
    text: fact.text,
    span: fact.span,
    subject: typeof fact.subject === 'string' ? fact.subject : null,
    unit: typeof fact.unit === 'string' ? fact.unit : null,
    approx: approxes.has(fact.approx) ? fact.approx : 'exact',
    sourceSpan: isSpan(fact.sourceSpan) ? fact.sourceSpan : fact.span,
    sentence: isSpan(fact.sentence) ? fact.sentence : undefined,
    group: typeof fact.group === 'number' ? fact.group : undefined,
    scope: typeof fact.scope === 'string' ? fact.scope : undefined,
    relative: typeof fact.relative === 'string' ? fact.relative : undefined,
    direction: fact.direction === 'up' || fact.direction === 'down' ? fact.direction : undefined,
    resolved: typeof fact.resolved === 'boolean' ? fact.resolved : undefined
  }
}

function isSpan(span: unknown): span is Span {
  return (
    Array.isArray(span) &&
    span.length === 2 &&
    Number.isInteger(span[0]) &&
    Number.isInteger(span[1]) &&
    (span[0] as number) >= 0 &&
    (span[0] as number) <= (span[1] as number)
  )
}
