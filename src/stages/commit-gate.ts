// commit-gate: proof that a SHA passed the required commit-stage check (from GitHub's check runs and
// commit statuses, following a squash merge to its pull request's head; or, with no GitHub API,
// from running the configured command locally), and what the change touches. It fails closed:
// a failed, missing or still-pending check is recorded as passed: false, never as a pass.
import { COMMIT_STAGE_SCHEMA, type CommitStageEvidence } from '../contracts/commit-stage.js'
import type { ScopeConfig } from '../config/commit-stage-config.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import type { EvidenceStore } from '../evidence/store.js'
import type { Clock } from '../platform/clock.js'
import type { Exec } from '../platform/exec.js'
import { ChangeListTruncatedError, TransientApiError, type CheckRunRecord, type CommitChecksApi, type CommitHistory } from '../platform/github-api.js'
import type { Logger } from '../platform/logger.js'
import { classifyChanges, findDocsDrift } from './change-scope.js'
import { newestYesRelease } from './release-history.js'
import { plural } from '../platform/markdown.js'

export type CheckProof = CommitStageEvidence['check']

export interface CommitGateInput {
  sha: string
  repository: string
  event: string
  requiredCheck: string
  /** github: check runs and statuses through the API; local: run `localCommand` in the workspace. */
  mode: 'github' | 'local'
  /** An explicit base (the `base` input), else the event's base (pull request, merge group). */
  base?: string
  timeoutMs: number
  pollIntervalMs: number
  scope: ScopeConfig
  localCommand?: string
  configPath: string
  workspace: string
}

export interface CommitGatePorts {
  store: EvidenceStore
  clock: Clock
  logger: Logger
  exec: Exec
  /** Required in github mode. */
  checks?: CommitChecksApi
  /** Changed files and parents: the API in github mode, git in local mode. */
  history: CommitHistory
  /** Asked when `history` cannot list every change (GitHub's 300-file compare limit). */
  fallbackHistory?: CommitHistory
}

export interface CommitGateResult {
  evidence: CommitStageEvidence
  path: string
  /** Why the gate failed, naming the check and the SHA; undefined when it passed. */
  failure?: string
}

export async function commitGate(input: CommitGateInput, ports: CommitGatePorts): Promise<CommitGateResult> {
  const { logger } = ports
  const startedAt = ports.clock.now()
  const outcome = input.mode === 'github' ? await awaitRequiredCheck(input, ports) : await runLocalCommand(input, ports)

  const base = await resolveBase(input, ports)
  const paths = await changedPaths(base, input.sha, ports)
  const scope = classifyChanges(paths, input.scope)
  const findings = findDocsDrift(paths, input.scope.watches)
  logger.info(
    `Changes since ${base ?? 'the root'}: ${plural(paths.length, 'path')}; runtime ${scope.runtime.changed ? 'changed' : 'unchanged'}, ` +
      `infra ${scope.infra.changed ? 'changed' : 'unchanged'}, docs ${scope.docs.changed ? 'changed' : 'unchanged'}.`,
  )
  for (const finding of findings) {
    const message = `docs drift: ${finding.message}`
    if (input.scope.drift === 'fail') logger.error(message, { file: input.configPath })
    else logger.warning(message, { file: input.configPath })
  }

  const failures: string[] = []
  if (outcome.failure) failures.push(outcome.failure)
  if (findings.length > 0 && input.scope.drift === 'fail') {
    failures.push(`docs drift on ${input.sha} (scope.drift: fail in ${input.configPath}): ${findings.map((finding) => finding.message).join('; ')}`)
  }
  const evidence: CommitStageEvidence = {
    schema: COMMIT_STAGE_SCHEMA,
    sha: input.sha,
    repository: input.repository,
    event: input.event,
    passed: failures.length === 0,
    check: outcome.check,
    base,
    scope,
    drift: { mode: input.scope.drift, findings },
    recordedAt: ports.clock.now().toISOString(),
  }
  const written = await ports.store.write('commit-stage', input.sha, evidence)
  const seconds = ((ports.clock.now().getTime() - startedAt.getTime()) / 1000).toFixed(1)
  logger.info(`Commit-stage evidence (passed: ${evidence.passed}) written to ${written.path} after ${seconds}s.`)
  return { evidence, path: written.path, failure: failures.length > 0 ? failures.join('; ') : undefined }
}

interface CheckOutcome {
  check: CheckProof
  failure?: string
}

type Observation =
  | { state: 'success' | 'failure' | 'pending'; check: CheckProof }
  | { state: 'missing' }

const PASSING = 'success'

