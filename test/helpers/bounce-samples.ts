// Bounce notices in the shapes real servers send, built from the message they return: an RFC 3464
// report from a Postfix-style MTA, an Exchange-style NDR, a Gmail-style notice with the original
// attached, a qmail-style text bounce, a soft 4.x.x delay, and an auto-reply that is not a bounce.
import { randomBytes } from 'node:crypto'

const CRLF = '\r\n'
const lines = (...parts: string[]) => parts.join(CRLF)

export interface Returned {
  /** The raw message that bounced (as the SMTP server received it), or just its headers. */
  raw: string
}

function headerBlockOf(raw: string): string {
  const end = raw.search(/\r?\n\r?\n/)
  return (end < 0 ? raw : raw.slice(0, end)).replace(/\r?\n/g, CRLF)
}

function noticeId(domain: string): string {
  return `<${randomBytes(8).toString('hex')}.notice@${domain}>`
}

function boundary(): string {
  return `=_bounce_${randomBytes(6).toString('hex')}`
}

export interface NoticeOptions {
  recipient: string
  returned?: Returned
  id?: string
  date?: string
}

/** Postfix: multipart/report with a message/delivery-status part and the original as message/rfc822. */
export function postfixReport(options: NoticeOptions & { status?: string; action?: 'failed' | 'delayed'; diagnostic?: string; headersOnly?: boolean }): { raw: string; id: string } {
  const id = options.id ?? noticeId('mx.acme.test')
  const b = boundary()
  const status = options.status ?? '5.1.1'
  const action = options.action ?? 'failed'
  const delayed = action === 'delayed'
  const raw = lines(
    'Return-Path: <>',
    `Date: ${options.date ?? 'Thu, 2 Jan 2025 06:01:02 +0000 (UTC)'}`,
    'From: MAILER-DAEMON@mx.acme.test (Mail Delivery System)',
    'To: bounces@acme.test',
    `Subject: ${delayed ? 'Delayed Mail (still being retried)' : 'Undelivered Mail Returned to Sender'}`,
    `Message-ID: ${id}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status;${CRLF}\tboundary="${b}"`,
    'Content-Transfer-Encoding: 8bit',
    '',
    'This is a MIME-encapsulated message.',
    '',
    `--${b}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx.acme.test.',
    '',
    delayed
      ? '####################################################################\r\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\r\n####################################################################'
      : "I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients. It's attached below.",
    '',
    `<${options.recipient}>: host mx.partner.test[192.0.2.10] said: ${options.diagnostic ?? '550 5.1.1 User unknown'}`,
    '',
    `--${b}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.acme.test',
    'X-Postfix-Queue-ID: 4YB2kP0Q5Zz9sWm',
    'X-Postfix-Sender: rfc822; releases@acme.test',
    'Arrival-Date: Thu,  2 Jan 2025 06:00:00 +0000 (UTC)',
    '',
    `Final-Recipient: rfc822; ${options.recipient}`,
    `Original-Recipient: rfc822;${options.recipient}`,
    `Action: ${action}`,
    `Status: ${status}`,
    'Remote-MTA: dns; mx.partner.test',
    `Diagnostic-Code: smtp; ${options.diagnostic ?? `550 ${status} <${options.recipient}>: Recipient address rejected:${CRLF}    User unknown in virtual mailbox table`}`,
    ...(delayed ? ['Will-Retry-Until: Mon, 6 Jan 2025 06:00:00 +0000 (UTC)'] : []),
    '',
    ...(options.returned
      ? options.headersOnly
        ? [`--${b}`, 'Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers', '', headerBlockOf(options.returned.raw), '']
        : [`--${b}`, 'Content-Description: Undelivered Message', 'Content-Type: message/rfc822', 'Content-Transfer-Encoding: 8bit', '', options.returned.raw.replace(/\r?\n/g, CRLF).trimEnd(), '']
      : []),
    `--${b}--`,
    '',
  )
  return { raw, id }
}

