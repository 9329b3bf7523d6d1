// Which environment a decision's evidence is for, and what a later environment or verify takes from
// an earlier decision: the real judge, release-decision and verify over real evidence folders.
import { afterEach, describe, expect, it } from '@jest/globals'
import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import { ACCEPTANCE_RESULT_SCHEMA_V2, type AcceptanceResult } from '../../src/contracts/acceptance-result.js'
import { digestOf } from '../../src/contracts/canonical.js'
import { PRODUCTION_RESULT_SCHEMA_V2, type ProductionResult } from '../../src/contracts/production-result.js'
import type { DeploymentRecord } from '../../src/contracts/deployment.js'
import type { ReleaseDecision } from '../../src/contracts/release-decision.js'
import { scopedStore } from '../../src/evidence/scoped-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { MAX_REASONS_PER_FILE } from '../../src/stages/judge.js'
import { decideRelease, type DecisionEnvironment } from '../../src/stages/release-decision.js'
import { recordStageTiming } from '../../src/stages/timing.js'
import { verifyEvidence } from '../../src/stages/verify.js'
import { DECISION_TIME, FIXTURE_RUN, REPOSITORY, steppingClock, writeReleaseEvidence, type ReleaseEvidence, type ReleaseEvidenceOptions } from '../helpers/evidence-fixtures.js'

const fixtures: ReleaseEvidence[] = []
afterEach(async () => {
  await Promise.all(fixtures.splice(0).map((fixture) => fixture.cleanup()))
})

async function evidence(options: ReleaseEvidenceOptions = {}): Promise<ReleaseEvidence> {
  const fixture = await writeReleaseEvidence(options)
  fixtures.push(fixture)
  return fixture
}

const STAGING: DecisionEnvironment = { name: 'staging', promotedFrom: null, final: false }
const PRODUCTION: DecisionEnvironment = { name: 'production', promotedFrom: 'staging', final: true }
const AFTER_STAGING = new Date(DECISION_TIME.getTime() + 60_000)

async function decide(fixture: ReleaseEvidence, environment?: DecisionEnvironment, at = DECISION_TIME): Promise<ReleaseDecision> {
  const outcome = await decideRelease({ sha: fixture.sha, repository: REPOSITORY, commitTime: null, ...(environment ? { environment } : {}) }, { store: fixture.store, clock: steppingClock(at), logger: new RecordingLogger() })
  return outcome.decision
}

/**
 * The single flow's acceptance, deployment and production evidence as an environment's own run
 * writes it (v2 naming the environment, the deployment record naming it), in its folder.
 */
async function environmentEvidence(fixture: ReleaseEvidence, name: string, change: { acceptance?: (value: AcceptanceResult) => AcceptanceResult } = {}): Promise<void> {
  const store = scopedStore(fixture.store, { environment: name })
  const acceptance = requireValid(await fixture.store.read('acceptance', fixture.sha)).value
  const ownAcceptance = (change.acceptance ?? ((value) => value))({ ...acceptance, schema: ACCEPTANCE_RESULT_SCHEMA_V2, environment: name } as AcceptanceResult)
  const written = await store.write('acceptance', fixture.sha, ownAcceptance)
  const deployment = requireValid(await fixture.store.read('deployment', fixture.sha)).value
  const ownDeployment: DeploymentRecord = {
    ...deployment,
    environment: name,
    evidence: deployment.evidence.map((link) => (link.kind === 'acceptance' ? { ...link, path: `environments/${name}/acceptance/${fixture.sha}/result.json`, digest: written.digest } : link)),
  }
  await store.write('deployment', fixture.sha, ownDeployment)
  const production = requireValid(await fixture.store.read('production', fixture.sha)).value
  await store.write('production', fixture.sha, { ...production, schema: PRODUCTION_RESULT_SCHEMA_V2, environment: name } as ProductionResult)
}

/** Copies one environment's acceptance, deployment and production files into another's folders, as the reviewer did. */
async function copyEnvironment(fixture: ReleaseEvidence, from: string, to: string): Promise<void> {
  for (const kind of ['acceptance', 'deployment', 'production'] as const) {
    const source = scopedStore(fixture.store, { environment: from }).pathOf(kind, fixture.sha)
    const target = scopedStore(fixture.store, { environment: to }).pathOf(kind, fixture.sha)
    await cp(source, target, { recursive: true })
  }
}

