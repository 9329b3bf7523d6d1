// Earned promotion through environments: a package enters production only with staging's YES for
// that same package. Real evidence folders, real deploy commands through bash, the real judge.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { access, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { digestOf } from '../../src/contracts/canonical.js'
import { PRODUCTION_RESULT_SCHEMA_V2 } from '../../src/contracts/production-result.js'
import { RELEASE_DECISION_SCHEMA_V2, type ReleaseDecision } from '../../src/contracts/release-decision.js'
import type { ReleasePackageManifest } from '../../src/contracts/release-package.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { scopedStore } from '../../src/evidence/scoped-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { systemClock } from '../../src/platform/clock.js'
import { actionsExec } from '../../src/platform/exec.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { deployToEnvironment, PromotionRefused } from '../../src/stages/environment-promotion.js'
import { decideRelease } from '../../src/stages/release-decision.js'
import { releaseManifestDocument } from '../../src/stages/release-manifest-file.js'
import { verifyEvidence } from '../../src/stages/verify.js'
import { production, RELEASE_SHA, releaseDecision, releasePackage, releasePackageV2 } from '../helpers/contract-examples.js'

let root: string
let workspace: string
let store: LocalEvidenceStore
let manifest: ReleasePackageManifest

const ports = () => ({ store, exec: actionsExec, logger: new RecordingLogger(), clock: systemClock })

/** The deploy command: leaves what it was given in the workspace. */
const COMMAND = 'echo "$SHIPGATE_ENVIRONMENT" > env.txt && echo "$SHIPGATE_RELEASE_MANIFEST" > manifest-path.txt && cp "$SHIPGATE_RELEASE_MANIFEST" manifest.json'

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'shipgate-promotion-'))
  workspace = await mkdtemp(join(tmpdir(), 'shipgate-promotion-ws-'))
  store = new LocalEvidenceStore(join(root, '.artifacts'))
  manifest = releasePackageV2(RELEASE_SHA)
  await store.write('release-package', RELEASE_SHA, manifest)
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
  await rm(workspace, { recursive: true, force: true })
})

function environmentDecision(environment: string, promotedFrom: string | null, change: Partial<ReleaseDecision> = {}): ReleaseDecision {
  return { ...releaseDecision(RELEASE_SHA), schema: RELEASE_DECISION_SCHEMA_V2, packageDigest: manifest.digest, decidedAt: new Date().toISOString(), environment, promotedFrom, ...change } as ReleaseDecision
}

/**
 * dev's and staging's decisions as release-decision takes them (on the package alone: no checks or
 * deploy required there), so that the next environment, which verifies them, finds them genuine.
 */
async function decidedThrough(last: 'dev' | 'staging', stagingPolicy: { requireAcceptance?: boolean } = {}): Promise<void> {
  const decide = (environment: { name: string; promotedFrom: string | null }, policy: { requireAcceptance?: boolean } = {}) =>
    decideRelease(
      { sha: RELEASE_SHA, repository: 'acme/shop', environment: { ...environment, final: false }, policy: { requireAcceptance: false, requireProduction: false, requireDeployment: false, ...policy } },
      { store, clock: systemClock, logger: new RecordingLogger() },
    )
  await decide({ name: 'dev', promotedFrom: null })
  if (last === 'staging') await decide({ name: 'staging', promotedFrom: 'dev' }, stagingPolicy)
}

async function ran(): Promise<boolean> {
  return access(join(workspace, 'env.txt')).then(
    () => true,
    () => false,
  )
}

const toProduction = { sha: RELEASE_SHA, environment: 'production', previous: 'staging', command: COMMAND }

describe('a package enters an environment only with the previous one\'s YES for that package', () => {
  test('no staging decision: refused, recorded as refused naming the missing file, and the deploy never runs', async () => {
    const attempt = deployToEnvironment({ ...toProduction, workspace }, ports())
    await expect(attempt).rejects.toBeInstanceOf(PromotionRefused)
    await expect(attempt).rejects.toThrow(`environments/staging/release/${RELEASE_SHA}/decision.json: missing`)
    expect(await ran()).toBe(false)
    const record = requireValid(await scopedStore(store, { environment: 'production' }).read('deployment', RELEASE_SHA)).value
    expect(record).toMatchObject({ outcome: 'refused', environment: 'production', packageDigest: manifest.digest })
    expect(record.reason).toContain('not promoted to production')
  })

  test.each([
    ['staging said NO', { decision: 'NO', status: 'failure' } as Partial<ReleaseDecision>, 'decision: is NO for staging'],
    ['staging said YES for another package', { packageDigest: `sha256:${'e'.repeat(64)}` }, 'packageDigest: staging said YES for sha256:eeee'],
    ['the file is dev\'s decision, not staging\'s', { environment: 'dev', promotedFrom: null } as Partial<ReleaseDecision>, 'environment: is dev, not staging'],
  ])('%s: refused', async (_name, change, message) => {
    await scopedStore(store, { environment: 'staging' }).write('release', RELEASE_SHA, environmentDecision('staging', 'dev', change))
    await expect(deployToEnvironment({ ...toProduction, workspace }, ports())).rejects.toThrow(message)
    expect(await ran()).toBe(false)
  })

  test('with staging\'s YES it deploys, hands the command the environment and the sealed manifest, and rests on that YES', async () => {
    await decidedThrough('staging')
    const staging = requireValid(await scopedStore(store, { environment: 'staging' }).read('release', RELEASE_SHA))
    const deployed = await deployToEnvironment({ ...toProduction, workspace }, ports())
    expect(deployed.packageDigest).toBe(manifest.digest)
    expect((await readFile(join(workspace, 'env.txt'), 'utf8')).trim()).toBe('production')
    expect(JSON.parse(await readFile(join(workspace, 'manifest.json'), 'utf8'))).toEqual(releaseManifestDocument(manifest))
    expect(JSON.parse(await readFile(join(workspace, 'manifest.json'), 'utf8'))).toMatchObject({ sha: RELEASE_SHA, packageDigest: manifest.digest, featureFlags: { new_checkout: true } })
    // The copy is gone once the command is done: it was never the evidence itself.
    const handed = (await readFile(join(workspace, 'manifest-path.txt'), 'utf8')).trim()
    expect(handed).not.toContain(store.location)
    await expect(access(handed)).rejects.toThrow()
    const record = requireValid(await scopedStore(store, { environment: 'production' }).read('deployment', RELEASE_SHA)).value
    expect(record.outcome).toBe('deployed')
    expect(record.evidence).toContainEqual({ kind: 'release', path: `environments/staging/release/${RELEASE_SHA}/decision.json`, digest: staging.digest })
  })

  test('the first environment takes any sealed package and names no previous decision', async () => {
    await deployToEnvironment({ sha: RELEASE_SHA, environment: 'dev', previous: null, command: COMMAND, workspace }, ports())
    const record = requireValid(await scopedStore(store, { environment: 'dev' }).read('deployment', RELEASE_SHA)).value
    expect(record.evidence.map((link) => link.kind)).toEqual(['release-package'])
  })
})

