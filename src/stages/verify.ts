// verify: re-validates every contract recorded for a SHA and every link between them, so that
// evidence changed after the fact, or a decision that no longer follows from it, shows; and says
// whether the release is complete (a manifest and a decision), which is a failure unless partial.
import { canonicalJson } from '../contracts/canonical.js'
import { contractKinds, contracts, type ContractKind } from '../contracts/index.js'
import { formatReason, type DecisionReason, type ReleaseDecision } from '../contracts/release-decision.js'
import { scopedStore } from '../evidence/scoped-store.js'
import type { EvidenceRead, EvidenceStore } from '../evidence/store.js'
import { CLOCK_SKEW_MS, judgePolicy, judgeReleaseEvidence, MAX_REASONS_PER_FILE } from './judge.js'
import { timingAsDecided, timingFinishedBy } from './timing.js'

export interface VerifyFailure {
  file: string
  field: string
  message: string
}

export interface VerifiedContract {
  kind: ContractKind
  path: string
  state: EvidenceRead<ContractKind>['state']
  /** The digest of the contract as it stands now; null unless it is valid. */
  digest: string | null
}

export interface VerifyReport {
  sha: string
  ok: boolean
  /** The manifest and the decision are both there: the release went all the way. */
  complete: boolean
  failures: VerifyFailure[]
  checked: VerifiedContract[]
}

export interface VerifyOptions {
  /** Check a release still in progress: a missing manifest or decision is not a failure. */
  partial?: boolean
  /** The maximum evidence age the decision was taken with (release-decision's max-evidence-age); null: none. */
  maxEvidenceAgeMs?: number | null
  /** The time a chain without a decision is checked against (evidence from the future); default now. */
  now?: Date
  /** An environment of `environments:`; default: the one the release decision names, if any. */
  environment?: string
  /** The last environment of `environments:` (shipgate.yml), whose decision alone is the release's; unknown when absent. */
  finalEnvironment?: string
  /**
   * A previous environment's decision checked for a promotion. The shared timing has moved on since
   * (this run appends to it first): a timing that no longer gives the recorded file is judged as it
   * was by the decision. And in a workflow the decision's other evidence may be in the artifacts of
   * the run that made it, not here: what is here is held to the decision, what is not is not asked
   * for, and the decision is judged again only when all it rests on is here.
   */
  promotionCheck?: boolean
}

type Reads = { [K in ContractKind]: EvidenceRead<K> } & {
  environment?: string
  promotion?: { from: string; read: EvidenceRead<'release'>; unverified?: DecisionReason[] }
}

// Named when the chain is incomplete, so that the reader knows which step has not run.
const COMPLETES_THE_CHAIN = [
  ['release-package', 'build-once'],
  ['release', 'release-decision'],
] as const

export async function verifyEvidence(root: EvidenceStore, sha: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  return verifyChain(root, sha, options, [])
}

/**
 * What is wrong with the decision of environment `from`, checked as `shipgate verify --environment
 * from` checks it (its evidence, its digests, the decision following from them, and so on back to
 * the first environment): the next environment rests on that decision, so it is not taken as
 * written. Empty when it holds. At most MAX_REASONS_PER_FILE reasons, the rest counted.
 */
export async function previousDecisionProblems(
  root: EvidenceStore,
  sha: string,
  from: string,
  options: Pick<VerifyOptions, 'maxEvidenceAgeMs'> = {},
  checking: string[] = [],
): Promise<DecisionReason[]> {
  const path = scopedStore(root, { environment: from }).pathOf('release', sha)
  if (checking.includes(from)) {
    return [{ file: path, field: 'promotedFrom', message: `leads back to ${from} (${[...checking, from].join(' → ')}): promotion cannot go round in a circle` }]
  }
  const report = await verifyChain(root, sha, { environment: from, promotionCheck: true, ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) }, checking)
  const reasons: DecisionReason[] = report.failures
    .slice(0, MAX_REASONS_PER_FILE)
    .map((failure) => ({ file: failure.file, field: failure.field, message: `${failure.message} (so the ${from} decision ${path} does not hold)` }))
  if (report.failures.length > MAX_REASONS_PER_FILE) reasons.push({ file: path, field: '(file)', message: `and ${report.failures.length - MAX_REASONS_PER_FILE} more problems with the ${from} decision` })
  return reasons
}

