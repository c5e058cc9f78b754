/**
 * `A 110.9万元、B 31.4万元，分别较上年减4.3万元、增4.4万元`: after `分别`, the
 * k-th of a list goes with the k-th value before it. One home for that
 * pairing, for every rule that relates a figure to the value it is said of.
 */
import type {Fact} from '../types.js'
import type {RuleContext} from './rule.js'
import {factsInSentence, sentenceOf} from './text.js'

/**
 * The value `fact` is said of when a `分别` before it in its sentence lists
 * it with its peers: the value in the same place of the values before the
 * `分别`. Undefined when there is no `分别`; null when the lists do not line up.
 */
export function respectiveValue(
  context: RuleContext,
  fact: Fact,
  isValue: (candidate: Fact) => boolean,
  isPeer: (candidate: Fact) => boolean
): Fact | null | undefined {
  const sentenceStart = sentenceOf(context, fact)[0]
  const at = context.text.slice(sentenceStart, fact.span[0]).lastIndexOf('分别')
  if (at === -1) return undefined
  const cue = sentenceStart + at
  const inSentence = factsInSentence(context, fact)
  const values = inSentence.filter((candidate) => candidate.span[1] <= cue && isValue(candidate))
  const peers = inSentence.filter((candidate) => candidate.span[0] >= cue && (candidate === fact || isPeer(candidate)))
  const index = peers.indexOf(fact)
  if (index === -1 || values.length < peers.length) return null
  return values[values.length - peers.length + index]!
}