async function editJson(path: string, change: (json: Record<string, unknown>) => unknown): Promise<void> {
  await writeFile(path, JSON.stringify(change(JSON.parse(await readFile(path, 'utf8')))))
}

const fields = (decision: ReleaseDecision) => decision.reasons.map((reason) => `${reason.file?.replace(/^.*?\.artifacts\/|^\/tmp\/[^/]+\//, '')}: ${reason.field}`)

describe('evidence names the environment it is for', () => {
  it('staging\'s files copied into production\'s folders prove nothing about production: NO naming each file\'s environment field, and verify agrees', async () => {
    const fixture = await evidence()
    await environmentEvidence(fixture, 'staging')
    expect((await decide(fixture, STAGING)).decision).toBe('YES')
    await copyEnvironment(fixture, 'staging', 'production')

    const decision = await decide(fixture, PRODUCTION, AFTER_STAGING)
    expect(decision.decision).toBe('NO')
    expect(fields(decision)).toEqual(expect.arrayContaining([
      `environments/production/acceptance/${fixture.sha}/result.json: environment`,
      `environments/production/deployment/${fixture.sha}/record.json: environment`,
      `environments/production/production/${fixture.sha}/result.json: environment`,
    ]))
    expect(decision.reasons.find((reason) => reason.file?.endsWith('record.json'))?.message).toBe('is staging, but this decision is for production: evidence of another environment proves nothing about this one')

    // The release decision forged to YES on them does not verify either.
    const release = requireValid(await fixture.store.read('release', fixture.sha)).value
    const forged = { ...release, decision: 'YES', status: 'success', reasons: [] }
    await fixture.store.write('release', fixture.sha, forged as ReleaseDecision)
    await scopedStore(fixture.store, { environment: 'production' }).write('release', fixture.sha, forged as ReleaseDecision)
    const report = await verifyEvidence(fixture.store, fixture.sha)
    expect(report.ok).toBe(false)
    expect(report.failures.map((failure) => failure.field)).toContain('environment')
  })

  it('in environments:, a v1 acceptance or production result cannot say which environment it is for: NO naming the file and field', async () => {
    const fixture = await evidence()
    await environmentEvidence(fixture, 'staging')
    const store = scopedStore(fixture.store, { environment: 'staging' })
    // The v1 versions, as the single flow writes them: readable, but naming no environment.
    await store.write('acceptance', fixture.sha, requireValid(await fixture.store.read('acceptance', fixture.sha)).value)
    await store.write('production', fixture.sha, requireValid(await fixture.store.read('production', fixture.sha)).value)
    await editJson(store.pathOf('deployment', fixture.sha), (json) => ({ ...json, evidence: [] }))

    const decision = await decide(fixture, STAGING)
    expect(decision.decision).toBe('NO')
    expect(decision.reasons).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: store.pathOf('acceptance', fixture.sha), field: 'environment', message: expect.stringContaining('is absent (shipgate.acceptance-result/v1)') }),
      expect.objectContaining({ file: store.pathOf('production', fixture.sha), field: 'environment', message: expect.stringContaining('proves nothing about staging') }),
    ]))
  })

  const productionV2 = (environment: string) => (value: ProductionResult) => ({ ...value, schema: PRODUCTION_RESULT_SCHEMA_V2, environment }) as ProductionResult
  it.each([
    ['a production result v2 naming staging', { production: productionV2('staging') }, 'production', "is staging, but the single flow's deployment is of production: evidence of another environment proves nothing about this one"],
    ['a deployment record naming staging beside a production result naming production', { deployment: (value: DeploymentRecord) => ({ ...value, environment: 'staging' }), production: productionV2('production') }, 'production', "is production, but the single flow's deployment is of staging: evidence of another environment proves nothing about this one"],
    ['an acceptance result v2 naming staging', { acceptance: (value: AcceptanceResult) => ({ ...value, schema: ACCEPTANCE_RESULT_SCHEMA_V2, environment: 'staging' }) as AcceptanceResult }, 'acceptance', 'is staging, an acceptance result of an environments: entry, not of the single flow'],
  ] as const)('in the single flow, %s: NO', async (_name, options, kind, message) => {
    const fixture = await evidence(options as ReleaseEvidenceOptions)
    const decision = await decide(fixture)
    expect(decision.decision).toBe('NO')
    expect(decision.reasons).toContainEqual({ file: fixture.paths[kind], field: 'environment', message })
  })

  it('in the single flow, a deployment to a renamed environment (deploy-gate\'s environment input) verified there gives YES', async () => {
    const fixture = await evidence({ deployment: (value: DeploymentRecord) => ({ ...value, environment: 'prod' }), production: productionV2('prod') } as ReleaseEvidenceOptions)
    expect(await decide(fixture)).toMatchObject({ decision: 'YES', status: 'success', reasons: [] })
  })

  it('in the single flow, old v1 evidence still gives YES', async () => {
    const decision = await decide(await evidence())
    expect(decision).toMatchObject({ decision: 'YES', status: 'success', reasons: [] })
  })
})

