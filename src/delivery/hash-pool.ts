// SHA-256 of content-hash blocks on worker threads, so that the blocks of one large file are hashed
// on every core at once (a block's digest does not depend on the others). The blocks live in shared
// memory: a worker reads them in place, nothing is copied. On one core, or for a small file, every
// digest is taken on this thread.
import { createHash } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

/** Workers at most: four hash about as fast as a file in the page cache is read (1 GiB in 0.25 s here). */
const MAX_WORKERS = 4
/** Files of fewer blocks (32 MiB) are hashed on this thread: they take about as long as starting a worker. */
const MIN_BLOCKS = 8

// A CommonJS script run by `new Worker(…, { eval: true })`, so that the bundle needs no second file.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const { createHash } = require('node:crypto')
parentPort.on('message', ({ id, buffer, offset, length }) => {
  try {
    parentPort.postMessage({ id, digest: createHash('sha256').update(new Uint8Array(buffer, offset, length)).digest('hex') })
  } catch {
    parentPort.postMessage({ id })
  }
})
`

export interface BlockHasher {
  /** Worker threads hashing (0: this thread). */
  readonly workers: number
  /** A buffer of `length` bytes that `digest` can take. */
  allocate(length: number): Buffer
  /** The SHA-256 of `block`, which must not change until the promise settles; never rejects. */
  digest(block: Buffer): Promise<Buffer>
  close(): Promise<void>
}

function sha256(block: Uint8Array): Buffer {
  return createHash('sha256').update(block).digest()
}

class InlineHasher implements BlockHasher {
  readonly workers = 0
  allocate(length: number): Buffer {
    return Buffer.allocUnsafeSlow(length)
  }
  digest(block: Buffer): Promise<Buffer> {
    return Promise.resolve(sha256(block))
  }
  async close(): Promise<void> {}
}

interface Job {
  block: Buffer
  resolve: (digest: Buffer) => void
  worker: number
}

type WorkerState = 'starting' | 'online' | 'gone'

/**
 * Never fails a block: a block whose worker stopped or could not hash it is hashed on this thread,
 * as are the blocks that come before any worker has started (about 40 ms here).
 */
class WorkerHasher implements BlockHasher {
  private readonly state: WorkerState[]
  private readonly jobs = new Map<number, Job>()
  private nextId = 0

  readonly workers: number

  constructor(private readonly pool: Worker[]) {
    this.workers = pool.length
    this.state = new Array<WorkerState>(pool.length).fill('starting')
    for (const [index, worker] of this.pool.entries()) {
      worker.once('online', () => {
        if (this.state[index] === 'starting') this.state[index] = 'online'
      })
      worker.on('message', (message: { id: number; digest?: string }) => this.settle(message))
      worker.on('error', () => this.gone(index))
      worker.on('exit', () => this.gone(index))
    }
  }

  allocate(length: number): Buffer {
    return Buffer.from(new SharedArrayBuffer(length))
  }

  digest(block: Buffer): Promise<Buffer> {
    if (!(block.buffer instanceof SharedArrayBuffer)) throw new Error('bug: a block for the hashing workers must be in shared memory')
    // The least busy worker that has started: blocks take the same time, so this keeps them all at work.
    const inHand = new Array<number>(this.pool.length).fill(0)
    for (const job of this.jobs.values()) inHand[job.worker]!++
    let worker = -1
    for (let index = 0; index < this.pool.length; index++) {
      if (this.state[index] === 'online' && (worker < 0 || inHand[index]! < inHand[worker]!)) worker = index
    }
    if (worker < 0) return Promise.resolve(sha256(block))
    const id = this.nextId++
    return new Promise<Buffer>((resolve) => {
      this.jobs.set(id, { block, resolve, worker })
      this.pool[worker]!.postMessage({ id, buffer: block.buffer, offset: block.byteOffset, length: block.length })
    })
  }

  async close(): Promise<void> {
    for (let index = 0; index < this.pool.length; index++) this.gone(index)
    await Promise.all(this.pool.map((worker) => worker.terminate()))
  }

  private settle(message: { id: number; digest?: string }): void {
    const job = this.jobs.get(message.id)
    if (!job) return
    this.jobs.delete(message.id)
    job.resolve(message.digest === undefined ? sha256(job.block) : Buffer.from(message.digest, 'hex'))
  }

  /** The worker takes no more blocks; those it had are hashed here. */
  private gone(index: number): void {
    this.state[index] = 'gone'
    for (const [id, job] of this.jobs) {
      if (job.worker !== index) continue
      this.jobs.delete(id)
      job.resolve(sha256(job.block))
    }
  }
}

function startWorkers(blocks: number): WorkerHasher | undefined {
  const workers = Math.min(availableParallelism(), MAX_WORKERS, blocks)
  if (workers < 2 || blocks < MIN_BLOCKS) return undefined
  const pool: Worker[] = []
  try {
    while (pool.length < workers) pool.push(new Worker(WORKER_SOURCE, { eval: true }))
  } catch {
    for (const worker of pool) void worker.terminate()
    return undefined
  }
  return new WorkerHasher(pool)
}

/** Workers started ahead of the hashing they are for, lent to every blockHasherFor until the last holder lets them go. */
let warm: { hasher: WorkerHasher; holders: number } | undefined

/** A warm pool lent out: closing the loan leaves the workers to their holders. */
class LentHasher implements BlockHasher {
  constructor(private readonly hasher: WorkerHasher) {}
  get workers(): number {
    return this.hasher.workers
  }
  allocate(length: number): Buffer {
    return this.hasher.allocate(length)
  }
  digest(block: Buffer): Promise<Buffer> {
    return this.hasher.digest(block)
  }
  async close(): Promise<void> {}
}

/**
 * Starts the workers for files of up to `blocks` blocks now, so that their start-up (about 50 ms
 * each) runs beside whatever comes before the first read, and every block is then hashed at full
 * speed. Returns the release: the workers stop once every holder has released them.
 */
export function warmBlockHashers(blocks: number): () => Promise<void> {
  if (warm) warm.holders++
  else {
    const hasher = startWorkers(blocks)
    if (!hasher) return async () => {}
    warm = { hasher, holders: 1 }
  }
  const held = warm
  let released = false
  return async () => {
    if (released) return
    released = true
    if (--held.holders > 0) return
    if (warm === held) warm = undefined
    await held.hasher.close()
  }
}

/**
 * Workers for a file of `blocks` content-hash blocks when that pays (the warm ones when there are),
 * else this thread; this thread too where no worker may be started (Node's permission model
 * without --allow-worker).
 */
export function blockHasherFor(blocks: number): BlockHasher {
  if (blocks < MIN_BLOCKS) return new InlineHasher()
  if (warm) return new LentHasher(warm.hasher)
  return startWorkers(blocks) ?? new InlineHasher()
}
