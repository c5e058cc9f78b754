import {describe, expect, it} from 'vitest'
import type {Fact} from '../../src/types.js'
import {factsOf} from './helpers.js'

type Summary = Partial<Omit<Fact, 'id' | 'span' | 'sourceSpan' | 'sentence'>>

function summarize(text: string): Summary[] {
  return factsOf(text, {lang: 'en'}).map(({id, span, sourceSpan, sentence, ...fact}) => fact)
}

describe('English', () => {
  it('reads money, years and ranks with group sizes', () => {
    expect(summarize("The district's general public budget revenue was $25.3 billion in 2022, ranking second among 25 districts.")).toEqual([
      {kind: 'amount', value: 25_300_000_000, unit: 'USD', approx: 'exact', text: '$25.3 billion', subject: 'general public budget revenue'},
      {kind: 'date', value: '2022', unit: null, approx: 'exact', text: '2022', subject: null},
      {kind: 'rank', value: 2, unit: null, approx: 'exact', text: 'ranking second among 25 districts', subject: 'general public budget revenue', group: 25, scope: 'districts'}
    ])
  })

  it('reads percent, changes and counts', () => {
    expect(summarize('Retail sales rose 14 percent, and market entities increased by 2,700 households.')).toEqual([
      {kind: 'change', value: 14, unit: '%', approx: 'exact', text: 'rose 14 percent', subject: 'retail sales', direction: 'up'},
      {kind: 'change', value: 2700, unit: 'household', approx: 'exact', text: 'increased by 2,700 households', subject: 'households', direction: 'up'}
    ])
    expect(summarize('Turnover grew 14% year-on-year.')).toEqual([
      {kind: 'change', value: 14, unit: '%', approx: 'exact', text: 'grew 14%', subject: 'turnover', direction: 'up'}
    ])
    expect(summarize('The completion rate was 75%.')).toEqual([
      {kind: 'percent', value: 75, unit: '%', approx: 'exact', text: '75%', subject: 'completion rate'}
    ])
  })

  it('reads ordinals and scopes in ranks', () => {
    expect(summarize('GDP ranked 11th in the province.')).toEqual([
      {kind: 'rank', value: 11, unit: null, approx: 'exact', text: 'ranked 11th in the province', subject: 'GDP', scope: 'province'}
    ])
  })

  it('reads approximations, percentage points and durations', () => {
    expect(summarize('More than two months ago, output fell by 3 percentage points to about 1.2 million tonnes.')).toEqual([
      {kind: 'duration', value: 2, unit: 'month', approx: 'more_than', text: 'More than two months', subject: null},
      {kind: 'change', value: 3, unit: 'pp', approx: 'exact', text: 'fell by 3 percentage points', subject: 'output', direction: 'down'},
      // Tonnes are the unit; the output is what is measured.
      {kind: 'count', value: 1_200_000, unit: 'tonne', approx: 'about', text: 'about 1.2 million tonnes', subject: 'output'}
    ])
    expect(summarize('nearly twenty-five thousand people')).toEqual([
      {kind: 'count', value: 25_000, unit: 'person', approx: 'about', text: 'nearly twenty-five thousand people', subject: 'people'}
    ])
  })

  it('reads dates, absolute and relative', () => {
    expect(summarize('On Feb. 20, 2023, officials said last year was hard; in December 2022 and Q1 2023, in the first half, in the second quarter of 2022.')).toEqual([
      {kind: 'date', value: '2023-02-20', unit: null, approx: 'exact', text: 'Feb. 20, 2023', subject: null},
      {kind: 'date', value: '2022', unit: null, approx: 'exact', text: 'last year', subject: null, relative: 'last year', resolved: true},
      {kind: 'date', value: '2022-12', unit: null, approx: 'exact', text: 'December 2022', subject: null},
      {kind: 'date', value: '2023-Q1', unit: null, approx: 'exact', text: 'Q1 2023', subject: null},
      {kind: 'date', value: '2023-H1', unit: null, approx: 'exact', text: 'the first half', subject: null, relative: 'the first half', resolved: true},
      {kind: 'date', value: '2022-Q2', unit: null, approx: 'exact', text: 'the second quarter of 2022', subject: null}
    ])
  })

  it('reads other currencies and doubling', () => {
    expect(summarize('The company earned HK$3 billion and 5 billion yuan; profit was 300 million euros, up 5%, and revenue doubled.')).toEqual([
      {kind: 'amount', value: 3_000_000_000, unit: 'HKD', approx: 'exact', text: 'HK$3 billion', subject: 'company'},
      {kind: 'amount', value: 5_000_000_000, unit: 'CNY', approx: 'exact', text: '5 billion yuan', subject: null},
      {kind: 'amount', value: 300_000_000, unit: 'EUR', approx: 'exact', text: '300 million euros', subject: 'profit'},
      {kind: 'change', value: 5, unit: '%', approx: 'exact', text: 'up 5%', subject: 'profit', direction: 'up'},
      {kind: 'change', value: 100, unit: '%', approx: 'exact', text: 'doubled', subject: 'revenue', direction: 'up'}
    ])
  })

  it('reads ranges, fractions, change nouns, weekdays and the dateline', () => {
    expect(
      summarize('2023-08-03 07:45:00 Source: Journal\nThe company said on Wednesday that second-quarter revenue rose 12.4 percent, an increase of 50 percent; it expects $16.5 billion to $17 billion over the next 3 to 5 years in its 38-year history. International sales were about one third of the total.').map((fact) => [fact.text, fact.kind, fact.value, fact.unit])
    ).toEqual([
      ['2023-08-03', 'date', '2023-08-03', null],
      ['Wednesday', 'date', '2023-02-15', null],
      ['second-quarter', 'date', '2023-Q2', null],
      ['rose 12.4 percent', 'change', 12.4, '%'],
      ['increase of 50 percent', 'change', 50, '%'],
      ['$16.5 billion to $17 billion', 'amount', [16_500_000_000, 17_000_000_000], 'USD'],
      ['3 to 5 years', 'duration', [3, 5], 'year'],
      ['38-year', 'duration', 38, 'year'],
      ['about one third', 'ratio', 0.3333, null]
    ])
  })

  it('singularizes counted nouns for the unit and keeps them as written for the subject', () => {
    expect(summarize('It lined up 111 key projects and 11.8 million TEUs among 25 U.S. packaged-food makers.').map((fact) => [fact.text, fact.unit, fact.subject])).toEqual([
      ['111 key projects', 'project', 'key projects'],
      ['11.8 million TEUs', 'TEU', 'TEUs'],
      ['25 U.S. packaged-food makers', 'maker', 'U.S. packaged-food makers']
    ])
  })

  it('reads headline verbs in the present tense, cents, and hyphenated fractions', () => {
    expect(summarize('Harbor ridership climbs 6.2 percent; quarterly profit jumps 41%, sales slips 3%.').map((fact) => [fact.text, fact.kind, fact.value, fact.direction, fact.subject])).toEqual([
      ['climbs 6.2 percent', 'change', 6.2, 'up', 'harbor ridership'],
      ['jumps 41%', 'change', 41, 'up', 'profit'],
      ['slips 3%', 'change', 3, 'down', 'sales']
    ])
    expect(summarize('Net income rose 12% to $40 million, or 55 cents a share. Almost one-third of it, about three-quarters of the rest.')).toEqual([
      {kind: 'change', value: 12, unit: '%', approx: 'exact', text: 'rose 12%', subject: 'net income', direction: 'up'},
      {kind: 'amount', value: 40_000_000, unit: 'USD', approx: 'exact', text: '$40 million', subject: 'net income'},
      {kind: 'amount', value: 0.55, unit: 'USD', approx: 'exact', text: '55 cents', subject: null},
      {kind: 'ratio', value: 0.3333, unit: null, approx: 'about', text: 'Almost one-third', subject: null},
      {kind: 'ratio', value: 0.75, unit: null, approx: 'about', text: 'about three-quarters', subject: null}
    ])
  })

  it('counts numbers whose noun the sentence already named', () => {
    const brief = (text: string) => summarize(text).map((fact) => [fact.text, fact.kind, fact.value, fact.unit])
    // The subject, when it is a plural noun.
    expect(brief('Ferry trips rose 8.1 percent to 3.4 million; tram trips fell 2 percent to 860,000.')).toEqual([
      ['rose 8.1 percent', 'change', 8.1, '%'],
      ['3.4 million', 'count', 3_400_000, 'trip'],
      ['fell 2 percent', 'change', 2, '%'],
      ['860,000', 'count', 860_000, 'trip']
    ])
    // A measure whose numbers count something known: employment counts jobs.
    expect(brief('Nonfarm payroll employment increased by 156,000 in September.')).toEqual([
      ['increased by 156,000', 'change', 156_000, 'job'],
      ['September', 'date', expect.any(String), null]
    ])
    // Else the noun of the count before it.
    expect(brief('The city added 12 electric ferries to a fleet of 2,140.')).toEqual([
      ['12 electric ferries', 'count', 12, 'ferry'],
      ['2,140', 'count', 2140, 'ferry']
    ])
    expect(brief('It lined up 111 key projects, of which 88 have started construction.')).toEqual([
      ['111 key projects', 'count', 111, 'project'],
      ['88', 'count', 88, 'project']
    ])
    expect(summarize('Volumes were 23 million to 24 million TEUs, against 24.6 million in 2022.').map((fact) => fact.subject)).toEqual(['volumes', 'volumes', null])
    expect(brief('It expects 23 million to 24 million TEUs, against 24.6 million in 2022.')).toEqual([
      ['23 million to 24 million TEUs', 'count', [23_000_000, 24_000_000], 'TEU'],
      ['24.6 million', 'count', 24_600_000, 'TEU'],
      ['2022', 'date', '2022', null]
    ])
    expect(brief('It operates 14 treatment plants, three of which were built before 1970.')).toEqual([
      ['14 treatment plants', 'count', 14, 'plant'],
      ['three', 'count', 3, 'plant'],
      ['1970', 'date', '1970', null]
    ])
    // A part of a counted whole.
    expect(brief('It will upgrade three of its seven ferry terminals.')).toEqual([
      ['three', 'count', 3, 'terminal'],
      ['seven ferry terminals', 'count', 7, 'terminal']
    ])
    // Small bare numbers stay unread: `Line 3`, `Gate 12`.
    expect(brief('Line 3 and Gate 12 reopened.')).toEqual([])
  })

  it('reads `more` between a number and its noun, and `one` before a singular noun as an article', () => {
    expect(summarize('The fee stays for at least three more years; the plan adds one new terminal and 48 more buses, putting all eggs in one basket.').map((fact) => [fact.text, fact.kind, fact.value, fact.unit, fact.approx])).toEqual([
      ['at least three more years', 'duration', 3, 'year', 'at_least'],
      ['48 more buses', 'count', 48, 'bus', 'exact']
    ])
  })

  it('finds subjects past names, dated modifiers and directions, and after `by` for ranks', () => {
    const subjects = (text: string) => summarize(text).map((fact) => [fact.text, fact.subject])
    expect(subjects('Exports to the European Union dropped 11.2% to $12.4 billion.')).toEqual([
      ['dropped 11.2%', 'exports to the European Union'],
      ['$12.4 billion', 'exports to the European Union']
    ])
    expect(subjects('Harborview Water second-quarter revenue rose 7%.')).toEqual([
      ['second-quarter', null],
      ['rose 7%', 'revenue']
    ])
    // A capitalized first word is a name when the text writes it so elsewhere.
    expect(subjects('Harborview ridership rose 3%. Buses serve Harborview daily. Ridership rose 2%.')).toEqual([
      ['rose 3%', 'ridership'],
      ['rose 2%', 'ridership']
    ])
    expect(subjects('Harborview ranks 4th among 20 regional utilities by customer satisfaction.')).toEqual([
      ['ranks 4th among 20 regional utilities', 'customer satisfaction']
    ])
    // Past a time adverbial; money spent is about what it is spent on.
    expect(subjects('Revenue for the three months ended March 31 rose 17.8%. Sales in the first quarter of 2024 fell 3%.').filter(([, subject]) => subject !== null)).toEqual([
      ['rose 17.8%', 'revenue'],
      ['fell 3%', 'sales']
    ])
    expect(subjects('The authority will spend $450 million on new signals; Harborview ranks third among the 12 members of the Coast Index by market value.')).toEqual([
      ['$450 million', 'signals'],
      ['ranks third among the 12 members', 'market value']
    ])
    // A length or a unit of measure takes no subject from across another quantity or without a verb.
    expect(subjects('The company will spend $75 million over five years to replace 120 miles of mains; leaks fell to 3.1 per 100 miles.')).toEqual([
      ['$75 million', 'company'],
      ['over five years', null],
      ['120 miles', 'miles'],
      ['100 miles', 'miles']
    ])
    // A length has a subject only through a verb.
    expect(subjects('Average waiting time fell to 5.2 days from 6.1 days. Over the next five years the city will build 3 depots.')).toEqual([
      ['5.2 days', 'average waiting time'],
      ['6.1 days', 'average waiting time'],
      ['five years', null],
      ['3 depots', 'depots']
    ])
  })

  it('does not read May as a month without a day or year, or COVID-19 as a count', () => {
    expect(summarize('Officials may say COVID-19 cases fell at G20 talks.')).toEqual([])
  })
})