describe('the release decision and the previous environment\'s decision are not taken as written', () => {
  /** Staging decided, production run and decided: the two-environment release, genuine. */
  async function twoEnvironments(stagingChange: Parameters<typeof environmentEvidence>[2] = {}): Promise<{ fixture: ReleaseEvidence; staging: ReleaseDecision; production: ReleaseDecision }> {
    const fixture = await evidence()
    await environmentEvidence(fixture, 'staging', stagingChange)
    const staging = await decide(fixture, STAGING)
    // Production's stages append to the shared timing after staging's decision.
    await recordStageTiming(fixture.store, fixture.sha, { stage: 'deploy', startedAt: new Date(DECISION_TIME.getTime() + 10_000), finishedAt: new Date(DECISION_TIME.getTime() + 20_000), outcome: 'success', run: FIXTURE_RUN })
    await environmentEvidence(fixture, 'production')
    const production = await decide(fixture, PRODUCTION, AFTER_STAGING)
    return { fixture, staging, production }
  }

  it('decisions taken again in one run (each replacing the run\'s close in the timing) still promote: production stays YES and verifies', async () => {
    const { fixture } = await twoEnvironments()
    const later = (minutes: number) => new Date(DECISION_TIME.getTime() + minutes * 60_000)
    // Staging again: its decision now records production's close; production again replaces that close.
    expect((await decide(fixture, STAGING, later(2))).decision).toBe('YES')
    expect((await decide(fixture, PRODUCTION, later(3))).decision).toBe('YES')
    const third = await decide(fixture, PRODUCTION, later(4))
    expect(third).toMatchObject({ decision: 'YES', reasons: [] })
    expect((await verifyEvidence(fixture.store, fixture.sha)).failures).toEqual([])
  })

  it('a genuine release verifies, and so does staging\'s decision although production appended to the timing since', async () => {
    const { fixture, staging, production } = await twoEnvironments()
    expect(staging.decision).toBe('YES')
    expect(production).toMatchObject({ decision: 'YES', reasons: [] })
    expect((await verifyEvidence(fixture.store, fixture.sha)).failures).toEqual([])
    expect((await verifyEvidence(fixture.store, fixture.sha, { environment: 'staging' })).failures).toEqual([])
  })

  it('release/<sha>/decision.json edited to YES while production\'s own decision is NO does not verify', async () => {
    const { fixture } = await twoEnvironments({ acceptance: (value) => ({ ...value, decision: 'NO', checks: value.checks.map((check) => ({ ...check, status: 'fail' as const })) }) })
    const release = requireValid(await fixture.store.read('release', fixture.sha))
    expect(release.value.decision).toBe('NO')
    await fixture.store.write('release', fixture.sha, { ...release.value, decision: 'YES', status: 'success', reasons: [] })
    const report = await verifyEvidence(fixture.store, fixture.sha)
    expect(report.ok).toBe(false)
    expect(report.failures).toContainEqual(expect.objectContaining({ file: release.path, field: '(file)', message: expect.stringContaining('must be the same file as the decision of the environment it names') }))
  })

  it('staging\'s YES copied to release/<sha>/decision.json before production ran does not verify as the release\'s', async () => {
    const fixture = await evidence()
    await environmentEvidence(fixture, 'staging')
    const staging = await decide(fixture, STAGING)
    expect(staging.decision).toBe('YES')
    await fixture.store.write('release', fixture.sha, staging)
    const report = await verifyEvidence(fixture.store, fixture.sha, { finalEnvironment: 'production' })
    expect(report.ok).toBe(false)
    expect(report.failures).toContainEqual(expect.objectContaining({ field: 'environment', message: expect.stringContaining('the release is decided by production') }))
  })

  it.each([
    ['staging\'s NO edited to YES, success, no reasons', { decision: 'YES', status: 'success', reasons: [] }],
    ['staging\'s NO edited to YES with status failure and its reasons', { decision: 'YES' }],
  ])('%s: production says NO and verify fails', async (_name, edit) => {
    const fixture = await evidence()
    await environmentEvidence(fixture, 'staging', { acceptance: (value) => ({ ...value, decision: 'NO', checks: value.checks.map((check) => ({ ...check, status: 'fail' as const })) }) })
    const staging = await decide(fixture, STAGING)
    expect(staging.decision).toBe('NO')
    const stagingPath = scopedStore(fixture.store, { environment: 'staging' }).pathOf('release', fixture.sha)
    await editJson(stagingPath, (json) => ({ ...json, ...edit }))
    await environmentEvidence(fixture, 'production')

    const production = await decide(fixture, PRODUCTION, AFTER_STAGING)
    expect(production.decision).toBe('NO')
    expect(production.reasons.some((reason) => reason.file === stagingPath)).toBe(true)
    expect((await verifyEvidence(fixture.store, fixture.sha)).ok).toBe(false)
  })
})

