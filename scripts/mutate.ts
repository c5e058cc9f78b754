/**
 * Edits the checks must catch, made automatically on articles the tests
 * never saw: every article runs through the whole pipeline, then one number
 * or word of it is changed, the edited text runs again, and the new
 * `inconsistent` verdicts are compared with the rule meant for that kind of
 * edit (issue 5, "Done when").
 *
 *   npx tsx scripts/mutate.ts [--verbose] [paths...]      (default: corpus)
 *
 * For the real corpus, `npm run eval` makes the edits that matter there:
 * each number of each gold relation raised by 25%, counted as flagged when
 * an `inconsistent` check names it (scripts/relation-edits.ts), dev and
 * held-out apart.
 *
 * An edit is made where the unedited article has a consistent check of its kind:
 *
 *   rate    the stated rate of a part and its whole, first digit changed (79% -> 89%)     rate-part-whole
 *   rank    a rank moved past its group (25个市辖区中排名第2位 -> 第30位)                  rank-within-group
 *   plan    a yearly plan set to 1.5 times the total it belongs to                        plan-within-total
 *   list    a count of listed items made one more than listed (五项机制 -> 六项机制)       list-length
 *   repeat  the first statement (often the headline's) of a metric stated more than once   repeated-value
 *           (the same subject, kind, unit and value), first digit changed
 *   cross   a copy of the article with one figure that no check uses changed (each         cross-article
 *           statement of it), the copy and the original checked across articles; only
 *           figures crossCheck compares (a metric with a subject, in an article with a place)
 *
 * Each edit is caught by exactly the intended rule, by it and others, by other
 * rules only, or missed. Not counted as edits to catch: `precision`, where the
 * edited value still agrees with the old one within stated precision (`超过300台`
 * -> `超过400台`), and `lost`, where the extractor no longer reads the edited
 * number. Then, on the unedited articles: inconsistent verdicts their gold does
 * not expect, and conflicts between them (both should be 0).
 * Exit code 0 whatever the figures; 2 when it cannot run.
 */
import path from 'node:path'
import process from 'node:process'
import {metricsOf} from '../src/check/cross-check.js'
import {placeOf} from '../src/check/place.js'
import {parseSmallInteger, rateInterval, sameStated} from '../src/check/numbers.js'
import {normalizeSubject} from '../src/check/subjects.js'
import {createNewsfacts, crossCheck, readInputs, type ArticleInput} from '../src/index.js'
import type {ArticleRecord, Check, Fact, Span} from '../src/types.js'
import {checkFound, goldIdFor, loadGold, type GoldArticle} from './eval.js'

type Kind = 'rate' | 'rank' | 'plan' | 'list' | 'repeat' | 'cross'

const intended: Record<Kind, string> = {
  rate: 'rate-part-whole',
  rank: 'rank-within-group',
  plan: 'plan-within-total',
  list: 'list-length',
  repeat: 'repeated-value',
  cross: 'cross-article'
}

type Outcome = 'exact' | 'also-other' | 'other-only' | 'missed' | 'precision' | 'lost'

interface Article {
  input: ArticleInput
  /** The text the article was read from: every source span indexes it. */
  source: string
  record: ArticleRecord
}

interface Edit {
  kind: Kind
  article: Article
  /** The fact whose number changes (the first, when each statement of a figure does). */
  fact: Fact
  facts: Fact[]
  source: string
  /** What changed, for the listing (`第2位 -> 第30位`). */
  describe: string
}

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const paths = args.filter((arg) => !arg.startsWith('--'))
const newsfacts = createNewsfacts()

async function run(input: ArticleInput): Promise<ArticleRecord | null> {
  const record = await newsfacts.process(input)
  return record.type === 'article' ? record : null
}

/** Every readable article, run from its text (so that edits of the text run the same way). */
async function load(given: string[]): Promise<Article[]> {
  const articles: Article[] = []
  const decoder = new TextDecoder('utf-8', {fatal: true})
  for await (const input of readInputs(given)) {
    if ('type' in input) continue
    let source: string
    try {
      source = typeof input.value === 'string' ? input.value : decoder.decode(input.value)
    } catch {
      console.error(`skipped ${input.id}: not UTF-8`)
      continue
    }
    const record = await run({...input, value: source})
    if (record) articles.push({input, source, record})
  }
  return articles
}

