// Files written whole or not at all: the primitives the evidence store, its locks and the mail and
// delivery state are written with.
import { randomBytes } from 'node:crypto'
import { link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/** Writes a file so that readers see the old content or the new, never half of either. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temporary, content, { flag: 'wx' })
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/**
 * Creates a file with its whole content only if nothing is there yet: of two concurrent writers
 * exactly one wins. Returns false when the path already existed (the file is left as it was).
 */
export async function createFileExclusive(path: string, content: string | Uint8Array): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temporary, content, { flag: 'wx' })
    // link() fails with EEXIST instead of replacing, which rename() would do.
    await link(temporary, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    await rm(temporary, { force: true })
  }
}

/** The names in a folder, or undefined when there is no such folder (yet, or any more). */
export async function namesInFolder(folder: string): Promise<string[] | undefined> {
  try {
    return await readdir(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}
