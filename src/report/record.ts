import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {
  SCHEMA_VERSION,
  type ArticleRecord,
  type ChecksRecord,
  type ErrorCode,
  type ErrorRecord,
  type MessageRecord,
  type OutputRecord
} from '../types.js'

/**
 * The output record of a processed article (schema version 1); with
 * `tokens`, every token of its text (`file.data.tokens`, which cuts the
 * clauses extraction did not need).
 */
export function toRecord(file: VFile, {tokens = false}: {tokens?: boolean} = {}): ArticleRecord {
  const data = file.data
  const record: ArticleRecord = {
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
  if (tokens) record.tokens = data.tokens ?? []
  if (data.meta !== undefined) record.meta = data.meta
  return record
}

/** An article's checks alone, as `newsfacts check --format json` writes them. */
export function toChecksRecord(record: ArticleRecord): ChecksRecord {
  return {schemaVersion: SCHEMA_VERSION, type: 'checks', id: record.id, checks: record.checks}
}

const recordTypes: ReadonlySet<string> = new Set<OutputRecord['type']>(['article', 'error', 'conflict'])

/**
 * Throw a `TypeError` unless `value` is an output record. Functions that
 * take records skip the kinds they do not use, so a wrong shape (what
 * `processBatch` yields, `{record, source}`) would otherwise pass silently
 * and give nothing.
 */
export function assertRecord(value: unknown, where: string): asserts value is OutputRecord {
  const type = typeof value === 'object' && value !== null ? (value as {type?: unknown}).type : undefined
  if (typeof type === 'string' && recordTypes.has(type)) return
  const hint =
    typeof value === 'object' && value !== null && 'record' in value
      ? 'a result object with `record` (what processBatch yields and processSync returns): pass `result.record`'
      : typeof type === 'string'
        ? `${aOrAn(type)} \`${type}\` record`
        : typeof value === 'object' && value !== null
          ? 'an object without a record `type`'
          : value === null
            ? 'null'
            : `a ${typeof value}`
  throw new TypeError(`${where} expects records ({type: 'article', …}, as process() resolves to); got ${hint}`)
}

/** Throw a `TypeError` unless `value` is an article record (not an error or conflict record, not a `{record, source}` result). */
export function assertArticleRecord(value: unknown, where: string): asserts value is ArticleRecord {
  assertRecord(value, where)
  if (value.type !== 'article') throw new TypeError(`${where} expects an article record; got ${aOrAn(value.type)} \`${value.type}\` record`)
}

const aOrAn = (word: string) => (/^[aeiou]/u.test(word) ? 'an' : 'a')

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
