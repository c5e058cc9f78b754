import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {assertArticleInput, type ArticleInput, type InputWarning} from '../pipeline/index.js'
import {resolveOptions, type Options} from '../pipeline/options.js'

/**
 * What one queue job carries: its articles, and the pipeline options they
 * are to be processed with. The options travel with the job, so a worker
 * gives exactly what `extract` without `--queue` would have given with the
 * same flags, whatever the worker was started with.
 */
export interface JobData {
  /** Bumped when this layout changes: a worker refuses a layout it does not know. */
  format: typeof FORMAT
  /** The newsfacts that made the job: another version may give other records. */
  version: string
  options: Options
  /** Per-article timeout in milliseconds, as `--timeout` (0 for none). */
  timeout: number
  articles: WireArticle[]
}

/** An article as JSON carries it: text as it is, bytes (a file not yet decoded) in base64. */
export interface WireArticle {
  id: string
  path?: string
  publishedAt?: string | null
  title?: string | null
  meta?: Record<string, unknown>
  warnings?: InputWarning[]
  text?: string
  bytes?: string
}

const FORMAT = 1

export const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version

export function jobData(articles: readonly ArticleInput[], options: Options, timeout: number): JobData {
  return {format: FORMAT, version, options, timeout, articles: articles.map(toWire)}
}

/**
 * The job's id: a hash of everything that decides its records (the
 * articles, their order, the options, the version). Adding a job whose id
 * is in the queue already adds nothing, so a collector started again on the
 * same inputs finds the jobs (and results) the first one left. BullMQ wants
 * ids that are not integers, hence the letter.
 */
export function jobIdOf(data: JobData): string {
  return 'j' + createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 40)
}

/** The articles of a job, checked: a job that is not one this worker can read fails (and is retried, maybe by another version). */
export function readJobData(data: unknown): {articles: ArticleInput[]; options: Options; timeout: number} {
  const job = data as Partial<JobData> | null
  if (typeof job !== 'object' || job === null || job.format !== FORMAT || !Array.isArray(job.articles)) {
    throw new Error(`The job is not a newsfacts job of format ${FORMAT}; was it queued by another program?`)
  }
  if (job.version !== version) {
    throw new Error(`The job was queued by newsfacts ${String(job.version)} and this worker is ${version}: its records could differ; run workers of the same version`)
  }
  const articles = job.articles.map(fromWire)
  for (const article of articles) assertArticleInput(article, 'A job holds articles')
  const options = job.options ?? {}
  // Checked here, where a bad one fails this job only: in the worker threads it would stop them starting, for every job.
  resolveOptions(options)
  const timeout = job.timeout
  if (typeof timeout !== 'number' || !(timeout >= 0)) throw new TypeError(`A job's timeout is a number of milliseconds, not ${String(timeout)}`)
  return {articles, options, timeout}
}

/** Input bytes of an article, as the window counts them. */
export function articleBytes(article: ArticleInput): number {
  return typeof article.value === 'string' ? article.value.length * 2 : article.value.byteLength
}

function toWire(article: ArticleInput): WireArticle {
  const wire: WireArticle = {id: article.id}
  if (article.path !== undefined) wire.path = article.path
  if (article.publishedAt !== undefined) wire.publishedAt = article.publishedAt
  if (article.title !== undefined) wire.title = article.title
  if (article.meta !== undefined) wire.meta = article.meta
  if (article.warnings !== undefined) wire.warnings = article.warnings
  if (typeof article.value === 'string') wire.text = article.value
  else wire.bytes = Buffer.from(article.value.buffer, article.value.byteOffset, article.value.byteLength).toString('base64')
  return wire
}

function fromWire(wire: WireArticle): ArticleInput {
  const article: ArticleInput = {id: wire.id, value: typeof wire.bytes === 'string' ? new Uint8Array(Buffer.from(wire.bytes, 'base64')) : (wire.text as string)}
  if (wire.path !== undefined) article.path = wire.path
  if (wire.publishedAt !== undefined) article.publishedAt = wire.publishedAt
  if (wire.title !== undefined) article.title = wire.title
  if (wire.meta !== undefined) article.meta = wire.meta
  if (wire.warnings !== undefined) article.warnings = wire.warnings
  return article
}
