import {articleShape, assertArticleInput, type ArticleInput} from '../pipeline/index.js'
import type {ErrorRecord} from '../types.js'
import {articleBytes} from './job-data.js'

export type Item = ArticleInput | ErrorRecord

/** A run of inputs that becomes one job: its articles go to a worker, its error records (inputs not read) stay here, in place. */
export interface Chunk {
  items: Item[]
  articles: ArticleInput[]
  /** Input bytes of the articles. */
  bytes: number
}

export interface ChunkLimits {
  /** Most articles in a job. */
  articles: number
  /** A job is closed once its articles reach this many input bytes (one larger article is a job alone). */
  bytes: number
}

/**
 * Cut the inputs into jobs, by count and bytes only, so that the same
 * inputs are cut the same way every time: a run started again (`--resume`)
 * makes the same jobs, with the same ids, as the run it continues.
 */
export async function* chunked(items: AsyncIterable<Item> | Iterable<Item>, limits: ChunkLimits): AsyncGenerator<Chunk> {
  let chunk: Chunk = {items: [], articles: [], bytes: 0}
  for await (const item of items) {
    chunk.items.push(item)
    if (isError(item)) continue
    assertArticleInput(item, `processQueue expects articles ${articleShape} or error records`)
    chunk.articles.push(item)
    chunk.bytes += articleBytes(item)
    if (chunk.articles.length >= limits.articles || chunk.bytes >= limits.bytes) {
      yield chunk
      chunk = {items: [], articles: [], bytes: 0}
    }
  }
  if (chunk.items.length > 0) yield chunk
}

export function isError(item: Item): item is ErrorRecord {
  return typeof item === 'object' && item !== null && 'type' in item && item.type === 'error'
}
