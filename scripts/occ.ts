// Dev-only: every occurrence of a string in an article's normalized text.
import fs from 'node:fs'
import {createNewsfacts} from '../src/index.js'
const [id, needle] = process.argv.slice(2)
const name = fs.readdirSync('corpus-real/articles').find((n) => n.startsWith(id!))!
const a = JSON.parse(fs.readFileSync(`corpus-real/articles/${name}`, 'utf8'))
const rec = (await createNewsfacts({}).process({id: a.id, value: a.text, publishedAt: a.publishedAt, title: a.title})) as {text: string}
for (let i = rec.text.indexOf(needle!); i >= 0; i = rec.text.indexOf(needle!, i + 1)) console.log(`@${i}: …${rec.text.slice(Math.max(0, i - 80), i + 40).replace(/\n/g, '⏎')}…`)
