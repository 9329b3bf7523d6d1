// A valid delivery result and delivery manifest, for the contract, evidence-store and schema tests
// that go through every registered contract (contractExamples, SCHEMA_BREAKS, ARCHITECTURE_PATHS).
import { DELIVERY_MANIFEST_SCHEMA, DELIVERY_RESULT_SCHEMA, type DeliveryManifest, type DeliveryResult } from '../../src/contracts/delivery.js'

const EXAMPLE_SHA = '0123456789abcdef0123456789abcdef01234567'
const STABLE = '/Clients/Acme/acme-website/01_Deliverables/Final'

export function deliveryResultExample(sha = EXAMPLE_SHA): DeliveryResult {
  return {
    schema: DELIVERY_RESULT_SCHEMA,
    sha,
    project: 'acme-website',
    destination: { kind: 'dropbox', location: 'dropbox:/Clients/Acme' },
    outcome: 'created',
    version: 2,
    versionPath: `${STABLE}/v2`,
    stablePath: STABLE,
    shareUrl: 'https://www.dropbox.com/scl/fo/abc123/Final?rlkey=xyz&dl=0',
    shareStatus: 'reused',
    manifestPath: '/Clients/Acme/acme-website/00_Admin/.shipgate/manifest/delivery_manifest.json',
    files: [{ name: 'report.pdf', size: 9, contentHash: 'e'.repeat(64), path: `${STABLE}/v2/report.pdf` }],
    bytesUploaded: 9,
    startedAt: '2025-01-02T03:04:05Z',
    finishedAt: '2025-01-02T03:04:09Z',
  }
}

/** For SCHEMA_BREAKS in evidence-fixtures.ts: a change that breaks the schema, and the field named. */
export const deliverySchemaBreak = { field: 'outcome', change: (json: Record<string, unknown>) => ({ ...json, outcome: 'partly' }) }

export function deliveryManifestExample(sha = EXAMPLE_SHA): DeliveryManifest {
  const result = deliveryResultExample(sha)
  return {
    schema: DELIVERY_MANIFEST_SCHEMA,
    project: 'acme-website',
    current: {
      stablePath: STABLE,
      stableShareUrl: result.shareUrl!,
      shareStatus: 'reused',
      currentVersion: 2,
      versionPath: `${STABLE}/v2`,
      sha,
      updatedAt: result.finishedAt,
      files: result.files,
    },
    runs: [
      { sha, time: '2025-01-01T00:00:00Z', version: 1, outcome: 'created', bytesUploaded: 9 },
      { sha, time: result.finishedAt, version: 2, outcome: 'created', bytesUploaded: 9, email: { status: 'sent' } },
    ],
  }
}
