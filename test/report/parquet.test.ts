import {parquetMetadata, parquetReadObjects} from 'hyparquet'
import {describe, expect, it} from 'vitest'
import {createNewsfacts} from '../../src/pipeline/index.js'
import {parquetColumns, ParquetFactWriter} from '../../src/report/parquet.js'
import type {ArticleRecord} from '../../src/types.js'

const newsfacts = createNewsfacts()

function article(id: string, text: string): ArticleRecord {
  const record = newsfacts.processSync({id, value: text, publishedAt: '2023-02-20'}).record
  if (record.type !== 'article') throw new Error(`${id} did not process`)
  return record
}

describe('ParquetFactWriter', () => {
  it('streams a row group at a time, and reads back with a value column per type', async () => {
    const chunks: Uint8Array[] = []
    const table = new ParquetFactWriter({writeBytes: async (bytes) => void chunks.push(bytes)}, {rowGroupFacts: 2})
    await table.add(article('a', '一般公共预算收入25.3亿元,同比增长14%。'))
    // Two facts make a row group, written before the run ends.
    const afterFirstGroup = chunks.length
    await table.add(article('b', '预计增长3%-5%。去年12月开工。'))
    await table.end()

    expect(afterFirstGroup).toBeGreaterThan(0)
    const bytes = Buffer.concat(chunks)
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
    const metadata = parquetMetadata(file)
    expect(metadata.row_groups.map((group) => Number(group.num_rows))).toEqual([2, 2])
    expect(metadata.schema.slice(1).map((element) => element.name)).toEqual(parquetColumns)

    const rows = await parquetReadObjects({file, columns: ['article', 'kind', 'text', 'value', 'low', 'high', 'date_value', 'date_start', 'date_end', 'unit', 'direction']})
    const none = {value: null, low: null, high: null, date_value: null, date_start: null, date_end: null}
    expect(rows).toEqual([
      {...none, article: 'a', kind: 'amount', text: '25.3亿元', value: 2_530_000_000, unit: 'CNY', direction: null},
      {...none, article: 'a', kind: 'change', text: '同比增长14%', value: 14, unit: '%', direction: 'up'},
      {...none, article: 'b', kind: 'change', text: '增长3%-5%', low: 3, high: 5, unit: '%', direction: 'up'},
      {
        ...none,
        article: 'b',
        kind: 'date',
        text: '去年12月',
        date_value: '2022-12',
        date_start: new Date('2022-12-01T00:00:00Z'),
        date_end: new Date('2022-12-31T00:00:00Z'),
        unit: null,
        direction: null
      }
    ])
  })
})
