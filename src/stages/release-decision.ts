// release-decision: reads every piece of evidence for a SHA, says YES only when all of it is
// present, valid and names the same SHA and package, and closes the pipeline timing.
import type { PipelineRun, PipelineTiming } from '../contracts/pipeline-timing.js'
import { formatReason, RELEASE_DECISION_SCHEMA, RELEASE_DECISION_SCHEMA_V2, type ReleaseDecision } from '../contracts/release-decision.js'
import { canonicalJson } from '../contracts/canonical.js'
import { scopedStore } from '../evidence/scoped-store.js'
import type { EvidenceStore } from '../evidence/store.js'
import type { Clock } from '../platform/clock.js'
import type { Exec } from '../platform/exec.js'
import type { Logger } from '../platform/logger.js'
import { readEventPayload, type RunEnvironment } from '../platform/run-environment.js'
import { judgePolicy, judgeReleaseEvidence, type DecisionEvidenceReads, type JudgePolicy } from './judge.js'
import { previousDecisionProblems } from './verify.js'
import { closeRun, emptyTiming, latestRun, TIMING_LOCK_WAIT, UNNUMBERED_LOCAL_RUN_ID } from './timing.js'

export const RELEASE_DECISION_STAGE = 'release-decision'

/** Which environment of `environments:` a decision is for, and the one whose YES let the package in. */
export interface DecisionEnvironment {
  name: string
  /** null for the first environment. */
  promotedFrom: string | null
  /** The last environment: its decision is also the release's (release/<sha>/decision.json), and it closes the timing. */
  final: boolean
}

/**
 * The evidence of a decision: for an environment, its own acceptance, deployment and verification
 * (the package, commit stage and timing are shared) and the previous environment's decision.
 */
export async function readDecisionEvidence(
  root: EvidenceStore,
  sha: string,
  environment?: Pick<DecisionEnvironment, 'name' | 'promotedFrom'>,
  policy: Pick<ReleaseDecisionInput['policy'] & object, 'maxEvidenceAgeMs'> = {},
): Promise<DecisionEvidenceReads> {
  const store = environment ? scopedStore(root, { environment: environment.name }) : root
  let promotion: DecisionEvidenceReads['promotion']
  if (environment?.promotedFrom) {
    const from = environment.promotedFrom
    const read = await scopedStore(root, { environment: from }).read('release', sha)
    // Verified as `shipgate verify --environment <from>` would: a YES written by hand lets nothing in.
    const unverified = read.state === 'valid' ? await previousDecisionProblems(root, sha, from, policy, [environment.name]) : []
    promotion = { from, read, unverified }
  }
  const [releasePackage, commitStage, acceptance, deployment, production, pipeline] = await Promise.all([
    store.read('release-package', sha),
    store.read('commit-stage', sha),
    store.read('acceptance', sha),
    store.read('deployment', sha),
    store.read('production', sha),
    store.read('pipeline', sha),
  ])
  return { 'release-package': releasePackage, 'commit-stage': commitStage, acceptance, deployment, production, pipeline, ...(environment ? { environment: environment.name } : {}), ...(promotion ? { promotion } : {}) }
}

export interface ReleaseDecisionInput {
  sha: string
  repository: string
  /** When the commit was made, for the lead time; null or absent when unknown. */
  commitTime?: Date | null
  /** How old acceptance and production evidence may be, and whether a deployment record is required. */
  policy?: Partial<Pick<JudgePolicy, 'maxEvidenceAgeMs' | 'requireDeployment' | 'requireAcceptance' | 'requireProduction'>>
  /** For `environments:`: the environment decided for; absent for the single acceptance → production flow. */
  environment?: DecisionEnvironment
  /** The pipeline run the decision closes (pipelineRunOf); absent: the latest local run. */
  run?: PipelineRun
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
  const startedAt = ports.clock.now()
  // The decision closes the timing it read: a stage appending between the read and the close would
  // be lost, so it holds the timing's lock, as an appending stage does.
  return ports.store.exclusively('pipeline', input.sha, TIMING_LOCK_WAIT, () => decide(input, ports, startedAt))
}

