// The judge: what the evidence of one SHA says, YES or NO, with a reason naming the file and the
// field for every NO. Pure (the time is an input), so that `verify` can take the same judgement
// again at the time the decision was taken and see whether it still follows from the files.
import type { ContractKind } from '../contracts/index.js'
import { componentRefs } from '../contracts/release-package.js'
import { canonicalJson } from '../contracts/canonical.js'
import type { DecisionReason, ReleaseDecision, ReleaseStatus } from '../contracts/release-decision.js'
import type { EvidenceRead } from '../evidence/store.js'
import { ACCEPTANCE_RESULT_SCHEMA_V2 } from '../contracts/acceptance-result.js'
import { acceptanceVerdict, checksNotPassed, commitStageContradictions, decisionContradictions, productionVerdict } from './verdicts.js'

/** The evidence a release decision reads, in the order it is shown. */
export const decisionEvidenceKinds = ['release-package', 'commit-stage', 'acceptance', 'deployment', 'production', 'pipeline'] as const
export type DecisionEvidenceKind = (typeof decisionEvidenceKinds)[number]
export type DecisionEvidenceReads = { [K in DecisionEvidenceKind]: EvidenceRead<K> } & {
  /**
   * The environment of `environments:` the evidence is read for; absent for the single flow, whose
   * environment is SINGLE_FLOW_ENVIRONMENT.
   */
  environment?: string
  /**
   * For an environment after the first of `environments:`: the decision of the environment before
   * it, which must be a YES for the same package (promotion is earned). `unverified` is what
   * verifying that decision against its own evidence found (see verify.ts): a decision is not
   * trusted as written.
   */
  promotion?: { from: string; read: EvidenceRead<'release'>; unverified?: DecisionReason[] }
}

/** The environment the single flow (no `environments:`) deploys to and verifies: deploy-gate's default, `shipgate pipeline`'s. */
export const SINGLE_FLOW_ENVIRONMENT = 'production'

/** How many problems of one file a decision lists; the rest are counted in one more reason, so that a huge file gives a readable decision. */
export const MAX_REASONS_PER_FILE = 20
export type DecisionEvidenceEntry = ReleaseDecision['evidence'][number]

/** The order the stages write the evidence in, which is the order causes come in: commit-gate runs before build-once. */
const PIPELINE_ORDER: readonly DecisionEvidenceKind[] = ['commit-stage', 'release-package', 'acceptance', 'deployment', 'production', 'pipeline']

// Named in "missing" reasons so that the reader knows which step did not run.
const WRITTEN_BY: Record<DecisionEvidenceKind, string> = {
  'release-package': 'build-once',
  'commit-stage': 'commit-gate',
  acceptance: 'acceptance',
  deployment: 'deploy-gate',
  production: 'prod-verify',
  pipeline: 'the pipeline stages',
}

export const DEFAULT_MAX_EVIDENCE_AGE_MS = 7 * 24 * 60 * 60 * 1000
/** How far a timestamp may lie ahead of the judge's clock: runners' clocks differ a little. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000

export interface JudgePolicy {
  /** The time of the judgement: the decision's clock, or for verify the decision's decidedAt. */
  now: Date
  /** The oldest acceptance and production evidence that still counts; null to skip the age check. */
  maxEvidenceAgeMs: number | null
  clockSkewMs: number
  /** A deployment record that says the package was deployed is required (deploy-gate writes it). */
  requireDeployment: boolean
  /** Acceptance and verification evidence are required; an environment without such checks configured needs none. */
  requireAcceptance: boolean
  requireProduction: boolean
}

export function judgePolicy(now: Date, overrides: Partial<Omit<JudgePolicy, 'now'>> = {}): JudgePolicy {
  return { now, maxEvidenceAgeMs: DEFAULT_MAX_EVIDENCE_AGE_MS, clockSkewMs: CLOCK_SKEW_MS, requireDeployment: true, requireAcceptance: true, requireProduction: true, ...overrides }
}

