/**
 * Scores article-body extraction on the pages of test/fixtures/decode/html
 * (six layouts): share of the body's paragraphs found (recall), share of the
 * text that is body (precision), chrome strings leaked, titles right, and
 * milliseconds a page. `npx tsx scripts/bench-html.ts`.
 *
 * The other candidates measured when choosing (Readability over happy-dom
 * and domino, defuddle) are not dependencies: BENCHMARKS.md has their
 * figures, taken with this scoring in a scratch install.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {performance} from 'node:perf_hooks'
import {extractHtml} from '../src/decode/html.js'

interface LayoutCase {
  file: string
  title: string
  body: string[]
  chrome: string[]
  backlog: string[]
}

interface Extracted {
  text: string
  title: string
}

const require = createRequire(import.meta.url)
// Typed loosely: the library's types want the DOM lib, which this project does not compile with.
const {Readability} = require('@mozilla/readability') as {Readability: new (document: unknown, options?: object) => {parse(): {textContent?: string | null; title?: string | null} | null}}
const {parseHTML} = require('linkedom') as {parseHTML(html: string): {document: unknown}}

const readability =
  (options: object) =>
  (html: string): Extracted => {
    const article = new Readability(parseHTML(html).document, options).parse()
    return {text: article?.textContent ?? '', title: article?.title ?? ''}
  }

const candidates: Record<string, (html: string) => Extracted> = {
  'Readability + linkedom': readability({}),
  'Readability + linkedom, charThreshold 100': readability({charThreshold: 100}),
  'newsfacts extractHtml': (html) => {
    const article = extractHtml(html)
    return {text: article.text, title: article.title ?? ''}
  }
}

const folder = new URL('../test/fixtures/decode/html/', import.meta.url)
const cases = JSON.parse(readFileSync(new URL('cases.json', folder), 'utf8')) as LayoutCase[]
const pages = cases.map((page) => readFileSync(new URL(page.file, folder), 'utf8'))
const squash = (text: string) => text.replace(/\s+/g, '')
const percent = (share: number) => `${(100 * share).toFixed(1)}%`
const ROUNDS = 30

for (const [name, run] of Object.entries(candidates)) {
  let recall = 0
  let precision = 0
  let leaked = 0
  let titles = 0
  cases.forEach((page, index) => {
    const {text, title} = run(pages[index] ?? '')
    const squashed = squash(text)
    const body = page.body.map(squash)
    const found = body.filter((paragraph) => squashed.includes(paragraph)).reduce((sum, paragraph) => sum + paragraph.length, 0)
    recall += found / body.reduce((sum, paragraph) => sum + paragraph.length, 0)
    const rest = squashed.replace(squash(page.title), '')
    precision += rest.length === 0 ? 0 : Math.min(1, found / rest.length)
    leaked += [...page.chrome, ...page.backlog].filter((chrome) => squashed.includes(squash(chrome))).length
    if (title.trim() === page.title) titles++
  })
  for (const html of pages) run(html)
  const start = performance.now()
  for (let round = 0; round < ROUNDS; round++) for (const html of pages) run(html)
  const perPage = (performance.now() - start) / ROUNDS / pages.length
  const chrome = cases.reduce((sum, page) => sum + page.chrome.length + page.backlog.length, 0)
  console.log(
    `${name}: recall ${percent(recall / cases.length)}, precision ${percent(precision / cases.length)}, ` +
      `chrome leaked ${leaked}/${chrome}, titles ${titles}/${cases.length}, ${perPage.toFixed(1)} ms a page`
  )
}
