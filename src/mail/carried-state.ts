// Which earlier run holds the mail state a scheduled send carries (ledger, send log, working roster):
// only a completed run of the same workflow file, on the default branch, started by the schedule or
// by hand in this repository. An artifact of that name from a pull request or a fork never drives a
// live send.
import type { CarriedStateApi, CompletedRunRecord } from '../platform/github-api.js'

/** The events whose runs may leave mail state behind: never pull_request, pull_request_target or workflow_run. */
export const TRUSTED_STATE_EVENTS: readonly string[] = ['schedule', 'workflow_dispatch']

export interface CarriedStateQuery {
  repository: string
  /** The workflow file, e.g. .github/workflows/scheduled-send.yml. */
  workflowPath: string
  branch: string
  artifact: string
  /** How many of the newest completed runs on the branch to look at. */
  limit: number
}

export interface CarriedStateRun {
  runId: number
  artifactId: number
  createdAt: string
}

/** Why a run was passed over, for the log; undefined when it may hold the state. */
export function untrustedReason(run: CompletedRunRecord, query: CarriedStateQuery): string | undefined {
  if (run.path !== query.workflowPath) return `another workflow (${run.path || 'unknown'})`
  if (!TRUSTED_STATE_EVENTS.includes(run.event)) return `started by ${run.event}`
  if (run.headBranch !== query.branch) return `on branch ${run.headBranch ?? 'unknown'}`
  if (run.headRepository !== query.repository) return `code from ${run.headRepository ?? 'an unknown repository'}`
  return undefined
}

/** The newest trusted run that still has the artifact, or undefined when there is none yet. */
export async function findCarriedState(
  query: CarriedStateQuery,
  api: CarriedStateApi,
  log: (line: string) => void,
): Promise<CarriedStateRun | undefined> {
  const runs = await api.completedRuns(query.workflowPath, query.branch, query.limit)
  for (const run of runs) {
    const reason = untrustedReason(run, query)
    if (reason) {
      if (run.path === query.workflowPath) log(`run ${run.id}: passed over (${reason})`)
      continue
    }
    const artifact = (await api.runArtifacts(run.id, query.artifact)).find((candidate) => !candidate.expired)
    if (artifact) return { runId: run.id, artifactId: artifact.id, createdAt: run.createdAt }
  }
  return undefined
}
