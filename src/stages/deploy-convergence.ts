// deploy convergence: whatever order queued deploy runs arrive in, production ends at the newest
// release package whose acceptance said YES and never moves back to an older SHA, unless the run is
// an explicit replay. Every decision is recorded as a deployment record (shipgate.deployment/v1);
// with a deployment log (GitHub deployments), each deploy is recorded there too, and production is
// read back from it.
//
// "Older" is commit order by default: A is older than B when A is an ancestor of B
// (`git merge-base --is-ancestor`, needs the history: actions/checkout with fetch-depth: 0). Commits
// on diverged histories cannot be ordered and are refused. The alternative is the packages' createdAt
// (build time), for checkouts without history; it trusts the build clocks.
import { DEPLOYMENT_SCHEMA, type DeploymentRecord } from '../contracts/deployment.js'
import type { ContractKind } from '../contracts/index.js'
import type { ReleasePackageManifest } from '../contracts/release-package.js'
import { ConfigurationError, errorMessage, EvidenceError } from '../errors.js'
import { describeProblems, requireValid, type EvidenceStore } from '../evidence/store.js'
import type { Clock } from '../platform/clock.js'
import type { Exec } from '../platform/exec.js'
import type { Logger } from '../platform/logger.js'
import { deployPackage, relativeEvidencePath } from './deploy.js'
import { acceptanceNoReasons, judgePolicy } from './judge.js'

export type OrderBasis = DeploymentRecord['order']

/** An accepted release package that may be deployed. */
export interface DeployCandidate {
  sha: string
  manifest: ReleasePackageManifest
  manifestPath: string
  /** The evidence that let it in (its acceptance, or the previous environment's decision); none for the first environment. */
  admittedBy?: { kind: ContractKind; path: string; digest: string }
}

/**
 * What a package needs to be deployed to an environment: in the single flow its acceptance YES; in
 * `environments:` the previous environment's YES for the same package (promotion is earned), and
 * for the first environment only a sealed package.
 */
export interface PromotionGate {
  /** For reasons: "acceptance said YES". */
  readonly requirement: string
  /** The SHAs that may be queued for the environment. */
  candidates(): Promise<string[]>
  /** The evidence that admits this package, or why it is not admitted. */
  admit(sha: string, manifest: ReleasePackageManifest): Promise<DeployCandidate['admittedBy'] | { reason: string }>
}

export interface ProductionState {
  sha: string
  packageDigest?: string
  createdAt?: string
  /** Where it was read, for the summary: the input, a GitHub deployment, the evidence. */
  from?: string
}

/** A deploy recorded as started; finish it with how the deploy command ended. */
export interface DeploymentInProgress {
  id: number
  finish(outcome: 'success' | 'failure'): Promise<void>
}

/** Where deploys are recorded besides the evidence, and what runs in an environment is read back. */
export interface DeploymentLog {
  /** What runs in the environment now; undefined when the log knows of nothing. */
  production(environment: string): Promise<ProductionState | undefined>
  /** Records a deploy as started, before the deploy command runs; a failure here stops the deploy. */
  start(deploy: { sha: string; manifest: ReleasePackageManifest; environment: string; replay: boolean }): Promise<DeploymentInProgress>
}

/** Orders commits: negative when a is older than b, positive when newer, 0 for the same commit. */
export interface CommitOrder {
  readonly basis: OrderBasis
  compare(a: { sha: string; createdAt?: string }, b: { sha: string; createdAt?: string }): Promise<number>
}

export class GitAncestryOrder implements CommitOrder {
  readonly basis = 'commit' as const
  constructor(private readonly exec: Exec, private readonly cwd: string) {}

  async compare(a: { sha: string }, b: { sha: string }): Promise<number> {
    if (a.sha === b.sha) return 0
    if (await this.isAncestor(a.sha, b.sha)) return -1
    if (await this.isAncestor(b.sha, a.sha)) return 1
    throw new ConfigurationError(`${a.sha} and ${b.sha} are on diverged histories (neither is an ancestor of the other), so neither is newer; deploy one of them with replay: true`)
  }

