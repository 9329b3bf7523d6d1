// A consistent set of valid evidence for one SHA, written through the real LocalEvidenceStore into
// a temp artifacts folder, on one timeline: commit, commit-gate, build-once, promote, acceptance,
// prod-verify. Tests change a piece before it is written, or break a written file afterwards.
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AcceptanceResult } from '../../src/contracts/acceptance-result.js'
import type { CommitStageEvidence } from '../../src/contracts/commit-stage.js'
import type { DeploymentRecord } from '../../src/contracts/deployment.js'
import { contractKinds, type ContractKind } from '../../src/contracts/index.js'
import type { PipelineRun, PipelineTiming, PipelineTimingV2, RunStageTiming } from '../../src/contracts/pipeline-timing.js'
import type { ProductionResult } from '../../src/contracts/production-result.js'
import { sealReleasePackage, type ReleasePackageBody, type ReleasePackageManifest } from '../../src/contracts/release-package.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import type { Clock } from '../../src/platform/clock.js'
import {
  OTHER_SHA,
  RELEASE_SHA,
  acceptance as acceptanceExample,
  commitStage as commitStageExample,
  deploymentRecord as deploymentRecordExample,
  pipelineTiming as pipelineTimingExample,
  production as productionExample,
  releasePackageBody,
} from './contract-examples.js'
import { deliverySchemaBreak } from './delivery-examples.js'

export { OTHER_SHA, RELEASE_SHA }

export const REPOSITORY = 'acme/shop'
/** When the release commit was made; the lead time is measured from here. */
export const COMMIT_TIME = new Date('2025-01-02T02:55:00.000Z')
/** When the first stage (commit-gate) started; the total is measured from here. */
export const FIRST_STAGE_START = new Date('2025-01-02T03:00:00.000Z')
/** After prod-verify finished: when a test's release decision runs. */
export const DECISION_TIME = new Date('2025-01-02T03:25:00.000Z')

/** The run the timeline's stages were part of: the first local run, which a decision without a run of its own joins. */
export const FIXTURE_RUN: PipelineRun = { id: 'local-1', attempt: 1 }

const TIMELINE: RunStageTiming[] = [
  stage('commit-gate', '03:00:00', '03:02:00'),
  stage('build-once', '03:02:30', '03:06:00'),
  stage('promote', '03:06:10', '03:07:00'),
  stage('acceptance', '03:07:10', '03:12:00'),
  stage('prod-verify', '03:20:00', '03:21:00'),
]

function stage(name: string, start: string, end: string): RunStageTiming {
  const startedAt = `2025-01-02T${start}.000Z`
  const finishedAt = `2025-01-02T${end}.000Z`
  return { stage: name, startedAt, finishedAt, durationMs: Date.parse(finishedAt) - Date.parse(startedAt), outcome: 'success', run: FIXTURE_RUN }
}

type Change<T> = (value: T) => T

export interface ReleaseEvidenceOptions {
  sha?: string
  /** Changes the manifest body before it is sealed. */
  manifest?: Change<ReleasePackageBody>
  /** Changes a piece before it is written; null leaves it out. */
  commitStage?: Change<CommitStageEvidence> | null
  acceptance?: Change<AcceptanceResult> | null
  deployment?: Change<DeploymentRecord> | null
  production?: Change<ProductionResult> | null
  timing?: Change<PipelineTiming> | null
}

export interface ReleaseEvidence {
  artifactsDir: string
  store: LocalEvidenceStore
  sha: string
  manifest: ReleasePackageManifest
  /** Where each contract is for this SHA, as the store names it. */
  paths: Record<ContractKind, string>
  cleanup(): Promise<void>
}

const keep = <T>(value: T): T => value

