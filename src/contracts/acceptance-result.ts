// The acceptance result: one YES or NO for the package that was tested, with every check's outcome.
// v1 is a plain run's; v2 also names the environment of `environments:` it was taken in and, for
// one shard of a sharded run, which shard it is.
import { z } from 'zod'
import { checkOutcome, commitSha, decision, digest, environmentName, evidenceLink, scopeFlags, timestamp } from './common.js'

export const ACCEPTANCE_RESULT_SCHEMA = 'shipgate.acceptance-result/v1'
export const ACCEPTANCE_RESULT_SCHEMA_V2 = 'shipgate.acceptance-result/v2'

/** The most shards a run may be split into (as parseShard allows). */
export const MAX_ACCEPTANCE_SHARDS = 256

export const acceptanceShard = z
  .object({
    index: z.number().int().min(1).describe('Which shard this is, 1-based.'),
    total: z.number().int().min(1).max(MAX_ACCEPTANCE_SHARDS).describe('How many shards the checks were split into.'),
  })
  .strict()
  .refine((shard) => shard.index <= shard.total, { message: 'index must not be greater than total', path: ['index'] })
export type AcceptanceShard = z.infer<typeof acceptanceShard>

const acceptanceResultV1 = z
  .object({
    schema: z.literal(ACCEPTANCE_RESULT_SCHEMA),
    sha: commitSha,
    packageDigest: digest.describe('The release package that was tested.'),
    decision,
    degraded: z.boolean().describe('True when an optional check failed: release-decision makes it partial_success.'),
    scope: scopeFlags,
    startedAt: timestamp,
    finishedAt: timestamp,
    checks: z.array(checkOutcome),
    evidence: z.array(evidenceLink).describe('The evidence acceptance read.'),
  })
  .strict()

const acceptanceResultV2 = acceptanceResultV1
  .extend({
    schema: z.literal(ACCEPTANCE_RESULT_SCHEMA_V2),
    environment: environmentName
      .nullable()
      .describe('The environment of `environments:` whose checks ran; null for a sharded run without environments.'),
    shard: acceptanceShard
      .optional()
      .describe("Set on one shard's partial result (it lists only that shard's checks); absent on a whole or merged result."),
  })
  .strict()

export const acceptanceResult = z.discriminatedUnion('schema', [acceptanceResultV1, acceptanceResultV2])
export type AcceptanceResult = z.infer<typeof acceptanceResult>
export type AcceptanceResultV2 = z.infer<typeof acceptanceResultV2>

/** Everything but the version and the scope fields: what a run or a merge works out. */
export type AcceptanceResultBody = Omit<z.infer<typeof acceptanceResultV1>, 'schema'>

/**
 * The result in the version its scope calls for: v1, exactly as before, for a plain run (so a
 * plain run's evidence and digests do not change); v2 when an environment or a shard is set.
 */
export function versionedAcceptanceResult(body: AcceptanceResultBody, where: { environment?: string; shard?: AcceptanceShard }): AcceptanceResult {
  if (where.environment === undefined && where.shard === undefined) return { schema: ACCEPTANCE_RESULT_SCHEMA, ...body }
  return { schema: ACCEPTANCE_RESULT_SCHEMA_V2, ...body, environment: where.environment ?? null, ...(where.shard ? { shard: where.shard } : {}) }
}
