// Promotion through `environments:`: a package enters environment N only with a YES from
// environment N-1 for the same package (the first environment takes any sealed package), and its
// deploy there is recorded with the decision that let it in, in that environment's evidence.
import { EvidenceError } from '../errors.js'
import { scopedStore } from '../evidence/scoped-store.js'
import { requireValid, type EvidenceStore } from '../evidence/store.js'
import type { Clock } from '../platform/clock.js'
import type { Exec } from '../platform/exec.js'
import type { Logger } from '../platform/logger.js'
import { acceptedCandidate, type PromotionGate } from './deploy-convergence.js'
import { formatReason } from '../contracts/release-decision.js'
import { decisionContradictions } from './verdicts.js'
import { previousDecisionProblems } from './verify.js'
import { deployPackage, localDeploymentRecord, relativeEvidencePath } from './deploy.js'

/** The gate of an environment: the previous one's YES, or for the first a sealed package. */
export function environmentGate(root: EvidenceStore, previous: string | null): PromotionGate {
  if (previous === null) {
    return { requirement: 'package is sealed', candidates: () => root.listShas('release-package'), admit: async () => undefined }
  }
  const previousStore = scopedStore(root, { environment: previous })
  return {
    requirement: `${previous} said YES`,
    candidates: () => previousStore.listShas('release'),
    async admit(sha, manifest) {
      const read = await previousStore.read('release', sha)
      if (read.state === 'missing') return { reason: `${read.path}: missing: ${previous} has no decision for ${sha}; it must be deployed, accepted and verified in ${previous} first` }
      if (read.state === 'invalid') return { reason: read.problems.map((problem) => `${read.path}: ${problem.field}: ${problem.message}`).join('; ') }
      const { value, path, digest } = read
      const named = 'environment' in value ? value.environment : undefined
      if (named !== previous) return { reason: `${path}: environment: is ${named ?? 'absent (a v1 decision)'}, not ${previous}` }
      if (value.decision !== 'YES') return { reason: `${path}: decision: is ${value.decision} for ${previous}` }
      if (value.packageDigest !== manifest.digest) return { reason: `${path}: packageDigest: ${previous} said YES for ${value.packageDigest}, the package is ${manifest.digest}` }
      const contradictions = decisionContradictions(value)
      if (contradictions.length > 0) return { reason: contradictions.map((problem) => `${path}: ${problem.field}: ${problem.message}`).join('; ') }
      // Checked as `shipgate verify --environment <previous>` checks it: a YES written by hand, or
      // one its evidence no longer gives, lets nothing in.
      const unverified = await previousDecisionProblems(root, sha, previous)
      if (unverified.length > 0) return { reason: unverified.map(formatReason).join('; ') }
      // The deploy rests on this YES, so it is kept with the deploy's evidence: a rollback's gate reads
      // it from the run that built the package (SHIPGATE_EVIDENCE_RUN_ID), and this environment's
      // decision, in this run, must find it here. Writing what is already here changes nothing.
      await previousStore.write('release', sha, value)
      return { kind: 'release', path: relativeEvidencePath(root, path), digest }
    },
  }
}

export interface EnvironmentDeployInput {
  sha: string
  environment: string
  previous: string | null
  command: string
  workspace: string
  /** A rollback: an explicit replay of an older package. */
  replay?: boolean
}

/**
 * The local deploy to one environment (`shipgate pipeline`, `shipgate rollback`): refused, with the
 * missing evidence named and a `refused` record written, unless the gate admits the package; else
 * deployed and recorded as deployed or failed, in the environment's own evidence.
 */
export async function deployToEnvironment(
  input: EnvironmentDeployInput,
  ports: { store: EvidenceStore; exec: Exec; logger: Logger; clock: Clock },
): Promise<{ packageDigest: string; refs: Record<string, string>; recordPath: string }> {
  const root = ports.store
  const store = scopedStore(root, { environment: input.environment })
  const decidedAt = ports.clock.now().toISOString()
  const manifest = requireValid(await root.read('release-package', input.sha))
  const candidate = await acceptedCandidate(root, input.sha, environmentGate(root, input.previous))
  const record = localDeploymentRecord({
    sha: input.sha,
    packageDigest: manifest.value.digest,
    environment: input.environment,
    replay: input.replay ?? false,
    order: 'created-at',
    decidedAt,
    evidence: [
      { kind: 'release-package', path: relativeEvidencePath(root, manifest.path), digest: manifest.value.digest },
      ...('admittedBy' in candidate && candidate.admittedBy ? [candidate.admittedBy] : []),
    ],
  })
  if (!('manifest' in candidate)) {
    const written = await store.write('deployment', input.sha, record('refused', `not promoted to ${input.environment}: ${candidate.reason}`))
    throw new PromotionRefused(`refusing to deploy ${input.sha} to ${input.environment}: ${candidate.reason}`, written.path)
  }
  const extraEnvironment = { SHIPGATE_ENVIRONMENT: input.environment }
  let deployed: { packageDigest: string; refs: Record<string, string> }
  try {
    deployed = await deployPackage({ sha: input.sha, command: input.command, workspace: input.workspace, extraEnvironment }, { store: root, exec: ports.exec, logger: ports.logger })
  } catch (error) {
    await store.write('deployment', input.sha, record('failed', `the deploy command failed: ${(error as Error).message}`))
    throw error
  }
  const how = input.replay ? `rolled back to ${input.sha} by shipgate rollback` : `deployed by the local pipeline (shipgate pipeline)`
  const written = await store.write('deployment', input.sha, record('deployed', `${how} in ${input.environment}`, ports.clock.now().toISOString()))
  return { ...deployed, recordPath: written.path }
}

/** A package the previous environment did not admit: a NO with the evidence named, not a crash. */
export class PromotionRefused extends EvidenceError {
  override name = 'PromotionRefused'
  constructor(message: string, file: string) {
    super(message, { file })
  }
}
