// replay: finds the successful push run that built a SHA, downloads its release package from that
// run, verifies it (contract, its own digest, the SHA) and carries it, with the commit-stage
// evidence, into this run's evidence. Fails closed when the run, the artifact or the check is missing.
import { componentRefs, type ReleasePackageManifest } from '../contracts/release-package.js'
import { EvidenceError } from '../errors.js'
import { requireValid, type EvidenceStore } from '../evidence/store.js'
import type { WorkflowRunRecord, WorkflowRunsApi } from '../platform/github-api.js'
import type { Logger } from '../platform/logger.js'

export interface ReplayInput {
  sha: string
  repository: string
  /** Only runs of this workflow file count (e.g. cloud-delivery-pipeline.yml); default: any. */
  workflow?: string
  /** Use this run, which must be one of the SHA's successful push runs. */
  runId?: number
}

export interface ReplayPorts {
  runs: WorkflowRunsApi
  /** The evidence of another run (read-only use). */
  openRun(runId: number): EvidenceStore
  /** This run's evidence, where the verified package is carried. */
  target: EvidenceStore
  logger: Logger
}

export interface ReplayResult {
  run: WorkflowRunRecord
  manifest: ReleasePackageManifest
  /** Where the verified manifest now is in this run's evidence. */
  path: string
  refs: Record<string, string>
  /** Evidence carried over besides the manifest. */
  carried: string[]
}

export async function fetchReleasePackage(input: ReplayInput, ports: ReplayPorts): Promise<ReplayResult> {
  const workflowFile = input.workflow?.replace(/^.*\//, '')
  let runs = (await ports.runs.successfulPushRuns(input.sha)).filter((run) => !workflowFile || run.path.replace(/^.*\//, '') === workflowFile)
  const described = `successful push run of ${input.sha} in ${input.repository}${workflowFile ? ` (workflow ${workflowFile})` : ''}`
  if (input.runId !== undefined) {
    runs = runs.filter((run) => run.id === input.runId)
    if (runs.length === 0) throw new EvidenceError(`run ${input.runId} is not a ${described}; a replay only takes a package the push pipeline built and accepted`)
  }
  if (runs.length === 0) {
    throw new EvidenceError(`no ${described}: there is no release package to replay; push the commit through the pipeline first (a replay never builds)`)
  }

  // Newest first; a run whose artifact expired or was never uploaded is skipped, anything else stops.
  const checked: string[] = []
  for (const run of runs) {
    const source = ports.openRun(run.id)
    const read = await source.read('release-package', input.sha)
    if (read.state === 'missing') {
      checked.push(`run ${run.id}`)
      ports.logger.info(`Run ${run.id} has no release-package-${input.sha} artifact (expired or never uploaded).`)
      continue
    }
    const { value: manifest } = requireValid(read)
    if (manifest.sha !== input.sha) {
      throw new EvidenceError(`${read.path}: sha: the manifest of run ${run.id} names ${manifest.sha}, but the replay asked for ${input.sha}`, { file: read.path })
    }
    const written = await ports.target.write('release-package', input.sha, manifest)
    const carried: string[] = []
    const commitStage = await source.read('commit-stage', input.sha)
    if (commitStage.state !== 'missing') {
      await ports.target.write('commit-stage', input.sha, requireValid(commitStage).value)
      carried.push('commit-stage')
    }
    ports.logger.info(`Replaying ${manifest.digest} from run ${run.id}${run.url ? ` (${run.url})` : ''}.`)
    return { run, manifest, path: written.path, refs: componentRefs(manifest), carried }
  }
  throw new EvidenceError(`release-package-${input.sha}: missing: no artifact of that name in ${checked.join(', ')}; artifacts expire (retention 1 to 90 days), so the package cannot be replayed`)
}