function isRequired(kind: DecisionEvidenceKind, policy: JudgePolicy): boolean {
  if (kind === 'deployment') return policy.requireDeployment
  if (kind === 'acceptance') return policy.requireAcceptance
  if (kind === 'production') return policy.requireProduction
  return kind === 'release-package'
}

/** What the evidence says, before anything is written. */
export interface ReleaseJudgement {
  decision: ReleaseDecision['decision']
  status: ReleaseStatus
  /** Why NO; for a YES, why it is only partial; empty for a clean YES. */
  reasons: DecisionReason[]
  /** The reasons that say the evidence does not hold together: invalid, contradicting, out of time order. */
  faults: DecisionReason[]
  evidence: DecisionEvidenceEntry[]
  packageDigest: string | null
}

type Valid<K extends DecisionEvidenceKind> = Extract<EvidenceRead<K>, { state: 'valid' }>

interface Findings {
  /** Every reason for a NO. */
  blocking: DecisionReason[]
  /** The part of blocking that says the evidence does not hold together (as opposed to a NO it holds). */
  faults: DecisionReason[]
  degradations: DecisionReason[]
}

/** Evidence that contradicts itself, another file or the clock: a NO, and a failure for verify. */
function fault(findings: Findings, reasons: readonly DecisionReason[]): void {
  for (const reason of reasons) {
    findings.blocking.push(reason)
    findings.faults.push(reason)
  }
}

/**
 * At most MAX_REASONS_PER_FILE of a file's problems, the rest counted in one last reason: a file
 * with 100,000 broken entries must give a decision a person can read (and no argument-list limit).
 */
export function cappedReasons(file: string, problems: readonly { field: string; message: string }[]): DecisionReason[] {
  const shown = problems.slice(0, MAX_REASONS_PER_FILE).map((problem) => ({ file, field: problem.field, message: problem.message }))
  if (problems.length > MAX_REASONS_PER_FILE) shown.push({ file, field: '(file)', message: `and ${problems.length - MAX_REASONS_PER_FILE} more problems in this file` })
  return shown
}

/** What every contract's checks share: the package, the time, the other reads. */
interface Context {
  policy: JudgePolicy
  manifest: Valid<'release-package'> | undefined
  reads: AcceptanceEvidenceReads & Partial<DecisionEvidenceReads>
  findings: Findings
}

/** What judging acceptance alone reads: the package, the commit stage its links may name, and the result. */
export type AcceptanceEvidenceReads = Pick<DecisionEvidenceReads, 'release-package' | 'commit-stage' | 'acceptance' | 'environment'>

/**
 * The release decision's judgement of acceptance alone: every reason it would give the acceptance
 * result a NO (missing, invalid, another SHA, package, environment or a shard's part, a summary its
 * checks contradict, out of time order). deploy-gate admits a package on this, so that it never
 * deploys on an acceptance the decision would call NO. Degradations are no reason: partial success is a YES.
 */
export function acceptanceNoReasons(sha: string, reads: AcceptanceEvidenceReads, policy: JudgePolicy): DecisionReason[] {
  const findings: Findings = { blocking: [], faults: [], degradations: [] }
  const read = reads.acceptance
  if (read.state === 'missing') return [{ file: read.path, field: '(file)', message: `missing: no acceptance evidence for this SHA (${WRITTEN_BY.acceptance} writes it)` }]
  fault(findings, presenceProblems(sha, read))
  const valid = validFor(sha, read)
  if (valid) judgeAcceptance(valid, { policy, manifest: validFor(sha, reads['release-package']), reads, findings })
  return findings.blocking
}

