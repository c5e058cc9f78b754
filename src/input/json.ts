import type {ArticleInput} from '../pipeline/index.js'
import {errorRecord} from '../report/record.js'
import type {ErrorRecord} from '../types.js'
import {rawValueOf} from './json-text.js'

// Field names scrapers commonly use, in order of preference.
const textFields = ['text', 'content', 'body', 'article', 'html'] as const
const dateFields = ['publishedAt', 'published_at', 'published', 'date', 'pubdate', 'time'] as const

/** One JSON Lines record as an article, or an error record saying what is wrong with it. */
export function parseJsonLine(line: string, fallbackId: string): ArticleInput | ErrorRecord {
  let parsed: unknown
  try {
    parsed = JSON.parse(line)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return errorRecord(fallbackId, 'bad-json', `\`${fallbackId}\` is not valid JSON: ${reason}`)
  }
  return articleFromJson(parsed, fallbackId, line)
}

/** An article from a parsed JSON object; `raw`, the text it was parsed from, gives a numeric id its exact digits. */
export function articleFromJson(parsed: unknown, fallbackId: string, raw?: string): ArticleInput | ErrorRecord {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return errorRecord(fallbackId, 'bad-json', `\`${fallbackId}\` is not a JSON object`)
  }
  const record = parsed as Record<string, unknown>
  const id = typeof record.id === 'string' ? record.id : typeof record.id === 'number' ? numericId(record.id, raw) : fallbackId
  const field = textFields.find((name) => typeof record[name] === 'string')
  if (!field) {
    const present = textFields.find((name) => record[name] !== undefined && record[name] !== null)
    const reason = present
      ? `its \`${present}\` field is ${kindOf(record[present])}, not a string of text`
      : `it has no text field (one of ${textFields.join(', ')})`
    return errorRecord(id, 'bad-json', `\`${fallbackId}\`${id === fallbackId ? '' : ` (id \`${id}\`)`}: ${reason}`)
  }
  const dateField = dateFields.find((name) => typeof record[name] === 'string')
  const input: ArticleInput = {id, value: record[field] as string}
  if (field === 'html') input.path = `${id}.html`
  if (dateField) input.publishedAt = record[dateField] as string
  if (typeof record.title === 'string') input.title = record.title
  // Whatever else the input holds (url, source, tags) goes to the record as it came.
  const read = new Set<string>(['id', 'title', field, dateField ?? ''])
  const meta = Object.fromEntries(Object.entries(record).filter(([name]) => !read.has(name)))
  if (Object.keys(meta).length > 0) input.meta = meta
  return input
}

/**
 * A numeric id as written: parsed, `12345678901234567890` and
 * `12345678901234567891` are one double, and `1e400` is Infinity.
 */
function numericId(value: number, raw: string | undefined): string {
  return (raw === undefined ? undefined : rawValueOf(raw, 'id')) ?? String(value)
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/**
 * The id of a JSON Lines record from its first bytes, when `id` comes before
 * any nested value (as scrapers write it): a line too long to parse keeps
 * its id in its error record, so `--resume` and readers can match it.
 */
export function idFromHead(head: string): string | undefined {
  const match = /^\s*\{(?:\s*"(?:[^"\\]|\\.)*"\s*:\s*(?:"(?:[^"\\]|\\.)*"|[-\w.+]+)\s*,)*?\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*[,}]/.exec(head)
  if (!match) return undefined
  // A number keeps the digits it was written with.
  return match[1]!.startsWith('"') ? (JSON.parse(match[1]!) as string) : match[1]!
}
