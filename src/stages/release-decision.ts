// release-decision: reads every piece of evidence for a SHA, says YES only when all of it is
// present, valid and names the same SHA and package, and closes the pipeline timing.
import { PIPELINE_TIMING_SCHEMA, type PipelineTiming } from '../contracts/pipeline-timing.js'
import { RELEASE_DECISION_SCHEMA, type DecisionReason, type ReleaseDecision, type ReleaseStatus } from '../contracts/release-decision.js'
import { canonicalJson } from '../contracts/canonical.js'
import type { ContractKind } from '../contracts/index.js'
import type { EvidenceRead, EvidenceStore } from '../evidence/store.js'
import type { Clock } from '../platform/clock.js'
import type { Exec } from '../platform/exec.js'
import type { Logger } from '../platform/logger.js'
import { readEventPayload, type RunEnvironment } from '../platform/run-environment.js'
import { stageTiming } from './timing.js'

export const RELEASE_DECISION_STAGE = 'release-decision'

/** The evidence a release decision reads, in the order it is shown. */
export const decisionEvidenceKinds = ['release-package', 'commit-stage', 'acceptance', 'production', 'pipeline'] as const
export type DecisionEvidenceKind = (typeof decisionEvidenceKinds)[number]

const REQUIRED: Record<DecisionEvidenceKind, boolean> = {
  'release-package': true,
  'commit-stage': false,
  acceptance: true,
  production: true,
  pipeline: false,
}

// Named in "missing" reasons so that the reader knows which step did not run.
const WRITTEN_BY: Record<DecisionEvidenceKind, string> = {
  'release-package': 'build-once',
  'commit-stage': 'commit-gate',
  acceptance: 'acceptance',
  production: 'prod-verify',
  pipeline: 'the pipeline stages',
}

export type DecisionEvidenceReads = { [K in DecisionEvidenceKind]: EvidenceRead<K> }
export type DecisionEvidenceEntry = ReleaseDecision['evidence'][number]

/** What the evidence says, before anything is written. */
export interface ReleaseJudgement {
  decision: ReleaseDecision['decision']
  status: ReleaseStatus
  /** Why NO; for a YES, why it is only partial; empty for a clean YES. */
  reasons: DecisionReason[]
  evidence: DecisionEvidenceEntry[]
  packageDigest: string | null
}

export async function readDecisionEvidence(store: EvidenceStore, sha: string): Promise<DecisionEvidenceReads> {
  const [releasePackage, commitStage, acceptance, production, pipeline] = await Promise.all([
    store.read('release-package', sha),
    store.read('commit-stage', sha),
    store.read('acceptance', sha),
    store.read('production', sha),
    store.read('pipeline', sha),
  ])
  return { 'release-package': releasePackage, 'commit-stage': commitStage, acceptance, production, pipeline }
}

/**
 * Judges the evidence for a SHA. Pure: the same reads give the same judgement, which is what lets
 * `verify` re-check a decision against the evidence as it stands now.
 */
export function judgeReleaseEvidence(sha: string, reads: DecisionEvidenceReads): ReleaseJudgement {
  const blocking: DecisionReason[] = []
  const degradations: DecisionReason[] = []

  for (const kind of decisionEvidenceKinds) {
    const read = reads[kind]
    if (read.state === 'missing') {
      if (REQUIRED[kind]) {
        blocking.push({ file: read.path, field: '(file)', message: `missing: no ${kind} evidence for this SHA (${WRITTEN_BY[kind]} writes it)` })
      }
    } else if (read.state === 'invalid') {
      // Optional evidence that is present but broken is not trusted either: someone meant it to count.
      for (const problem of read.problems) blocking.push({ file: read.path, field: problem.field, message: problem.message })
    } else if (read.value.sha !== sha) {
      blocking.push({ file: read.path, field: 'sha', message: `names ${read.value.sha}, not the release SHA ${sha}` })
    }
  }

  const manifest = reads['release-package'].state === 'valid' ? reads['release-package'].value : undefined
  const packageDigest = manifest?.digest ?? null

  const commitStage = reads['commit-stage']
  if (commitStage.state === 'valid' && !commitStage.value.passed) {
    blocking.push({
      file: commitStage.path,
      field: 'passed',
      message: `is false: the required check '${commitStage.value.check.name}' concluded ${commitStage.value.check.conclusion}`,
    })
  }

  const acceptance = reads.acceptance
  if (acceptance.state === 'valid') {
    if (packageDigest !== null && acceptance.value.packageDigest !== packageDigest) {
      blocking.push(packageMismatch(acceptance.path, acceptance.value.packageDigest, packageDigest, 'tested'))
    }
    if (acceptance.value.decision !== 'YES') {
      blocking.push({ file: acceptance.path, field: 'decision', message: `is ${acceptance.value.decision}: ${failedChecks(acceptance.value.checks, true) || 'acceptance did not pass'}` })
    }
    if (acceptance.value.degraded) degradations.push(degradation(acceptance.path, acceptance.value.checks))
  }

  const production = reads.production
  if (production.state === 'valid') {
    if (packageDigest !== null && production.value.packageDigest !== packageDigest) {
      blocking.push(packageMismatch(production.path, production.value.packageDigest, packageDigest, 'verified in production'))
    }
    if (production.value.verdict !== 'pass') {
      blocking.push({ file: production.path, field: 'verdict', message: `is ${production.value.verdict}: ${failedChecks(production.value.checks, true) || 'production verification did not pass'}` })
    }
    if (production.value.degraded) degradations.push(degradation(production.path, production.value.checks))
  }

  const evidence = decisionEvidenceKinds.map((kind) => evidenceEntry(reads[kind]))
  if (blocking.length > 0) return { decision: 'NO', status: 'failure', reasons: blocking, evidence, packageDigest }
  if (degradations.length > 0) return { decision: 'YES', status: 'partial_success', reasons: degradations, evidence, packageDigest }
  return { decision: 'YES', status: 'success', reasons: [], evidence, packageDigest }
}

