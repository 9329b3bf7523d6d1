// The bounce-scan stage: read the unseen messages of a mailbox, recognise delivery-failure notices,
// match each to the send it answers in the JSONL send log, append `bounced` lines, retire roster
// people (hard bounces at once, soft ones after a limit within a window), and mark what was
// handled \Seen. Each retired address also gets a `retired` line in the send log, which every later
// roster send honours whatever the roster says. Journal first (bounced, then retired lines), roster
// next, the processed mark last: a run that stops halfway is finished by the next one, and a second
// scan of the same messages changes nothing.
import type { Clock } from '../../platform/clock.js'
import { SecretMasker, type Logger } from '../../platform/logger.js'
import { isRetirementEntry, SendLog, type RetirementEntry, type SendLogEntry } from '../send-log.js'
import {
  appendBounced,
  appendProcessed,
  isBouncedEntry,
  processedJournalPath,
  readProcessed,
  readWholeSendLog,
  type BouncedLogEntry,
  type MatchKind,
  type ProcessedNotice,
} from './bounce-log.js'
import { openImapMailbox, type BounceMailbox, type ImapSettings } from './mailbox.js'
import { mightBeNotice, readNotice, type BounceNotice, type BouncedRecipient, type BounceKind } from './notice.js'
import { requireValidRoster } from '../roster.js'
import { retireInRoster, type Retirement } from './roster-update.js'
import { plural } from '../../platform/markdown.js'

export interface BounceScanRequest {
  imap: ImapSettings
  /** Names this scan in its `retired` lines and in its alert's event key (bounce-scan:<scan id>). */
  scanId: string
  /** The roster CSV whose people are retired; without it bounces are only recorded. */
  roster?: string
  sendLog: string
  keepUnseen: boolean
  /** Soft bounces within the window that retire an address. */
  softBounceLimit: number
  softBounceWindowMs: number
}

export interface BounceScanPorts {
  logger: Logger
  clock: Clock
  openMailbox?: (settings: ImapSettings) => Promise<BounceMailbox>
}

/** One bounced address of one notice, as reported. */
export interface BounceOutcome {
  address: string
  type: BounceKind
  status: string | null
  diagnostic: string | null
  match: MatchKind
  heuristic: boolean
  format: string
  sendMessageId: string | null
  noticeMessageId: string
  /** Soft bounces for the address within the window, this one included. */
  softBounces?: number
  retired: boolean
}

export interface ParticipantUpdate {
  email: string
  name: string
  status: 'inactive'
  note: string
  line: number
}

/** An address this scan retired: the send log's `retired` line, as the alert lists it. */
export interface RetiredAddress {
  address: string
  reason: string
  /** When the bounce that retired it arrived, ISO. */
  date: string
}

export interface UnmatchedBounce {
  address: string
  /** When the notice arrived, ISO. */
  date: string
  type: BounceKind
  status: string | null
  reason: string
  noticeMessageId: string
  subject: string | null
  heuristic: boolean
}

export interface BounceScanResult {
  /** Unseen messages looked at. */
  scanned: number
  /** Notices handled in this run (new ones, and any a stopped run left half done). */
  handled: number
  alreadyProcessed: number
  notBounces: number
  bounces: BounceOutcome[]
  participantsUpdated: ParticipantUpdate[]
  unmatched: UnmatchedBounce[]
  /** Retired addresses that are not on the roster (sent to directly). */
  notOnRoster: string[]
  /** The scan's id, and the addresses it retired (each also a `retired` line in the send log). */
  scanId: string
  retired: RetiredAddress[]
  rosterBackup?: string
  sendLog: string
  processedJournal: string
  markedSeen: number
}

const normalizeId = (id: string) => id.trim().replace(/^<|>$/g, '').toLowerCase()
const recipientsOf = (entry: SendLogEntry) => entry.recipient.split(',').map((address) => address.trim().toLowerCase()).filter((address) => address !== '')

