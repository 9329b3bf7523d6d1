// promote: loads the exact package build-once made for a SHA and proves it is untouched: the
// contract, its own digest, the SHA, the digest pins and the sealed files (file components and
// migration files) present here. Never builds.
import { stat } from 'node:fs/promises'
import { componentRefs, RELEASE_PACKAGE_SCHEMA, type ReleasePackageManifest } from '../contracts/release-package.js'
import { ConfigurationError, EvidenceError } from '../errors.js'
import { describeFileType } from '../evidence/evidence-file.js'
import { requireValid, type EvidenceStore } from '../evidence/store.js'
import type { Logger } from '../platform/logger.js'
import { fileDigest, resolveInside } from './file-digest.js'

export interface PromoteInput {
  sha: string
  /** Where sealed files are looked for; it must be a folder, and files not present in it are not checked. */
  filesRoot: string
}

export interface PromoteResult {
  manifest: ReleasePackageManifest
  path: string
  refs: Record<string, string>
  /** Sealed files (file components, then migration files) whose bytes were checked against the manifest. */
  checkedFiles: string[]
  /** Sealed files not present under filesRoot (recorded, not an error). */
  absentFiles: string[]
}

/** One file the package seals with its size and sha256, and the manifest field that records it. */
interface SealedFile {
  field: string
  path: string
  size: number
  sha256: string
}

export async function promote(input: PromoteInput, ports: { store: EvidenceStore; logger: Logger }): Promise<PromoteResult> {
  await requireFolder(input.filesRoot)
  const read = await ports.store.read('release-package', input.sha)
  if (read.state === 'missing') {
    throw new EvidenceError(`${read.path}: missing: there is no release package for ${input.sha}; build-once must run for this SHA first (promote never builds)`, { file: read.path })
  }
  const { value: manifest, path } = requireValid(read)
  if (manifest.sha !== input.sha) {
    throw new EvidenceError(`${path}: sha: the manifest names ${manifest.sha}, but it was loaded for ${input.sha}`, { file: path })
  }

  const checkedFiles: string[] = []
  const absentFiles: string[] = []
  for (const sealed of sealedFiles(manifest)) {
    const where = `${path}: ${sealed.field}`
    const actual = await fileDigest(resolveInside(input.filesRoot, sealed.path, where))
    if (actual.state === 'missing') {
      absentFiles.push(sealed.path)
      continue
    }
    if (actual.state === 'refused') {
      throw new EvidenceError(`${where}.path: ${sealed.path} (under ${input.filesRoot}) ${actual.reason}; put the file build-once sealed there, or point files-root at the folder that holds it`, { file: path })
    }
    if (actual.sha256 !== sealed.sha256) {
      throw new EvidenceError(`${where}.sha256: ${sealed.path} has sha256 ${actual.sha256}, the package records ${sealed.sha256}; the file changed after build-once`, { file: path })
    }
    if (actual.size !== sealed.size) {
      throw new EvidenceError(`${where}.size: ${sealed.path} is ${actual.size} bytes, the package records ${sealed.size}`, { file: path })
    }
    checkedFiles.push(sealed.path)
  }
  if (absentFiles.length > 0 && checkedFiles.length === 0) {
    ports.logger.warning(
      `None of the package's ${absentFiles.length} sealed file(s) is present under files-root (${input.filesRoot}), so no file bytes were checked: ${absentFiles.join(', ')}`,
      { file: path, title: 'no sealed file checked' },
    )
  } else if (absentFiles.length > 0) {
    ports.logger.info(`Not present here, so not checked: ${absentFiles.join(', ')}`)
  }
  ports.logger.info(`Promoting ${manifest.digest} (${manifest.components.length} components, runtime ${manifest.runtime.mode}).`)
  return { manifest, path, refs: componentRefs(manifest), checkedFiles, absentFiles }
}

/** The file components, then the migration files (a path relative to the release manifest's folder). */
function sealedFiles(manifest: ReleasePackageManifest): SealedFile[] {
  const files: SealedFile[] = []
  for (const [index, component] of manifest.components.entries()) {
    if (component.kind === 'file') files.push({ field: `components[${index}]`, path: component.path, size: component.size, sha256: component.sha256 })
  }
  if (manifest.schema === RELEASE_PACKAGE_SCHEMA) {
    for (const [index, migration] of manifest.release.migrations.entries()) {
      if (migration.kind === 'file') files.push({ field: `release.migrations[${index}]`, path: migration.path, size: migration.size, sha256: migration.sha256 })
    }
  }
  return files
}

/** files-root must be a folder: one that is missing or a file would leave every sealed file unchecked without a word. */
async function requireFolder(filesRoot: string): Promise<void> {
  let stats
  try {
    stats = await stat(filesRoot)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'does not exist (a part of its path is a file)' : `cannot be read (${(error as Error).message})`
    throw new ConfigurationError(`files-root: '${filesRoot}' ${why}; give the folder that holds the package's files (default: the repository root, '.')`)
  }
  if (!stats.isDirectory()) {
    throw new ConfigurationError(`files-root: '${filesRoot}' is ${describeFileType(stats)}, not a folder; give the folder that holds the package's files (default: the repository root, '.')`)
  }
}
