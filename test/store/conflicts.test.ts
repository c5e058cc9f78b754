import {afterAll, describe, expect, it} from 'vitest'
import {processBatch, readInputs} from '../../dist/index.js'
import {crossCheck} from '../../src/check/index.js'
import {storeConflicts} from '../../src/store/conflicts.js'
import {openStore, type FactStore} from '../../src/store/store.js'
import {StoreWriter} from '../../src/store/writer.js'
import type {ArticleRecord, ConflictRecord, Fact} from '../../src/types.js'
import {generateArticles} from '../../scripts/store-articles.js'
import {factsIn} from '../check/helpers.js'
import {duckdbStore, postgresReason, postgresStore, skipPostgres} from './backends.js'

const backends = [
  {name: 'DuckDB', skip: false, create: async () => duckdbStore()},
  {name: 'PostgreSQL', skip: skipPostgres, create: postgresStore}
]
if (skipPostgres) console.warn(`test/store/conflicts.test.ts: PostgreSQL tests skipped: ${postgresReason}`)

async function collect(conflicts: AsyncIterable<ConflictRecord>): Promise<ConflictRecord[]> {
  const all: ConflictRecord[] = []
  for await (const conflict of conflicts) all.push(conflict)
  return all
}

/** Store `records` in batches of `batch` articles, as a run would. */
async function store(target: FactStore, records: readonly ArticleRecord[], batch = 37) {
  const writer = new StoreWriter(target, {articles: batch})
  for (const record of records) await writer.add(record)
  await writer.flush()
  return writer.totals
}

/** A copy of an article under another id whose first two metric figures are doubled, numeral and value. */
function doubled(record: ArticleRecord): ArticleRecord {
  let left = 2
  const facts = record.facts.map((fact): Fact => {
    if (left === 0 || typeof fact.value !== 'number' || !['amount', 'count', 'percent', 'change'].includes(fact.kind)) return fact
    const numeral = /\d+(?:\.\d+)?/u.exec(fact.text)
    if (!numeral) return fact
    left--
    const decimals = numeral[0].split('.')[1]?.length ?? 0
    return {...fact, value: fact.value * 2, text: fact.text.replace(numeral[0], (Number(numeral[0]) * 2).toFixed(decimals))}
  })
  return {...record, id: `copy/${record.id}`, facts}
}

/** An article about 尧都区 in 2022 stating 总投资 (in 亿元) once per value. */
function investment(id: string, values: Array<{amount: number; about?: boolean}>): ArticleRecord {
  const sentences = values.map(({amount, about}) => `2022年尧都区总投资${about ? '约' : ''}${amount}亿元。`)
  const text = sentences.join('')
  const specs = values.flatMap(({amount, about}) => [
    {text: '2022年', kind: 'date' as const, value: '2022'},
    {text: `${amount}亿元`, kind: 'amount' as const, value: amount * 1e8, unit: 'CNY', subject: '总投资', approx: about ? ('about' as const) : ('exact' as const)}
  ])
  return {schemaVersion: 1, type: 'article', id, lang: 'zh-Hans', script: 'Hans', publishedAt: '2022-12-01', title: null, text, facts: factsIn(text, specs), checks: [], messages: []}
}

let corpus: ArticleRecord[] | undefined
async function corpusRecords(): Promise<ArticleRecord[]> {
  if (!corpus) {
    corpus = []
    for await (const {record} of processBatch(readInputs(['corpus/']), {jobs: 0})) if (record.type === 'article') corpus.push(record)
  }
  return corpus
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(`conflicts across a ${backend.name} store`, () => {
    const drops: Array<() => Promise<void>> = []
    afterAll(async () => {
      for (const drop of drops) await drop()
    })
    async function fresh(): Promise<FactStore> {
      const {location, drop} = await backend.create()
      drops.push(drop)
      return openStore(location, {mode: 'write'})
    }

    it('are the records CrossChecker gives on the same generated articles, in its order', async () => {
      const records = [...generateArticles({articles: 400, places: 4, english: true, deviation: 0.1, seed: 7})]
      const expected = crossCheck(records)
      // The set exercises what the SQL must reproduce: alike groups, several values per metric, places across scripts.
      expect(expected.length).toBeGreaterThan(100)
      expect(expected.some((conflict) => conflict.sides.some((side) => (side.alsoStatedBy?.length ?? 0) > 1))).toBe(true)
      expect(expected.some((conflict) => conflict.message.includes('billion yuan') && conflict.message.includes('亿元'))).toBe(true)
      const target = await fresh()
      try {
        expect(await store(target, records)).toEqual({written: 400, unchanged: 0})
        expect(await collect(storeConflicts(target))).toEqual(expected)
      } finally {
        await target.close()
      }
    })

    it('match several values of a metric in the order the article states them', async () => {
      // 约600 (550–650) matches 580 and 620 alike: the first stated of them is matched, the other conflicts with 900.
      const records = [investment('a', [{amount: 600, about: true}, {amount: 900}]), investment('b', [{amount: 580}, {amount: 620}])]
      const expected = crossCheck(records)
      expect(expected.map((conflict) => conflict.sides.map((side) => side.text))).toEqual([['900亿元', '620亿元']])
      const target = await fresh()
      try {
        await store(target, records)
        expect(await collect(storeConflicts(target))).toEqual(expected)
      } finally {
        await target.close()
      }
    })

    it("are the records CrossChecker gives on the corpus and copies of it stating other figures", async () => {
      const originals = await corpusRecords()
      const records = [...originals, ...originals.map(doubled)]
      const expected = crossCheck(records)
      expect(expected.length).toBeGreaterThan(10)
      const target = await fresh()
      try {
        await store(target, records, 10)
        expect(await collect(storeConflicts(target))).toEqual(expected)
      } finally {
        await target.close()
      }
    })

    it('take an article stored again with other content as replaced (added last), and one stored again alike as unchanged', async () => {
      const records = [...generateArticles({articles: 120, places: 3, deviation: 0.2, seed: 11})]
      const target = await fresh()
      try {
        await store(target, records)
        const before = await collect(storeConflicts(target))
        expect(before).toEqual(crossCheck(records))
        expect(await store(target, records)).toEqual({written: 0, unchanged: 120})
        expect(await collect(storeConflicts(target))).toEqual(before)
        // Ten articles come again, each with its figures doubled: the stored ones go, the new ones count as the latest.
        const changed = records.slice(0, 10).map((record) => ({...doubled(record), id: record.id}))
        expect(await store(target, changed)).toEqual({written: 10, unchanged: 0})
        const after = await collect(storeConflicts(target))
        expect(after).toEqual(crossCheck([...records.slice(10), ...changed]))
        expect(after).not.toEqual(before)
      } finally {
        await target.close()
      }
    })
  })
}