/** The send a bounced address answers: by the returned Message-ID, else the address's latest send. */
export function matchSend(
  recipient: BouncedRecipient,
  notice: BounceNotice,
  sends: SendLogEntry[],
): { send: SendLogEntry; address: string; match: MatchKind } | { reason: string } {
  const addresses = [recipient.address, recipient.originalAddress].filter((address): address is string => Boolean(address))
  const ids = [notice.original.messageId, ...notice.original.references].filter((id): id is string => Boolean(id)).map(normalizeId)
  for (const id of ids) {
    const candidates = sends.filter((send) => send.messageId !== null && normalizeId(send.messageId) === id)
    for (const send of candidates) {
      const address = recipientsOf(send).find((sent) => addresses.includes(sent))
      if (address) return { send, address, match: 'message-id' }
    }
    // Forwarded mail bounces for the forwarding target: a one-recipient send is still the one.
    const single = candidates.find((send) => recipientsOf(send).length === 1)
    if (single) return { send: single, address: recipientsOf(single)[0]!, match: 'message-id' }
  }
  for (let index = sends.length - 1; index >= 0; index--) {
    const send = sends[index]!
    const address = recipientsOf(send).find((sent) => addresses.includes(sent))
    if (address) return { send, address, match: 'recipient-latest' }
  }
  const returned = notice.original.messageId ? `the returned Message-ID ${notice.original.messageId} is not in the send log, and ` : ''
  return { reason: `${returned}nothing was sent to ${recipient.address} according to the send log` }
}

function bounceNote(kind: BounceKind, recipient: BouncedRecipient, day: string, softCount: number, windowDays: number): string {
  const code = recipient.status ?? 'no status code'
  const diagnostic = recipient.diagnostic ? `: ${recipient.diagnostic.slice(0, 120)}` : ''
  return kind === 'hard'
    ? `bounced ${day} (hard, ${code}${diagnostic})`
    : `bounced ${day} (${softCount} soft bounces within ${windowDays} days, last ${code}${diagnostic})`
}

