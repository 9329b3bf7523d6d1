// Periods of digests (the daily and weekly keys, time zones) and the variables a template uses.
import { isoWeek, isTimeZone, sendPeriod } from '../../src/mail/period.js'
import { variablesUsed } from '../../src/mail/templates.js'

describe('sendPeriod', () => {
  test('daily is the local date in the zone', () => {
    expect(sendPeriod(new Date('2025-03-10T23:30:00Z'), 'daily', 'UTC')).toEqual({ period: 'daily', timeZone: 'UTC', key: 'daily:2025-03-10', date: '2025-03-10' })
    expect(sendPeriod(new Date('2025-03-10T23:30:00Z'), 'daily', 'Asia/Tokyo').key).toBe('daily:2025-03-11')
    expect(sendPeriod(new Date('2025-03-10T03:00:00Z'), 'daily', 'America/Los_Angeles').key).toBe('daily:2025-03-09')
  })

  test('weekly is the ISO week, whose year can differ from the calendar year', () => {
    expect(sendPeriod(new Date('2024-12-30T12:00:00Z'), 'weekly', 'UTC').key).toBe('weekly:2025-W01')
    expect(sendPeriod(new Date('2021-01-03T12:00:00Z'), 'weekly', 'UTC').key).toBe('weekly:2020-W53')
    expect(sendPeriod(new Date('2025-03-10T00:00:00Z'), 'weekly', 'UTC').key).toBe('weekly:2025-W11')
    // Sunday 23:30 UTC is Monday in Tokyo: the next week there.
    expect(sendPeriod(new Date('2025-03-09T23:30:00Z'), 'weekly', 'UTC').key).toBe('weekly:2025-W10')
    expect(sendPeriod(new Date('2025-03-09T23:30:00Z'), 'weekly', 'Asia/Tokyo').key).toBe('weekly:2025-W11')
    expect(isoWeek({ year: 2026, month: 12, day: 31 })).toEqual({ year: 2026, week: 53 })
  })

  test('around the turn of the year the ISO week keeps its year: 2026-W53 runs to Sunday 3 January 2027; 2020 had a week 53', () => {
    const week = (iso: string, zone = 'UTC') => sendPeriod(new Date(iso), 'weekly', zone).key
    expect(week('2026-12-31T12:00:00Z')).toBe('weekly:2026-W53')
    expect(week('2027-01-01T12:00:00Z')).toBe('weekly:2026-W53')
    expect(week('2027-01-03T23:59:59Z')).toBe('weekly:2026-W53')
    expect(week('2027-01-04T00:00:00Z')).toBe('weekly:2027-W01')
    expect(week('2020-12-31T12:00:00Z')).toBe('weekly:2020-W53')
    expect(week('2021-01-01T00:00:00Z')).toBe('weekly:2020-W53')
    // 31 December 2026, 23:30 UTC is already 1 January 2027 on Kiritimati (UTC+14): the daily key says so, the week does not change.
    expect(sendPeriod(new Date('2026-12-31T23:30:00Z'), 'daily', 'Pacific/Kiritimati').key).toBe('daily:2027-01-01')
    expect(week('2026-12-31T23:30:00Z', 'Pacific/Kiritimati')).toBe('weekly:2026-W53')
  })

  test('on the days the clocks change, the local date changes at local midnight, not at a fixed UTC hour', () => {
    const day = (iso: string, zone: string) => sendPeriod(new Date(iso), 'daily', zone).key
    // Berlin springs forward on 30 March 2025 (UTC+1 -> UTC+2): midnight of the 31st is 22:00 UTC.
    expect(day('2025-03-30T21:59:00Z', 'Europe/Berlin')).toBe('daily:2025-03-30')
    expect(day('2025-03-30T22:00:00Z', 'Europe/Berlin')).toBe('daily:2025-03-31')
    // and falls back on 26 October 2025 (UTC+2 -> UTC+1): midnight of the 27th is 23:00 UTC.
    expect(day('2025-10-26T22:59:00Z', 'Europe/Berlin')).toBe('daily:2025-10-26')
    expect(day('2025-10-26T23:00:00Z', 'Europe/Berlin')).toBe('daily:2025-10-27')
    // New York's 2 November 2025 has 25 hours: 01:30 comes twice, both the 2nd.
    expect(day('2025-11-02T05:30:00Z', 'America/New_York')).toBe('daily:2025-11-02')
    expect(day('2025-11-02T06:30:00Z', 'America/New_York')).toBe('daily:2025-11-02')
    expect(day('2025-11-03T04:59:00Z', 'America/New_York')).toBe('daily:2025-11-02')
  })

  test('time zones are IANA names Intl knows', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true)
    expect(isTimeZone('UTC')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
    expect(isTimeZone('')).toBe(false)
    expect(isTimeZone(' UTC')).toBe(false)
  })
})

describe('variablesUsed', () => {
  const names = (source: string) => variablesUsed(source).map((use) => `${use.helper ?? ''}:${use.path.join('.')}`)

  test('block arguments are top-level variables; what is inside each/with belongs to the item', () => {
    expect(names('{{#each items}}{{title}} {{this}} {{@index}} {{this.owner}}{{/each}}')).toEqual(['each:items'])
    expect(names('{{#with release}}{{sha}}{{../repo}}{{@root.date}}{{/with}}')).toEqual(['with:release', ':repo', ':date'])
    expect(names('{{#if a.b}}{{c}}{{else}}{{d}}{{/if}}{{#unless e}}{{/unless}}')).toEqual(['if:a.b', ':c', ':d', 'unless:e'])
    expect(names('{{#each rows}}{{#each cells}}{{../../title}}{{../x}}{{/each}}{{/each}}')).toEqual(['each:rows', ':title'])
    expect(names('{{#each items}}{{else}}{{empty}}{{/each}}')).toEqual(['each:items', ':empty'])
    expect(names('{{#section}}{{inner}}{{/section}}{{lookup map key}}')).toEqual([':section', 'lookup:map', 'lookup:key'])
  })

  test('lines and columns are where the variable is written', () => {
    expect(variablesUsed('a\n  {{#each items}}{{/each}}')[0]).toMatchObject({ line: 2, column: 11 })
  })
})
