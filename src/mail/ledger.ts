// The deliver-once ledger: one notification record per event under
// `<artifacts-dir>/notifications/<sha>/<event>.json` (validated, atomic writes), and the JSONL journal
// (beside the records, or the ledger file that scheduled runs carry between runs). The intent, with
// its Message-ID, is recorded synchronously when a connection takes the message, and settled after
// the answer: a run that stops in between leaves the message unconfirmed, never sent twice. Runs
// that share the ledger see each other's lines: the journal is read again, from where it was left,
// before every decision.
import { randomBytes } from 'node:crypto'
import { closeSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { z } from 'zod'
import { schemaProblems } from '../contracts/index.js'
import { NOTIFICATION_SCHEMA, notificationRecord, notificationState, type NotificationRecord } from '../contracts/notification.js'
import { EvidenceError } from '../errors.js'
import { readTextIfPresent, writeFileAtomic } from '../evidence/local-store.js'
import { describeProblems } from '../evidence/store.js'
import { appendJsonLine, isCutShortRecord, openForAppend } from './jsonl.js'
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

function checkedRecordText(path: string, record: NotificationRecord): string {
  const checked = notificationRecord.safeParse(record)
  if (!checked.success) throw new Error(`bug: refusing to write a notification record that fails its schema:\n${describeProblems(path, schemaProblems(checked.error))}`)
  return `${JSON.stringify(checked.data, null, 2)}\n`
}

/** Validates before writing: send-mail never writes a record that fails its own schema. */
export async function writeNotificationRecord(path: string, record: NotificationRecord): Promise<void> {
  await writeFileAtomic(path, checkedRecordText(path, record))
}

// The same, synchronously: the intent is on disk before the first byte of the body goes out.
function writeNotificationRecordSync(path: string, record: NotificationRecord): void {
  const text = checkedRecordText(path, record)
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  try {
    writeFileSync(temporary, text, { flag: 'wx' })
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

/** The folder of claim files of a journal: `ledger.claims/` beside `ledger.jsonl`. */
export function claimsFolderOf(journalPath: string): string {
  return join(dirname(journalPath), `${basename(journalPath, extname(journalPath))}.claims`)
}

function entryOf(record: NotificationRecord): LedgerEntry {
  return { eventKey: record.eventKey, event: record.event, sha: record.sha, state: record.state, messageId: record.messageId, at: record.settledAt ?? record.intentAt }
}

export class NotificationLedger {
  private readonly journal = new Map<string, LedgerEntry>()
  private readonly sentMessageIds = new Set<string>()
  private journalFd: number | undefined
  /** How far the journal was read, in bytes and lines: only what was appended since is read again. */
  private journalOffset = 0
  private journalLines = 0
  /** The read under way: a roster send asks from many workers at once, and each read must start where the last one ended. */
  private journalRead: Promise<void> = Promise.resolve()
  /** Where an unterminated last line was last warned about, so that each is told once. */
  private warnedTailAt = -1

  private constructor(
    readonly folder: string,
    readonly journalPath: string | undefined,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * Reads what earlier runs recorded in the journal, if given; record files are read when asked
   * about. `warn` hears of records cut short (a crash or a full disk mid-append), which are skipped.
   */
  static async open(folder: string, journalPath?: string, warn: (message: string) => void = () => {}): Promise<NotificationLedger> {
    const ledger = new NotificationLedger(folder, journalPath, warn)
    await ledger.readJournal()
    return ledger
  }

  recordPath(event: string): string {
    return join(this.folder, `${event}.json`)
  }

  async readRecord(event: string): Promise<NotificationRecord | undefined> {
    return readNotificationRecord(this.recordPath(event))
  }

  /** The journal's last line about an event (by its file stem), for an operator who names it. */
  async lastEntryFor(event: string): Promise<LedgerEntry | undefined> {
    await this.readJournal()
    return [...this.journal.values()].filter((entry) => entry.event === event).at(-1)
  }

  /** What is known about an event now, including what other runs appended since; an unsettled intent is reconciled by its Message-ID. */
  async previous(event: string, eventKey: string): Promise<PreviousSend> {
    await this.readJournal()
    const path = this.recordPath(event)
    const record = await readNotificationRecord(path)
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

  /**
   * The moment a connection takes the message: the intent goes to the journal, then to the record,
   * synchronously, so that it survives the process being killed the next instant.
   */
  recordHandover(intent: NotificationRecord): void {
    this.appendJournal(entryOf(intent))
    writeNotificationRecordSync(this.recordPath(intent.event), intent)
  }

  /** An outcome: to the journal first (one synchronous append), then the record file. */
  async record(record: NotificationRecord): Promise<void> {
    this.appendJournal(entryOf(record))
    await writeNotificationRecord(this.recordPath(record.event), record)
  }

  /** An outcome for an event that has no record file here (only the carried journal knows it). */
  recordInJournal(entry: LedgerEntry): void {
    this.appendJournal(entry)
  }

  close(): void {
    if (this.journalFd !== undefined) closeSync(this.journalFd)
    this.journalFd = undefined
  }

  private remember(entry: LedgerEntry): void {
    this.journal.delete(entry.eventKey)
    this.journal.set(entry.eventKey, entry)
    if (entry.state === 'sent') this.sentMessageIds.add(entry.messageId)
  }

  private readJournal(): Promise<void> {
    this.journalRead = this.journalRead.catch(() => undefined).then(() => this.readJournalTail())
    return this.journalRead
  }

  // Whole lines only: a line another run is appending right now is read next time, and one a crash
  // cut short is never read (the next append starts on a new line). The first read goes through
  // readTextIfPresent, which refuses a FIFO or a folder in the journal's place.
  private async readJournalTail(): Promise<void> {
    if (!this.journalPath) return
    const appended = this.journalOffset === 0 ? Buffer.from((await readTextIfPresent(this.journalPath)) ?? '', 'utf8') : await this.readAppended(this.journalPath)
    const complete = appended.lastIndexOf(0x0a) + 1
    this.warnOfUnterminated(appended.subarray(complete), this.journalOffset + complete)
    if (complete === 0) return
    this.journalOffset += complete
    for (const line of appended.subarray(0, complete).toString('utf8').split('\n').slice(0, -1)) this.parseJournalLine(line, ++this.journalLines)
  }

  // A whole record without its line end is read once the next append ends the line; anything else is told once.
  private warnOfUnterminated(tail: Buffer, at: number): void {
    const text = tail.toString('utf8')
    if (text.trim() === '' || this.warnedTailAt === at || isWholeRecord(text)) return
    this.warnedTailAt = at
    this.warn(`${this.journalPath}: the last line has no line end and is not a whole record (a write cut short by a crash or a full disk); ignored, and the next record starts on a new line`)
  }

  private async readAppended(path: string): Promise<Buffer> {
    const handle = await open(path, 'r')
    try {
      const { size } = await handle.stat()
      const tail = Buffer.alloc(Math.max(0, size - this.journalOffset))
      if (tail.length === 0) return tail
      const { bytesRead } = await handle.read(tail, 0, tail.length, this.journalOffset)
      return tail.subarray(0, bytesRead)
    } finally {
      await handle.close()
    }
  }

  private parseJournalLine(line: string, number: number): void {
    const path = this.journalPath!
    if (line.trim() === '') return
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch (error) {
      if (isCutShortRecord(line)) {
        this.warn(`${path}:${number}: a record cut short (a write interrupted by a crash or a full disk); skipped`)
        return
      }
      // Written before appends started on a new line: a torn record with the next one written onto it.
      const joinedAt = line.indexOf('{"eventKey":', 1)
      const advice =
        joinedAt > 0 && isCutShortRecord(line.slice(0, joinedAt))
          ? `a record cut short with the next one written onto it: put a line break before column ${joinedAt + 1}`
          : 'the ledger must not be edited by hand'
      throw new EvidenceError(`${path}:${number}: not valid JSON (${(error as Error).message}); ${advice}`, { file: path, line: number })
    }
    const parsed = ledgerEntry.safeParse(json)
    if (!parsed.success) {
      throw new EvidenceError(`${path}:${number}: ${schemaProblems(parsed.error).map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`, { file: path, line: number })
    }
    this.remember(parsed.data)
  }

  // A synchronous append: once it returns, the line survives the process being killed.
  private appendJournal(entry: LedgerEntry): void {
    this.remember(entry)
    if (!this.journalPath) return
    this.journalFd ??= openForAppend(this.journalPath)
    appendJsonLine(this.journalFd, this.journalPath, JSON.stringify(entry))
  }
}

function isWholeRecord(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
