// One valid example of every contract, for the contract, evidence-store and schema tests.
// Each call returns a fresh object, so a test may change its copy freely.
import { ACCEPTANCE_RESULT_SCHEMA, type AcceptanceResult } from '../../src/contracts/acceptance-result.js'
import { COMMIT_STAGE_SCHEMA, type CommitStageEvidence } from '../../src/contracts/commit-stage.js'
import { DEPLOYMENT_SCHEMA, type DeploymentRecord } from '../../src/contracts/deployment.js'
import type { ContractKind, ContractValue } from '../../src/contracts/index.js'
import { PIPELINE_TIMING_SCHEMA_V2, type PipelineTimingV2 } from '../../src/contracts/pipeline-timing.js'
import { PRODUCTION_RESULT_SCHEMA, type ProductionResult } from '../../src/contracts/production-result.js'
import { RELEASE_DECISION_SCHEMA, type ReleaseDecision } from '../../src/contracts/release-decision.js'
import {
  RELEASE_PACKAGE_SCHEMA,
  RELEASE_PACKAGE_SCHEMA_V1,
  sealReleasePackage,
  type ReleasePackageManifest,
  type ReleasePackageV1Body,
  type ReleasePackageV2Body,
} from '../../src/contracts/release-package.js'
import { deliveryResultExample } from './delivery-examples.js'

export const RELEASE_SHA = '0123456789abcdef0123456789abcdef01234567'
export const OTHER_SHA = 'fedcba9876543210fedcba9876543210fedcba98'
export const API_IMAGE = `ghcr.io/acme/api@sha256:${'a'.repeat(64)}`
export const WORKER_IMAGE = `ghcr.io/acme/worker@sha256:${'b'.repeat(64)}`
export const CONFIG_FILE_SHA256 = 'c'.repeat(64)

/** A package as shipgate.release-package/v1 sealed it: what most tests read, so that v1 stays readable. */
export function releasePackageBody(sha = RELEASE_SHA): ReleasePackageV1Body {
  return {
    schema: RELEASE_PACKAGE_SCHEMA_V1,
    sha,
    repository: 'acme/shop',
    createdAt: '2025-01-02T03:04:05Z',
    source: { workflow: 'cloud-delivery-pipeline', runId: '1234', runAttempt: '1', event: 'push', ref: 'refs/heads/main' },
    scope: { runtimeChanged: true, infraChanged: false, docsChanged: false },
    runtime: { mode: 'built' },
    components: [
      { kind: 'image', name: 'api', ref: API_IMAGE },
      { kind: 'image', name: 'worker', ref: WORKER_IMAGE },
      { kind: 'file', name: 'config', path: 'deploy/config.yaml', size: 512, sha256: CONFIG_FILE_SHA256 },
    ],
    release: {
      id: 'R-42',
      commits: { 'acme/shop': sha, 'acme/infra': 'abcdef1' },
      migrations: [{ id: '2025-01-02-add-orders' }],
      featureFlags: { checkout: true, theme: 'dark', rollout: 25 },
    },
  }
}

export function releasePackage(sha = RELEASE_SHA): ReleasePackageManifest {
  return sealReleasePackage(releasePackageBody(sha))
}

/** A package as build-once writes it now (v2): the playbook's manifest resolved, tags and all. */
export function releasePackageV2Body(sha = RELEASE_SHA): ReleasePackageV2Body {
  const { schema: _v1, release: _v1Release, ...fields } = releasePackageBody(sha)
  return {
    schema: RELEASE_PACKAGE_SCHEMA,
    ...fields,
    release: {
      id: '2026.12.1',
      description: 'December release',
      commits: { 'acme/shop': sha, 'acme/web': OTHER_SHA, 'acme/infra': 'abcdef1' },
      resolutions: [{ repository: 'acme/web', tag: 'v2.4.0', sha: OTHER_SHA, via: 'github-api' }],
      images: { api: API_IMAGE },
      imageResolutions: [{ name: 'api', tag: 'ghcr.io/acme/api:1.4.2', ref: API_IMAGE, metadataFile: 'build/api.json' }],
      migrations: [
        { repository: 'acme/shop', kind: 'revisions', revisions: [{ id: '0042_users' }, { id: '0043_orders' }] },
        { repository: 'acme/billing', kind: 'file', path: 'migrations/billing.sql', size: 120, sha256: 'd'.repeat(64) },
      ],
      featureFlags: { new_checkout: true, rollout_percent: 25 },
    },
  }
}

export function releasePackageV2(sha = RELEASE_SHA): ReleasePackageManifest {
  return sealReleasePackage(releasePackageV2Body(sha))
}

