import {describe, expect, it} from 'vitest'
import {createNewsfacts} from '../../src/pipeline/index.js'
import {formatRecord} from '../../src/report/text.js'

const newsfacts = createNewsfacts()
const notExtracted = (value: string) => {
  const {record, source} = newsfacts.processSync({id: 'x', value})
  if (record.type !== 'article') throw new Error(`not an article: ${JSON.stringify(record)}`)
  const messages = record.messages.filter((message) => message.ruleId === 'language-not-extracted')
  return {lang: record.lang, facts: record.facts.length, messages, report: formatRecord(record, source)}
}

describe('articles in a language facts are not extracted from', () => {
  it('say so in one info message naming the language', () => {
    const articles = {
      fr: "Le gouvernement a annoncé mardi une hausse de 14% du budget, soit 25 milliards d'euros pour la santé publique en France.",
      ja: '政府は火曜日、予算を14%増やすと発表した。これは公衆衛生のために250億円に相当する。',
      de: 'Die Regierung hat am Dienstag eine Erhöhung des Budgets um 14 Prozent angekündigt, das sind 25 Milliarden Euro.'
    }
    const names = {fr: 'French', ja: 'Japanese', de: 'German'}
    for (const [lang, text] of Object.entries(articles) as Array<[keyof typeof articles, string]>) {
      const found = notExtracted(text)
      expect(found.lang).toBe(lang)
      expect(found.facts).toBe(0)
      expect(found.messages).toEqual([
        {
          ruleId: 'language-not-extracted',
          source: 'extract',
          reason: `No facts extracted: the article is in ${names[lang]} (\`${lang}\`); facts are extracted from Chinese and English only`,
          fatal: null,
          place: null
        }
      ])
      // The text report says it too, so an article without facts is explained where it is read.
      expect(found.report).toContain(`No facts extracted: the article is in ${names[lang]}`)
      expect(found.report).toContain('language-not-extracted')
    }
  })

  it('is not said of Chinese or English articles', () => {
    expect(notExtracted('一般公共预算收入25.3亿元,同比增长14%。').messages).toEqual([])
    expect(notExtracted('Revenue rose 14% to $25 million in 2022, the company said on Tuesday.').messages).toEqual([])
  })
})