async function verifyChain(root: EvidenceStore, sha: string, options: VerifyOptions, checking: string[]): Promise<VerifyReport> {
  // A release decided in environments: is checked on the evidence of the environment it decides for.
  const releaseRead = options.environment === undefined ? await root.read('release', sha) : undefined
  const environment = options.environment ?? (releaseRead?.state === 'valid' && 'environment' in releaseRead.value ? releaseRead.value.environment : undefined)
  const store = scopedStore(root, { environment })
  const reads = Object.fromEntries(
    await Promise.all(contractKinds.map(async (kind) => [kind, await store.read(kind, sha)] as const)),
  ) as unknown as Reads
  if (environment !== undefined) reads.environment = environment
  const decisionRead = reads.release
  const promotedFrom = decisionRead.state === 'valid' && 'promotedFrom' in decisionRead.value ? decisionRead.value.promotedFrom : null
  if (promotedFrom) {
    const read = await scopedStore(root, { environment: promotedFrom }).read('release', sha)
    const unverified = read.state === 'valid' ? await previousDecisionProblems(root, sha, promotedFrom, options, [...checking, environment ?? '']) : []
    reads.promotion = { from: promotedFrom, read, unverified }
  }
  const checked = contractKinds.map((kind): VerifiedContract => {
    const read = reads[kind]
    return { kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null }
  })
  const complete = COMPLETES_THE_CHAIN.every(([kind]) => reads[kind].state !== 'missing')
  const failures: VerifyFailure[] = []
  // A loop, not push(...): a file may hold more problems than a call takes arguments.
  const add = (more: readonly VerifyFailure[]) => {
    for (const failure of more) failures.push(failure)
  }

  if (checked.every((contract) => contract.state === 'missing')) {
    failures.push({ file: store.location, field: '(sha)', message: `no evidence at all for ${sha}` })
    return { sha, ok: false, complete, failures, checked }
  }
  if (!options.partial && !options.promotionCheck) {
    for (const [kind, writer] of COMPLETES_THE_CHAIN) {
      if (reads[kind].state !== 'missing') continue
      failures.push({
        file: reads[kind].path,
        field: '(file)',
        message: `missing: no ${contracts[kind].title.toLowerCase()} (${writer} writes it), so the release is not complete; give --partial to check a release still in progress`,
      })
    }
  }

  // The release's decision, when it names an environment, is that environment's: the same file.
  if (releaseRead?.state === 'valid' && environment !== undefined) add(releaseDecisionFailures(releaseRead, reads.release, options))

  for (const kind of contractKinds) {
    const read = reads[kind]
    if (read.state === 'invalid') {
      add(cappedFailures(read.path, read.problems))
    } else if (read.state === 'valid' && read.value.sha !== sha) {
      failures.push({ file: read.path, field: 'sha', message: `names ${read.value.sha}, not ${sha}` })
    }
  }

  add(packageFailures(reads))
  const decision = reads.release
  if (decision.state === 'valid') {
    add(decisionFailures(sha, decision.path, decision.value, reads, options))
  } else {
    // No decision to hold the chain to: what there is must still hold together, now.
    const policy = judgePolicy(options.now ?? new Date(), { maxEvidenceAgeMs: null, requireDeployment: false })
    add(judgeReleaseEvidence(sha, reads, policy).faults.map(asFailure))
  }

  const unique = [...new Map(failures.map((failure) => [`${failure.file}\n${failure.field}\n${failure.message}`, failure])).values()]
  return { sha, ok: unique.length === 0, complete, failures: unique, checked }
}