export function judgeReleaseEvidence(sha: string, reads: DecisionEvidenceReads, policy: JudgePolicy): ReleaseJudgement {
  const findings: Findings = { blocking: [], faults: [], degradations: [] }
  if (reads.promotion) {
    // Not promoted: the package never entered this environment, so whatever of its evidence is
    // here (an earlier run's) says nothing; the previous environment's answer is the whole reason.
    const promotion: Findings = { blocking: [], faults: [], degradations: [] }
    const manifest = validFor(sha, reads['release-package'])
    judgePromotion(sha, reads.promotion, undefined, { policy, manifest, reads, findings: promotion })
    if (promotion.blocking.length > 0) {
      const evidence = [...decisionEvidenceKinds.map((kind) => evidenceEntry(reads[kind], isRequired(kind, policy))), evidenceEntry(reads.promotion.read, true)]
      return { decision: 'NO', status: 'failure', reasons: promotion.blocking, faults: promotion.faults, evidence, packageDigest: manifest?.value.digest ?? null }
    }
  }
  const manifest = validFor(sha, reads['release-package'])
  const context: Context = { policy, manifest, reads, findings }
  const deployment = validFor(sha, reads.deployment)
  const judges: { [K in DecisionEvidenceKind]: (read: Valid<K>) => void } = {
    'commit-stage': (read) => judgeCommitStage(read, context),
    'release-package': (read) => judgeManifest(read, context),
    acceptance: (read) => judgeAcceptance(read, context),
    deployment: (read) => judgeDeployment(read, context),
    production: (read) => judgeProduction(read, deployment, context),
    pipeline: (read) => judgeTiming(read, context),
  }
  // Each piece in the order the pipeline writes them, its presence first: what a stage upstream
  // said (acceptance is NO) is named before what is missing downstream because of it (no deployment,
  // no production result), so a reader meets the cause first.
  for (const kind of PIPELINE_ORDER) {
    const read = reads[kind]
    if (read.state === 'missing') {
      if (isRequired(kind, policy)) findings.blocking.push({ file: read.path, field: '(file)', message: `missing: no ${kind} evidence for this SHA (${WRITTEN_BY[kind]} writes it)` })
      continue
    }
    fault(findings, presenceProblems(sha, read))
    const valid = validFor(sha, read)
    if (valid) (judges[kind] as (read: Valid<DecisionEvidenceKind>) => void)(valid)
  }
  if (reads.promotion) judgePromotion(sha, reads.promotion, deployment, context)

  const evidence = decisionEvidenceKinds.map((kind) => evidenceEntry(reads[kind], isRequired(kind, policy)))
  if (reads.promotion) evidence.push(evidenceEntry(reads.promotion.read, true))
  const packageDigest = manifest?.value.digest ?? null
  const { faults } = findings
  if (findings.blocking.length > 0) return { decision: 'NO', status: 'failure', reasons: findings.blocking, faults, evidence, packageDigest }
  if (findings.degradations.length > 0) return { decision: 'YES', status: 'partial_success', reasons: findings.degradations, faults, evidence, packageDigest }
  return { decision: 'YES', status: 'success', reasons: [], faults, evidence, packageDigest }
}

function validFor<K extends DecisionEvidenceKind>(sha: string, read: EvidenceRead<K>): Valid<K> | undefined {
  return read.state === 'valid' && read.value.sha === sha ? (read as Valid<K>) : undefined
}

function presenceProblems(sha: string, read: Exclude<EvidenceRead<DecisionEvidenceKind>, { state: 'missing' }>): DecisionReason[] {
  // Optional evidence that is present but broken is not trusted either: someone meant it to count.
  if (read.state === 'invalid') return cappedReasons(read.path, read.problems)
  if (read.value.sha !== sha) return [{ file: read.path, field: 'sha', message: `names ${read.value.sha}, not the release SHA ${sha}` }]
  return []
}

function evidenceEntry(read: EvidenceRead<ContractKind>, required: boolean): DecisionEvidenceEntry {
  return { kind: read.kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null, required }
}

function judgeManifest(manifest: Valid<'release-package'>, context: Context): void {
  fault(context.findings, notInFuture(manifest.path, 'createdAt', manifest.value.createdAt, context.policy))
}

