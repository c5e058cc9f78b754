/**
 * A fact store: articles, facts, checks and the cross-check's metrics in
 * DuckDB (a file, the embedded default) or PostgreSQL (a `postgresql://`
 * URL, shared by many runs at once). Drivers load on first use, so a run
 * without a store never loads them.
 */
import {showControls} from '../util/controls.js'
import type {ArticleRows} from './rows.js'

/** What went wrong with a store, in words that name it; the CLI prints it and exits 2. */
export class StoreError extends Error {}

export interface WriteResult {
  /** Articles new to the store, or stored before with other content and now replaced. */
  written: number
  /** Articles already stored with the same content: nothing changed. */
  unchanged: number
}

/** A statement's column names and its rows, a batch at a time, each value plain JSON (numbers, strings, arrays, objects). */
export interface Rows {
  columns: string[]
  batches: AsyncIterable<unknown[][]>
}

export interface FactStore {
  /** How messages name the store: its path, or its URL without a password. */
  readonly name: string
  /**
   * Store a batch of articles in one transaction. An article stored before
   * under the same id and content is left as it is; under the same id with
   * other content it is replaced, rows and all.
   */
  write(batch: readonly ArticleRows[]): Promise<WriteResult>
  /** Run one statement read-only and stream its rows; the rows must be read (or the store closed) before the next call. */
  read(sql: string): Promise<Rows>
  close(): Promise<void>
}

export interface OpenOptions {
  /** `read` opens an existing store read-only; `write` creates its tables when missing. */
  mode: 'read' | 'write'
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//iu.test(location)
}

/** Open the store at `location`: a `postgresql://` URL, or else the path of a DuckDB file. */
export async function openStore(location: string, options: OpenOptions): Promise<FactStore> {
  if (isPostgresUrl(location)) {
    const {openPostgresStore} = await import('./postgres.js')
    return openPostgresStore(location, options)
  }
  const {openDuckDbStore} = await import('./duckdb.js')
  return openDuckDbStore(location, options)
}

/**
 * A driver's message as one line a terminal can show: DuckDB's carets under
 * a quoted line are dropped, the rest joined, control characters made visible.
 */
export function driverMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const lines = message
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^\^+$/u.test(line))
  return showControls(lines.join(' ')) || 'unknown error'
}

/** A value read from either database as plain JSON: 64-bit integers as numbers when exact, dates as ISO strings, bytes as hex. */
export function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') return value >= Number.MIN_SAFE_INTEGER && value <= Number.MAX_SAFE_INTEGER ? Number(value) : value.toString()
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString('hex')}`
  if (Array.isArray(value)) return value.map(plainValue)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plainValue(inner)]))
  }
  return value
}
