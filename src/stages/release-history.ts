// Earlier releases in the evidence store: the newest package whose release decision said YES.
import type { ReleasePackageManifest } from '../contracts/release-package.js'
import type { EvidenceStore } from '../evidence/store.js'
import { verifyEvidence } from './verify.js'

export interface PastRelease {
  sha: string
  manifest: ReleasePackageManifest
  decidedAt: string
}

/**
 * The newest release (by decision time) with a valid YES decision whose manifest is valid and is
 * the package the decision names, and which `shipgate verify` holds (the decision still follows
 * from its evidence). Broken or forged evidence is passed over, never trusted.
 */
export async function newestYesRelease(store: EvidenceStore, options: { excludeSha?: string } = {}): Promise<PastRelease | undefined> {
  const candidates: PastRelease[] = []
  for (const sha of await store.listShas('release')) {
    if (sha === options.excludeSha) continue
    const decision = await store.read('release', sha)
    if (decision.state !== 'valid' || decision.value.decision !== 'YES') continue
    const manifest = await store.read('release-package', sha)
    if (manifest.state !== 'valid' || manifest.value.digest !== decision.value.packageDigest) continue
    // A file that says YES is not a release: the evidence under it must still hold the decision.
    if (!(await verifyEvidence(store, sha)).ok) continue
    candidates.push({ sha, manifest: manifest.value, decidedAt: decision.value.decidedAt })
  }
  candidates.sort((a, b) => Date.parse(b.decidedAt) - Date.parse(a.decidedAt))
  return candidates[0]
}