function judgeCommitStage(commitStage: Valid<'commit-stage'>, context: Context): void {
  const { value, path } = commitStage
  const { findings } = context
  if (!value.passed) {
    findings.blocking.push({ file: path, field: 'passed', message: `is false: the required check '${value.check.name}' concluded ${value.check.conclusion}` })
  }
  fault(findings, commitStageContradictions(value).map((problem) => ({ file: path, ...problem })))
  fault(findings, notInFuture(path, 'recordedAt', value.recordedAt, context.policy))
}

function judgeAcceptance(acceptance: Valid<'acceptance'>, context: Context): void {
  const { value, path } = acceptance
  const { findings } = context
  fault(findings, packageProblems(acceptance, context, 'tested'))
  environmentProblems(acceptance, context, 'acceptance')
  if (value.schema === ACCEPTANCE_RESULT_SCHEMA_V2 && value.shard) {
    // A merge writes the whole result without `shard`; a shard's part lists only its own checks.
    fault(findings, [{ file: path, field: 'shard', message: `is ${value.shard.index} of ${value.shard.total}: one shard's partial result (only its own checks) is not the acceptance of the release; merge the shards (acceptance with merge-shards) for the whole result` }])
  }
  const derived = acceptanceVerdict(value.checks)
  if (value.decision !== 'YES') {
    findings.blocking.push({ file: path, field: 'decision', message: `is ${value.decision}: ${checksNotPassed(value.checks, true, ['fail']) || 'acceptance did not pass'}` })
  } else if (derived.decision !== 'YES') {
    fault(findings, [{
      file: path,
      field: 'decision',
      message: `is YES, but its checks say NO (${checksNotPassed(value.checks, true, ['fail']) || 'no check was run'}): the summary contradicts the checks`,
    }])
  }
  if (value.degraded !== derived.degraded) fault(findings, [degradedContradiction(path, value.degraded, checksNotPassed(value.checks, false, ['fail']))])
  else if (value.degraded) findings.degradations.push({ file: path, field: 'degraded', message: `is true: ${checksNotPassed(value.checks, false, ['fail'])}` })
  judgeRunTime(acceptance, context, 'acceptance')
}

function judgeDeployment(deployment: Valid<'deployment'>, context: Context): void {
  const { value, path } = deployment
  const { findings } = context
  fault(findings, packageProblems(deployment, context, 'deployed'))
  environmentProblems(deployment, context, 'deploy-gate')
  for (const reason of restsOnAcceptance(deployment, context)) findings.blocking.push(reason)
  if (value.outcome !== 'deployed') {
    findings.blocking.push({ file: path, field: 'outcome', message: `is ${value.outcome}, not deployed: ${value.reason}` })
    return
  }
  if (value.deployedAt === undefined) {
    fault(findings, [{ file: path, field: 'deployedAt', message: 'is missing: a deployed record says when the deploy finished' }])
    return
  }
  fault(findings, [
    ...ordered(path, ['decidedAt', value.decidedAt], ['deployedAt', value.deployedAt]),
    ...notInFuture(path, 'deployedAt', value.deployedAt, context.policy),
    ...notBeforePackage(path, 'deployedAt', value.deployedAt, context),
  ])
}