// ---------------------------------------------------------------------------
// Changing numbers in the source text

const chineseNumerals = '一二三四五六七八九'

function sliceOf(source: string, span: Span): string {
  return source.slice(span[0], span[1])
}

function replaceSpan(source: string, span: Span, text: string): string {
  return source.slice(0, span[0]) + text + source.slice(span[1])
}

/** The first digit (or Chinese numeral) one up, nine down: `79%` -> `89%`, `六成` -> `七成`. */
function bumpFirstDigit(text: string): string | null {
  const at = text.search(/[0-9０-９一二三四五六七八九]/u)
  if (at === -1) return null
  const char = text[at]!
  let next: string
  if (/[0-9]/u.test(char)) next = char === '9' ? '8' : String(Number(char) + 1)
  else if (/[０-９]/u.test(char)) next = String.fromCharCode(char === '９' ? 0xff18 : char.charCodeAt(0) + 1)
  else {
    const index = chineseNumerals.indexOf(char)
    next = chineseNumerals[index === 8 ? 7 : index + 1]!
  }
  return text.slice(0, at) + next + text.slice(at + 1)
}

/** `3` -> `三`, `12` -> `十二`, `25` -> `二十五` (1 to 99). */
function toChinese(value: number): string {
  const tens = Math.floor(value / 10)
  const ones = value % 10
  const head = tens === 0 ? '' : `${tens === 1 ? '' : chineseNumerals[tens - 1]}十`
  return head + (ones === 0 ? '' : chineseNumerals[ones - 1]!)
}

/** The first whole number, written in digits or Chinese numerals, with `by` added. */
function addToCount(text: string, by: number): string | null {
  const digits = /[0-9]+/u.exec(text)
  const chinese = /[一二两三四五六七八九十]+/u.exec(text)
  const first = [digits, chinese].filter((match) => match !== null).sort((a, b) => a!.index - b!.index)[0]
  if (!first) return null
  const value = first === digits ? Number(first[0]) : parseSmallInteger(first[0].replace('两', '二'))
  if (value === null) return null
  const written = first === digits ? String(value + by) : toChinese(value + by)
  return text.slice(0, first.index) + written + text.slice(first.index + first[0].length)
}

const englishOrdinals = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b/iu

/** The rank's own number set to `value`: `排名第2位` -> `排名第30位`, `ranks 7th` -> `ranks 35th`. */
function setRank(text: string, value: number): string | null {
  const chinese = /第\s*([0-9０-９一二两三四五六七八九十]+)/u.exec(text)
  if (chinese) return text.slice(0, chinese.index) + `第${value}` + text.slice(chinese.index + chinese[0].length)
  const english = englishOrdinals.exec(text)
  return english ? text.slice(0, english.index) + `${value}th` + text.slice(english.index + english[0].length) : null
}

/** The first numeral written so that the fact's value becomes `value` (`133亿元` -> `889.5亿元`). */
function setAmount(text: string, fact: Fact, value: number): string | null {
  const match = /[0-9][0-9,]*(?:\.[0-9]+)?/u.exec(text)
  if (!match || typeof fact.value !== 'number') return null
  const literal = Number(match[0].replace(/,/gu, ''))
  if (!(literal > 0)) return null
  const scale = 10 ** Math.round(Math.log10(fact.value / literal))
  const written = String(Math.round((value / scale) * 10) / 10)
  return text.slice(0, match.index) + written + text.slice(match.index + match[0].length)
}

// ---------------------------------------------------------------------------
// The edits of one article

function factById(record: ArticleRecord, id: string | undefined): Fact | undefined {
  return record.facts.find((fact) => fact.id === id)
}

function editFact(kind: Kind, article: Article, fact: Fact | undefined, change: (text: string) => string | null, also: Fact[] = []): Edit | null {
  if (!fact) return null
  const before = sliceOf(article.source, fact.sourceSpan)
  const after = change(before)
  if (after === null || after === before) return null
  // Later spans first, so the earlier ones stay where they are.
  const facts = [fact, ...also.filter((other) => other !== fact)]
  let source = article.source
  for (const each of [...facts].sort((a, b) => b.sourceSpan[0] - a.sourceSpan[0])) {
    const changed = change(sliceOf(source, each.sourceSpan))
    if (changed === null) return null
    source = replaceSpan(source, each.sourceSpan, changed)
  }
  return {kind, article, fact, facts, source, describe: `${before} -> ${after}${facts.length > 1 ? ` (${facts.length} statements)` : ''}`}
}

