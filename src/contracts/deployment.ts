// The deployment record: what deploy-gate did with one release package in one environment: deployed
// it, left it as superseded by a newer accepted package, or refused to move production backwards.
// The newest `deployed` record of an environment is that environment's production state.
import { z } from 'zod'
import { commitSha, digest, evidenceLink, timestamp } from './common.js'

export const DEPLOYMENT_SCHEMA = 'shipgate.deployment/v1'

export const deploymentOutcome = z
  .enum(['deployed', 'superseded', 'refused', 'failed'])
  .describe('deployed: this package went to production; superseded: a newer accepted package was deployed instead; refused: it is older than production and the run was no explicit replay; failed: the deploy command failed.')

export const deploymentRecord = z
  .object({
    schema: z.literal(DEPLOYMENT_SCHEMA),
    sha: commitSha,
    packageDigest: digest.describe('The release package this record is about.'),
    environment: z.string().min(1).describe('The environment deployed to, e.g. production.'),
    outcome: deploymentOutcome,
    replay: z.boolean().describe('True when the run was an explicit replay, which may move production to an older SHA.'),
    order: z
      .enum(['commit', 'created-at'])
      .describe('How older and newer were decided: commit ancestry (git merge-base --is-ancestor) or the packages\' createdAt.'),
    previous: z
      .object({ sha: commitSha, packageDigest: digest.optional() })
      .strict()
      .nullable()
      .describe('What was in production when the decision was taken; null when nothing was known to be.'),
    supersededBy: commitSha.optional().describe('For a superseded package: the SHA deployed instead.'),
    superseded: z.array(commitSha).describe('For a deployed package: the older accepted packages it superseded.'),
    reason: z.string().min(1).describe('Why, in one sentence.'),
    decidedAt: timestamp,
    deployedAt: timestamp.optional().describe('When the deploy command finished, for a deployed package.'),
    runId: z.string().describe('The workflow run (or `local`) that took the decision.'),
    evidence: z.array(evidenceLink).describe('The evidence the decision read: the manifest and the acceptance result.'),
  })
  .strict()
export type DeploymentRecord = z.infer<typeof deploymentRecord>
