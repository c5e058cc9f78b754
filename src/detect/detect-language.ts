import {chineseScript, hanEvidence, type HanEvidence} from './chinese-variant.js'
import {japaneseKanaCount} from './japanese.js'
import {guessWithFranc, SURE_MARGIN} from './franc-guess.js'
import type {LanguageConfidence} from '../types.js'
import {cjkScripts, countLetters, type LetterCounts} from './scripts.js'

export interface LanguageGuess {
  /** BCP-47 tag: `zh-Hans`, `zh-Hant`, `en`, `ja`, `ko`, `es`, …, or `und`. */
  lang: string
  /** How sure `lang` is (see {@link LanguageConfidence}). */
  confidence: LanguageConfidence
  /** ISO 15924 code of the dominant script: `Hans`, `Hant`, `Jpan`, `Kore`, `Latn`, `Cyrl`, …, or `Zyyy` when there are no letters. */
  script: string
  /** Letters per script (`Hani`, `Hrkt` kana, `Hang`, `Latn`, …); digits, punctuation and spaces are not letters. */
  letters: LetterCounts
  /** Each script's share of the weighted letters (see {@link letterWeight}). */
  shares: Record<string, number>
  /** For Chinese: how the Han characters split between Traditional-only and Simplified-only. */
  han?: HanEvidence
  /** The ISO 639-3 answer of franc and the word evidence, when franc was asked. */
  franc?: string
  /** How far that answer was ahead of the next language (see {@link SURE_MARGIN}). */
  margin?: number
  /** Why, with the figures; the detect stage reports it. */
  reason: string
}

/** Kana at least this share of the CJK characters make a text Japanese (Japanese prose runs 40–70 %). */
export const KANA_SHARE_FOR_JAPANESE = 0.1
/** Hangul at least this share of the CJK characters make a text Korean. */
export const HANGUL_SHARE_FOR_KOREAN = 0.3

/**
 * A CJK character carries about as much as three alphabetic letters (a
 * Chinese word averages 1.5 characters, an English one 5 letters), so shares
 * are weighed: otherwise `GDP增长5.2%，CPI上涨0.2%` (6 Latin letters, 4 Han)
 * would count as Latin.
 */
export function letterWeight(script: string): number {
  return cjkScripts.includes(script) ? 1 : 1 / 3
}

/**
 * Guess the language and script of a text. Routes by script first, since
 * franc misreads short and mixed text; franc only decides among the
 * languages of an alphabetic script. Never throws.
 */
export function detectLanguage(text: string): LanguageGuess {
  const letters = countLetters(text)
  const shares = weightedShares(letters)
  const cjkShare = cjkScripts.reduce((sum, script) => sum + (shares[script] ?? 0), 0)
  const [otherScript, otherShare] = largestNonCjk(shares)

  if (cjkShare === 0 && otherShare === 0) {
    return {lang: 'und', confidence: 'none', script: 'Zyyy', letters, shares, reason: 'No letters to tell the language by'}
  }
  if (cjkShare >= otherShare) return guessCjk(text, letters, shares, cjkShare)

  const guess = guessWithFranc(text, otherScript)
  const share = percent(otherShare)
  const base = {lang: guess.lang, script: otherScript, letters, shares, franc: guess.code, margin: guess.margin}
  if (guess.code === 'und') {
    const reason = `Language unknown: ${otherScript} letters are ${share} of the weighted letters, too few or unclear for franc`
    return {...base, confidence: 'none', reason}
  }
  const confidence = guess.margin >= SURE_MARGIN ? 'high' : 'low'
  const reason =
    `Language ${guess.lang} (${confidence} confidence): ${otherScript} letters are ${share} of the weighted letters; ` +
    `franc and the word evidence say \`${guess.code}\`, ${guess.margin.toFixed(2)} ahead of the next language`
  return {...base, confidence, reason}
}

function guessCjk(text: string, letters: LetterCounts, shares: Record<string, number>, cjkShare: number): LanguageGuess {
  // Kana in junk runs (a wrong decoding in the page's boilerplate) say nothing about the language.
  const kana = (letters.Hrkt ?? 0) === 0 ? 0 : japaneseKanaCount(text)
  const hangul = letters.Hang ?? 0
  const cjk = (letters.Hani ?? 0) + kana + hangul
  const of = `of the ${cjk} CJK characters`
  if (kana / cjk >= KANA_SHARE_FOR_JAPANESE) {
    return {lang: 'ja', confidence: 'high', script: 'Jpan', letters, shares, reason: `Language ja: kana are ${percent(kana / cjk)} ${of}`}
  }
  if (hangul / cjk >= HANGUL_SHARE_FOR_KOREAN) {
    return {lang: 'ko', confidence: 'high', script: 'Kore', letters, shares, reason: `Language ko: Hangul is ${percent(hangul / cjk)} ${of}`}
  }
  const han = hanEvidence(text)
  const script = chineseScript(han)
  // Without a character of one script only, Simplified is a default, not a finding.
  const confidence = han.traditional === han.simplified ? 'low' : 'high'
  const reason =
    `Language zh-${script}: CJK characters are ${percent(cjkShare)} of the weighted letters; ` +
    `of ${han.han} Han characters ${han.traditional} (${percent(han.traditional / han.han)}) are Traditional-only ` +
    `and ${han.simplified} (${percent(han.simplified / han.han)}) Simplified-only` +
    (confidence === 'low' ? '; Simplified by default (low confidence)' : '')
  return {lang: `zh-${script}`, confidence, script, letters, shares, han, reason}
}

function weightedShares(letters: LetterCounts): Record<string, number> {
  const weighted = Object.entries(letters).map(([script, count]) => [script, count * letterWeight(script)] as const)
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0)
  const shares: Record<string, number> = {}
  if (total > 0) for (const [script, weight] of weighted) shares[script] = weight / total
  return shares
}

function largestNonCjk(shares: Record<string, number>): [script: string, share: number] {
  let best: [string, number] = ['Zyyy', 0]
  for (const [script, share] of Object.entries(shares)) {
    if (!cjkScripts.includes(script) && share > best[1]) best = [script, share]
  }
  return best
}

function percent(share: number): string {
  return `${Number.isFinite(share) ? Math.round(share * 1000) / 10 : 0}%`
}
