import {describe, expect, it} from 'vitest'
import {calendarDay, dateBounds} from '../../../src/report/tables/date-bounds.js'

describe('dateBounds', () => {
  // [ISO 8601 value of a date fact, first day, last day, granularity]
  const cases: Array<[string, string, string, string]> = [
    ['2023', '2023-01-01', '2023-12-31', 'year'],
    ['2024-H1', '2024-01-01', '2024-06-30', 'half'],
    ['2023-H2', '2023-07-01', '2023-12-31', 'half'],
    ['2023-Q1', '2023-01-01', '2023-03-31', 'quarter'],
    ['2023-Q4', '2023-10-01', '2023-12-31', 'quarter'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month'],
    ['2023-W01', '2023-01-02', '2023-01-08', 'week'],
    ['2020-W53', '2020-12-28', '2021-01-03', 'week'],
    ['2023-05-04', '2023-05-04', '2023-05-04', 'day'],
    ['2023-01/2023-09', '2023-01-01', '2023-09-30', 'month'],
    ['2023-Q1/2023-Q3', '2023-01-01', '2023-09-30', 'quarter'],
    ['2023-04-29/2023-05-03', '2023-04-29', '2023-05-03', 'day'],
    ['2022-12/2023-02-15', '2022-12-01', '2023-02-15', 'day'],
    ['2023/24', '2023-01-01', '2024-12-31', 'year']
  ]
  it.each(cases)('%s covers %s to %s by %s', (value, start, end, granularity) => {
    expect(dateBounds(value)).toEqual({start, end, granularity})
  })

  it('has no bounds for unresolved digits, another calendar, a day that does not exist or an interval that runs backwards', () => {
    for (const value of ['XXXX-12', 'XXXX', 'XXXX-XX-XX/XXXX-XX-XX', 'FY2023', '2023-02-30', '2023-13', '2023-09/2023-01', '']) expect(dateBounds(value), value).toBeNull()
  })
})

describe('calendarDay', () => {
  it('is the day of a publication date or date-time, and null for anything else', () => {
    expect(calendarDay('2023-02-20')).toBe('2023-02-20')
    expect(calendarDay('2023-07-20T08:00:00+08:00')).toBe('2023-07-20')
    expect(calendarDay('2023-02')).toBeNull()
    expect(calendarDay('next tuesday')).toBeNull()
    expect(calendarDay(null)).toBeNull()
  })
})
