import type {Rule} from '../rule.js'
import {changeFromBase} from './change-from-base.js'
import {durationSince} from './duration-since.js'
import {listLength} from './list-length.js'
import {meanFromTotal} from './mean-from-total.js'
import {partWithinWhole} from './part-within-whole.js'
import {sumOfParts} from './sum-of-parts.js'
import {planWithinTotal} from './plan-within-total.js'
import {ppDifference} from './pp-difference.js'
import {rankWithinGroup} from './rank-within-group.js'
import {rateBounds} from './rate-bounds.js'
import {ratePartWhole} from './rate-part-whole.js'
import {relativeDate} from './relative-date.js'
import {repeatedValue} from './repeated-value.js'
import {sharesSum} from './shares-sum.js'

/** Every within-article rule, in the order their checks are listed. */
export const articleRules: readonly Rule[] = [
  ratePartWhole,
  rateBounds,
  partWithinWhole,
  planWithinTotal,
  sumOfParts,
  sharesSum,
  changeFromBase,
  ppDifference,
  meanFromTotal,
  rankWithinGroup,
  listLength,
  relativeDate,
  durationSince,
  repeatedValue
]
