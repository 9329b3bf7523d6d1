// The send-mail stage: plan and render every message, then preview, write .eml files (dry run) or
// send over SMTP, once per event (deliver-once.ts: the ledger, the message's claim across runs), and
// every outcome goes to the JSONL send log.
import { join } from 'node:path'
import { NOTIFICATION_SCHEMA, type NotificationRecord } from '../contracts/notification.js'
import { ConfigurationError } from '../errors.js'
import type { EvidenceStore } from '../evidence/store.js'
import type { Clock } from '../platform/clock.js'
import { SecretMasker, smtpCredentialForms, type Logger } from '../platform/logger.js'
import { distinctRecipients } from './addresses.js'
import { MessageClaims } from './claims.js'
import { deliverOnce, type DeliverOnceContext, type DeliveryOutcome } from './deliver-once.js'
import { claimsFolderOf, DEFAULT_JOURNAL, NotificationLedger, notificationsFolder } from './ledger.js'
import { planMail, type MailRequest, type PlannedMail } from './plan.js'
import { writePreview } from './preview.js'
import { SendLog, type SendStatus } from './send-log.js'
import {
  createOutboxTransport,
  createSmtpTransport,
  defaultPortFor,
  type MailTransport,
  type SmtpSecurity,
  type SmtpSettings,
} from './transport.js'
import { plural } from '../platform/markdown.js'

export type RunStatus = 'sent' | 'skipped' | 'duplicate' | 'failed' | 'dry-run'

export interface SendMailRequest extends MailRequest {
  artifactsDir: string
  enabled: boolean
  /** Undefined: a dry run for roster sends, a live send otherwise. */
  dryRun?: boolean
  outbox: string
  sendLog: string
  /** The ledger journal a scheduled run carries between runs. */
  ledger?: string
  previewDir?: string
  smtp: {
    host?: string
    port?: number
    security: SmtpSecurity
    username?: string
    password?: string
    timeoutMs: number
    caFile?: string
  }
  /** How long transient failures are retried, from the start of the run. */
  retryDeadlineMs: number
}

export interface SendMailPorts {
  store: EvidenceStore
  logger: Logger
  clock: Clock
  /** Opens the SMTP connection (or pool); nodemailer by default. */
  openSmtp?: (settings: SmtpSettings) => Promise<MailTransport>
}

export interface MessageOutcome extends Omit<DeliveryOutcome, 'fatal'> {
  event: string
  template: string
  recipient: string
  messageId: string
}

export interface SendMailResult {
  status: RunStatus
  /** Why the run was skipped or failed. */
  reason?: string
  outcomes: MessageOutcome[]
  counts: Record<SendStatus, number>
  rosterSend: boolean
  previewPaths: string[]
  sendLog?: string
}

const RETRY_FIRST_DELAY_MS = 250
const RETRY_MAX_DELAY_MS = 8000
const ROSTER_CONNECTIONS = 8
/** A claim made here is taken for abandoned by a run on another machine after the retry deadline and this many SMTP timeouts. */
const CLAIM_LEASE_TIMEOUTS = 10
/** How many failed recipients the run's reason names with their server replies. */
const SHOWN_FAILURES = 3

function emptyCounts(): Record<SendStatus, number> {
  return { sent: 0, failed: 0, unconfirmed: 0, duplicate: 0, skipped: 0, 'dry-run': 0 }
}

// An unconfirmed message is not known to be sent: the run fails, so that someone checks.
function runStatus(counts: Record<SendStatus, number>, dryRun: boolean): RunStatus {
  if (counts.failed > 0 || counts.unconfirmed > 0) return 'failed'
  if (counts.sent > 0) return 'sent'
  if (dryRun && counts['dry-run'] > 0) return 'dry-run'
  if (counts.duplicate > 0) return 'duplicate'
  return 'skipped'
}

