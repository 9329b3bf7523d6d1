// The SMTP relay inputs, documented and parsed once: send-mail sends through them, and
// `shipgate mail smoke` takes the same settings as flags to test the relay before a live send.
import { z } from 'zod'
import type { InputSpec } from '../platform/action.js'
import { inputs } from '../platform/action.js'

export const smtpInputs = {
  'smtp-host': { description: 'The SMTP relay; required to send (not for dry runs or previews). Default: mail.smtp.host in the config.' },
  'smtp-port': { description: 'The SMTP port, a whole number from 1 to 65535. Default: mail.smtp.port in the config, else 587 for starttls, 465 for tls, 25 for none.' },
  'smtp-security': {
    description: 'starttls (required STARTTLS), tls (implicit TLS), or none (plain text; only when set explicitly). Default: mail.smtp.security in the config, else starttls.',
  },
  'smtp-username': { description: 'The SMTP user name; no AUTH without it.' },
  'smtp-password': { description: 'The SMTP password.', secret: true },
  'smtp-ca': { description: 'A PEM file of CA certificates to trust for the relay, for a private CA.' },
  'smtp-timeout': { description: 'Seconds (a plain decimal number, at least 1) to wait for a connection, the greeting, or any reply.', default: '30' },
} satisfies Record<string, InputSpec>

/** The parsed form of smtpInputs. */
export const smtpSettings = {
  'smtp-host': inputs.text(),
  'smtp-port': inputs.port(),
  'smtp-security': z.enum(['starttls', 'tls', 'none']).optional(),
  'smtp-username': inputs.text(),
  'smtp-password': inputs.text(),
  'smtp-ca': inputs.text(),
  'smtp-timeout': inputs.seconds(30),
}
