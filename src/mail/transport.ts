// How a message leaves: SMTP through nodemailer (loaded only when a message is really sent), or the
// dry-run outbox that writes each message as an .eml file. Both behind one MailTransport port,
// with the retry policy for transient SMTP failures (4xx replies; dropped connections and timeouts
// before the whole message was handed over, never after: the relay may already have queued it).
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { NodemailerError } from 'nodemailer/lib/errors'
import { ConfigurationError } from '../errors.js'
import { writeFileAtomic } from '../evidence/local-store.js'
import type { Clock } from '../platform/clock.js'

export interface OutgoingMail {
  /** The event this message belongs to; also the .eml file name in the outbox. */
  event: string
  from: string
  replyTo?: string
  to: string[]
  cc: string[]
  bcc: string[]
  subject: string
  text?: string
  html?: string
  messageId: string
}

export interface SendReceipt {
  messageId: string
  accepted: string[]
  rejected: string[]
  /** The server's reply to each refused recipient, when it refused some and took the message for the others. */
  refusals?: Record<string, string>
  response: string
  /** The .eml file a dry run wrote. */
  emlPath?: string
}

export interface MailTransport {
  /**
   * onHandover runs (synchronously) when a connection takes the message: the server accepted the
   * envelope and the body starts to stream. Not before: a message queued for a pooled connection,
   * or refused at the envelope, never reached the server. A throw aborts the message.
   */
  send(mail: OutgoingMail, onHandover?: () => void): Promise<SendReceipt>
  close(): void
}

export type SmtpSecurity = 'starttls' | 'tls' | 'none'

export interface SmtpSettings {
  host: string
  port: number
  security: SmtpSecurity
  username?: string
  password?: string
  /** Connection, greeting and idle-socket timeout. */
  timeoutMs: number
  /** Extra CA certificates (PEM file) to trust, for a relay with a private CA. */
  caFile?: string
  /** Reuse connections: for roster sends. */
  pool: boolean
  maxConnections?: number
}

export const defaultPortFor: Record<SmtpSecurity, number> = { starttls: 587, tls: 465, none: 25 }

function nodemailerMessage(mail: OutgoingMail) {
  return {
    from: mail.from,
    replyTo: mail.replyTo,
    to: mail.to,
    cc: mail.cc,
    bcc: mail.bcc,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: { 'X-Shipgate-Event': mail.event },
  }
}

type NodemailerModule = typeof import('nodemailer')

// nodemailer costs start-up time: load it only on the path that sends or writes a message.
async function loadNodemailer(): Promise<NodemailerModule> {
  return await import('nodemailer')
}

/**
 * The whole message went to the server, and then the connection dropped or the answer never came
 * (nodemailer reports both with command 'CONN', as it does before the envelope, so the client tracks
 * the body itself). The relay may have queued the message: it is not sent again.
 */
export class UnconfirmedDelivery extends Error {
  constructor(readonly failure: unknown) {
    super(`${describeFailure(failure)} after the whole message was handed to the server; it may have been delivered`)
    this.name = 'UnconfirmedDelivery'
  }
}

export async function createSmtpTransport(settings: SmtpSettings): Promise<MailTransport> {
  const { createTransport } = await loadNodemailer()
  const ca = settings.caFile ? await readFile(settings.caFile, 'utf8').catch((error: Error) => {
    throw new ConfigurationError(`input 'smtp-ca': cannot read ${settings.caFile} (${error.message})`, { file: settings.caFile })
  }) : undefined
  const options = {
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    tls: ca ? { ca: [ca] } : undefined,
    auth: settings.username ? { user: settings.username, pass: settings.password ?? '' } : undefined,
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs,
    logger: false,
    debug: false,
    disableFileAccess: true,
    disableUrlAccess: true,
  }
  const transporter = settings.pool
    ? createTransport({ ...options, pool: true, maxConnections: settings.maxConnections ?? 5, maxMessages: Infinity })
    : createTransport(options)
  // Per message in flight (by Message-ID): whether its body was read to the end, i.e. handed to the
  // connection with the end-of-data mark right behind it, and who to tell when the connection takes
  // it. The body stream is only piped after the server's 354, so an error before that point is known
  // to have left nothing at the server.
  const inFlight = new Map<string, { bodySent: boolean; onHandover?: () => void }>()
  transporter.use('stream', (message, done) => {
    const messageId = message.data.messageId
    const flight = typeof messageId === 'string' ? inFlight.get(messageId) : undefined
    if (flight) {
      message.message.processFunc((body) => {
        // pipe() resumes the body: the connection takes the message, before its first byte goes out.
        body.once('resume', () => {
          try {
            flight.onHandover?.()
          } catch (error) {
            body.destroy(error as Error)
          }
        })
        body.once('end', () => (flight.bodySent = true))
        return body
      })
    }
    done()
  })
  return {
    async send(mail, onHandover) {
      const flight = { bodySent: false, onHandover }
      inFlight.set(mail.messageId, flight)
      try {
        const info = await transporter.sendMail(nodemailerMessage(mail))
        return {
          messageId: info.messageId,
          accepted: info.accepted.map(String),
          rejected: info.rejected.map(String),
          refusals: Object.fromEntries(
            ((info as { rejectedErrors?: Array<{ recipient?: unknown; response?: string; message: string }> }).rejectedErrors ?? []).map((refusal) => [String(refusal.recipient), refusal.response ?? refusal.message]),
          ),
          response: info.response,
        }
      } catch (error) {
        // A reply (4xx, 5xx) after the body is the server's answer; silence or a drop is not.
        if (flight.bodySent && typeof (error as NodemailerError).responseCode !== 'number') throw new UnconfirmedDelivery(error)
        throw error
      } finally {
        inFlight.delete(mail.messageId)
      }
    },
    close: () => transporter.close(),
  }
}

