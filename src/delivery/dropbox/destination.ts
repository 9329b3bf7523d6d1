// The Dropbox destination: small files in one files/upload, larger ones through upload sessions
// (sequential ones resumed from incorrect_offset; for large files concurrent ones, with a few chunks
// in flight so that sending never waits on the server's storing of the previous chunk), committed with one batch finish
// when there are several; the manifest written only at the revision it was read (a lost race is a
// conflict, not a lost run record); one shared link for the stable folder.
import { type FileHandle } from 'node:fs/promises'
import type { files, sharing } from 'dropbox'
import type { DeliveryDestination, RemoteEntry, ShareLink, StoredManifest, TransferProgress, UploadedFile, UploadItem } from '../destination.js'
import { BlockDigests, contentHashOf, contentHashOfFile } from '../content-hash.js'
import { openSourceFile } from '../source-files.js'
import { DropboxApi, DropboxApiError, hintFor, readDropboxError } from './api.js'
import { FileRange } from './node-fetch.js'

export const DEFAULT_SINGLE_UPLOAD_LIMIT = 8 * 1024 * 1024
/** A multiple of 4 MiB, as concurrent sessions require and Dropbox recommends for any session. */
export const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024
/** Files this large go through a concurrent upload session; smaller ones through a sequential one. */
export const DEFAULT_CONCURRENT_SESSION_MIN = 32 * 1024 * 1024
/** Appends in flight at once in a concurrent session (Dropbox suggests a few; memory stays bounded). */
export const DEFAULT_CHUNKS_IN_FLIGHT = 3

export interface DropboxDestinationOptions {
  /** The project folder: `/<destination path>/<project>` (under the API root folder when set). */
  root: string
  /** Shown in logs: how the client authenticates and where that came from. */
  authDescription: string
  singleUploadLimit?: number
  chunkSize?: number
  /** Files of at least this many bytes use a concurrent session (default 32 MiB). */
  concurrentSessionMin?: number
  /** Appends in flight at once in a concurrent session (default 3). */
  chunksInFlight?: number
}

interface SessionCommit {
  /** With the content hash of what was sent, once it was all sent. */
  item: UploadItem
  cursor: files.UploadSessionCursor
  commit: files.CommitInfo
}

/** A file being sent through a session: open once for all its chunks, its blocks hashed as they are read. */
interface UploadSource {
  handle: FileHandle
  blocks: BlockDigests
}

/** One byte range of the file as a request body: read as it is sent, never held whole; a retry reads it again. */
function readRange(file: UploadSource, localPath: string, offset: number, length: number): FileRange | Buffer {
  return length === 0 ? Buffer.alloc(0) : new FileRange(file.handle, localPath, offset, length, file.blocks)
}

/**
 * Runs a session's sending with the file open, then gives the session the content hash of the
 * bytes its chunks read (the last read of each block, as a retried chunk reads it again).
 */
async function withSource(item: UploadItem, send: (file: UploadSource) => Promise<SessionCommit>): Promise<SessionCommit> {
  const handle = await openSourceFile(item.localPath, item.identity)
  let session: SessionCommit
  let sent: string | undefined
  try {
    const source = { handle, blocks: new BlockDigests(item.size) }
    session = await send(source)
    sent = source.blocks.digest()
  } finally {
    await handle.close()
  }
  // A block never read whole in one piece (a resume at an offset inside a block): hash the file.
  sent ??= (await contentHashOfFile(item.localPath, item.identity)).contentHash
  return { ...session, item: { ...item, contentHash: ourHash(item, sent) } }
}

/** The hash of what was read; a file hashed before must have given the same. */
function ourHash(item: UploadItem, sent: string): string {
  if (item.contentHash !== undefined && item.contentHash !== sent) {
    throw new Error(`${item.localPath} changed after it was hashed (content_hash ${item.contentHash}, now ${sent}); run again once the file is complete`)
  }
  return sent
}

function isTag(error: unknown, prefix: string): error is DropboxApiError {
  return error instanceof DropboxApiError && (error.tag ?? '').startsWith(prefix)
}

export class DropboxDestination implements DeliveryDestination {
  readonly kind = 'dropbox'
  /** Each chunk's blocks are hashed as they are sent; the other core is the server's while it stores them. */
  readonly uploadHashesOnWorkers = false
  private readonly singleUploadLimit: number
  private readonly chunkSize: number
  private readonly concurrentSessionMin: number
  private readonly chunksInFlight: number

