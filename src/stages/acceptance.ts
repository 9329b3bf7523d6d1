// acceptance: tests the promoted package for a SHA with the configured http and command checks whose
// scope the release touches, and records one YES or NO for that package (acceptance/<sha>/result.json,
// under environments/<name>/ for an environment, and …/shards/<i>-of-<n>/ for one shard's part).
import { changedScopes, scopeSkipReason, type AcceptanceCheck, type AcceptanceConfig } from '../config/acceptance-config.js'
import type { ShipgateConfig } from '../config/shipgate-config.js'
import { versionedAcceptanceResult, type AcceptanceResult, type AcceptanceShard } from '../contracts/acceptance-result.js'
import { digestOf } from '../contracts/canonical.js'
import type { CheckOutcome, ScopeFlags } from '../contracts/common.js'
import { contracts, type ContractKind } from '../contracts/index.js'
import { ConfigurationError } from '../errors.js'
import { scopedStore } from '../evidence/scoped-store.js'
import type { EvidenceStore } from '../evidence/store.js'
import type { Clock } from '../platform/clock.js'
import type { Exec } from '../platform/exec.js'
import { SecretMasker, type Logger } from '../platform/logger.js'
import { humanDuration, plural } from '../platform/markdown.js'
import { assertShardsFit, checksOfShard, EVIDENCE_CHECK_TYPE } from './acceptance-shards.js'
import { SECRET_NAME, type CheckRunResult } from './checks/check-run.js'
import { runCommandCheck } from './checks/command-check.js'
import { runHttpCheck } from './checks/http-check.js'
import { runLimited } from './checks/run-limited.js'
import { startSetup, type SetupProcess } from './checks/setup-process.js'
import { packageEnvironment } from './deploy.js'
import { withManifestFile } from './release-manifest-env.js'
import { promote, type PromoteResult } from './promote.js'
import { acceptanceVerdict } from './verdicts.js'

export const ACCEPTANCE_STAGE = 'acceptance'

export interface AcceptanceInput {
  sha: string
  config: AcceptanceConfig
  /** The config file, named in reasons about it. */
  configPath: string
  /** Where in the config file the checks are (`acceptance`, `environments[1].acceptance`); default acceptance. */
  configField?: string
  /** The environment of `environments:` the checks run against: the result is kept under its name. */
  environmentName?: string
  /** Runs only this shard's part of the checks (see checksOfShard) and keeps the result apart for the merge. */
  shard?: AcceptanceShard
  /** The release scope when given as an input; else it comes from the commit-stage evidence. */
  scope?: ScopeFlags
  /** When given, the manifest's digest must equal it. */
  expectedPackageDigest?: string
  /** Where promote looks for file components to rehash (see promote). */
  filesRoot: string
  /** The working directory of the setup and command checks. */
  workspace: string
  /** The environment the checks inherit: `${env:NAME}` lookups and secret masking read it. */
  environment: Record<string, string | undefined>
}

export interface AcceptancePorts {
  store: EvidenceStore
  exec: Exec
  clock: Clock
  logger: Logger
}

export interface AcceptanceOutcome {
  result: AcceptanceResult
  path: string
}

/** A reason the checks must not run at all (wrong package, untrusted scope, nothing to run). */
interface Blocker {
  name: string
  reason: string
}

type ScopeSource = { scope: ScopeFlags; blocker?: Blocker; link?: AcceptanceResult['evidence'][number] }

/** Where a contract lives relative to the artifacts folder, as evidence links name it. */
function artifactPath(kind: ContractKind, sha: string): string {
  return `${contracts[kind].kind}/${sha}/${contracts[kind].file}`
}

const EVERYTHING: ScopeFlags = { runtimeChanged: true, infraChanged: true, docsChanged: true }

/**
 * The acceptance config a run uses: the named environment's, else the top-level one. An
 * environment that `environments:` does not list is the user's mistake, named with `what`.
 */
