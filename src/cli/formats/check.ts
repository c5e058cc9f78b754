/** `check`: the checks of each article, then the conflicts across the run (or the store), as a text report (on stderr or to `--output`) or as JSON Lines. */
import {CrossChecker} from '../../check/index.js'
import {jsonLine} from '../../report/json-line.js'
import {toChecksRecord} from '../../report/record.js'
import {formatRecord} from '../../report/text.js'
import {storeConflicts} from '../../store/conflicts.js'
import type {OutputFormat, Sink, SinkContext} from './types.js'

function checkSink({out, store, text, show}: SinkContext, json: boolean): Sink {
  const checker = store ? undefined : new CrossChecker()
  let inconsistent = 0
  return {
    async write({record, source}) {
      if (record.type === 'article') {
        inconsistent += record.checks.filter((check) => check.verdict === 'inconsistent').length
        checker?.add(record)
      }
      if (json) await out!.write(jsonLine(record.type === 'article' ? toChecksRecord(record) : record))
      else await show(formatRecord(record, source, {...text, facts: false}))
    },
    async end() {
      // With a store, the conflicts are across everything stored, this run's articles included.
      let conflicts = 0
      for await (const conflict of store ? storeConflicts(store.store) : checker!.conflicts()) {
        conflicts++
        if (json) await out!.write(jsonLine(conflict))
        else await show(formatRecord(conflict, ''))
      }
      return inconsistent + conflicts
    }
  }
}

export const checkText: OutputFormat = {
  command: 'check',
  name: 'text',
  reportIsOutput: true,
  // Only inconsistencies and conflicts: an article with none has no report.
  brief: {checksOnly: true},
  create: (context) => checkSink(context, false)
}

export const checkJson: OutputFormat = {command: 'check', name: 'json', create: (context) => checkSink(context, true)}
