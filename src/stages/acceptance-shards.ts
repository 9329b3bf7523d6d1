// Acceptance over several runners: which configured checks each shard runs, and the merge of the
// shards' partial results (environments/<env>/shards/<i>-of-<n>/) into the one acceptance result.
import { scopeSkipReason, type AcceptanceConfig } from '../config/acceptance-config.js'
import { ACCEPTANCE_RESULT_SCHEMA_V2, versionedAcceptanceResult, type AcceptanceResult, type AcceptanceShard } from '../contracts/acceptance-result.js'
import type { CheckOutcome, ScopeFlags } from '../contracts/common.js'
import { ConfigurationError } from '../errors.js'
import { scopedStore } from '../evidence/scoped-store.js'
import { describeProblems, type EvidenceStore } from '../evidence/store.js'
import type { Clock } from '../platform/clock.js'
import type { Logger } from '../platform/logger.js'
import type { AcceptanceOutcome } from './acceptance.js'
import { relativeEvidencePath } from './deploy.js'
import { promote } from './promote.js'
import { acceptanceVerdict, checksNotPassed } from './verdicts.js'
import { plural } from '../platform/markdown.js'

/** The type of the outcomes a run or a merge adds for evidence it could not accept (no configured check has it). */
export const EVIDENCE_CHECK_TYPE = 'evidence'

/**
 * The shard (1-based) that runs configured check `checkIndex` (0-based, in config order): round
 * robin over the whole list, before the scope filter, so that every shard and the merge agree on it
 * whatever scope each of them sees. A check the scope skips is recorded as skipped by its shard.
 */
export function shardOfCheck(checkIndex: number, total: number): number {
  return (checkIndex % total) + 1
}

/** The configured checks one shard runs, in config order. */
export function checksOfShard<T>(checks: readonly T[], shard: AcceptanceShard): T[] {
  return checks.filter((_check, index) => shardOfCheck(index, shard.total) === shard.index)
}

/** Refuses more shards than checks: a shard with nothing to run could only say NO. */
export function assertShardsFit(checkCount: number, total: number, where: { configPath: string; configField: string }): void {
  if (checkCount > 0 && total > checkCount) {
    throw new ConfigurationError(
      `${total} shards for ${plural(checkCount, 'check')} in ${where.configPath} (${where.configField}.checks): a shard would have no check to run; use at most ${checkCount} shards`,
      { file: where.configPath },
    )
  }
}

export interface MergeShardsInput {
  sha: string
  /** How many shards the checks were split into. */
  shards: number
  /** The environment of `environments:`; absent for the single acceptance flow. */
  environmentName?: string
  /** The acceptance config the shards ran (the environment's, or the top-level one). */
  config: AcceptanceConfig
  configPath: string
  /** Where in the config file the checks are (`acceptance`, `environments[1].acceptance`), for messages. */
  configField: string
  /** When given, the manifest's digest must equal it. */
  expectedPackageDigest?: string
  /** Where promote looks for file components to rehash (see promote). */
  filesRoot: string
}

export interface MergeShardsPorts {
  store: EvidenceStore
  clock: Clock
  logger: Logger
}

type ShardRead = { shard: AcceptanceShard; path: string; problems: string[]; result?: AcceptanceResult; digest?: string }

/**
 * Reads the n partial results of a SHA and writes the one result of the environment: the union of
 * their checks, NO when a shard is missing, invalid, NO, of another split, SHA or package, ran
 * other checks than its own (so the union covers every configured check exactly once), or ran them
 * configured otherwise than `input.config` says.
 */
