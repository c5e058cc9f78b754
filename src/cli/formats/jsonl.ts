/** `extract` (default): one JSON record per article, or per fact with `--facts`; conflicts of the run at the end with `--conflicts`. */
import {CrossChecker} from '../../check/index.js'
import {toFactRecords} from '../../report/facts.js'
import {jsonLine} from '../../report/json-line.js'
import {formatRecord} from '../../report/text.js'
import {toCodePointOffsets} from '../../report/offsets.js'
import type {ConflictRecord, Span} from '../../types.js'
import type {OutputFormat} from './types.js'

export const jsonl: OutputFormat = {
  command: 'extract',
  name: 'jsonl',
  create({parsed, out, store, show}) {
    // The store takes the records; without --output nothing else is written.
    if (store && !parsed.output) return {write: async ({record, source}) => (record.type === 'error' ? show(formatRecord(record, source)) : undefined), end: async () => 0}
    const codePoints = parsed.offsets === 'codepoint'
    const conflicts = parsed.conflicts ? new CrossChecker() : undefined
    // A conflict's sides cite facts of articles whose sources are gone by the end: their converted spans are kept (only where they differ).
    const sideSpans = new Map<string, Map<string, Span>>()
    return {
      async write({record: given, source}) {
        // The cross-check reads spans against the text: it gets the record as made.
        if (given.type === 'article') conflicts?.add(given)
        const record = codePoints ? toCodePointOffsets(given, source) : given
        if (conflicts && record !== given && record.type === 'article') {
          sideSpans.set(record.id, new Map(record.facts.map((fact) => [fact.id, fact.sourceSpan])))
        }
        if (parsed.facts && record.type === 'article') await out!.write(toFactRecords(record).map(jsonLine).join(''))
        else await out!.write(jsonLine(record))
      },
      async end() {
        for (const conflict of conflicts?.conflicts() ?? []) await out!.write(jsonLine(sideSpans.size > 0 ? withSpans(conflict, sideSpans) : conflict))
        return 0
      }
    }
  }
}

function withSpans(conflict: ConflictRecord, spans: ReadonlyMap<string, ReadonlyMap<string, Span>>): ConflictRecord {
  return {...conflict, sides: conflict.sides.map((side) => ({...side, sourceSpan: spans.get(side.article)?.get(side.fact) ?? side.sourceSpan}))}
}
