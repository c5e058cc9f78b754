import {rewrite} from '../util/offset-map.js'
import type {RepairResult} from './types.js'

/*
 * Only digits, Latin letters, `％` and a decimal `．`: NFKC would also turn
 * Chinese punctuation (`，（）：`) into ASCII, which is not a repair.
 */
const fullWidthPattern =
  /(?:[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05]|(?<=[0-9\uFF10-\uFF19])\uFF0E(?=[0-9\uFF10-\uFF19]))+/g

/** Full-width digits, Latin letters, `％` and `．` between digits to ASCII. */
export function normalizeFullWidth(text: string): RepairResult {
  // Every full-width form in the pattern sits 0xFEE0 above its ASCII counterpart.
  return rewrite(text, fullWidthPattern, (match) =>
    match[0].replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
  )
}
