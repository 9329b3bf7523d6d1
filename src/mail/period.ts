// The period a digest belongs to: a local date or an ISO week in a time zone. A roster send's event
// key carries it instead of the SHA, so each period gets one digest whatever the commit.
export const PERIODS = ['daily', 'weekly'] as const
export type Period = (typeof PERIODS)[number]

export interface SendPeriod {
  period: Period
  timeZone: string
  /** `daily:2025-01-02` or `weekly:2025-W01`. */
  key: string
  /** The run's local date in the time zone, YYYY-MM-DD (the `date` template variable). */
  date: string
}

const DAY_MS = 24 * 60 * 60 * 1000
const PERIOD_MS: Record<Period, number> = { daily: DAY_MS, weekly: 7 * DAY_MS }

/** Whether Intl knows the zone (an IANA name such as Europe/Berlin, or UTC). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** The calendar date of an instant in a time zone. */
export function localDate(now: Date, timeZone: string): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((each) => each.type === type)!.value)
  return { year: part('year'), month: part('month'), day: part('day') }
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** The ISO 8601 week of a calendar date: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(date: { year: number; month: number; day: number }): { year: number; week: number } {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day))
  const weekday = day.getUTCDay() || 7
  // The Thursday of the same week decides the week's year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const year = day.getUTCFullYear()
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7)
  return { year, week }
}

export function sendPeriod(now: Date, period: Period, timeZone: string): SendPeriod {
  const local = localDate(now, timeZone)
  const date = `${local.year}-${pad(local.month)}-${pad(local.day)}`
  if (period === 'daily') return { period, timeZone, key: `daily:${date}`, date }
  const week = isoWeek(local)
  return { period, timeZone, key: `weekly:${week.year}-W${pad(week.week)}`, date }
}

/** How far back "the last period" reaches when no earlier digest of the series was sent. */
export function periodLengthMs(period: Period): number {
  return PERIOD_MS[period]
}
