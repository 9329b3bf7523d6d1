// RFC 3339 times read field by field: what exists on the calendar and the clock is read, what does
// not (a 31 November, a 29 February outside leap years, hour 24) is refused with the field named,
// in the auth canary and in `shipgate report --since/--until` alike.
import { describe, expect, it } from '@jest/globals'
import { reportWindow } from '../../src/cli/commands/report.js'
import { parseRfc3339 } from '../../src/platform/rfc3339.js'
import { parseReportedTime } from '../../src/stages/checks/freshness.js'

const iso = (text: string, dateOnly = false) => {
  const reading = parseRfc3339(text, { dateOnly })
  return 'time' in reading ? reading.time.toISOString() : reading.problem
}

describe('parseRfc3339', () => {
  it('reads real dates and times, with offsets, fractions and lower-case t and z', () => {
    expect(iso('2024-02-29T23:59:59Z')).toBe('2024-02-29T23:59:59.000Z')
    expect(iso('2000-02-29T00:00Z')).toBe('2000-02-29T00:00:00.000Z')
    expect(iso('2025-01-02T04:19:00.1234+01:00')).toBe('2025-01-02T03:19:00.123Z')
    expect(iso('2025-12-31t23:30:00-01:30')).toBe('2026-01-01T01:00:00.000Z')
    expect(iso('2025-01-02t03:19:00z')).toBe('2025-01-02T03:19:00.000Z')
    expect(iso('0099-03-01T00:00:00Z')).toBe('0099-03-01T00:00:00.000Z')
    expect(iso('2025-04-30', true)).toBe('2025-04-30T00:00:00.000Z')
  })

  it.each([
    ['2026-11-31T23:00:00Z', 'day 31 does not exist in November 2026 (01 to 30)'],
    ['2025-02-29T00:00:00Z', 'day 29 does not exist in February 2025 (01 to 28)'],
    ['1900-02-29T00:00:00Z', 'day 29 does not exist in February 1900 (01 to 28)'],
    ['2025-01-00T00:00:00Z', 'day 00 does not exist in January 2025 (01 to 31)'],
    ['2025-13-01T00:00:00Z', 'month 13 does not exist (01 to 12)'],
    ['2026-12-03T24:00:00Z', "hour 24 does not exist (00 to 23; midnight is the next day's T00:00)"],
    ['2026-12-03T23:60:00Z', 'minute 60 does not exist (00 to 59)'],
    ['2016-12-31T23:59:60Z', 'second 60 does not exist (00 to 59; leap seconds are not read)'],
    ['2025-01-02T03:19:00+25:00', 'offset +25:00 does not exist (at most ±23:59)'],
    ['2025-01-02T03:19:00', 'not in the form 2025-01-31T12:00:00Z (or with an offset such as +01:00)'],
    ['2025-01-02', 'not in the form 2025-01-31T12:00:00Z (or with an offset such as +01:00)'],
  ])('refuses %s: %s', (text, problem) => {
    expect(parseRfc3339(text)).toEqual({ problem })
    expect(parseReportedTime(text)).toBeUndefined()
  })

  it('refuses an impossible date alone as well', () => {
    expect(iso('2025-02-30', true)).toBe('day 30 does not exist in February 2025 (01 to 28)')
    expect(iso('2025-02-29 ', true)).toBe('not in the form 2025-01-31 or 2025-01-31T12:00:00Z (or with an offset such as +01:00)')
  })
})

describe('shipgate report --since and --until', () => {
  const now = new Date('2026-01-01T00:00:00Z')

  it('refuses a date that does not exist, naming the flag and the field', () => {
    expect(() => reportWindow({ since: '2025-02-30' }, now)).toThrow("--since: '2025-02-30' is not a date or time: day 30 does not exist in February 2025 (01 to 28)")
    expect(() => reportWindow({ until: '2025-02-29' }, now)).toThrow("--until: '2025-02-29' is not a date or time: day 29 does not exist in February 2025 (01 to 28)")
    expect(() => reportWindow({ until: '2025-12-03T24:00:00Z' }, now)).toThrow("--until: '2025-12-03T24:00:00Z' is not a date or time: hour 24 does not exist")
  })

  it('reads a date as its midnight UTC and an RFC 3339 time as written', () => {
    expect(reportWindow({ since: '2024-02-29', until: '2025-03-01T12:00:00+02:00' }, now)).toEqual({
      since: new Date('2024-02-29T00:00:00Z'),
      until: new Date('2025-03-01T10:00:00Z'),
    })
  })
})
