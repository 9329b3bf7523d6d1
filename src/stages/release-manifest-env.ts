// SHIPGATE_RELEASE_MANIFEST: deploy and verification commands get the sealed release package
// manifest as a JSON file (commits per repository at their SHAs, pinned images, migrations in
// order, feature flags, components, and the digest that seals it), beside SHIPGATE_SHA,
// SHIPGATE_PACKAGE_DIGEST and SHIPGATE_REFS. It is a copy in a private temporary folder, removed
// when the command is done: a command that edits it changes nothing in the evidence.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ReleasePackageManifest } from '../contracts/release-package.js'

export const RELEASE_MANIFEST_VARIABLE = 'SHIPGATE_RELEASE_MANIFEST'

/** Runs work with { SHIPGATE_RELEASE_MANIFEST: <file> } holding the manifest; the file is gone afterwards. */
export async function withManifestFile<T>(manifest: ReleasePackageManifest, work: (environment: Record<string, string>) => Promise<T>): Promise<T> {
  // RUNNER_TEMP is emptied by the runner after every job; tmpdir() off a runner.
  const folder = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'shipgate-release-'))
  try {
    const path = join(folder, `release-manifest-${manifest.sha}.json`)
    await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 })
    return await work({ [RELEASE_MANIFEST_VARIABLE]: path })
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
