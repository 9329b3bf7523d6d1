// The release section of a sealed package as one JSON file for deploy commands
// (SHIPGATE_RELEASE_MANIFEST): every repository at a SHA, every image pinned, migrations in order.
// A v1 package gives the same shape from its v1 fields.
import { join } from 'node:path'
import {
  RELEASE_PACKAGE_SCHEMA_V1,
  type CommitResolution,
  type ReleaseComponent,
  type ReleaseMigration,
  type ReleasePackageManifest,
} from '../contracts/release-package.js'
import { writeFileAtomic } from '../evidence/atomic-file.js'

export const RELEASE_MANIFEST_FILE_SCHEMA = 'shipgate.release-manifest-file/v1' as const

/**
 * What `<folder>/release-manifest-<sha>.json` holds:
 *
 *   schema         'shipgate.release-manifest-file/v1'
 *   sha            the release commit, 40 lowercase hex
 *   packageDigest  the sealed package's digest, sha256:<64 hex>: the file describes that package
 *   packageSchema  the package's own schema id (shipgate.release-package/v1 or /v2)
 *   releaseId      the manifest's release id, or null
 *   description    the manifest's description, or null
 *   commits        { "owner/name": sha }: tags already resolved; a SHA as the manifest wrote it (7 to 40 hex)
 *   resolutions    [{ repository, tag, sha, via: "github-api" | "clone" }]: how each tag became its SHA (none in v1)
 *   images         { component: "registry/name@sha256:<64 hex>" }: the package's image components, then the
 *                  manifest's images no component names (a captured runtime keeps its components)
 *   migrations     in the manifest's order, per repository:
 *                    { repository, kind: "revisions", revisions: [{ id, description? }] }  ids in the order they run
 *                    { repository, kind: "file", path, size, sha256 }  path relative to the manifest's folder
 *   featureFlags   { flag: boolean | string | number }
 *   components     the package's components as sealed: images { kind, name, ref }, files { kind, name, path, size, sha256 }
 */
export interface ReleaseManifestFileDocument {
  schema: typeof RELEASE_MANIFEST_FILE_SCHEMA
  sha: string
  packageDigest: string
  packageSchema: string
  releaseId: string | null
  description: string | null
  commits: Record<string, string>
  resolutions: CommitResolution[]
  images: Record<string, string>
  migrations: ReleaseMigration[]
  featureFlags: Record<string, boolean | string | number>
  components: ReleaseComponent[]
}

/** Writes the file whole or not at all, and returns its path. */
export async function writeReleaseManifestFile(manifest: ReleasePackageManifest, folder: string): Promise<string> {
  const path = join(folder, `release-manifest-${manifest.sha}.json`)
  await writeFileAtomic(path, `${JSON.stringify(releaseManifestDocument(manifest), null, 2)}\n`)
  return path
}

export function releaseManifestDocument(manifest: ReleasePackageManifest): ReleaseManifestFileDocument {
  const images: Record<string, string> = {}
  for (const component of manifest.components) if (component.kind === 'image') images[component.name] = component.ref
  const common = {
    schema: RELEASE_MANIFEST_FILE_SCHEMA,
    sha: manifest.sha,
    packageDigest: manifest.digest,
    packageSchema: manifest.schema,
    releaseId: manifest.release.id ?? null,
    description: manifest.release.description ?? null,
    commits: manifest.release.commits,
    featureFlags: manifest.release.featureFlags,
    components: manifest.components,
  }
  if (manifest.schema === RELEASE_PACKAGE_SCHEMA_V1) {
    return { ...common, resolutions: [], images, migrations: v1Migrations(manifest.release.migrations, manifest.repository) }
  }
  for (const [name, ref] of Object.entries(manifest.release.images)) images[name] ??= ref
  return { ...common, resolutions: manifest.release.resolutions, images, migrations: manifest.release.migrations }
}

/** v1's flat list: consecutive migrations of one repository (the package's, when none is named) are one entry. */
function v1Migrations(migrations: Array<{ id: string; repository?: string; description?: string }>, packageRepository: string): ReleaseMigration[] {
  const grouped: Array<Extract<ReleaseMigration, { kind: 'revisions' }>> = []
  for (const { id, repository = packageRepository, description } of migrations) {
    const revision = description === undefined ? { id } : { id, description }
    const last = grouped.at(-1)
    if (last && last.repository === repository) last.revisions.push(revision)
    else grouped.push({ repository, kind: 'revisions', revisions: [revision] })
  }
  return grouped
}
