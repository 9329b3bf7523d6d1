// What a delivery-failure notice says, read from the raw message: RFC 3464 delivery reports
// (multipart/report; report-type=delivery-status) exactly, and the common non-standard shapes
// (Exchange, Gmail with the original attached, qmail) on a best-effort basis, marked heuristic.
import { createHash } from 'node:crypto'
import type { Attachment } from 'mailparser'
import { headerValue, parseHeaderBlock, splitMessage, type HeaderBlock } from './header-block.js'

export type BounceKind = 'hard' | 'soft'
export type NoticeFormat = 'rfc3464' | 'exchange' | 'gmail' | 'qmail' | 'generic'

export interface BouncedRecipient {
  /** The address the failure is about (Final-Recipient, or what the text names). */
  address: string
  /** Original-Recipient, when the report gives it. */
  originalAddress?: string
  action: 'failed' | 'delayed'
  /** The enhanced status code, e.g. 5.1.1; undefined when the notice gives none. */
  status?: string
  diagnostic?: string
  kind: BounceKind
}

/** The message the notice returns: what identifies the send it answers. */
export interface ReturnedOriginal {
  messageId?: string
  /** In-Reply-To and References of the notice and of the returned message. */
  references: string[]
  to: string[]
  subject?: string
  /** send-mail's X-Shipgate-Event header, when the original came back with its headers. */
  event?: string
}

export interface BounceNotice {
  /** The notice's own Message-ID (or a digest of it when it has none): what makes a scan idempotent. */
  noticeId: string
  date?: string
  from?: string
  subject?: string
  format: NoticeFormat
  /** True when recognised by its wording rather than by an RFC 3464 report. */
  heuristic: boolean
  recipients: BouncedRecipient[]
  original: ReturnedOriginal
}

export type NoticeReading = { bounce: true; notice: BounceNotice } | { bounce: false; noticeId: string; reason: string }

const STATUS_CODE = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/
const ADDRESS = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g
// The address named in a sentence: a domain ends with a letter or digit, so "to cat@example.co.uk."
// is read up to the .uk and not beyond (a lazy match stopped at the first dot: cat@example).
const NAMED_ADDRESS = `<?(${ADDRESS.source})>?`
const NOT_DELIVERED_TO = new RegExp(`(?:wasn't|couldn't|could not|was not) be(?:en)? delivered to\\s+${NAMED_ADDRESS}|delivery to the following recipients? failed[^\\n]*\\n+\\s*${NAMED_ADDRESS}`, 'i')
const GMAIL_NOT_DELIVERED_TO = new RegExp(`wasn't delivered to\\s+${NAMED_ADDRESS}`, 'i')
const BOUNCE_SENDER = /mailer-daemon|postmaster|mail delivery (sub)?system|microsoftexchange/i
const BOUNCE_SUBJECT =
  /undeliver|not delivered|delivery (status notification|failure|has failed|incomplete|delayed|report)|returned mail|failure notice|mail delivery failed|could not be delivered|couldn't be delivered|wasn't delivered|nondeliverable|non-delivery/i

export function messageIdsIn(value: string | undefined): string[] {
  return [...(value ?? '').matchAll(/<([^<>\s]+)>/g)].map((match) => `<${match[1]}>`)
}

function firstMessageId(value: string | undefined): string | undefined {
  return messageIdsIn(value)[0] ?? (value && /^\S+@\S+$/.test(value.trim()) ? `<${value.trim()}>` : undefined)
}

/** `rfc822; a@b` -> a@b (lower-cased). */
function addressField(value: string | undefined): string | undefined {
  if (!value) return undefined
  const address = value.includes(';') ? value.slice(value.indexOf(';') + 1) : value
  const found = address.match(ADDRESS)?.[0]
  return found?.toLowerCase()
}

function kindOf(action: string | undefined, status: string | undefined): BounceKind | undefined {
  const statusClass = status?.[0]
  if (action === 'delayed') return 'soft'
  if (action === 'failed') return statusClass === '4' ? 'soft' : 'hard'
  if (statusClass === '5') return 'hard'
  if (statusClass === '4') return 'soft'
  return undefined
}

function originalFromHeaders(block: HeaderBlock): Omit<ReturnedOriginal, 'references'> & { references: string[] } {
  return {
    messageId: firstMessageId(headerValue(block, 'message-id')),
    references: [...messageIdsIn(headerValue(block, 'in-reply-to')), ...messageIdsIn(headerValue(block, 'references'))],
    to: [...(headerValue(block, 'to') ?? '').matchAll(ADDRESS)].map((match) => match[0].toLowerCase()),
    subject: headerValue(block, 'subject'),
    event: headerValue(block, 'x-shipgate-event'),
  }
}

