// The local-folder destination: the same layout and manifest as Dropbox, in a folder on this
// machine. The stable link is the stable folder's file:// URL; the manifest revision is its hash.
// The project folder keeps the content hashes of the files it wrote (.shipgate-content-hashes.json,
// outside the shared folder), so that a later run lists them without reading them again.
import { writeSync, type BigIntStats } from 'node:fs'
import { mkdir, open, rm, rename, stat, unlink, type FileHandle } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { sha256Hex } from '../contracts/canonical.js'
import { readTextIfPresent, writeFileAtomic } from '../evidence/local-store.js'
import { namesInFolder } from '../evidence/atomic-file.js'
import type { Clock } from '../platform/clock.js'
import { contentHashOfFile, readHashedBlocks, type HashedFile } from './content-hash.js'
import { fileStamp } from './source-files.js'
import type { DeliveryDestination, RemoteEntry, ShareLink, StoredManifest, TransferProgress, UploadedFile, UploadItem } from './destination.js'

const LOCK_STALE_MS = 30_000

/** In the project folder, beside the folders it names (its listing skips `.shipgate-` names). */
const HASHES_FILE = '.shipgate-content-hashes.json'
/**
 * Copies are written here, in the project folder, and renamed into their version folder once
 * whole: a killed copy never leaves part of a file in a folder the shared link shows.
 */
const PARTIAL_FOLDER = '.shipgate-partial'
/** A partial copy this old belongs to no running copy (which writes to it all the time). */
const PARTIAL_STALE_MS = 10 * 60 * 1000

/**
 * What the hash file holds: for each file written (by its path under the project folder), its stamp
 * after the write (device, inode, size, mtime and ctime; any write, replacement or touch changes
 * it) and the content hash of what was written. A file whose stamp differs is hashed again; a hash file that does not parse is
 * no hash file. Only a process that can write the folder can write it, and such a process could
 * change the manifest as well.
 */
const FolderHashes = z.object({
  schema: z.literal('shipgate.local-content-hashes/v1'),
  files: z.record(z.string(), z.object({ stamp: z.string(), contentHash: z.string().regex(/^[0-9a-f]{64}$/) })),
})
type FolderHashes = z.infer<typeof FolderHashes>


