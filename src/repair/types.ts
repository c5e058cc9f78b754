import type {OffsetMap, Rewrite} from '../util/offset-map.js'

/** What every repair returns: the repaired text, its map onto the input, and each change made. */
export interface RepairResult {
  text: string
  map: OffsetMap
  rewrites: Rewrite[]
}

/** A pure text -> text repair. */
export type Repair = (text: string) => RepairResult

/** A damaged stretch that a repair found but left as it is. */
export interface Finding {
  start: number
  end: number
  text: string
}
