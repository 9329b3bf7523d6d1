// The files to deliver: paths or globs (one per line) resolved in the workspace, each one a regular
// file whose real path is inside the workspace's, with a name that is unique within the delivery.
// Whatever is delivered ends up behind a shared link, so a symlink to /proc/self/environ or a path
// out of the workspace is refused, never followed; symlinks inside it only with followSymlinks.
import { constants, type BigIntStats, type Stats } from 'node:fs'
import { lstat, open, readdir, readlink, realpath, stat, type FileHandle } from 'node:fs/promises'
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path'
import picomatch from 'picomatch'
import { ConfigurationError } from '../errors.js'
import { describeFileType } from '../evidence/evidence-file.js'
import { deliveryFileName } from './layout.js'

export interface SourceFile {
  /** The file's real path when it was checked: no symlink on it, inside the workspace's real path. */
  localPath: string
  /** The name it gets in the version folder (a followed symlink's own name, not its target's). */
  name: string
  /** The path or glob that named it, for messages. */
  source: string
  /** The identity of the file that was checked; openSourceFile refuses any other. */
  dev: number
  ino: number
}

/** Which file a path holds and whether it was written since: a write moves mtime and ctime, a replacement the inode. */
export function fileStamp(info: BigIntStats): string {
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`
}

/** Which file was checked: a reader opens that one or none. */
export interface FileIdentity {
  dev: number
  ino: number
}

export interface SourceFileOptions {
  /** Deliver symlinks, and look through symlinked folders, whose real path is inside the workspace. */
  followSymlinks?: boolean
}

const HOW_TO_FIX_LINK = 'copy the file into the workspace instead of linking it, or set follow-symlinks: true if the target is inside the workspace'

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

function isInside(path: string, root: string): boolean {
  const rest = relative(root, path)
  return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest))
}

/** What a symlink says it points at, for messages; its resolved path when the link text is relative. */
async function linkTarget(path: string): Promise<string> {
  const text = await readlink(path).catch(() => undefined)
  if (text === undefined) return '(unreadable)'
  const real = await realpath(path).catch(() => undefined)
  return real && real !== text ? `${text} (${real})` : text
}

/** The first symlink on the way from the workspace down to path (path included), if any. */
async function firstLinkUnder(workspace: string, path: string): Promise<string | undefined> {
  const parts = relative(workspace, path).split(sep).filter((part) => part !== '')
  let current = workspace
  for (const part of parts) {
    current = join(current, part)
    const info = await lstat(current).catch(() => undefined)
    if (info?.isSymbolicLink()) return current
  }
  return undefined
}

interface Workspace {
  /** As given, for messages and for relative paths. */
  path: string
  real: string
}

/** The first symlink between the workspace and a path inside it; none when the real path is the path itself. */
async function linkOnTheWay(workspace: Workspace, path: string, real: string): Promise<string | undefined> {
  if (real === join(workspace.real, relative(workspace.path, path))) return undefined
  return firstLinkUnder(workspace.path, path)
}

/**
 * Checks one path the user named or the walk found, and returns it as a SourceFile; `shown` is how
 * the messages name it. Refuses, with what to do about it: a path whose real path is outside the
 * workspace, a symlink on the way (without followSymlinks), and anything not a regular file.
 */
async function checkedFile(path: string, shown: string, source: string, workspace: Workspace, options: SourceFileOptions): Promise<SourceFile> {
  const lexicallyInside = isInside(path, workspace.path)
  let real: string
  try {
    real = await realpath(path)
  } catch (error) {
    const code = errnoOf(error)
    const link = code === 'ENOENT' || code === 'ELOOP' ? await lstat(path).then((info) => info.isSymbolicLink(), () => false) : false
    if (link) throw new ConfigurationError(`files: '${shown}' is a symbolic link to ${await linkTarget(path)}, which ${code === 'ELOOP' ? 'is a symlink loop' : 'does not exist'}; ${HOW_TO_FIX_LINK}`)
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ConfigurationError(`files: '${shown}' does not exist (looked at ${path}); check the path or build the file first`)
    throw new ConfigurationError(`files: '${shown}' cannot be read (${(error as Error).message})`)
  }
  const link = lexicallyInside ? await linkOnTheWay(workspace, path, real) : undefined
  if (!isInside(real, workspace.real)) {
    const why = link ? `${link === path ? 'is' : `goes through ${link}, which is`} a symbolic link to ${await linkTarget(link)}, outside the workspace` : `is outside the workspace (${real})`
    throw new ConfigurationError(`files: '${shown}' ${why}; only files inside the workspace (${workspace.path}) are delivered: copy the file into the workspace first`)
  }
  if (link && !options.followSymlinks) {
    const why = link === path ? 'is a symbolic link' : `goes through ${link}, a symbolic link`
    throw new ConfigurationError(`files: '${shown}' ${why} to ${await linkTarget(link)}; symlinks are not delivered by default: ${HOW_TO_FIX_LINK}`)
  }
  // The real path has no symlink left on it: lstat sees the file itself.
  const info: Stats = await lstat(real)
  if (info.isDirectory()) throw new ConfigurationError(`files: '${shown}' is not a file; give files or a glob such as '${shown.replace(/\/$/, '')}/*'`)
  if (!info.isFile()) throw new ConfigurationError(`files: '${shown}' is ${describeFileType(info)}, not a regular file; only regular files are delivered`)
  return { localPath: real, name: deliveryFileName(basename(path), source), source, dev: info.dev, ino: info.ino }
}

/**
 * Whether a folder's path could have matches of the glob beneath it: each of its segments matches
 * the glob's segment at the same place, up to a globstar. Used only to decide whether a symlinked
 * folder the walk does not enter matters; when in doubt (a brace with a slash) it says yes.
 */
function couldMatchBelow(glob: string, folder: string): boolean {
  if (/\{[^}]*\//.test(glob)) return true
  const globParts = glob.split('/')
  const folderParts = folder.split('/')
  for (let index = 0; index < folderParts.length; index++) {
    const part = globParts[index]
    if (part === undefined) return false
    if (part.includes('**')) return true
    if (index === globParts.length - 1) return false
    if (part !== folderParts[index] && (part === '' || !picomatch(part, { dot: false })(folderParts[index]!))) return false
  }
  return true
}

interface GlobWalk {
  /** The glob as the user gave it, for messages. */
  source: string
  /** The glob as it is matched: relative to the workspace, or absolute. */
  pattern: string
  workspace: Workspace
  options: SourceFileOptions
  /** The form of a path that `matches` takes: relative to the workspace, or absolute for an absolute glob. */
  subject(path: string): string
  matches(subject: string): boolean
}

/**
 * The files under a folder that the glob matches, checked as named files are. The walk reads each
 * folder's entries without following them: a symlinked folder is entered only with followSymlinks,
 * only when it stays inside the workspace and only once (no loops); otherwise it is refused if the
 * glob could match anything beneath it, and left alone if not.
 */
async function walk(folder: string, glob: GlobWalk, entered: Set<string>): Promise<Array<{ path: string; file: SourceFile }>> {
  const found: Array<{ path: string; file: SourceFile }> = []
  let entries
  try {
    entries = await readdir(folder, { withFileTypes: true })
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return found
    throw error
  }
  for (const entry of entries) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    const subject = glob.subject(path)
    if (entry.isDirectory()) {
      found.push(...(await walk(path, glob, entered)))
      continue
    }
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined)
      if (target?.isDirectory()) {
        if (!couldMatchBelow(glob.pattern, subject)) continue
        const real = await realpath(path)
        if (!isInside(real, glob.workspace.real)) {
          throw new ConfigurationError(
            `files: the glob '${glob.source}' reaches into ${path}, a symbolic link to ${await linkTarget(path)}, outside the workspace; only files inside the workspace (${glob.workspace.path}) are delivered: copy the files into the workspace first`,
          )
        }
        if (!glob.options.followSymlinks) {
          throw new ConfigurationError(`files: the glob '${glob.source}' reaches into ${path}, a symbolic link to ${await linkTarget(path)}; symlinks are not delivered by default: copy the files into the workspace instead of linking them, or set follow-symlinks: true if the target is inside the workspace`)
        }
        if (entered.has(real)) continue
        entered.add(real)
        found.push(...(await walk(path, glob, entered)))
        continue
      }
    }
    if (glob.matches(subject)) found.push({ path, file: await checkedFile(path, relative(glob.workspace.path, path) || path, glob.source, glob.workspace, glob.options) })
  }
  return found
}

function forwardSlashes(path: string): string {
  return path.split('\\').join('/')
}

export async function resolveSourceFiles(patterns: string[], workspacePath: string, options: SourceFileOptions = {}): Promise<SourceFile[]> {
  if (patterns.length === 0) throw new ConfigurationError("input 'files': give at least one path or glob, one per line")
  const workspace: Workspace = { path: resolve(workspacePath), real: await realpath(workspacePath).catch(() => resolve(workspacePath)) }
  const files: SourceFile[] = []
  for (const pattern of patterns) {
    const scan = picomatch.scan(pattern)
    if (!scan.isGlob) {
      files.push(await checkedFile(resolve(workspace.path, pattern), pattern, pattern, workspace, options))
      continue
    }
    const base = resolve(workspace.path, scan.base || '.')
    const realBase = await realpath(base).catch(() => undefined)
    if (realBase !== undefined) {
      const link = isInside(base, workspace.path) ? await linkOnTheWay(workspace, base, realBase) : undefined
      if (!isInside(realBase, workspace.real)) {
        const why = link ? `goes through ${link}, a symbolic link to ${await linkTarget(link)}, outside the workspace` : `starts at ${realBase}, outside the workspace`
        throw new ConfigurationError(`files: the glob '${pattern}' ${why}; only files inside the workspace (${workspace.path}) are delivered: copy the files into the workspace first`)
      }
      if (link && !options.followSymlinks) {
        throw new ConfigurationError(`files: the glob '${pattern}' goes through ${link}, a symbolic link to ${await linkTarget(link)}; symlinks are not delivered by default: copy the files into the workspace instead of linking them, or set follow-symlinks: true if the target is inside the workspace`)
      }
    }
    const absolute = isAbsolute(pattern)
    const glob = absolute ? pattern : forwardSlashes(relative(workspace.path, resolve(workspace.path, pattern))) || pattern
    const walkState: GlobWalk = {
      source: pattern,
      pattern: glob,
      workspace,
      options,
      subject: (path) => (absolute ? path : forwardSlashes(relative(workspace.path, path))),
      matches: picomatch(glob, { dot: false }),
    }
    const matched = (await walk(base, walkState, new Set(realBase ? [realBase] : [])))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map(({ file }) => file)
    if (matched.length === 0) throw new ConfigurationError(`files: the glob '${pattern}' matched no files under ${base}; check the pattern or build the files first`)
    files.push(...matched)
  }
  const byName = new Map<string, SourceFile>()
  for (const file of files) {
    const key = file.name.toLowerCase()
    const earlier = byName.get(key)
    if (earlier && earlier.localPath !== file.localPath) {
      throw new ConfigurationError(`files: '${earlier.localPath}' and '${file.localPath}' would both be delivered as '${file.name}' (names are case-insensitive at Dropbox); rename one`)
    }
    byName.set(key, file)
  }
  return [...byName.values()]
}

/**
 * Opens a source file for reading, and only the file that was checked: O_NOFOLLOW refuses a symlink
 * swapped in at its path, O_NONBLOCK a FIFO, and the identity check any other file moved there
 * since (a parent folder swapped for a link included). For every reader of a delivered file; a
 * path with no identity (a file the destination itself wrote) is opened plainly.
 */
export async function openSourceFile(localPath: string, identity: FileIdentity | undefined): Promise<FileHandle> {
  if (!identity) return await open(localPath, 'r')
  const file = { localPath, ...identity }
  let handle: FileHandle
  try {
    handle = await open(file.localPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK | constants.O_NOCTTY)
  } catch (error) {
    if (errnoOf(error) === 'ELOOP') throw new ConfigurationError(`files: ${file.localPath} became a symbolic link after it was checked; nothing was delivered from it, run again`)
    throw error
  }
  const info = await handle.stat().catch(async (error: unknown) => {
    await handle.close()
    throw error
  })
  if (!info.isFile() || info.dev !== file.dev || info.ino !== file.ino) {
    await handle.close()
    throw new ConfigurationError(`files: ${file.localPath} was replaced after it was checked (now ${describeFileType(info)}, another file); nothing was delivered from it, run again`)
  }
  return handle
}
