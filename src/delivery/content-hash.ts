// Dropbox's content_hash: SHA-256 of every 4 MiB block, then the SHA-256 of those digests
// concatenated. Computed while a file streams by (ContentHasher), or block by block in any order
// (BlockDigests) while the next blocks are read and sent, so that reading, sending and hashing overlap;
// a large file read here has its blocks hashed on worker threads (hash-pool.ts).
import { createHash, type Hash } from 'node:crypto'
import { type FileHandle } from 'node:fs/promises'
import { blockHasherFor, type BlockHasher } from './hash-pool.js'
import { openSourceFile, type FileIdentity } from './source-files.js'

export const CONTENT_HASH_BLOCK_SIZE = 4 * 1024 * 1024

export class ContentHasher {
  private readonly overall = createHash('sha256')
  private block: Hash = createHash('sha256')
  private blockFill = 0
  private total = 0

  update(data: Uint8Array): this {
    let offset = 0
    while (offset < data.length) {
      const take = Math.min(CONTENT_HASH_BLOCK_SIZE - this.blockFill, data.length - offset)
      this.block.update(data.subarray(offset, offset + take))
      this.blockFill += take
      offset += take
      if (this.blockFill === CONTENT_HASH_BLOCK_SIZE) this.closeBlock()
    }
    this.total += data.length
    return this
  }

  get size(): number {
    return this.total
  }

  /** Lowercase hex. An empty input gives the SHA-256 of nothing, as Dropbox does. */
  digest(): string {
    if (this.blockFill > 0) this.closeBlock()
    return this.overall.digest('hex')
  }

  private closeBlock(): void {
    this.overall.update(this.block.digest())
    this.block = createHash('sha256')
    this.blockFill = 0
  }
}

/**
 * The block digests of one file of a known size, taken as its blocks go by in any order (the
 * chunks of a concurrent upload session, a retried chunk read again). Each block is hashed in place
 * as it is added: WebCrypto's digest on the thread pool copied every 4 MiB block first, which cost
 * more than the hash (the unchanged 1 GiB rerun took 2.3-8.9 s against 2.3-2.9 s hashed in place,
 * side by side on one machine). A block read again replaces its digest: the hash is of the bytes
 * last read for it.
 */
export class BlockDigests {
  private readonly digests: Array<Buffer | undefined>

  constructor(readonly size: number) {
    this.digests = new Array<Buffer | undefined>(Math.ceil(size / CONTENT_HASH_BLOCK_SIZE)).fill(undefined)
  }

  /** Whether `length` bytes at `offset` are one whole block (the last one may be short). */
  isBlock(offset: number, length: number): boolean {
    return offset % CONTENT_HASH_BLOCK_SIZE === 0 && offset < this.size && length === Math.min(CONTENT_HASH_BLOCK_SIZE, this.size - offset)
  }

  /** Hashes the block at `offset` (see isBlock), now: the caller may reuse `data` once this returns. */
  add(offset: number, data: Uint8Array): void {
    if (!this.isBlock(offset, data.length)) throw new Error(`bug: ${data.length} bytes at ${offset} are not a content-hash block of a ${this.size}-byte file`)
    this.digests[offset / CONTENT_HASH_BLOCK_SIZE] = createHash('sha256').update(data).digest()
  }

  /** The digest of the block at `offset`, taken elsewhere (see isBlock). */
  set(offset: number, length: number, digest: Buffer): void {
    if (!this.isBlock(offset, length)) throw new Error(`bug: ${length} bytes at ${offset} are not a content-hash block of a ${this.size}-byte file`)
    this.digests[offset / CONTENT_HASH_BLOCK_SIZE] = digest
  }

  /** The content hash once every block has been hashed, else undefined (a block never went by whole). */
  digest(): string | undefined {
    if (this.digests.some((digest) => digest === undefined)) return undefined
    return createHash('sha256').update(Buffer.concat(this.digests as Buffer[])).digest('hex')
  }
}

export interface HashedFile {
  size: number
  contentHash: string
}

/** Blocks in hand beyond those being hashed: one being read, and with a use, those being used. */
const READ_AHEAD = 1
const IN_USE = 2

/**
 * Reads a file once, a block per positional read into a few reused buffers, and hashes each block
 * while the next ones are read: on worker threads for a large file on several cores (a 1 GiB file
 * took 0.7-0.95 s on two workers against 1.15-1.4 s on one, on two cores), else on this thread.
 * `use`, when given, gets every block too (to write it elsewhere), in order, while it is hashed
 * and without waiting for the previous one's promise; a buffer is read into again only once its
 * hash and its use are done. A file whose size changes meanwhile is refused: what was read is no
 * file that ever existed.
 */