  constructor(private readonly api: DropboxApi, private readonly options: DropboxDestinationOptions) {
    this.singleUploadLimit = options.singleUploadLimit ?? DEFAULT_SINGLE_UPLOAD_LIMIT
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE
    this.concurrentSessionMin = options.concurrentSessionMin ?? DEFAULT_CONCURRENT_SESSION_MIN
    this.chunksInFlight = options.chunksInFlight ?? DEFAULT_CHUNKS_IN_FLIGHT
    if (this.chunkSize % (4 * 1024 * 1024) !== 0) throw new Error('bug: the upload chunk size must be a multiple of 4 MiB')
    if (!(this.chunksInFlight >= 1 && this.chunksInFlight <= 8)) throw new Error('bug: chunksInFlight must be 1 to 8')
  }

  displayPath(relative: string): string {
    return relative === '' ? this.options.root || '/' : `${this.options.root}/${relative}`
  }

  describe(): string {
    return `Dropbox folder ${this.displayPath('')} (auth: ${this.options.authDescription})`
  }

  async readManifest(relative: string): Promise<StoredManifest | undefined> {
    try {
      const result = await this.api.call('files/download', (sdk, options) => sdk.filesDownload({ path: this.displayPath(relative) }, options))
      const binary = (result as unknown as { fileBinary: Buffer }).fileBinary
      return { text: binary.toString('utf8'), revision: result.rev }
    } catch (error) {
      if (isTag(error, 'path/not_found')) return undefined
      throw error
    }
  }

  async writeManifest(relative: string, text: string, expectedRevision: string | undefined): Promise<'written' | 'conflict'> {
    const contents = Buffer.from(text, 'utf8')
    const mode: files.WriteMode = expectedRevision === undefined ? { '.tag': 'add' } : { '.tag': 'update', update: expectedRevision }
    try {
      await this.api.call('files/upload', (sdk, options) =>
        sdk.filesUpload({ path: this.displayPath(relative), mode, autorename: false, mute: true, strict_conflict: true, contents, content_hash: contentHashOf(contents) }, options),
      )
      return 'written'
    } catch (error) {
      if (isTag(error, 'path/conflict')) return 'conflict'
      throw error
    }
  }

  async listFolder(relative: string): Promise<RemoteEntry[] | undefined> {
    const path = this.displayPath(relative)
    const entries: RemoteEntry[] = []
    let page: files.ListFolderResult
    try {
      page = await this.api.call('files/list_folder', (sdk, options) => sdk.filesListFolder({ path }, options))
    } catch (error) {
      if (isTag(error, 'path/not_found')) return undefined
      throw error
    }
    for (;;) {
      for (const entry of page.entries) {
        if (entry['.tag'] === 'file') entries.push({ kind: 'file', name: entry.name, size: entry.size, contentHash: entry.content_hash })
        else if (entry['.tag'] === 'folder') entries.push({ kind: 'folder', name: entry.name })
      }
      if (!page.has_more) return entries
      const cursor = page.cursor
      try {
        page = await this.api.call('files/list_folder/continue', (sdk, options) => sdk.filesListFolderContinue({ cursor }, options))
      } catch (error) {
        // The cursor was reset (the folder changed under us): list again from the start.
        if (isTag(error, 'reset')) return this.listFolder(relative)
        throw error
      }
    }
  }

  async upload(folder: string, items: UploadItem[], progress: TransferProgress): Promise<UploadedFile[]> {
    const uploaded: UploadedFile[] = []
    const sessions: SessionCommit[] = []
    for (const item of items) {
      const path = `${this.displayPath(folder)}/${item.name}`
      if (item.size <= this.singleUploadLimit) uploaded.push(await this.uploadSmall(item, path, progress))
      else if (item.size >= this.concurrentSessionMin) sessions.push(await this.uploadConcurrentSession(item, path, progress))
      else sessions.push(await this.uploadSession(item, path, progress))
    }
    if (sessions.length === 1) uploaded.push(await this.finishOne(sessions[0]!))
    else if (sessions.length > 1) uploaded.push(...(await this.finishBatch(sessions)))
    return uploaded
  }

  async deleteFile(relative: string): Promise<void> {
    try {
      await this.api.call('files/delete_v2', (sdk, options) => sdk.filesDeleteV2({ path: this.displayPath(relative) }, options))
    } catch (error) {
      if (!isTag(error, 'path_lookup/not_found')) throw error
    }
  }

  /** files/delete_v2 takes a folder with everything in it. */
  async deleteFolder(relative: string): Promise<void> {
    await this.deleteFile(relative)
  }

