// A real SMTP server on 127.0.0.1 for tests: smtp-server with STARTTLS on a self-signed certificate
// made by openssl for this run, AUTH PLAIN/LOGIN, every accepted message kept (and parsed back with
// mailparser on demand), and faults to inject: 421/451 replies, a dropped connection, a reply that
// never comes (after the body: with the message already queued, as a relay would), a rejected
// recipient (550). A silent server that never greets is here too.
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer, type SMTPServerSession } from 'smtp-server'
import { temporaryFolder } from './temporary-folders.js'
import { LIBFAKETIME } from '../workflows/harness/clock.js'

export interface TestCertificate {
  keyPath: string
  certPath: string
  key: string
  cert: string
}

let certificate: Promise<TestCertificate> | undefined

/**
 * A self-signed certificate for 127.0.0.1 and localhost, made once per test file. The workflow
 * scenarios run on set clocks (dates that were ahead of the real one when written, and are behind
 * it later), so with libfaketime it is issued as of 2025-01-01 and valid for twenty years; without
 * it, from now for 30 days.
 */
export function testCertificate(): Promise<TestCertificate> {
  certificate ??= (async () => {
    const folder = await temporaryFolder('shipgate-smtp-cert-')
    const keyPath = join(folder, 'key.pem')
    const certPath = join(folder, 'cert.pem')
    const backdated = existsSync(LIBFAKETIME)
    await promisify(execFile)(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', backdated ? '7300' : '30',
        '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
        '-keyout', keyPath, '-out', certPath,
      ],
      { env: backdated ? { ...process.env, LD_PRELOAD: LIBFAKETIME, FAKETIME: '@2025-01-01 00:00:00' } : process.env },
    )
    return { keyPath, certPath, key: await readFile(keyPath, 'utf8'), cert: await readFile(certPath, 'utf8') }
  })()
  return certificate
}

export interface ReceivedMail {
  from: string
  to: string[]
  raw: Buffer
  user: string | undefined
  secure: boolean
}

export type SmtpFault =
  /** A reply code at MAIL FROM, at RCPT TO, or to the end of the body (421 makes the server close the connection). */
  | { at: 'mail' | 'rcpt' | 'data'; reply: 421 | 451 | 452 | 554 }
  /** The connection is cut without a reply; after the body, the message is already queued (in `received`). */
  | { at: 'mail' | 'data'; reply: 'drop' }
  /** No reply ever comes, the client has to time out; the message is already queued (in `received`). */
  | { at: 'data'; reply: 'hang' }

export interface SmtpTestServerOptions {
  username?: string
  password?: string
  /** Defaults to true: STARTTLS is offered with the test certificate. */
  starttls?: boolean
}

