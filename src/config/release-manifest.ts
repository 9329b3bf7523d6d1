// The multi-repo release manifest a team writes by hand (release id, commits per repository,
// images, migrations, feature flags); build-once copies it into the release package.
import { z } from 'zod'
import { pinnedImageRef } from '../contracts/common.js'
import { readYamlFile } from './yaml-file.js'

export const releaseManifestFile = z
  .object({
    release: z.union([z.string(), z.number()]).transform(String).optional().describe('The release id.'),
    description: z.string().optional(),
    commits: z.record(z.string(), z.string().regex(/^[0-9a-f]{7,40}$/, 'must be a hex commit SHA')).default({}),
    images: z.record(z.string(), pinnedImageRef).default({}),
    migrations: z
      .array(
        z
          .object({
            id: z.union([z.string(), z.number()]).transform(String),
            repository: z.string().optional(),
            description: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    featureFlags: z.record(z.string(), z.union([z.boolean(), z.string(), z.number()])).default({}),
  })
  .strict()
export type ReleaseManifestFile = z.infer<typeof releaseManifestFile>

export function readReleaseManifest(path: string): Promise<ReleaseManifestFile> {
  return readYamlFile(path, releaseManifestFile, 'release manifest')
}
