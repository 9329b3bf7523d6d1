// The sha256 and size of a file, read as a stream so that a large package never sits in memory.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'

export async function fileDigest(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return { sha256: hash.digest('hex'), size }
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
