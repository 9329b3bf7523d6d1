// replay: finds the run that holds a SHA's release package, downloads the package from that run,
// verifies it (contract, its own digest, the SHA) and carries it, with the commit-stage evidence,
// into this run's evidence. Fails closed when no run qualifies or the artifact or the check is missing.
//
// A run qualifies when a deploy-gate deployment of the environment names it (the payload's
// packageRunId, checked against the payload's digest), when it is a successful push run of the SHA,
// or when it is a push run that failed but whose evidence has a YES release decision for that very
// package: a release whose only failure came after the decision (a notification) is still a release.
import { componentRefs, type ReleasePackageManifest } from '../contracts/release-package.js'
import { EvidenceError } from '../errors.js'
import { requireValid, type EvidenceStore } from '../evidence/store.js'
import type { DeploymentsApi, WorkflowRunsApi } from '../platform/github-api.js'
import type { Logger } from '../platform/logger.js'
import { shipgateDeployments } from './environment-deployments.js'
import { describeReplaySource, type ReplaySource } from './replay-source.js'

export { describeReplaySource, type ReplaySource }

export interface ReplayInput {
  sha: string
  repository: string
  /** Only push runs of this workflow file count (e.g. cloud-delivery-pipeline.yml); default: any. */
  workflow?: string
  /** Use this run, which must qualify. */
  runId?: number
  /** Also take the run named by a deployment of the SHA to this environment, first. */
  environment?: string
}

export interface ReplayPorts {
  runs: WorkflowRunsApi
  /** Needed with an environment. */
  deployments?: DeploymentsApi
  /** The evidence of another run (read-only use). */
  openRun(runId: number): EvidenceStore
  /** This run's evidence, where the verified package is carried. */
  target: EvidenceStore
  logger: Logger
}

export interface ReplayResult {
  run: ReplaySource
  manifest: ReleasePackageManifest
  /** Where the verified manifest now is in this run's evidence. */
  path: string
  refs: Record<string, string>
  /** Evidence carried over besides the manifest. */
  carried: string[]
}

export async function fetchReleasePackage(input: ReplayInput, ports: ReplayPorts): Promise<ReplayResult> {
  const workflowFile = input.workflow?.replace(/^.*\//, '')
  let sources = await replaySources(input, ports, workflowFile)
  const described =
    `push run of ${input.sha} in ${input.repository}${workflowFile ? ` (workflow ${workflowFile})` : ''} that succeeded or whose evidence has a YES release decision` +
    (input.environment ? `, nor a run named by a deployment of it to ${input.environment}` : '')
  if (input.runId !== undefined) {
    sources = sources.filter((source) => source.id === input.runId)
    if (sources.length === 0) throw new EvidenceError(`run ${input.runId} is no ${described}; a replay only takes a package the push pipeline built and released`)
  }
  if (sources.length === 0) {
    throw new EvidenceError(`no ${described}: there is no release package to replay; push the commit through the pipeline first (a replay never builds)`)
  }

  // Best first; a run whose artifact expired or whose release said no is passed over, anything else stops.
  const missing: string[] = []
  const passedOver: string[] = []
  for (const source of sources) {
    const evidence = ports.openRun(source.id)
    const read = await evidence.read('release-package', input.sha)
    if (read.state === 'missing') {
      missing.push(`run ${source.id}`)
      ports.logger.info(`Run ${source.id} has no release-package-${input.sha} artifact (expired or never uploaded).`)
      continue
    }
    const { value: manifest } = requireValid(read)
    if (manifest.sha !== input.sha) {
      throw new EvidenceError(`${read.path}: sha: the manifest of run ${source.id} names ${manifest.sha}, but the replay asked for ${input.sha}`, { file: read.path })
    }
    if (source.deployment && source.deployment.packageDigest !== manifest.digest) {
      throw new EvidenceError(
        `${read.path}: digest: run ${source.id} holds ${manifest.digest}, but GitHub deployment ${source.deployment.id} deployed ${source.deployment.packageDigest} from it; the package is not the one that was deployed`,
        { file: read.path },
      )
    }
    if (source.via === 'release-decision') {
      const refusal = await withoutYesDecision(evidence, input.sha, manifest)
      if (refusal) {
        passedOver.push(`run ${source.id}: ${refusal}`)
        ports.logger.info(`Run ${source.id} failed and ${refusal}; not a replay source.`)
        continue
      }
    }
    const written = await ports.target.write('release-package', input.sha, manifest)
    const carried: string[] = []
    const commitStage = await evidence.read('commit-stage', input.sha)
    if (commitStage.state !== 'missing') {
      await ports.target.write('commit-stage', input.sha, requireValid(commitStage).value)
      carried.push('commit-stage')
    }
    ports.logger.info(`Replaying ${manifest.digest} from run ${source.id}${source.url ? ` (${source.url})` : ''}, ${describeReplaySource(source)}.`)
    return { run: source, manifest, path: written.path, refs: componentRefs(manifest), carried }
  }
  if (passedOver.length === 0) {
    throw new EvidenceError(`release-package-${input.sha}: missing: no artifact of that name in ${missing.join(', ')}; artifacts expire (retention 1 to 90 days), so the package cannot be replayed`)
  }
  const reasons = [...passedOver, ...missing.map((run) => `${run}: no release-package-${input.sha} artifact (expired or never uploaded)`)]
  throw new EvidenceError(`no run holds a release package of ${input.sha} that can be replayed: ${reasons.join('; ')}`)
}

/** The runs that may hold the package, best first: named by a deployment, then push runs newest first. */
async function replaySources(input: ReplayInput, ports: ReplayPorts, workflowFile: string | undefined): Promise<ReplaySource[]> {
  const sources: ReplaySource[] = []
  const seen = new Set<number>()
  if (input.environment) {
    if (!ports.deployments) throw new Error('bug: a replay from an environment\'s deployments without the deployments API')
    for await (const deployment of shipgateDeployments(ports.deployments, { environment: input.environment, sha: input.sha })) {
      const runId = deployment.payload.packageRunId
      if (runId === null || seen.has(runId)) continue
      seen.add(runId)
      sources.push({ id: runId, url: null, via: 'deployment', deployment: { id: deployment.id, packageDigest: deployment.payload.packageDigest } })
    }
  }
  for (const run of await ports.runs.completedPushRuns(input.sha)) {
    if (seen.has(run.id) || (workflowFile && run.path.replace(/^.*\//, '') !== workflowFile)) continue
    seen.add(run.id)
    sources.push({ id: run.id, url: run.url, via: run.conclusion === 'success' ? 'successful-run' : 'release-decision' })
  }
  return sources
}

/** Why a failed run's evidence does not release this package; undefined when it has a YES decision for it. */
async function withoutYesDecision(evidence: EvidenceStore, sha: string, manifest: ReleasePackageManifest): Promise<string | undefined> {
  const read = await evidence.read('release', sha)
  if (read.state === 'missing') return 'its evidence has no release decision'
  if (read.state === 'invalid') return `its release decision is not valid (${read.problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')})`
  if (read.value.decision !== 'YES') return `its release decision is ${read.value.decision}`
  if (read.value.packageDigest !== manifest.digest) return `its YES release decision is about ${read.value.packageDigest}, not ${manifest.digest}`
  return undefined
}