/** Exchange / Outlook: a text and HTML NDR, with the original headers quoted in the text. */
export function exchangeReport(options: NoticeOptions): { raw: string; id: string } {
  const id = options.id ?? noticeId('EXCH01.partner.test')
  const b = boundary()
  const text = lines(
    'Delivery has failed to these recipients or groups:',
    '',
    `${options.recipient} (${options.recipient})`,
    "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.",
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: EXCH01.partner.test',
    '',
    options.recipient,
    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    '',
    ...(options.returned ? ['Original message headers:', '', headerBlockOf(options.returned.raw), ''] : []),
  )
  const html = `<html><body><p><b>Delivery has failed to these recipients or groups:</b></p><p><a href="mailto:${options.recipient}">${options.recipient}</a><br>The e-mail address you entered couldn't be found.</p></body></html>`
  const raw = lines(
    `Date: ${options.date ?? 'Thu, 2 Jan 2025 06:02:00 +0000'}`,
    'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@partner.test>',
    'To: <bounces@acme.test>',
    'Subject: Undeliverable: Daily digest',
    `Message-ID: ${id}`,
    'X-MS-Exchange-Message-Is-Ndr:',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    text.replace(/=/g, '=3D'),
    `--${b}`,
    'Content-Type: text/html; charset="us-ascii"',
    '',
    html,
    `--${b}--`,
    '',
  )
  return { raw, id }
}

/** Gmail: X-Failed-Recipients, a friendly text, and the original message attached. */
export function gmailReport(options: NoticeOptions & { failedRecipientsHeader?: boolean; notDelivered?: string }): { raw: string; id: string } {
  const id = options.id ?? noticeId('mail.gmail.test')
  const b = boundary()
  const raw = lines(
    `Date: ${options.date ?? 'Thu, 02 Jan 2025 06:03:00 -0800 (PST)'}`,
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    'To: bounces@acme.test',
    ...(options.failedRecipientsHeader === false ? [] : [`X-Failed-Recipients: ${options.recipient}`]),
    'Subject: Delivery Status Notification (Failure)',
    `Message-ID: ${id}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    '** Address not found **',
    '',
    options.notDelivered ?? `Your message wasn't delivered to ${options.recipient} because the address couldn't be found, or is unable to receive mail.`,
    '',
    'Learn more here: https://support.google.com/mail/?p=NoSuchUser',
    '',
    'The response from the remote server was:',
    '550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces.',
    '',
    ...(options.returned ? [`--${b}`, 'Content-Type: message/rfc822', '', options.returned.raw.replace(/\r?\n/g, CRLF).trimEnd(), ''] : []),
    `--${b}--`,
    '',
  )
  return { raw, id }
}

/** qmail: plain text, recipients as `<address>:` paragraphs, optionally a copy of the message. */
export function qmailReport(options: NoticeOptions): { raw: string; id: string } {
  const id = options.id ?? noticeId('mail.qmail.test')
  const raw = lines(
    `Date: ${options.date ?? '2 Jan 2025 06:04:00 -0000'}`,
    'From: MAILER-DAEMON@mail.qmail.test',
    'To: bounces@acme.test',
    'Subject: failure notice',
    `Message-ID: ${id}`,
    '',
    'Hi. This is the qmail-send program at mail.qmail.test.',
    "I'm afraid I wasn't able to deliver your message to the following addresses.",
    "This is a permanent error; I've given up. Sorry it didn't work out.",
    '',
    `<${options.recipient}>:`,
    '192.0.2.25 does not like recipient.',
    'Remote host said: 550 5.1.1 mailbox unavailable',
    'Giving up on 192.0.2.25.',
    '',
    ...(options.returned ? ['--- Below this line is a copy of the message.', '', options.returned.raw.replace(/\r?\n/g, CRLF).trimEnd()] : []),
    '',
  )
  return { raw, id }
}

/** An out-of-office answer to one of our messages: not a bounce. */
export function autoReply(options: { from: string; inReplyTo: string; id?: string }): { raw: string; id: string } {
  const id = options.id ?? noticeId('partner.test')
  const raw = lines(
    'Date: Thu, 2 Jan 2025 06:05:00 +0000',
    `From: Dave <${options.from}>`,
    'To: releases@acme.test',
    'Subject: Automatic reply: Daily digest',
    `Message-ID: ${id}`,
    `In-Reply-To: ${options.inReplyTo}`,
    'Auto-Submitted: auto-replied',
    'X-Autoreply: yes',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'I am out of the office until 6 January with limited access to email.',
    '',
  )
  return { raw, id }
}
