/**
 * Where store tests put their stores: a temporary DuckDB file (always), and
 * a schema of its own in PostgreSQL's `test` database, dropped afterwards,
 * so concurrent runs never meet. Without PostgreSQL the PostgreSQL tests
 * skip, saying what to start, except in CI (`CI` set), where they fail.
 */
import path from 'node:path'
import pg from 'pg'
import {tempDir} from '../helpers.js'

export const postgresBase = process.env.NEWSFACTS_TEST_POSTGRES ?? 'postgresql://postgres@127.0.0.1:5432/test'
export const inCi = Boolean(process.env.CI)
const start = 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'

async function reachable(): Promise<string | null> {
  const client = new pg.Client({connectionString: postgresBase, connectionTimeoutMillis: 3000})
  try {
    await client.connect()
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    await client.end().catch(() => {})
  }
}

const failure = await reachable()
export const postgresReason = failure ? `PostgreSQL is not reachable at ${postgresBase} (${failure}); start it: ${start}` : ''
/** Skip the PostgreSQL tests: PostgreSQL is absent and this is not CI, where its absence must fail. */
export const skipPostgres = failure !== null && !inCi

export function duckdbStore(): {location: string; drop: () => Promise<void>} {
  return {location: path.join(tempDir('newsfacts-store-'), 'facts.duckdb'), drop: async () => {}}
}

/** A fresh schema, reached by the store URL's `options=-c search_path=…`; `drop` removes it with its tables. */
export async function postgresStore(): Promise<{location: string; drop: () => Promise<void>}> {
  if (failure) throw new Error(`CI is set but ${postgresReason}`)
  const schema = `newsfacts_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
  const admin = new pg.Client({connectionString: postgresBase})
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  await admin.end()
  const location = `${postgresBase}${postgresBase.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
  return {
    location,
    drop: async () => {
      const client = new pg.Client({connectionString: postgresBase})
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await client.end()
    }
  }
}
