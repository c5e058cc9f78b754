/**
 * English forms met in real releases (corpus-real dev articles), a table per
 * rule: the sentence, its publication date, and the facts wanted as
 * [text, kind, value, unit, direction?].
 */
import {describe, expect, it} from 'vitest'
import {factsOf} from './helpers.js'

type Row = [text: string, kind: string, value: unknown, unit: string | null, direction?: string]

function facts(text: string, publishedAt = '2019-09-18'): Row[] {
  return factsOf(text, {lang: 'en', publishedAt}).map((fact) => {
    const row: Row = [fact.text, fact.kind, fact.value, fact.unit]
    if (fact.direction) row.push(fact.direction)
    return row
  })
}

const dates: Array<[string, string, Row[]]> = [
  ['announced today that the deficit', '2016-09-02', [['today', 'date', '2016-09-02', null]]],
  ["Today's rise is said to be", '2007-10-31', [["Today's", 'date', '2007-10-31', null]]],
  ['Expenditure is budgeted to be £96.2 billion in 2019-20.', '2019-06-27', [['£96.2 billion', 'amount', 96_200_000_000, 'GBP'], ['2019-20', 'date', '2019/2020', null]]],
  ['The 2014-15 National Health Survey', '2015-12-08', [['2014-15', 'date', '2014/2015', null]]],
  ['on Budget Results for Fiscal Year 2007', '2007-10-11', [['Fiscal Year 2007', 'date', 'FY2007', null]]],
  ['The FY 2007 unified deficit', '2007-10-11', [['FY 2007', 'date', 'FY2007', null]]],
  ['Statistical Release 27 June 2019', '2019-06-27', [['27 June 2019', 'date', '2019-06-27', null]]],
  ['modified on 1/19/2023 to reflect', '2023-01-11', [['1/19/2023', 'date', '2023-01-19', null]]],
  ['above the revised July rate', '2019-09-18', [['July', 'date', '2019-07', null]]],
  // A reported month more than two months after publication is last year's; a planned one, or a month ahead, this year's.
  ['12,324 infections since November last year', '2009-03-06', [['12,324 infections', 'count', 12_324, 'infection'], ['November last year', 'date', '2008-11', null]]],
  ['cases were reported in November.', '2009-03-06', [['November', 'date', '2008-11', null]]],
  ['crude oil for December delivery closed higher', '2007-10-31', [['December', 'date', '2007-12', null]]],
  ['Last week, U.S. stockpiles were down', '2007-10-31', [['Last week', 'date', '2007-10-22/2007-10-28', null]]],
  ['in the quarter to June', '2009-08-13', [['the quarter to June', 'date', '2009-Q2', null]]],
  ['PRODUCTIVITY AND COSTS Second Quarter 2019, Preliminary', '2019-08-15', [['Second Quarter 2019', 'date', '2019-Q2', null]]],
  ['Wednesday, October 31, 2007', '2007-10-31', [['October 31, 2007', 'date', '2007-10-31', null]]],
  ['From 2019 to 2020, the prevalence decreased.', '2022-03-18', [['2019 to 2020', 'date', '2019/2020', null]]],
  ['surveyed between July 2014 and June 2015', '2015-12-08', [['July 2014 and June 2015', 'date', '2014-07/2015-06', null]]],
  ['REVISED ESTIMATES: 1976 THROUGH MAY 2015', '2015-08-03', [['1976 THROUGH MAY 2015', 'date', '1976/2015-05', null]]],
  ['at its March 1718, 2015, meeting', '2015-12-16', [['2015', 'date', '2015', null]]]
]