/** Writes manifest, commit-stage, acceptance YES, a deployed record, production pass and timing for a SHA. */
export async function writeReleaseEvidence(options: ReleaseEvidenceOptions = {}): Promise<ReleaseEvidence> {
  const sha = options.sha ?? RELEASE_SHA
  const artifactsDir = await mkdtemp(join(tmpdir(), 'shipgate-evidence-'))
  const store = new LocalEvidenceStore(artifactsDir)
  const paths = Object.fromEntries(contractKinds.map((kind) => [kind, store.pathOf(kind, sha)])) as Record<ContractKind, string>

  const manifest = sealReleasePackage((options.manifest ?? keep)({ ...releasePackageBody(sha), repository: REPOSITORY, createdAt: '2025-01-02T03:06:00.000Z' }))
  await store.write('release-package', sha, manifest)
  const manifestLink = { kind: 'release-package', path: `release-package/${sha}/manifest.json`, digest: manifest.digest }

  if (options.commitStage !== null) {
    const commitStage: CommitStageEvidence = { ...commitStageExample(sha), repository: REPOSITORY, recordedAt: '2025-01-02T03:02:00.000Z' }
    await store.write('commit-stage', sha, (options.commitStage ?? keep)(commitStage))
  }
  if (options.acceptance !== null) {
    const acceptance: AcceptanceResult = {
      ...acceptanceExample(sha),
      packageDigest: manifest.digest,
      startedAt: '2025-01-02T03:07:10.000Z',
      finishedAt: '2025-01-02T03:12:00.000Z',
      checks: [
        { name: 'health', type: 'http', required: true, status: 'pass', attempts: 1, durationMs: 120 },
        { name: 'api smoke', type: 'api-smoke', required: true, status: 'pass', attempts: 1, durationMs: 2400 },
        { name: 'browser smoke', type: 'browser', required: false, status: 'pass', attempts: 1, durationMs: 9100 },
      ],
      evidence: [manifestLink],
    }
    await store.write('acceptance', sha, (options.acceptance ?? keep)(acceptance))
  }
  if (options.deployment !== null) {
    const acceptanceRead = await store.read('acceptance', sha)
    const deployment: DeploymentRecord = {
      ...deploymentRecordExample(sha),
      packageDigest: manifest.digest,
      previous: null,
      decidedAt: '2025-01-02T03:13:00.000Z',
      deployedAt: '2025-01-02T03:19:00.000Z',
      evidence: [manifestLink, ...(acceptanceRead.state === 'valid' ? [{ kind: 'acceptance', path: `acceptance/${sha}/result.json`, digest: acceptanceRead.digest }] : [])],
    }
    await store.write('deployment', sha, (options.deployment ?? keep)(deployment))
  }
  if (options.production !== null) {
    const production: ProductionResult = {
      ...productionExample(sha),
      packageDigest: manifest.digest,
      deployedRefs: Object.fromEntries(manifest.components.map((component) => [component.name, component.kind === 'image' ? component.ref : `sha256:${component.sha256}`])),
      startedAt: '2025-01-02T03:20:00.000Z',
      finishedAt: '2025-01-02T03:21:00.000Z',
      checks: [
        { name: 'auth canary', type: 'auth-canary', required: true, status: 'pass', attempts: 1, durationMs: 300 },
        { name: 'probe freshness', type: 'probe', required: false, status: 'pass', attempts: 1, durationMs: 50 },
      ],
      evidence: [manifestLink],
    }
    await store.write('production', sha, (options.production ?? keep)(production))
  }
  if (options.timing !== null) {
    const timing: PipelineTimingV2 = { ...pipelineTimingExample(sha), stages: TIMELINE, closes: [] }
    await store.write('pipeline', sha, (options.timing ?? keep)(timing))
  }

  return { artifactsDir, store, sha, manifest, paths, cleanup: () => rm(artifactsDir, { recursive: true, force: true }) }
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

/** Every timestamp inside a contract value moved by the same amount; everything else as it was. */
export function shiftTimestamps<T>(value: T, deltaMs: number): T {
  if (typeof value === 'string') return (ISO_TIMESTAMP.test(value) ? new Date(Date.parse(value) + deltaMs).toISOString() : value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => shiftTimestamps(item, deltaMs)) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, shiftTimestamps(member, deltaMs)])) as T
  }
  return value
}

/**
 * The same evidence on a timeline moved so that DECISION_TIME falls on `decisionTime`: for runs on
 * the real clock (a bundle, the CLI), where the 2025 timeline would be stale. The given changes
 * see the moved values; null still leaves a piece out.
 */
export function movedTimeline(decisionTime: Date, options: ReleaseEvidenceOptions = {}): ReleaseEvidenceOptions {
  const deltaMs = decisionTime.getTime() - DECISION_TIME.getTime()
  const moved = <T>(change: Change<T> | null | undefined): Change<T> | null =>
    change === null ? null : (value) => (change ?? keep)(shiftTimestamps(value, deltaMs))
  return {
    ...options,
    manifest: (body) => (options.manifest ?? keep)(shiftTimestamps(body, deltaMs)),
    commitStage: moved(options.commitStage),
    acceptance: moved(options.acceptance),
    deployment: moved(options.deployment),
    production: moved(options.production),
    timing: moved(options.timing),
  }
}

