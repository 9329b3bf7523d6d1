// `shipgate mail smoke --to ADDRESS`: one short test message through the configured relay, to check
// the SMTP settings before a live send. No SHA, no evidence and no git checkout are needed; nothing
// is recorded in the ledger (a smoke test is not an event), and --dry-run true writes an .eml instead.
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { loadConfig } from '../../config/shipgate-config.js'
import { ConfigurationError } from '../../errors.js'
import { DEFAULT_ARTIFACTS_DIR } from '../../evidence/local-store.js'
import { domainOf, requireAddress } from '../../mail/addresses.js'
import { withMailConfig } from '../../mail/mail-defaults.js'
import { NOTIFICATIONS_FOLDER } from '../../mail/paths.js'
import { createOutboxTransport, createSmtpTransport, defaultPortFor, describeFailure, type OutgoingMail } from '../../mail/transport.js'
import { smtpSettings } from '../../actions/smtp-inputs.js'
import { inputs, type RawInputs } from '../../platform/action.js'
import { smtpCredentialForms } from '../../platform/logger.js'
import { EXIT, maskedIo, parseFlags, UsageError, type CommandIo, type FlagOptions } from '../io.js'

const NAME = 'shipgate mail smoke'

const USAGE = `Usage: shipgate mail smoke --to ADDRESS [--from ADDRESS] [--smtp-host H] [--smtp-port P]
       [--smtp-security starttls|tls|none] [--smtp-username U] [--smtp-password P] [--smtp-ca FILE]
       [--smtp-timeout SECONDS] [--dry-run true] [--outbox DIR] [--config FILE]

Sends one short test message to ADDRESS through the SMTP relay, to check the settings before a live
send. Needs no commit SHA and no git checkout; nothing is recorded in the ledger, so every run sends.
Defaults come from shipgate.yml's mail section (from, smtp.host, smtp.port, smtp.security). The
password may also come from SHIPGATE_SMTP_PASSWORD, to keep it out of the shell history.
--dry-run true writes the message as an .eml file to --outbox (default ${DEFAULT_ARTIFACTS_DIR}/${NOTIFICATIONS_FOLDER}/outbox).

Exit status: 0 the relay accepted the message (or the .eml was written), 1 it did not, 2 a usage or
configuration error.`

const FLAGS = ['to', 'from', 'smtp-host', 'smtp-port', 'smtp-security', 'smtp-username', 'smtp-password', 'smtp-ca', 'smtp-timeout', 'dry-run', 'outbox', 'config'] as const

const smokeSettings = z.object({
  to: z.string({ message: 'the address to send the test message to is required' }),
  from: inputs.text(),
  ...smtpSettings,
  'dry-run': inputs.boolean(false),
  outbox: inputs.text(),
  config: inputs.text(),
})

export async function smokeCommand(args: string[], givenIo: CommandIo): Promise<number> {
  const io = maskedIo(givenIo)
  const options: FlagOptions = { ...Object.fromEntries(FLAGS.map((flag) => [flag, { type: 'string' as const }])), help: { type: 'boolean', short: 'h' } }
  const values = parseFlags(NAME, args, options).values as Record<string, string | boolean | undefined>
  if (values.help) {
    io.out(USAGE)
    return EXIT.ok
  }
  const raw: RawInputs = Object.fromEntries(FLAGS.map((flag) => [flag, typeof values[flag] === 'string' && values[flag] !== '' ? (values[flag] as string) : undefined]))
  raw['smtp-password'] ??= io.env.SHIPGATE_SMTP_PASSWORD || undefined
  // Masked before anything can echo it: the relay's reply to a failed AUTH may carry what was sent.
  if (raw['smtp-password']) for (const form of smtpCredentialForms(raw['smtp-username'], raw['smtp-password'])) io.masker.add(form)
  const parsed = smokeSettings.safeParse(raw)
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => `--${String(issue.path[0])}: ${issue.message}`).join('; '), NAME)
  const settings = parsed.data
  const { config } = await loadConfig(settings.config === undefined ? undefined : resolve(io.cwd, settings.config))
  const mail = withMailConfig(
    { to: [], ops: [], from: settings.from, allowedFrom: [], smtpHost: settings['smtp-host'], smtpPort: settings['smtp-port'], smtpSecurity: settings['smtp-security'] },
    config.mail,
    { rosterSend: false },
  )
  const to = requireAddress(settings.to, '--to')
  if (!mail.from) throw new ConfigurationError('--from: the sender address is required (or mail.from in shipgate.yml)')
  const from = requireAddress(mail.from, '--from')
  const sentAt = new Date()
  const message: OutgoingMail = {
    event: `smoke-${sentAt.toISOString().replace(/[:.]/g, '-').toLowerCase()}`,
    from,
    to: [to],
    cc: [],
    bcc: [],
    subject: 'shipgate SMTP smoke test',
    text: `This is a test message from shipgate mail smoke, sent ${sentAt.toISOString()} from ${hostname()}.\nIf you can read it, the relay accepts mail from ${from}. Nothing needs doing.\n`,
    messageId: `<smoke.${randomUUID()}@${domainOf(from)}>`,
  }

  if (settings['dry-run']) {
    const outbox = resolve(io.cwd, settings.outbox ?? join(DEFAULT_ARTIFACTS_DIR, NOTIFICATIONS_FOLDER, 'outbox'))
    const transport = await createOutboxTransport(outbox)
    try {
      const receipt = await transport.send(message)
      io.out(`dry run: the test message to ${to} is written to ${receipt.emlPath}; nothing was sent`)
      return EXIT.ok
    } finally {
      transport.close()
    }
  }
  if (!mail.smtpHost) throw new ConfigurationError('--smtp-host: the SMTP relay is required to send (or mail.smtp.host in shipgate.yml); --dry-run true writes an .eml instead')
  const port = mail.smtpPort ?? defaultPortFor[mail.smtpSecurity]
  const transport = await createSmtpTransport({
    host: mail.smtpHost,
    port,
    security: mail.smtpSecurity,
    username: settings['smtp-username'],
    password: settings['smtp-password'],
    timeoutMs: settings['smtp-timeout'] * 1000,
    caFile: settings['smtp-ca'] === undefined ? undefined : resolve(io.cwd, settings['smtp-ca']),
    pool: false,
  })
  try {
    const receipt = await transport.send(message)
    io.out(`sent: ${mail.smtpHost}:${port} (${mail.smtpSecurity}) accepted ${message.messageId} for ${receipt.accepted.join(', ') || to}: ${receipt.response}`)
    return receipt.accepted.length > 0 ? EXIT.ok : EXIT.no
  } catch (error) {
    // The relay's own reply is what to take to its admin.
    io.err(`shipgate mail smoke: not sent via ${mail.smtpHost}:${port} (${mail.smtpSecurity}): ${describeFailure(error)}`)
    return EXIT.no
  } finally {
    transport.close()
  }
}