export function acceptanceConfigFor(
  config: ShipgateConfig,
  configPath: string,
  environment: string | undefined,
  what = 'environment',
): { acceptance: AcceptanceConfig; configField: string } {
  if (environment === undefined) return { acceptance: config.acceptance, configField: 'acceptance' }
  const environments = config.environments ?? []
  const index = environments.findIndex((each) => each.name === environment)
  if (index < 0) {
    const known = environments.length > 0 ? `its environments are ${environments.map((each) => each.name).join(', ')}` : 'it lists no environments: (add them, or leave the environment out)'
    throw new ConfigurationError(`${what}: '${environment}' is not an environment in ${configPath}; ${known}`, { file: configPath })
  }
  return { acceptance: environments[index]!.acceptance, configField: `environments[${index}].acceptance` }
}

async function resolveScope(input: AcceptanceInput, ports: AcceptancePorts): Promise<ScopeSource> {
  if (input.scope) {
    ports.logger.info(`Scope from the scope input: ${describeScope(input.scope)}.`)
    return { scope: input.scope }
  }
  const read = await ports.store.read('commit-stage', input.sha)
  if (read.state === 'missing') {
    ports.logger.info(`No commit-stage evidence (${read.path}) and no scope input: treating runtime, infra and docs as changed, so every check runs.`)
    return { scope: EVERYTHING }
  }
  const blocked = (reason: string): ScopeSource => ({ scope: EVERYTHING, blocker: { name: 'commit-stage evidence', reason } })
  if (read.state === 'invalid') {
    return blocked(read.problems.map((problem) => `${read.path}: ${problem.field}: ${problem.message}`).join('; '))
  }
  const evidence = read.value
  if (evidence.sha !== input.sha) return blocked(`${read.path}: sha: names ${evidence.sha}, not ${input.sha}`)
  if (!evidence.passed) {
    return blocked(`${read.path}: passed: is false: the commit-stage check '${evidence.check.name}' concluded ${evidence.check.conclusion}`)
  }
  const scope = { runtimeChanged: evidence.scope.runtime.changed, infraChanged: evidence.scope.infra.changed, docsChanged: evidence.scope.docs.changed }
  ports.logger.info(`Scope from ${read.path}: ${describeScope(scope)}.`)
  return { scope, link: { kind: 'commit-stage', path: artifactPath('commit-stage', input.sha), digest: read.digest } }
}

function describeScope(scope: ScopeFlags): string {
  const changed = changedScopes(scope)
  return changed.length > 0 ? `${changed.join(', ')} changed` : 'nothing in runtime, infra or docs changed'
}

function skipped(check: AcceptanceCheck, reason: string): CheckOutcome {
  return { name: check.name, type: check.type, required: check.required, status: 'skipped', reason, attempts: 0, durationMs: 0 }
}

/** Registers every secret-looking variable the checks inherit, so no detail or log shows it. */
function secretMasker(environment: Record<string, string | undefined>, logger: Logger): SecretMasker {
  const masker = new SecretMasker()
  for (const [name, value] of Object.entries(environment)) {
    if (value && SECRET_NAME.test(name)) {
      masker.add(value)
      logger.secret(value)
    }
  }
  return masker
}

