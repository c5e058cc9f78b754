/**
 * Conflicts across everything stored, as the in-memory CrossChecker finds
 * them among a run's articles. SQL does the set work in one query: it
 * groups the metrics by key, drops keys whose articles all state the same
 * values (nothing there can conflict), forms the alike groups (same place,
 * same values) and returns each group's first article's values, sorted as
 * the checker meets them. TypeScript then streams the sorted rows and
 * compares the groups of one metric with the cross-check's own code, since
 * a place matches across scripts by pinyin readings, which SQL cannot do.
 */
import {conflictsAmong, type Entry, type Group} from '../check/cross-check.js'
import type {Place} from '../check/place.js'
import {SCHEMA_VERSION, type ArticleRecord, type ConflictRecord, type Fact, type FactValue} from '../types.js'
import type {FactStore} from './store.js'

const key = ['kind', 'unit', 'subject', 'scope', 'period'] as const
const place = ['placeScript', 'placeKind', 'placeName'] as const
const columns = (alias: string, names: readonly string[]) => names.map((name) => `${alias}."${name}"`).join(', ')
/** What the comparison and the conflict record read of a fact. */
const factFields = ['id', 'value', 'low', 'high', 'date', 'unit', 'approx', 'text', 'subject', 'start', 'end', 'sourceStart', 'sourceEnd'] as const
const sameKey = (a: string, b: string) => key.map((name) => `${a}."${name}" = ${b}."${name}"`).join(' AND ')

/** Works in DuckDB and PostgreSQL alike. */
export const conflictQuery = `
WITH per_article AS (
  -- One row per metric and article: its values as one signature, and where the metric first appears in it.
  SELECT ${columns('m', key)}, m.article, a.seq, ${columns('a', place)},
         string_agg(m.stated, ' ' ORDER BY m.stated) AS signature,
         min(m.ordinal) AS first_ordinal
  FROM metrics m JOIN articles a ON a.id = m.article
  GROUP BY ${columns('m', key)}, m.article, a.seq, ${columns('a', place)}
),
candidates AS (
  -- Metrics whose articles do not all state the same values; only these can conflict.
  SELECT ${columns('p', key)}, min(p.seq) AS first_seq
  FROM per_article p
  GROUP BY ${columns('p', key)}
  HAVING count(DISTINCT p.signature) > 1
),
alike AS (
  -- Articles stating a metric alike (same place, same values), in the order stored: the first speaks for the rest.
  SELECT ${columns('p', key)}, ${columns('p', place)}, min(p.seq) AS group_seq, array_agg(p.article ORDER BY p.seq) AS members
  FROM per_article p JOIN candidates c ON ${sameKey('p', 'c')}
  GROUP BY ${columns('p', key)}, ${columns('p', place)}, p.signature
)
SELECT ${columns('g', key)}, ${columns('g', place)}, g.group_seq, g.members,
       m.low AS range_low, m.high AS range_high,
       ${factFields.map((name) => `f."${name}" AS "fact_${name}"`).join(', ')}
FROM alike g
JOIN candidates c ON ${sameKey('g', 'c')}
JOIN per_article opener ON ${sameKey('opener', 'c')} AND opener.seq = c.first_seq
JOIN articles r ON r.seq = g.group_seq
JOIN metrics m ON m.article = r.id AND ${sameKey('m', 'g')}
JOIN facts f ON f.article = m.article AND f.id = m.fact
ORDER BY c.first_seq, opener.first_ordinal, g.group_seq, m.ordinal`

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
          place: {script: cell('placeScript'), kind: cell('placeKind'), name: cell('placeName')} as Place,
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
  const value: FactValue = number !== null ? Number(number) : low !== null ? [Number(low), Number(field('high'))] : String(field('date'))
  return {
    id: String(field('id')),
    kind: kind as Fact['kind'],
    value,
    unit: (field('unit') as string | null) ?? null,
    approx: field('approx') as Fact['approx'],
    text: String(field('text')),
    subject: (field('subject') as string | null) ?? null,
    span: [Number(field('start')), Number(field('end'))],
    sourceSpan: [Number(field('sourceStart')), Number(field('sourceEnd'))]
  }
}

/** The comparison names an entry's article by its id, all it keeps of the record (as CrossChecker does). */
function slimRecord(id: string): ArticleRecord {
  return {schemaVersion: SCHEMA_VERSION, type: 'article', id, lang: '', script: '', publishedAt: null, title: null, text: '', facts: [], checks: [], messages: []}
}
