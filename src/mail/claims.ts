// One claim per message, across every process that shares a ledger: of the runs that want to send
// the same event at once, exactly one holds its claim and sends; the others wait for its outcome.
// A claim is a file `<ledger>.claims/<event-key hash>/<generation>`, created whole or not at all;
// the highest generation is the claim. A holder that was killed cannot wedge it: the next run takes
// it over by creating the next generation, which of two such runs only one can do. A claim whose
// message is sent is removed: sent is final, and whoever claims it next reads that in the ledger.
import { closeSync, constants, openSync, rmdirSync, rmSync, writeSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { holderProcessState } from '../platform/process-holder.js'
import { dirname, join } from 'node:path'
import { sha256Hex } from '../contracts/canonical.js'
import { createFileExclusive, namesInFolder } from '../evidence/atomic-file.js'
import type { Clock } from '../platform/clock.js'

/** Who holds a claim: enough to tell whether it still runs. */
interface ClaimHolder {
  pid: number
  hostname: string
  messageId: string
  claimedAt: string
  /** A holder on another machine cannot be asked whether it runs: after this time it is taken for gone. */
  leaseUntil: string
  /** Makes every claim file's bytes unique. */
  token: string
}

interface ClaimRead {
  generation: number
  holder?: ClaimHolder
  /** released: the holder is done with it. */
  states: string[]
}

export interface ClaimWait {
  clock: Clock
  /** When to stop waiting for a holder that still runs, as a clock time in ms. */
  until: number
  /** How long a claim of this run is good for, should it run on another machine than a later one. */
  leaseMs: number
  /** Told once, when another run holds the claim: who. */
  onWait?: (holder: string) => void
}

export type ClaimAttempt = { state: 'claimed'; claim: MessageClaim } | { state: 'held'; holder: string }

const POLL_MS = 100

/** A claim this run holds. Its marks are synchronous appends: they survive the process being killed. */
export class MessageClaim {
  constructor(readonly path: string) {}

  /**
   * Done with the message. Once it is known sent (the ledger says so before this is called) the
   * claim is removed, so that a carried ledger folder does not keep one file per message ever sent.
   */
  release(at: string, outcome: string): void {
    if (outcome !== 'sent' && outcome !== 'duplicate') return this.mark({ state: 'released', at, outcome })
    rmSync(this.path, { force: true })
    try {
      rmdirSync(dirname(this.path))
    } catch {
      // Not empty (another run's claim is being created there) or gone: either is fine.
    }
  }

  private mark(line: Record<string, string>): void {
    let fd: number
    try {
      // No O_CREAT: a claim taken over and removed is not brought back.
      fd = openSync(this.path, constants.O_WRONLY | constants.O_APPEND)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    try {
      writeSync(fd, `${JSON.stringify(line)}\n`)
    } finally {
      closeSync(fd)
    }
  }
}

export class MessageClaims {
  constructor(readonly folder: string) {}

  /** Claims the message, waiting while a run that still runs holds it; takes over a dead holder's claim. */
  async claim(eventKey: string, messageId: string, wait: ClaimWait): Promise<ClaimAttempt> {
    const folder = this.folderOf(eventKey)
    let told = false
    for (;;) {
      const top = await readTopClaim(folder)
      if (top === 'vanished') continue
      if (top && holderRuns(top, wait.clock)) {
        const holder = describeHolder(top.holder)
        if (wait.clock.now().getTime() >= wait.until) return { state: 'held', holder }
        if (!told) wait.onWait?.(holder)
        told = true
        await wait.clock.sleep(POLL_MS)
        continue
      }
      const generation = (top?.generation ?? 0) + 1
      const now = wait.clock.now()
      const holder: ClaimHolder = {
        pid: process.pid,
        hostname: hostname(),
        messageId,
        claimedAt: now.toISOString(),
        leaseUntil: new Date(now.getTime() + wait.leaseMs).toISOString(),
        token: randomBytes(8).toString('hex'),
      }
      if (await createExclusive(join(folder, String(generation)), `${JSON.stringify(holder)}\n`)) {
        // The older generations are nobody's any more; the newest is never removed, so numbers only grow.
        for (let older = generation - 1; older >= 1 && (await removeIfPresent(join(folder, String(older)))); older--);
        return { state: 'claimed', claim: new MessageClaim(join(folder, String(generation))) }
      }
    }
  }

  /** Who holds the message's claim right now, if a run that still runs does. */
  async liveHolder(eventKey: string, clock: Clock): Promise<string | undefined> {
    for (;;) {
      const top = await readTopClaim(this.folderOf(eventKey))
      if (top === 'vanished') continue
      return top && holderRuns(top, clock) ? describeHolder(top.holder) : undefined
    }
  }

  private folderOf(eventKey: string): string {
    return join(this.folder, sha256Hex(eventKey).slice(0, 32))
  }
}

// The key's folder may be removed between the create's mkdir and its write (a sent claim released): try again.
async function createExclusive(path: string, content: string): Promise<boolean> {
  for (;;) {
    try {
      return await createFileExclusive(path, content)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
}

async function removeIfPresent(path: string): Promise<boolean> {
  try {
    await rm(path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}

/** The highest generation, or 'vanished' when it was removed between listing and reading (read again). */
async function readTopClaim(folder: string): Promise<ClaimRead | undefined | 'vanished'> {
  const names = await namesInFolder(folder)
  if (!names) return undefined
  const generation = Math.max(0, ...names.filter((name) => /^[1-9][0-9]*$/.test(name)).map(Number))
  if (generation === 0) return undefined
  let text: string
  try {
    text = await readFile(join(folder, String(generation)), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'vanished'
    throw error
  }
  const [first, ...marks] = text.split('\n').filter((line) => line.trim() !== '')
  return { generation, holder: parseJson<ClaimHolder>(first), states: marks.map((line) => parseJson<{ state?: string }>(line)?.state ?? '') }
}

function parseJson<T>(line: string | undefined): T | undefined {
  try {
    return line === undefined ? undefined : (JSON.parse(line) as T)
  } catch {
    return undefined
  }
}

/**
 * Whether the claim's holder may still be sending: not released, and its process runs here (kill 0
 * finds it), or it runs on another machine and its lease has not ended. A file that is no claim is nobody's.
 */
function holderRuns(claim: ClaimRead, clock: Clock): boolean {
  const holder = claim.holder
  if (!holder || !Number.isSafeInteger(holder.pid) || claim.states.includes('released')) return false
  const state = holderProcessState(holder)
  return state === 'elsewhere' ? clock.now().getTime() < Date.parse(holder.leaseUntil) : state === 'alive'
}

function describeHolder(holder: ClaimHolder | undefined): string {
  return holder ? `process ${holder.pid} on ${holder.hostname} (since ${holder.claimedAt})` : 'an unreadable claim'
}