export function commitStage(sha = RELEASE_SHA): CommitStageEvidence {
  return {
    schema: COMMIT_STAGE_SCHEMA,
    sha,
    repository: 'acme/shop',
    event: 'push',
    passed: true,
    check: {
      name: 'commit-stage',
      source: 'check-run',
      conclusion: 'success',
      url: 'https://github.com/acme/shop/runs/1',
      attempt: 1,
      checkedSha: sha,
      via: 'direct',
      pullRequest: null,
    },
    base: OTHER_SHA,
    scope: {
      runtime: { changed: true, paths: ['src/api.ts'] },
      infra: { changed: false, paths: [] },
      docs: { changed: false, paths: [] },
      other: [],
    },
    drift: { mode: 'warn', findings: [] },
    recordedAt: '2025-01-02T03:00:00Z',
  }
}

export function acceptance(sha = RELEASE_SHA): AcceptanceResult {
  return {
    schema: ACCEPTANCE_RESULT_SCHEMA,
    sha,
    packageDigest: releasePackage(sha).digest,
    decision: 'YES',
    degraded: false,
    scope: { runtimeChanged: true, infraChanged: false, docsChanged: false },
    startedAt: '2025-01-02T03:10:00Z',
    finishedAt: '2025-01-02T03:12:00Z',
    checks: [{ name: 'health', type: 'http', required: true, status: 'pass', attempts: 1, durationMs: 120 }],
    evidence: [{ kind: 'release-package', path: `release-package/${sha}/manifest.json`, digest: releasePackage(sha).digest }],
  }
}

/** A YES acceptance of exactly this sealed package, taken after it was built: what the release decision (and deploy-gate) admits. */
export function acceptanceOf(manifest: ReleasePackageManifest, overrides: Partial<Pick<AcceptanceResult, 'decision' | 'checks'>> = {}): AcceptanceResult {
  const built = Date.parse(manifest.createdAt)
  return {
    ...acceptance(manifest.sha),
    packageDigest: manifest.digest,
    startedAt: new Date(built + 60_000).toISOString(),
    finishedAt: new Date(built + 120_000).toISOString(),
    evidence: [{ kind: 'release-package', path: `release-package/${manifest.sha}/manifest.json`, digest: manifest.digest }],
    ...overrides,
  }
}

export function production(sha = RELEASE_SHA): ProductionResult {
  return {
    schema: PRODUCTION_RESULT_SCHEMA,
    sha,
    packageDigest: releasePackage(sha).digest,
    deployedRefs: { api: API_IMAGE },
    verdict: 'pass',
    degraded: false,
    startedAt: '2025-01-02T03:20:00Z',
    finishedAt: '2025-01-02T03:21:00Z',
    checks: [{ name: 'auth canary', type: 'auth-canary', required: true, status: 'pass', attempts: 1, durationMs: 300 }],
    evidence: [],
  }
}

export function releaseDecision(sha = RELEASE_SHA): ReleaseDecision {
  return {
    schema: RELEASE_DECISION_SCHEMA,
    sha,
    repository: 'acme/shop',
    packageDigest: releasePackage(sha).digest,
    decision: 'YES',
    status: 'success',
    reasons: [],
    evidence: [
      {
        kind: 'release-package',
        path: `release-package/${sha}/manifest.json`,
        state: 'valid',
        digest: releasePackage(sha).digest,
        required: true,
      },
    ],
    decidedAt: '2025-01-02T03:30:00Z',
  }
}

export function pipelineTiming(sha = RELEASE_SHA): PipelineTimingV2 {
  return {
    schema: PIPELINE_TIMING_SCHEMA_V2,
    sha,
    stages: [
      { stage: 'commit-gate', startedAt: '2025-01-02T03:00:00Z', finishedAt: '2025-01-02T03:00:05Z', durationMs: 5000, outcome: 'success', run: { id: '1234', attempt: 1 } },
    ],
    closes: [],
  }
}

export function deploymentRecord(sha = RELEASE_SHA): DeploymentRecord {
  return {
    schema: DEPLOYMENT_SCHEMA,
    sha,
    packageDigest: releasePackage(sha).digest,
    environment: 'production',
    outcome: 'deployed',
    replay: false,
    order: 'commit',
    previous: { sha: OTHER_SHA, packageDigest: releasePackage(OTHER_SHA).digest },
    superseded: [],
    reason: 'the newest package whose acceptance said YES',
    decidedAt: '2025-01-02T03:22:00Z',
    deployedAt: '2025-01-02T03:23:00Z',
    runId: '1234',
    evidence: [{ kind: 'release-package', path: `release-package/${sha}/manifest.json`, digest: releasePackage(sha).digest }],
  }
}

/** A valid example of each registered contract in the version written now, keyed by kind. */
export const contractExamples: { [K in ContractKind]: (sha?: string) => ContractValue<K> } = {
  'commit-stage': commitStage,
  'release-package': releasePackageV2,
  acceptance,
  production,
  release: releaseDecision,
  pipeline: pipelineTiming,
  delivery: deliveryResultExample,
  deployment: deploymentRecord,
}
