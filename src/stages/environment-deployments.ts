// What runs in an environment, kept in GitHub deployments: deploy-gate records every deploy as a
// deployment of the release SHA with a shipgate payload (then in_progress, and success or failure),
// and later runs read it back from there instead of from a variable someone must keep current.
// GitHub also records a deployment of its own for every job that names an environment, with the
// run's commit (for a replay not the release's); those carry no shipgate payload and are passed over.
import { deploymentPayload, DEPLOYMENT_PAYLOAD_SCHEMA, type DeploymentPayload } from '../contracts/deployment.js'
import { schemaProblems } from '../contracts/index.js'
import { componentRefs, type ReleasePackageManifest } from '../contracts/release-package.js'
import { ConfigurationError, errorMessage, EvidenceError, isUserError } from '../errors.js'
import { requireValid, type EvidenceStore } from '../evidence/store.js'
import type { DeploymentsApi, GitHubDeployment, GitHubDeploymentStatus } from '../platform/github-api.js'
import type { Logger } from '../platform/logger.js'
import type { DeploymentInProgress, DeploymentLog, ProductionState } from './deploy-convergence.js'

/** A deployment shipgate made, with its payload read and checked. */
export interface ShipgateDeployment {
  id: number
  sha: string
  environment: string
  createdAt: string
  payload: DeploymentPayload
}

/**
 * The shipgate payload of a deployment; undefined for a deployment shipgate did not make. A payload
 * that names itself shipgate's but does not parse is an error: what runs there is then unknown.
 */
export function shipgatePayload(deployment: GitHubDeployment): DeploymentPayload | undefined {
  let payload = deployment.payload
  if (typeof payload === 'string') {
    try {
      payload = JSON.parse(payload) as unknown
    } catch {
      return undefined
    }
  }
  const schema = (payload as { schema?: unknown } | null)?.schema
  if (typeof schema !== 'string' || !schema.startsWith(DEPLOYMENT_PAYLOAD_SCHEMA.replace(/\/v\d+$/, '/'))) return undefined
  const where = `GitHub deployment ${deployment.id} of ${deployment.environment}`
  const parsed = deploymentPayload.safeParse(payload)
  if (!parsed.success) {
    const problems = schema === DEPLOYMENT_PAYLOAD_SCHEMA ? schemaProblems(parsed.error) : [{ field: 'schema', message: `is '${schema}', this shipgate reads ${DEPLOYMENT_PAYLOAD_SCHEMA}` }]
    throw new EvidenceError(`${where}: ${problems.map((problem) => `payload.${problem.field}: ${problem.message}`).join('; ')}; it names itself a shipgate deployment, so what it deployed cannot be trusted`)
  }
  if (parsed.data.sha !== deployment.sha) {
    throw new EvidenceError(`${where}: payload.sha: names ${parsed.data.sha}, but the deployment is of ${deployment.sha}`)
  }
  return parsed.data
}

/** shipgate's deployments, newest first, read lazily so that a reader can stop early. */
export async function* shipgateDeployments(api: DeploymentsApi, filter: { environment?: string; sha?: string }): AsyncIterable<ShipgateDeployment> {
  for await (const deployment of api.deployments(filter)) {
    const payload = shipgatePayload(deployment)
    if (payload) yield { id: deployment.id, sha: deployment.sha, environment: deployment.environment, createdAt: deployment.createdAt, payload }
  }
}

/**
 * What runs in an environment: the newest shipgate deployment whose latest status is success. A
 * success that GitHub later marked inactive still counts when no newer shipgate deployment
 * succeeded: GitHub's auto_inactive also fires for the deployment it records for any later job that
 * names a non-production environment, which deploys nothing.
 */
export async function currentDeployment(api: DeploymentsApi, environment: string, logger: Logger): Promise<ShipgateDeployment | undefined> {
  for await (const deployment of shipgateDeployments(api, { environment })) {
    const statuses = await api.deploymentStatuses(deployment.id)
    if (isLive(statuses)) return deployment
    logger.info(`GitHub deployment ${deployment.id} of ${deployment.sha} to ${environment} is not live (latest status: ${statuses[0]?.state ?? 'none'}).`)
  }
  return undefined
}

/** Statuses newest first: the latest is success, or a success GitHub later marked inactive. */
function isLive(statuses: GitHubDeploymentStatus[]): boolean {
  const latest = statuses[0]?.state
  return latest === 'success' || (latest === 'inactive' && statuses.some((status) => status.state === 'success'))
}

/**
 * A rollback's target, read from the environment's deployments alone: what runs there now (as
 * currentDeployment reads it) and, deployed before it, the newest shipgate deployment that succeeded
 * of a package built before the current one (so a second rollback goes further back, as `shipgate
 * rollback` does, instead of returning to what the first one replaced). Undefined when nothing runs
 * there; `previous` undefined when nothing earlier qualifies.
 */
export async function previousDeployment(
  api: DeploymentsApi,
  environment: string,
  logger: Logger,
): Promise<{ current: ShipgateDeployment; previous: ShipgateDeployment | undefined } | undefined> {
  let current: ShipgateDeployment | undefined
  for await (const deployment of shipgateDeployments(api, { environment })) {
    const statuses = await api.deploymentStatuses(deployment.id)
    if (!current) {
      if (isLive(statuses)) current = deployment
      continue
    }
    const succeeded = statuses.some((status) => status.state === 'success')
    if (succeeded && deployment.sha !== current.sha && Date.parse(deployment.payload.packageCreatedAt) < Date.parse(current.payload.packageCreatedAt)) {
      return { current, previous: deployment }
    }
    logger.info(`GitHub deployment ${deployment.id} of ${deployment.sha} to ${environment} is no rollback target (${succeeded ? 'the same or a newer package than what runs there' : 'it never succeeded'}).`)
  }
  return current ? { current, previous: undefined } : undefined
}

