/**
 * Rewrite the article table of `corpus-real/README.md` (and its totals
 * line) from the articles' `source` fields, the gold and `splits.json`, so
 * provenance is written once, in the article. Run after adding an article:
 *
 *   npx tsx scripts/corpus-real-readme.ts [DIR]      (default: corpus-real)
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import {loadGold, loadSplits, type Region} from './eval.js'

interface Article {
  id: string
  publishedAt?: string
  text: string
  source: {url: string; publisher: string; license: string}
}

const regionNames: Record<Region, string> = {mainland: 'mainland', taiwan: 'Taiwan', hongkong: 'Hong Kong', english: 'English'}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ')

const dir = path.resolve(process.argv[2] ?? 'corpus-real')
const gold = new Map((await loadGold(path.join(dir, 'gold'))).map((article) => [article.id, article]))
const splits = await loadSplits(dir, gold)
const names = (await fs.readdir(path.join(dir, 'articles'))).filter((name) => name.endsWith('.json')).sort()
const rows: string[] = []
const totals = {required: 0, optional: 0, checks: 0}
for (const name of names) {
  const article = JSON.parse(await fs.readFile(path.join(dir, 'articles', name), 'utf8')) as Article
  const entry = gold.get(article.id)
  if (!entry) throw new Error(`${article.id} has no gold`)
  const required = entry.facts.filter((fact) => !fact.optional).length
  const optional = entry.facts.length - required
  totals.required += required
  totals.optional += optional
  totals.checks += entry.checks.length
  const {url, publisher, license} = article.source
  const region = entry.region ? regionNames[entry.region] : '?'
  rows.push(
    `| \`${article.id}\` | ${splits.get(article.id) ?? '?'} | ${region} | ${article.publishedAt ?? '?'} | ${cell(publisher)} | ${cell(license)} | <${url}> | ${article.text.length} | ${required} + ${optional} | ${entry.checks.length} |`
  )
}

const readme = path.join(dir, 'README.md')
const marker = '## Articles\n'
const before = await fs.readFile(readme, 'utf8')
const head = before.slice(0, before.indexOf(marker) + marker.length)
if (!head.endsWith(marker)) throw new Error(`${readme} has no "## Articles" heading`)
const summary = `${names.length} articles, ${totals.required} required and ${totals.optional} optional facts, ${totals.checks} gold checks`
const table = [
  '| Article | Split | Region | Date | Publisher | License | URL | Chars | Facts | Checks |',
  '| --- | --- | --- | --- | --- | --- | --- | ---: | ---: | ---: |',
  ...rows
].join('\n')
await fs.writeFile(readme, `${head.replace(/^\d+ articles, \d+ required and \d+ optional facts, \d+ gold checks/mu, summary)}\n${table}\n`)
console.log(`${readme}: ${summary}`)