const changes: Array<[string, Row[]]> = [
  // A rate or sum restating a change, in brackets or after `or`.
  [
    'Personal income increased $68.1 billion, or 0.4 percent, in June.',
    [['increased $68.1 billion', 'change', 68_100_000_000, 'USD', 'up'], ['0.4 percent', 'change', 0.4, '%', 'up'], ['June', 'date', '2019-06', null]]
  ],
  ['Adult social care: £16.8 billion, up £668 million (4.1%) compared to 2018-19.', [['£16.8 billion', 'amount', 16_800_000_000, 'GBP'], ['up £668 million', 'change', 668_000_000, 'GBP', 'up'], ['4.1%', 'change', 4.1, '%', 'up'], ['2018-19', 'date', '2018/2019', null]]],
  ['production fell by 1.8% and 1.5% respectively.', [['fell by 1.8%', 'change', 1.8, '%', 'down'], ['1.5%', 'change', 1.5, '%', 'down']]],
  // A comparison after the number, past a bracket (which holds a margin of error, a percent).
  ['This is 7.7 percent (±1.2 percent) above the revised July rate.', [['7.7 percent', 'change', 7.7, '%', 'up'], ['1.2 percent', 'percent', 1.2, '%'], ['July', 'date', '2019-07', null]]],
  ['The deficit was $42 billion lower than projected.', [['$42 billion lower', 'change', 42_000_000_000, 'USD', 'down']]],
  ['July exports were $186.3 billion, $3.4 billion more than June exports.', [['July', 'date', '2019-07', null], ['$186.3 billion', 'amount', 186_300_000_000, 'USD'], ['$3.4 billion more than', 'change', 3_400_000_000, 'USD', 'up'], ['June', 'date', '2019-06', null]]],
  // After a change verb or noun, `X to Y` is the change and the new level, not a range.
  ['Exports of goods increased $3.4 billion to $124.1 billion.', [['increased $3.4 billion', 'change', 3_400_000_000, 'USD', 'up'], ['$124.1 billion', 'amount', 124_100_000_000, 'USD']]],
  ['a decrease in the goods deficit of $5.3 billion to $60.3 billion', [['$5.3 billion', 'change', 5_300_000_000, 'USD', 'down'], ['$60.3 billion', 'amount', 60_300_000_000, 'USD']]],
  ['Sales are expected to rise 2 to 4 percent.', [['rise 2 to 4 percent', 'change', [2, 4], '%', 'up']]],
  // A verb whose object stands before `by`; a change noun after the rate, past a noun.
  ['The budget raises the property tax rate by 3.5 percent.', [['3.5 percent', 'change', 3.5, '%', 'up']]],
  ['approves budget with 3.5 percent property tax rise', [['3.5 percent property tax rise', 'change', 3.5, '%', 'up']]],
  ['reflecting a 2.6-percent increase in output', [['2.6-percent increase', 'change', 2.6, '%', 'up']]],
  ['posted gains of over one percent by noon', [['gains of over one percent', 'change', 1, '%', 'up']]],
  // `up`/`down` before a count after a pause or a linking verb only.
  ['landings there were down 21.7 million pounds from 2003', [['down 21.7 million pounds', 'change', 21_700_000, 'pound', 'down'], ['2003', 'date', '2003', null]]],
  ['It lined up 111 key projects.', [['111 key projects', 'count', 111, 'project']]]
]

const units: Array<[string, Row[]]> = [
  ['a £500m a day loss', [['£500m', 'amount', 500_000_000, 'GBP']]],
  ['sold 180K units', [['180K units', 'count', 180_000, 'unit']]],
  ['costs 25 000 dollars', [['25 000 dollars', 'amount', 25_000, 'USD']]],
  ['Call +1 415 555 0193.', []],
  ['rates rose .6 percent', [['rose .6 percent', 'change', 0.6, '%', 'up']]],
  ['three point five million dollars', [['three point five million dollars', 'amount', 3_500_000, 'USD']]],
  ['production will average 12.4 million barrels per day (b/d) in 2023 and 12.8 million b/d in 2024', [
    ['12.4 million barrels per day', 'count', 12_400_000, 'barrel/day'], ['2023', 'date', '2023', null], ['12.8 million b/d', 'count', 12_800_000, 'barrel/day'], ['2024', 'date', '2024', null]
  ]],
  ['averaging around 4,000 to 4,500 cases per week', [['around 4,000 to 4,500 cases per week', 'count', [4000, 4500], 'case/week']]],
  ['The WHO said over four thousand people have died.', [['over four thousand people', 'count', 4000, 'person']]],
  ['Number of cholera deaths in Zimbabwe surpasses 4,000', [['surpasses 4,000', 'count', 4000, 'death']]],
  ['surveyed around 19,000 Australians', [['around 19,000 Australians', 'count', 19_000, 'Australian']]],
  ['there were 6.3 million adults who were overweight and a further 4.9 million who were obese', [['6.3 million adults', 'count', 6_300_000, 'adult'], ['4.9 million', 'count', 4_900_000, 'adult']]],
  ['In 2020, 19.0% of U.S. adults (47.1 million) used any tobacco product.', [['2020', 'date', '2020', null], ['19.0%', 'percent', 19, '%'], ['47.1 million', 'count', 47_100_000, 'adult']]],
  [
    'Housing units authorized in August were at a rate of 1,419,000. This is 7.7 percent above the July rate of 1,317,000.',
    [['August', 'date', '2019-08', null], ['1,419,000', 'count', 1_419_000, 'unit'], ['7.7 percent above', 'change', 7.7, '%', 'up'], ['July', 'date', '2019-07', null], ['1,317,000', 'count', 1_317_000, 'unit']]
  ],
  ['Nine out of 10 births were to women in these age groups.', [['Nine out of 10', 'ratio', 0.9, null]]],
  ['the deficit is half of the 40-year average', [['half', 'ratio', 0.5, null], ['40-year', 'duration', 40, 'year']]],
  ['increased 2.5 percent over the last four quarters', [['increased 2.5 percent', 'change', 2.5, '%', 'up'], ['four quarters', 'duration', 4, 'quarter']]],
  ['This is the 16th consecutive year that it held the top position.', [['16th consecutive year', 'ordinal', 16, null]]],
  ['This was the fifth year in a row that value increased.', [['fifth year in a row', 'ordinal', 5, null]]]
]