/** Facts stating the same figure: kind, unit, subject and value alike. */
function restatements(record: ArticleRecord, fact: Fact): Fact[] {
  const key = (other: Fact) => JSON.stringify([other.kind, other.unit, normalizeSubject(other.subject), other.value])
  return record.facts.filter((other) => key(other) === key(fact))
}

function consistent(record: ArticleRecord, rule: string): Check[] {
  return record.checks.filter((check) => check.rule === rule && check.verdict === 'consistent')
}

const metricKinds = new Set<Fact['kind']>(['amount', 'count', 'percent', 'change', 'rank', 'ratio'])

function editsOf(article: Article): Edit[] {
  const {record} = article
  const edits: Array<Edit | null> = []
  for (const check of consistent(record, 'rate-part-whole')) {
    // A rate checked against a stated whole: rate, part, whole.
    if (check.facts.length === 3) edits.push(editFact('rate', article, factById(record, check.facts[0]), bumpFirstDigit))
  }
  for (const check of consistent(record, 'rank-within-group')) {
    const group = Number(check.expected)
    if (Number.isInteger(group)) edits.push(editFact('rank', article, factById(record, check.facts[0]), (text) => setRank(text, group + 5)))
  }
  for (const check of consistent(record, 'plan-within-total')) {
    const total = factById(record, check.facts[1])
    if (typeof total?.value === 'number') {
      const plan = factById(record, check.facts[0])
      edits.push(editFact('plan', article, plan, (text) => (plan ? setAmount(text, plan, (total.value as number) * 1.5) : null)))
    }
  }
  for (const check of consistent(record, 'list-length')) {
    edits.push(editFact('list', article, factById(record, check.facts[0]), (text) => addToCount(text, 1)))
  }
  const repeated = new Set<string>()
  for (const fact of record.facts) {
    const same = restatements(record, fact)
    if (!metricKinds.has(fact.kind) || !fact.subject || same.length < 2 || repeated.has(fact.id)) continue
    for (const each of same) repeated.add(each.id)
    edits.push(editFact('repeat', article, fact, bumpFirstDigit))
  }
  if (placeOf(record.text, record.title)) {
    const used = new Set(record.checks.flatMap((check) => check.facts))
    const compared = new Set(metricsOf(record).map(({entry}) => entry.fact.id))
    const done = new Set<string>()
    for (const fact of record.facts) {
      if (!compared.has(fact.id) || done.has(fact.id)) continue
      const same = restatements(record, fact)
      for (const each of same) done.add(each.id)
      // A figure some check uses would also break that check: that is another kind of edit.
      if (same.some((each) => used.has(each.id))) continue
      edits.push(editFact('cross', article, fact, bumpFirstDigit, same))
    }
  }
  return edits.filter((edit) => edit !== null)
}

// ---------------------------------------------------------------------------
// Judging

interface Result {
  edit: Edit
  outcome: Outcome
  rules: string[]
}

const inconsistentMessages = (checks: readonly Check[]) => new Set(checks.filter((check) => check.verdict === 'inconsistent').map((check) => check.message))

/** The fact the edited article reads where the edit was, when it reads one of the same kind. */
function editedFact(edit: Edit, edited: ArticleRecord): Fact | undefined {
  const [start] = edit.fact.sourceSpan
  return edited.facts.find((fact) => fact.kind === edit.fact.kind && fact.sourceSpan[0] <= start + 2 && fact.sourceSpan[1] > start)
}

/** Whether the edited value still agrees with the old one within stated precision. */
function withinPrecision(before: Fact, after: Fact): boolean {
  const a = rateInterval(before)
  const b = rateInterval(after)
  return a !== null && b !== null && sameStated({fact: before, range: a}, {fact: after, range: b})
}

