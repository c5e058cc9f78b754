// Process a directory, collect every fact, and cross-check the articles.
// Run: npx tsx examples/cross-check.ts corpus/articles
import {crossCheck, processBatch, readInputs, type ArticleRecord} from 'newsfacts'

const articles: ArticleRecord[] = []
// processBatch yields {record, source}: the record, and the original text its sourceSpans index.
for await (const {record} of processBatch(readInputs([process.argv[2] ?? '.']))) {
  if (record.type === 'error') console.error(`${record.id}: ${record.error.code}: ${record.error.message}`)
  else articles.push(record)
}

const facts = articles.flatMap((article) => article.facts.map((fact) => ({article: article.id, ...fact})))
for (const fact of facts) console.log([fact.article, fact.kind, fact.text, JSON.stringify(fact.value), fact.unit ?? '', fact.subject ?? ''].join('\t'))

// An article whose facts were not extracted says why in its messages.
for (const article of articles) {
  for (const message of article.messages) if (message.ruleId === 'language-not-extracted') console.log(`${article.id}: ${message.reason}`)
}

// crossCheck takes records (not the {record, source} results) and skips error records.
for (const conflict of crossCheck(articles)) console.log(conflict.message)
