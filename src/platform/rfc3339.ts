// RFC 3339 times as people and reporters write them, read field by field: a date that does not
// exist (2026-11-31, 2025-02-29, T24:00) is refused with the field named, where `new Date` would
// roll it over into the next day or month.

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|([+-])(\d{2}):(\d{2})))?$/
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export type Rfc3339Reading = { time: Date } | { problem: string }

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/**
 * An RFC 3339 date-time with its offset (seconds and a fraction optional), or with `dateOnly` also
 * a date alone, read as its midnight UTC. Every field must exist on the calendar and the clock.
 */
export function parseRfc3339(text: string, options: { dateOnly?: boolean } = {}): Rfc3339Reading {
  const fields = DATE_TIME.exec(text)
  if (!fields || (fields[4] === undefined && !options.dateOnly)) {
    return { problem: `not in the form ${options.dateOnly ? '2025-01-31 or ' : ''}2025-01-31T12:00:00Z (or with an offset such as +01:00)` }
  }
  const [year, month, day, hour = 0, minute = 0, second = 0] = fields.slice(1, 7).map((field) => (field === undefined ? undefined : Number(field))) as number[]
  const [, , , , , , , fraction, , sign, offsetHour, offsetMinute] = fields
  if (month! < 1 || month! > 12) return { problem: `month ${fields[2]} does not exist (01 to 12)` }
  const days = daysInMonth(year!, month!)
  if (day! < 1 || day! > days) return { problem: `day ${fields[3]} does not exist in ${MONTHS[month! - 1]} ${fields[1]} (01 to ${days})` }
  if (hour > 23) return { problem: `hour ${fields[4]} does not exist (00 to 23; midnight is the next day's T00:00)` }
  if (minute > 59) return { problem: `minute ${fields[5]} does not exist (00 to 59)` }
  if (second > 59) return { problem: `second ${fields[6]} does not exist (00 to 59; leap seconds are not read)` }
  if (sign !== undefined && (Number(offsetHour) > 23 || Number(offsetMinute) > 59)) return { problem: `offset ${sign}${offsetHour}:${offsetMinute} does not exist (at most ±23:59)` }
  const utc = new Date(0)
  utc.setUTCFullYear(year!, month! - 1, day!)
  utc.setUTCHours(hour, minute, second, fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0)
  const offsetMs = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHour) * 60 + Number(offsetMinute)) * 60_000
  return { time: new Date(utc.getTime() - offsetMs) }
}
