/**
 * Single-number edits of gold relations: for each consistent gold check of
 * an article, each number it uses raised by 25% in the input text, the
 * edited article run again, and the edit counted as flagged when an
 * `inconsistent` check names the edited number (issue 12's measure).
 *
 * The number is found where the library read the gold fact (its
 * `sourceSpan`), or else where the gold text stands in the input; an edit
 * that can be made in neither place, or of a number written in words, is
 * `unlocated` and counts as not flagged.
 */
import type {ArticleRecord, OutputRecord, Span} from '../src/types.js'
import {matchArticle, normalizeText, type GoldArticle} from './eval.js'

export interface RelationEdit {
  article: string
  rule: string
  /** The gold fact text whose number changed. */
  fact: string
  /** `25.3 -> 31.6`, for the listing. */
  describe: string
  outcome: 'flagged' | 'missed' | 'unlocated'
}

export interface Processor {
  process(input: {id: string; value: string; publishedAt?: string | null; path?: string}): Promise<OutputRecord>
}

const numberPattern = /[0-9０-９][0-9０-９,，.．]*/u

/** `value` raised by 25%, written with as many decimals as `written`, and never equal to it. */
export function raised(written: string): string | null {
  const ascii = written.normalize('NFKC').replace(/[,，]/g, '').replace(/[.．]$/, '')
  const value = Number(ascii)
  if (!Number.isFinite(value)) return null
  const decimals = ascii.includes('.') ? ascii.length - ascii.indexOf('.') - 1 : 0
  let next = (value * 1.25).toFixed(decimals)
  if (Number(next) === value) next = (value + 10 ** -decimals).toFixed(decimals)
  return /[,，]/.test(written) ? withGrouping(next) : next
}

function withGrouping(plain: string): string {
  const [whole, fraction] = plain.split('.')
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

/** Where in `source` the gold fact `goldIndex` stands: the library's reading, or the gold text itself. */
function locate(source: string, folded: string, record: ArticleRecord, gold: GoldArticle, goldIndex: number, predictedFor: Map<number, number>): Span | null {
  const text = gold.facts[goldIndex]!.text
  const p = predictedFor.get(goldIndex)
  if (p !== undefined) {
    // A prediction may be wider than the gold text (a rank with its group): narrow to the gold words.
    const [from, to] = record.facts[p]!.sourceSpan
    const inside = source.slice(from, to).indexOf(text)
    return inside === -1 ? [from, to] : [from + inside, from + inside + text.length]
  }
  const at = source.indexOf(text)
  if (at !== -1) return [at, at + text.length]
  const found = folded.indexOf(normalizeText(text))
  // NFKC keeps lengths for the digits and signs news uses, so the offset carries over when lengths agree.
  if (found !== -1 && folded.length === source.length) return [found, found + text.length]
  return null
}

export async function relationEdits(
  processor: Processor,
  input: {id: string; value: string; publishedAt?: string | null; path?: string},
  record: ArticleRecord,
  gold: GoldArticle
): Promise<RelationEdit[]> {
  const match = matchArticle(gold.facts, record.facts, record.text)
  const predictedFor = new Map(match.pairs.map(([p, g]) => [g, p]))
  const folded = normalizeText(input.value)
  const edits: RelationEdit[] = []
  for (const check of gold.checks) {
    if (check.verdict !== 'consistent') continue
    for (const factText of check.facts) {
      const goldIndex = gold.facts.findIndex((fact) => fact.text === factText)
      const base = {article: gold.id, rule: check.rule, fact: factText}
      const span = goldIndex === -1 ? null : locate(input.value, folded, record, gold, goldIndex, predictedFor)
      const slice = span ? input.value.slice(span[0], span[1]) : ''
      const number = numberPattern.exec(slice)
      const next = number ? raised(number[0]) : null
      if (!span || !number || next === null) {
        edits.push({...base, describe: 'no digits to edit', outcome: 'unlocated'})
        continue
      }
      const start = span[0] + number.index
      const end = start + number[0].length
      const value = input.value.slice(0, start) + next + input.value.slice(end)
      const edited = await processor.process({...input, value})
      const flagged = edited.type === 'article' && namesEdit(edited, [start, start + next.length])
      edits.push({...base, describe: `${number[0]} -> ${next}`, outcome: flagged ? 'flagged' : 'missed'})
    }
  }
  return edits
}

/** Whether an `inconsistent` check of the edited article uses a fact read at the edited place. */
function namesEdit(edited: ArticleRecord, span: Span): boolean {
  const atEdit = new Set(edited.facts.filter((fact) => fact.sourceSpan[0] < span[1] && span[0] < fact.sourceSpan[1]).map((fact) => fact.id))
  return edited.checks.some((check) => check.verdict === 'inconsistent' && check.facts.some((id) => atEdit.has(id)))
}