  private async isAncestor(older: string, newer: string): Promise<boolean> {
    const result = await this.exec.run('git', ['merge-base', '--is-ancestor', older, newer], { cwd: this.cwd })
    if (result.exitCode === 0) return true
    if (result.exitCode === 1) return false
    throw new ConfigurationError(
      `git merge-base --is-ancestor ${older} ${newer} failed in ${this.cwd} (exit ${result.exitCode}): ${result.stderr.trim()}; ` +
        'deploy convergence orders commits by history: check out with fetch-depth: 0, or use order: created-at',
    )
  }
}

export class CreatedAtOrder implements CommitOrder {
  readonly basis = 'created-at' as const

  async compare(a: { sha: string; createdAt?: string }, b: { sha: string; createdAt?: string }): Promise<number> {
    if (a.sha === b.sha) return 0
    if (!a.createdAt || !b.createdAt) throw new ConfigurationError(`order created-at: no package createdAt known for ${!a.createdAt ? a.sha : b.sha}; give production-sha of a package in the evidence, or use order: commit`)
    const difference = Date.parse(a.createdAt) - Date.parse(b.createdAt)
    if (difference === 0) throw new ConfigurationError(`order created-at: the packages of ${a.sha} and ${b.sha} were created at the same time, so neither is newer; use order: commit`)
    return difference
  }
}

export interface ConvergeInput {
  /** The SHA this run was started for. */
  sha: string
  /** Other SHAs whose packages are queued for the environment; default: every SHA with acceptance evidence. */
  candidates?: string[]
  environment: string
  /**
   * The environment as the deployment log (GitHub) knows it, when that differs (an `environments:`
   * entry's githubEnvironment); default: environment. The records name `environment`, which the
   * release decision holds them to.
   */
  logEnvironment?: string
  /** An explicit replay: deploy exactly `sha`, even when it is older than production. */
  replay: boolean
  /** What is in production; default: the deployment log's, else the newest `deployed` record of the environment in the evidence. */
  production?: ProductionState
  /** The caller's deploy command; none with dryRun. */
  command?: string
  workspace: string
  dryRun: boolean
  runId: string
}

export type ConvergeDecision = 'deployed' | 'planned' | 'already-deployed' | 'refused'

export interface ConvergeResult {
  decision: ConvergeDecision
  /** The SHA deployed (or that would be, in a dry run); for a refusal, the SHA that stays. */
  target?: DeployCandidate
  production?: ProductionState
  superseded: string[]
  reason: string
  records: string[]
  refs?: Record<string, string>
}

export interface ConvergePorts {
  store: EvidenceStore
  exec: Exec
  logger: Logger
  clock: Clock
  order: CommitOrder
  /** GitHub deployments when the API is configured; without it the evidence is the only record. */
  deployments?: DeploymentLog
  /** What admits a package; default: its acceptance YES (the single flow). */
  gate?: PromotionGate
  /** Extra environment for the deploy command (SHIPGATE_ENVIRONMENT, SHIPGATE_RELEASE_MANIFEST). */
  deployEnvironment?: (target: DeployCandidate) => Promise<Record<string, string>>
}

/**
 * The single flow's gate: acceptance said YES for exactly this package, as the release decision
 * judges it (the same SHA and package, no environment, not a shard's part, a YES its checks give),
 * so that nothing is deployed on an acceptance the decision would call NO. The age of the result is
 * left to the decision, whose max-evidence-age deploy-gate does not know.
 */
export function acceptanceGate(store: EvidenceStore, clock: Clock): PromotionGate {
  return {
    requirement: 'acceptance said YES',
    candidates: () => store.listShas('acceptance'),
    async admit(sha) {
      const [releasePackage, commitStage, acceptance] = await Promise.all([store.read('release-package', sha), store.read('commit-stage', sha), store.read('acceptance', sha)])
      if (acceptance.state === 'missing') return { reason: `${acceptance.path}: missing: acceptance has not run` }
      const reasons = acceptanceNoReasons(sha, { 'release-package': releasePackage, 'commit-stage': commitStage, acceptance }, judgePolicy(clock.now(), { maxEvidenceAgeMs: null }))
      if (reasons.length > 0 || acceptance.state !== 'valid') return { reason: reasons.map((reason) => `${reason.file}: ${reason.field}: ${reason.message}`).join('; ') }
      return { kind: 'acceptance', path: relativeEvidencePath(store, acceptance.path), digest: acceptance.digest }
    },
  }
}