/** Rewrites a written contract as raw JSON, past the store's checks, as a person or a bug could. */
export async function rewriteEvidence(evidence: ReleaseEvidence, kind: ContractKind, change: (json: Record<string, unknown>) => unknown): Promise<void> {
  const path = evidence.paths[kind]
  const json = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>
  await writeFile(path, `${JSON.stringify(change(json), null, 2)}\n`)
}

export type Breakage = 'missing' | 'not-json' | 'schema-invalid' | 'wrong-sha' | 'wrong-package-digest' | 'tampered-digest'

/** A digest that is well formed but names no package anyone built. */
export const FOREIGN_PACKAGE_DIGEST = `sha256:${'d'.repeat(64)}`

// For each kind, a change that breaks its schema, and the field the schema then names.
const SCHEMA_BREAKS: Record<ContractKind, { field: string; change: (json: Record<string, unknown>) => unknown }> = {
  'release-package': { field: 'components', change: (json) => ({ ...json, components: [] }) },
  'commit-stage': { field: 'passed', change: (json) => ({ ...json, passed: 'yes' }) },
  acceptance: { field: 'decision', change: (json) => ({ ...json, decision: 'MAYBE' }) },
  production: { field: 'verdict', change: (json) => ({ ...json, verdict: 'mostly' }) },
  release: { field: 'status', change: (json) => ({ ...json, status: 'fine' }) },
  pipeline: {
    field: 'stages[0].durationMs',
    change: (json) => ({ ...json, stages: (json.stages as Record<string, unknown>[]).map((run, index) => (index === 0 ? { ...run, durationMs: -1 } : run)) }),
  },
  delivery: deliverySchemaBreak,
  deployment: { field: 'outcome', change: (json) => ({ ...json, outcome: 'shipped' }) },
}

/**
 * Breaks a written contract the way real evidence goes wrong, and returns the field a reason
 * about it must name.
 */
export async function breakEvidence(evidence: ReleaseEvidence, kind: ContractKind, breakage: Breakage): Promise<{ file: string; field: string }> {
  const file = evidence.paths[kind]
  switch (breakage) {
    case 'missing':
      await rm(file)
      return { file, field: '(file)' }
    case 'not-json':
      // A write cut off half-way.
      await writeFile(file, (await readFile(file, 'utf8')).slice(0, 40))
      return { file, field: '(root)' }
    case 'schema-invalid':
      await rewriteEvidence(evidence, kind, SCHEMA_BREAKS[kind].change)
      return { file, field: SCHEMA_BREAKS[kind].field }
    case 'wrong-sha':
      if (kind === 'release-package') {
        // A manifest copied from another release: sealed, so only the SHA gives it away.
        await rewriteEvidence(evidence, kind, (json) => {
          const { digest: _digest, ...body } = json
          return sealReleasePackage({ ...(body as ReleasePackageBody), sha: OTHER_SHA })
        })
      } else {
        await rewriteEvidence(evidence, kind, (json) => ({ ...json, sha: OTHER_SHA }))
      }
      return { file, field: 'sha' }
    case 'wrong-package-digest':
      if (!['acceptance', 'deployment', 'production', 'release'].includes(kind)) throw new Error(`test bug: ${kind} names no package digest`)
      await rewriteEvidence(evidence, kind, (json) => ({ ...json, packageDigest: FOREIGN_PACKAGE_DIGEST }))
      return { file, field: 'packageDigest' }
    case 'tampered-digest':
      if (kind !== 'release-package') throw new Error(`test bug: only the manifest seals itself, not ${kind}`)
      // A component swapped after sealing: the recorded digest no longer covers the content.
      await rewriteEvidence(evidence, kind, (json) => ({
        ...json,
        components: (json.components as Record<string, unknown>[]).map((component, index) =>
          index === 0 ? { ...component, ref: `ghcr.io/acme/api@sha256:${'e'.repeat(64)}` } : component,
        ),
      }))
      return { file, field: 'digest' }
  }
}

/** A clock that starts at a time and moves on by a step on every reading, as a run's would. */
export function steppingClock(start: Date, stepMs = 1000): Clock & { readings: Date[] } {
  const readings: Date[] = []
  return {
    readings,
    now() {
      const reading = new Date(start.getTime() + readings.length * stepMs)
      readings.push(reading)
      return reading
    },
    sleep: async () => undefined,
  }
}