  async shareLink(folder: string, options: { known?: string; refresh: boolean }): Promise<ShareLink> {
    if (options.known !== undefined && !options.refresh) return { url: options.known, status: 'reused' }
    const path = this.displayPath(folder)
    if (options.known !== undefined) {
      const existing = await this.existingLink(path)
      if (existing) return { url: existing, status: 'reused' }
    }
    try {
      const link = await this.api.call('sharing/create_shared_link_with_settings', (sdk, callOptions) => sdk.sharingCreateSharedLinkWithSettings({ path }, callOptions))
      return { url: link.url, status: options.known === undefined ? 'created' : 'recreated' }
    } catch (error) {
      if (!isTag(error, 'shared_link_already_exists')) throw error
      const metadata = (error.body as { error?: { shared_link_already_exists?: { metadata?: sharing.SharedLinkMetadata } } } | undefined)?.error?.shared_link_already_exists?.metadata
      const url = metadata?.url ?? (await this.existingLink(path))
      if (!url) throw new DropboxApiError(`dropbox: a shared link for ${path} exists but cannot be listed; check the sharing.read scope`, 'sharing/list_shared_links', 409, error.tag, error.body)
      return { url, status: 'reused' }
    }
  }

  private async existingLink(path: string): Promise<string | undefined> {
    const listed = await this.api.call('sharing/list_shared_links', (sdk, options) => sdk.sharingListSharedLinks({ path, direct_only: true }, options))
    return listed.links.find((link) => link.path_lower === undefined || link.path_lower === path.toLowerCase())?.url
  }

  private async uploadSmall(item: UploadItem, path: string, progress: TransferProgress): Promise<UploadedFile> {
    const handle = await openSourceFile(item.localPath, item.identity)
    let contents: Buffer
    try {
      contents = Buffer.allocUnsafe(item.size)
      const { bytesRead } = await handle.read(contents, 0, item.size, 0)
      if (bytesRead !== item.size) throw new Error(`${item.localPath} changed size while it was being delivered; run again`)
    } finally {
      await handle.close()
    }
    const sent = { ...item, contentHash: ourHash(item, contentHashOf(contents)) }
    const metadata = await this.api.call('files/upload', (sdk, options) =>
      sdk.filesUpload({ path, mode: { '.tag': 'overwrite' }, autorename: false, mute: true, contents, content_hash: sent.contentHash }, options),
    )
    progress.advance(item.size)
    return this.verified(sent, metadata)
  }

  /**
   * Streams one file through a sequential session in chunks. Each chunk is its byte range of the
   * file, read as it is sent, so no chunk is held in memory and a retry or a resume re-reads it.
   */
  private async uploadSession(item: UploadItem, path: string, progress: TransferProgress): Promise<SessionCommit> {
    return withSource(item, (file) => this.sendSequential(item, path, progress, file))
  }

  private async sendSequential(item: UploadItem, path: string, progress: TransferProgress, file: UploadSource): Promise<SessionCommit> {
    const range = (offset: number, length: number) => readRange(file, item.localPath, offset, length)
    const start = await this.api.call('files/upload_session/start', (sdk, options) => sdk.filesUploadSessionStart({ close: false }, options))
    const sessionId = start.session_id
    let offset = 0
    let closed = false
    while (!closed) {
      const length = Math.min(this.chunkSize, item.size - offset)
      const close = offset + length >= item.size
      const cursorOffset = offset
      try {
        await this.api.call('files/upload_session/append_v2', (sdk, options) =>
          sdk.filesUploadSessionAppendV2({ cursor: { session_id: sessionId, offset: cursorOffset }, close, contents: range(cursorOffset, length) }, options),
        )
        progress.advance(length)
        offset += length
        closed = close
      } catch (error) {
        // The closing append landed but its acknowledgement was lost: the retry finds the session
        // closed, which only this append does. The finish names the full offset, which the server
        // checks (incorrect_offset otherwise), and the committed file's content hash is checked.
        if (close && isTag(error, 'closed')) {
          progress.advance(item.size - offset)
          offset = item.size
          closed = true
          continue
        }
        // The server has a different offset than we think: an acknowledgement was lost, or a
        // retried chunk had arrived. Continue from where the server is.
        const correct = isTag(error, 'incorrect_offset') ? error.correctOffset : undefined
        if (correct === undefined || correct < 0 || correct > item.size || correct === cursorOffset) throw error
        if (correct > offset) progress.advance(correct - offset)
        offset = correct
      }
    }
    return this.sessionCommit(item, path, sessionId)
  }

  /**
   * Streams one file through a concurrent session: chunks (multiples of 4 MiB) appended by a few
   * workers at once, so that the next chunk is on the wire while the server stores the last one.
   * Each append is retried on its own (5xx, dropped connection, 429); a chunk sent twice is the same
   * bytes at the same offset, which the session keeps once. The closing append, the only one that
   * may be short, goes last, once every other chunk is acknowledged: a session takes no appends
   * after it is closed.
   */
  private async uploadConcurrentSession(item: UploadItem, path: string, progress: TransferProgress): Promise<SessionCommit> {
    return withSource(item, (file) => this.sendConcurrent(item, path, progress, file))
  }

