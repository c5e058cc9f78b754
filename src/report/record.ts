import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {
  SCHEMA_VERSION,
  type ArticleRecord,
  type ErrorCode,
  type ErrorRecord,
  type MessageRecord
} from '../types.js'

/** The output record of a processed article (schema version 1). */
export function toRecord(file: VFile): ArticleRecord {
  const data = file.data
  return {
    schemaVersion: SCHEMA_VERSION,
    type: 'article',
    id: data.id ?? file.path ?? '',
    lang: data.lang ?? 'und',
    script: data.script ?? 'Zyyy',
    langConfidence: data.langConfidence ?? (data.lang === undefined || data.lang === 'und' ? 'none' : 'high'),
    publishedAt: data.publishedAt ?? null,
    title: data.title ?? null,
    text: data.text ?? '',
    facts: data.facts ?? [],
    checks: data.checks ?? [],
    messages: file.messages.map(toMessageRecord)
  }
}

export function errorRecord(id: string, code: ErrorCode, message: string): ErrorRecord {
  return {schemaVersion: SCHEMA_VERSION, type: 'error', id, error: {code, message}}
}

export function toMessageRecord(message: VFileMessage): MessageRecord {
  const place = message.place
  const record: MessageRecord = {
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    reason: message.reason,
    fatal: message.fatal ?? null,
    // A point-only place becomes a zero-width range so consumers see one shape.
    place:
      place && 'start' in place
        ? {start: pointOf(place.start), end: pointOf(place.end)}
        : place
          ? {start: pointOf(place), end: pointOf(place)}
          : null
  }
  if (message.actual !== undefined) record.actual = message.actual
  if (message.expected !== undefined) record.expected = message.expected
  if (message.sourceSpans !== undefined) record.sourceSpans = message.sourceSpans
  return record
}

function pointOf(point: {line: number; column: number; offset?: number | undefined}) {
  return {line: point.line, column: point.column, offset: point.offset ?? -1}
}
