// The deliver-once ledger: one notification record per event under
// `<artifacts-dir>/notifications/<sha>/<event>.json` (validated, atomic writes), and optionally a
// JSONL journal file that scheduled runs carry between runs. An intent with its Message-ID is
// recorded before a message is handed to the server and settled after the answer, so a run that
// stops in between never causes a second send: the next run reconciles the intent instead.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { schemaProblems } from '../contracts/index.js'
import { NOTIFICATION_SCHEMA, notificationRecord, notificationState, type NotificationRecord } from '../contracts/notification.js'
import { EvidenceError } from '../errors.js'
import { readTextIfPresent, writeFileAtomic } from '../evidence/local-store.js'
import { describeProblems } from '../evidence/store.js'
import { NOTIFICATIONS_FOLDER } from './paths.js'

export { NOTIFICATIONS_FOLDER }


/** One line of the ledger journal. */
export const ledgerEntry = z
  .object({
    eventKey: z.string().min(1),
    event: z.string().min(1),
    sha: z.string(),
    state: notificationState,
    messageId: z.string().min(1),
    at: z.string(),
  })
  .strict()
export type LedgerEntry = z.infer<typeof ledgerEntry>

/** What the ledger knows about an event before a send. */
export type PreviousSend =
  | { state: 'new' }
  | { state: 'failed'; messageId: string }
  | { state: 'sent'; messageId: string }
  /** An intent that was never settled: the message may have been accepted, so it is not sent again. */
  | { state: 'unconfirmed'; messageId: string }

export function notificationsFolder(artifactsDir: string, sha: string): string {
  return join(artifactsDir, NOTIFICATIONS_FOLDER, sha)
}

/** The journal kept beside the records when no ledger file is given. */
export const DEFAULT_JOURNAL = 'ledger.jsonl'

/** Parses a notification record; the problems name the file and the field. */
export function parseNotificationRecord(text: string, path: string): NotificationRecord {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new EvidenceError(`${path}: (root): not valid JSON (${(error as Error).message})`, { file: path })
  }
  const schemaField = (json as { schema?: unknown } | null)?.schema
  if (typeof schemaField === 'string' && schemaField !== NOTIFICATION_SCHEMA) {
    throw new EvidenceError(`${path}: schema: is '${schemaField}', expected '${NOTIFICATION_SCHEMA}'`, { file: path })
  }
  const parsed = notificationRecord.safeParse(json)
  if (!parsed.success) throw new EvidenceError(describeProblems(path, schemaProblems(parsed.error)), { file: path })
  return parsed.data
}

export async function readNotificationRecord(path: string): Promise<NotificationRecord | undefined> {
  const text = await readTextIfPresent(path)
  return text === undefined ? undefined : parseNotificationRecord(text, path)
}

/** Validates before writing: send-mail never writes a record that fails its own schema. */
export async function writeNotificationRecord(path: string, record: NotificationRecord): Promise<void> {
  const checked = notificationRecord.safeParse(record)
  if (!checked.success) throw new Error(`bug: refusing to write a notification record that fails its schema:\n${describeProblems(path, schemaProblems(checked.error))}`)
  await writeFileAtomic(path, `${JSON.stringify(checked.data, null, 2)}\n`)
}

export class NotificationLedger {
  private readonly journal = new Map<string, LedgerEntry>()
  private readonly sentMessageIds = new Set<string>()
  private recordFiles = new Set<string>()
  private journalFd: number | undefined

  private constructor(
    readonly folder: string,
    readonly journalPath: string | undefined,
  ) {}

  /** Reads what earlier runs recorded: the record files present and the journal, if given. */
  static async open(folder: string, journalPath?: string): Promise<NotificationLedger> {
    const ledger = new NotificationLedger(folder, journalPath)
    try {
      ledger.recordFiles = new Set((await readdir(folder)).filter((name) => name.endsWith('.json')))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    if (journalPath) {
      const text = (await readTextIfPresent(journalPath)) ?? ''
      text.split('\n').forEach((line, index) => {
        if (line.trim() === '') return
        let json: unknown
        try {
          json = JSON.parse(line)
        } catch (error) {
          throw new EvidenceError(`${journalPath}:${index + 1}: not valid JSON (${(error as Error).message}); the ledger must not be edited by hand`, { file: journalPath, line: index + 1 })
        }
        const parsed = ledgerEntry.safeParse(json)
        if (!parsed.success) {
          throw new EvidenceError(`${journalPath}:${index + 1}: ${schemaProblems(parsed.error).map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`, { file: journalPath, line: index + 1 })
        }
        ledger.remember(parsed.data)
      })
    }
    return ledger
  }

  recordPath(event: string): string {
    return join(this.folder, `${event}.json`)
  }

  /** What is known about an event; an unsettled intent is reconciled by its Message-ID. */
  async previous(event: string, eventKey: string): Promise<PreviousSend> {
    const path = this.recordPath(event)
    const record = this.recordFiles.has(`${event}.json`) ? await readNotificationRecord(path) : undefined
    if (record && record.eventKey !== eventKey) {
      throw new EvidenceError(`${path}: eventKey: is '${record.eventKey}', expected '${eventKey}' (two events share a file name; give a different event-key)`, { file: path })
    }
    const fromJournal = this.journal.get(eventKey)
    const known = [record, fromJournal].filter((entry) => entry !== undefined)
    if (known.length === 0) return { state: 'new' }
    const sent = known.find((entry) => entry.state === 'sent' || this.sentMessageIds.has(entry.messageId))
    if (sent) return { state: 'sent', messageId: sent.messageId }
    const open = known.find((entry) => entry.state === 'intent' || entry.state === 'unconfirmed')
    if (open) return { state: 'unconfirmed', messageId: open.messageId }
    return { state: 'failed', messageId: known[0]!.messageId }
  }

  /** Writes the record and appends to the journal; an intent goes to the record first, an outcome to the journal first. */
  async record(record: NotificationRecord, options: { journalOnly?: boolean } = {}): Promise<void> {
    const entry: LedgerEntry = {
      eventKey: record.eventKey,
      event: record.event,
      sha: record.sha,
      state: record.state,
      messageId: record.messageId,
      at: record.settledAt ?? record.intentAt,
    }
    if (record.state === 'intent') {
      // A roster send keeps intents in the journal alone (one append each); the record file follows with the outcome.
      if (!options.journalOnly) await writeNotificationRecord(this.recordPath(record.event), record)
      this.appendJournal(entry)
      if (options.journalOnly) return
    } else {
      this.appendJournal(entry)
      await writeNotificationRecord(this.recordPath(record.event), record)
    }
    this.recordFiles.add(`${record.event}.json`)
  }

  close(): void {
    if (this.journalFd !== undefined) closeSync(this.journalFd)
    this.journalFd = undefined
  }

  private remember(entry: LedgerEntry): void {
    this.journal.set(entry.eventKey, entry)
    if (entry.state === 'sent') this.sentMessageIds.add(entry.messageId)
  }

  // A synchronous append: once it returns, the line survives the process being killed.
  private appendJournal(entry: LedgerEntry): void {
    this.remember(entry)
    if (!this.journalPath) return
    if (this.journalFd === undefined) {
      mkdirSync(dirname(this.journalPath), { recursive: true })
      this.journalFd = openSync(this.journalPath, 'a')
    }
    writeSync(this.journalFd, `${JSON.stringify(entry)}\n`)
  }
}
