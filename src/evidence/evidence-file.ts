// The one way evidence is read from disk: a regular file inside the artifacts folder, no bigger
// than a limit, in UTF-8. Anything else (a FIFO that would block the reader forever, a device, a
// folder, a symlink leading out of the folder) is a problem with the file, never a hang or a throw.
import { constants, type Stats } from 'node:fs'
import { open, readlink, realpath, stat, type FileHandle } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import type { FieldProblem } from '../contracts/index.js'
import { ConfigurationError } from '../errors.js'

/** No contract comes near this; a file this big is not evidence, and reading it would only cost memory. */
export const EVIDENCE_SIZE_LIMIT = 16 * 1024 * 1024

export type EvidenceFileRead = { state: 'missing' } | { state: 'refused'; problem: FieldProblem } | { state: 'read'; text: string }

/** What a file that is not a regular file is, in words. */
export function describeFileType(stats: Stats): string {
  if (stats.isFile()) return 'a file'
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isDirectory()) return 'a folder'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSymbolicLink()) return 'a symbolic link'
  return 'of an unknown type'
}

function refused(message: string): EvidenceFileRead {
  return { state: 'refused', problem: { field: '(file)', message } }
}

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

/**
 * Reads `path`, which lies under `root` (the artifacts folder). Missing when the file (or its
 * `<kind>` or `<sha>` folder, or the root) does not exist. Throws only a ConfigurationError, and
 * only when the root itself exists but is not a folder: that is a wrong `--artifacts-dir`, not bad
 * evidence. Symlinks are followed as long as they end inside the root's real path.
 */
export async function readEvidenceFile(root: string, path: string, limit = EVIDENCE_SIZE_LIMIT): Promise<EvidenceFileRead> {
  const lexical = relative(resolve(root), resolve(path))
  if (lexical === '' || lexical.startsWith('..') || isAbsolute(lexical)) throw new Error(`bug: evidence file ${path} is not under ${root}`)

  let realRoot: string
  try {
    realRoot = await realpath(root)
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return { state: 'missing' }
    if (errnoOf(error) === 'ENOTDIR') throw notAFolder(root, 'a part of its path is a file')
    return refused(`cannot be read: the artifacts folder ${root}: ${(error as Error).message}`)
  }
  const rootStats = await stat(realRoot).catch(() => undefined)
  if (rootStats && !rootStats.isDirectory()) throw notAFolder(root, `it is ${describeFileType(rootStats)}`)

  let realFile: string
  try {
    realFile = await realpath(path)
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return { state: 'missing' }
    if (errnoOf(error) === 'ENOTDIR') return refused(`cannot be read: ${await blockingAncestor(root, path)} is not a folder`)
    if (errnoOf(error) === 'ELOOP') return refused('is a symlink loop, not a regular file')
    return refused(`cannot be read (${(error as Error).message})`)
  }
  const inside = (real: string) => real.startsWith(realRoot.endsWith(sep) ? realRoot : `${realRoot}${sep}`)
  if (!inside(realFile)) return refused(`is a symlink that resolves outside the artifacts folder (to ${realFile})`)
  // The check above is of a path: a folder on the way can be swapped for a symlink out of the root
  // before the open. So the file actually opened is checked too, and read from the same descriptor.
  const opened = await openRegularFile(realFile, false)
  if (opened.state !== 'open') return opened.state === 'missing' ? opened : refused(opened.reason)
  let read: RegularFileRead
  try {
    const openedAt = await realPathOfOpenFile(opened.handle, realFile)
    if (openedAt === undefined) return refused('changed while it was read: the file opened is no longer at its path inside the artifacts folder')
    if (!inside(openedAt)) return refused(`changed while it was read: a folder on its path was swapped for a symlink, and the file opened is outside the artifacts folder (${openedAt})`)
    read = await readOpenFile(opened.handle, opened.stats, limit, 'evidence')
  } finally {
    await opened.handle.close()
  }
  if (read.state !== 'read') return read.state === 'missing' ? read : refused(read.reason)
  try {
    // ignoreBOM keeps a byte-order mark in the text, where JSON.parse refuses it, as it always has.
    return { state: 'read', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(read.bytes) }
  } catch {
    return refused('is not valid UTF-8 text')
  }
}

/**
 * Where the file open at handle (opened by the path `path`) really is, every symlink resolved, or
 * undefined when that cannot be told. On Linux the kernel says it: /proc/self/fd/<fd> is a link to
 * the path the descriptor was opened at, with no symlink in it (it is read, not resolved again,
 * since resolving it would walk the folders as they are now). Elsewhere (no /proc): the real path
 * of `path` now, only if it still leads to the very file opened (same device and inode); that leaves
 * a narrower race, a swap after the open and before the realpath, which the /proc answer does not.
 */
export async function realPathOfOpenFile(handle: FileHandle, path: string, descriptorFolder = '/proc/self/fd'): Promise<string | undefined> {
  try {
    const target = await readlink(`${descriptorFolder}/${handle.fd}`)
    // Anything else ('pipe:[…]', 'anon_inode:…') is no file in a folder.
    return isAbsolute(target) ? target : undefined
  } catch {
    // No /proc, or not readable here (Node's permission model refuses it): the path's real path.
  }
  try {
    const real = await realpath(path)
    const [now, opened] = await Promise.all([stat(real), handle.stat()])
    return now.dev === opened.dev && now.ino === opened.ino ? real : undefined
  } catch {
    return undefined
  }
}

