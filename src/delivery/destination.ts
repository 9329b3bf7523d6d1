// The port deliver writes through: one interface for a Dropbox folder and a local folder. Paths are
// relative to the project folder at the destination; `displayPath` turns them into what users see.
import type { ShareStatus } from '../contracts/delivery.js'
import type { FileIdentity } from './source-files.js'

export interface RemoteEntry {
  kind: 'file' | 'folder'
  name: string
  /** Files only. */
  size?: number
  contentHash?: string
}

export interface StoredManifest {
  text: string
  /** Changes whenever the manifest does; a conditional write compares it. */
  revision: string
}

export interface UploadItem {
  localPath: string
  name: string
  /** From stat, or from hashing the file first; the upload sends exactly this many bytes. */
  size: number
  /**
   * Our content hash when the file was hashed before the upload: the destination's must come out
   * equal. Absent when the upload is the file's one read: it hashes what it sends.
   */
  contentHash?: string
  /** The source file that was checked (see source-files.ts): the upload reads that file or none. */
  identity?: FileIdentity
}

export interface UploadedFile {
  name: string
  size: number
  /** Of the bytes the upload read and sent, confirmed by the destination where it reports one. */
  contentHash: string
}

export interface TransferProgress {
  start(totalBytes: number, files: number): void
  advance(bytes: number): void
  finish(): void
}

export interface ShareLink {
  url: string
  status: ShareStatus
}

export interface DeliveryDestination {
  readonly kind: 'dropbox' | 'local'
  /** Whether upload() reads the files through the block hashers (hash-pool.ts): a run keeps them started for it. */
  readonly uploadHashesOnWorkers: boolean
  /** Where a project-relative path is, as shown to the user and kept in the manifest. */
  displayPath(relative: string): string
  /** Logged once before anything is done (auth mode, where the project lives). */
  describe(): string
  readManifest(relative: string): Promise<StoredManifest | undefined>
  /** Writes only if the manifest is still at `expectedRevision` (undefined: still absent). */
  writeManifest(relative: string, text: string, expectedRevision: string | undefined): Promise<'written' | 'conflict'>
  /** The folder's entries, or undefined when it does not exist. */
  listFolder(relative: string): Promise<RemoteEntry[] | undefined>
  /**
   * Uploads into the folder (created as needed), replacing files of the same name, reading each
   * file once; returns every item with the content hash of what was sent.
   */
  upload(folder: string, items: UploadItem[], progress: TransferProgress): Promise<UploadedFile[]>
  deleteFile(relative: string): Promise<void>
  /** Removes the folder with everything in it; nothing happens if it is not there. */
  deleteFolder(relative: string): Promise<void>
  /** The folder's stable link: `known` is the link the manifest has; refresh re-checks it exists. */
  shareLink(folder: string, options: { known?: string; refresh: boolean }): Promise<ShareLink>
}

export const silentProgress: TransferProgress = { start: () => {}, advance: () => {}, finish: () => {} }