/**
 * Dry run: the exact message, written to `<outbox>/<event>.eml` instead of being sent. nodemailer's
 * stream transport keeps a Bcc header in what it writes; the message a relay gets never has one.
 */
export async function createOutboxTransport(outbox: string): Promise<MailTransport> {
  const { createTransport } = await loadNodemailer()
  const transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix', disableFileAccess: true, disableUrlAccess: true })
  return {
    async send(mail) {
      const info = await transporter.sendMail({ ...nodemailerMessage(mail), bcc: undefined })
      const emlPath = join(outbox, `${mail.event}.eml`)
      await writeFileAtomic(emlPath, info.message as Buffer)
      return { messageId: info.messageId, accepted: [...mail.to, ...mail.cc, ...mail.bcc], rejected: [], response: `dry run: written to ${emlPath}`, emlPath }
    },
    close: () => transporter.close(),
  }
}

/**
 * SMTP failures worth another attempt: a 4xx reply, or a dropped or timed-out connection before the
 * message body was handed over. After the body only a reply counts: see UnconfirmedDelivery.
 */
/** Node's words for a TLS certificate it refuses (expired, self-signed, unknown issuer, wrong name). */
const CERTIFICATE_FAILURE = /certificate|self[- ]signed|unable to verify|Hostname\/IP does not match/i

export function isTransientFailure(error: unknown): boolean {
  if (error instanceof UnconfirmedDelivery) return false
  const failure = error as NodemailerError
  if (failure.code === 'EAUTH' || failure.code === 'ENOAUTH' || failure.code === 'ETLS' || failure.code === 'ECONFIG') return false
  if (typeof failure.responseCode === 'number') return failure.responseCode >= 400 && failure.responseCode < 500
  // nodemailer reports a refused TLS certificate as ESOCKET too; the next attempt meets the same certificate.
  if (failure.code === 'ESOCKET' && CERTIFICATE_FAILURE.test(failure.message ?? '')) return false
  return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS'].includes(failure.code ?? '')
}

/** Authentication failures end a roster send: every further message would fail the same way. */
export function isAuthenticationFailure(error: unknown): boolean {
  const code = (error as NodemailerError).code
  return code === 'EAUTH' || code === 'ENOAUTH'
}

export interface RetryPolicy {
  /** When the last attempt may start, as a clock time in ms. */
  deadline: number
  firstDelayMs: number
  maxDelayMs: number
}

/**
 * The failure as the send log, the record and the user see it: the server's own reply when it gave
 * one (`550 5.1.1 <bob@…>: Recipient address rejected` is what an operator takes to the relay's
 * admin), else nodemailer's code, then its message (a refused connection, a timeout, a certificate).
 */
export function describeFailure(error: unknown): string {
  const failure = error as NodemailerError
  const reply = typeof failure.response === 'string' ? failure.response.trim() : ''
  if (reply !== '') return reply
  const message = failure.message ?? String(error)
  return failure.code && !message.startsWith(failure.code) ? `${failure.code}: ${message}` : message
}

export class SendFailure extends Error {
  constructor(
    readonly failure: unknown,
    readonly attempts: number,
  ) {
    super(describeFailure(failure))
  }
  get response(): string | null {
    return (this.failure as NodemailerError).response ?? null
  }
  get rejected(): string[] {
    return (this.failure as NodemailerError).rejected ?? []
  }
}

/** Sends, retrying transient failures with exponential backoff while the deadline allows. */
export async function sendWithRetries(
  transport: MailTransport,
  mail: OutgoingMail,
  policy: RetryPolicy,
  clock: Clock,
  onRetry: (attempt: number, error: unknown, delayMs: number) => void = () => {},
  onHandover?: () => void,
): Promise<{ receipt: SendReceipt; attempts: number }> {
  let delay = policy.firstDelayMs
  for (let attempt = 1; ; attempt++) {
    try {
      return { receipt: await transport.send(mail, onHandover), attempts: attempt }
    } catch (error) {
      if (!isTransientFailure(error) || clock.now().getTime() + delay > policy.deadline) throw new SendFailure(error, attempt)
      onRetry(attempt, error, delay)
      await clock.sleep(delay)
      delay = Math.min(delay * 2, policy.maxDelayMs)
    }
  }
}
