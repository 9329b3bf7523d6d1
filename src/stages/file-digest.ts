// The sha256 and size of a file, read as a stream so that a large package never sits in memory.
import { createHash } from 'node:crypto'
import { isAbsolute, relative, resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { openRegularFile } from '../evidence/evidence-file.js'

export type FileDigest = { state: 'missing' } | { state: 'refused'; reason: string } | { state: 'read'; sha256: string; size: number }

/**
 * Digests the regular file at path (a symlink is followed). It is opened the way evidence is, so a
 * FIFO, a socket, a device or a folder there is refused (the reason says which) instead of waited
 * on forever or failing mid-read; the bytes hashed are those of the very file checked.
 */
export async function fileDigest(path: string): Promise<FileDigest> {
  const opened = await openRegularFile(path, true)
  if (opened.state !== 'open') return opened
  const hash = createHash('sha256')
  let size = 0
  try {
    for await (const chunk of opened.handle.createReadStream({ autoClose: false })) {
      hash.update(chunk as Buffer)
      size += (chunk as Buffer).length
    }
  } catch (error) {
    return { state: 'refused', reason: `cannot be read (${(error as Error).message})` }
  } finally {
    await opened.handle.close()
  }
  return { state: 'read', sha256: hash.digest('hex'), size }
}

/** Resolves a path the user gave inside a root folder, refusing anything that leaves it. */
export function resolveInside(root: string, path: string, what: string): string {
  const absolute = resolve(root, path)
  const fromRoot = relative(resolve(root), absolute)
  if (isAbsolute(path) || fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
    throw new ConfigurationError(`${what}: '${path}' is outside ${root}; give a path relative to the repository root`)
  }
  return absolute
}
