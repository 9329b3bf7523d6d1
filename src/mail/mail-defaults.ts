// Who gets the mail and how it leaves: send-mail's inputs first, then shipgate.yml's `mail`
// section for whatever the inputs leave empty, then the built-in defaults.
import type { MailConfig } from '../config/mail-config.js'
import type { Period } from './period.js'
import type { SmtpSecurity } from './transport.js'

export interface MailAddressing {
  to: string[]
  ops: string[]
  from?: string
  allowedFrom: string[]
  replyTo?: string
  smtpHost?: string
  smtpPort?: number
  smtpSecurity?: SmtpSecurity
  period?: Period
  timeZone?: string
}

export type ResolvedMailAddressing = MailAddressing & { smtpSecurity: SmtpSecurity; timeZone: string }

const orConfig = <T>(given: T[], configured: T[]): T[] => (given.length > 0 ? given : configured)

/** A roster send writes to the roster, never to the configured owners, and has a period (daily unless set). */
export function withMailConfig(given: MailAddressing, config: MailConfig, options: { rosterSend: boolean }): ResolvedMailAddressing {
  return {
    to: options.rosterSend ? given.to : orConfig(given.to, config.owners),
    ops: orConfig(given.ops, config.ops),
    from: given.from ?? config.from,
    allowedFrom: orConfig(given.allowedFrom, config.allowedFrom),
    replyTo: given.replyTo ?? config.replyTo,
    smtpHost: given.smtpHost ?? config.smtp.host,
    smtpPort: given.smtpPort ?? config.smtp.port,
    smtpSecurity: given.smtpSecurity ?? config.smtp.security ?? 'starttls',
    period: options.rosterSend ? (given.period ?? config.period ?? 'daily') : given.period,
    timeZone: given.timeZone ?? config.timeZone ?? 'UTC',
  }
}