const RETURNED_MESSAGE = ['message/rfc822', 'message/global']
const RETURNED_HEADERS = ['text/rfc822-headers', 'message/rfc822-headers', 'message/global-headers']
const DELIVERY_STATUS = ['message/delivery-status', 'message/global-delivery-status']

/** The returned message or its headers: a message/rfc822 or text/rfc822-headers part. */
function returnedHeaders(parts: Attachment[]): HeaderBlock | undefined {
  const part = parts.find((attachment) => RETURNED_MESSAGE.includes(attachment.contentType) || RETURNED_HEADERS.includes(attachment.contentType))
  return part && parseHeaderBlock(splitMessage(part.content).headerText)
}

/** The per-recipient blocks of a message/delivery-status part (the first block is per-message). */
function deliveryStatusRecipients(part: Attachment): BouncedRecipient[] {
  const blocks = part.content.toString('utf8').split(/\r?\n[ \t]*\r?\n/).map(parseHeaderBlock)
  const recipients: BouncedRecipient[] = []
  for (const block of blocks) {
    const address = addressField(headerValue(block, 'final-recipient')) ?? addressField(headerValue(block, 'original-recipient'))
    if (!address) continue
    const action = headerValue(block, 'action')?.toLowerCase().trim()
    const status = headerValue(block, 'status')?.match(STATUS_CODE)?.[0]
    const kind = kindOf(action, status)
    // delivered, relayed and expanded are reports of success: nothing bounced.
    if (!kind || (action !== undefined && action !== 'failed' && action !== 'delayed')) continue
    const diagnostic = headerValue(block, 'diagnostic-code')
    recipients.push({
      address,
      originalAddress: addressField(headerValue(block, 'original-recipient')),
      action: kind === 'soft' && action !== 'failed' ? 'delayed' : 'failed',
      status,
      diagnostic: diagnostic?.includes(';') ? diagnostic.slice(diagnostic.indexOf(';') + 1).trim() : diagnostic,
      kind,
    })
  }
  return recipients
}

// Auto-Submitted alone says nothing: bounces carry `auto-replied` too. The subject and the
// vacation headers tell an out-of-office answer apart.
function looksLikeAutoReply(headers: HeaderBlock, subject: string): boolean {
  return (
    headerValue(headers, 'x-autoreply') !== undefined ||
    headerValue(headers, 'x-autorespond') !== undefined ||
    /^(automatic reply|auto(matic)?[- ]?reply|out of (the )?office|abwesenheit|réponse automatique)\b/i.test(subject)
  )
}

/** Status code, diagnostic and kind from the words around an address in a free-text notice. */
function heuristicRecipient(address: string, text: string, wholeText: string): BouncedRecipient {
  const status = text.match(STATUS_CODE)?.[0] ?? wholeText.match(STATUS_CODE)?.[0]
  const diagnosticLine =
    /(?:remote server returned|remote host said|the response (?:from the remote server )?was|diagnostic[- ]code|said):?\s*'?([^\n']+)/i.exec(text)?.[1] ??
    /(?:remote server returned|remote host said|the response (?:from the remote server )?was|diagnostic[- ]code):?\s*'?([^\n']+)/i.exec(wholeText)?.[1]
  let kind = kindOf(undefined, status)
  if (!kind) {
    if (/permanent(ly)?|given up|giving up|does not exist|doesn't exist|couldn't be found|unknown user|no such user/i.test(wholeText)) kind = 'hard'
    else kind = 'soft'
  }
  return { address, action: kind === 'hard' ? 'failed' : 'delayed', status, diagnostic: diagnosticLine?.trim(), kind }
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)))
}

interface HeuristicReading {
  format: NoticeFormat
  recipients: BouncedRecipient[]
  /** Original headers quoted in the body text, when the notice has no attached original. */
  quotedHeaders?: HeaderBlock
}

