// The release-package manifest: the one package build-once makes and every later stage acts on.
// Its `digest` covers its own canonical JSON without that field, so any edit shows.
import { z } from 'zod'
import { digestOf } from './canonical.js'
import { commitSha, digest, pinnedImageRef, repositoryName, scopeFlags, timestamp } from './common.js'

/** The version build-once writes. v2: the release section of the playbook's multi-repo manifest, resolved. */
export const RELEASE_PACKAGE_SCHEMA = 'shipgate.release-package/v2'
/** Packages sealed before v2; still read, and their digests stay what later evidence recorded. */
export const RELEASE_PACKAGE_SCHEMA_V1 = 'shipgate.release-package/v1'

const imageComponent = z
  .object({
    kind: z.literal('image'),
    name: z.string().min(1).describe('The component name, e.g. api.'),
    ref: pinnedImageRef,
  })
  .strict()

const fileComponent = z
  .object({
    kind: z.literal('file'),
    name: z.string().min(1),
    path: z.string().min(1).describe('The file path relative to the repository root.'),
    size: z.number().int().nonnegative().describe('Size in bytes.'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters'),
  })
  .strict()

export const releaseComponent = z.discriminatedUnion('kind', [imageComponent, fileComponent])
export type ReleaseComponent = z.infer<typeof releaseComponent>

const hexCommitSha = z.string().regex(/^[0-9a-f]{7,40}$/, 'must be a hex commit SHA')

const migrationV1 = z
  .object({
    id: z.string().min(1),
    repository: z.string().optional(),
    description: z.string().optional(),
  })
  .strict()

const releaseV1 = z
  .object({
    id: z.string().optional(),
    description: z.string().optional(),
    commits: z.record(z.string(), hexCommitSha).describe('The commit of each repository in the release, by owner/name.'),
    migrations: z.array(migrationV1),
    featureFlags: z.record(z.string(), z.union([z.boolean(), z.string(), z.number()])),
  })
  .strict()
  .describe('The fields of the multi-repo release manifest.')

const migrationRevision = z
  .object({
    id: z.string().min(1),
    description: z.string().optional(),
  })
  .strict()

/** One repository's migrations, in the manifest's order: revision ids in the order they run, or one file. */
export const releaseMigration = z.discriminatedUnion('kind', [
  z
    .object({
      repository: z.string().min(1),
      kind: z.literal('revisions'),
      revisions: z.array(migrationRevision).min(1).describe('The revision ids, in the order they run.'),
    })
    .strict(),
  z
    .object({
      repository: z.string().min(1),
      kind: z.literal('file'),
      path: z.string().min(1).describe("The file's path relative to the release manifest's folder, as written."),
      size: z.number().int().nonnegative().describe('Size in bytes.'),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters'),
    })
    .strict(),
])
export type ReleaseMigration = z.infer<typeof releaseMigration>

/** How a tag in the manifest's commits became a commit, and who said so. */
export const commitResolution = z
  .object({
    repository: z.string().min(1),
    tag: z.string().min(1).describe('The tag as the manifest names it.'),
    sha: commitSha.describe('The commit the tag points at (through an annotated tag object, if any).'),
    via: z.enum(['github-api', 'clone']).describe('github-api: the GitHub REST API; clone: git rev-parse in a local clone.'),
  })
  .strict()
export type CommitResolution = z.infer<typeof commitResolution>

/** How a tag ref in the manifest's images was pinned from the build's buildx metadata. */
export const imageResolution = z
  .object({
    name: z.string().min(1),
    tag: z.string().min(1).describe('The image ref as the manifest names it, e.g. registry/acme/api:1.4.2.'),
    ref: pinnedImageRef,
    metadataFile: z.string().min(1).describe('The buildx metadata file whose image.name lists the tag ref.'),
  })
  .strict()
export type ImageResolution = z.infer<typeof imageResolution>

const releaseV2 = z
  .object({
    id: z.string().optional(),
    description: z.string().optional(),
    commits: z
      .record(z.string(), hexCommitSha)
      .describe('The commit of each repository in the release, by owner/name: a SHA as written, or the commit its tag resolved to.'),
    resolutions: z.array(commitResolution).describe('Every tag in the manifest\'s commits, with the commit it resolved to.'),
    images: z.record(z.string(), pinnedImageRef).describe("The manifest's images by component, every one pinned to a digest."),
    imageResolutions: z.array(imageResolution).describe('Every tag ref in the manifest\'s images, with the digest the build pinned it to.'),
    migrations: z.array(releaseMigration).describe('Per repository, in the manifest\'s order.'),
    featureFlags: z.record(z.string(), z.union([z.boolean(), z.string(), z.number()])),
  })
  .strict()
  .describe('The multi-repo release manifest, resolved: tags to commits, image tags to digests, migration files to their digests.')

const packageFields = {
  sha: commitSha,
  repository: repositoryName,
  createdAt: timestamp,
  source: z
    .object({
      workflow: z.string(),
      runId: z.string(),
      runAttempt: z.string(),
      event: z.string(),
      ref: z.string(),
    })
    .strict()
    .describe('The run that built the package.'),
  scope: scopeFlags,
  runtime: z
    .discriminatedUnion('mode', [
      z.object({ mode: z.literal('built') }).strict(),
      z
        .object({
          mode: z.literal('captured'),
          fromSha: commitSha.describe('The earlier release whose components were captured.'),
          fromPackageDigest: digest,
        })
        .strict(),
    ])
    .describe('built: components were built for this SHA; captured: runtime did not change and the components of an earlier YES release were reused.'),
  components: z
    .array(releaseComponent)
    .min(1, 'a release package needs at least one component')
    // Names key promote's refs; build-once never seals two alike, and a second would silently replace the first there.
    .superRefine((components, context) => {
      const first = new Map<string, number>()
      for (const [index, component] of components.entries()) {
        const earlier = first.get(component.name)
        if (earlier === undefined) first.set(component.name, index)
        else context.addIssue({ code: 'custom', path: [index, 'name'], message: `'${component.name}' is already the name of components[${earlier}]; each component has its own name` })
      }
    }),
}

const releasePackageV1Body = z.object({ schema: z.literal(RELEASE_PACKAGE_SCHEMA_V1), ...packageFields, release: releaseV1 }).strict()
const releasePackageV2Body = z.object({ schema: z.literal(RELEASE_PACKAGE_SCHEMA), ...packageFields, release: releaseV2 }).strict()

// A discriminated union on `schema`: a v1 document parses as it was written, so its digest holds.
export const releasePackageBody = z.discriminatedUnion('schema', [releasePackageV1Body, releasePackageV2Body])

const sealedDigest = { digest: digest.describe('The digest of this manifest\'s canonical JSON without the digest field.') }

export const releasePackageManifest = z.discriminatedUnion('schema', [
  releasePackageV1Body.extend(sealedDigest).strict(),
  releasePackageV2Body.extend(sealedDigest).strict(),
])

export type ReleasePackageBody = z.infer<typeof releasePackageBody>
export type ReleasePackageManifest = z.infer<typeof releasePackageManifest>
export type ReleasePackageV1Body = z.infer<typeof releasePackageV1Body>
export type ReleasePackageV2Body = z.infer<typeof releasePackageV2Body>
export type ReleaseFieldsV2 = z.infer<typeof releaseV2>

/** Seals a manifest body with the digest of its canonical JSON. */
export function sealReleasePackage<B extends ReleasePackageBody>(body: B): B & { digest: string } {
  return { ...body, digest: digestOf(body) }
}

/** The digest a manifest should carry, recomputed from everything but its digest field. */
export function expectedPackageDigest(manifest: ReleasePackageManifest): string {
  const { digest: _recorded, ...body } = manifest
  return digestOf(body)
}

/** Component name -> pinned image ref or `sha256:<hex>` of the file, as promote outputs them. */
export function componentRefs(manifest: ReleasePackageManifest): Record<string, string> {
  return Object.fromEntries(
    manifest.components.map((component) => [
      component.name,
      component.kind === 'image' ? component.ref : `sha256:${component.sha256}`,
    ]),
  )
}
