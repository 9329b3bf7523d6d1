// Settles an unconfirmed message on an operator's word (`shipgate mail resolve`): it arrived (sent:
// no run sends it again) or it did not (resend: the next run sends it). Only an unconfirmed message
// can be resolved, and not while a run is sending it.
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { SHA_PATTERN } from '../contracts/common.js'
import { EVENT_NAME_PATTERN, type NotificationRecord } from '../contracts/notification.js'
import { ConfigurationError } from '../errors.js'
import { readTextIfPresent } from '../evidence/local-store.js'
import type { Clock } from '../platform/clock.js'
import { MessageClaims } from './claims.js'
import { claimsFolderOf, DEFAULT_JOURNAL, NotificationLedger, notificationsFolder, NOTIFICATIONS_FOLDER } from './ledger.js'

export interface ResolveRequest {
  /** The event's file stem, as the run's log and send log name it. */
  event: string
  /** Who the message was for, as the run's log and send log name them (comma-separated). */
  recipient: string
  decision: 'sent' | 'resend'
  artifactsDir: string
  /** The journal a scheduled run carries; default: the one beside the records. */
  ledger?: string
  /** The release the event belongs to; default: the only one whose records or journal name the event. */
  sha?: string
}

export interface ResolveResult {
  sha: string
  messageId: string
  journal: string
  /** The record rewritten, when there is one here. */
  record?: string
  /** Set when the ledger already says what the decision asks (a re-run of the same resolve): nothing was written. */
  alreadySettled?: 'sent' | 'failed'
}

export async function resolveUnconfirmed(request: ResolveRequest, clock: Clock): Promise<ResolveResult> {
  if (!EVENT_NAME_PATTERN.test(request.event)) {
    throw new ConfigurationError(`event '${request.event}': not an event name (e.g. daily-digest-0123456789abcdef); copy it from the run's log or the send log`)
  }
  if (request.sha !== undefined && !SHA_PATTERN.test(request.sha)) {
    throw new ConfigurationError(`--sha '${request.sha}': not a commit SHA (40 lowercase hex characters, as git rev-parse HEAD prints it); copy it from the run's log`)
  }
  // Nothing is settled that the ledger does not list: a journal that is not there is not made.
  if (request.ledger) await requireJournal(request.ledger, '--ledger')
  const sha = request.sha ?? (await shaOfEvent(request))
  const recordsFolder = notificationsFolder(request.artifactsDir, sha)
  const journal = request.ledger ?? join(recordsFolder, DEFAULT_JOURNAL)
  if (!request.ledger) await requireJournal(journal, '--artifacts-dir and --sha')
  const ledger = await NotificationLedger.open(recordsFolder, journal)
  try {
    const record = await ledger.readRecord(request.event)
    const entry = await ledger.lastEntryFor(request.event)
    if (!entry) {
      throw new ConfigurationError(`event '${request.event}': not in ${journal}; check the event, --sha and --ledger (the ledger the run used) or --artifacts-dir`, { file: journal })
    }
    const eventKey = entry.eventKey
    const recipients = recipientsOf(record, eventKey)
    if (recipients && normalized(recipients) !== normalized(request.recipient.split(','))) {
      throw new ConfigurationError(`recipient '${request.recipient}': event '${request.event}' is for ${recipients.join(',')}; copy both from the same line of the run's log`)
    }
    const known = await ledger.previous(request.event, eventKey)
    if (known.state !== 'unconfirmed') {
      // The same decision again (a re-run of a workflow that resolved it) changes nothing and is no error:
      // sent stays sent; a resend is in effect once the message is failed (to be sent) or sent again.
      const inEffect = known.state === 'sent' || (request.decision === 'resend' && known.state === 'failed')
      if (inEffect) return { sha, messageId: known.messageId, journal, alreadySettled: known.state }
      throw new ConfigurationError(`event '${request.event}' (${request.recipient}): nothing to resolve, it is not unconfirmed: the next run sends it anyway`)
    }
    const holder = await new MessageClaims(claimsFolderOf(journal)).liveHolder(eventKey, clock)
    if (holder) throw new ConfigurationError(`event '${request.event}' (${request.recipient}): ${holder} is sending it right now; wait for that run to end`)
    const at = clock.now().toISOString()
    const settled = settledBy(request.decision)
    if (record) {
      await ledger.record({ ...record, ...settled, settledAt: at })
    } else {
      ledger.recordInJournal({ eventKey, event: request.event, sha, state: settled.state, messageId: known.messageId, at })
    }
    return { sha, messageId: known.messageId, journal, record: record ? ledger.recordPath(request.event) : undefined }
  } finally {
    ledger.close()
  }
}

/** The journal must be a file that is there: resolve appends to it and never creates one. */
async function requireJournal(path: string, given: string): Promise<void> {
  const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined
    throw error
  })
  if (!found) throw new ConfigurationError(`${path}: no such ledger; give the ledger the run used (${given}), as its log names it`, { file: path })
  if (!found.isFile()) throw new ConfigurationError(`${path}: not a file; give the ledger file the run used (${given})`, { file: path })
}

function settledBy(decision: ResolveRequest['decision']): Pick<NotificationRecord, 'state' | 'response' | 'error'> {
  return decision === 'sent'
    ? { state: 'sent', response: 'recorded as sent by shipgate mail resolve --sent (an operator checked it arrived)', error: null }
    : { state: 'failed', response: null, error: 'unconfirmed; shipgate mail resolve --resend: not delivered, the next run sends it' }
}

/** The recipients as the record names them, else as the event key does (a roster send's key ends with the address). */
function recipientsOf(record: NotificationRecord | undefined, eventKey: string): string[] | undefined {
  if (record) return [...record.recipients.to, ...record.recipients.cc, ...record.recipients.bcc]
  const last = eventKey.split('|').at(-1) ?? ''
  return last.includes('@') ? last.split(',') : undefined
}

function normalized(addresses: string[]): string {
  return addresses.map((address) => address.trim().toLowerCase()).filter((address) => address !== '').sort().join(',')
}

/** The release whose records, or journal, name the event: the carried journal first, then the artifacts folder. */
async function shaOfEvent(request: ResolveRequest): Promise<string> {
  if (request.ledger) {
    const entry = await (await NotificationLedger.open(request.artifactsDir, request.ledger)).lastEntryFor(request.event)
    if (entry) return entry.sha
  }
  const folder = join(request.artifactsDir, NOTIFICATIONS_FOLDER)
  const shas = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const found: string[] = []
  for (const sha of shas.filter((name) => /^[0-9a-f]{40}$/.test(name)).sort()) {
    const names = await readdir(join(folder, sha)).catch(() => [] as string[])
    const journal = names.includes(DEFAULT_JOURNAL) ? ((await readTextIfPresent(join(folder, sha, DEFAULT_JOURNAL))) ?? '') : ''
    if (names.includes(`${request.event}.json`) || journal.includes(`"event":"${request.event}"`)) found.push(sha)
  }
  if (found.length === 1) return found[0]!
  const where = request.ledger ? `${request.ledger} or ${folder}` : folder
  if (found.length === 0) throw new ConfigurationError(`event '${request.event}': not found in ${where}; check the event and --ledger or --artifacts-dir`)
  throw new ConfigurationError(`event '${request.event}': found for ${found.length} releases (${found.join(', ')}); give --sha`)
}
