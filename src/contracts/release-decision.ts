// The release decision: the final YES/NO and status, and the digest of every piece of evidence
// it was taken on.
import { z } from 'zod'
import { commitSha, decision, digest, environmentName, repositoryName, timestamp } from './common.js'

export const RELEASE_DECISION_SCHEMA = 'shipgate.release-decision/v1'
/** v2: the decision for one environment of `environments:`, which it names; production's is the release's. */
export const RELEASE_DECISION_SCHEMA_V2 = 'shipgate.release-decision/v2'

export const releaseStatus = z.enum(['success', 'partial_success', 'failure'])
export type ReleaseStatus = z.infer<typeof releaseStatus>

export const decisionReason = z
  .object({
    file: z.string().optional().describe('The evidence file the reason is about, relative to the artifacts folder.'),
    field: z.string().optional().describe('The field in that file, e.g. components[2].ref.'),
    message: z.string().min(1),
  })
  .strict()
export type DecisionReason = z.infer<typeof decisionReason>

/** `file: field: message`, leaving out what a reason does not name; a reason about the whole file (field `(file)`) reads `file: message`. */
export function formatReason(reason: DecisionReason): string {
  return [reason.file, reason.field === '(file)' ? undefined : reason.field, reason.message].filter((part) => part !== undefined).join(': ')
}

const releaseDecisionV1 = z
  .object({
    schema: z.literal(RELEASE_DECISION_SCHEMA),
    sha: commitSha,
    repository: repositoryName,
    packageDigest: digest.nullable().describe('The package the decision is about; null when no valid manifest was found.'),
    decision,
    status: releaseStatus,
    reasons: z.array(decisionReason).describe('Why the decision is NO or partial; empty for a clean YES.'),
    evidence: z
      .array(
        z
          .object({
            kind: z.string(),
            path: z.string(),
            state: z.enum(['valid', 'missing', 'invalid']),
            digest: digest.nullable(),
            required: z.boolean(),
          })
          .strict(),
      )
      .describe('Every piece of evidence considered, with the digest of what was read.'),
    decidedAt: timestamp,
  })
  .strict()

const releaseDecisionV2 = releaseDecisionV1
  .extend({
    schema: z.literal(RELEASE_DECISION_SCHEMA_V2),
    environment: environmentName.describe('The environment this decision is for; the last one of `environments:` decides the release.'),
    promotedFrom: environmentName
      .nullable()
      .describe('The environment whose YES for the same package let it in; null for the first environment.'),
  })
  .strict()

export const releaseDecision = z.discriminatedUnion('schema', [releaseDecisionV1, releaseDecisionV2])
export type ReleaseDecision = z.infer<typeof releaseDecision>
