// The release-package manifest: the one package build-once makes and every later stage acts on.
// Its `digest` covers its own canonical JSON without that field, so any edit shows.
import { z } from 'zod'
import { digestOf } from './canonical.js'
import { commitSha, digest, pinnedImageRef, repositoryName, scopeFlags, timestamp } from './common.js'

export const RELEASE_PACKAGE_SCHEMA = 'shipgate.release-package/v1'

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

const migration = z
  .object({
    id: z.string().min(1),
    repository: z.string().optional(),
    description: z.string().optional(),
  })
  .strict()

export const releasePackageBody = z
  .object({
    schema: z.literal(RELEASE_PACKAGE_SCHEMA),
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
    components: z.array(releaseComponent).min(1, 'a release package needs at least one component'),
    release: z
      .object({
        id: z.string().optional(),
        description: z.string().optional(),
        commits: z
          .record(z.string(), z.string().regex(/^[0-9a-f]{7,40}$/, 'must be a hex commit SHA'))
          .describe('The commit of each repository in the release, by owner/name.'),
        migrations: z.array(migration),
        featureFlags: z.record(z.string(), z.union([z.boolean(), z.string(), z.number()])),
      })
      .strict()
      .describe('The fields of the multi-repo release manifest.'),
  })
  .strict()

export const releasePackageManifest = releasePackageBody
  .extend({
    digest: digest.describe('The digest of this manifest\'s canonical JSON without the digest field.'),
  })
  .strict()

export type ReleasePackageBody = z.infer<typeof releasePackageBody>
export type ReleasePackageManifest = z.infer<typeof releasePackageManifest>

/** Seals a manifest body with the digest of its canonical JSON. */
export function sealReleasePackage(body: ReleasePackageBody): ReleasePackageManifest {
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