describe('the decision of an environment', () => {
  const production = { name: 'production', promotedFrom: 'staging', final: true }

  test('staging\'s NO is the whole reason for production\'s NO, the release decision is production\'s, and verify holds', async () => {
    // Staging requires acceptance, which never ran there.
    await decidedThrough('staging', { requireAcceptance: true })
    const { decision, path } = await decideRelease({ sha: RELEASE_SHA, repository: 'acme/shop', environment: production }, { store, clock: systemClock, logger: new RecordingLogger() })
    expect(decision).toMatchObject({ schema: RELEASE_DECISION_SCHEMA_V2, decision: 'NO', environment: 'production', promotedFrom: 'staging' })
    expect(decision.reasons).toEqual([
      {
        file: store.pathOf('release', RELEASE_SHA).replace(`${store.location}/`, `${store.location}/environments/staging/`),
        field: 'decision',
        message: `is NO for staging: the package is not promoted past staging (environments/staging/acceptance/${RELEASE_SHA}/result.json: (file): missing: no acceptance evidence for this SHA (acceptance writes it))`,
      },
    ])
    expect(path).toBe(scopedStore(store, { environment: 'production' }).pathOf('release', RELEASE_SHA))
    // The last environment's decision is the release's.
    expect(requireValid(await store.read('release', RELEASE_SHA)).value).toEqual(decision)
    const report = await verifyEvidence(store, RELEASE_SHA)
    expect(report.failures).toEqual([])
  })

  test('a staging decision taken again after production\'s deploy: the deploy does not rest on it', async () => {
    const stagingStore = scopedStore(store, { environment: 'staging' })
    await decidedThrough('staging')
    await deployToEnvironment({ ...toProduction, workspace }, ports())
    const taken = requireValid(await stagingStore.read('release', RELEASE_SHA)).value
    await stagingStore.write('release', RELEASE_SHA, { ...taken, decidedAt: new Date(Date.parse(taken.decidedAt) + 1000).toISOString() })
    const { decision } = await decideRelease(
      { sha: RELEASE_SHA, repository: 'acme/shop', environment: production, policy: { requireAcceptance: false, requireProduction: false } },
      { store, clock: systemClock, logger: new RecordingLogger() },
    )
    expect(decision.decision).toBe('NO')
    expect(decision.reasons.map((reason) => reason.message)).toEqual([expect.stringContaining('staging was decided again after this deploy')])
  })
})

describe('evidence written before environments', () => {
  test('v1 production results and release decisions still read, with their digests unchanged', async () => {
    const v1Manifest = releasePackage(RELEASE_SHA)
    const v1Store = new LocalEvidenceStore(join(root, 'v1'))
    await v1Store.write('release-package', RELEASE_SHA, v1Manifest)
    for (const [kind, value] of [['production', production(RELEASE_SHA)], ['release', releaseDecision(RELEASE_SHA)]] as const) {
      await v1Store.write(kind, RELEASE_SHA, value)
      const read = requireValid(await v1Store.read(kind, RELEASE_SHA))
      expect(read.value).toEqual(value)
      expect(read.digest).toBe(digestOf(value))
    }
  })

  test('a v1 document that names an environment is refused: only v2 has one', async () => {
    await store.write('release', RELEASE_SHA, releaseDecision(RELEASE_SHA))
    const text = await readFile(store.pathOf('release', RELEASE_SHA), 'utf8')
    const v1WithEnvironment = { ...JSON.parse(text), environment: 'production' }
    const { parseEvidence } = await import('../../src/evidence/store.js')
    const parsed = parseEvidence('release', JSON.stringify(v1WithEnvironment))
    expect(parsed.ok).toBe(false)
    const v2Result = parseEvidence('production', JSON.stringify({ ...production(RELEASE_SHA), schema: PRODUCTION_RESULT_SCHEMA_V2 }))
    // v2 without the environment it is about is refused too.
    expect(v2Result.ok).toBe(false)
  })
})