/** The package of a SHA if the gate admits exactly that package; else why not. */
export async function acceptedCandidate(store: EvidenceStore, sha: string, gate: PromotionGate): Promise<DeployCandidate | { sha: string; reason: string }> {
  const manifestRead = await store.read('release-package', sha)
  if (manifestRead.state === 'missing') return { sha, reason: `${manifestRead.path}: missing: no release package` }
  const { value: manifest, path: manifestPath } = requireValid(manifestRead)
  if (manifest.sha !== sha) throw new EvidenceError(`${manifestPath}: sha: the manifest names ${manifest.sha}, not ${sha}`, { file: manifestPath })
  const admitted = await gate.admit(sha, manifest)
  if (admitted && 'reason' in admitted) return { sha, reason: admitted.reason }
  return { sha, manifest, manifestPath, ...(admitted ? { admittedBy: admitted } : {}) }
}

/**
 * The newest `deployed` record of an environment in the evidence, by deployedAt. A record that
 * cannot be read could be the one of what runs there, so it stops the deploy: an unreadable
 * production state is no state to move from.
 */
export async function recordedProduction(store: EvidenceStore, environment: string): Promise<ProductionState | undefined> {
  let newest: { record: DeploymentRecord; path: string } | undefined
  for (const sha of await store.listShas('deployment')) {
    const read = await store.read('deployment', sha)
    if (read.state === 'missing') continue
    if (read.state === 'invalid') {
      throw new EvidenceError(
        `${describeProblems(read.path, read.problems)}\nthe deployment record cannot be read, so what runs in ${environment} is not known: repair or remove it, or give production-sha`,
        { file: read.path },
      )
    }
    const record = read.value
    if (record.sha !== sha) throw new EvidenceError(`${read.path}: sha: names ${record.sha}, not ${sha}, whose record this is`, { file: read.path })
    if (record.environment !== environment || record.outcome !== 'deployed' || !record.deployedAt) continue
    if (!newest || Date.parse(record.deployedAt) > Date.parse(newest.record.deployedAt!)) newest = { record, path: read.path }
  }
  return newest ? { sha: newest.record.sha, packageDigest: newest.record.packageDigest, from: newest.path } : undefined
}

/**
 * The records of one folder are one environment's: the single flow keeps them all in
 * `deployment/<sha>/`, where its release decision reads them, whatever the environment is called.
 * Writing a SHA's record for another environment over the one there would take that SHA out of
 * the other environment's production state (and let an older package in there), so a deploy that
 * would do so is refused before anything runs. With `environments:` each has a folder of its own.
 */
async function anotherEnvironments(store: EvidenceStore, sha: string, environment: string): Promise<{ path: string; environment: string } | undefined> {
  const existing = await store.read('deployment', sha)
  return existing.state === 'valid' && existing.value.environment !== environment ? { path: existing.path, environment: existing.value.environment } : undefined
}

/**
 * A refusal is recorded unless that would replace the record of a deploy, or another environment's:
 * the refused record of a SHA that was deployed must not hide what runs there.
 */
async function recordRefusal(store: EvidenceStore, record: DeploymentRecord, logger: Logger): Promise<string | undefined> {
  const existing = await store.read('deployment', record.sha)
  if (existing.state === 'valid' && (existing.value.outcome === 'deployed' || existing.value.environment !== record.environment)) {
    logger.warning(`${existing.path}: kept: it records ${record.sha} ${existing.value.outcome} in ${existing.value.environment}, and a refusal does not replace that record`)
    return undefined
  }
  return (await store.write('deployment', record.sha, record)).path
}

