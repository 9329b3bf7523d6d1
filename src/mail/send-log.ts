// The JSONL send log: one line per recipient and attempt outcome (time, status, SMTP response,
// Message-ID, error), appended as each send settles and read back by `shipgate mail status`;
// bounce-scan adds its `bounced` lines and one `retired` line per address it retires, which every
// later roster send skips until `shipgate mail reinstate` writes a `reinstated` line for it.
import { closeSync } from 'node:fs'
import { z } from 'zod'
import { readTextIfPresent } from '../evidence/local-store.js'
import type { SecretMasker } from '../platform/logger.js'
import { appendJsonLine, openForAppend } from './jsonl.js'

/**
 * unconfirmed: the message was handed over and no answer came (the connection dropped, the relay went
 * silent, or an earlier run was killed before the answer): it stays so until `shipgate mail resolve`;
 * or another run was still sending it when this one stopped waiting.
 */
export type SendStatus = 'sent' | 'failed' | 'unconfirmed' | 'duplicate' | 'skipped' | 'dry-run'

export interface SendLogEntry {
  time: string
  event: string
  template: string
  recipient: string
  status: SendStatus
  response: string | null
  messageId: string | null
  error: string | null
  attempts: number
  emlPath?: string
}

/** What bounce-scan writes when it retires an address: the address is never mailed by a roster send again. */
export interface RetirementEntry extends Omit<SendLogEntry, 'status' | 'emlPath'> {
  status: 'retired'
  retirement: {
    /** Why, e.g. `bounced 2026-12-03 (hard, 5.1.1: user unknown)`. */
    reason: string
    /** The scan that retired it: bounce-scan:<scan id>. */
    scan: string
    noticeMessageIds: string[]
  }
}

/** What `shipgate mail reinstate` writes: the address, retired before, may be mailed again. */
export interface ReinstatementEntry extends Omit<SendLogEntry, 'status' | 'emlPath'> {
  status: 'reinstated'
  reinstatement: {
    /** The operator's note, e.g. `mailbox fixed, ticket 1234`. */
    note: string
  }
}

/**
 * One line of the send log, as any writer leaves it: a send outcome, a `bounced` line (the send it
 * answers plus the bounce) or a `retired` line. Checked when the carried state is verified.
 */
export const sendLogLine = z
  .object({
    time: z.string().min(1),
    event: z.string(),
    template: z.string(),
    recipient: z.string(),
    status: z.enum(['sent', 'failed', 'unconfirmed', 'duplicate', 'skipped', 'dry-run', 'bounced', 'retired', 'reinstated']),
    response: z.string().nullable(),
    messageId: z.string().nullable(),
    error: z.string().nullable(),
    attempts: z.number().int().min(0),
    emlPath: z.string().optional(),
    bounce: z.looseObject({ type: z.enum(['hard', 'soft']), noticeMessageId: z.string(), retire: z.boolean() }).optional(),
    retirement: z.object({ reason: z.string().min(1), scan: z.string().min(1), noticeMessageIds: z.array(z.string()) }).optional(),
    reinstatement: z.object({ note: z.string() }).optional(),
  })
  .refine((line) => (line.status === 'retired') === (line.retirement !== undefined), { message: "a 'retired' line, and only that, carries 'retirement'", path: ['retirement'] })
  .refine((line) => line.status !== 'bounced' || line.bounce !== undefined, { message: "a 'bounced' line carries 'bounce'", path: ['bounce'] })
  .refine((line) => (line.status === 'reinstated') === (line.reinstatement !== undefined), { message: "a 'reinstated' line, and only that, carries 'reinstatement'", path: ['reinstatement'] })

export function isRetirementEntry(entry: { status: string }): entry is RetirementEntry {
  return entry.status === 'retired' && typeof (entry as RetirementEntry).retirement === 'object' && (entry as RetirementEntry).retirement !== null
}

/**
 * Addresses (lower-cased) the send log says bounce-scan retired, with the reason of the latest
 * retirement; a `reinstated` line after it gives the address back.
 */
export async function retiredAddresses(path: string): Promise<Map<string, string>> {
  const { entries } = await readSendLogTail(path, Number.MAX_SAFE_INTEGER)
  const retired = new Map<string, string>()
  for (const entry of entries as Array<SendLogEntry | RetirementEntry | ReinstatementEntry>) {
    const address = entry.recipient.toLowerCase()
    if (isRetirementEntry(entry)) retired.set(address, entry.retirement.reason)
    else if (entry.status === 'reinstated') retired.delete(address)
  }
  return retired
}

/**
 * Gives a retired address back to roster sends (the person's mailbox works again): appends a
 * `reinstated` line. 'not-retired' when the send log does not hold it retired (nothing written).
 */
export async function reinstateAddress(path: string, address: string, note: string, now: Date, masker: SecretMasker): Promise<'reinstated' | 'not-retired'> {
  if (!(await retiredAddresses(path)).has(address.toLowerCase())) return 'not-retired'
  const log = new SendLog(path, masker)
  try {
    log.append({ time: now.toISOString(), event: 'reinstate', template: '', recipient: address, status: 'reinstated', response: null, messageId: null, error: null, attempts: 0, reinstatement: { note } })
  } finally {
    log.close()
  }
  return 'reinstated'
}

export class SendLog {
  private fd: number | undefined

  constructor(
    readonly path: string,
    private readonly masker: SecretMasker,
  ) {}

  /**
   * Synchronous, so a line is on disk before the next message is handed to the server. bounce-scan
   * appends its `bounced` lines (the send they answer, plus the bounce) through here too.
   */
  append(entry: SendLogEntry | RetirementEntry | ReinstatementEntry | (Omit<SendLogEntry, 'status' | 'emlPath'> & { status: 'bounced' })): void {
    this.fd ??= openForAppend(this.path)
    appendJsonLine(this.fd, this.path, this.masker.mask(JSON.stringify(entry)))
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }
}

/**
 * The last `limit` entries, newest last. Lines that are not JSON (a record cut short by a killed run
 * or a full disk, which the next append leaves on a line of its own) are skipped and counted, and do
 * not take the place of an entry.
 */
export async function readSendLogTail(path: string, limit: number): Promise<{ entries: SendLogEntry[]; unreadable: number; found: boolean }> {
  const text = await readTextIfPresent(path)
  if (text === undefined) return { entries: [], unreadable: 0, found: false }
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  const entries: SendLogEntry[] = []
  let unreadable = 0
  for (let index = lines.length - 1; index >= 0 && entries.length < limit; index--) {
    try {
      entries.push(JSON.parse(lines[index]!) as SendLogEntry)
    } catch {
      unreadable++
    }
  }
  return { entries: entries.reverse(), unreadable, found: true }
}
