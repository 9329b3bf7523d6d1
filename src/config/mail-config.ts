// shipgate.yml `mail`: who gets the pipeline's mail and who sends it, so that workflows need not
// repeat it; send-mail's inputs override each key. No secrets here: passwords stay inputs.
import { z } from 'zod'
import { isValidAddress } from '../mail/addresses.js'
import { isTimeZone, PERIODS } from '../mail/period.js'

const address = z.string().refine(isValidAddress, 'must be a mail address such as name@example.com (no display name)')
const senderRule = z
  .string()
  .refine((rule) => (rule.startsWith('@') ? isValidAddress(`x${rule}`) : isValidAddress(rule)), 'must be a mail address or @domain, e.g. @example.com')

export const mailSmtpConfig = z
  .object({
    host: z.string().min(1).optional().describe('The SMTP relay, when the smtp-host input is empty.'),
    port: z.number().int().min(1).max(65535).optional().describe('The SMTP port, when the smtp-port input is empty.'),
    security: z.enum(['starttls', 'tls', 'none']).optional().describe('starttls, tls or none, when the smtp-security input is empty.'),
  })
  .strict()
export type MailSmtpConfig = z.infer<typeof mailSmtpConfig>

export const mailConfig = z
  .object({
    owners: z.array(address).default([]).describe("Who gets release completed/failed mail (and template mail) when the 'to' input is empty."),
    ops: z.array(address).default([]).describe("Who gets ops alerts when the 'ops' input is empty."),
    from: address.optional().describe("The sender, when the 'from' input is empty; must be in allowedFrom."),
    allowedFrom: z.array(senderRule).default([]).describe("The senders allowed (addresses and @domain entries), when the 'allowed-from' input is empty."),
    replyTo: address.optional().describe("The Reply-To address, when the 'reply-to' input is empty."),
    smtp: mailSmtpConfig.default({}).describe('SMTP defaults; the user name and password are inputs (secrets), never config.'),
    roster: z
      .string()
      .min(1)
      .optional()
      .describe("The roster CSV that 'shipgate mail roster' changes when --roster is not given (send-mail's roster input never defaults to it: a roster send is asked for by name)."),
    period: z.enum(PERIODS).optional().describe("A roster send's period (daily or weekly), when the 'period' input is empty; default daily."),
    timeZone: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin or UTC')
      .optional()
      .describe("The time zone of the period and of the date variable, when the 'time-zone' input is empty; default UTC."),
  })
  .strict()
export type MailConfig = z.infer<typeof mailConfig>
