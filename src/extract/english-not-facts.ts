/**
 * Stretches of English text whose numbers are not facts (corpus/README.md,
 * "Not facts"): phone numbers (`(202) 606-5301`, `606-2649`), times of day
 * (`8:30 A.M.`, `10:45am`, `4 p.m.`), URLs and e-mail addresses, and journal
 * citations (`71(11);397–405`). One row per shape.
 */
import type {Span} from '../types.js'
import {emailAddress} from './not-facts.js'

const patterns: readonly RegExp[] = [
  /(?:\+?1[\s.-]?)?\(\d{3}\)\s*\d{3}[\s.-]\d{4}\b/g,
  /\b\d{3}[.-]\d{3}[.-]\d{4}\b/g,
  /(?<![\d,.$£€-])\b\d{3}-\d{4}\b(?![\d%-])/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\b\.?)?/g,
  /\b\d{1,2}\s*[AaPp]\.?[Mm]\.?(?![A-Za-z])/g,
  /(?:https?:\/\/|www\.)[^\s,;)]+/g,
  new RegExp(emailAddress.source, 'g'),
  /\b\d+\(\d+\);\s*\d+[–-]\d+/g
]

/** The not-fact stretches of English `text`, sorted and merged. */
export function englishNotFacts(text: string): Span[] {
  const spans: Span[] = []
  for (const pattern of patterns) {
    pattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text)) !== null) spans.push([match.index, match.index + match[0].length])
  }
  spans.sort((a, b) => a[0] - b[0])
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([span[0], span[1]])
  }
  return merged
}