const more: Array<[string, Row[]]> = [
  // The longest approximation wins; ranges with the unit on both sides, or after `between`.
  ['Tickets cost no more than 9 euros.', [['no more than 9 euros', 'amount', 9, 'EUR']]],
  ['a target range of 5.25%-5.50%', [['5.25%-5.50%', 'percent', [5.25, 5.5], '%']]],
  ['Growth of 2% to 4% is expected.', [['Growth of 2% to 4%', 'change', [2, 4], '%', 'up']]],
  ['The band is 2% to 4%.', [['2% to 4%', 'percent', [2, 4], '%']]],
  ['Prices ranged from 95 cents to $1.10.', [['95 cents to $1.10', 'amount', [0.95, 1.1], 'USD']]],
  ['It costs between 30 and 40 dollars.', [['30 and 40 dollars', 'amount', [30, 40], 'USD']]],
  // Fractions, signs, accounts, ISO codes.
  ['the federal funds rate in a target range of 1/4 to 1/2 percent', [['1/4 to 1/2 percent', 'percent', [0.25, 0.5], '%']]],
  ['a target range of 5-1/4 to 5-1/2 percent', [['5-1/4 to 5-1/2 percent', 'percent', [5.25, 5.5], '%']]],
  ['Inflation was -0.3% in May.', [['-0.3%', 'percent', -0.3, '%'], ['May', 'date', '2019-05', null]]],
  ['a net loss of $(45.20) million', [['$(45.20) million', 'amount', -45_200_000, 'USD']]],
  // A count whose noun nothing names is not given; employment counts jobs.
  ['Payroll employment rose by 130,000 in August.', [['rose by 130,000', 'change', 130_000, 'job', 'up'], ['August', 'date', '2019-08', null]]],
  ['Output rose by 130,000 in August.', [['August', 'date', '2019-08', null]]],
  ['There were 1.29 million unemployed people, 25,000 fewer than a year earlier.', [['1.29 million unemployed people', 'count', 1_290_000, 'person'], ['25,000 fewer than', 'change', 25_000, 'person', 'down']]],
  ['led by Ontario (+1.1%) and Quebec (-0.4%), as sales increased', [['+1.1%', 'change', 1.1, '%', 'up'], ['-0.4%', 'change', 0.4, '%', 'down']]],
  ['GDP grew by 0.3% in the three months to June 2019.', [['grew by 0.3%', 'change', 0.3, '%', 'up'], ['the three months to June 2019', 'date', '2019-04/2019-06', null]]],
  ['Earnings rose 4.0% in the year to July.', [['rose 4.0%', 'change', 4, '%', 'up'], ['the year to July', 'date', '2018-08/2019-07', null]]],
  ['The fee is EUR 35, or USD4.50 a day, or 15€.', [['EUR 35', 'amount', 35, 'EUR'], ['USD4.50', 'amount', 4.5, 'USD'], ['15€', 'amount', 15, 'EUR']]],
  // Pounds are money in a British text, a weight elsewhere.
  ['The UK Treasury in London will spend 30 million pounds.', [['30 million pounds', 'amount', 30_000_000, 'GBP']]],
  ['Fishermen unloaded 886.4 million pounds of fish.', [['886.4 million pounds', 'count', 886_400_000, 'pound']]],
  // A move in index points is a change in points; a level, in points or bare, a number.
  ['The Hang Seng Index dropped 296 points, about 1.3%.', [['dropped 296 points', 'change', 296, 'point', 'down'], ['about 1.3%', 'change', 1.3, '%', 'down']]],
  ['The index closed at 16,788 points.', [['16,788 points', 'number', 16_788, 'point']]],
  ['The PMI was 49.2 in May.', [['49.2', 'number', 49.2, null], ['May', 'date', '2019-05', null]]],
  // Ages are counts in years, not lengths of time.
  ['In 2016 the rate was 16 births per 1,000 women aged 15–19 years.', [['2016', 'date', '2016', null], ['16 births per 1,000 women', 'count', 16, 'birth/1000 woman'], ['15–19 years', 'count', [15, 19], 'year']]],
  ['particularly for people under 45 years', [['under 45 years', 'count', 45, 'year']]],
  // Names, phone numbers and times of day.
  ['with the British FTSE 100 index rising 1.3%', [['rising 1.3%', 'change', 1.3, '%', 'up']]],
  ['increased production in the Lower 48 states', []],
  ['Media: Jeannine Aversa (202) 606-2649', []],
  ['Embargoed until 10:45am – 16 May 2017', [['16 May 2017', 'date', '2017-05-16', null]]],
  ['This Week in Petroleum', []],
  ['Outlays grew by $76 billion, or 2.8 percent, from last year.', [['grew by $76 billion', 'change', 76_000_000_000, 'USD', 'up'], ['2.8 percent', 'change', 2.8, '%', 'up']]],
  ['Real GDP increased at a seasonally adjusted annual rate of 2.1 percent.', [['2.1 percent', 'change', 2.1, '%', 'up']]],
  // A level followed by its base is no change.
  ['The rate rose to 5.2 percent, up from 4.8 percent.', [['5.2 percent', 'percent', 5.2, '%'], ['4.8 percent', 'percent', 4.8, '%']]],
  // A number closing a clause after `to`, or restated as a share, counts what an earlier count of the sentence counts.
  ['Officials reported five new measles cases, bringing the outbreak to 47.', [['five new measles cases', 'count', 5, 'case'], ['47', 'count', 47, 'case']]],
  ['The rate fell from 64 to 58.', []],
  ['Wholesale inventories were up 0.2 percent from last month and 6.7 percent from a year ago.', [['up 0.2 percent', 'change', 0.2, '%', 'up'], ['6.7 percent', 'change', 6.7, '%', 'up']]],
  ['The Labour Party won 262 seats, up from 232 in 2015.', [['262 seats', 'count', 262, 'seat'], ['232', 'count', 232, 'seat'], ['2015', 'date', '2015', null]]],
  ['Shares fell as much as 8% in early trading.', [['fell as much as 8%', 'change', 8, '%', 'down']]],
  ['Employment rose, with full-time employment decreasing by 15,200 people.', [['decreasing by 15,200 people', 'change', 15_200, 'person', 'down']]],
  ['Hours worked increased 7.6 million hours (0.4 per cent). Waiting times rose for three years.', [['increased 7.6 million hours', 'change', 7_600_000, 'hour', 'up'], ['0.4 per cent', 'change', 0.4, '%', 'up'], ['three years', 'duration', 3, 'year']]],
  // Places without a ranking verb.
  ['Reedville moved into the number two position.', [['number two position', 'rank', 2, null]]],
  ['Empire-Venice fell to third at 379.0 million pounds.', [['fell to third', 'rank', 3, null], ['379.0 million pounds', 'count', 379_000_000, 'pound']]],
  ['landing the third-highest value spot', [['third-highest', 'rank', 3, null]]]
]

describe('English in real releases', () => {
  it.each(more)('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected)
  })

  it.each(dates)('%s', (text, publishedAt, expected) => {
    expect(facts(text, publishedAt)).toEqual(expected)
  })
  it.each(changes)('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected)
  })
  it.each(units)('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected)
  })
})
