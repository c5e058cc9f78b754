/**
 * Runs on many machines share one PostgreSQL store: two writers at once,
 * each in its own connection, with overlapping batches and the same ids
 * stored with different content, leave every article whole (the rows of
 * exactly one version) and nothing twice.
 */
import {afterAll, describe, expect, it} from 'vitest'
import {crossCheck} from '../../src/check/index.js'
import {storeConflicts} from '../../src/store/conflicts.js'
import {toRows} from '../../src/store/rows.js'
import {openStore, type FactStore} from '../../src/store/store.js'
import {StoreWriter} from '../../src/store/writer.js'
import type {ArticleRecord, ConflictRecord} from '../../src/types.js'
import {generateArticles} from '../../scripts/store-articles.js'
import {postgresReason, postgresStore, skipPostgres} from './backends.js'

if (skipPostgres) console.warn(`test/store/postgres.test.ts skipped: ${postgresReason}`)

async function writeAll(store: FactStore, records: readonly ArticleRecord[]) {
  const writer = new StoreWriter(store, {articles: 25})
  for (const record of records) await writer.add(record)
  await writer.flush()
  return writer.totals
}

async function rows(store: FactStore, sql: string): Promise<unknown[][]> {
  const all: unknown[][] = []
  for await (const batch of (await store.read(sql)).batches) all.push(...batch)
  return all
}

describe.skipIf(skipPostgres)(`two runs writing one PostgreSQL store at once${skipPostgres ? ` (skipped: ${postgresReason})` : ''}`, () => {
  let drop: (() => Promise<void>) | undefined
  afterAll(async () => {
    await drop?.()
  })

  it('leave each article whole, once, and the conflicts those articles give', async () => {
    const created = await postgresStore()
    drop = created.drop
    const first = [...generateArticles({articles: 300, places: 3, deviation: 0.1, seed: 21})]
    // The second run shares 150 ids with the first, half of them with other figures.
    const second = first.slice(150).map((record, index) => (index % 2 === 0 ? record : {...record, text: record.text.replace(/(\d)亿元/u, '$1.5亿元'), facts: record.facts.slice(1)}))
    second.push(...generateArticles({articles: 150, places: 3, deviation: 0.1, seed: 22}))
    const [a, b] = await Promise.all([openStore(created.location, {mode: 'write'}), openStore(created.location, {mode: 'write'})])
    try {
      const [fromA, fromB] = await Promise.all([writeAll(a, first), writeAll(b, second)])
      expect(fromA.written + fromA.unchanged).toBe(300)
      expect(fromB.written + fromB.unchanged).toBe(300)

      // Every article's facts are those of the version whose digest is stored.
      const versions = new Map<string, ArticleRecord>()
      for (const record of [...first, ...second]) versions.set(toRows(record).article.digest, record)
      const stored = await rows(a, 'SELECT a.id, a.digest, count(f.id) AS facts FROM articles a LEFT JOIN facts f ON f.article = a.id GROUP BY a.id, a.digest')
      expect(stored).toHaveLength(450)
      for (const [id, digest, facts] of stored) {
        const version = versions.get(String(digest))
        expect(version?.id).toBe(id)
        expect(facts).toBe(version!.facts.length)
      }
      const [[duplicates]] = (await rows(a, 'SELECT count(*) - count(DISTINCT (article, id)) FROM facts')) as [[number]]
      expect(duplicates).toBe(0)

      // The conflicts are those of the articles as stored (their order is the order the two runs interleaved).
      const kept = stored.map(([, digest]) => versions.get(String(digest))!)
      const bySeq = (await rows(a, 'SELECT id FROM articles ORDER BY seq')).map(([id]) => kept.find((record) => record.id === id)!)
      const found: ConflictRecord[] = []
      for await (const conflict of storeConflicts(a)) found.push(conflict)
      expect(found.length).toBeGreaterThan(0)
      expect(found).toEqual(crossCheck(bySeq))
    } finally {
      await a.close()
      await b.close()
    }
  })
})