/** The record of a message as its intent, before the server answered. */
function intentRecord(request: SendMailRequest, planned: PlannedMail, clock: Clock): NotificationRecord {
  return {
    schema: NOTIFICATION_SCHEMA,
    sha: request.sha,
    repository: request.repository,
    event: planned.mail.event,
    eventKey: planned.eventKey,
    template: planned.template,
    state: 'intent',
    messageId: planned.mail.messageId,
    subject: planned.mail.subject,
    from: planned.mail.from,
    recipients: { to: planned.mail.to, cc: planned.mail.cc, bcc: planned.mail.bcc },
    accepted: [],
    rejected: [],
    response: null,
    error: null,
    attempts: 0,
    intentAt: clock.now().toISOString(),
    settledAt: null,
  }
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`
}

/** What an operator runs to settle an unconfirmed message, as this run found it (add --sent or --resend). */
function resolveCommand(request: SendMailRequest, planned: PlannedMail): string {
  const where = request.ledger ? ['--ledger', request.ledger] : ['--artifacts-dir', request.artifactsDir]
  return ['shipgate', 'mail', 'resolve', planned.mail.event, planned.recipient, '--sha', request.sha, ...where].map(shellWord).join(' ')
}

/** The reason of a run with enabled: false, the one skip that is asked for. */
export const SENDING_DISABLED = 'email sending disabled'

export async function sendMail(request: SendMailRequest, ports: SendMailPorts): Promise<SendMailResult> {
  const { logger, clock } = ports
  if (!request.enabled) {
    logger.info('send-mail: email sending disabled (enabled: false); nothing sent')
    return { status: 'skipped', reason: SENDING_DISABLED, outcomes: [], counts: emptyCounts(), rosterSend: Boolean(request.roster), previewPaths: [] }
  }
  const startedAt = clock.now().getTime()
  const masker = new SecretMasker()
  // A relay may echo what AUTH sent (base64 of user and password) in its reply: mask that too.
  for (const credential of request.smtp.password ? smtpCredentialForms(request.smtp.username, request.smtp.password) : []) {
    masker.add(credential)
    logger.secret(credential)
  }

  // The same people listed twice (in another case, or in to and cc) are one event and one message.
  const distinct = { ...distinctRecipients(request), ops: distinctRecipients({ to: request.ops, cc: [], bcc: [] }).to }
  // A message that would carry any of the run's secrets is refused here, before anything is written.
  const plan = await planMail({ ...request, ...distinct }, ports.store, clock.now().toISOString().slice(0, 10), logger)
  for (const skipped of plan.skipped ?? []) logger.info(`send-mail: ${skipped.recipient}: skipped, ${skipped.reason}`)
  if (request.previewDir) {
    const previewPaths: string[] = []
    const recipients = plan.mails.map((mail) => mail.recipient)
    const shown = plan.rosterSend ? plan.mails.slice(0, 1) : plan.mails
    for (const mail of shown) {
      const folder = shown.length > 1 ? join(request.previewDir, mail.template) : request.previewDir
      previewPaths.push(...(await writePreview(folder, mail, plan.rosterSend ? recipients : [mail.recipient], logger)))
    }
    logger.info(`send-mail: preview of ${plural(shown.length, 'message')} for ${plural(recipients.length, 'recipient')} written to ${request.previewDir}`)
    return { status: 'dry-run', reason: plan.emptyReason, outcomes: [], counts: emptyCounts(), rosterSend: plan.rosterSend, previewPaths }
  }
  if (plan.mails.length === 0) {
    logger.info(`send-mail: ${plan.emptyReason}`)
    return { status: 'skipped', reason: plan.emptyReason, outcomes: [], counts: emptyCounts(), rosterSend: plan.rosterSend, previewPaths: [] }
  }

  const dryRun = request.dryRun ?? plan.rosterSend
  let transport: MailTransport
  if (dryRun) {
    transport = await createOutboxTransport(request.outbox)
  } else {
    if (!request.smtp.host) {
      throw new ConfigurationError("input 'smtp-host': required to send mail (email is enabled); set smtp-host, or dry-run: true to write .eml files, or enabled: false")
    }
    const settings: SmtpSettings = {
      host: request.smtp.host,
      port: request.smtp.port ?? defaultPortFor[request.smtp.security],
      security: request.smtp.security,
      username: request.smtp.username,
      password: request.smtp.password,
      timeoutMs: request.smtp.timeoutMs,
      caFile: request.smtp.caFile,
      pool: plan.rosterSend,
      maxConnections: ROSTER_CONNECTIONS,
    }
    transport = await (ports.openSmtp ?? createSmtpTransport)(settings)
  }

  const recordsFolder = notificationsFolder(request.artifactsDir, request.sha)
  const journalPath = request.ledger ?? join(recordsFolder, DEFAULT_JOURNAL)
  const ledger = await NotificationLedger.open(recordsFolder, journalPath, (message) => logger.warning(`send-mail: ${message}`, { file: journalPath }))
  const sendLog = new SendLog(request.sendLog, masker)
  const outcomes: MessageOutcome[] = new Array<MessageOutcome>(plan.mails.length)
  const counts = emptyCounts()
  counts.skipped = plan.skipped?.length ?? 0
  let fatal: string | undefined

  const settle = (index: number, planned: PlannedMail, { fatal: _fatal, ...outcome }: DeliveryOutcome) => {
    const full: MessageOutcome = { event: planned.mail.event, template: planned.template, recipient: planned.recipient, messageId: planned.mail.messageId, ...outcome }
    outcomes[index] = full
    counts[full.status]++
    // One event per recipient: a message the server took for some and refused for others is
    // mail_sent for each taken and mail_failed, with the server's reply, for each refused.
    const fields = { sha: request.sha, template: full.template, event_key: planned.eventKey, message_id: full.messageId, attempts: full.attempts }
    if (full.status === 'sent') {
      for (const recipient of full.accepted) logger.event('mail_sent', { ...fields, status: 'sent', recipient })
      for (const recipient of full.rejected) logger.event('mail_failed', { ...fields, status: 'failed', recipient, reason: full.refusals?.[recipient] ?? 'refused by the server' })
    } else if (full.status === 'failed' || full.status === 'unconfirmed') {
      for (const recipient of full.recipient.split(',')) logger.event('mail_failed', { ...fields, status: full.status, recipient: recipient.trim(), reason: full.error ?? undefined })
    }
    sendLog.append({
      time: clock.now().toISOString(),
      event: full.event,
      template: full.template,
      recipient: full.recipient,
      status: full.status,
      response: full.response,
      messageId: full.messageId,
      error: full.error,
      attempts: full.attempts,
      ...(full.emlPath ? { emlPath: full.emlPath } : {}),
    })
  }

  const once: DeliverOnceContext = {
    dryRun,
    ledger,
    claims: new MessageClaims(claimsFolderOf(journalPath)),
    transport,
    clock,
    logger,
    masker,
    retry: { deadline: startedAt + request.retryDeadlineMs, firstDelayMs: RETRY_FIRST_DELAY_MS, maxDelayMs: RETRY_MAX_DELAY_MS },
    // Another run's last attempt may start at its retry deadline and take a few SMTP timeouts.
    waitUntil: startedAt + request.retryDeadlineMs + 2 * request.smtp.timeoutMs,
    claimLeaseMs: request.retryDeadlineMs + CLAIM_LEASE_TIMEOUTS * request.smtp.timeoutMs,
    intentRecord: (planned) => intentRecord(request, planned, clock),
    resolveCommand: (planned) => resolveCommand(request, planned),
  }
  const deliver = async (index: number, planned: PlannedMail) => {
    const outcome = await deliverOnce(planned, once)
    settle(index, planned, outcome)
    if (outcome.fatal) fatal = outcome.fatal
  }

  try {
    // A roster send keeps the pool busy with a few messages in flight per connection.
    const workers = plan.rosterSend && !dryRun ? ROSTER_CONNECTIONS * 2 : plan.rosterSend ? 8 : 1
    let next = 0
    await Promise.all(
      Array.from({ length: Math.min(workers, plan.mails.length) }, async () => {
        while (fatal === undefined && next < plan.mails.length) {
          const index = next++
          await deliver(index, plan.mails[index]!)
        }
      }),
    )
  } finally {
    transport.close()
    ledger.close()
    sendLog.close()
  }

  const attempted = outcomes.filter((outcome) => outcome !== undefined)
  const notAttempted = plan.mails.length - attempted.length
  const summary = Object.entries(counts).filter(([, count]) => count > 0).map(([status, count]) => `${count} ${status}`).join(', ')
  logger.info(`send-mail: ${summary}${notAttempted ? `, ${notAttempted} not attempted` : ''}${plan.inactive ? ` (${plan.inactive} inactive on the roster)` : ''}`)
  const status = fatal ? 'failed' : runStatus(counts, dryRun)
  // The server's reply is the reason an operator acts on; the send log has the rest of a long list.
  const failures = attempted.filter((outcome) => outcome.status === 'failed')
  const failureReplies = failures.slice(0, SHOWN_FAILURES).map((outcome) => `${outcome.recipient}: ${outcome.error ?? outcome.response ?? 'not sent'}`)
  const problems = [
    ...(failures.length > 0
      ? [`${plural(failures.length, 'message')} not sent: ${failureReplies.join('; ')}${failures.length > SHOWN_FAILURES ? `; ${failures.length - SHOWN_FAILURES} more in ${request.sendLog}` : ''}`]
      : []),
    ...(counts.unconfirmed > 0
      ? [`${plural(counts.unconfirmed, 'message')} unconfirmed: handed to the server but no answer came, so they may have been delivered and are not sent again until resolved with shipgate mail resolve (the command is in the log)`]
      : []),
  ]
  const reason = fatal ?? (problems.length > 0 ? problems.join('; ') : undefined)
  return { status, reason: reason && notAttempted ? `${reason}; ${plural(notAttempted, 'message')} not attempted` : reason, outcomes: attempted, counts, rosterSend: plan.rosterSend, previewPaths: [], sendLog: request.sendLog }
}