/** Polls the check (and, when the SHA has none, its pull request's head) until it completes or the deadline. */
async function awaitRequiredCheck(input: CommitGateInput, ports: CommitGatePorts): Promise<CheckOutcome> {
  const { clock, logger } = ports
  const checks = ports.checks
  if (!checks) throw new Error('bug: commit-gate in github mode without the GitHub API port')
  const deadline = clock.now().getTime() + input.timeoutMs
  const name = input.requiredCheck
  let observation: Observation = { state: 'missing' }
  let apiTrouble: string | undefined
  for (let poll = 1; ; poll++) {
    try {
      observation = await observe(input, checks, logger)
      apiTrouble = undefined
    } catch (error) {
      if (!(error instanceof TransientApiError)) throw error
      apiTrouble = error.message
      logger.warning(`${error.message}; asking again at the next poll`)
    }
    if (observation.state === 'success' || observation.state === 'failure') break
    // The commit stage runs on pull requests and in the merge queue, never on the push itself: by
    // the time a commit reaches main its check is done or was never made. Waiting cannot help.
    if (observation.state === 'missing' && !apiTrouble && input.event === 'push') {
      return { check: missingCheck(input), failure: missingOnPush(input) }
    }
    const remaining = deadline - clock.now().getTime()
    if (remaining <= 0) break
    const what = observation.state === 'pending' ? `is ${observation.check.conclusion} on ${observation.check.checkedSha} (attempt ${observation.check.attempt})` : `is not on ${input.sha} yet`
    logger.info(`Required check '${name}' ${what}; poll ${poll}, waiting ${Math.ceil(remaining / 1000)}s more at most.`)
    await clock.sleep(Math.min(input.pollIntervalMs, remaining))
  }

  const waited = `${Math.round(input.timeoutMs / 1000)}s`
  if (observation.state === 'missing') {
    return {
      check: missingCheck(input),
      failure:
        `required check '${name}' not found for ${input.sha} after ${waited}: no check run or commit status of that name on the commit or on the head of a pull request it came from; ` +
        'a gate never passes on "no checks found": check the required-check name and that the commit-stage workflow ran for this commit' +
        (apiTrouble ? ` (the last request failed: ${apiTrouble})` : ''),
    }
  }
  const { check } = observation
  const where = `${check.checkedSha}${check.via === 'pull-request-head' ? ` (head of pull request #${check.pullRequest}, which ${input.sha} came from)` : ''}`
  if (observation.state === 'pending') {
    return { check, failure: `required check '${name}' is still ${check.conclusion} on ${where} after ${waited} (attempt ${check.attempt}); raise the timeout input or re-run when it completes${urlNote(check)}` }
  }
  if (observation.state === 'failure') {
    return { check, failure: `required check '${name}' concluded ${check.conclusion} on ${where} (attempt ${check.attempt})${urlNote(check)}` }
  }
  logger.info(`Required check '${name}' passed on ${where} (attempt ${check.attempt}).`)
  return { check }
}

function missingCheck(input: CommitGateInput): CheckProof {
  return { name: input.requiredCheck, source: 'check-run', conclusion: 'missing', url: null, attempt: 0, checkedSha: input.sha, via: 'direct', pullRequest: null }
}

function missingOnPush(input: CommitGateInput): string {
  return (
    `required check '${input.requiredCheck}' does not exist for ${input.sha}, nor on a pull request it was merged from, and it never runs on a push: ` +
    'this commit reached the branch without a pull request that ran the commit stage (for instance the push that adds the workflows, or a direct push). ' +
    `Merge through a pull request whose '${input.requiredCheck}' check passes, or check that required-check names that check`
  )
}

function urlNote(check: CheckProof): string {
  return check.url ? `: ${check.url}` : ''
}

/** One look: the SHA's own check, else the check of the pull request head it was merged from. */
async function observe(input: CommitGateInput, checks: CommitChecksApi, logger: Logger): Promise<Observation> {
  const direct = await observeRef(input.sha, input.requiredCheck, checks)
  if (direct.state !== 'missing') return direct
  const pulls = await checks.pullRequestsForCommit(input.sha)
  // Only the pull request this commit is the merge result of (squash, or the last commit of a
  // rebase): any other commit of a merged pull request is a tree the check never saw.
  const pull = pulls.find((each) => each.merged && each.mergeCommitSha === input.sha)
  if (!pull || pull.headSha === input.sha) return direct
  logger.debug(`${input.sha} has no '${input.requiredCheck}' of its own; looking at pull request #${pull.number} head ${pull.headSha}.`)
  const viaPull = await observeRef(pull.headSha, input.requiredCheck, checks)
  if (viaPull.state === 'missing') return viaPull
  return { state: viaPull.state, check: { ...viaPull.check, via: 'pull-request-head', pullRequest: pull.number } }
}

async function observeRef(sha: string, name: string, checks: CommitChecksApi): Promise<Observation> {
  const runs = (await checks.checkRuns(sha, name)).filter((run) => run.name === name)
  const latest = latestAttempt(runs)
  if (latest) {
    const completed = latest.run.status === 'completed'
    return {
      state: !completed ? 'pending' : latest.run.conclusion === PASSING ? 'success' : 'failure',
      check: {
        name,
        source: 'check-run',
        conclusion: completed ? (latest.run.conclusion ?? 'unknown') : latest.run.status,
        url: latest.run.url,
        attempt: latest.attempt,
        checkedSha: sha,
        via: 'direct',
        pullRequest: null,
      },
    }
  }
  const status = (await checks.combinedStatuses(sha)).find((each) => each.context === name)
  if (!status) return { state: 'missing' }
  return {
    state: status.state === 'pending' ? 'pending' : status.state === PASSING ? 'success' : 'failure',
    // The combined status holds only the latest status per context: one attempt as far as it shows.
    check: { name, source: 'status', conclusion: status.state, url: status.url, attempt: 1, checkedSha: sha, via: 'direct', pullRequest: null },
  }
}

/**
 * The run that counts: in the newest check suite (a re-triggered suite supersedes the older ones),
 * its newest run; the attempt is the run's position among that suite's runs of the check.
 */
export function latestAttempt(runs: readonly CheckRunRecord[]): { run: CheckRunRecord; attempt: number } | undefined {
  if (runs.length === 0) return undefined
  const newestSuite = Math.max(...runs.map((run) => run.suiteId ?? 0))
  const inSuite = runs.filter((run) => (run.suiteId ?? 0) === newestSuite).sort((a, b) => a.id - b.id)
  return { run: inSuite[inSuite.length - 1]!, attempt: inSuite.length }
}

/** Local mode: the configured command is the commit stage; it must run on the SHA being gated. */
async function runLocalCommand(input: CommitGateInput, ports: CommitGatePorts): Promise<CheckOutcome> {
  const { logger } = ports
  const proof = (conclusion: string): CheckProof => ({
    name: input.requiredCheck,
    source: 'local-command',
    conclusion,
    url: null,
    attempt: 1,
    checkedSha: input.sha,
    via: 'local-command',
    pullRequest: null,
  })
  if (!input.localCommand) {
    return {
      check: { ...proof('missing'), attempt: 0 },
      failure:
        `no GitHub API for the required check '${input.requiredCheck}' on ${input.sha} and no commitStage.localCommand in ${input.configPath}: ` +
        'set commitStage.localCommand to the command that runs the commit stage (e.g. npm test), or give github-token to read the check from GitHub',
    }
  }
  const head = await ports.exec.run('git', ['rev-parse', 'HEAD'], { cwd: input.workspace })
  if (head.exitCode !== 0 || head.stdout.trim() !== input.sha) {
    const found = head.exitCode === 0 ? `HEAD is ${head.stdout.trim()}` : `not a git checkout (${head.stderr.trim() || `exit ${head.exitCode}`})`
    return {
      check: { ...proof('not-run'), attempt: 0 },
      failure: `the local command for '${input.requiredCheck}' would test ${input.workspace}, but ${found}, not ${input.sha}; check out ${input.sha} first`,
    }
  }
  const dirty = await ports.exec.run('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: input.workspace })
  if (dirty.exitCode === 0 && dirty.stdout.trim() !== '') {
    logger.warning(`the checkout at ${input.workspace} has uncommitted changes; the local command tests them too, not exactly ${input.sha}`)
  }
  logger.info(`No GitHub API: running commitStage.localCommand for '${input.requiredCheck}' on ${input.sha}: ${input.localCommand}`)
  const result = await logger.group(`${input.requiredCheck}: ${input.localCommand}`, () => ports.exec.shell(input.localCommand!, { cwd: input.workspace, echo: true, env: { SHIPGATE_SHA: input.sha } }))
  if (result.exitCode === 0) return { check: proof(PASSING) }
  return {
    check: proof('failure'),
    failure: `required check '${input.requiredCheck}' (local command '${input.localCommand}') failed on ${input.sha} with exit code ${result.exitCode}${tail(result.stderr || result.stdout)}`,
  }
}

/** The explicit or event base, else the newest YES release, else the first parent. */
async function resolveBase(input: CommitGateInput, ports: CommitGatePorts): Promise<string | null> {
  if (input.base) return input.base
  const released = await newestYesRelease(ports.store, { excludeSha: input.sha })
  if (released) {
    ports.logger.info(`Base: ${released.sha}, the newest release with a YES decision.`)
    return released.sha
  }
  const parent = await ports.history.firstParent(input.sha)
  ports.logger.info(parent ? `Base: ${parent}, the first parent (no YES release is known yet).` : `Base: none (${input.sha} is a root commit).`)
  return parent
}

async function changedPaths(base: string | null, sha: string, ports: CommitGatePorts): Promise<string[]> {
  if (base === sha) return []
  try {
    return await ports.history.changedFiles(base, sha)
  } catch (error) {
    if (!(error instanceof ChangeListTruncatedError) || !ports.fallbackHistory) throw error
    ports.logger.info(`${errorMessage(error)}; listing the changes with git in the checkout instead.`)
    try {
      return await ports.fallbackHistory.changedFiles(base, sha)
    } catch (fallbackError) {
      throw new ConfigurationError(`${errorMessage(error)}, and git could not list them (${errorMessage(fallbackError)}); check out the repository with fetch-depth: 0 so the scope is complete`)
    }
  }
}

function tail(text: string): string {
  const lines = text.trim().split('\n').slice(-5).join('\n')
  return lines ? `:\n${lines}` : ''
}