/** At most MAX_REASONS_PER_FILE of one file's problems, the rest counted. */
function cappedFailures(file: string, problems: readonly { field: string; message: string }[]): VerifyFailure[] {
  const shown = problems.slice(0, MAX_REASONS_PER_FILE).map((problem) => ({ file, field: problem.field, message: problem.message }))
  if (problems.length > MAX_REASONS_PER_FILE) shown.push({ file, field: '(file)', message: `and ${problems.length - MAX_REASONS_PER_FILE} more problems in this file` })
  return shown
}

/**
 * release/<sha>/decision.json, when it names an environment, must be that environment's own
 * decision, byte for byte, so that everything verify checks of the one holds of the other; and,
 * when shipgate.yml says which environment is last, that one's.
 */
function releaseDecisionFailures(release: Extract<EvidenceRead<'release'>, { state: 'valid' }>, own: EvidenceRead<'release'>, options: VerifyOptions): VerifyFailure[] {
  const named = 'environment' in release.value ? release.value.environment : undefined
  if (named === undefined) return []
  const failures: VerifyFailure[] = []
  if (options.finalEnvironment !== undefined && named !== options.finalEnvironment) {
    failures.push({ file: release.path, field: 'environment', message: `is ${named}, but the release is decided by ${options.finalEnvironment}, the last of environments:; only its decision is the release's` })
  }
  if (own.state !== 'valid' || own.digest !== release.digest) {
    failures.push({
      file: release.path,
      field: '(file)',
      message: `is ${release.digest}, but ${named}'s own decision ${own.path} is ${own.state === 'valid' ? own.digest : own.state}: the release's decision must be the same file as the decision of the environment it names`,
    })
  }
  return failures
}

function asFailure(reason: DecisionReason): VerifyFailure {
  return { file: reason.file ?? '', field: reason.field ?? '', message: reason.message }
}

/** The decision must name the package in the manifest, and every contract that names a package needs a manifest to name. */
function packageFailures(reads: Reads): VerifyFailure[] {
  const manifest = reads['release-package']
  // The package digest is the one the manifest seals itself with, not the digest of the file.
  const manifestDigest = manifest.state === 'valid' ? manifest.value.digest : null
  const failures: VerifyFailure[] = []
  for (const read of [reads.acceptance, reads.deployment, reads.production, reads.release]) {
    if (read.state !== 'valid') continue
    const recorded = read.value.packageDigest
    if (manifestDigest === null && recorded !== null) {
      failures.push({ file: read.path, field: 'packageDigest', message: `names ${recorded}, but there is no valid release package manifest at ${manifest.path}` })
    } else if (read.kind === 'release' && recorded !== manifestDigest) {
      // The judge holds the others to the manifest; the decision is verify's own to check.
      failures.push({ file: read.path, field: 'packageDigest', message: `is ${recorded}, but ${manifest.path} has ${manifestDigest}` })
    }
  }
  return failures
}

