// The IMAP side of bounce-scan behind a small port: list the unseen messages (headers only), fetch
// the few that may be notices, mark the handled ones \Seen. imapflow is loaded only when a scan
// really connects; its errors become messages that say what to fix (never with the password).
import { readFile } from 'node:fs/promises'
import { ConfigurationError } from '../../errors.js'

export type ImapSecurity = 'tls' | 'starttls' | 'none'

export const defaultImapPortFor: Record<ImapSecurity, number> = { tls: 993, starttls: 143, none: 143 }

export interface ImapSettings {
  host: string
  port: number
  security: ImapSecurity
  username: string
  password: string
  mailbox: string
  /** Connection, greeting and idle-socket timeout. */
  timeoutMs: number
  /** Extra CA certificates (PEM file) to trust, for a server with a private CA. */
  caFile?: string
}

export interface MailboxMessage {
  uid: number
  /** When the server received it. */
  receivedAt?: Date
  /** The raw header block. */
  headers: Buffer
  size: number
}

export interface BounceMailbox {
  /** The messages without \Seen, oldest first. */
  unseen(): Promise<MailboxMessage[]>
  /** Raw sources, without setting \Seen. */
  sources(uids: number[]): Promise<Map<number, Buffer>>
  markSeen(uids: number[]): Promise<void>
  close(): Promise<void>
}

interface ImapFailure {
  message?: string
  code?: string
  authenticationFailed?: boolean
  tlsFailed?: boolean
  mailboxMissing?: boolean
  responseText?: string
  serverResponseCode?: string
}

/** What went wrong, said for the person who set the inputs. */
export function describeImapFailure(error: unknown, settings: ImapSettings): Error {
  const failure = (error ?? {}) as ImapFailure
  const where = `${settings.host}:${settings.port} (${settings.security})`
  const detail = failure.responseText ?? failure.message ?? String(error)
  if (failure.authenticationFailed) {
    return new ConfigurationError(`IMAP login to ${where} as '${settings.username}' failed (${detail}); check imap-username and imap-password`)
  }
  if (failure.mailboxMissing) return new ConfigurationError(`IMAP mailbox '${settings.mailbox}' does not exist on ${where}; check imap-mailbox`)
  if (failure.tlsFailed || /certificate|self[- ]signed|TLS|SSL/i.test(failure.message ?? '')) {
    return new ConfigurationError(`IMAP TLS with ${where} failed (${detail}); check imap-security and imap-port, and give imap-ca for a private CA`)
  }
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'CONNECT_TIMEOUT', 'ETIMEDOUT', 'GREETING_TIMEOUT', 'NoConnection', 'ECONNRESET'].includes(failure.code ?? '')) {
    return new ConfigurationError(`cannot reach the IMAP server ${where}: ${failure.code} ${detail}; check imap-host, imap-port and imap-timeout`)
  }
  return new Error(`IMAP ${where}: ${failure.code ? `${failure.code}: ` : ''}${detail}`)
}

export async function openImapMailbox(settings: ImapSettings): Promise<BounceMailbox> {
  const ca = settings.caFile
    ? await readFile(settings.caFile, 'utf8').catch((error: Error) => {
        throw new ConfigurationError(`input 'imap-ca': cannot read ${settings.caFile} (${error.message})`, { file: settings.caFile })
      })
    : undefined
  const { ImapFlow } = await import('imapflow')
  const client = new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    doSTARTTLS: settings.security === 'starttls' ? true : settings.security === 'none' ? false : undefined,
    auth: { user: settings.username, pass: settings.password },
    tls: ca ? { ca: [ca] } : undefined,
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs,
  })
  // A dropped connection is reported by the command that was running; keep the event quiet.
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (error) {
    client.close()
    throw describeImapFailure(error, settings)
  }
  let lock: { release(): void }
  try {
    lock = await client.getMailboxLock(settings.mailbox)
  } catch (error) {
    await client.logout().catch(() => client.close())
    throw describeImapFailure(error, settings)
  }
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work()
    } catch (error) {
      throw describeImapFailure(error, settings)
    }
  }
  return {
    unseen: () =>
      guard(async () => {
        const uids = await client.search({ seen: false }, { uid: true })
        if (!uids || uids.length === 0) return []
        const messages = await client.fetchAll(uids, { uid: true, headers: true, internalDate: true, size: true }, { uid: true })
        return messages
          .map((message) => ({
            uid: message.uid,
            receivedAt: message.internalDate === undefined ? undefined : new Date(message.internalDate),
            headers: message.headers ?? Buffer.alloc(0),
            size: message.size ?? 0,
          }))
          .sort((a, b) => a.uid - b.uid)
      }),
    sources: (uids) =>
      guard(async () => {
        const sources = new Map<number, Buffer>()
        if (uids.length === 0) return sources
        // imapflow fetches the source with BODY.PEEK[]: reading does not set \Seen.
        for (const message of await client.fetchAll(uids, { uid: true, source: true }, { uid: true })) {
          if (message.source) sources.set(message.uid, message.source)
        }
        return sources
      }),
    markSeen: (uids) =>
      guard(async () => {
        if (uids.length > 0) await client.messageFlagsAdd(uids, ['\\Seen'], { uid: true })
      }),
    async close() {
      lock.release()
      await client.logout().catch(() => client.close())
    },
  }
}