  private async sendConcurrent(item: UploadItem, path: string, progress: TransferProgress, file: UploadSource): Promise<SessionCommit> {
    const start = await this.api.call('files/upload_session/start', (sdk, options) =>
      sdk.filesUploadSessionStart({ close: false, session_type: { '.tag': 'concurrent' } }, options),
    )
    const sessionId = start.session_id
    const chunks = Math.max(1, Math.ceil(item.size / this.chunkSize))
    const append = async (index: number, close: boolean): Promise<void> => {
      const offset = index * this.chunkSize
      const length = Math.min(this.chunkSize, item.size - offset)
      try {
        await this.api.call('files/upload_session/append_v2', (sdk, options) =>
          sdk.filesUploadSessionAppendV2({ cursor: { session_id: sessionId, offset }, close, contents: readRange(file, item.localPath, offset, length) }, options),
        )
      } catch (error) {
        // The closing append landed but its acknowledgement was lost: the retry finds the session
        // closed. Only this append closes it, and the finish checks the content hash.
        if (!(close && isTag(error, 'closed'))) throw error
      }
      progress.advance(length)
    }

    let next = 0
    let failure: { error: unknown } | undefined
    const worker = async (): Promise<void> => {
      while (failure === undefined && next < chunks - 1) {
        const index = next++
        try {
          await append(index, false)
        } catch (error) {
          failure ??= { error }
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(this.chunksInFlight, chunks - 1) }, worker))
    if (failure) throw failure.error
    await append(chunks - 1, true)
    return this.sessionCommit(item, path, sessionId)
  }

  private sessionCommit(item: UploadItem, path: string, sessionId: string): SessionCommit {
    return {
      item,
      cursor: { session_id: sessionId, offset: item.size },
      commit: { path, mode: { '.tag': 'overwrite' }, autorename: false, mute: true },
    }
  }

  private async finishOne(session: SessionCommit): Promise<UploadedFile> {
    try {
      const metadata = await this.api.call('files/upload_session/finish', (sdk, options) =>
        sdk.filesUploadSessionFinish({ cursor: session.cursor, commit: session.commit, contents: Buffer.alloc(0) }, options),
      )
      return this.verified(session.item, metadata)
    } catch (error) {
      // A finish whose acknowledgement was lost committed the file: its retry finds no session.
      if (isTag(error, 'lookup_failed')) return this.committedAnyway(session, error)
      throw error
    }
  }

  private async finishBatch(sessions: SessionCommit[]): Promise<UploadedFile[]> {
    const result = await this.api.call('files/upload_session/finish_batch_v2', (sdk, options) =>
      sdk.filesUploadSessionFinishBatchV2({ entries: sessions.map(({ cursor, commit }) => ({ cursor, commit })) }, options),
    )
    const uploaded: UploadedFile[] = []
    for (const [index, entry] of result.entries.entries()) {
      const session = sessions[index]!
      if (entry['.tag'] === 'success') uploaded.push(this.verified(session.item, entry as unknown as files.FileMetadata))
      else {
        // A failed entry is an UploadSessionFinishError, as a finish of its own would answer.
        const body = { error: (entry as { failure?: unknown }).failure }
        const { tag, correctOffset } = readDropboxError(body)
        // Lock contention on this entry: Dropbox asks for it to be committed again.
        if (tag?.endsWith('too_many_write_operations')) {
          uploaded.push(await this.finishOne(session))
          continue
        }
        const failure = new DropboxApiError(
          `dropbox: files/upload_session/finish_batch_v2: ${session.commit.path}: 409 ${tag ?? JSON.stringify(body.error)}; ${hintFor(tag)}`,
          'files/upload_session/finish_batch_v2',
          409,
          tag,
          body,
          correctOffset,
        )
        uploaded.push(await this.committedAnyway(session, failure))
      }
    }
    return uploaded
  }

  private async committedAnyway(session: SessionCommit, failure: Error): Promise<UploadedFile> {
    const metadata = await this.api.call('files/get_metadata', (sdk, options) => sdk.filesGetMetadata({ path: session.commit.path }, options)).catch(() => undefined)
    if (metadata?.['.tag'] === 'file' && (metadata as files.FileMetadataReference).content_hash === session.item.contentHash) {
      return this.verified(session.item, metadata as files.FileMetadataReference)
    }
    throw failure
  }

  /** `item` carries the content hash of what was sent. */
  private verified(item: UploadItem, metadata: files.FileMetadata): UploadedFile {
    if (item.contentHash === undefined) throw new Error(`bug: ${item.name} was committed before its content hash was known`)
    if (metadata.content_hash !== item.contentHash || metadata.size !== item.size) {
      throw new Error(
        `dropbox: ${metadata.path_display ?? item.name}: the server has content_hash ${metadata.content_hash} (${metadata.size} bytes), ours is ${item.contentHash} (${item.size} bytes); the local file changed during the upload, run again`,
      )
    }
    return { name: item.name, size: item.size, contentHash: item.contentHash }
  }
}