export type RegularFileRead = { state: 'missing' } | { state: 'refused'; reason: string } | { state: 'read'; bytes: Buffer }

/**
 * Opens a path that must be a regular file without ever blocking: O_NONBLOCK makes opening a FIFO
 * return at once (a FIFO then fails the fstat check). Without followSymlinks, O_NOFOLLOW refuses a
 * final symlink: the evidence reader passes the real path it has checked, so a link swapped in
 * after that check is refused rather than followed out of the folder. Reads at most limit + 1
 * bytes. `what` names the file's role in the size message.
 */
export async function readRegularFile(path: string, limit: number, what: string, followSymlinks = false): Promise<RegularFileRead> {
  const opened = await openRegularFile(path, followSymlinks)
  if (opened.state !== 'open') return opened
  try {
    return await readOpenFile(opened.handle, opened.stats, limit, what)
  } finally {
    await opened.handle.close()
  }
}

export type RegularFileOpen = { state: 'missing' } | { state: 'refused'; reason: string } | { state: 'open'; handle: FileHandle; stats: Stats }

/**
 * Opens path without blocking (see readRegularFile) and keeps it open only if it is a regular file;
 * the caller reads from the handle (never the path again) and closes it.
 */
export async function openRegularFile(path: string, followSymlinks: boolean): Promise<RegularFileOpen> {
  let handle: FileHandle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY | (followSymlinks ? 0 : constants.O_NOFOLLOW))
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return { state: 'missing' }
    // Swapped for a symlink between realpath and open.
    if (errnoOf(error) === 'ELOOP') return { state: 'refused', reason: 'is a symbolic link that changed while it was read' }
    return { state: 'refused', reason: `cannot be read (${(error as Error).message})` }
  }
  try {
    const stats = await handle.stat()
    if (stats.isFile()) return { state: 'open', handle, stats }
    await handle.close()
    return { state: 'refused', reason: `is ${describeFileType(stats)}, not a regular file` }
  } catch (error) {
    await handle.close()
    return { state: 'refused', reason: `cannot be read (${(error as Error).message})` }
  }
}

/** Reads an open regular file whose fstat gave stats, refusing it past limit bytes. */
async function readOpenFile(handle: FileHandle, stats: Stats, limit: number, what: string): Promise<RegularFileRead> {
  try {
    if (stats.size > limit) return { state: 'refused', reason: tooBig(stats.size, limit, what) }
    // Read on to the end, not to the size fstat saw: a file that grows meanwhile is still measured.
    const chunks: Buffer[] = []
    let total = 0
    let chunk = Buffer.alloc(stats.size + 1)
    let filled = 0
    for (;;) {
      const { bytesRead } = await handle.read(chunk, filled, chunk.length - filled, total)
      if (bytesRead === 0) break
      filled += bytesRead
      total += bytesRead
      if (total > limit) return { state: 'refused', reason: tooBig(total, limit, what) }
      if (filled === chunk.length) {
        chunks.push(chunk)
        chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total))
        filled = 0
      }
    }
    chunks.push(chunk.subarray(0, filled))
    return { state: 'read', bytes: Buffer.concat(chunks, total) }
  } catch (error) {
    return { state: 'refused', reason: `cannot be read (${(error as Error).message})` }
  }
}

function tooBig(size: number, limit: number, what: string): string {
  return `is ${size} bytes, more than the ${limit}-byte limit for ${what}`
}

function notAFolder(root: string, why: string): ConfigurationError {
  return new ConfigurationError(`${root}: the artifacts folder is not a folder (${why}); give --artifacts-dir (the artifacts-dir input) the path of a folder`)
}

/** The first folder on the way from the root to the file that is not a folder, relative to the root. */
async function blockingAncestor(root: string, path: string): Promise<string> {
  const ancestors: string[] = []
  for (let folder = dirname(path); relative(root, folder) !== '' && !relative(root, folder).startsWith('..'); folder = dirname(folder)) ancestors.unshift(folder)
  for (const folder of ancestors) {
    const stats = await stat(folder).catch(() => undefined)
    if (stats && !stats.isDirectory()) return `${relative(root, folder)} (${describeFileType(stats)})`
  }
  return 'a part of its path'
}

/**
 * A text file the user names (a roster, a template, a probe report, buildx metadata), read the way
 * evidence is: a FIFO or a device is refused instead of waited on, and nothing past the limit is
 * read. Throws an Error whose message says why, for the caller to put in its own words.
 */
export async function readUserTextFile(path: string, what: string, limit = EVIDENCE_SIZE_LIMIT): Promise<string> {
  const read = await readRegularFile(path, limit, what, true)
  if (read.state === 'missing') throw new Error('file not found')
  if (read.state === 'refused') throw new Error(read.reason)
  return read.bytes.toString('utf8')
}