export interface RunIdentity {
  runId: string
  runAttempt: string
  /** The run's web address, the statuses' log_url; none outside a workflow run. */
  logUrl?: string
}

/** Deploys recorded as GitHub deployments of the environment, and production read back from them. */
export class GitHubDeploymentLog implements DeploymentLog {
  constructor(
    private readonly api: DeploymentsApi,
    private readonly run: RunIdentity,
    private readonly logger: Logger,
  ) {}

  async production(environment: string): Promise<ProductionState | undefined> {
    const current = await currentDeployment(this.api, environment, this.logger)
    if (!current) return undefined
    return {
      sha: current.sha,
      packageDigest: current.payload.packageDigest,
      createdAt: current.payload.packageCreatedAt,
      from: `GitHub deployment ${current.id}`,
    }
  }

  async start(deploy: { sha: string; manifest: ReleasePackageManifest; environment: string; replay: boolean }): Promise<DeploymentInProgress> {
    const { manifest } = deploy
    const payload: DeploymentPayload = {
      schema: DEPLOYMENT_PAYLOAD_SCHEMA,
      sha: deploy.sha,
      packageDigest: manifest.digest,
      packageCreatedAt: manifest.createdAt,
      refs: componentRefs(manifest),
      environment: deploy.environment,
      replay: deploy.replay,
      runId: this.run.runId,
      runAttempt: this.run.runAttempt,
      // The manifest names the run that built it, whose artifacts hold it; a replay carries the same manifest.
      packageRunId: /^[1-9][0-9]*$/.test(manifest.source.runId) ? Number(manifest.source.runId) : null,
    }
    const deployment = await this.api.createDeployment({
      ref: deploy.sha,
      environment: deploy.environment,
      description: `shipgate: ${shortDigest(manifest.digest)} of ${deploy.sha.slice(0, 12)}${deploy.replay ? ' (explicit replay)' : ''}`,
      payload: deploymentPayload.parse(payload),
      // The release SHA exactly: no merge of the default branch into it, no commit-status gate (the evidence is the gate).
      autoMerge: false,
      requiredContexts: [],
      transientEnvironment: false,
      // GitHub's own default for an environment's name.
      productionEnvironment: deploy.environment === 'production',
    })
    this.logger.info(`Recorded GitHub deployment ${deployment.id} of ${deploy.sha} to ${deploy.environment}.`)
    await this.status(deployment.id, 'in_progress', `Deploying ${shortDigest(manifest.digest)}`)
    return {
      id: deployment.id,
      finish: async (outcome) => {
        if (outcome === 'success') {
          await this.status(deployment.id, 'success', `Deployed ${shortDigest(manifest.digest)}`)
          return
        }
        await this.status(deployment.id, 'failure', 'The deploy failed; see the run log')
      },
    }
  }

  private async status(deploymentId: number, state: 'in_progress' | 'success' | 'failure', description: string): Promise<void> {
    await this.api.createDeploymentStatus(deploymentId, { state, description, logUrl: this.run.logUrl, autoInactive: true })
  }
}

/** The release package that runs in an environment, read from the run that holds it. */
export interface DeployedRelease {
  deployment: ShipgateDeployment
  manifest: ReleasePackageManifest
}

/**
 * The package of the environment's current deployment, read from the artifacts of the run its payload
 * names and checked against the payload (SHA and digest). Undefined when nothing was deployed there.
 */
export async function deployedRelease(
  environment: string,
  ports: { deployments: DeploymentsApi; openRun(runId: number): EvidenceStore; logger: Logger },
): Promise<DeployedRelease | undefined> {
  const deployment = await currentDeployment(ports.deployments, environment, ports.logger)
  if (!deployment) return undefined
  const where = `GitHub deployment ${deployment.id} of ${deployment.sha} to ${environment}`
  const runId = deployment.payload.packageRunId
  if (runId === null) {
    throw new ConfigurationError(`${where}: its package was built outside a workflow run (payload.packageRunId is null), so there is no run to read it from; build the runtime (runtime-changed: true)`)
  }
  const source = ports.openRun(runId)
  const read = await source.read('release-package', deployment.sha).catch((error: unknown) => {
    if (!isUserError(error)) throw error
    throw new EvidenceError(`${where}: cannot read the release package from run ${runId}: ${errorMessage(error)}`)
  })
  if (read.state === 'missing') {
    throw new EvidenceError(`${where}: run ${runId} has no release-package-${deployment.sha} artifact (artifacts expire after the retention days); build the runtime (runtime-changed: true)`)
  }
  const { value: manifest, path } = requireValid(read)
  if (manifest.sha !== deployment.sha || manifest.digest !== deployment.payload.packageDigest) {
    throw new EvidenceError(
      `${path}: the package in run ${runId} is ${manifest.digest} of ${manifest.sha}, but ${where} deployed ${deployment.payload.packageDigest}; it is not the package that runs there`,
      { file: path },
    )
  }
  return { deployment, manifest }
}

function shortDigest(digest: string): string {
  return digest.slice(0, 'sha256:'.length + 12)
}