function readHeuristically(headers: HeaderBlock, subject: string, text: string, exclude: Set<string>): HeuristicReading | undefined {
  const from = headerValue(headers, 'from') ?? ''
  const failedHeader = headerValue(headers, 'x-failed-recipients')
  const fromSystem = BOUNCE_SENDER.test(from)
  const subjectSaysBounce = BOUNCE_SUBJECT.test(subject)
  if (!failedHeader && !fromSystem && !subjectSaysBounce) return undefined
  const addresses = (found: Iterable<string>) => uniqueBy([...found].map((address) => address.toLowerCase()).filter((address) => !exclude.has(address)), (address) => address)

  // qmail: "<address>:" paragraphs, then "--- Below this line is a copy of the message."
  const qmailCopy = /^---\s*Below this line is a copy of the message\.?\s*$/im.exec(text)
  if (/qmail-send program|I'm afraid I wasn't able to deliver/i.test(text) || qmailCopy) {
    const report = qmailCopy ? text.slice(0, qmailCopy.index) : text
    const paragraphs = report.split(/\n\s*\n/)
    const recipients = paragraphs.flatMap((paragraph) => {
      const match = /^<([^<>\s]+@[^<>\s]+)>:\s*$/m.exec(paragraph)
      return match ? [heuristicRecipient(match[1]!.toLowerCase(), paragraph, report)] : []
    })
    const quoted = qmailCopy ? parseHeaderBlock(text.slice(qmailCopy.index + qmailCopy[0].length).replace(/^\s*\n/, '').split(/\n\s*\n/)[0] ?? '') : undefined
    if (recipients.length > 0) return { format: 'qmail', recipients: uniqueBy(recipients, (item) => item.address), quotedHeaders: quoted }
  }

  // Exchange: "Delivery has failed to these recipients or groups:" ... "Original message headers:"
  const exchange = /Delivery has failed to these recipients or groups:|did not reach (some or all of )?the intended recipient|following recipient\(s\) cannot be reached/i.exec(text)
  if (exchange) {
    const headersAt = /^Original message headers:\s*$/im.exec(text)
    const report = text.slice(exchange.index, headersAt ? headersAt.index : undefined)
    const named = addresses(report.match(ADDRESS) ?? [])
    const quoted = headersAt ? parseHeaderBlock(text.slice(headersAt.index + headersAt[0].length).replace(/^\s*\n/, '')) : undefined
    const quotedIds = new Set([...(quoted ? originalFromHeaders(quoted).to : [])])
    const failed = named.filter((address) => quotedIds.size === 0 || quotedIds.has(address) || !headerAddresses(quoted).has(address))
    if (failed.length > 0) return { format: 'exchange', recipients: failed.map((address) => heuristicRecipient(address, paragraphAround(report, address), report)), quotedHeaders: quoted }
  }

  // Gmail and Exim name the failed addresses in X-Failed-Recipients, with the reason in the text.
  if (failedHeader) {
    const named = addresses(failedHeader.match(ADDRESS) ?? [])
    const format: NoticeFormat = /google|gmail/i.test(from) || /wasn't delivered to|couldn't be delivered to|address couldn't be found/i.test(text) ? 'gmail' : 'generic'
    if (named.length > 0) return { format, recipients: named.map((address) => heuristicRecipient(address, paragraphAround(text, address), text)) }
  }

  if ((fromSystem && subjectSaysBounce) || /wasn't delivered to|couldn't be delivered to|could not be delivered to|delivery to the following recipient(s)? failed/i.test(text)) {
    const match = NOT_DELIVERED_TO.exec(text)
    const gmailMatch = GMAIL_NOT_DELIVERED_TO.exec(text)
    const address = (gmailMatch?.[1] ?? match?.[1] ?? match?.[2])?.toLowerCase()
    if (address && !exclude.has(address)) {
      return { format: /google|gmail/i.test(from) || gmailMatch ? 'gmail' : 'generic', recipients: [heuristicRecipient(address, paragraphAround(text, address), text)] }
    }
  }
  return undefined
}

function headerAddresses(block: HeaderBlock | undefined): Set<string> {
  if (!block) return new Set()
  return new Set(['from', 'sender', 'return-path', 'reply-to'].flatMap((name) => [...(headerValue(block, name) ?? '').matchAll(ADDRESS)].map((match) => match[0].toLowerCase())))
}

function paragraphAround(text: string, address: string): string {
  const at = text.toLowerCase().indexOf(address.toLowerCase())
  if (at < 0) return text
  const start = text.lastIndexOf('\n\n', at)
  const end = text.indexOf('\n\n', at + address.length)
  // The reason often sits in the paragraph after the address (Exchange, Gmail).
  const after = end < 0 ? -1 : text.indexOf('\n\n', end + 2)
  return text.slice(start < 0 ? 0 : start, after < 0 ? (end < 0 ? undefined : text.length) : after)
}

