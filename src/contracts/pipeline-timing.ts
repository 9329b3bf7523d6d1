// Pipeline timing: every stage appends its run; release-decision closes it with the totals.
// v2 keeps the runs of one SHA apart: each stage names the run it was part of, and each run is
// closed on its own, so a second run neither doubles the chart nor stretches the first run's total.
import { z } from 'zod'
import { commitSha, timestamp } from './common.js'

export const PIPELINE_TIMING_SCHEMA = 'shipgate.pipeline-timing/v1'
/** v2: every stage entry names its run (GitHub run id and attempt, or the local run), and every run has its own close. */
export const PIPELINE_TIMING_SCHEMA_V2 = 'shipgate.pipeline-timing/v2'

/** The run id a v1 file's stages get when the file is upgraded: v1 did not record which run wrote them. */
export const LEGACY_RUN_ID = 'legacy'

export const pipelineRun = z
  .object({
    id: z
      .string()
      .min(1)
      .describe(`GITHUB_RUN_ID on GitHub; local-<n> for the nth local \`shipgate pipeline\` run for the SHA; '${LEGACY_RUN_ID}' for stages recorded by v1, which did not say.`),
    attempt: z.number().int().positive().describe('GITHUB_RUN_ATTEMPT on GitHub; 1 for a local or legacy run.'),
  })
  .strict()
export type PipelineRun = z.infer<typeof pipelineRun>

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

export const pipelineClose = z
  .object({
    closedAt: timestamp,
    totalMs: z.number().nonnegative().describe('From the first stage start to the close.'),
    commitTime: timestamp.nullable(),
    leadTimeMs: z.number().nullable().describe('From the commit time to the decision; null when the commit time is unknown.'),
  })
  .strict()
export type PipelineClose = z.infer<typeof pipelineClose>

const pipelineTimingV1 = z
  .object({
    schema: z.literal(PIPELINE_TIMING_SCHEMA),
    sha: commitSha,
    stages: z.array(stageTiming),
    closed: pipelineClose.nullable(),
  })
  .strict()

export const runStageTiming = stageTiming.extend({ run: pipelineRun }).strict()
export type RunStageTiming = z.infer<typeof runStageTiming>

export const runClose = pipelineClose
  .extend({ run: pipelineRun, totalMs: z.number().nonnegative().describe("From the first start of the run's stages to its close.") })
  .strict()
export type RunClose = z.infer<typeof runClose>

const pipelineTimingV2 = z
  .object({
    schema: z.literal(PIPELINE_TIMING_SCHEMA_V2),
    sha: commitSha,
    stages: z.array(runStageTiming).describe('Every stage run, in the order they were appended, each naming its run.'),
    closes: z.array(runClose).describe('One close per run that reached a release decision; a run decided again replaces its own.'),
  })
  .strict()

export const pipelineTiming = z.discriminatedUnion('schema', [pipelineTimingV1, pipelineTimingV2])
export type PipelineTiming = z.infer<typeof pipelineTiming>
/** The version written now; a v1 file is upgraded to it on the next append. */
export type PipelineTimingV2 = z.infer<typeof pipelineTimingV2>
