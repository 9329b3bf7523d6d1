// The production result: what prod-verify saw after the deploy, for the package that was deployed.
import { z } from 'zod'
import { checkOutcome, commitSha, digest, environmentName, evidenceLink, timestamp } from './common.js'

export const PRODUCTION_RESULT_SCHEMA = 'shipgate.production-result/v1'
/** v2: the result of one environment of `environments:` (dev, staging, production), which it names. */
export const PRODUCTION_RESULT_SCHEMA_V2 = 'shipgate.production-result/v2'

const productionResultV1 = z
  .object({
    schema: z.literal(PRODUCTION_RESULT_SCHEMA),
    sha: commitSha,
    packageDigest: digest.describe('The release package running in production.'),
    deployedRefs: z.record(z.string(), z.string()).describe('Component name -> the pinned ref or file digest deployed.'),
    verdict: z.enum(['pass', 'fail']),
    degraded: z.boolean().describe('True when an optional check failed or was skipped for lack of a tool.'),
    startedAt: timestamp,
    finishedAt: timestamp,
    checks: z.array(checkOutcome),
    evidence: z.array(evidenceLink),
  })
  .strict()

const productionResultV2 = productionResultV1
  .extend({
    schema: z.literal(PRODUCTION_RESULT_SCHEMA_V2),
    environment: environmentName.describe('The environment that was verified.'),
  })
  .strict()

export const productionResult = z.discriminatedUnion('schema', [productionResultV1, productionResultV2])
export type ProductionResult = z.infer<typeof productionResult>
