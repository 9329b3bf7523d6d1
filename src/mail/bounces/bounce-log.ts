// What bounce-scan keeps: `bounced` lines appended to send-mail's JSONL send log (history is never
// rewritten) and, beside it, a journal of the notices already handled, keyed by the notice's own
// Message-ID, which makes a second scan of the same mailbox a no-op.
import { closeSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { readTextIfPresent } from '../../evidence/local-store.js'
import type { SecretMasker } from '../../platform/logger.js'
import { appendJsonLine, openForAppend } from '../jsonl.js'
import { readSendLogTail, SendLog, type SendLogEntry } from '../send-log.js'
import type { BounceKind, NoticeFormat } from './notice.js'

export type MatchKind = 'message-id' | 'recipient-latest'

export interface BounceDetails {
  type: BounceKind
  action: 'failed' | 'delayed'
  status: string | null
  diagnostic: string | null
  /** The address the notice names (may differ from the send's recipient after forwarding). */
  finalRecipient: string
  noticeMessageId: string
  /** When the notice arrived (IMAP internal date), ISO. */
  noticeDate: string
  format: NoticeFormat
  heuristic: boolean
  match: MatchKind
  /** Whether this bounce retired the roster entry (hard, or the soft limit reached). */
  retire: boolean
  retireReason: string | null
}

/** A send-log line written by bounce-scan: the send it answers, with status bounced. */
export interface BouncedLogEntry extends Omit<SendLogEntry, 'status' | 'emlPath'> {
  status: 'bounced'
  bounce: BounceDetails
}

export type SendLogLine = SendLogEntry | BouncedLogEntry

export function isBouncedEntry(entry: SendLogLine): entry is BouncedLogEntry {
  return entry.status === 'bounced' && typeof (entry as BouncedLogEntry).bounce === 'object'
}

/** The whole send log (lines that are not JSON skipped and counted). */
export async function readWholeSendLog(path: string): Promise<{ entries: SendLogLine[]; unreadable: number; found: boolean }> {
  const { entries, unreadable, found } = await readSendLogTail(path, Number.MAX_SAFE_INTEGER)
  return { entries: entries as SendLogLine[], unreadable, found }
}

/** Appends bounced lines through send-mail's own writer (synchronous, masked). */
export function appendBounced(path: string, masker: SecretMasker, entries: BouncedLogEntry[]): void {
  if (entries.length === 0) return
  const log = new SendLog(path, masker)
  try {
    for (const entry of entries) log.append(entry)
  } finally {
    log.close()
  }
}

export type ProcessedOutcome = 'bounced' | 'unmatched'

/** One handled notice. */
export interface ProcessedNotice {
  noticeMessageId: string
  at: string
  outcome: ProcessedOutcome
  subject: string | null
  /** The addresses the notice named, with what became of each. */
  recipients: Array<{ address: string; type: BounceKind; status: string | null; sendMessageId: string | null; reason: string | null }>
}

export const PROCESSED_JOURNAL = 'bounces-processed.jsonl'

/** The journal of handled notices, kept beside the send log so a scheduled run carries both. */
export function processedJournalPath(sendLogPath: string): string {
  return join(dirname(sendLogPath), PROCESSED_JOURNAL)
}

export async function readProcessed(path: string): Promise<Map<string, ProcessedNotice>> {
  const processed = new Map<string, ProcessedNotice>()
  const text = (await readTextIfPresent(path)) ?? ''
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    try {
      const entry = JSON.parse(line) as ProcessedNotice
      if (typeof entry.noticeMessageId === 'string') processed.set(entry.noticeMessageId, entry)
    } catch {
      // A torn last line from a killed run: the notice is simply handled again (idempotently).
    }
  }
  return processed
}

export function appendProcessed(path: string, masker: SecretMasker, entries: ProcessedNotice[]): void {
  if (entries.length === 0) return
  const fd = openForAppend(path)
  try {
    for (const entry of entries) appendJsonLine(fd, path, masker.mask(JSON.stringify(entry)))
  } finally {
    closeSync(fd)
  }
}
