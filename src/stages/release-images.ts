// Image refs from the build: what `docker buildx build --metadata-file` recorded (the pushed digest
// and the refs it was tagged with), and the release manifest's images pinned by it. A tag ref is
// pinned only by metadata that lists that exact ref; a tag nothing pins is an error, never kept.
import { releaseManifestError, type ReleaseManifest } from '../config/release-manifest.js'
import { PINNED_IMAGE_PATTERN } from '../contracts/common.js'
import type { ImageResolution } from '../contracts/release-package.js'
import { ConfigurationError } from '../errors.js'
import { readUserTextFile } from '../evidence/evidence-file.js'
import { resolveInside } from './file-digest.js'

/** One buildx metadata file as build.images names it. */
export interface BuildxMetadata {
  /** As the config names it, relative to the workspace. */
  metadataFile: string
  /** containerimage.digest, whatever it holds. */
  digest: unknown
  /** image.name split on commas: every ref the image was tagged and pushed as. */
  names: string[]
}

export async function readBuildxMetadata(workspace: string, metadataFile: string, where: string, configPath: string): Promise<BuildxMetadata> {
  const path = resolveInside(workspace, metadataFile, where)
  let metadata: Record<string, unknown>
  try {
    metadata = JSON.parse(await readUserTextFile(path, 'a buildx metadata file')) as Record<string, unknown>
  } catch (error) {
    throw new ConfigurationError(`${where}: cannot read the buildx metadata file ${metadataFile} (${(error as Error).message}); build with --metadata-file ${metadataFile}`, { file: configPath })
  }
  const names = typeof metadata?.['image.name'] === 'string' ? (metadata['image.name'] as string).split(',').map((name) => name.trim()).filter(Boolean) : []
  return { metadataFile, digest: metadata?.['containerimage.digest'], names }
}

/** ghcr.io/org/api:1.2 -> ghcr.io/org/api (a port in the registry host is not a tag). */
export function withoutTag(name: string): string {
  const at = name.indexOf('@')
  if (at >= 0) return name.slice(0, at)
  const slash = name.lastIndexOf('/')
  const colon = name.lastIndexOf(':')
  return colon > slash ? name.slice(0, colon) : name
}

export interface PinnedImages {
  images: Record<string, string>
  imageResolutions: ImageResolution[]
}

/**
 * The manifest's images, each pinned: a pinned ref as written, a tag ref to <repository>@<digest>
 * from the metadata whose image.name lists it. `built` is the metadata of this run's build, or
 * why there is none (the runtime was captured).
 */
export function pinReleaseImages(manifest: ReleaseManifest, built: { metadata: BuildxMetadata[]; configPath: string } | { notBuilt: string }): PinnedImages {
  const images: Record<string, string> = {}
  const imageResolutions: ImageResolution[] = []
  for (const [name, ref] of Object.entries(manifest.content.images)) {
    if (PINNED_IMAGE_PATTERN.test(ref)) {
      images[name] = ref
      continue
    }
    const fail = (message: string) => releaseManifestError(manifest, ['images', name], `not pinned to a sha256 digest: '${ref}' is a tag, and ${message}`)
    if ('notBuilt' in built) throw fail(`${built.notBuilt}, so no build metadata pins it; write it pinned (registry/name@sha256:<64 hex>)`)
    const listing = built.metadata.filter((metadata) => metadata.names.includes(ref))
    if (listing.length === 0) {
      throw fail(
        `no buildx metadata file of build.images in ${built.configPath} lists it in image.name; build and push it with --metadata-file and name that file under build.images, or write it pinned (registry/name@sha256:<64 hex>)`,
      )
    }
    const digests = [...new Set(listing.map((metadata) => metadata.digest))]
    if (digests.length > 1) {
      throw fail(`the metadata files that list it disagree on its digest (${listing.map((metadata) => `${metadata.metadataFile}: ${String(metadata.digest)}`).join(', ')}); build it once`)
    }
    const pinned = `${withoutTag(ref)}@${String(digests[0])}`
    if (typeof digests[0] !== 'string' || !PINNED_IMAGE_PATTERN.test(pinned)) {
      throw fail(`${listing[0]!.metadataFile} records no sha256 containerimage.digest for it; push the image so buildx records its digest`)
    }
    images[name] = pinned
    imageResolutions.push({ name, tag: ref, ref: pinned, metadataFile: listing[0]!.metadataFile })
  }
  return { images, imageResolutions }
}