function judgeProduction(production: Valid<'production'>, deployment: Valid<'deployment'> | undefined, context: Context): void {
  const { value, path } = production
  const { findings } = context
  fault(findings, packageProblems(production, context, 'verified in production'))
  environmentProblems(production, context, 'prod-verify')
  const manifest = context.manifest?.value
  if (manifest && canonicalJson(value.deployedRefs) !== canonicalJson(componentRefs(manifest))) {
    fault(findings, [{ file: path, field: 'deployedRefs', message: `${describeRefs(value.deployedRefs)} are not the components of the release package (${describeRefs(componentRefs(manifest))})` }])
  }
  const derived = productionVerdict(value.checks)
  if (value.verdict !== 'pass') {
    findings.blocking.push({ file: path, field: 'verdict', message: `is ${value.verdict}: ${checksNotPassed(value.checks, true) || 'production verification did not pass'}` })
  } else if (derived.verdict !== 'pass') {
    const why = checksNotPassed(value.checks, true) || (value.checks.length === 0 ? 'it holds no check at all' : 'no check passed')
    fault(findings, [{ file: path, field: 'verdict', message: `is pass, but its checks say fail (${why}): the summary contradicts the checks` }])
  }
  if (value.degraded !== derived.degraded) fault(findings, [degradedContradiction(path, value.degraded, checksNotPassed(value.checks, false))])
  else if (value.degraded) findings.degradations.push({ file: path, field: 'degraded', message: `is true: ${checksNotPassed(value.checks, false)}` })
  judgeRunTime(production, context, 'production verification')
  const deployedAt = deployment?.value.outcome === 'deployed' ? deployment.value.deployedAt : undefined
  if (deployedAt !== undefined && Date.parse(value.startedAt) < Date.parse(deployedAt) - context.policy.clockSkewMs) {
    fault(findings, [{ file: path, field: 'startedAt', message: `is ${value.startedAt}, before the deploy it verifies finished (deployedAt ${deployedAt} in ${deployment!.path})` }])
  }
}

/**
 * An environment after the first is entered only with a YES for the same package from the one
 * before it, and the deploy there must rest on that YES (it links the decision it was let in on).
 */
function judgePromotion(sha: string, promotion: NonNullable<DecisionEvidenceReads['promotion']>, deployment: Valid<'deployment'> | undefined, context: Context): void {
  const { read, from } = promotion
  const { findings } = context
  if (read.state === 'missing') {
    findings.blocking.push({ file: read.path, field: '(file)', message: `missing: no decision for ${from}, so the package never earned its promotion from ${from} (release-decision with environment ${from} writes it)` })
    return
  }
  if (read.state === 'invalid') {
    fault(findings, cappedReasons(read.path, read.problems))
    return
  }
  const { value, path } = read
  // The previous decision is judged again from its own evidence, not trusted as written: one edited
  // to YES, or whose evidence changed since, lets nothing through.
  fault(findings, promotion.unverified ?? [])
  fault(findings, decisionContradictions(value).map((problem) => ({ file: path, ...problem })))
  const named = 'environment' in value ? value.environment : undefined
  const manifest = context.manifest
  if (value.sha !== sha) fault(findings, [{ file: path, field: 'sha', message: `names ${value.sha}, not the release SHA ${sha}` }])
  else if (named !== from) fault(findings, [{ file: path, field: 'environment', message: `is ${named ?? 'absent (a v1 decision)'}, but this file stands for ${from}` }])
  else if (value.decision !== 'YES') {
    const why = value.reasons[0]
    // The reason's file as it stands inside the evidence folder: the same wherever the folder is read from.
    const file = why?.file?.match(/(?:environments\/[^/]+\/)?[a-z-]+\/[0-9a-f]{40}\/[a-z]+\.json$/)?.[0] ?? why?.file
    findings.blocking.push({ file: path, field: 'decision', message: `is ${value.decision} for ${from}: the package is not promoted past ${from}${why ? ` (${[file, why.field, why.message].filter(Boolean).join(': ')})` : ''}` })
  } else if (manifest && value.packageDigest !== manifest.value.digest) {
    fault(findings, [{ file: path, field: 'packageDigest', message: `is ${value.packageDigest}, but ${manifest.path} has ${manifest.value.digest}: ${from} said YES for a different package` }])
  }
  deployment?.value.evidence.forEach((link, index) => {
    if (link.kind === 'release' && link.digest !== read.digest) {
      findings.blocking.push({ file: deployment.path, field: `evidence[${index}].digest`, message: `links the ${from} decision ${link.digest}, but ${path} is ${read.digest}: ${from} was decided again after this deploy, so the deploy does not rest on it; deploy again` })
    }
  })
}

