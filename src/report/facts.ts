import {SCHEMA_VERSION, type ArticleRecord, type Fact} from '../types.js'
import {assertArticleRecord} from './record.js'

/** One fact per line, with its article: the flat table most dataset tools want. */
export interface FactRecord extends Fact {
  schemaVersion: typeof SCHEMA_VERSION
  type: 'fact'
  article: string
  lang: string
  publishedAt: string | null
}

export function toFactRecords(record: ArticleRecord): FactRecord[] {
  assertArticleRecord(record, 'toFactRecords')
  return record.facts.map((fact) => ({
    schemaVersion: SCHEMA_VERSION,
    type: 'fact',
    article: record.id,
    lang: record.lang,
    publishedAt: record.publishedAt,
    ...fact
  }))
}

export const csvColumns = [
  'article', 'id', 'kind', 'value', 'unit', 'approx', 'text', 'subject',
  'start', 'end', 'sourceStart', 'sourceEnd', 'direction', 'group', 'scope', 'relative', 'lang', 'publishedAt'
] as const

export function csvHeader(): string {
  return csvColumns.join(',') + '\n'
}

/** RFC 4180 rows; a range value is written `low..high`. */
export function toCsvRows(record: ArticleRecord): string {
  assertArticleRecord(record, 'toCsvRows')
  return toFactRecords(record)
    .map((fact) => {
      const cells: Record<(typeof csvColumns)[number], unknown> = {
        article: fact.article,
        id: fact.id,
        kind: fact.kind,
        value: Array.isArray(fact.value) ? `${fact.value[0]}..${fact.value[1]}` : fact.value,
        unit: fact.unit,
        approx: fact.approx,
        text: fact.text,
        subject: fact.subject,
        start: fact.span[0],
        end: fact.span[1],
        sourceStart: fact.sourceSpan[0],
        sourceEnd: fact.sourceSpan[1],
        direction: fact.direction,
        group: fact.group,
        scope: fact.scope,
        relative: fact.relative,
        lang: fact.lang,
        publishedAt: fact.publishedAt
      }
      return csvColumns.map((column) => csvCell(cells[column])).join(',') + '\n'
    })
    .join('')
}

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return ''
  const text = String(value)
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
