// The notification record: one per mail event at `.artifacts/notifications/<sha>/<event>.json`,
// the deliver-once ledger of send-mail. Written as an intent (with the Message-ID) when a connection
// takes the message, then settled once the server answered, so a retry after a crash never sends
// the same event twice, and sends what was never handed over.
import { z } from 'zod'
import { commitSha, repositoryName, timestamp } from './common.js'
import type { ContractSpec } from './index.js'

export const NOTIFICATION_SCHEMA = 'shipgate.notification/v1'

/** The file stem of an event: letters, digits, dot, dash, underscore; nothing that leaves the folder. */
export const EVENT_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,127}$/

export const notificationState = z
  .enum(['intent', 'sent', 'failed', 'unconfirmed'])
  .describe(
    'intent: recorded when a connection takes the message (the server accepted the envelope, the body is about to go); ' +
      'sent: the server accepted it; failed: the server refused it or it could not be delivered in time (a later run may send it), ' +
      "or an operator asked for it to be sent again (shipgate mail resolve --resend); unconfirmed: an intent left by a run that stopped before the " +
      "answer was recorded, or a message handed over whole after which the connection dropped or the server's answer never came; " +
      'it may have been delivered, so no run sends it again, and every run fails listing it, until an operator resolves it with shipgate mail resolve.',
  )
export type NotificationState = z.infer<typeof notificationState>

export const notificationRecord = z
  .object({
    schema: z.literal(NOTIFICATION_SCHEMA),
    sha: commitSha,
    repository: repositoryName,
    event: z.string().regex(EVENT_NAME_PATTERN, 'must be a lowercase file stem (letters, digits, . _ -)').describe('The file stem of this record.'),
    eventKey: z.string().min(1).describe('What makes the event unique: by default repository, SHA, template and recipients.'),
    template: z.string().min(1).describe('The built-in template name, or "custom" for template files.'),
    state: notificationState,
    messageId: z.string().regex(/^<[^<>\s]+@[^<>\s]+>$/, 'must be a Message-ID in angle brackets').describe('The Message-ID the message carries.'),
    subject: z.string(),
    from: z.string().min(1),
    recipients: z
      .object({ to: z.array(z.string()), cc: z.array(z.string()), bcc: z.array(z.string()) })
      .strict()
      .describe('The envelope recipients, by header.'),
    accepted: z.array(z.string()).describe('The recipients the server accepted.'),
    rejected: z.array(z.string()).describe('The recipients the server refused.'),
    response: z.string().nullable().describe("The server's last reply, or null before it answered."),
    error: z.string().nullable().describe('Why the send failed, or null.'),
    attempts: z.number().int().nonnegative(),
    intentAt: timestamp.describe('When the intent was recorded: when a connection took the message, before its body was sent.'),
    settledAt: timestamp.nullable().describe('When the outcome was recorded; null while only the intent is known.'),
  })
  .strict()
export type NotificationRecord = z.infer<typeof notificationRecord>

/** Published with the other contracts' schemas; the record is not in the evidence store's registry
 * because its file name is per event, so src/mail keeps its own validated reads and writes. */
export const notificationContract: ContractSpec<typeof notificationRecord> = {
  kind: 'notifications',
  file: '<event>.json',
  id: NOTIFICATION_SCHEMA,
  title: 'Notification record',
  description:
    'One mail event sent by send-mail (release completed or failed, ops alert, delivery ready, a roster recipient): the intent recorded before sending, then what the server answered. The deliver-once ledger.',
  schema: notificationRecord,
  immutable: false,
}