export async function convergeDeploy(input: ConvergeInput, ports: ConvergePorts): Promise<ConvergeResult> {
  const { store, logger, order } = ports
  const decidedAt = ports.clock.now().toISOString()
  // A log that knows of no deploy yet (the first one through it) leaves the evidence to say.
  const production =
    input.production ?? (await ports.deployments?.production(input.logEnvironment ?? input.environment)) ?? (await recordedProduction(store, input.environment))
  if (production && !production.createdAt) {
    const known = await store.read('release-package', production.sha)
    if (known.state === 'valid') production.createdAt = known.value.createdAt
  }

  const gate = ports.gate ?? acceptanceGate(store, ports.clock)
  const base = {
    schema: DEPLOYMENT_SCHEMA,
    environment: input.environment,
    replay: input.replay,
    order: order.basis,
    previous: production ? { sha: production.sha, ...(production.packageDigest ? { packageDigest: production.packageDigest } : {}) } : null,
    decidedAt,
    runId: input.runId,
  } satisfies Partial<DeploymentRecord>
  const requested = await acceptedCandidate(store, input.sha, gate)
  if (!('manifest' in requested)) {
    const reason = `refusing to deploy ${input.sha} to ${input.environment}: ${requested.reason}; only a package whose ${gate.requirement} is deployed there`
    // Without a sealed package there is no package digest to record a refusal of.
    const manifest = await store.read('release-package', input.sha)
    if (input.dryRun || manifest.state !== 'valid') throw new EvidenceError(reason)
    const refused = await recordRefusal(
      store,
      {
        ...base,
        sha: input.sha,
        packageDigest: manifest.value.digest,
        outcome: 'refused',
        superseded: [],
        reason: reason.slice(0, 2000),
        evidence: [{ kind: 'release-package', path: relativeEvidencePath(store, manifest.path), digest: manifest.value.digest }],
      },
      logger,
    )
    return { decision: 'refused', ...(production ? { production } : {}), superseded: [], reason, records: refused ? [refused] : [] }
  }
  const others = new Set(input.candidates ?? (await gate.candidates()))
  others.delete(input.sha)
  const accepted: DeployCandidate[] = [requested]
  for (const sha of [...others].sort()) {
    // Another release's broken evidence makes it no candidate; it must not block this deploy.
    const candidate = await acceptedCandidate(store, sha, gate).catch((error: unknown) => ({ sha, reason: errorMessage(error) }))
    if ('manifest' in candidate) accepted.push(candidate)
    else logger.info(`Not a candidate: ${candidate.reason}`)
  }

  const orderOf = (candidate: DeployCandidate) => ({ sha: candidate.sha, createdAt: candidate.manifest.createdAt })
  let target = requested
  if (!input.replay) {
    for (const candidate of accepted) if ((await order.compare(orderOf(candidate), orderOf(target))) > 0) target = candidate
  }
  const evidenceOf = (candidate: DeployCandidate): DeploymentRecord['evidence'] => [
    { kind: 'release-package', path: relativeEvidencePath(store, candidate.manifestPath), digest: candidate.manifest.digest },
    ...(candidate.admittedBy ? [candidate.admittedBy] : []),
  ]
  const written: string[] = []

  if (production && !input.replay) {
    const versusProduction = target.sha === production.sha ? 0 : await order.compare(orderOf(target), { sha: production.sha, createdAt: production.createdAt })
    if (versusProduction < 0) {
      const reason = `${target.sha} is older than ${production.sha}, which is in ${input.environment}; production never moves back to an older SHA unless the run is an explicit replay (replay: true)`
      const refusals: string[] = []
      if (!input.dryRun) {
        const refused = await recordRefusal(store, { ...base, sha: requested.sha, packageDigest: requested.manifest.digest, outcome: 'refused', superseded: [], reason, evidence: evidenceOf(requested) }, logger)
        if (refused) refusals.push(refused)
      }
      return { decision: 'refused', production, superseded: [], reason, records: refusals }
    }
    if (versusProduction === 0) {
      const reason = `${target.sha} (${target.manifest.digest}) is already in ${input.environment}`
      logger.info(reason)
      return { decision: 'already-deployed', target, production, superseded: [], reason, records: written }
    }
  }

  const superseded: DeployCandidate[] = []
  for (const candidate of accepted) {
    if (candidate.sha === target.sha) continue
    if (input.replay && candidate.sha !== input.sha) continue
    const newerThanProduction = !production || (candidate.sha !== production.sha && (await order.compare(orderOf(candidate), { sha: production.sha, createdAt: production.createdAt })) > 0)
    if (newerThanProduction) superseded.push(candidate)
  }
  const reason = input.replay
    ? `explicit replay of ${target.sha}${production ? ` (production was at ${production.sha})` : ''}`
    : `the newest package whose ${gate.requirement}${superseded.length ? `; supersedes ${superseded.map((candidate) => candidate.sha).join(', ')}` : ''}`
  const taken = await anotherEnvironments(store, target.sha, input.environment)
  if (taken) {
    throw new ConfigurationError(
      `${taken.path}: environment: records ${target.sha} in '${taken.environment}'; deploying it to '${input.environment}' would replace that record, and the records in this folder are one environment's production state. ` +
        'Deploy to one environment per evidence folder (artifacts-dir), or list the environments under environments: in the config, which keeps the records of each apart',
      { file: taken.path },
    )
  }
  if (input.dryRun) {
    return { decision: 'planned', target, production, superseded: superseded.map((candidate) => candidate.sha), reason, records: written }
  }
  if (!input.command) throw new ConfigurationError('no deploy command: give the command input or deploy.command in shipgate.yml (or dry-run: true to only decide)')

  // Recorded before the command runs: a deploy that cannot be recorded does not happen.
  const tracked = await ports.deployments?.start({ sha: target.sha, manifest: target.manifest, environment: input.logEnvironment ?? input.environment, replay: input.replay })
  let refs: Record<string, string>
  try {
    const extra = (await ports.deployEnvironment?.(target)) ?? {}
    ;({ refs } = await deployPackage({ sha: target.sha, command: input.command, workspace: input.workspace, extraEnvironment: extra }, { store, exec: ports.exec, logger }))
  } catch (error) {
    // The deploy's own error is what the user needs; a status that cannot be set must not hide it.
    await tracked?.finish('failure').catch((statusError: unknown) => logger.warning(`GitHub deployment ${tracked.id} not marked failed: ${errorMessage(statusError)}`))
    await store.write('deployment', target.sha, {
      ...base,
      sha: target.sha,
      packageDigest: target.manifest.digest,
      outcome: 'failed',
      superseded: [],
      reason: `the deploy command failed: ${(error as Error).message}`.slice(0, 2000),
      evidence: evidenceOf(target),
    })
    throw error
  }
  const deployedAt = ports.clock.now().toISOString()
  written.push(
    (
      await store.write('deployment', target.sha, {
        ...base,
        sha: target.sha,
        packageDigest: target.manifest.digest,
        outcome: 'deployed',
        superseded: superseded.map((candidate) => candidate.sha),
        reason,
        deployedAt,
        evidence: evidenceOf(target),
      })
    ).path,
  )
  if (tracked) {
    try {
      await tracked.finish('success')
    } catch (error) {
      throw new ConfigurationError(
        `${target.sha} is deployed to ${input.environment}, but GitHub deployment ${tracked.id} could not be marked success (${errorMessage(error)}); ` +
          'until it is, later runs do not see it as what runs there: re-run this job',
      )
    }
  }
  for (const candidate of superseded) {
    const other = await anotherEnvironments(store, candidate.sha, input.environment)
    if (other) {
      logger.warning(`${other.path}: kept: it is ${candidate.sha}'s record in ${other.environment}; that ${target.sha} superseded it in ${input.environment} is not recorded over it`)
      continue
    }
    written.push(
      (
        await store.write('deployment', candidate.sha, {
          ...base,
          sha: candidate.sha,
          packageDigest: candidate.manifest.digest,
          outcome: 'superseded',
          supersededBy: target.sha,
          superseded: [],
          reason: `${target.sha} is newer and its ${gate.requirement}; it was deployed instead`,
          evidence: evidenceOf(candidate),
        })
      ).path,
    )
  }
  return { decision: 'deployed', target, production, superseded: superseded.map((candidate) => candidate.sha), reason, records: written, refs }
}
