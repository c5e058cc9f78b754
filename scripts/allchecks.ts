import fs from 'node:fs'
import {createNewsfacts} from '../src/index.js'
const splits = JSON.parse(fs.readFileSync('corpus-real/splits.json', 'utf8'))
const ids: string[] = [...splits.dev, ...splits.retired]
const nf = createNewsfacts({})
const rule = process.argv[2], verdict = process.argv[3]
for (const name of fs.readdirSync('corpus-real/articles')) {
  const id = name.replace(/\.json$/, '')
  if (!ids.includes(id)) continue
  const a = JSON.parse(fs.readFileSync(`corpus-real/articles/${name}`, 'utf8'))
  const rec = await nf.process({id, value: a.text, publishedAt: a.publishedAt, title: a.title})
  if (rec.type !== 'article') throw new Error(`${id}: ${JSON.stringify(rec)}`)
  for (const c of rec.checks) if ((!rule || c.rule === rule) && (!verdict || c.verdict === verdict)) console.log(id.slice(0, 12), c.rule, c.verdict, c.message.slice(0, 200))
}
