// Pipeline timing: every stage appends its run; release-decision closes it with the totals.
import { z } from 'zod'
import { commitSha, timestamp } from './common.js'

export const PIPELINE_TIMING_SCHEMA = 'shipgate.pipeline-timing/v1'

export const stageTiming = z
  .object({
    stage: z.string().min(1),
    startedAt: timestamp,
    finishedAt: timestamp,
    durationMs: z.number().nonnegative(),
    outcome: z.enum(['success', 'failure', 'no', 'skipped']).describe('failure: the stage failed; no: it ran and said NO.'),
  })
  .strict()
export type StageTiming = z.infer<typeof stageTiming>

export const pipelineTiming = z
  .object({
    schema: z.literal(PIPELINE_TIMING_SCHEMA),
    sha: commitSha,
    stages: z.array(stageTiming),
    closed: z
      .object({
        closedAt: timestamp,
        totalMs: z.number().nonnegative().describe('From the first stage start to the close.'),
        commitTime: timestamp.nullable(),
        leadTimeMs: z.number().nullable().describe('From the commit time to the decision; null when the commit time is unknown.'),
      })
      .strict()
      .nullable(),
  })
  .strict()
export type PipelineTiming = z.infer<typeof pipelineTiming>