export async function mergeAcceptanceShards(input: MergeShardsInput, ports: MergeShardsPorts): Promise<AcceptanceOutcome> {
  const { logger, clock } = ports
  const startedAt = clock.now()
  assertShardsFit(input.config.checks.length, input.shards, input)
  const store = scopedStore(ports.store, { environment: input.environmentName })
  const promoted = await promote({ sha: input.sha, filesRoot: input.filesRoot }, { store, logger })
  const manifestPath = promoted.path
  const packageDigest = promoted.manifest.digest

  const reads: ShardRead[] = []
  for (let index = 1; index <= input.shards; index++) {
    reads.push(await readShard(input, ports.store, { index, total: input.shards }, { manifestPath, packageDigest }))
  }
  const firstValid = reads.find((read) => read.result)?.result
  for (const read of reads) {
    if (read.result && firstValid && !sameScope(read.result.scope, firstValid.scope)) {
      read.problems.push(`${read.path}: scope: is ${scopeJson(read.result.scope)}, but the first shard's is ${scopeJson(firstValid.scope)}: the shards tested different releases`)
    }
  }

  const problems: CheckOutcome[] = []
  if (input.expectedPackageDigest !== undefined && input.expectedPackageDigest !== packageDigest) {
    problems.push(failed('package digest', `the package-digest input is ${input.expectedPackageDigest}, but ${manifestPath} has ${packageDigest}: refusing to accept a package other than the one asked for`))
  }
  for (const read of reads) {
    if (read.problems.length > 0) problems.push(failed(`shard ${read.shard.index}/${read.shard.total}`, read.problems.join('; ')))
  }
  for (const problem of problems) logger.error(`${problem.name}: ${problem.reason}`)

  const valid = reads.filter((read): read is ShardRead & { result: AcceptanceResult; digest: string } => read.result !== undefined)
  const checks = [...problems, ...unionOfChecks(input.config, valid)]
  const verdict = acceptanceVerdict(checks)
  const times = valid.map((read) => read.result)
  const result = versionedAcceptanceResult(
    {
      sha: input.sha,
      packageDigest,
      decision: verdict.decision,
      degraded: verdict.degraded,
      scope: firstValid?.scope ?? { runtimeChanged: true, infraChanged: true, docsChanged: true },
      startedAt: earliest([startedAt.toISOString(), ...times.map((each) => each.startedAt)]),
      finishedAt: latest([clock.now().toISOString(), ...times.map((each) => each.finishedAt)]),
      checks,
      evidence: [
        { kind: 'release-package', path: relativeEvidencePath(store, manifestPath), digest: promoted.manifest.digest },
        ...uniqueLinks(valid.flatMap((read) => read.result.evidence.filter((link) => link.kind === 'commit-stage'))),
        ...valid.map((read) => ({ kind: 'acceptance', path: relativeEvidencePath(ports.store, read.path), digest: read.digest })),
      ],
    },
    { environment: input.environmentName },
  )
  const written = await store.write('acceptance', input.sha, result)
  logger.info(`Merged ${plural(input.shards, 'acceptance shard')}: ${result.decision}${result.degraded ? ' (degraded)' : ''} for ${packageDigest}. Result: ${written.path}`)
  return { result, path: written.path }
}

/** One shard's partial result with everything that keeps it out of the merge, each naming its file. */
async function readShard(
  input: MergeShardsInput,
  store: EvidenceStore,
  shard: AcceptanceShard,
  release: { manifestPath: string; packageDigest: string },
): Promise<ShardRead> {
  const read = await scopedStore(store, { environment: input.environmentName, shard }).read('acceptance', input.sha)
  const label = `shard ${shard.index}/${shard.total}`
  if (read.state === 'missing') return { shard, path: read.path, problems: [`${read.path}: missing: ${label} wrote no acceptance result (did its job run and upload it?)`] }
  if (read.state === 'invalid') return { shard, path: read.path, problems: [describeProblems(read.path, read.problems).replace(/\n/g, '; ')] }
  const { value, path } = read
  const problems: string[] = []
  if (value.schema !== ACCEPTANCE_RESULT_SCHEMA_V2 || value.shard === undefined) {
    return { shard, path, problems: [`${path}: shard: is absent: this is not a shard's partial result`] }
  }
  if (value.shard.total !== shard.total) problems.push(`${path}: shard.total: is ${value.shard.total}, but merge-shards is ${shard.total}: it was split another way`)
  if (value.shard.index !== shard.index) problems.push(`${path}: shard.index: is ${value.shard.index}, but this is the file of ${label}`)
  if (value.environment !== (input.environmentName ?? null)) problems.push(`${path}: environment: is ${value.environment ?? 'null'}, expected ${input.environmentName ?? 'null'}`)
  if (value.sha !== input.sha) problems.push(`${path}: sha: names ${value.sha}, not ${input.sha}`)
  // Each shard must name the manifest's digest, so they also name the same one as each other.
  if (value.packageDigest !== release.packageDigest) {
    problems.push(`${path}: packageDigest: is ${value.packageDigest}, but ${release.manifestPath} has ${release.packageDigest}: this shard tested another package`)
  }
  if (value.decision !== 'YES') problems.push(`${path}: decision: is ${value.decision}: ${checksNotPassed(value.checks, true, ['fail']) || 'the shard did not pass'}`)
  for (const problem of checkProblems(input, shard, value, path)) problems.push(problem)
  return { shard, path, problems, result: value, digest: read.digest }
}

/**
 * The checks a shard lists against the ones the merge's configuration gives it: none missing, none
 * of another shard's, and each one as configured (type, required, run or skipped by its scopes for
 * the release's scope). A shard run with another configuration answered another question.
 */
