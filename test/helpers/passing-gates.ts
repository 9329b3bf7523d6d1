// Acceptance YES, a deployed record and production pass for a package a test built with the real
// bundles: on the package's own timeline (just after its createdAt), naming its digest and its
// components, as the stages would have written them.
import { digestOf } from '../../src/contracts/canonical.js'
import { componentRefs, type ReleasePackageManifest } from '../../src/contracts/release-package.js'
import type { EvidenceStore } from '../../src/evidence/store.js'
import { acceptance, deploymentRecord, production } from './contract-examples.js'

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
