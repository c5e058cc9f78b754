import {describe, expect, it} from 'vitest'
import {createNewsfacts} from '../../src/pipeline/index.js'
import type {ArticleRecord} from '../../src/types.js'

const withDateline = '全力冲刺开门红\n\n2023-02-20 08:58:54 来源:临汾新闻网\n\n从去年12月开始,营业额增长14%。'
const withoutDate = '从去年12月开始,营业额增长14%。'

/** The record's publication date, and the month `去年12月` resolved to. */
function dates(record: ArticleRecord | {type: 'error'}) {
  if (record.type !== 'article') throw new Error('expected an article')
  return {publishedAt: record.publishedAt, lastDecember: record.facts.find((fact) => fact.text === '去年12月')?.value}
}

describe('the publishedAt option', () => {
  const newsfacts = createNewsfacts({publishedAt: '2025-06-30'})

  it('dates an article that states no date, and resolves its relative dates against it', async () => {
    expect(dates(await newsfacts.process({id: 'a', value: withoutDate}))).toEqual({publishedAt: '2025-06-30', lastDecember: '2024-12'})
    const record = await newsfacts.process({id: 'a', value: withoutDate})
    expect(record.type === 'article' && record.messages.map((message) => message.reason)).toContain('Publication date 2025-06-30, as given for inputs that state none')
  })

  it('gives way to a date the article states: its dateline, a field of its input, its HTML meta', async () => {
    expect(dates(await newsfacts.process({id: 'a', value: withDateline}))).toEqual({publishedAt: '2023-02-20', lastDecember: '2022-12'})
    expect(dates(await newsfacts.process({id: 'a', value: withoutDate, publishedAt: '2021-03-01'}))).toEqual({publishedAt: '2021-03-01', lastDecember: '2020-12'})
    const html = `<html><head><meta property="article:published_time" content="2022-05-01T08:00:00+08:00"></head><body><p>${withoutDate}</p></body></html>`
    expect(dates(await newsfacts.process({id: 'a.html', path: 'a.html', value: html}))).toEqual({publishedAt: '2022-05-01', lastDecember: '2021-12'})
  })
})
