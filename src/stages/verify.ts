// verify: re-validates every contract recorded for a SHA and every digest link between them, so
// that evidence changed after the fact, or a decision that no longer follows from it, shows.
import { contractKinds, type ContractKind } from '../contracts/index.js'
import type { ReleaseDecision } from '../contracts/release-decision.js'
import type { EvidenceRead, EvidenceStore } from '../evidence/store.js'
import { judgeReleaseEvidence, type DecisionEvidenceReads } from './release-decision.js'

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
  failures: VerifyFailure[]
  checked: VerifiedContract[]
}

type Reads = { [K in ContractKind]: EvidenceRead<K> }

export async function verifyEvidence(store: EvidenceStore, sha: string): Promise<VerifyReport> {
  const reads = Object.fromEntries(
    await Promise.all(contractKinds.map(async (kind) => [kind, await store.read(kind, sha)] as const)),
  ) as Reads
  const checked = contractKinds.map((kind): VerifiedContract => {
    const read = reads[kind]
    return { kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null }
  })
  const failures: VerifyFailure[] = []

  if (checked.every((contract) => contract.state === 'missing')) {
    failures.push({ file: store.location, field: '(sha)', message: `no evidence at all for ${sha}` })
    return { sha, ok: false, failures, checked }
  }

  for (const kind of contractKinds) {
    const read = reads[kind]
    if (read.state === 'invalid') {
      for (const problem of read.problems) failures.push({ file: read.path, field: problem.field, message: problem.message })
    } else if (read.state === 'valid' && read.value.sha !== sha) {
      failures.push({ file: read.path, field: 'sha', message: `names ${read.value.sha}, not ${sha}` })
    }
  }

  failures.push(...packageLinkFailures(reads))
  const decision = reads.release
  if (decision.state === 'valid') failures.push(...decisionFailures(sha, decision.path, decision.value, reads))

  return { sha, ok: failures.length === 0, failures, checked }
}

/** Every later contract must name the package in the manifest, and there must be one to name. */
function packageLinkFailures(reads: Reads): VerifyFailure[] {
  const manifest = reads['release-package']
  // The package digest is the one the manifest seals itself with, not the digest of the file.
  const manifestDigest = manifest.state === 'valid' ? manifest.value.digest : null
  const failures: VerifyFailure[] = []
  for (const read of [reads.acceptance, reads.production, reads.release]) {
    if (read.state !== 'valid') continue
    const recorded = read.value.packageDigest
    if (manifestDigest !== null && recorded !== manifestDigest) {
      failures.push({ file: read.path, field: 'packageDigest', message: `is ${recorded}, but ${manifest.path} has ${manifestDigest}` })
    } else if (manifestDigest === null && recorded !== null) {
      failures.push({ file: read.path, field: 'packageDigest', message: `names ${recorded}, but there is no valid release package manifest at ${manifest.path}` })
    }
  }
  return failures
}

/** The decision must match the files it was taken on, and must still follow from them. */
function decisionFailures(sha: string, path: string, decision: ReleaseDecision, reads: Reads): VerifyFailure[] {
  const failures: VerifyFailure[] = []
  decision.evidence.forEach((entry, index) => {
    if (!(contractKinds as string[]).includes(entry.kind)) {
      failures.push({ file: path, field: `evidence[${index}].kind`, message: `'${entry.kind}' is not a contract kind` })
      return
    }
    const current = reads[entry.kind as ContractKind]
    const digestNow = current.state === 'valid' ? current.digest : null
    if (digestNow !== entry.digest || current.state !== entry.state) {
      failures.push({
        file: current.path,
        field: '(file)',
        message: `changed after the release decision: ${path} evidence[${index}] recorded ${entry.state} ${entry.digest ?? '(no digest)'}, now ${current.state} ${digestNow ?? '(no digest)'}`,
      })
    }
  })

  const requiredAbsent = (['release-package', 'acceptance', 'production'] as const).filter((kind) => reads[kind].state !== 'valid')
  if (decision.decision === 'YES' && requiredAbsent.length > 0) {
    for (const kind of requiredAbsent) {
      failures.push({ file: path, field: 'decision', message: `is YES, but the required ${kind} evidence at ${reads[kind].path} is ${reads[kind].state}` })
    }
    return failures
  }

  // Recomputing the judgement catches a decision edited by hand, or one taken on evidence that
  // was swapped for other evidence with the same digest links.
  const judgement = judgeReleaseEvidence(sha, reads as DecisionEvidenceReads)
  if (judgement.decision !== decision.decision || judgement.status !== decision.status) {
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
