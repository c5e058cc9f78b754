import type {Check, Fact} from '../../types.js'
import {intervalOf, operand} from '../numbers.js'
import {ratePairs, subsets} from '../pairing.js'
import type {Rule} from '../rule.js'

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
    return [...pairs.values()].flatMap(({part, whole}) => judge(part, whole))
  }
}

function judge(part: Fact, whole: Fact): Check[] {
  const partRange = intervalOf(part)
  const wholeRange = intervalOf(whole)
  if (!partRange || !wholeRange) return []
  const beyond = partRange.low > wholeRange.high
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

function describe(fact: Fact): string {
  // `88个`, but `88 key projects`: an English count's unit is its noun, already in the subject.
  const unit = fact.kind === 'count' && fact.unit && /\p{Script=Han}/u.test(fact.unit) && operand(fact) === String(fact.value) ? fact.unit : ''
  return `${operand(fact)}${unit}${fact.subject ? ` ${fact.subject.trim()}` : ''}`
}