export async function scanBounces(request: BounceScanRequest, ports: BounceScanPorts): Promise<BounceScanResult> {
  const { logger, clock } = ports
  const masker = new SecretMasker()
  masker.add(request.imap.password)
  logger.secret(request.imap.password)
  const now = clock.now()
  const processedPath = processedJournalPath(request.sendLog)
  // Before the mailbox or the send log is touched: a roster that cannot be read, or that
  // validate-roster rejects, would stop the scan halfway or be written back broken.
  if (request.roster) await requireValidRoster(request.roster, 'nothing was scanned and nothing written')

  const log = await readWholeSendLog(request.sendLog)
  if (!log.found) logger.warning(`bounce-scan: no send log at ${request.sendLog}; every bounce will be unmatched`)
  if (log.unreadable > 0) logger.warning(`bounce-scan: ${request.sendLog}: ${log.unreadable === 1 ? '1 line is' : `${log.unreadable} lines are`} not JSON and were skipped`)
  // An unconfirmed send (the connection dropped after the whole message went out) may well have
  // been delivered, and a bounce for it is the proof that it was.
  const sends = log.entries.filter((entry): entry is SendLogEntry => entry.status === 'sent' || entry.status === 'unconfirmed')
  const bouncedLines = log.entries.filter(isBouncedEntry)
  const processed = await readProcessed(processedPath)

  const mailbox = await (ports.openMailbox ?? openImapMailbox)(request.imap)
  const result: BounceScanResult = {
    scanned: 0,
    handled: 0,
    alreadyProcessed: 0,
    notBounces: 0,
    bounces: [],
    participantsUpdated: [],
    unmatched: [],
    notOnRoster: [],
    scanId: request.scanId,
    retired: [],
    sendLog: request.sendLog,
    processedJournal: processedPath,
    markedSeen: 0,
  }
  const toMarkSeen: number[] = []
  const newBounced: BouncedLogEntry[] = []
  const newProcessed: ProcessedNotice[] = []
  const retirements: Retirement[] = []
  const handledNow = new Set<string>()
  try {
    const unseen = await mailbox.unseen()
    result.scanned = unseen.length
    const candidates = unseen.filter((message) => mightBeNotice(message.headers.toString('latin1')))
    result.notBounces += unseen.length - candidates.length
    const sources = await mailbox.sources(candidates.map((message) => message.uid))
    const windowStart = now.getTime() - request.softBounceWindowMs
    const windowDays = Math.round((request.softBounceWindowMs / 86_400_000) * 10) / 10
    const softTimes = new Map<string, number[]>()
    for (const line of bouncedLines) {
      if (line.bounce.type !== 'soft') continue
      const address = line.recipient.toLowerCase()
      softTimes.set(address, [...(softTimes.get(address) ?? []), Date.parse(line.bounce.noticeDate)])
    }

    for (const message of candidates) {
      const raw = sources.get(message.uid)
      if (!raw) continue
      const reading = await readNotice(raw)
      if (!reading.bounce) {
        result.notBounces++
        logger.debug(`bounce-scan: UID ${message.uid} left alone: ${reading.reason}`)
        continue
      }
      const notice = reading.notice
      // A notice is handled once, by its Message-ID: also when the mailbox holds copies of it.
      if (processed.has(notice.noticeId) || handledNow.has(notice.noticeId)) {
        result.alreadyProcessed++
        if (!request.keepUnseen) toMarkSeen.push(message.uid)
        continue
      }
      handledNow.add(notice.noticeId)
      const journaled = bouncedLines.filter((line) => line.bounce.noticeMessageId === notice.noticeId)
      if (journaled.length > 0) {
        // An earlier run recorded this notice in the send log and stopped before finishing it.
        logger.warning(`bounce-scan: ${notice.noticeId} was recorded by an earlier run that did not finish; completing it`)
        for (const line of journaled) {
          if (line.bounce.retire) retirements.push({ email: line.recipient, note: line.bounce.retireReason ?? `bounced (${line.bounce.type})`, noticeMessageId: notice.noticeId, date: line.bounce.noticeDate })
          result.bounces.push(outcomeOf(line, undefined))
        }
        newProcessed.push(processedRecord(notice, now, 'bounced', journaled.map((line) => ({ address: line.bounce.finalRecipient, type: line.bounce.type, status: line.bounce.status, sendMessageId: line.messageId, reason: null }))))
        result.handled++
        if (!request.keepUnseen) toMarkSeen.push(message.uid)
        continue
      }

      const noticeDate = message.receivedAt ?? (notice.date ? new Date(notice.date) : now)
      const day = noticeDate.toISOString().slice(0, 10)
      const recorded: ProcessedNotice['recipients'] = []
      for (const recipient of notice.recipients) {
        const found = matchSend(recipient, notice, sends)
        if ('reason' in found) {
          result.unmatched.push({
            address: recipient.address,
            date: noticeDate.toISOString(),
            type: recipient.kind,
            status: recipient.status ?? null,
            reason: found.reason,
            noticeMessageId: notice.noticeId,
            subject: notice.subject ?? null,
            heuristic: notice.heuristic,
          })
          recorded.push({ address: recipient.address, type: recipient.kind, status: recipient.status ?? null, sendMessageId: null, reason: found.reason })
          continue
        }
        let retire = recipient.kind === 'hard'
        let softCount: number | undefined
        if (recipient.kind === 'soft') {
          const times = [...(softTimes.get(found.address) ?? []), noticeDate.getTime()]
          softTimes.set(found.address, times)
          softCount = times.filter((time) => time >= windowStart).length
          retire = softCount >= request.softBounceLimit
        }
        const retireReason = retire ? bounceNote(recipient.kind, recipient, day, softCount ?? 0, windowDays) : null
        const line: BouncedLogEntry = {
          time: now.toISOString(),
          event: found.send.event,
          template: found.send.template,
          recipient: found.address,
          status: 'bounced',
          response: recipient.diagnostic ?? null,
          messageId: found.send.messageId,
          error: `${recipient.kind} bounce${recipient.status ? ` ${recipient.status}` : ''}${recipient.diagnostic ? `: ${recipient.diagnostic}` : ''}`,
          attempts: 0,
          bounce: {
            type: recipient.kind,
            action: recipient.action,
            status: recipient.status ?? null,
            diagnostic: recipient.diagnostic ?? null,
            finalRecipient: recipient.address,
            noticeMessageId: notice.noticeId,
            noticeDate: noticeDate.toISOString(),
            format: notice.format,
            heuristic: notice.heuristic,
            match: found.match,
            retire,
            retireReason,
          },
        }
        newBounced.push(line)
        if (retire) retirements.push({ email: found.address, note: retireReason!, noticeMessageId: notice.noticeId, date: noticeDate.toISOString() })
        result.bounces.push(outcomeOf(line, softCount))
        recorded.push({ address: recipient.address, type: recipient.kind, status: recipient.status ?? null, sendMessageId: found.send.messageId, reason: null })
        logger.info(
          `bounce-scan: ${recipient.kind} bounce for ${found.address} (${recipient.status ?? 'no status'}; matched by ${found.match}${notice.heuristic ? `; ${notice.format} format, heuristic` : ''})` +
            (retire ? '; retiring the address' : softCount !== undefined ? `; ${softCount} of ${request.softBounceLimit} soft bounces within the window` : ''),
        )
      }
      newProcessed.push(processedRecord(notice, now, recorded.every((entry) => entry.reason !== null) ? 'unmatched' : 'bounced', recorded))
      result.handled++
      if (!request.keepUnseen) toMarkSeen.push(message.uid)
    }

    appendBounced(request.sendLog, masker, newBounced)
    const alreadyRetired = new Set(log.entries.filter(isRetirementEntry).map((entry) => entry.recipient.toLowerCase()))
    result.retired = appendRetired(request.sendLog, masker, retirements, alreadyRetired, request.scanId, now)
    if (retirements.length > 0) {
      if (request.roster) {
        const update = await retireInRoster(request.roster, retirements, now)
        result.participantsUpdated = update.retired.map((person) => ({ email: person.email, name: person.name, status: 'inactive', note: person.note, line: person.line }))
        result.notOnRoster = update.notOnRoster
        result.rosterBackup = update.backupPath
        if (update.backupPath) logger.info(`bounce-scan: ${request.roster}: ${update.retired.length} set inactive; previous version kept as ${update.backupPath}`)
        if (update.notOnRoster.length > 0) logger.info(`bounce-scan: not on the roster (recorded in the send log only): ${update.notOnRoster.join(', ')}`)
      } else {
        result.notOnRoster = [...new Set(retirements.map((retirement) => retirement.email))]
        logger.info(`bounce-scan: retired in the send log (no roster given to rewrite): ${result.notOnRoster.join(', ')}`)
      }
    }
    appendProcessed(processedPath, masker, newProcessed)
    await mailbox.markSeen(toMarkSeen)
    result.markedSeen = toMarkSeen.length
  } finally {
    await mailbox.close()
  }
  for (const unmatched of result.unmatched) logger.warning(`bounce-scan: unmatched ${unmatched.type} bounce for ${unmatched.address}: ${unmatched.reason} (notice ${unmatched.noticeMessageId})`)
  logger.info(
    `bounce-scan: ${plural(result.scanned, 'unseen message')}, ${plural(result.handled, 'notice')} handled, ${result.alreadyProcessed} already processed, ${result.notBounces} not bounces; ` +
      `${result.participantsUpdated.length} roster entr${result.participantsUpdated.length === 1 ? 'y' : 'ies'} set inactive, ${result.unmatched.length} unmatched`,
  )
  return result
}

