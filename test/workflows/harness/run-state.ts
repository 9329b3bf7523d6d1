// The state one workflow run shares across its jobs (a called workflow's too): the harness's
// servers and repositories, the run's ids, clock and github context, and the configured vars,
// secrets and environments.
import type { ArtifactServiceServer } from '../../helpers/artifact-service-server.js'
import type { RunClock } from './clock.js'
import type { RestGate } from './rest-gate.js'
import type { Repositories } from './repositories.js'
import type { JobRecord } from './run-record.js'
import type { WorkflowDefinition } from './workflow-model.js'

export interface EnvironmentConfig {
  vars?: Record<string, string>
  secrets?: Record<string, string>
  /** Required reviewers: true approves, false rejects (the job fails without running a step).
   * Leave it out for an environment without protection rules. */
  approve?: boolean
}

export interface RunState {
  id: number
  attempt: number
  runNumber: number
  repositories: Repositories
  gate: RestGate
  artifactService: ArtifactServiceServer
  clock: RunClock
  node: string
  keepWorkspaces: boolean
  /** The harness's cap on one step's time (a test fails rather than hangs). */
  stepTimeoutMs: number
  /** Aborted by harness.close(): running step processes are killed. */
  signal: AbortSignal
  /** A temp folder of the run: job workspaces and runner temp folders live under it. */
  root: string
  /** The github context every job of the run sees (a called workflow's jobs too), without the
   * per-job fields (job, token, workspace, action…). */
  github: Record<string, unknown>
  event: Record<string, unknown>
  vars: Record<string, string>
  secrets: Record<string, string>
  environments: Record<string, EnvironmentConfig>
  /** Every job record, keyed as in the run record. */
  jobs: Record<string, JobRecord>
  /** The workflows of the run, loaded and validated before any job runs (key: workflowKey()). */
  workflows: Map<string, WorkflowDefinition>
  /** The workflow each reusable-workflow job calls, its ref resolved (key: `<workflowKey>#<job id>`). */
  callees: Map<string, { repository: string; sha: string; path: string }>
  /** `<job key>|<step name>` -> the script run instead of that step's own (see RunWorkflowOptions.stubRunSteps). */
  stubRunSteps: Record<string, string>
  /** No way to cancel a run is modelled: cancelled() is always false. */
  cancelled: boolean
}

export function workflowKey(source: { repository: string; sha: string; path: string }): string {
  return `${source.repository.toLowerCase()}@${source.sha}:${source.path}`
}
