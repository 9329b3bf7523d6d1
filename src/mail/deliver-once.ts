// Sends one planned message at most once, whatever other runs share the ledger and however a run
// ends: the ledger says what is known, the message's claim makes one run the sender, the intent is
// recorded when a connection takes the message, and the outcome once the server answered.
import type { NotificationRecord } from '../contracts/notification.js'
import type { Clock } from '../platform/clock.js'
import type { Logger, SecretMasker } from '../platform/logger.js'
import { plural } from '../platform/markdown.js'
import type { MessageClaims } from './claims.js'
import type { NotificationLedger } from './ledger.js'
import type { PlannedMail } from './plan.js'
import type { SendStatus } from './send-log.js'
import { describeFailure, isAuthenticationFailure, SendFailure, sendWithRetries, UnconfirmedDelivery, type MailTransport, type RetryPolicy } from './transport.js'

/** What became of one message in this run. */
export interface DeliveryOutcome {
  status: SendStatus
  accepted: string[]
  rejected: string[]
  /** The server's (masked) reply to each refused recipient of a message it took for the others. */
  refusals?: Record<string, string>
  response: string | null
  error: string | null
  attempts: number
  emlPath?: string
  /** Set when no further message can succeed (the SMTP password is wrong). */
  fatal?: string
}

export interface DeliverOnceContext {
  /** Write each message as an .eml file instead: no claim, nothing recorded. */
  dryRun: boolean
  ledger: NotificationLedger
  claims: MessageClaims
  transport: MailTransport
  clock: Clock
  logger: Logger
  masker: SecretMasker
  retry: RetryPolicy
  /** When to stop waiting for another run that is sending the same message, as a clock time in ms. */
  waitUntil: number
  /** How long a claim is good for, for a later run on another machine. */
  claimLeaseMs: number
  /** The record the intent starts from, stamped now. */
  intentRecord: (planned: PlannedMail) => NotificationRecord
  /** The `shipgate mail resolve` command for a message, without --sent / --resend. */
  resolveCommand: (planned: PlannedMail) => string
}

const nothing = { accepted: [], rejected: [], response: null, attempts: 0 }

export async function deliverOnce(planned: PlannedMail, context: DeliverOnceContext): Promise<DeliveryOutcome> {
  const { ledger, logger } = context
  const label = `send-mail: ${planned.template} to ${planned.recipient}`
  // Sent is final: no claim is needed to say so.
  const known = await ledger.previous(planned.mail.event, planned.eventKey)
  if (known.state === 'sent') return duplicate(label, known.messageId, logger)
  if (context.dryRun) return known.state === 'unconfirmed' ? unconfirmedEarlier(planned, known.messageId, label, context) : await writeEml(planned, context.transport)
  const attempt = await context.claims.claim(planned.eventKey, planned.mail.messageId, {
    clock: context.clock,
    until: context.waitUntil,
    leaseMs: context.claimLeaseMs,
    onWait: (holder) => logger.info(`${label}: ${holder} is sending it right now; waiting for its outcome`),
  })
  if (attempt.state === 'held') {
    const message = `${attempt.holder} was still sending it when this run stopped waiting; its outcome is not known here: see that run, then run this one again`
    logger.error(`${label}: unconfirmed: ${message}`)
    return { ...nothing, status: 'unconfirmed', error: message }
  }
  const { claim } = attempt
  let outcome: DeliveryOutcome | undefined
  try {
    // Read again with the claim held: another run may have settled it in the meantime.
    const now = await ledger.previous(planned.mail.event, planned.eventKey)
    if (now.state === 'sent') outcome = duplicate(label, now.messageId, logger)
    else if (now.state === 'unconfirmed') outcome = unconfirmedEarlier(planned, now.messageId, label, context)
    else outcome = await sendClaimed(planned, label, context)
    return outcome
  } finally {
    claim.release(context.clock.now().toISOString(), outcome?.status ?? 'abandoned')
  }
}

