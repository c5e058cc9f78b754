/**
 * Rules ask the same questions of the same facts over and over (its clause,
 * its period, whether it is a base): each answer is worked out once per
 * context and kept for as long as the context lives.
 */
import type {Fact} from '../types.js'
import type {RuleContext} from './rule.js'

/** `compute`, run at most once per context. */
export function perContext<V>(compute: (context: RuleContext) => V): (context: RuleContext) => V {
  const cache = new WeakMap<RuleContext, V>()
  // Calls come in runs on one context: keep its answer at hand (this holds on to one context at most).
  let current: RuleContext | undefined
  let answer: V
  return (context) => {
    if (context === current) return answer
    if (cache.has(context)) answer = cache.get(context) as V
    else {
      answer = compute(context)
      cache.set(context, answer)
    }
    current = context
    return answer
  }
}

/** `compute`, run at most once per fact of a context. */
export function perFact<V>(compute: (context: RuleContext, fact: Fact) => V): (context: RuleContext, fact: Fact) => V {
  const cache = new WeakMap<RuleContext, Map<Fact, V>>()
  // Calls come in runs on one context: keep its answers at hand (this holds on to one context at most).
  let current: RuleContext | undefined
  let known = new Map<Fact, V>()
  return (context, fact) => {
    if (context !== current) {
      current = context
      known = cache.get(context) ?? new Map<Fact, V>()
      cache.set(context, known)
    }
    const value = known.get(fact)
    if (value !== undefined || known.has(fact)) return value as V
    const computed = compute(context, fact)
    known.set(fact, computed)
    return computed
  }
}