async function judge(edit: Edit): Promise<Result> {
  const {article} = edit
  const copyId = edit.kind === 'cross' ? `${article.record.id}#edited` : article.record.id
  const edited = await run({...article.input, id: copyId, value: edit.source})
  const after = edited ? editedFact(edit, edited) : undefined
  if (!edited || !after || JSON.stringify(after.value) === JSON.stringify(edit.fact.value)) return {edit, outcome: 'lost', rules: []}
  if (withinPrecision(edit.fact, after)) return {edit, outcome: 'precision', rules: []}
  const known = inconsistentMessages(article.record.checks)
  const rules = edited.checks.filter((check) => check.verdict === 'inconsistent' && !known.has(check.message)).map((check) => check.rule)
  if (edit.kind === 'cross') {
    const named = crossCheck([article.record, edited]).some(
      (conflict) =>
        conflict.sides.some((side) => side.article === copyId && side.fact === edit.fact.id) &&
        conflict.sides.some((side) => side.article === article.record.id) &&
        conflict.message.includes(copyId) &&
        conflict.message.includes(article.record.id)
    )
    if (named) rules.unshift(intended.cross)
  }
  const distinct = [...new Set(rules)]
  const want = intended[edit.kind]
  const outcome: Outcome =
    distinct.length === 0 ? 'missed' : distinct.includes(want) ? (distinct.length === 1 ? 'exact' : 'also-other') : 'other-only'
  return {edit, outcome, rules: distinct}
}

// ---------------------------------------------------------------------------
// The unedited articles

async function unexpectedOnUnedited(articles: readonly Article[], corpora: string[]): Promise<string[]> {
  const gold: GoldArticle[] = []
  for (const corpus of corpora) {
    try {
      gold.push(...(await loadGold(path.join(corpus, 'gold'))))
    } catch {
      // A folder without gold: its articles are judged without it.
    }
  }
  const byId = new Map(gold.map((article) => [article.id, article]))
  const ids = new Set(byId.keys())
  const alarms: string[] = []
  for (const {input, record} of articles) {
    const expected = byId.get(goldIdFor(input, ids) ?? '')?.checks ?? []
    for (const check of record.checks) {
      if (check.verdict !== 'inconsistent') continue
      const known = expected.some((goldCheck) => goldCheck.verdict === 'inconsistent' && checkFound(goldCheck, [check], record.facts))
      if (!known) alarms.push(`${record.id} ${check.rule}: ${check.message}`)
    }
  }
  return alarms
}

async function main(): Promise<number> {
  const given = paths.length > 0 ? paths : ['corpus']
  const articles = await load(given)
  if (articles.length === 0) {
    console.error(`No articles in ${given.join(', ')}`)
    return 2
  }
  const results: Result[] = []
  for (const article of articles) {
    for (const edit of editsOf(article)) results.push(await judge(edit))
  }

  const kinds = Object.keys(intended) as Kind[]
  const outcomes: Outcome[] = ['exact', 'also-other', 'other-only', 'missed', 'precision', 'lost']
  console.log(`${articles.length} articles (${given.join(', ')}), ${results.length} edits\n`)
  console.log(`kind     rule                 edits  ${outcomes.map((outcome) => outcome.padStart(10)).join('')}`)
  for (const kind of kinds) {
    const mine = results.filter((result) => result.edit.kind === kind)
    const counts = outcomes.map((outcome) => String(mine.filter((result) => result.outcome === outcome).length).padStart(10))
    console.log(`${kind.padEnd(8)} ${intended[kind].padEnd(20)} ${String(mine.length).padStart(5)}  ${counts.join('')}`)
  }
  const shown = results.filter((result) => verbose || ['also-other', 'other-only', 'missed'].includes(result.outcome))
  if (shown.length > 0) {
    console.log(verbose ? '\nEdits:' : '\nEdits not caught by exactly their rule:')
    for (const {edit, outcome, rules} of shown) {
      console.log(`  ${edit.kind.padEnd(7)} ${outcome.padEnd(11)} ${path.basename(edit.article.record.id)}: ${edit.describe}${rules.length > 0 ? ` (${rules.join(', ')})` : ''}`)
    }
  }

  const alarms = await unexpectedOnUnedited(articles, [...new Set(given.map((dir) => (path.basename(dir) === 'articles' ? path.dirname(dir) : dir)))])
  const conflicts = crossCheck(articles.map((article) => article.record))
  console.log(`\nUnedited articles: ${alarms.length} inconsistent verdict(s) their gold does not expect, ${conflicts.length} conflict(s) between them`)
  for (const alarm of alarms) console.log(`  ${alarm}`)
  for (const conflict of conflicts) console.log(`  ${conflict.message}`)
  return 0
}

process.exitCode = await main()