function judgeTiming(timing: Valid<'pipeline'>, context: Context): void {
  timing.value.stages.forEach((stage, index) => {
    fault(context.findings, [
      ...ordered(timing.path, [`stages[${index}].startedAt`, stage.startedAt], [`stages[${index}].finishedAt`, stage.finishedAt]),
      ...notInFuture(timing.path, `stages[${index}].finishedAt`, stage.finishedAt, context.policy),
    ])
  })
}

function degradedContradiction(path: string, recorded: boolean, optionalNotPassed: string): DecisionReason {
  return {
    file: path,
    field: 'degraded',
    message: recorded
      ? 'is true, but every optional check passed: the summary contradicts the checks'
      : `is false, but ${optionalNotPassed}: the summary contradicts the checks`,
  }
}

/**
 * Evidence that names an environment must name the one decided for: a result copied from staging
 * proves nothing about production. In `environments:` a version that names none (v1, or v2 with
 * environment null) cannot say which environment it is for, so it proves none of them; the single
 * flow's own stages write such versions, so there they count. The single flow's environment is the
 * one its deployment is of (deploy-gate's environment input, production unless renamed): its
 * production result must be of the same one, and its acceptance, which the single flow runs for
 * no environment, of none.
 */
function environmentProblems(read: Valid<'acceptance' | 'deployment' | 'production'>, context: Context, writer: string): void {
  const { value, path } = read
  const decidedFor = context.reads.environment
  const named = 'environment' in value ? value.environment : undefined
  if (decidedFor === undefined) {
    const expected = read.kind === 'acceptance' ? undefined : singleFlowEnvironment(context.reads)
    if (typeof named === 'string' && named !== expected) {
      const why = expected === undefined ? 'an acceptance result of an environments: entry, not of the single flow' : `but the single flow's deployment is of ${expected}: evidence of another environment proves nothing about this one`
      fault(context.findings, [{ file: path, field: 'environment', message: `is ${named}, ${why}` }])
    }
    return
  }
  if (typeof named === 'string') {
    if (named !== decidedFor) {
      fault(context.findings, [{ file: path, field: 'environment', message: `is ${named}, but this decision is for ${decidedFor}: evidence of another environment proves nothing about this one` }])
    }
  } else {
    context.findings.blocking.push({
      file: path,
      field: 'environment',
      message: `is ${named === null ? 'null' : 'absent'} (${value.schema}), so the file does not say which environment it is for and proves nothing about ${decidedFor}; run ${writer} for ${decidedFor} again`,
    })
  }
}

/** The environment the single flow deployed to: the deployment record's, else the production result's, else production. */
function singleFlowEnvironment(reads: Partial<DecisionEvidenceReads>): string {
  for (const kind of ['deployment', 'production'] as const) {
    const read = reads[kind]
    if (read?.state === 'valid' && 'environment' in read.value && typeof read.value.environment === 'string') return read.value.environment
  }
  return SINGLE_FLOW_ENVIRONMENT
}

/** The package a later contract names, and the manifest it links to, must be the release package. */
function packageProblems(read: Valid<'acceptance' | 'deployment' | 'production'>, context: Context, what: string): DecisionReason[] {
  const manifest = context.manifest
  if (!manifest) return []
  const problems: DecisionReason[] = []
  if (read.value.packageDigest !== manifest.value.digest) {
    problems.push({
      file: read.path,
      field: 'packageDigest',
      message: `is ${read.value.packageDigest}, but ${manifest.path} has ${manifest.value.digest}: a different package was ${what}`,
    })
  }
  read.value.evidence.forEach((link, index) => {
    const linked = link.kind === 'release-package' ? manifest : link.kind === 'commit-stage' ? context.reads['commit-stage'] : undefined
    if (!linked || linked.state === 'missing') return
    // A link to the manifest may carry the package digest it seals itself with, or the digest of the file.
    const accepted = linked.state === 'valid' ? [linked.digest, ...(link.kind === 'release-package' ? [manifest.value.digest] : [])] : []
    if (!accepted.includes(link.digest)) {
      problems.push({
        file: read.path,
        field: `evidence[${index}].digest`,
        message: `links ${link.kind} ${link.digest}, but ${linked.path} is ${linked.state === 'valid' ? linked.digest : 'invalid'}: this was taken on other ${link.kind} evidence`,
      })
    }
  })
  return problems
}