export class SmtpTestServer {
  readonly received: ReceivedMail[] = []
  readonly faults: SmtpFault[] = []
  readonly rejectRecipients = new Set<string>()
  /** A careless relay: a failed AUTH is answered with what the client sent (base64, and URL-encoded). */
  echoCredentialsOnFailure = false
  /** Runs before a message is accepted; the crash test kills the client here. */
  beforeAccept?: (mail: ReceivedMail) => void | Promise<void>
  /** Every command stage that was reached, for counting attempts. */
  attempts = 0
  authFailures = 0
  private readonly sockets = new Map<number, Socket>()

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    readonly username: string,
    readonly password: string,
    readonly certificate: TestCertificate,
  ) {}

  static async start(options: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
    const cert = await testCertificate()
    const username = options.username ?? 'mailer'
    const password = options.password ?? 's3cret-smtp-Pa55'
    // The callbacks below run after start() has made the instance.
    const ref: { self?: SmtpTestServer } = {}
    const takeFault = (at: SmtpFault['at']): SmtpFault | undefined => {
      const index = ref.self!.faults.findIndex((fault) => fault.at === at)
      return index >= 0 ? ref.self!.faults.splice(index, 1)[0] : undefined
    }
    const replyError = (code: number) => Object.assign(new Error(`${code === 421 ? 'Service shutting down' : 'Try again later'} (test fault)`), { responseCode: code })
    const server = new SMTPServer({
      secure: false,
      key: cert.key,
      cert: cert.cert,
      hideSTARTTLS: options.starttls === false,
      authMethods: ['PLAIN', 'LOGIN'],
      authOptional: false,
      allowInsecureAuth: false,
      logger: false,
      closeTimeout: 200,
      size: 10 * 1024 * 1024,
      onAuth(auth, _session, callback) {
        if (auth.username === username && auth.password === password) return callback(null, { user: auth.username })
        ref.self!.authFailures++
        const sent = auth.method === 'PLAIN' ? [`\0${auth.username}\0${auth.password ?? ''}`] : [auth.username ?? '', auth.password ?? '']
        const echo = sent.map((text) => Buffer.from(text, 'utf8').toString('base64')).map((blob) => `${blob} (${encodeURIComponent(blob)})`).join(' ')
        const message = ref.self!.echoCredentialsOnFailure ? `Authentication credentials invalid: ${echo}` : 'Authentication credentials invalid'
        return callback(Object.assign(new Error(message), { responseCode: 535 }))
      },
      onMailFrom(_address, session, callback) {
        ref.self!.attempts++
        const fault = takeFault('mail')
        if (!fault) return callback()
        if (fault.reply === 'drop') {
          ref.self!.drop(session)
          return
        }
        if (fault.reply === 'hang') return
        callback(replyError(fault.reply))
      },
      onRcptTo(address, _session, callback) {
        if (ref.self!.rejectRecipients.has(address.address.toLowerCase())) {
          return callback(Object.assign(new Error(`<${address.address}>: mailbox unavailable`), { responseCode: 550 }))
        }
        const fault = takeFault('rcpt')
        if (fault && typeof fault.reply === 'number') return callback(replyError(fault.reply))
        callback()
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const fault = takeFault('data')
          if (fault && typeof fault.reply === 'number') return callback(replyError(fault.reply))
          const mail: ReceivedMail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: Buffer.concat(chunks),
            user: session.user as string | undefined,
            secure: session.secure,
          }
          // The relay has queued the message; then the connection is cut, or its 250 never leaves.
          if (fault?.reply === 'drop') {
            ref.self!.received.push(mail)
            return ref.self!.drop(session)
          }
          if (fault?.reply === 'hang') {
            ref.self!.received.push(mail)
            return
          }
          void Promise.resolve(ref.self!.beforeAccept?.(mail)).then(() => {
            ref.self!.received.push(mail)
            callback(null, 'Queued as test')
          })
        })
      },
    })
    server.on('error', () => {})
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    const netServer = (server as unknown as { server: Server }).server
    const port = (netServer.address() as { port: number }).port
    const self = new SmtpTestServer(server, port, username, password, cert)
    ref.self = self
    netServer.on('connection', (socket: Socket) => {
      const remotePort = socket.remotePort!
      self.sockets.set(remotePort, socket)
      socket.on('close', () => self.sockets.delete(remotePort))
    })
    return self
  }

  /** The inputs that reach this server with STARTTLS, the test CA and the right password. */
  inputs(): Record<string, string> {
    return {
      'smtp-host': '127.0.0.1',
      'smtp-port': String(this.port),
      'smtp-security': 'starttls',
      'smtp-username': this.username,
      'smtp-password': this.password,
      'smtp-ca': this.certificate.certPath,
    }
  }

  async parsed(index = this.received.length - 1): Promise<ParsedMail> {
    const mail = this.received[index]
    if (!mail) throw new Error(`no message ${index}; ${this.received.length} received`)
    return simpleParser(mail.raw)
  }

  private drop(session: SMTPServerSession): void {
    this.sockets.get(session.remotePort)?.destroy()
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets.values()) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}

/** A server that accepts connections and never says a word: the client must time out. */
export async function startSilentServer(): Promise<{ port: number; stop(): Promise<void> }> {
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return {
    port: (server.address() as { port: number }).port,
    async stop() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
