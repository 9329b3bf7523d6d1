// The release section of a package, compared with a manifest when a run finds the package for its
// SHA already sealed: by what the manifest declares (its tags, not what they point at today), so
// that a re-run neither reaches the network nor fails because a tag moved after the package was made.
import { isCommitSha, type ReleaseManifest, type ReleaseManifestFile } from '../config/release-manifest.js'
import { canonicalJson } from '../contracts/canonical.js'
import { RELEASE_PACKAGE_SCHEMA_V1, type ReleaseFieldsV2, type ReleasePackageManifest, type ReleasePackageV1Body } from '../contracts/release-package.js'
import { recordReleaseMigrations } from './release-migrations.js'

/** Whether a sealed package's release section is what this manifest makes. */
export async function packageRecordsManifest(manifest: ReleasePackageManifest, releaseManifest: ReleaseManifest): Promise<boolean> {
  if (manifest.schema === RELEASE_PACKAGE_SCHEMA_V1) {
    const v1 = v1ReleaseFields(releaseManifest.content)
    // v1 kept the manifest's images only as components.
    const imagesPackaged = Object.entries(releaseManifest.content.images).every(([name, ref]) =>
      manifest.components.some((component) => component.kind === 'image' && component.name === name && component.ref === ref),
    )
    return v1 !== undefined && imagesPackaged && canonicalJson(v1) === canonicalJson(manifest.release)
  }
  const { content } = releaseManifest
  const fromManifest = {
    id: content.releaseId,
    description: content.description,
    commits: content.commits,
    images: content.images,
    migrations: await recordReleaseMigrations(releaseManifest, manifest.repository),
    featureFlags: content.featureFlags,
  }
  return canonicalJson(fromManifest) === canonicalJson(declaredRelease(manifest.release))
}

/** A v2 release section as its manifest declared it: the tags where tags were resolved. */
function declaredRelease(release: ReleaseFieldsV2) {
  return {
    id: release.id,
    description: release.description,
    commits: { ...release.commits, ...Object.fromEntries(release.resolutions.map((resolution) => [resolution.repository, resolution.tag])) },
    images: { ...release.images, ...Object.fromEntries(release.imageResolutions.map((resolution) => [resolution.name, resolution.tag])) },
    migrations: release.migrations,
    featureFlags: release.featureFlags,
  }
}

/**
 * The v1 release fields a manifest made before v2, for a package sealed then: undefined when the
 * manifest holds what v1 could not (a tag, a migration file).
 */
function v1ReleaseFields(content: ReleaseManifestFile): ReleasePackageV1Body['release'] | undefined {
  if (!Object.values(content.commits).every(isCommitSha)) return undefined
  const migrations: ReleasePackageV1Body['release']['migrations'] = []
  for (const declared of content.migrations) {
    if (declared.kind === 'file') return undefined
    for (const revision of declared.revisions) migrations.push({ ...revision, repository: declared.repository })
  }
  return { id: content.releaseId, description: content.description, commits: content.commits, migrations, featureFlags: content.featureFlags }
}
