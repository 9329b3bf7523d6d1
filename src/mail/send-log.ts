// The JSONL send log: one line per recipient and attempt outcome (time, status, SMTP response,
// Message-ID, error), appended as each send settles and read back by `shipgate mail status`.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { readTextIfPresent } from '../evidence/local-store.js'
import type { SecretMasker } from '../platform/logger.js'

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
  append(entry: SendLogEntry | (Omit<SendLogEntry, 'status' | 'emlPath'> & { status: 'bounced' })): void {
    if (this.fd === undefined) {
      mkdirSync(dirname(this.path), { recursive: true })
      this.fd = openSync(this.path, 'a')
    }
    writeSync(this.fd, `${this.masker.mask(JSON.stringify(entry))}\n`)
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }
}

/**
 * The last `limit` entries, newest last. Lines that are not JSON (a line torn by a killed run) are
 * skipped and counted, and do not take the place of an entry.
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