function hashKey(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`
}

async function readHashes(root: string): Promise<FolderHashes> {
  const empty: FolderHashes = { schema: 'shipgate.local-content-hashes/v1', files: {} }
  let text: string | undefined
  try {
    text = await readTextIfPresent(join(root, HASHES_FILE))
  } catch {
    return empty
  }
  if (text === undefined) return empty
  try {
    const parsed = FolderHashes.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : empty
  } catch {
    return empty
  }
}

/**
 * A file this destination wrote is not read again to list it: its hash is the one taken while
 * copying, as long as the file is still the one written (its stamp is unchanged). Anything else
 * is hashed from the disk.
 */
async function contentHashOf(path: string, info: BigIntStats, known: { stamp: string; contentHash: string } | undefined): Promise<string> {
  if (known && known.stamp === fileStamp(info)) return known.contentHash
  return (await contentHashOfFile(path)).contentHash
}

/** Undefined for a path that is gone (ENOENT); any other failure stands. */
function ifGone(error: unknown): undefined {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
  throw error
}

/**
 * Writes at most this much per call. A 1 GiB copy written 4 MiB per call took 2.1-3.6 s of kernel
 * time on a VM whose freed memory goes back to its host (each large page-cache folio then costs a
 * fault on the host); 64-128 KiB per call took 0.4-0.7 s there, as a `cp` does (measured with
 * plain writes of 1 GiB in 64 KiB to 4 MiB pieces). On other machines the extra calls cost little.
 */
const WRITE_PIECE = 128 * 1024

/**
 * Writes all of `data` at `position`, a piece per call, on this thread: one block's writes are
 * then no chain of round trips to the thread pool (8192 of them for 1 GiB, which set the pace of
 * the copy while the hashing ran on worker threads).
 */
function writeFully(file: FileHandle, data: Buffer, position: number): void {
  for (let written = 0; written < data.length;) written += writeSync(file.fd, data, written, Math.min(WRITE_PIECE, data.length - written), position + written)
}

export class LocalDestination implements DeliveryDestination {
  readonly kind = 'local'
  /** The copy hashes each block it reads on the block hashers. */
  readonly uploadHashesOnWorkers = true
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
    const names = await namesInFolder(folder)
    if (!names) return undefined
    const known = await readHashes(this.root)
    const entries: RemoteEntry[] = []
    for (const name of names.sort()) {
      // shipgate's own files live in the project folder; anywhere else such a name is a stray.
      if (relative === '' && name.startsWith('.shipgate-')) continue
      // An entry another run removes while this one lists the folder is not there.
      const info = await stat(join(folder, name), { bigint: true }).catch(ifGone)
      if (info?.isDirectory()) entries.push({ kind: 'folder', name })
      else if (info?.isFile()) {
        const contentHash = await contentHashOf(join(folder, name), info, known.files[hashKey(relative, name)]).catch(ifGone)
        if (contentHash !== undefined) entries.push({ kind: 'file', name, size: Number(info.size), contentHash })
      }
    }
    return entries
  }

  async upload(folder: string, items: UploadItem[], progress: TransferProgress): Promise<UploadedFile[]> {
    const target = this.displayPath(folder)
    await mkdir(target, { recursive: true })
    const partial = join(this.root, PARTIAL_FOLDER)
    await mkdir(partial, { recursive: true })
    await this.removeStalePartials(partial)
    const uploaded: UploadedFile[] = []
    const written: FolderHashes['files'] = {}
    for (const item of items) {
      // Copy to a hidden name outside the shared folders, hashing what is read as it is written,
      // then rename: a crash leaves no half file where the link shows it.
      const temporary = join(partial, `${randomBytes(6).toString('hex')}.tmp`)
      const destination = join(target, item.name)
      const copy = await open(temporary, 'wx')
      let copied: HashedFile
      try {
        try {
          // One block's writes after another's: writes to one file queue on its inode lock anyway,
          // and side by side they spin on it (a tenth of the copy's time in kernel profiles).
          copied = await readHashedBlocks(item.localPath, async (block, offset) => {
            writeFully(copy, block, offset)
            progress.advance(block.length)
          }, item.identity)
        } finally {
          await copy.close()
        }
        if (copied.size !== item.size || (item.contentHash !== undefined && copied.contentHash !== item.contentHash)) {
          throw new Error(`${item.localPath} changed while it was being delivered (${copied.size} bytes, content_hash ${copied.contentHash}; expected ${item.size} bytes${item.contentHash === undefined ? '' : `, ${item.contentHash}`}); run again`)
        }
        await rename(temporary, destination)
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      }
      written[hashKey(folder, item.name)] = { stamp: fileStamp(await stat(destination, { bigint: true })), contentHash: copied.contentHash }
      uploaded.push({ name: item.name, size: copied.size, contentHash: copied.contentHash })
    }
    // The hash file only saves a later run a read: failing to write it fails no delivery.
    await this.rememberHashes(written).catch(() => undefined)
    return uploaded
  }

  /** Partial copies left by killed runs; a failure to remove one only leaves it. */
  private async removeStalePartials(partial: string): Promise<void> {
    const now = this.clock.now().getTime()
    for (const name of (await namesInFolder(partial)) ?? []) {
      const path = join(partial, name)
      const info = await stat(path).catch(() => undefined)
      if (info?.isFile() && now - info.mtimeMs > PARTIAL_STALE_MS) await rm(path, { force: true }).catch(() => undefined)
    }
  }

  /**
   * Adds what was written to the hash file and drops the entries of files that are gone, under the
   * manifest's lock: a run that loses a race loses only hashes, which are taken again from the
   * disk. A crash before this leaves files without hashes, which are read again.
   */
  private async rememberHashes(written: FolderHashes['files']): Promise<void> {
    const path = join(this.root, HASHES_FILE)
    const release = await this.lock(`${path}.lock`)
    try {
      const hashes = await readHashes(this.root)
      for (const key of Object.keys(hashes.files)) {
        if (!(await stat(join(this.root, key)).then((info) => info.isFile(), () => false))) delete hashes.files[key]
      }
      Object.assign(hashes.files, written)
      await writeFileAtomic(path, `${JSON.stringify(hashes, null, 2)}\n`)
    } finally {
      await release()
    }
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