async function writeEml(planned: PlannedMail, outbox: MailTransport): Promise<DeliveryOutcome> {
  const receipt = await outbox.send(planned.mail)
  return { status: 'dry-run', accepted: receipt.accepted, rejected: [], response: null, error: null, attempts: 0, emlPath: receipt.emlPath }
}

function duplicate(label: string, messageId: string, logger: Logger): DeliveryOutcome {
  logger.info(`${label}: already sent as ${messageId}; not sent again`)
  return { ...nothing, status: 'duplicate', error: null }
}

function unconfirmedEarlier(planned: PlannedMail, messageId: string, label: string, context: DeliverOnceContext): DeliveryOutcome {
  const message =
    `an earlier run handed ${messageId} to the server and recorded no answer; it may have been delivered, so it is not sent again. ` +
    `Check with the relay or the recipient, then: ${context.resolveCommand(planned)} --sent (it arrived) or --resend (the next run sends it)`
  context.logger.error(`${label}: unconfirmed: ${message}`)
  return { ...nothing, status: 'unconfirmed', error: message }
}

async function sendClaimed(planned: PlannedMail, label: string, context: DeliverOnceContext): Promise<DeliveryOutcome> {
  const { ledger, clock, logger, masker } = context
  const intent = context.intentRecord(planned)
  let handedOver = false
  // The ledger, not the claim, says a message was handed over: a claim is only who may send it.
  const onHandover = () => {
    if (handedOver) return
    intent.intentAt = clock.now().toISOString()
    ledger.recordHandover(intent)
    handedOver = true
  }
  const settledAt = () => clock.now().toISOString()
  try {
    const { receipt, attempts } = await sendWithRetries(
      context.transport,
      planned.mail,
      context.retry,
      clock,
      (attempt, error, delayMs) => logger.warning(`${label}: attempt ${attempt} failed (${masker.mask(describeFailure(error))}); retrying in ${delayMs} ms`),
      onHandover,
    )
    const response = masker.mask(receipt.response)
    await ledger.record({ ...intent, state: 'sent', accepted: receipt.accepted, rejected: receipt.rejected, response, attempts, settledAt: settledAt() })
    const refusals = Object.fromEntries(receipt.rejected.map((recipient) => [recipient, masker.mask(receipt.refusals?.[recipient] ?? 'refused by the server')]))
    if (receipt.rejected.length > 0) logger.warning(`send-mail: ${planned.template}: the server refused ${receipt.rejected.map((recipient) => `${recipient} (${refusals[recipient]})`).join(', ')}`)
    return { status: 'sent', accepted: receipt.accepted, rejected: receipt.rejected, refusals, response, error: null, attempts }
  } catch (error) {
    if (!(error instanceof SendFailure)) throw error
    const reason = masker.mask(error.message)
    if (error.failure instanceof UnconfirmedDelivery) {
      // Recorded as unconfirmed: every later run reports it, and sends it only after `mail resolve --resend`.
      await ledger.record({ ...intent, state: 'unconfirmed', error: reason, attempts: error.attempts, settledAt: settledAt() })
      logger.error(
        `${label}: unconfirmed after ${plural(error.attempts, 'attempt')}: ${reason}; not sent again. ` +
          `Check with the relay or the recipient, then: ${context.resolveCommand(planned)} --sent (it arrived) or --resend (the next run sends it)`,
      )
      return { ...nothing, status: 'unconfirmed', error: reason, attempts: error.attempts }
    }
    const response = error.response === null ? null : masker.mask(error.response)
    await ledger.record({ ...intent, state: 'failed', rejected: error.rejected, response, error: reason, attempts: error.attempts, settledAt: settledAt() })
    logger.error(`${label}: not sent after ${plural(error.attempts, 'attempt')}: ${reason}`)
    const fatal = isAuthenticationFailure(error.failure) ? `SMTP authentication failed (${reason}); check smtp-username and smtp-password` : undefined
    return { status: 'failed', accepted: [], rejected: error.rejected, response, error: reason, attempts: error.attempts, fatal }
  }
}