function evidenceEntry(read: EvidenceRead<ContractKind>): DecisionEvidenceEntry {
  return {
    kind: read.kind,
    path: read.path,
    state: read.state,
    digest: read.state === 'valid' ? read.digest : null,
    required: REQUIRED[read.kind as DecisionEvidenceKind],
  }
}

function packageMismatch(file: string, recorded: string, manifestDigest: string, what: string): DecisionReason {
  return { file, field: 'packageDigest', message: `is ${recorded}, but the release package manifest has ${manifestDigest}: a different package was ${what}` }
}

function failedChecks(checks: { name: string; required: boolean; status: string }[], required: boolean): string {
  const failed = checks.filter((check) => check.required === required && check.status !== 'pass')
  if (failed.length === 0) return ''
  return `${required ? 'required' : 'optional'} checks not passed: ${failed.map((check) => `${check.name} (${check.status})`).join(', ')}`
}

function degradation(file: string, checks: { name: string; required: boolean; status: string }[]): DecisionReason {
  return { file, field: 'degraded', message: `is true: ${failedChecks(checks, false) || 'an optional check did not run'}` }
}

export interface ReleaseDecisionInput {
  sha: string
  repository: string
  /** When the commit was made, for the lead time; null or absent when unknown. */
  commitTime?: Date | null
}

export interface ReleaseDecisionPorts {
  store: EvidenceStore
  clock: Clock
  logger: Logger
}

export interface ReleaseDecisionOutcome {
  decision: ReleaseDecision
  /** Where the decision is, as the store names it. */
  path: string
  /** The closed timing as written, or null when the timing evidence could not be trusted. */
  timing: PipelineTiming | null
  /** False on a rerun that found the same decision and changed nothing. */
  written: boolean
}

/**
 * Decides YES or NO for a SHA, writes the decision and closes the pipeline timing with this
 * stage's own run. Never throws for bad evidence: that is a NO with reasons.
 */
