// Commit-stage evidence: proof that the SHA passed the required check, and what the release changes.
import { z } from 'zod'
import { commitSha, repositoryName, timestamp } from './common.js'

export const COMMIT_STAGE_SCHEMA = 'shipgate.commit-stage/v1'

const pathClass = z
  .object({ changed: z.boolean(), paths: z.array(z.string()) })
  .strict()

export const commitStageEvidence = z
  .object({
    schema: z.literal(COMMIT_STAGE_SCHEMA),
    sha: commitSha,
    repository: repositoryName,
    event: z.string(),
    passed: z.boolean().describe('True only when the required check concluded success.'),
    check: z
      .object({
        name: z.string(),
        source: z.enum(['check-run', 'status', 'local-command']).describe('Where the proof came from; local-command when no GitHub API was available.'),
        conclusion: z.string(),
        url: z.string().nullable(),
        attempt: z.number().int().nonnegative(),
        checkedSha: commitSha.describe('The SHA whose check was used: the release SHA, or the pull request head after a squash or rebase merge.'),
        via: z.enum(['direct', 'pull-request-head', 'local-command']),
        pullRequest: z.number().int().positive().nullable(),
      })
      .strict(),
    base: commitSha.nullable().describe('The SHA the changes were compared with.'),
    scope: z
      .object({ runtime: pathClass, infra: pathClass, docs: pathClass, other: z.array(z.string()) })
      .strict(),
    drift: z
      .object({
        mode: z.enum(['warn', 'fail']),
        findings: z.array(
          z.object({ doc: z.string(), watched: z.array(z.string()), message: z.string() }).strict(),
        ),
      })
      .strict(),
    recordedAt: timestamp,
  })
  .strict()
export type CommitStageEvidence = z.infer<typeof commitStageEvidence>
