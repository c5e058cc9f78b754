import {OffsetMap, TextBuilder, type Rewrite} from '../util/offset-map.js'
import type {RepairResult} from './types.js'

/** A stretch of a text and what it should become. */
export interface Piece {
  start: number
  end: number
  text: string
}

/** Replace each piece (given in text order, not overlapping) and record the rewrites. */
export function replacePieces(text: string, pieces: readonly Piece[]): RepairResult {
  if (pieces.length === 0) return {text, map: OffsetMap.identity(text.length), rewrites: []}
  const builder = new TextBuilder(text)
  const rewrites: Rewrite[] = []
  for (const {start, end, text: to} of pieces) {
    builder.replace(start, end, to)
    rewrites.push({start, end, from: text.slice(start, end), to})
  }
  return {...builder.finish(), rewrites}
}

/** The pieces moved by `offset` (from a run's coordinates to the text's). */
export function shiftPieces<T extends Piece>(pieces: readonly T[], offset: number): T[] {
  return pieces.map((piece) => ({...piece, start: piece.start + offset, end: piece.end + offset}))
}