/**
 * The acceptance result a deploy was decided on must be the one there. One that differs is not
 * tampering (acceptance ran again after the deploy, or a later run said NO), so it is a NO but not a
 * fault: the evidence holds together, the deploy just does not rest on this acceptance.
 */
function restsOnAcceptance(deployment: Valid<'deployment'>, context: Context): DecisionReason[] {
  const acceptance = context.reads.acceptance
  if (acceptance.state !== 'valid') return []
  return deployment.value.evidence.flatMap((link, index): DecisionReason[] =>
    link.kind === 'acceptance' && link.digest !== acceptance.digest
      ? [{
          file: deployment.path,
          field: `evidence[${index}].digest`,
          message: `links acceptance ${link.digest}, but ${acceptance.path} is ${acceptance.digest}: acceptance ran again after this deploy, so the deploy does not rest on it; deploy again`,
        }]
      : [],
  )
}

/** A run (acceptance, prod-verify) must end after it starts, after the package was built, not in the future, and recently enough. */
function judgeRunTime(read: Valid<'acceptance' | 'production'>, context: Context, what: string): void {
  const { path, value } = read
  fault(context.findings, [
    ...ordered(path, ['startedAt', value.startedAt], ['finishedAt', value.finishedAt]),
    ...notBeforePackage(path, 'startedAt', value.startedAt, context),
    ...notInFuture(path, 'finishedAt', value.finishedAt, context.policy),
  ])
  const maxAge = context.policy.maxEvidenceAgeMs
  const age = context.policy.now.getTime() - Date.parse(value.finishedAt)
  if (maxAge !== null && age > maxAge) {
    context.findings.blocking.push({
      file: path,
      field: 'finishedAt',
      message: `is ${value.finishedAt}, ${formatAge(age)} before ${context.policy.now.toISOString()}: ${what} evidence older than ${formatAge(maxAge)} (max-evidence-age) is stale; run it again`,
    })
  }
}

function notInFuture(file: string, field: string, time: string, policy: JudgePolicy): DecisionReason[] {
  if (Date.parse(time) <= policy.now.getTime() + policy.clockSkewMs) return []
  return [{ file, field, message: `is ${time}, after ${policy.now.toISOString()} (the time of the judgement) by more than the ${formatAge(policy.clockSkewMs)} clock skew allowed: evidence from the future` }]
}

function notBeforePackage(file: string, field: string, time: string, context: Context): DecisionReason[] {
  const manifest = context.manifest
  if (!manifest || Date.parse(time) >= Date.parse(manifest.value.createdAt) - context.policy.clockSkewMs) return []
  return [{ file, field, message: `is ${time}, before the release package was built (createdAt ${manifest.value.createdAt} in ${manifest.path}): it cannot be about this package` }]
}

function ordered(file: string, [startField, start]: [string, string], [endField, end]: [string, string]): DecisionReason[] {
  if (Date.parse(end) >= Date.parse(start)) return []
  return [{ file, field: endField, message: `is ${end}, before ${startField} ${start}: it ended before it started` }]
}

function describeRefs(refs: Record<string, string>): string {
  const names = Object.keys(refs)
  return names.length === 0 ? 'no components' : names.map((name) => `${name}=${refs[name]}`).join(', ')
}

/** 7 d, 36 h, 5 min, 42 s: the largest unit that divides evenly, else hours. */
export function formatAge(ms: number): string {
  const units: [number, string][] = [[86_400_000, 'd'], [3_600_000, 'h'], [60_000, 'min'], [1000, 's']]
  for (const [size, unit] of units) if (ms >= size && ms % size === 0) return `${ms / size} ${unit}`
  if (ms >= 3_600_000) return `${(ms / 3_600_000).toFixed(1)} h`
  return `${Math.round(ms / 1000)} s`
}