export async function readHashedBlocks(path: string, use?: (block: Buffer, offset: number) => Promise<void>, identity?: FileIdentity): Promise<HashedFile> {
  const handle = await openSourceFile(path, identity)
  try {
    const size = (await handle.stat()).size
    const count = Math.ceil(size / CONTENT_HASH_BLOCK_SIZE)
    const hasher = blockHasherFor(count)
    try {
      const blocks = await readBlocks(handle, path, size, hasher, use)
      const contentHash = blocks.digest()
      if (contentHash === undefined) throw new Error(`bug: ${path}: a block was not hashed`)
      return { size, contentHash }
    } finally {
      await hasher.close()
    }
  } finally {
    await handle.close()
  }
}

async function readBlocks(handle: FileHandle, path: string, size: number, hasher: BlockHasher, use: ((block: Buffer, offset: number) => Promise<void>) | undefined): Promise<BlockDigests> {
  const blocks = new BlockDigests(size)
  const count = Math.ceil(size / CONTENT_HASH_BLOCK_SIZE)
  // Every block being hashed, one being read, and those still being used; two at least, so that
  // the next block is read while this one is hashed.
  const slots = Math.max(1, Math.min(Math.max(hasher.workers, 1) + READ_AHEAD + (use ? IN_USE : 0), count))
  const buffers = Array.from({ length: slots }, () => hasher.allocate(Math.min(CONTENT_HASH_BLOCK_SIZE, size)))
  // What still holds each buffer (its block's hash and use), and whether that is over, known
  // without waiting (a fulfilled promise is only seen as such on a later turn).
  const busy: Array<Promise<unknown> | undefined> = new Array(slots).fill(undefined)
  const free: boolean[] = new Array(slots).fill(true)
  const blockAt = (index: number): Buffer => buffers[index % slots]!.subarray(0, Math.min(CONTENT_HASH_BLOCK_SIZE, size - index * CONTENT_HASH_BLOCK_SIZE))
  // A block's read goes to the thread pool at once when its buffer is free, else once it is.
  const startRead = (index: number): Promise<number> => {
    const read = () => readFully(handle, blockAt(index), index * CONTENT_HASH_BLOCK_SIZE)
    const previous = busy[index % slots]
    return free[index % slots] || previous === undefined ? read() : previous.then(read)
  }
  let reading: Promise<number> | undefined = count > 0 ? startRead(0) : undefined
  try {
    for (let index = 0; index < count; index++) {
      const block = blockAt(index)
      const offset = index * CONTENT_HASH_BLOCK_SIZE
      if ((await reading!) < block.length) throw changedSize(path)
      // The next block is read while this one is hashed: its buffer is another one (slots >= 2).
      reading = index + 1 < count ? startRead(index + 1) : undefined
      const slot = index % slots
      free[slot] = false
      const hashed = hasher.digest(block).then((digest) => blocks.set(offset, block.length, digest))
      busy[slot] = Promise.all([hashed, use?.(block, offset)]).then(() => {
        free[slot] = true
      })
      // A failure is seen where the slot is next awaited; until then it is no unhandled rejection.
      busy[slot]!.catch(() => undefined)
    }
    const { bytesRead } = await handle.read(Buffer.alloc(1), 0, 1, size)
    if (bytesRead > 0) throw changedSize(path)
  } finally {
    // Nothing may still read, hash or fill a buffer once this returns, failed or not.
    await Promise.allSettled([...busy, reading])
  }
  await Promise.all(busy)
  return blocks
}

function changedSize(path: string): Error {
  return new Error(`${path} changed size while it was being read; run again once it is complete`)
}

/** Fills `buffer` from `position`, in as many reads as it takes; the bytes read (fewer at the end of the file). */
async function readFully(handle: FileHandle, buffer: Buffer, position: number): Promise<number> {
  let filled = 0
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, position + filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return filled
}

/** Reads a file once and gives its size and content hash. */
export function contentHashOfFile(path: string, identity?: FileIdentity): Promise<HashedFile> {
  return readHashedBlocks(path, undefined, identity)
}

export function contentHashOf(data: Uint8Array): string {
  return new ContentHasher().update(data).digest()
}
