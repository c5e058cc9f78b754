import type {Fact} from '../../types.js'
import {parseSmallInteger} from '../numbers.js'
import type {Rule, RuleContext} from '../rule.js'
import {afterInSentence, beforeInSentence, factsInSentenceBefore, languageOf} from '../text.js'

const id = 'rank-within-group'

export const rankWithinGroup: Rule = {
  id,
  description: 'A rank cannot exceed the size of the group it is ranked in (`在全省25个市辖区中排名第2位`: 2 ≤ 25)',
  run(context) {
    return context.facts.flatMap((rank) => {
      if (rank.kind !== 'rank' || typeof rank.value !== 'number') return []
      const group = rank.group ?? groupFromText(context, rank)
      if (group === null || !Number.isFinite(group) || group < 1) return []
      const groupFact = factsInSentenceBefore(context, rank, rank).find((fact) => fact.kind === 'count' && fact.value === group)
      const scope = rank.scope ? ` (${rank.scope})` : ''
      const subject = rank.subject ? `${rank.subject.trim()} ` : ''
      const beyond = rank.value > group || rank.value < 1
      return [
        {
          rule: id,
          verdict: beyond ? 'inconsistent' : 'consistent',
          facts: groupFact ? [rank.id, groupFact.id] : [rank.id],
          message: beyond
            ? `${subject}${rank.text.trim()} among ${group}${scope}: rank ${rank.value} is outside 1–${group}`
            : `${subject}${rank.text.trim()} among ${group}${scope}: 1 ≤ ${rank.value} ≤ ${group}`,
          expected: group,
          actual: rank.value
        }
      ]
    })
  }
}

/**
 * The group size when the extractor left it out: `在全省25个市辖区中排名第2位`,
 * `ranked 2nd among the 25 districts`, `second out of 25`.
 */
function groupFromText(context: RuleContext, rank: Fact): number | null {
  if (languageOf(context) === 'en') {
    const pattern = /\b(?:among|out of)\s+(?:the\s+|all\s+)?(\d+)(?![.,]?\d)/iu
    const match = pattern.exec(afterInSentence(context, rank)) ?? pattern.exec(beforeInSentence(context, rank))
    return match ? Number(match[1]) : null
  }
  const match = /([\d一二两三四五六七八九十百]+)\s*(?:个|家|所|座|名|支)?[^\d,，。;；]{1,12}?(?:之中|当中|中|里)[^\d,，。;；]{0,6}$/u.exec(
    beforeInSentence(context, rank)
  )
  return match ? parseSmallInteger(match[1]!) : null
}
