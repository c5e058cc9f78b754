import {hanCounts} from '../repair/plausible.js'
import {hasKana} from './scripts.js'

/**
 * Kana that show Japanese, as opposed to kana inside junk: UTF-8 read as
 * GBK, or GBK shifted by a lost byte, lands on the kana rows of GB2312 now
 * and then (`鏉ユ簮锛氳储` for `来源：财政`), so a Chinese page with such a
 * run in its boilerplate has kana and no Japanese in it.
 */

/** Junk runs are mostly rare characters (measured: 27–39 % common); Japanese sentences mostly common ones (84–100 %). */
const MAX_JUNK_COMMON_SHARE = 0.5
/** Fewer Han characters than this tell nothing either way. */
const MIN_JUNK_HAN = 3

const kanaChar = /[\p{Script=Hiragana}\p{Script=Katakana}]/u
// Junk is made of double-byte characters: a run of them ends at ASCII or a space.
const wideRun = /[^\x00-\x7F\s]+/g

/** The kana of `text` outside junk runs. */
export function japaneseKanaCount(text: string): number {
  if (!hasKana(text)) return 0
  let count = 0
  for (const [run] of text.matchAll(wideRun)) {
    if (!hasKana(run) || isJunk(run)) continue
    for (const char of run) if (kanaChar.test(char)) count++
  }
  return count
}

/** Whether `text` has kana outside junk runs: then its Han characters may be Japanese (`関係` must not become `関系`). */
export function hasJapaneseKana(text: string): boolean {
  return japaneseKanaCount(text) > 0
}

function isJunk(run: string): boolean {
  const {han, common} = hanCounts(run)
  return han >= MIN_JUNK_HAN && common / han < MAX_JUNK_COMMON_SHARE
}
