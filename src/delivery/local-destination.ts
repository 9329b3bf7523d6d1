// The local-folder destination: the same layout and manifest as Dropbox, in a folder on this
// machine. The stable link is the stable folder's file:// URL; the manifest revision is its hash.
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, open, readdir, rm, rename, stat, unlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { pathToFileURL } from 'node:url'
import { randomBytes } from 'node:crypto'
import { sha256Hex } from '../contracts/canonical.js'
import { readTextIfPresent, writeFileAtomic } from '../evidence/local-store.js'
import type { Clock } from '../platform/clock.js'
import { ContentHasher, contentHashOfFile } from './content-hash.js'
import type { DeliveryDestination, RemoteEntry, ShareLink, StoredManifest, TransferProgress, UploadedFile, UploadItem } from './destination.js'

const LOCK_STALE_MS = 30_000

export class LocalDestination implements DeliveryDestination {
  readonly kind = 'local'
  private readonly root: string

  /** `projectFolder` is `<folder>/<project>`, already checked to hold no `..`. */
  constructor(projectFolder: string, private readonly clock: Clock) {
    this.root = resolve(projectFolder)
  }

  displayPath(relative: string): string {
    return relative === '' ? this.root : join(this.root, relative)
  }

  describe(): string {
    return `local folder ${this.root}`
  }

  async readManifest(relative: string): Promise<StoredManifest | undefined> {
    const text = await readTextIfPresent(this.displayPath(relative))
    return text === undefined ? undefined : { text, revision: sha256Hex(text) }
  }

  async writeManifest(relative: string, text: string, expectedRevision: string | undefined): Promise<'written' | 'conflict'> {
    const path = this.displayPath(relative)
    await mkdir(join(path, '..'), { recursive: true })
    const release = await this.lock(`${path}.lock`)
    try {
      const current = await readTextIfPresent(path)
      const revision = current === undefined ? undefined : sha256Hex(current)
      if (revision !== expectedRevision) return 'conflict'
      await writeFileAtomic(path, text)
      return 'written'
    } finally {
      await release()
    }
  }

  async listFolder(relative: string): Promise<RemoteEntry[] | undefined> {
    const folder = this.displayPath(relative)
    let names: string[]
    try {
      names = await readdir(folder)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
    const entries: RemoteEntry[] = []
    for (const name of names.sort()) {
      if (name.startsWith('.shipgate-')) continue
      const info = await stat(join(folder, name))
      if (info.isDirectory()) entries.push({ kind: 'folder', name })
      else if (info.isFile()) entries.push({ kind: 'file', name, size: info.size, contentHash: (await contentHashOfFile(join(folder, name))).contentHash })
    }
    return entries
  }

  async upload(folder: string, items: UploadItem[], progress: TransferProgress): Promise<UploadedFile[]> {
    const target = this.displayPath(folder)
    await mkdir(target, { recursive: true })
    const uploaded: UploadedFile[] = []
    for (const item of items) {
      // Copy to a hidden name, hashing what is written, then rename: a crash leaves no half file.
      const temporary = join(target, `.shipgate-${randomBytes(6).toString('hex')}.tmp`)
      const hasher = new ContentHasher()
      try {
        await pipeline(
          createReadStream(item.localPath, { highWaterMark: 1024 * 1024 }),
          async function* (source: AsyncIterable<Buffer>) {
            for await (const chunk of source) {
              hasher.update(chunk)
              progress.advance(chunk.length)
              yield chunk
            }
          },
          createWriteStream(temporary),
        )
        await rename(temporary, join(target, item.name))
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      }
      uploaded.push({ name: item.name, size: hasher.size, contentHash: hasher.digest() })
    }
    return uploaded
  }

  async deleteFile(relative: string): Promise<void> {
    await rm(this.displayPath(relative), { force: true })
  }

  async deleteFolder(relative: string): Promise<void> {
    await rm(this.displayPath(relative), { recursive: true, force: true })
  }

  async shareLink(folder: string, options: { known?: string; refresh: boolean }): Promise<ShareLink> {
    const path = this.displayPath(folder)
    const url = pathToFileURL(path).href
    if (options.known === undefined) return { url, status: 'created' }
    if (!options.refresh) return { url: options.known, status: 'reused' }
    // A local link is "revoked" when the manifest's link no longer names the stable folder (the
    // folder moved, or the manifest came from elsewhere): it is replaced by the folder's URL.
    await mkdir(path, { recursive: true })
    return options.known === url ? { url, status: 'reused' } : { url, status: 'recreated' }
  }

  /** An exclusive lock file; a lock older than LOCK_STALE_MS is from a crashed run and is taken over. */
  private async lock(path: string): Promise<() => Promise<void>> {
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open(path, 'wx')
        await handle.close()
        return async () => {
          await unlink(path).catch(() => undefined)
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        const age = await stat(path).then((info) => this.clock.now().getTime() - info.mtimeMs, () => 0)
        if (age > LOCK_STALE_MS) await unlink(path).catch(() => undefined)
        else await this.clock.sleep(Math.min(20 * (attempt + 1), 200))
      }
    }
  }
}
