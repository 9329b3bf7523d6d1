// SHIPGATE_RELEASE_MANIFEST: deploy commands get the sealed package's release as a JSON file
// (release-manifest-file.ts: commits per repository at their SHAs, pinned images, migrations in
// order, feature flags, components, the package digest; the same shape from a v1 package), beside
// SHIPGATE_SHA, SHIPGATE_PACKAGE_DIGEST and SHIPGATE_REFS. It lives in a private temporary folder,
// removed when the command is done: a command that edits it changes nothing in the evidence.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ReleasePackageManifest } from '../contracts/release-package.js'
import { writeReleaseManifestFile } from './release-manifest-file.js'

export const RELEASE_MANIFEST_VARIABLE = 'SHIPGATE_RELEASE_MANIFEST'

/** Runs work with { SHIPGATE_RELEASE_MANIFEST: <file> } holding the manifest; the file is gone afterwards. */
export async function withManifestFile<T>(manifest: ReleasePackageManifest, work: (environment: Record<string, string>) => Promise<T>): Promise<T> {
  // RUNNER_TEMP is emptied by the runner after every job; tmpdir() off a runner.
  const folder = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'shipgate-release-'))
  try {
    return await work({ [RELEASE_MANIFEST_VARIABLE]: await writeReleaseManifestFile(manifest, folder) })
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
