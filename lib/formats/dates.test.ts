import { describe, expect, it } from 'vitest'
import { dateOnly, dateTime, formatDate, parseHugoDate } from './dates'

describe('parseHugoDate', () => {
  it('keeps the author’s offset and normalises the forms Hugo accepts', () => {
    expect(parseHugoDate('2025-12-20T20:00:08+08:00')).toBe('2025-12-20T20:00:08+08:00')
    expect(parseHugoDate('2025-12-31')).toBe('2025-12-31T00:00:00+00:00')
    expect(parseHugoDate('2025-12-31T10:30')).toBe('2025-12-31T10:30:00+00:00')
    expect(parseHugoDate('2025-12-31 10:30:05')).toBe('2025-12-31T10:30:05+00:00')
    expect(parseHugoDate('2025-12-31T10:30:05.123Z')).toBe('2025-12-31T10:30:05+00:00')
    expect(parseHugoDate('2025-12-31 10:30:05 -0500')).toBe('2025-12-31T10:30:05-05:00')
    expect(parseHugoDate(new Date(Date.UTC(2025, 0, 2, 3, 4, 5)))).toBe('2025-01-02T03:04:05+00:00')
  })

  it('refuses what is not a calendar date', () => {
    for (const value of ['31/12/2025', '2025-13-01', '2025-02-29', '2025-1-1', 'yesterday', '', 42, null]) {
      expect(parseHugoDate(value)).toBeUndefined()
    }
    expect(parseHugoDate('2024-02-29')).toBe('2024-02-29T00:00:00+00:00')
  })
})

describe('formatDate', () => {
  it('formats Go reference layouts on the author’s own calendar day', () => {
    expect(formatDate('2025-12-22T04:08:38+08:00', '2006年1月2日')).toBe('2025年12月22日')
    expect(formatDate('2025-12-31T00:00:00+00:00', '2006年1月2日')).toBe('2025年12月31日')
    expect(formatDate('2025-03-05T09:07:00+00:00', 'January 2, 2006')).toBe('March 5, 2025')
    expect(formatDate('2025-03-05T09:07:00+00:00', '2006-01-02 15:04')).toBe('2025-03-05 09:07')
    expect(formatDate('2025-03-05T21:07:00+00:00', 'Mon Jan 2 3:04PM')).toBe('Wed Mar 5 9:07PM')
  })

  it('gives the day for <time datetime> and a comparable instant', () => {
    expect(dateOnly('2025-12-22T04:08:38+08:00')).toBe('2025-12-22')
    expect(dateTime('2025-12-22T04:08:38+08:00')).toBe(Date.UTC(2025, 11, 21, 20, 8, 38))
  })
})
