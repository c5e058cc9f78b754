import type {Check, Fact, Span, Token} from '../types.js'

/** What a rule sees of one article. Facts are sorted by position and their spans are valid. */
export interface RuleContext {
  facts: readonly Fact[]
  /** Normalized text; every fact span indexes it. */
  text: string
  sentences: readonly Span[]
  tokens: readonly Token[]
  /** ISO 8601 date (or date-time), when known. */
  publishedAt: string | null
  /** BCP-47 tag from the detect stage (`zh-Hans`, `en`, …). */
  lang: string
  /** The headline, when the metadata stage found one. */
  title?: string | null
}

/** A rule as listed in README's "Checks" table. */
export interface RuleInfo {
  id: string
  description: string
}

/** One within-article check. `run` is pure and never throws on odd facts; it emits nothing it cannot pair with confidence. */
export interface Rule extends RuleInfo {
  run(context: RuleContext): Check[]
}
