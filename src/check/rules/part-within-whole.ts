import type {Check, Fact} from '../../types.js'
import {intervalOf, operand} from '../numbers.js'
import {isAdditive, ratePairs, subsets} from '../pairing.js'
import type {Rule, RuleContext} from '../rule.js'

const id = 'part-within-whole'

export const partWithinWhole: Rule = {
  id,
  description:
    'A part cannot exceed its whole: the part a rate measures against the total stated for it (`88个项目` of `111个重点项目`), and each number listed after `其中`/`of which` against the total before it',
  run(context) {
    const pairs = new Map<string, {part: Fact; whole: Fact}>()
    for (const {part, whole} of ratePairs(context)) {
      if (whole) pairs.set(`${part.id}/${whole.id}`, {part, whole})
    }
    for (const {whole, parts} of subsets(context)) {
      for (const part of parts) pairs.set(`${part.id}/${whole.id}`, {part, whole})
    }
    return [...pairs.values()].flatMap(({part, whole}) => judge(context, part, whole))
  }
}

function judge(context: RuleContext, part: Fact, whole: Fact): Check[] {
  const partRange = intervalOf(part)
  const wholeRange = intervalOf(whole)
  if (!partRange || !wholeRange) return []
  const beyond = partRange.low > wholeRange.high
  // A part beyond its whole is an error only when both are sure to measure one additive thing:
  // not yields (公斤/公顷), not a figure restated in other units in brackets (`118969千公顷(178453万亩)`).
  if (beyond && !comparable(context, part, whole)) return []
  const partText = describe(part)
  const wholeText = describe(whole)
  return [
    {
      rule: id,
      verdict: beyond ? 'inconsistent' : 'consistent',
      facts: [part.id, whole.id],
      message: beyond
        ? `${partText} > ${wholeText}; a part cannot exceed its whole`
        : `${partText} ≤ ${wholeText}`,
      expected: `≤ ${whole.value as number}`,
      actual: part.value as number
    }
  ]
}

function comparable(context: RuleContext, part: Fact, whole: Fact): boolean {
  if (part.kind !== whole.kind || part.unit !== whole.unit) return false
  return [part, whole].every((fact) => isAdditive(context, fact) && !bracketed(context, fact))
}

/** A number in brackets right after another: the same figure in other units, or a comparison base. */
function bracketed(context: RuleContext, fact: Fact): boolean {
  const before = context.text.slice(Math.max(0, fact.span[0] - 2), fact.span[0])
  return /[（(]\s*$/u.test(before)
}

function describe(fact: Fact): string {
  // `88个`, but `88 key projects`: an English count's unit is its noun, already in the subject.
  const unit = fact.kind === 'count' && fact.unit && /\p{Script=Han}/u.test(fact.unit) && operand(fact) === String(fact.value) ? fact.unit : ''
  return `${operand(fact)}${unit}${fact.subject ? ` ${fact.subject.trim()}` : ''}`
}