describe('the previous environment\'s evidence in another run\'s artifacts (a workflow)', () => {
  /** Staging decided, then its acceptance, deployment and production files gone from here, as a later run of a workflow has only the decision. */
  async function stagingDecisionOnly(edit?: Record<string, unknown>): Promise<{ fixture: ReleaseEvidence; stagingPath: string }> {
    const fixture = await evidence()
    await environmentEvidence(fixture, 'staging')
    expect((await decide(fixture, STAGING)).decision).toBe('YES')
    const staging = scopedStore(fixture.store, { environment: 'staging' })
    for (const kind of ['acceptance', 'deployment', 'production'] as const) await rm(staging.pathOf(kind, fixture.sha))
    const stagingPath = staging.pathOf('release', fixture.sha)
    if (edit) await editJson(stagingPath, (json) => ({ ...json, ...edit }))
    await environmentEvidence(fixture, 'production')
    return { fixture, stagingPath }
  }

  it('a YES whose evidence is not here promotes: what is not here is not asked for', async () => {
    const { fixture } = await stagingDecisionOnly()
    expect(await decide(fixture, PRODUCTION, AFTER_STAGING)).toMatchObject({ decision: 'YES', reasons: [] })
  })

  it('a decision whose fields disagree is still no YES, its evidence here or not', async () => {
    const { fixture, stagingPath } = await stagingDecisionOnly({ status: 'failure' })
    const production = await decide(fixture, PRODUCTION, AFTER_STAGING)
    expect(production.decision).toBe('NO')
    expect(production.reasons.some((reason) => reason.file === stagingPath)).toBe(true)
  })
})

describe('acceptance that is not the whole acceptance', () => {
  it('one shard\'s partial result linked by the deployment record is not the acceptance of the release: NO', async () => {
    const fixture = await evidence({ acceptance: (value) => ({ ...value, schema: ACCEPTANCE_RESULT_SCHEMA_V2, environment: null, shard: { index: 1, total: 3 }, checks: value.checks.slice(0, 1) }) as AcceptanceResult })
    const decision = await decide(fixture)
    expect(decision.decision).toBe('NO')
    expect(decision.reasons).toContainEqual(expect.objectContaining({ file: fixture.paths.acceptance, field: 'shard', message: expect.stringContaining('is 1 of 3') }))
  })
})

describe('huge evidence gives a readable decision, not a crash', () => {
  it('30,000 empty checks: NO with at most a screenful of reasons for the file; verify reports instead of throwing', async () => {
    const fixture = await evidence()
    await editJson(fixture.paths.acceptance, (json) => ({ ...json, checks: Array.from({ length: 30_000 }, () => ({})) }))
    const decision = await decide(fixture)
    expect(decision.decision).toBe('NO')
    const aboutAcceptance = decision.reasons.filter((reason) => reason.file === fixture.paths.acceptance)
    expect(aboutAcceptance).toHaveLength(MAX_REASONS_PER_FILE + 1)
    expect(aboutAcceptance.at(-1)?.message).toMatch(/^and \d+ more problems in this file$/)
    const report = await verifyEvidence(fixture.store, fixture.sha)
    expect(report.failures.filter((failure) => failure.file === fixture.paths.acceptance).length).toBeLessThanOrEqual(MAX_REASONS_PER_FILE + 1)
    expect(digestOf(decision)).toMatch(/^sha256:/)
  })
})