export async function decideRelease(input: ReleaseDecisionInput, ports: ReleaseDecisionPorts): Promise<ReleaseDecisionOutcome> {
  const { sha, repository } = input
  const { store, clock, logger } = ports
  const startedAt = clock.now()
  const commitTime = input.commitTime ?? null

  const reads = await readDecisionEvidence(store, sha)
  const judgement = judgeReleaseEvidence(sha, reads)
  const previous = await store.read('release', sha)
  const path = store.pathOf('release', sha)

  // A rerun over unchanged evidence (the timing included, as the last run closed it) must not
  // append a second run or move decidedAt: nothing changes, nothing is written.
  const timingRead = reads.pipeline
  if (
    previous.state === 'valid' &&
    timingRead.state === 'valid' &&
    timingRead.value.closed?.commitTime === (commitTime?.toISOString() ?? null) &&
    sameDecision(previous.value, { ...judgement, sha, repository })
  ) {
    logger.info(`${path}: unchanged: the evidence is the same as when ${previous.value.decision} was decided at ${previous.value.decidedAt}`)
    return { decision: previous.value, path, timing: timingRead.value, written: false }
  }

  const decidedAt = clock.now()
  let evidence = judgement.evidence
  let timing: PipelineTiming | null = null
  const trustedTiming = timingRead.state === 'missing' ? freshTiming(sha) : timingRead.state === 'valid' && timingRead.value.sha === sha ? timingRead.value : null
  if (trustedTiming === null) {
    // Invalid timing stays as it is for someone to look at; the judgement already says NO for it.
    logger.warning(`${timingRead.path}: not closed: the timing evidence cannot be trusted`, { file: timingRead.path })
  } else {
    timing = closeTiming(trustedTiming, {
      run: stageTiming({ stage: RELEASE_DECISION_STAGE, startedAt, finishedAt: decidedAt, outcome: judgement.decision === 'YES' ? 'success' : 'no' }),
      closedAt: decidedAt,
      commitTime,
    })
    const written = await store.write('pipeline', sha, timing)
    // The decision records the timing as it leaves it, so that verify can hold the file to it.
    evidence = evidence.map((entry) => (entry.kind === 'pipeline' ? { ...entry, state: 'valid', digest: written.digest } : entry))
  }

  let decision: ReleaseDecision = {
    schema: RELEASE_DECISION_SCHEMA,
    sha,
    repository,
    packageDigest: judgement.packageDigest,
    decision: judgement.decision,
    status: judgement.status,
    reasons: judgement.reasons,
    evidence,
    decidedAt: decidedAt.toISOString(),
  }
  if (previous.state === 'valid' && sameDecision(previous.value, decision)) decision = { ...decision, decidedAt: previous.value.decidedAt }
  const written = await store.write('release', sha, decision)

  const headline = `${path}: ${decision.decision} (${decision.status}) for ${sha}`
  if (decision.decision === 'YES') logger.info(headline)
  else logger.error(headline, { file: path })
  for (const reason of decision.reasons) logger.info(`  ${reason.file ?? ''}: ${reason.field ?? ''}: ${reason.message}`)
  return { decision, path, timing, written: written.written }
}

/** Equal in everything but decidedAt. */
function sameDecision(recorded: ReleaseDecision, candidate: Omit<ReleaseDecision, 'schema' | 'decidedAt'>): boolean {
  const { schema: _schema, decidedAt: _decidedAt, ...recordedBody } = recorded
  const { schema: _candidateSchema, decidedAt: _candidateDecidedAt, ...candidateBody } = candidate as ReleaseDecision
  return canonicalJson(recordedBody) === canonicalJson(candidateBody)
}

function freshTiming(sha: string): PipelineTiming {
  return { schema: PIPELINE_TIMING_SCHEMA, sha, stages: [], closed: null }
}

export function closeTiming(
  timing: PipelineTiming,
  close: { run: PipelineTiming['stages'][number]; closedAt: Date; commitTime: Date | null },
): PipelineTiming {
  const stages = [...timing.stages, close.run]
  const firstStart = Math.min(...stages.map((stage) => Date.parse(stage.startedAt)))
  const closedAtMs = close.closedAt.getTime()
  return {
    ...timing,
    stages,
    closed: {
      closedAt: close.closedAt.toISOString(),
      totalMs: Math.max(0, closedAtMs - firstStart),
      commitTime: close.commitTime?.toISOString() ?? null,
      leadTimeMs: close.commitTime ? closedAtMs - close.commitTime.getTime() : null,
    },
  }
}

export interface CommitTimePorts {
  environment: RunEnvironment
  exec: Exec
  logger: Logger
}

/**
 * When the release commit was made: the given time, else the push event's head commit when the
 * push is this SHA, else git's committer date; null when none of them knows.
 */
export async function resolveCommitTime(given: Date | undefined, sha: string, ports: CommitTimePorts): Promise<Date | null> {
  if (given) return given
  let payload: Record<string, unknown> | undefined
  try {
    payload = readEventPayload(ports.environment)
  } catch (error) {
    // The lead time is a measurement, not evidence: an unreadable payload must not block a release.
    ports.logger.warning(`commit time: ${(error as Error).message}`)
  }
  const headCommit = payload?.head_commit as { timestamp?: unknown } | undefined
  if (payload?.after === sha && typeof headCommit?.timestamp === 'string') {
    const timestamp = new Date(headCommit.timestamp)
    if (!Number.isNaN(timestamp.getTime())) return timestamp
  }
  const log = await ports.exec.run('git', ['log', '-1', '--format=%cI', sha], { cwd: ports.environment.workspace })
  const committed = new Date(log.stdout.trim())
  if (log.exitCode === 0 && !Number.isNaN(committed.getTime())) return committed
  ports.logger.warning(`commit time of ${sha} is unknown (git log: ${log.stderr.trim() || `exit ${log.exitCode}`}); the lead time is left out; give the commit-time input to record it`)
  return null
}
