// promote: loads the exact package build-once made for a SHA and proves it is untouched: the
// contract, its own digest, the SHA, the digest pins and the files present here. Never builds.
import { access } from 'node:fs/promises'
import { componentRefs, type ReleasePackageManifest } from '../contracts/release-package.js'
import { EvidenceError } from '../errors.js'
import { requireValid, type EvidenceStore } from '../evidence/store.js'
import type { Logger } from '../platform/logger.js'
import { fileDigest, resolveInside } from './file-digest.js'

export interface PromoteInput {
  sha: string
  /** Where file components are looked for; files not present here are not checked. */
  filesRoot: string
}

export interface PromoteResult {
  manifest: ReleasePackageManifest
  path: string
  refs: Record<string, string>
  /** File components whose bytes were checked against the manifest. */
  checkedFiles: string[]
  /** File components not present under filesRoot (recorded, not an error). */
  absentFiles: string[]
}

export async function promote(input: PromoteInput, ports: { store: EvidenceStore; logger: Logger }): Promise<PromoteResult> {
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
  for (const [index, component] of manifest.components.entries()) {
    if (component.kind !== 'file') continue
    const where = `${path}: components[${index}]`
    const local = resolveInside(input.filesRoot, component.path, where)
    try {
      await access(local)
    } catch {
      absentFiles.push(component.path)
      continue
    }
    const actual = await fileDigest(local)
    if (actual.sha256 !== component.sha256) {
      throw new EvidenceError(`${where}.sha256: ${component.path} has sha256 ${actual.sha256}, the package records ${component.sha256}; the file changed after build-once`, { file: path })
    }
    if (actual.size !== component.size) {
      throw new EvidenceError(`${where}.size: ${component.path} is ${actual.size} bytes, the package records ${component.size}`, { file: path })
    }
    checkedFiles.push(component.path)
  }
  if (absentFiles.length > 0) ports.logger.info(`Not present here, so not checked: ${absentFiles.join(', ')}`)
  ports.logger.info(`Promoting ${manifest.digest} (${manifest.components.length} components, runtime ${manifest.runtime.mode}).`)
  return { manifest, path, refs: componentRefs(manifest), checkedFiles, absentFiles }
}
