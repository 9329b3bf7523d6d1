// deploy: hands the promoted refs, and only those, to the caller's deploy command. The package is
// verified again right before, so what is deployed is exactly what acceptance tested.
import { DEPLOYMENT_SCHEMA, type DeploymentRecord } from '../contracts/deployment.js'
import { ConfigurationError } from '../errors.js'
import { requireValid, type EvidenceStore } from '../evidence/store.js'
import type { Clock } from '../platform/clock.js'
import type { Exec } from '../platform/exec.js'
import type { Logger } from '../platform/logger.js'
import { promote } from './promote.js'
import { withManifestFile } from './release-manifest-env.js'

export interface DeployInput {
  sha: string
  command: string
  /** Where the command runs and where packaged files are rehashed. */
  workspace: string
  /** More for the command's environment: SHIPGATE_ENVIRONMENT, SHIPGATE_RELEASE_MANIFEST. */
  extraEnvironment?: Record<string, string>
}

/** The environment a deploy, acceptance or verification command gets: the promoted package (and SHIPGATE_RELEASE_MANIFEST, see release-manifest-env.ts). */
export function packageEnvironment(sha: string, packageDigest: string, refs: Record<string, string>): Record<string, string> {
  return { SHIPGATE_SHA: sha, SHIPGATE_PACKAGE_DIGEST: packageDigest, SHIPGATE_REFS: JSON.stringify(refs) }
}

export async function deployPackage(input: DeployInput, ports: { store: EvidenceStore; exec: Exec; logger: Logger }): Promise<{ packageDigest: string; refs: Record<string, string> }> {
  const promoted = await promote({ sha: input.sha, filesRoot: input.workspace }, ports)
  const packageDigest = promoted.manifest.digest
  ports.logger.info(`Deploying ${packageDigest}: ${input.command}`)
  const result = await ports.logger.group(`deploy: ${input.command}`, () =>
    withManifestFile(promoted.manifest, (manifestEnvironment) =>
      ports.exec.shell(input.command, {
        cwd: input.workspace,
        env: { ...packageEnvironment(input.sha, packageDigest, promoted.refs), ...manifestEnvironment, ...input.extraEnvironment },
        echo: true,
      }),
    ),
  )
  if (result.exitCode !== 0) {
    // The command's own output is in the log (echoed, masked by the runner); it stays out of this
    // message because the message is recorded in the deployment evidence, and a deploy's error
    // output is where a token ends up.
    throw new ConfigurationError(`deploy: '${input.command}' failed with exit code ${result.exitCode}; its output is in the log above`)
  }
  return { packageDigest, refs: promoted.refs }
}

/**
 * A deploy outside deploy-gate (`shipgate pipeline`), recorded the same way: a deployment record
 * that says deployed, or failed with the command's exit code, so that the release decision reads
 * what happened instead of assuming it.
 */
export async function deployAndRecord(
  input: DeployInput & { environment: string; replay?: boolean },
  ports: { store: EvidenceStore; exec: Exec; logger: Logger; clock: Clock },
): Promise<{ packageDigest: string; refs: Record<string, string> }> {
  const { store, clock } = ports
  const decidedAt = clock.now().toISOString()
  const manifest = requireValid(await store.read('release-package', input.sha))
  const acceptance = requireValid(await store.read('acceptance', input.sha))
  const record = localDeploymentRecord({
    sha: input.sha,
    packageDigest: manifest.value.digest,
    environment: input.environment,
    replay: input.replay ?? false,
    order: 'commit',
    decidedAt,
    evidence: [
      { kind: 'release-package', path: relativeEvidencePath(store, manifest.path), digest: manifest.value.digest },
      { kind: 'acceptance', path: relativeEvidencePath(store, acceptance.path), digest: acceptance.digest },
    ],
  })
  let deployed: { packageDigest: string; refs: Record<string, string> }
  try {
    deployed = await deployPackage(input, ports)
  } catch (error) {
    await store.write('deployment', input.sha, record('failed', `the deploy command failed: ${(error as Error).message}`))
    throw error
  }
  await store.write('deployment', input.sha, record('deployed', 'deployed by the local pipeline (shipgate pipeline)', clock.now().toISOString()))
  return deployed
}

/** The deployment record of a deploy outside deploy-gate (the local pipeline, a rollback): the outcome is filled in when it is known. */
export function localDeploymentRecord(
  fields: Pick<DeploymentRecord, 'sha' | 'packageDigest' | 'environment' | 'replay' | 'order' | 'decidedAt' | 'evidence'>,
): (outcome: DeploymentRecord['outcome'], reason: string, deployedAt?: string) => DeploymentRecord {
  return (outcome, reason, deployedAt) => ({
    schema: DEPLOYMENT_SCHEMA,
    ...fields,
    outcome,
    previous: null,
    superseded: [],
    // The reason may carry a command's message; the record stays readable.
    reason: reason.slice(0, 2000),
    ...(deployedAt ? { deployedAt } : {}),
    runId: 'local',
  })
}

/** A path as recorded in evidence links: relative to the artifacts folder. */
export function relativeEvidencePath(store: EvidenceStore, path: string): string {
  const prefix = `${store.location.replace(/\/+$/, '')}/`
  return path.startsWith(prefix) ? path.slice(prefix.length) : path
}
