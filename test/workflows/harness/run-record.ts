// What a run leaves behind, as the tests read it: the run's conclusion, and per job (a called
// workflow's jobs too) its result, outputs, steps, annotations, summary, environment and permissions.
import type { Permissions } from './permissions.js'
import type { Annotation } from './workflow-commands.js'

export type { Annotation } from './workflow-commands.js'

/** `needs.<id>.result`. */
export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped'
export type StepOutcome = 'success' | 'failure' | 'cancelled' | 'skipped'

export interface StepRecord {
  /** The step's id, or the one GitHub generates (__run, __actions_checkout, __run_2, …). */
  id: string
  name: string
  /** Before continue-on-error (`steps.<id>.outcome`). */
  outcome: StepOutcome
  /** After continue-on-error (`steps.<id>.conclusion`). */
  conclusion: StepOutcome
  outputs: Record<string, string>
  /** The step's output as the runner logs it: masked, `::` commands shown as ##[…] or dropped. */
  log: string
  /** A run: step whose script the test replaced (stubRunSteps): the step's own script did not run. */
  stubbed?: true
}

export interface EnvironmentRecord {
  name: string
  url?: string
  /** Only when the environment has required reviewers (`approve` configured). */
  approval?: 'approved' | 'rejected'
}

export interface JobRecord {
  /** The key in WorkflowRunRecord.jobs: the job id, `<caller job>/<callee job>` in a called
   * workflow, `<id> (<matrix values>)` for one matrix leg. */
  key: string
  /** The job's id in its own workflow file (GITHUB_JOB). */
  id: string
  name: string
  /** The workflow file the job is written in. */
  workflow: string
  /** What `needs.<id>.result` says: a failed job with continue-on-error is a success here. */
  result: JobResult
  /** Before continue-on-error on the job. */
  outcome: JobResult
  /** Declared outputs; empty strings when the job did not run. */
  outputs: Record<string, string>
  steps: StepRecord[]
  annotations: Annotation[]
  /** The job's step summaries, in step order (masked). */
  summary: string
  environment?: EnvironmentRecord
  /** The GITHUB_TOKEN's scopes that grant anything (metadata is always read). */
  permissions: Partial<Permissions>
  matrix?: Record<string, unknown>
  /** A matrix job's legs (their keys), on the job's own record. */
  legs?: string[]
  /** A caller job: the reusable workflow it called (`./path` or `owner/repo/path@ref`). */
  calls?: string
  runsOn?: unknown
  concurrency?: { group: string; cancelInProgress: boolean }
}

export interface ArtifactRecord {
  id: number
  name: string
  size: number
  digest?: string
}

export interface WorkflowRunRecord {
  id: number
  attempt: number
  runNumber: number
  /** The workflow file, e.g. .github/workflows/pipeline.yml. */
  workflow: string
  /** The workflow's `name:` (or its path), and `run-name:` evaluated when it has one. */
  name: string
  runName?: string
  repository: string
  event: string
  ref: string
  sha: string
  /** failure when any job failed (a job with continue-on-error does not count), cancelled when a
   * job was cancelled (a timeout) and none failed, success otherwise; skipped jobs never fail a run. */
  conclusion: 'success' | 'failure' | 'cancelled'
  /** The parser's messages when the workflow (or one it calls) is invalid: no job ran. */
  errors: string[]
  jobs: Record<string, JobRecord>
  artifacts: ArtifactRecord[]
  /** The run's clock at its start (`now`, or the real time). */
  startedAt: string
  concurrency?: { group: string; cancelInProgress: boolean }
}
