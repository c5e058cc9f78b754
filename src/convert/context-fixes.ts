import {outputFixes} from './fixes.js'

export interface FixTable {
  /** All fixes, longest first: a regex tries alternatives in order, so this finds the leftmost-longest match as a trie would. */
  pattern: RegExp
  replacements: ReadonlyMap<string, string>
}

let table: FixTable | undefined

/** The output fixes as one regex, built on first use. A regex scan beats a trie walk here: the fixes are few and rare. */
export function fixTable(): FixTable {
  if (!table) {
    const froms = outputFixes.map((fix) => fix.from).sort((a, b) => b.length - a.length)
    const escaped = froms.map((from) => from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    table = {
      pattern: new RegExp(escaped.join('|'), 'gu'),
      replacements: new Map(outputFixes.map((fix) => [fix.from, fix.to]))
    }
  }
  return table
}
