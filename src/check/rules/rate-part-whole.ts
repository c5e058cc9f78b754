import type {Check} from '../../types.js'
import {
  describeStated,
  formatInterval,
  formatNumber,
  inUnitsOf,
  intervalOf,
  operand,
  overlaps,
  percentRange,
  rateInterval,
  ratePercent,
  scaleOf,
  shownDecimals,
  statedNumeral
} from '../numbers.js'
import {ratePairs, type RatePair} from '../pairing.js'
import type {Rule} from '../rule.js'
import {isBoundedRate} from '../subjects.js'

const id = 'rate-part-whole'

export const ratePartWhole: Rule = {
  id,
  description:
    'A stated rate equals its part over its whole within the rate\'s stated precision (`88个…开复工率79%` with `111个重点项目`: 88 / 111 = 79.3%); shares written as a ratio (`三次产业结构为5.6:56.6:37.8`) are the parts listed before it over their whole, once one term agrees; without a stated whole, the implied whole is reported as unverifiable',
  run(context) {
    return ratePairs(context).flatMap((pair) => judge(pair, id))
  }
}

function judge({rate, part, whole, ambiguous, named}: RatePair, rule: string): Check[] {
  const rateValue = ratePercent(rate)
  const rateRange = rateInterval(rate)
  const partRange = intervalOf(part)
  if (rateValue === null || !rateRange || !partRange || typeof part.value !== 'number') return []
  // Beyond 100% a bounded rate is wrong on its own: `rate-bounds` says so, once.
  if (rateValue > 100 && isBoundedRate(rate.subject)) return []
  const label = rate.subject ? `${rate.subject.trim()}: ` : ''
  const stated =
    rate.kind === 'ratio' ? `${rate.text.trim()} (${formatInterval(rateRange, 1)}%)` : describeStated(rate, rateValue, '%')
  const decimals = rate.kind === 'ratio' ? 1 : shownDecimals(rate)

  if (whole && typeof whole.value === 'number') {
    const wholeRange = intervalOf(whole)
    // A part beyond its whole is `part-within-whole`'s finding, not a rate mismatch.
    if (!wholeRange || partRange.low > wholeRange.high) return []
    const computed = percentRange(partRange, wholeRange)
    if (!computed) return []
    const point = (part.value / whole.value) * 100
    const shown = computed.high - computed.low < 10 ** -decimals ? formatNumber(point, decimals) : formatInterval(computed, decimals)
    const consistent = overlaps(computed, rateRange)
    return [
      {
        rule,
        verdict: consistent ? 'consistent' : 'inconsistent',
        facts: [rate.id, part.id, whole.id],
        message: `${label}${operand(part)} / ${operand(whole)} = ${shown}%, ${consistent ? 'within' : 'not within'} ${stated}`,
        expected: Number(formatNumber(point, decimals)),
        actual: rateValue
      }
    ]
  }

  if (rateRange.high <= 0) return []
  const implied = part.value / (rateValue / 100)
  const impliedRange = {
    low: partRange.low / (rateRange.high / 100),
    high: rateRange.low > 0 ? partRange.high / (rateRange.low / 100) : Number.POSITIVE_INFINITY
  }
  const what = part.subject ? ` ${part.subject.trim()}` : ''
  // In the part's own units: 87.38亿元, not 8738317757.
  const inParts = (value: number) => inUnitsOf(value, part, (statedNumeral(part)?.decimals ?? 0) + 1) ?? formatNumber(value, 1)
  // A count of things is whole: 185.3 means about 185.
  const counted = part.kind === 'count' && scaleOf(part) === 1
  const impliedText = counted ? `${formatNumber(implied, 1)}, about ${Math.round(implied)}` : inParts(implied)
  const rangeText = counted ? formatInterval(impliedRange, 1) : `${inParts(impliedRange.low)} to ${inParts(impliedRange.high)}`
  const why =
    named && ambiguous
      ? `the article states no single ${named} to check it against`
      : ambiguous
        ? 'the article states totals that differ, so none is checked'
        : 'the article states no total to check it against'
  return [
    {
      rule,
      verdict: 'unverifiable',
      facts: [rate.id, part.id],
      message: `${label}${operand(part)} / ${formatNumber(rateValue, 4)}% = ${impliedText}${what} in all (${rangeText} for ${stated}); ${why}`,
      expected: Number(formatNumber(implied, 1)),
      actual: rateValue
    }
  ]
}