export async function runAcceptance(given: AcceptanceInput, ports: AcceptancePorts): Promise<AcceptanceOutcome> {
  const { logger, clock } = ports
  const startedAt = clock.now()
  const input = shardPart(given, logger)
  const store = scopedStore(ports.store, { environment: input.environmentName, shard: input.shard })
  // Exactly promote's verification: a missing, invalid or tampered package is an EvidenceError here.
  const promoted = await promote({ sha: input.sha, filesRoot: input.filesRoot }, { store, logger })
  const { manifest } = promoted
  const evidence: AcceptanceResult['evidence'] = [{ kind: 'release-package', path: artifactPath('release-package', input.sha), digest: digestOf(manifest) }]
  const scopeSource = await resolveScope(input, { ...ports, store })
  if (scopeSource.link) evidence.push(scopeSource.link)
  const blockers = blockersOf(input, promoted, scopeSource)

  const masker = secretMasker(input.environment, logger)
  let checks: CheckOutcome[]
  if (blockers.length > 0) {
    const why = `not run: ${blockers.map((blocker) => blocker.name).join(' and ')} failed`
    for (const blocker of blockers) logger.error(`${blocker.name}: ${masker.mask(blocker.reason)}`)
    checks = [
      ...blockers.map((blocker): CheckOutcome => ({ name: blocker.name, type: EVIDENCE_CHECK_TYPE, required: true, status: 'fail', reason: masker.mask(blocker.reason), attempts: 0, durationMs: 0 })),
      ...input.config.checks.map((check) => skipped(check, why)),
    ]
  } else {
    // Setup and command checks get the release manifest too (SHIPGATE_RELEASE_MANIFEST), as deploys do.
    checks = await withManifestFile(manifest, (manifestEnvironment) =>
      runChecks(input, ports, { scope: scopeSource.scope, masker, refs: promoted.refs, packageDigest: manifest.digest, manifestEnvironment }),
    )
  }

  const verdict = acceptanceVerdict(checks)
  const result = versionedAcceptanceResult(
    {
      sha: input.sha,
      packageDigest: manifest.digest,
      decision: verdict.decision,
      degraded: verdict.degraded,
      scope: scopeSource.scope,
      startedAt: startedAt.toISOString(),
      finishedAt: clock.now().toISOString(),
      checks,
      evidence,
    },
    { environment: input.environmentName, shard: input.shard },
  )
  const written = await store.write('acceptance', input.sha, result)
  const count = (status: CheckOutcome['status']) => checks.filter((check) => check.status === status).length
  logger.info(
    `Acceptance ${result.decision}${result.degraded ? ' (degraded)' : ''} for ${manifest.digest}: ${count('pass')} passed, ${count('fail')} failed, ${count('skipped')} skipped. Result: ${written.path}`,
  )
  return { result, path: written.path }
}

/** For one shard, the input with only that shard's checks; otherwise the input as given. */
function shardPart(input: AcceptanceInput, logger: Logger): AcceptanceInput {
  if (!input.shard) return input
  const { index, total } = input.shard
  assertShardsFit(input.config.checks.length, total, { configPath: input.configPath, configField: input.configField ?? 'acceptance' })
  const checks = checksOfShard(input.config.checks, input.shard)
  logger.info(`Shard ${index}/${total}: runs ${checks.length} of the ${input.config.checks.length} configured ${input.config.checks.length === 1 ? 'check' : 'checks'}: ${checks.map((check) => check.name).join(', ')}.`)
  return { ...input, config: { ...input.config, checks } }
}

/** Why the checks must not run at all: another package than the one asked for, an untrusted scope, nothing to run. */
function blockersOf(input: AcceptanceInput, promoted: PromoteResult, scopeSource: ScopeSource): Blocker[] {
  const blockers: Blocker[] = []
  if (input.expectedPackageDigest !== undefined && input.expectedPackageDigest !== promoted.manifest.digest) {
    blockers.push({
      name: 'package digest',
      reason: `the package-digest input is ${input.expectedPackageDigest}, but ${promoted.path} has ${promoted.manifest.digest}: refusing to test a package other than the one asked for`,
    })
  }
  if (scopeSource.blocker) blockers.push(scopeSource.blocker)
  if (input.config.checks.length === 0) {
    blockers.push({ name: 'acceptance checks', reason: `${input.configPath}: ${input.configField ?? 'acceptance'}.checks: no checks configured, so nothing was accepted` })
  }
  return blockers
}

interface RunContext {
  scope: ScopeFlags
  masker: SecretMasker
  refs: Record<string, string>
  packageDigest: string
  manifestEnvironment: Record<string, string>
}

