/**
 * Conflicts across everything stored, as the in-memory CrossChecker finds
 * them among a run's articles. SQL does the set work in one query: it
 * groups the metrics by key, forms the alike groups (same place, same
 * values), keeps only groups that something could conflict with and
 * returns each group's first article's values, sorted as the checker meets
 * them. TypeScript then streams the sorted rows and
 * compares the groups of one metric with the cross-check's own code, since
 * a place matches across scripts by pinyin readings, which SQL cannot do.
 */
import {conflictsAmong, type Entry, type Group} from '../check/cross-check.js'
import type {Place} from '../check/place.js'
import {SCHEMA_VERSION, type ArticleRecord, type ConflictRecord, type Fact, type FactValue} from '../types.js'
import type {FactStore} from './store.js'

const key = ['kind', 'unit', 'subject', 'scope', 'period'] as const
const place = ['place_script', 'place_kind', 'place_name'] as const
const columns = (alias: string, names: readonly string[]) => names.map((name) => `${alias}."${name}"`).join(', ')
/** What the comparison and the conflict record read of a fact. */
const factFields = ['id', 'value', 'low', 'high', 'date_value', 'unit', 'approx', 'text', 'subject', 'span_start', 'span_end', 'source_start', 'source_end'] as const
const sameKey = (a: string, b: string) => key.map((name) => `${a}."${name}" = ${b}."${name}"`).join(' AND ')

const keyColumns = columns('p', key)
const placeColumns = columns('p', place)

/**
 * One statement, the same in DuckDB and PostgreSQL. A group of articles
 * can be in a conflict only if another group of the metric has another
 * signature at the same place, or names a place of the same kind in the
 * other script (a pinyin match, decided afterwards): only such groups are
 * returned, so a metric every article of a place agrees on costs no rows.
 */
export const conflictQuery = `
WITH per_article AS (
  -- One row per metric and article: its values as one signature, and where the metric first appears in it.
  SELECT ${columns('m', key)}, m.article, a.seq, ${columns('a', place)},
         string_agg(m.stated, ' ' ORDER BY m.stated) AS signature,
         min(m.ordinal) AS first_ordinal
  FROM metrics m JOIN articles a ON a.id = m.article
  GROUP BY ${columns('m', key)}, m.article, a.seq, ${columns('a', place)}
),
placed AS (
  SELECT p.*,
         -- Where a run adding the articles in stored order first meets the metric: the order of its conflicts.
         min(p.seq) OVER (PARTITION BY ${keyColumns}) AS key_seq,
         first_value(p.first_ordinal) OVER (PARTITION BY ${keyColumns} ORDER BY p.seq) AS key_ordinal,
         min(p.signature) OVER (PARTITION BY ${keyColumns}, ${placeColumns}) <> max(p.signature) OVER (PARTITION BY ${keyColumns}, ${placeColumns}) AS disagree,
         min(p.place_script) OVER (PARTITION BY ${keyColumns}, p.place_kind) <> max(p.place_script) OVER (PARTITION BY ${keyColumns}, p.place_kind) AS across_scripts
  FROM per_article p
),
alike AS (
  -- Articles stating a metric alike (same place, same values), in the order stored: the first speaks for the rest.
  SELECT ${keyColumns}, ${placeColumns}, min(p.key_seq) AS key_seq, min(p.key_ordinal) AS key_ordinal,
         min(p.seq) AS group_seq, array_agg(p.article ORDER BY p.seq) AS members
  FROM placed p
  WHERE p.disagree OR p.across_scripts
  GROUP BY ${keyColumns}, ${placeColumns}, p.signature
)
SELECT ${columns('g', key)}, ${columns('g', place)}, g.group_seq, g.members,
       m.low AS range_low, m.high AS range_high,
       ${factFields.map((name) => `f."${name}" AS "fact_${name}"`).join(', ')}
FROM alike g
JOIN metrics m ON m.article = g.members[1] AND ${sameKey('m', 'g')}
JOIN facts f ON f.article = m.article AND f.id = m.fact
ORDER BY g.key_seq, g.key_ordinal, g.group_seq, m.ordinal`

/** The conflicts of the store, a metric at a time, in the order a run adding the articles as stored would give them. */
export async function* storeConflicts(store: FactStore): AsyncGenerator<ConflictRecord> {
  const {columns: names, batches} = await store.read(conflictQuery)
  const at = (name: string) => {
    const index = names.indexOf(name)
    if (index === -1) throw new Error(`conflict query lacks column ${name}`)
    return index
  }
  const index = Object.fromEntries(
    [...key, ...place, 'group_seq', 'members', 'range_low', 'range_high', ...factFields.map((name) => `fact_${name}`)].map((name) => [name, at(name)] as const)
  )
  let metric: string | undefined
  let groups: Group[] = []
  let groupSeq: unknown
  for await (const rows of batches) {
    for (const row of rows) {
      const cell = (name: string) => row[index[name]!]
      const rowMetric = key.map((name) => String(cell(name))).join('\u0000')
      if (rowMetric !== metric) {
        yield* conflictsAmong(groups)
        metric = rowMetric
        groups = []
        groupSeq = undefined
      }
      if (cell('group_seq') !== groupSeq) {
        groupSeq = cell('group_seq')
        const [first, ...others] = cell('members') as string[]
        groups.push({
          record: slimRecord(first!),
          place: {script: cell('place_script'), kind: cell('place_kind'), name: cell('place_name')} as Place,
          entries: [],
          others
        })
      }
      const group = groups[groups.length - 1]!
      const entry: Entry = {
        record: group.record,
        fact: factOf(cell, String(cell('kind'))),
        range: {low: Number(cell('range_low')), high: Number(cell('range_high'))},
        period: String(cell('period'))
      }
      group.entries.push(entry)
    }
  }
  yield* conflictsAmong(groups)
}

/** A fact from its `facts` row: what the comparison and the conflict record read. */
function factOf(cell: (name: string) => unknown, kind: string): Fact {
  const field = (name: (typeof factFields)[number]) => cell(`fact_${name}`)
  const number = field('value')
  const low = field('low')
  const value: FactValue = number !== null ? Number(number) : low !== null ? [Number(low), Number(field('high'))] : String(field('date_value'))
  return {
    id: String(field('id')),
    kind: kind as Fact['kind'],
    value,
    unit: (field('unit') as string | null) ?? null,
    approx: field('approx') as Fact['approx'],
    text: String(field('text')),
    subject: (field('subject') as string | null) ?? null,
    span: [Number(field('span_start')), Number(field('span_end'))],
    sourceSpan: [Number(field('source_start')), Number(field('source_end'))]
  }
}

/** The comparison names an entry's article by its id, all it keeps of the record (as CrossChecker does). */
function slimRecord(id: string): ArticleRecord {
  return {schemaVersion: SCHEMA_VERSION, type: 'article', id, lang: '', script: '', publishedAt: null, title: null, text: '', facts: [], checks: [], messages: []}
}
