// The release manifest's migrations, per repository in the manifest's order: revision ids as
// written, and a migration file by its path, size and sha256. A file is read only inside the
// manifest's folder: an absolute path, a '..' or a symlink that leads out of it is refused.
import { createHash } from 'node:crypto'
import { realpath } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { releaseManifestError, type ReleaseManifest } from '../config/release-manifest.js'
import type { ReleaseMigration } from '../contracts/release-package.js'
import { readRegularFile } from '../evidence/evidence-file.js'

/** A migration bigger than this is not a migration script; reading it would only cost memory. */
export const MIGRATION_FILE_SIZE_LIMIT = 64 * 1024 * 1024

/** `repository` names the migrations the earlier manifest shape gave no repository: the one being built. */
export async function recordReleaseMigrations(manifest: ReleaseManifest, repository: string): Promise<ReleaseMigration[]> {
  const migrations: ReleaseMigration[] = []
  for (const declared of manifest.content.migrations) {
    if (declared.kind === 'revisions') {
      migrations.push({ repository: declared.repository ?? repository, kind: 'revisions', revisions: declared.revisions })
    } else {
      migrations.push({ repository: declared.repository, kind: 'file', path: declared.file, ...(await migrationFileDigest(manifest, declared.repository, declared.file)) })
    }
  }
  return migrations
}

function isInside(path: string, root: string): boolean {
  const rest = relative(root, path)
  return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest))
}

async function migrationFileDigest(manifest: ReleaseManifest, repository: string, file: string): Promise<{ size: number; sha256: string }> {
  const fail = (message: string) => releaseManifestError(manifest, ['migrations', repository, 'file'], `'${file}' ${message}`)
  const folder = resolve(dirname(manifest.path))
  if (isAbsolute(file)) throw fail("is an absolute path; give a path relative to the release manifest's folder")
  if (file.split(/[\\/]/).includes('..')) throw fail(`goes up with '..'; a migration file must be inside the release manifest's folder (${folder})`)
  let real: string
  let folderReal: string
  try {
    folderReal = await realpath(folder)
    real = await realpath(resolve(folder, file))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw fail(code === 'ENOENT' || code === 'ENOTDIR' ? `does not exist (looked in ${folder})` : `cannot be read (${(error as Error).message})`)
  }
  if (!isInside(real, folderReal)) {
    throw fail(`is, or goes through, a symbolic link to ${real}, outside the release manifest's folder (${folderReal}); copy the file into that folder`)
  }
  // The real path has no symlink left; one swapped in since is refused rather than followed.
  const read = await readRegularFile(real, MIGRATION_FILE_SIZE_LIMIT, 'a migration file')
  if (read.state === 'missing') throw fail(`does not exist (looked in ${folder})`)
  if (read.state === 'refused') throw fail(read.reason)
  return { size: read.bytes.length, sha256: createHash('sha256').update(read.bytes).digest('hex') }
}
