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

  test('time zones are IANA names Intl knows', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true)
    expect(isTimeZone('UTC')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
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
