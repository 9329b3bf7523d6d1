// The acceptance result: one YES or NO for the package that was tested, with every check's outcome.
import { z } from 'zod'
import { checkOutcome, commitSha, decision, digest, evidenceLink, scopeFlags, timestamp } from './common.js'

export const ACCEPTANCE_RESULT_SCHEMA = 'shipgate.acceptance-result/v1'

export const acceptanceResult = z
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
export type AcceptanceResult = z.infer<typeof acceptanceResult>
