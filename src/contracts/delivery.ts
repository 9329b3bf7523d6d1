// The two documents deliver keeps: the delivery manifest at the destination (what is current and
// what every run did, shared by every SHA) and the per-SHA delivery result under .artifacts/.
import { z } from 'zod'
import { commitSha, digest, timestamp } from './common.js'

export const DELIVERY_RESULT_SCHEMA = 'shipgate.delivery-result/v1'
export const DELIVERY_MANIFEST_SCHEMA = 'shipgate.delivery-manifest/v1'

export const DROPBOX_CONTENT_HASH_PATTERN = /^[0-9a-f]{64}$/

export const deliveredFile = z
  .object({
    name: z.string().min(1).describe('The file name inside the version folder.'),
    size: z.number().int().nonnegative().describe('The size in bytes.'),
    contentHash: z
      .string()
      .regex(DROPBOX_CONTENT_HASH_PATTERN, 'must be a Dropbox content hash: 64 lowercase hex characters')
      .describe("Dropbox's content_hash: SHA-256 over the SHA-256 of every 4 MiB block, lowercase hex."),
    path: z.string().min(1).describe('Where the file lives at the destination.'),
  })
  .strict()
export type DeliveredFile = z.infer<typeof deliveredFile>

export const shareStatus = z
  .enum(['created', 'reused', 'recreated'])
  .describe('created the first time, reused afterwards, recreated when a revoked link was replaced.')
export type ShareStatus = z.infer<typeof shareStatus>

export const deliveryOutcome = z
  .enum(['created', 'unchanged', 'failed'])
  .describe('created: a new version; unchanged: the current version already holds these files; failed: the run did not finish.')
export type DeliveryOutcome = z.infer<typeof deliveryOutcome>

export const destinationKind = z.enum(['dropbox', 'local']).describe('Where the files went.')

export const deliveryRun = z
  .object({
    sha: commitSha,
    time: timestamp.describe('When the run finished.'),
    version: z.number().int().positive().nullable().describe('The version the run made current or confirmed; for a failed run the version it was making, or null.'),
    outcome: deliveryOutcome,
    bytesUploaded: z.number().int().nonnegative(),
    error: z.string().optional().describe('Why the run failed.'),
    email: z
      .object({
        status: z.enum(['sent', 'failed', 'skipped']),
        reason: z.string().optional(),
      })
      .strict()
      .optional()
      .describe('Filled in by send-mail: whether the delivery email went out.'),
  })
  .strict()
export type DeliveryRun = z.infer<typeof deliveryRun>

export const currentDelivery = z
  .object({
    stablePath: z.string().min(1).describe('The folder whose shared link never changes (…/01_Deliverables/Final).'),
    stableShareUrl: z.string().min(1).describe('The shared link of the stable folder (a file:// URL for a local destination).'),
    shareStatus,
    currentVersion: z.number().int().positive(),
    versionPath: z.string().min(1).describe('The folder of the current version.'),
    sha: commitSha.describe('The SHA whose run made this version current.'),
    updatedAt: timestamp,
    files: z.array(deliveredFile),
  })
  .strict()
export type CurrentDelivery = z.infer<typeof currentDelivery>

export const deliveryManifest = z
  .object({
    schema: z.literal(DELIVERY_MANIFEST_SCHEMA),
    project: z.string().min(1),
    current: currentDelivery.nullable().describe('What is delivered now; null until the first version is complete.'),
    pending: z
      .object({
        version: z.number().int().positive(),
        sha: commitSha,
        startedAt: timestamp,
        contentDigest: digest
          .optional()
          .describe(
            'Which files the version is claimed for (a digest of their names and content hashes): only a run delivering exactly these files, such as a rerun after a crash, may finish it; any other run takes the next version. Absent in manifests written before it existed: then the next run finishes or redoes the version.',
          ),
      })
      .strict()
      .optional()
      .describe('A version claimed by a run, being uploaded and not yet verified; it becomes current only when that upload is verified.'),
    runs: z.array(deliveryRun).describe('Every run, oldest first.'),
  })
  .strict()
export type DeliveryManifest = z.infer<typeof deliveryManifest>

export const deliveryResult = z
  .object({
    schema: z.literal(DELIVERY_RESULT_SCHEMA),
    sha: commitSha,
    project: z.string().min(1),
    destination: z
      .object({ kind: destinationKind, location: z.string().describe('The destination as given, without credentials.') })
      .strict(),
    outcome: deliveryOutcome,
    version: z.number().int().positive().nullable(),
    versionPath: z.string().nullable(),
    stablePath: z.string(),
    shareUrl: z.string().nullable(),
    shareStatus: shareStatus.nullable(),
    manifestPath: z.string(),
    files: z.array(deliveredFile),
    bytesUploaded: z.number().int().nonnegative(),
    startedAt: timestamp,
    finishedAt: timestamp,
    error: z.string().optional(),
  })
  .strict()
export type DeliveryResult = z.infer<typeof deliveryResult>

/** The delivery manifest, published in action-manifest-schemas/ like a contract. */
export const deliveryManifestSpec = {
  kind: 'delivery-manifest',
  file: 'delivery_manifest.json',
  id: DELIVERY_MANIFEST_SCHEMA,
  title: 'Delivery manifest',
  description: 'Kept at the delivery destination: the current version, its files and stable shared link, and a record of every deliver run.',
  schema: deliveryManifest,
  immutable: false,
}
