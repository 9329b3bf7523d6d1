// Acceptance YES, a deployed record and production pass for a package a test built with the real
// bundles: on the package's own timeline (just after its createdAt), naming its digest and its
// components, as the stages would have written them.
import { digestOf } from '../../src/contracts/canonical.js'
import { componentRefs, sealReleasePackage, type ReleasePackageManifest } from '../../src/contracts/release-package.js'
import type { EvidenceStore } from '../../src/evidence/store.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { decideRelease } from '../../src/stages/release-decision.js'
import { acceptance, deploymentRecord, production, releasePackageBody } from './contract-examples.js'
import { steppingClock } from './evidence-fixtures.js'

export async function writePassingGates(store: EvidenceStore, manifest: ReleasePackageManifest): Promise<void> {
  const { sha } = manifest
  const at = (seconds: number) => new Date(Date.parse(manifest.createdAt) + seconds * 1000).toISOString()
  const manifestLink = { kind: 'release-package', path: `release-package/${sha}/manifest.json`, digest: digestOf(manifest) }
  const accepted = await store.write('acceptance', sha, {
    ...acceptance(sha),
    packageDigest: manifest.digest,
    scope: manifest.scope,
    startedAt: at(1),
    finishedAt: at(2),
    evidence: [manifestLink],
  })
  await store.write('deployment', sha, {
    ...deploymentRecord(sha),
    packageDigest: manifest.digest,
    previous: null,
    decidedAt: at(3),
    deployedAt: at(4),
    evidence: [manifestLink, { kind: 'acceptance', path: `acceptance/${sha}/result.json`, digest: accepted.digest }],
  })
  await store.write('production', sha, {
    ...production(sha),
    packageDigest: manifest.digest,
    deployedRefs: componentRefs(manifest),
    startedAt: at(5),
    finishedAt: at(6),
    evidence: [manifestLink],
  })
}

/**
 * A past release as the pipeline leaves it: a package built ten minutes before `decidedAt`, its
 * gates, and the real judge's decision at that time; for NO, production verification failed.
 * Returns the manifest.
 */
export async function writeDecidedRelease(store: EvidenceStore, sha: string, outcome: { decision: 'YES' | 'NO'; decidedAt: string }): Promise<ReleasePackageManifest> {
  const decidedAt = new Date(outcome.decidedAt)
  const manifest = sealReleasePackage({ ...releasePackageBody(sha), createdAt: new Date(decidedAt.getTime() - 600_000).toISOString() })
  await store.write('release-package', sha, manifest)
  await writePassingGates(store, manifest)
  if (outcome.decision === 'NO') {
    const verified = await store.read('production', sha)
    if (verified.state !== 'valid') throw new Error('test bug: no production result to fail')
    const checks = verified.value.checks.map((check) => ({ ...check, status: 'fail' as const }))
    await store.write('production', sha, { ...verified.value, verdict: 'fail', checks })
  }
  const decided = await decideRelease({ sha, repository: manifest.repository, commitTime: null }, { store, clock: steppingClock(decidedAt), logger: new RecordingLogger() })
  if (decided.decision.decision !== outcome.decision) throw new Error(`test bug: the release was decided ${decided.decision.decision}: ${JSON.stringify(decided.decision.reasons)}`)
  return manifest
}
