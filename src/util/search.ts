/**
 * In `items` ordered so that `before` holds for a prefix of them and for
 * none after, the length of that prefix, by binary search. Offsets, spans
 * and facts are kept sorted by position, so "the first at or after" and
 * "the last before" are this one search, not a scan that costs the whole
 * text when an article has no punctuation.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (before(items[middle]!)) low = middle + 1
    else high = middle
  }
  return low
}
