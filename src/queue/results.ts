import type {Redis} from 'ioredis'
import type {ArticleRecord, ErrorRecord} from '../types.js'

/**
 * A job's records are kept in a field of the job's own hash, not in
 * BullMQ's return value. BullMQ copies a return value into the queue's event
 * stream too, kept to 10,000 events (about 5 a job), so every result is
 * stored twice and stays after it is collected: 50 jobs returning 415 KB
 * (64 articles' records) left 18 MB in the stream once all were removed;
 * 2,000 jobs would leave 0.8 GB. A field of the job hash goes with the job
 * when the collector removes it, and nothing else keeps a copy.
 */
const FIELD = 'newsfactsRecords'

export type JobRecords = Array<ArticleRecord | ErrorRecord>

/**
 * Store only while the worker holds the job's lock: a worker that lost it
 * (stalled, and the job handed to another) must not write into a job that
 * another worker finished and a collector has since removed, which would
 * bring back a hash nobody collects.
 */
const storeScript = `
if redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
  return 1
end
return 0`

/** Store a job's records; false when the worker no longer holds the job. `jobKey` is BullMQ's key of the job hash. */
export async function storeRecords(client: Redis, jobKey: string, token: string, records: JobRecords): Promise<boolean> {
  const stored = await client.eval(storeScript, 2, jobKey, `${jobKey}:lock`, token, FIELD, JSON.stringify(records))
  return stored === 1
}

/** A finished job's records, or undefined if it has none (it failed, or was finished by something else). */
export async function readRecords(client: Redis, jobKey: string): Promise<JobRecords | undefined> {
  const text = await client.hget(jobKey, FIELD)
  return text === null ? undefined : (JSON.parse(text) as JobRecords)
}
