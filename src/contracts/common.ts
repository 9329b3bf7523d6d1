// Field schemas shared by every contract, with messages that say what a valid value looks like.
import { z } from 'zod'

export const SHA_PATTERN = /^[0-9a-f]{40}$/
export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/
export const PINNED_IMAGE_PATTERN = /^[^\s@]+@sha256:[0-9a-f]{64}$/

export const commitSha = z
  .string()
  .regex(SHA_PATTERN, 'must be a full 40-character lowercase hex commit SHA')
  .describe('A full commit SHA: 40 lowercase hex characters.')

export const digest = z
  .string()
  .regex(DIGEST_PATTERN, 'must be a digest of the form sha256:<64 lowercase hex>')
  .describe('A digest: sha256: followed by 64 lowercase hex characters.')

export const pinnedImageRef = z
  .string()
  .regex(PINNED_IMAGE_PATTERN, 'not pinned to a sha256 digest (expected registry/name@sha256:<64 hex>)')
  .describe('An image reference pinned to its digest: registry/name@sha256:<64 hex>.')

export const timestamp = z.iso.datetime({ offset: true }).describe('An RFC 3339 date-time.')

export const decision = z.enum(['YES', 'NO']).describe('The one answer a gate gives.')

export const REPOSITORY_NAME_PATTERN = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/
export const repositoryName = z
  .string()
  .regex(REPOSITORY_NAME_PATTERN, 'must be owner/name')
  .describe('A GitHub repository as owner/name.')

/** A link from one contract to a piece of evidence it read. */
/** An environment of `environments:` (see src/evidence/scoped-store.ts, which keeps its evidence apart). */
export const ENVIRONMENT_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/
export const environmentName = z.string().regex(ENVIRONMENT_NAME, "must be 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit")

export const evidenceLink = z
  .object({
    kind: z.string().describe('The contract kind, e.g. release-package.'),
    path: z.string().describe('Where the evidence was read, relative to the artifacts folder.'),
    digest: digest.describe('The digest of the canonical JSON of that evidence as it was read.'),
  })
  .strict()

/** Which parts of the system a release changes. */
export const scopeFlags = z
  .object({
    runtimeChanged: z.boolean(),
    infraChanged: z.boolean(),
    docsChanged: z.boolean(),
  })
  .strict()
export type ScopeFlags = z.infer<typeof scopeFlags>

/** One stage of a check list (acceptance, prod-verify): what ran and how it ended. */
export const checkOutcome = z
  .object({
    name: z.string().min(1),
    type: z.string().min(1).describe('http, command, auth-canary, probe, api-smoke, browser, ...'),
    required: z.boolean(),
    status: z.enum(['pass', 'fail', 'skipped']),
    reason: z.string().optional().describe('Why it failed or was skipped.'),
    attempts: z.number().int().nonnegative(),
    durationMs: z.number().nonnegative(),
    detail: z.string().optional().describe('A short detail: status code, the tail of the output; secrets masked.'),
  })
  .strict()
export type CheckOutcome = z.infer<typeof checkOutcome>