/** The decision must match the files it was taken on, and must still follow from them. */
function decisionFailures(sha: string, path: string, decision: ReleaseDecision, readsNow: Reads, options: VerifyOptions): VerifyFailure[] {
  const failures: VerifyFailure[] = []
  // For a promotion, evidence the decision had that is not here at all is in another run's artifacts.
  const elsewhere = (entry: ReleaseDecision['evidence'][number], read: { state: string }) => options.promotionCheck === true && entry.state === 'valid' && read.state === 'missing'
  // The timing is shared: the stages after this decision (a later environment's) append to it. The
  // decision is held to the file as it was then, which must still be there, unchanged.
  const timingEntry = decision.evidence.find((entry) => entry.kind === 'pipeline')
  let timingThen = timingEntry ? timingAsDecided(readsNow.pipeline, timingEntry, decision.decidedAt, CLOCK_SKEW_MS) : undefined
  // Checked for a promotion, the timing has moved on by design: this very run's stages (deploy-gate,
  // the next decision) append to it first, and a decision taken again replaces its run's close,
  // which no cut of the file gives back. The decision is then judged on the stages finished by it.
  const timingMoved = options.promotionCheck === true && timingThen === undefined && timingEntry?.state === 'valid' && readsNow.pipeline.state === 'valid'
  if (timingMoved && readsNow.pipeline.state === 'valid') timingThen = timingFinishedBy(readsNow.pipeline, decision.decidedAt, CLOCK_SKEW_MS)
  const reads: Reads = timingThen ? { ...readsNow, pipeline: timingThen } : readsNow
  decision.evidence.forEach((entry, index) => {
    if (!(contractKinds as string[]).includes(entry.kind)) {
      failures.push({ file: path, field: `evidence[${index}].kind`, message: `'${entry.kind}' is not a contract kind` })
      return
    }
    if (timingMoved && entry.kind === 'pipeline') return
    // The previous environment's decision, which let the package in, is the one `release` link.
    const current = entry.kind === 'release' && reads.promotion ? reads.promotion.read : reads[entry.kind as ContractKind]
    if (elsewhere(entry, current)) return
    const digestNow = current.state === 'valid' ? current.digest : null
    if (digestNow !== entry.digest || current.state !== entry.state) {
      failures.push({
        file: current.path,
        field: '(file)',
        message: `changed after the release decision: ${path} evidence[${index}] recorded ${entry.state} ${entry.digest ?? '(no digest)'}, now ${current.state} ${digestNow ?? '(no digest)'}`,
      })
    }
  })

  // The judgement again, at the time the decision was taken and with the deployment record
  // required as the decision required it: a decision edited by hand, or one taken on evidence that
  // was swapped for other evidence with the same digest links, no longer follows.
  if (decision.evidence.some((entry) => (contractKinds as string[]).includes(entry.kind) && elsewhere(entry, reads[entry.kind as ContractKind]))) return failures
  const required = (kind: string) => decision.evidence.some((entry) => entry.kind === kind && entry.required)
  const policy = judgePolicy(new Date(decision.decidedAt), { requireDeployment: required('deployment'), requireAcceptance: required('acceptance'), requireProduction: required('production'), ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) })
  const judgement = judgeReleaseEvidence(sha, reads, policy)
  for (const reason of judgement.faults) failures.push(asFailure(reason))
  const sameVerdict = judgement.decision === decision.decision && judgement.status === decision.status
  if (sameVerdict && !sameReasons(judgement.reasons, decision, reads['release-package'].path)) {
    failures.push({ file: path, field: 'reasons', message: `are not the reasons the evidence gives now: ${describeReasons(judgement.reasons)}` })
  }
  if (!sameVerdict) {
    const why = judgement.reasons[0]
    failures.push({
      file: path,
      field: judgement.decision !== decision.decision ? 'decision' : 'status',
      message:
        `is ${decision.decision} (${decision.status}), but the evidence now says ${judgement.decision} (${judgement.status})` +
        (why ? `: ${why.file ?? ''}: ${why.field ?? ''}: ${why.message}` : ''),
    })
  }
  return failures
}

/**
 * The recorded reasons, word for word, with the artifacts folder the decision was taken in read as
 * the one verify reads: the same evidence verified from another folder gives the same reasons.
 */
function sameReasons(now: DecisionReason[], decision: ReleaseDecision, manifestPathNow: string): boolean {
  const manifestEntry = decision.evidence.find((entry) => entry.kind === 'release-package')
  const suffix = `release-package/${decision.sha}/`
  const folderThen = manifestEntry?.path.slice(0, Math.max(0, manifestEntry.path.lastIndexOf(suffix)))
  const folderNow = manifestPathNow.slice(0, Math.max(0, manifestPathNow.lastIndexOf(suffix)))
  const relative = (reasons: DecisionReason[], folder: string | undefined) =>
    reasons.map((reason) =>
      folder
        ? { ...reason, file: reason.file?.split(folder).join(''), message: reason.message.split(folder).join('') }
        : reason,
    )
  return canonicalJson(relative(decision.reasons, folderThen)) === canonicalJson(relative(now, folderNow))
}

function describeReasons(reasons: DecisionReason[]): string {
  if (reasons.length === 0) return 'none'
  return reasons.map(formatReason).join('; ')
}
