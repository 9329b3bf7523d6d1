// The deployment record: what deploy-gate did with one release package in one environment: deployed
// it, left it as superseded by a newer accepted package, or refused to move production backwards.
// The newest `deployed` record of an environment is that environment's production state.
import { z } from 'zod'
import { commitSha, digest, evidenceLink, timestamp } from './common.js'

export const DEPLOYMENT_SCHEMA = 'shipgate.deployment/v1'

export const deploymentOutcome = z
  .enum(['deployed', 'superseded', 'refused', 'failed'])
  .describe('deployed: this package went to production; superseded: a newer accepted package was deployed instead; refused: not deployed (older than production without an explicit replay, or the acceptance or previous environment YES it needs is missing or NO); failed: the deploy command failed.')

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

export const DEPLOYMENT_PAYLOAD_SCHEMA = 'shipgate.deployment-payload/v1'

/**
 * The payload of the GitHub deployment deploy-gate creates for each deploy: enough for a later run to
 * know what runs in the environment and to read that package's evidence from the run that holds it.
 */
export const deploymentPayload = z
  .object({
    schema: z.literal(DEPLOYMENT_PAYLOAD_SCHEMA),
    sha: commitSha.describe('The release commit deployed (also the deployment\'s ref).'),
    packageDigest: digest.describe('The release package deployed.'),
    packageCreatedAt: timestamp.describe('When build-once sealed that package; orders packages by build time (order: created-at).'),
    refs: z.record(z.string(), z.string()).describe('Component name -> pinned image ref or sha256:<hex> file digest, as the deploy command got them.'),
    environment: z.string().min(1),
    replay: z.boolean().describe('True for an explicit replay, which may move the environment to an older SHA.'),
    runId: z.string().describe('The workflow run that deployed.'),
    runAttempt: z.string(),
    packageRunId: z
      .number()
      .int()
      .positive()
      .nullable()
      .describe('The workflow run whose artifacts hold the release package (release-package-<sha>): the run that built it, also for a replay; null when it was built outside a workflow run.'),
  })
  .strict()
export type DeploymentPayload = z.infer<typeof deploymentPayload>

/** Published with the contracts; it lives in GitHub deployments, not in the artifacts folder. */
export const deploymentPayloadSpec = {
  kind: 'deployment-payload',
  file: 'payload.json',
  id: DEPLOYMENT_PAYLOAD_SCHEMA,
  title: 'Deployment payload',
  description: 'The payload of the GitHub deployment deploy-gate creates for each deploy: the SHA, the package and where its evidence is kept.',
  schema: deploymentPayload,
  immutable: true,
}
