// Dev-only look at one article: windows around given texts, and its checks.
import fs from 'node:fs'
import {createNewsfacts} from '../src/index.js'
const [id, ...needles] = process.argv.slice(2)
const dir = process.env.DIR ?? 'corpus-real/articles'
const name = fs.readdirSync(dir).find((n) => n.startsWith(id!))!
const article = JSON.parse(fs.readFileSync(`${dir}/${name}`, 'utf8'))
const nf = createNewsfacts({})
const rec = await nf.process({id: article.id, value: article.text, publishedAt: article.publishedAt, title: article.title})
if (rec.type !== 'article') throw new Error(`${id}: ${JSON.stringify(rec)}`)
const text: string = rec.text
for (const n of needles) {
  let i = text.indexOf(n)
  if (i < 0) { console.log('NOT FOUND', n); continue }
  console.log(`--- ${n}: …${text.slice(Math.max(0, i - 150), i + n.length + 100).replace(/\n/g, '⏎')}…`)
}
if (process.env.CHECKS) for (const c of rec.checks) console.log(c.rule, c.verdict, c.message)
if (process.env.FACTS) for (const f of rec.facts) console.log(f.kind, JSON.stringify(f.text), f.value, f.unit, f.subject, f.scope ?? '')