async function runChecks(input: AcceptanceInput, ports: AcceptancePorts, run: RunContext): Promise<CheckOutcome[]> {
  const { logger, clock } = ports
  const selected = input.config.checks.filter((check) => scopeSkipReason(check, run.scope) === undefined)
  const shipgateEnv = { ...packageEnvironment(input.sha, run.packageDigest, run.refs), ...run.manifestEnvironment }

  let setup: SetupProcess | undefined
  if (selected.length > 0 && input.config.setup) {
    try {
      setup = await startSetup(input.config.setup, { cwd: input.workspace, env: { ...input.environment, ...shipgateEnv } })
    } catch (error) {
      // Nothing to test against: every check that would have run fails with the cause.
      const reason = `not run: the setup command could not start (${run.masker.mask((error as Error).message ?? String(error))})`
      logger.error(reason, { file: input.configPath })
      return input.config.checks.map((check) =>
        selected.includes(check) ? { name: check.name, type: check.type, required: check.required, status: 'fail', reason, attempts: 0, durationMs: 0 } : skipped(check, scopeSkipReason(check, run.scope)!),
      )
    }
    logger.info(`Started setup (process group ${setup.pid}): ${input.config.setup}`)
  }

  const runOne = async (check: AcceptanceCheck): Promise<CheckOutcome> => {
    const started = clock.now().getTime()
    logger.info(`▶ ${check.name} (${check.type}${check.required ? '' : ', optional'})`)
    let outcome: CheckRunResult
    try {
      outcome =
        check.type === 'http'
          ? await runHttpCheck(check, { clock, masker: run.masker, environment: input.environment })
          : await runCommandCheck(check, { exec: ports.exec, clock, masker: run.masker, env: shipgateEnv, cwd: input.workspace })
    } catch (error) {
      // A check that cannot even run is a failed check, never a crash that leaves setup running.
      outcome = { status: 'fail', attempts: 1, reason: `could not run: ${run.masker.mask((error as Error).message ?? String(error))}` }
    }
    const durationMs = Math.max(0, clock.now().getTime() - started)
    // What the check saw (a command's output tail, an HTTP status), folded; written in one piece
    // when the check ends, so that checks running at once do not mix their lines.
    const detail = outcome.detail
    if (detail) await logger.group(`${check.name}: output`, () => logger.info(run.masker.mask(detail)))
    const line = `${outcome.status === 'pass' ? '✔' : '✘'} ${check.name}: ${outcome.status}${outcome.reason ? `: ${outcome.reason}` : ''} (${plural(outcome.attempts, 'attempt')}, ${humanDuration(durationMs)})`
    if (outcome.status === 'pass') logger.info(line)
    else if (check.required) logger.error(line, { file: input.configPath })
    else logger.warning(line, { file: input.configPath })
    return { name: check.name, type: check.type, required: check.required, ...outcome, durationMs }
  }

  let ran: CheckOutcome[]
  try {
    ran = await runLimited(selected, input.config.concurrency, runOne)
  } finally {
    if (setup) {
      await setup.stop()
      const exit = setup.exit
      const ended = exit ? (exit.signal ? `signal ${exit.signal}` : `exit ${exit.code}`) : 'still running when stopped'
      const message = `Stopped setup (${ended}).`
      const output = run.masker.mask(setup.output().slice(-2000))
      // A setup that failed on its own explains failed checks: show what it said.
      if (exit && exit.signal === null && exit.code !== 0) logger.warning(`${message} Its output:\n${output}`)
      else {
        logger.info(message)
        if (output.trim() !== '') await logger.group(`setup: ${input.config.setup}: output (last 2000 characters)`, () => logger.info(output))
      }
    }
  }
  const byName = new Map(ran.map((outcome) => [outcome.name, outcome]))
  return input.config.checks.map((check) => byName.get(check.name) ?? skipped(check, scopeSkipReason(check, run.scope)!))
}