type MailparserModule = typeof import('mailparser')

// mailparser (the MIME tree, transfer encodings, charsets, encoded words, HTML-only notices) is
// loaded only when a scan reads mail. The report parts come back as attachments, whole: the
// delivery status (keepDeliveryStatus) and the returned message (ignoreEmbedded) are read here.
let mailparser: Promise<MailparserModule> | undefined

/** Reads a raw message: a bounce notice, or why it is not one. Never throws for odd input. */
export async function readNotice(raw: Buffer): Promise<NoticeReading> {
  mailparser ??= import('mailparser')
  const { simpleParser } = await mailparser
  const parsed = await simpleParser(raw, {
    skipHtmlToText: false,
    skipTextToHtml: true,
    skipTextLinks: true,
    skipImageLinks: true,
    keepDeliveryStatus: true,
    ignoreEmbedded: true,
    checksumAlgo: false,
  })
  const headers = parseHeaderBlock(parsed.headerLines.map((header) => header.line).join('\n'))
  const noticeId = firstMessageId(headerValue(headers, 'message-id')) ?? `<sha256-${createHash('sha256').update(raw).digest('hex').slice(0, 32)}@bounce-scan.invalid>`
  const subject = parsed.subject ?? headerValue(headers, 'subject') ?? ''
  const own = {
    references: [...messageIdsIn(headerValue(headers, 'in-reply-to')), ...messageIdsIn(headerValue(headers, 'references'))],
  }
  const base = { noticeId, date: parsed.date?.toISOString(), from: parsed.from?.text ?? headerValue(headers, 'from'), subject: subject || undefined }
  const parts = parsed.attachments.map((attachment) => ({ ...attachment, contentType: attachment.contentType.toLowerCase() }))
  const returned = returnedHeaders(parts)
  const original = (block: HeaderBlock | undefined): ReturnedOriginal => {
    const fromBlock = block ? originalFromHeaders(block) : { references: [], to: [] }
    return { ...fromBlock, references: uniqueBy([...own.references, ...fromBlock.references], (id) => id) }
  }

  // A delivery-status part is only ever sent inside a multipart/report, wherever that sits.
  const statusPart = parts.find((part) => DELIVERY_STATUS.includes(part.contentType))
  if (statusPart) {
    const recipients = deliveryStatusRecipients(statusPart)
    if (recipients.length === 0) return { bounce: false, noticeId, reason: 'a delivery report without failed or delayed recipients' }
    return { bounce: true, notice: { ...base, format: 'rfc3464', heuristic: false, recipients, original: original(returned) } }
  }
  if (looksLikeAutoReply(headers, subject)) return { bounce: false, noticeId, reason: 'an automatic reply, not a delivery failure' }

  const ownAddresses = new Set([...headerAddresses(headers), ...[...(headerValue(headers, 'to') ?? '').matchAll(ADDRESS)].map((match) => match[0].toLowerCase())])
  const heuristic = readHeuristically(headers, subject, (parsed.text ?? '').replace(/\r\n/g, '\n'), ownAddresses)
  if (!heuristic) {
    const automatic = /^auto-replied/i.test(headerValue(headers, 'auto-submitted') ?? '')
    return { bounce: false, noticeId, reason: automatic ? 'an automatic reply, not a delivery failure' : 'no delivery report and no known bounce wording' }
  }
  return { bounce: true, notice: { ...base, format: heuristic.format, heuristic: true, recipients: heuristic.recipients, original: original(returned ?? heuristic.quotedHeaders) } }
}

/**
 * From the header block alone: could this be a notice? Cheap, generous filter so that only
 * candidates are downloaded whole; readNotice decides. Encoded subjects are let through.
 */
export function mightBeNotice(headerText: string): boolean {
  const headers = parseHeaderBlock(headerText)
  const contentType = headerValue(headers, 'content-type') ?? ''
  const subject = headerValue(headers, 'subject') ?? ''
  return (
    /multipart\/report/i.test(contentType) ||
    headerValue(headers, 'x-failed-recipients') !== undefined ||
    BOUNCE_SENDER.test(headerValue(headers, 'from') ?? '') ||
    BOUNCE_SENDER.test(headerValue(headers, 'return-path') ?? '') ||
    headerValue(headers, 'return-path')?.trim() === '<>' ||
    BOUNCE_SUBJECT.test(subject) ||
    subject.includes('=?')
  )
}