/** One `retired` line per address not retired before; what this scan retired, for the alert. */
function appendRetired(path: string, masker: SecretMasker, retirements: Retirement[], alreadyRetired: Set<string>, scanId: string, now: Date): RetiredAddress[] {
  const byAddress = new Map<string, { retirement: Retirement; noticeMessageIds: string[] }>()
  for (const retirement of retirements) {
    const address = retirement.email.toLowerCase()
    if (alreadyRetired.has(address)) continue
    const known = byAddress.get(address)
    if (known) known.noticeMessageIds.push(...(retirement.noticeMessageId ? [retirement.noticeMessageId] : []))
    else byAddress.set(address, { retirement, noticeMessageIds: retirement.noticeMessageId ? [retirement.noticeMessageId] : [] })
  }
  if (byAddress.size === 0) return []
  const scan = `bounce-scan:${scanId}`
  const log = new SendLog(path, masker)
  try {
    for (const { retirement, noticeMessageIds } of byAddress.values()) {
      const line: RetirementEntry = {
        time: now.toISOString(),
        event: scan,
        template: 'bounce-scan',
        recipient: retirement.email,
        status: 'retired',
        response: null,
        messageId: null,
        error: retirement.note,
        attempts: 0,
        retirement: { reason: retirement.note, scan, noticeMessageIds },
      }
      log.append(line)
    }
  } finally {
    log.close()
  }
  return [...byAddress.values()].map(({ retirement }) => ({ address: retirement.email, reason: retirement.note, date: retirement.date ?? now.toISOString() }))
}

function outcomeOf(line: BouncedLogEntry, softBounces: number | undefined): BounceOutcome {
  return {
    address: line.recipient,
    type: line.bounce.type,
    status: line.bounce.status,
    diagnostic: line.bounce.diagnostic,
    match: line.bounce.match,
    heuristic: line.bounce.heuristic,
    format: line.bounce.format,
    sendMessageId: line.messageId,
    noticeMessageId: line.bounce.noticeMessageId,
    ...(softBounces === undefined ? {} : { softBounces }),
    retired: line.bounce.retire,
  }
}

function processedRecord(notice: BounceNotice, now: Date, outcome: ProcessedNotice['outcome'], recipients: ProcessedNotice['recipients']): ProcessedNotice {
  return { noticeMessageId: notice.noticeId, at: now.toISOString(), outcome, subject: notice.subject ?? null, recipients }
}
