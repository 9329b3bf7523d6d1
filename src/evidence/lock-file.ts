// Lock files in the evidence folder: of the processes on one machine that share the folder, one at a
// time holds a lock, and the lock of a holder that was killed is taken over, by exactly one taker.
import { createHash, randomBytes } from 'node:crypto'
import { lstat, rm } from 'node:fs/promises'
import { hostname } from 'node:os'
import { holderProcessState } from '../platform/process-holder.js'
import { setTimeout as sleep } from 'node:timers/promises'
import { ConfigurationError } from '../errors.js'
import { createFileExclusive, writeFileAtomic } from './atomic-file.js'
import { describeFileType, readRegularFile } from './evidence-file.js'

export interface LockWait {
  /** How long to wait for a holder that is still running (or runs on another machine) before giving up. */
  limitMs: number
  /** Told once, when the lock is held by someone else: who holds it. */
  onWait?: (holder: string) => void
}

/** What a lock file holds: enough to tell whether its holder still runs. */
interface LockHolder {
  pid: number
  hostname: string
  since: string
  /** Makes every lock file's bytes, and so its identity, unique. */
  token: string
}

/** One lock file as read: its identity (a digest of its bytes) and its holder, if it parses. */
interface LockRead {
  identity: string
  holder?: LockHolder
}

/** A lock file holds one short line; anything near this size was not written by shipgate. */
const LOCK_SIZE_LIMIT = 64 * 1024
const FIRST_POLL_MS = 10
const LONGEST_POLL_MS = 250

/** Runs work while holding the lock file at path; the lock is released however work ends. */
export async function withLockFile<T>(path: string, work: () => Promise<T>, wait: LockWait): Promise<T> {
  const mine = await acquire(path, wait)
  try {
    return await work()
  } finally {
    await release(path, mine)
  }
}

async function acquire(path: string, wait: LockWait): Promise<Buffer> {
  const holder: LockHolder = { pid: process.pid, hostname: hostname(), since: new Date().toISOString(), token: randomBytes(8).toString('hex') }
  const mine = Buffer.from(`${JSON.stringify(holder)}\n`)
  const deadline = Date.now() + wait.limitMs
  let told = false
  for (let attempt = 0; ; attempt++) {
    if (await createFileExclusive(path, mine)) return mine
    const current = await readLock(path)
    // Released between the two steps: try again at once.
    if (!current) continue
    const state = holderState(current.holder)
    if (state === 'dead' && (await takeOver(path, [{ path, identity: current.identity }], mine))) return mine
    if (state !== 'dead' && !told) {
      told = true
      wait.onWait?.(`${describeHolder(current.holder)} (${path})`)
    }
    if (Date.now() > deadline) {
      throw new ConfigurationError(
        `${path}: still held by ${describeHolder(current.holder)} after waiting ${Math.ceil(wait.limitMs / 1000)} s. ` +
          'If no shipgate run holds it any more (a run on another machine that was stopped), remove the file and run again.',
        { file: path },
      )
    }
    await sleep(Math.min(FIRST_POLL_MS * 2 ** attempt, LONGEST_POLL_MS) * (0.5 + Math.random()))
  }
}

/** Removes the lock only while it is still this holder's. */
async function release(path: string, mine: Buffer): Promise<void> {
  const current = await readRegularFile(path, LOCK_SIZE_LIMIT, 'a lock file')
  if (current.state === 'read' && current.bytes.equals(mine)) await rm(path, { force: true })
}

/**
 * Replaces a dead holder's lock (chain[0], as it was read) with ours. Two takers must not both win,
 * so who may replace that one lock file is itself decided by an exclusive create: the marker
 * `<lock>.takeover-<identity>`. A taker killed while holding its marker is taken over the same way,
 * one level up (chain[1], …). The winner checks that every file of the chain is still the one it
 * read before replacing anything: a lock replaced meanwhile belongs to someone else.
 */
async function takeOver(lockPath: string, chain: Array<{ path: string; identity: string }>, mine: Buffer): Promise<boolean> {
  const guarded = chain[chain.length - 1]!
  const marker = `${guarded.path}.takeover-${guarded.identity}`
  if (await createFileExclusive(marker, mine)) {
    let won = false
    try {
      for (const link of chain) {
        if ((await readLock(link.path))?.identity !== link.identity) return false
      }
      await writeFileAtomic(lockPath, mine)
      won = true
      return true
    } finally {
      // The dead takers' markers guard a lock file that is gone now.
      if (won) for (const link of chain.slice(1)) await rm(link.path, { force: true })
      await rm(marker, { force: true })
    }
  }
  const claim = await readLock(marker)
  if (!claim || holderState(claim.holder) !== 'dead') return false
  return takeOver(lockPath, [...chain, { path: marker, identity: claim.identity }], mine)
}

/**
 * The lock file at path as it is now, or undefined when there is none. Read without following a
 * symlink and without blocking (a FIFO would hold the reader forever, past any wait limit). What is
 * not a regular file (a folder, a FIFO, a socket, a device, a symlink) is refused as the user's to
 * remove rather than taken over like a stale lock: shipgate never makes one, the takeover could not
 * replace a folder anyway, and what put it there (a person, another tool) may not be done with it.
 */
async function readLock(path: string): Promise<LockRead | undefined> {
  const read = await readRegularFile(path, LOCK_SIZE_LIMIT, 'a lock file')
  if (read.state === 'missing') return undefined
  if (read.state === 'refused') {
    const stats = await lstat(path).catch(() => undefined)
    // Gone since the read: look again.
    if (!stats) return undefined
    const what = stats.isFile() ? read.reason : `is ${describeFileType(stats)}, not a lock file`
    throw new ConfigurationError(
      `${path}: ${what}, so shipgate cannot tell who holds this lock. If no shipgate run is using it, remove it and run again.`,
      { file: path },
    )
  }
  return { identity: createHash('sha256').update(read.bytes).digest('hex').slice(0, 16), holder: parseHolder(read.bytes) }
}

function parseHolder(bytes: Buffer): LockHolder | undefined {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<LockHolder>
    if (Number.isSafeInteger(value.pid) && (value.pid as number) > 0 && typeof value.hostname === 'string' && typeof value.since === 'string') return value as LockHolder
  } catch {
    // Not a lock file this code wrote: nothing holds it.
  }
  return undefined
}

/**
 * dead: nothing can hold it any more (its process is gone, or the file is not a lock file);
 * alive: its process runs here; elsewhere: it runs on another machine, which cannot be asked.
 */
function holderState(holder: LockHolder | undefined): 'dead' | 'alive' | 'elsewhere' {
  return holder ? holderProcessState(holder) : 'dead'
}

function describeHolder(holder: LockHolder | undefined): string {
  return holder ? `process ${holder.pid} on ${holder.hostname} (since ${holder.since})` : 'an unreadable lock file'
}
