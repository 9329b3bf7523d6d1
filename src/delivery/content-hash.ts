// Dropbox's content_hash, computed while a file streams by: SHA-256 of every 4 MiB block, then the
// SHA-256 of those digests concatenated. Only one block's hash state is held at a time.
import { createHash, type Hash } from 'node:crypto'
import { open } from 'node:fs/promises'

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

export interface HashedFile {
  size: number
  contentHash: string
}

/** Reads a file once, in block-sized positional reads into one reused buffer. */
export async function contentHashOfFile(path: string, onBytes?: (bytes: number) => void): Promise<HashedFile> {
  const hasher = new ContentHasher()
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(CONTENT_HASH_BLOCK_SIZE)
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      hasher.update(buffer.subarray(0, bytesRead))
      onBytes?.(bytesRead)
    }
  } finally {
    await handle.close()
  }
  return { size: hasher.size, contentHash: hasher.digest() }
}

export function contentHashOf(data: Uint8Array): string {
  return new ContentHasher().update(data).digest()
}