async function decide(input: ReleaseDecisionInput, ports: ReleaseDecisionPorts, startedAt: Date): Promise<ReleaseDecisionOutcome> {
  const { sha, repository, environment } = input
  const { clock, logger } = ports
  const root = ports.store
  const store = environment ? scopedStore(root, { environment: environment.name }) : root
  // Only the release's own decision closes the timing: an earlier environment's is a step of it.
  const closes = !environment || environment.final
  const commitTime = input.commitTime ?? null

  const reads = await readDecisionEvidence(root, sha, environment, input.policy)
  // Judged at the time the decision records, so that verify, judging again at decidedAt, meets the
  // same clock and the same reasons word for word.
  const decidedAt = clock.now()
  const judgement = judgeReleaseEvidence(sha, reads, judgePolicy(decidedAt, input.policy))
  const previous = await store.read('release', sha)
  const path = store.pathOf('release', sha)

  // A rerun over unchanged evidence (the timing included, as the last run closed it) must not
  // append a second run or move decidedAt: nothing changes, nothing is written.
  const timingRead = reads.pipeline
  const labels = environment ? { environment: environment.name, promotedFrom: environment.promotedFrom } : {}
  if (
    previous.state === 'valid' &&
    timingRead.state === 'valid' &&
    (!closes || latestRun(timingRead.value)?.closed?.commitTime === (commitTime?.toISOString() ?? null)) &&
    sameDecision(previous.value, { sha, repository, packageDigest: judgement.packageDigest, decision: judgement.decision, status: judgement.status, reasons: judgement.reasons, evidence: judgement.evidence, ...labels } as Omit<ReleaseDecision, 'schema' | 'decidedAt'>)
  ) {
    logger.info(`${path}: unchanged: the evidence is the same as when ${previous.value.decision} was decided at ${previous.value.decidedAt}`)
    if (environment?.final) await root.write('release', sha, previous.value)
    return { decision: previous.value, path, timing: timingRead.value, written: false }
  }

  let evidence = judgement.evidence
  let timing: PipelineTiming | null = null
  const trustedTiming = timingRead.state === 'missing' ? emptyTiming(sha) : timingRead.state === 'valid' && timingRead.value.sha === sha ? timingRead.value : null
  if (!closes) {
    // The timing stays open for the environments still to come.
  } else if (trustedTiming === null) {
    // Invalid timing stays as it is for someone to look at; the judgement already says NO for it.
    logger.warning(`${timingRead.path}: not closed: the timing evidence cannot be trusted`, { file: timingRead.path })
  } else {
    const run = input.run ?? { id: UNNUMBERED_LOCAL_RUN_ID, attempt: 1 }
    timing = closeRun(trustedTiming, {
      stage: { stage: RELEASE_DECISION_STAGE, startedAt, finishedAt: decidedAt, outcome: judgement.decision === 'YES' ? 'success' : 'no', run },
      closedAt: decidedAt,
      commitTime,
    })
    const written = await store.write('pipeline', sha, timing)
    // The decision records the timing as it leaves it, so that verify can hold the file to it.
    evidence = evidence.map((entry) => (entry.kind === 'pipeline' ? { ...entry, state: 'valid', digest: written.digest } : entry))
  }

  const body = {
    sha,
    repository,
    packageDigest: judgement.packageDigest,
    decision: judgement.decision,
    status: judgement.status,
    reasons: judgement.reasons,
    evidence,
    decidedAt: decidedAt.toISOString(),
  }
  let decision: ReleaseDecision = environment
    ? { schema: RELEASE_DECISION_SCHEMA_V2, ...body, environment: environment.name, promotedFrom: environment.promotedFrom }
    : { schema: RELEASE_DECISION_SCHEMA, ...body }
  if (previous.state === 'valid' && sameDecision(previous.value, decision)) decision = { ...decision, decidedAt: previous.value.decidedAt }
  const written = await store.write('release', sha, decision)
  // The last environment's decision is the release's: what send-mail, deliver, show and verify read.
  if (environment?.final) await root.write('release', sha, decision)

  // Logged, not annotated: the action annotates a NO once, on the evidence file at fault (the
  // first reason, its cause), which is where the reader has to look, not this decision file.
  logger.info(`${path}: ${decision.decision} (${decision.status}) for ${sha}`)
  for (const reason of decision.reasons) logger.info(`  ${formatReason(reason)}`)
  return { decision, path, timing, written: written.written }
}

/** Equal in everything but decidedAt. */
function sameDecision(recorded: ReleaseDecision, candidate: Omit<ReleaseDecision, 'schema' | 'decidedAt'>): boolean {
  const { schema: _schema, decidedAt: _decidedAt, ...recordedBody } = recorded
  const { schema: _candidateSchema, decidedAt: _candidateDecidedAt, ...candidateBody } = candidate as ReleaseDecision
  return canonicalJson(recordedBody) === canonicalJson(candidateBody)
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
