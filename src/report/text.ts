import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {reporter} from 'vfile-reporter'
import type {ArticleRecord, Check, ConflictRecord, Fact, MessageRecord, OutputRecord, Span} from '../types.js'

export interface TextReportOptions {
  color?: boolean
  /** Show only warnings and errors. */
  quiet?: boolean
  /** Include facts (the `show` command) or only messages and checks (the `check` command). */
  facts?: boolean
  /** Include consistent and unverifiable checks, not only inconsistent ones. */
  allChecks?: boolean
}

/**
 * A unified-style report of one record: `line:column  severity  reason  rule  source`,
 * positions in the original input. Facts and checks are shown as messages
 * of the display file only; the record itself is not changed.
 */
export function formatRecord(record: OutputRecord, source: string, options: TextReportOptions = {}): string {
  const file = new VFile({path: 'id' in record ? record.id : record.rule, value: source})
  if (record.type === 'error') {
    const message = file.message(record.error.message, {ruleId: record.error.code, source: 'newsfacts'})
    message.fatal = true
  } else if (record.type === 'article') {
    addArticle(file, record, source, options)
  } else {
    return formatConflict(record)
  }
  return reporter([file], {color: options.color ?? false, quiet: options.quiet ?? false, verbose: false, defaultName: '-'})
}

function addArticle(file: VFile, record: ArticleRecord, source: string, options: TextReportOptions) {
  const locate = location(source)
  const placeOf = (span: Span | undefined) => {
    if (!span) return undefined
    const start = locate.toPoint(span[0])
    const end = locate.toPoint(span[1]) ?? locate.toPoint(source.length)
    return start && end ? {start, end} : undefined
  }
  const info = (reason: string, place: ReturnType<typeof placeOf>, ruleId: string, origin: string) => {
    const message = file.message(reason, {place, ruleId, source: origin})
    message.fatal = undefined
    return message
  }

  info(`${languageName(record.lang)}${record.publishedAt ? `, published ${record.publishedAt}` : ''}`, undefined, 'language', 'detect')
  for (const message of record.messages) addMessage(file, message)
  const byId = new Map(record.facts.map((fact) => [fact.id, fact]))
  if (options.facts !== false) {
    for (const fact of record.facts) info(describeFact(fact), placeOf(fact.sourceSpan), fact.kind, 'extract')
  }
  for (const check of record.checks) {
    if (check.verdict !== 'inconsistent' && options.allChecks === false) continue
    // The check stage already reports inconsistent checks as warnings in `messages`.
    if (check.verdict === 'inconsistent' && hasMessageFor(record.messages, check)) continue
    const first = check.facts.map((id) => byId.get(id)).find(Boolean)
    const message = info(`${check.verdict}: ${check.message}`, placeOf(first?.sourceSpan), check.rule, 'check')
    if (check.verdict === 'inconsistent') message.fatal = false
  }
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

function hasMessageFor(messages: MessageRecord[], check: Check): boolean {
  return messages.some((message) => message.source === 'check' && message.ruleId === check.rule)
}

function addMessage(file: VFile, record: MessageRecord) {
  const message = file.message(record.reason, {
    place: record.place ?? undefined,
    ruleId: record.ruleId ?? undefined,
    source: record.source ?? undefined
  })
  message.fatal = record.fatal ?? undefined
}

/** `25.3亿元 = 2530000000 CNY · 一般公共预算收入`, with approximations and directions spelled out. */
export function describeFact(fact: Fact): string {
  const value = Array.isArray(fact.value) ? `${fact.value[0]}–${fact.value[1]}` : String(fact.value)
  const parts = [`${fact.text} = ${approxWord[fact.approx]}${fact.direction ? `${fact.direction} ` : ''}${value}${fact.unit ? ` ${fact.unit}` : ''}`]
  if (fact.kind === 'rank' && fact.group !== undefined) parts[0] += ` of ${fact.group}`
  if (fact.relative) parts[0] += fact.resolved === false ? ` (relative: ${fact.relative}, unresolved)` : ` (from ${fact.relative})`
  if (fact.subject) parts.push(fact.subject)
  return parts.join(' · ')
}

const approxWord: Record<Fact['approx'], string> = {
  exact: '',
  about: '~',
  more_than: '>',
  less_than: '<',
  at_least: '≥',
  at_most: '≤'
}

function formatConflict(record: ConflictRecord): string {
  const sides = record.sides.map((side) => `  ${side.article}: ${side.text} (${side.value}${side.unit ? ` ${side.unit}` : ''})`)
  return [`conflict  ${record.rule}  ${record.subject}: ${record.message}`, ...sides, ''].join('\n')
}

const languageNames: Record<string, string> = {
  'zh-Hans': 'Chinese (Simplified)',
  'zh-Hant': 'Chinese (Traditional), converted to Simplified',
  en: 'English',
  und: 'language undetermined'
}

function languageName(tag: string): string {
  return languageNames[tag] ?? `language ${tag} (passed through)`
}
