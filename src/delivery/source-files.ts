// The files to deliver: paths or globs (one per line) resolved in the workspace, each one a plain
// file with a name that is unique within the delivery.
import { readdir, stat } from 'node:fs/promises'
import { basename, isAbsolute, join, relative, resolve } from 'node:path'
import picomatch from 'picomatch'
import { ConfigurationError } from '../errors.js'
import { deliveryFileName } from './layout.js'

export interface SourceFile {
  /** Absolute path on this machine. */
  localPath: string
  /** The name it gets in the version folder. */
  name: string
  /** The path or glob that named it, for messages. */
  source: string
}

async function walk(folder: string): Promise<string[]> {
  const found: string[] = []
  let entries
  try {
    entries = await readdir(folder, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return found
    throw error
  }
  for (const entry of entries) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) found.push(...(await walk(path)))
    else if (entry.isFile()) found.push(path)
  }
  return found
}

export async function resolveSourceFiles(patterns: string[], workspace: string): Promise<SourceFile[]> {
  if (patterns.length === 0) throw new ConfigurationError("input 'files': give at least one path or glob, one per line")
  const files: SourceFile[] = []
  for (const pattern of patterns) {
    const scan = picomatch.scan(pattern)
    if (!scan.isGlob) {
      const localPath = resolve(workspace, pattern)
      const info = await stat(localPath).catch(() => undefined)
      if (!info) throw new ConfigurationError(`files: '${pattern}' does not exist (looked at ${localPath}); check the path or build the file first`)
      if (!info.isFile()) throw new ConfigurationError(`files: '${pattern}' is not a file; give files or a glob such as '${pattern.replace(/\/$/, '')}/*'`)
      files.push({ localPath, name: deliveryFileName(basename(localPath), pattern), source: pattern })
      continue
    }
    const base = resolve(workspace, scan.base || '.')
    const matches = picomatch(isAbsolute(pattern) ? pattern : relative(workspace, resolve(workspace, pattern)).split('\\').join('/') || pattern, { dot: false })
    const matched = (await walk(base)).filter((path) => matches(isAbsolute(pattern) ? path : relative(workspace, path).split('\\').join('/'))).sort()
    if (matched.length === 0) throw new ConfigurationError(`files: the glob '${pattern}' matched no files under ${base}; check the pattern or build the files first`)
    for (const localPath of matched) files.push({ localPath, name: deliveryFileName(basename(localPath), pattern), source: pattern })
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
