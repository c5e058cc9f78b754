import type {ArticleInput} from '../pipeline/index.js'
import {errorRecord} from '../report/record.js'
import type {ErrorRecord} from '../types.js'

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
  return articleFromJson(parsed, fallbackId)
}

export function articleFromJson(parsed: unknown, fallbackId: string): ArticleInput | ErrorRecord {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return errorRecord(fallbackId, 'bad-json', `\`${fallbackId}\` is not a JSON object`)
  }
  const record = parsed as Record<string, unknown>
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : fallbackId
  const field = textFields.find((name) => typeof record[name] === 'string')
  if (!field) {
    return errorRecord(id, 'bad-json', `\`${fallbackId}\` has no text field (one of ${textFields.join(', ')})`)
  }
  const date = dateFields.map((name) => record[name]).find((value) => typeof value === 'string')
  const input: ArticleInput = {id, value: record[field] as string}
  if (field === 'html') input.path = `${id}.html`
  if (typeof date === 'string') input.publishedAt = date
  if (typeof record.title === 'string') input.title = record.title
  return input
}