function checkProblems(input: MergeShardsInput, shard: AcceptanceShard, result: AcceptanceResult, path: string): string[] {
  const configured = input.config.checks.map((check) => check.name)
  const own = new Set(checksOfShard(configured, shard))
  const problems: string[] = []
  const seen = new Set<string>()
  result.checks.forEach((check, at) => {
    if (check.type === EVIDENCE_CHECK_TYPE) return
    const { name } = check
    if (seen.has(name)) problems.push(`${path}: checks: lists '${name}' twice`)
    seen.add(name)
    const index = configured.indexOf(name)
    if (own.has(name)) {
      for (const problem of configurationProblems(input, index, check, result.scope)) problems.push(`${path}: checks[${at}].${problem}`)
      return
    }
    problems.push(
      index < 0
        ? `${path}: checks: lists '${name}', which is not a configured check`
        : `${path}: checks: lists '${name}', which is shard ${shardOfCheck(index, shard.total)}'s: the shard ran the wrong checks`,
    )
  })
  for (const name of own) if (!seen.has(name)) problems.push(`${path}: checks: does not list '${name}', one of its checks`)
  return problems
}

/** How a shard's outcome of configured check `index` differs from that check in the merge's configuration, field first. */
function configurationProblems(input: MergeShardsInput, index: number, outcome: CheckOutcome, scope: ScopeFlags): string[] {
  const check = input.config.checks[index]!
  const where = `${input.configPath} (${input.configField}.checks[${index}])`
  const otherConfig = 'the shard ran with another configuration'
  const problems: string[] = []
  if (outcome.type !== check.type) problems.push(`type: is ${outcome.type}, but ${where} has '${check.name}' of type ${check.type}: ${otherConfig}`)
  if (outcome.required !== check.required) {
    problems.push(`required: is ${outcome.required}, but ${where} has '${check.name}' ${check.required ? 'required' : 'optional (required: false)'}: ${otherConfig}`)
  }
  const skipReason = scopeSkipReason(check, scope)
  if (outcome.status === 'skipped' && skipReason === undefined) {
    problems.push(`status: is skipped, but ${where} runs '${check.name}' for this release (scopes ${check.scopes.join(', ')}): ${otherConfig}`)
  } else if (outcome.status !== 'skipped' && skipReason !== undefined) {
    problems.push(`status: is ${outcome.status}, but ${where} skips '${check.name}' for this release (${skipReason}): ${otherConfig}`)
  }
  return problems
}

/**
 * Every configured check once, in config order, from the shard that ran it, required as the
 * configuration says (a shard that says otherwise is a NO of its own, see checkProblems); then what
 * a shard recorded about evidence it could not accept, named with its shard.
 */
function unionOfChecks(config: AcceptanceConfig, shards: Array<{ shard: AcceptanceShard; result: AcceptanceResult }>): CheckOutcome[] {
  const byName = new Map<string, CheckOutcome>()
  const others: CheckOutcome[] = []
  for (const { shard, result } of shards) {
    for (const check of result.checks) {
      if (check.type === EVIDENCE_CHECK_TYPE) others.push({ ...check, name: `shard ${shard.index}/${shard.total}: ${check.name}` })
      else if (!byName.has(check.name)) byName.set(check.name, check)
    }
  }
  const configured = config.checks.flatMap((check) => {
    const outcome = byName.get(check.name)
    return outcome ? [{ ...outcome, required: check.required }] : []
  })
  const unknown = [...byName.values()].filter((check) => !config.checks.some((each) => each.name === check.name))
  return [...configured, ...unknown, ...others]
}

function failed(name: string, reason: string): CheckOutcome {
  return { name, type: EVIDENCE_CHECK_TYPE, required: true, status: 'fail', reason, attempts: 0, durationMs: 0 }
}

function sameScope(a: ScopeFlags, b: ScopeFlags): boolean {
  return a.runtimeChanged === b.runtimeChanged && a.infraChanged === b.infraChanged && a.docsChanged === b.docsChanged
}

function scopeJson(scope: ScopeFlags): string {
  return JSON.stringify({ runtimeChanged: scope.runtimeChanged, infraChanged: scope.infraChanged, docsChanged: scope.docsChanged })
}

function uniqueLinks<T extends { kind: string; path: string; digest: string }>(links: T[]): T[] {
  const seen = new Set<string>()
  return links.filter((link) => {
    const key = `${link.kind} ${link.path} ${link.digest}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function earliest(times: string[]): string {
  return times.reduce((first, time) => (Date.parse(time) < Date.parse(first) ? time : first))
}

function latest(times: string[]): string {
  return times.reduce((last, time) => (Date.parse(time) > Date.parse(last) ? time : last))
}
