// Deploy convergence on a real git history (commit order by ancestry) and a real deploy command:
// production never moves back without an explicit replay, and of two queued accepted packages the
// newer is deployed and the older recorded as superseded.
import { beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sealReleasePackage } from '../../src/contracts/release-package.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { systemClock } from '../../src/platform/clock.js'
import { actionsExec } from '../../src/platform/exec.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { convergeDeploy, CreatedAtOrder, GitAncestryOrder, type ConvergeInput } from '../../src/stages/deploy-convergence.js'
import { acceptanceOf, releasePackageBody } from '../helpers/contract-examples.js'
import { temporaryFolder } from '../helpers/temporary-folders.js'

let repo: string
let store: LocalEvidenceStore
let shas: { a: string; b: string; c: string }

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim()
}

/** An accepted package for a SHA, built at the given time. */
async function accepted(sha: string, createdAt: string, decision: 'YES' | 'NO' = 'YES'): Promise<void> {
  const manifest = sealReleasePackage({ ...releasePackageBody(sha), createdAt })
  await store.write('release-package', sha, manifest)
  await store.write('acceptance', sha, acceptanceOf(manifest, { decision }))
}

beforeEach(async () => {
  repo = await temporaryFolder('shipgate-converge-')
  git('init', '-q', '-b', 'main')
  const commit = (message: string) => {
    git('commit', '-q', '--allow-empty', '-m', message)
    return git('rev-parse', 'HEAD')
  }
  shas = { a: commit('A'), b: commit('B'), c: commit('C') }
  store = new LocalEvidenceStore(join(repo, '.artifacts'))
})

function input(overrides: Partial<ConvergeInput>): ConvergeInput {
  return {
    sha: shas.a,
    environment: 'production',
    replay: false,
    command: 'echo "$SHIPGATE_SHA $SHIPGATE_PACKAGE_DIGEST" >> deployed.log',
    workspace: repo,
    dryRun: false,
    runId: '42',
    ...overrides,
  }
}

const ports = () => ({ store, exec: actionsExec, logger: new RecordingLogger(), clock: systemClock, order: new GitAncestryOrder(actionsExec, repo) })
const deployedLog = async () => (await readFile(join(repo, 'deployed.log'), 'utf8').catch(() => '')).trim().split('\n').filter(Boolean).map((line) => line.split(' ')[0])

describe('convergeDeploy', () => {
  test('with production at B, deploying the older A is refused and recorded; nothing is deployed', async () => {
    await accepted(shas.a, '2025-01-01T00:00:00Z')
    const result = await convergeDeploy(input({ sha: shas.a, production: { sha: shas.b } }), ports())
    expect(result.decision).toBe('refused')
    expect(result.reason).toMatch(new RegExp(`${shas.a} is older than ${shas.b}`))
    expect(await deployedLog()).toEqual([])
    const record = requireValid(await store.read('deployment', shas.a)).value
    expect(record).toMatchObject({ outcome: 'refused', replay: false, order: 'commit', previous: { sha: shas.b } })
  })

  test('with production at B, an explicit replay of A deploys A', async () => {
    await accepted(shas.a, '2025-01-01T00:00:00Z')
    await accepted(shas.b, '2025-01-02T00:00:00Z')
    const result = await convergeDeploy(input({ sha: shas.a, replay: true, production: { sha: shas.b } }), ports())
    expect(result.decision).toBe('deployed')
    expect(result.target?.sha).toBe(shas.a)
    expect(await deployedLog()).toEqual([shas.a])
    expect(requireValid(await store.read('deployment', shas.a)).value).toMatchObject({ outcome: 'deployed', replay: true, previous: { sha: shas.b } })
    // The newer B is not superseded by a replay: it was not deployed by this run and stays as it was.
    expect((await store.read('deployment', shas.b)).state).toBe('missing')
  })

  test('of two queued accepted packages the newer wins and the older is recorded as superseded', async () => {
    await accepted(shas.b, '2025-01-02T00:00:00Z')
    await accepted(shas.c, '2025-01-03T00:00:00Z')
    // The older run's deploy job runs: it deploys C, not its own B.
    const result = await convergeDeploy(input({ sha: shas.b, candidates: [shas.c], production: { sha: shas.a } }), ports())
    expect(result).toMatchObject({ decision: 'deployed', superseded: [shas.b] })
    expect(result.target?.sha).toBe(shas.c)
    expect(await deployedLog()).toEqual([shas.c])
    expect(requireValid(await store.read('deployment', shas.c)).value).toMatchObject({ outcome: 'deployed', superseded: [shas.b], previous: { sha: shas.a } })
    expect(requireValid(await store.read('deployment', shas.b)).value).toMatchObject({ outcome: 'superseded', supersededBy: shas.c })

    // Then the newer run's deploy job: production (from the records) is already at C.
    const again = await convergeDeploy(input({ sha: shas.c }), ports())
    expect(again.decision).toBe('already-deployed')
    expect(await deployedLog()).toEqual([shas.c])
  })

  test('a queued package whose acceptance said NO is not a candidate; the requested one must say YES', async () => {
    await accepted(shas.b, '2025-01-02T00:00:00Z')
    await accepted(shas.c, '2025-01-03T00:00:00Z', 'NO')
    const result = await convergeDeploy(input({ sha: shas.b }), ports())
    expect(result.target?.sha).toBe(shas.b)
    const refused = await convergeDeploy(input({ sha: shas.c }), ports())
    expect(refused).toMatchObject({ decision: 'refused', reason: expect.stringMatching(/refusing to deploy .*decision: is NO/), records: [store.pathOf('deployment', shas.c)] })
    expect(requireValid(await store.read('deployment', shas.c)).value).toMatchObject({ outcome: 'refused', sha: shas.c })
    expect(await deployedLog()).toEqual([shas.b])
  })

  test('another release with broken acceptance evidence is no candidate and does not block this deploy', async () => {
    await accepted(shas.b, '2025-01-02T00:00:00Z')
    await accepted(shas.c, '2025-01-03T00:00:00Z')
    await writeFile(store.pathOf('acceptance', shas.c), '{ not json')
    const logger = new RecordingLogger()
    const result = await convergeDeploy(input({ sha: shas.b }), { ...ports(), logger })
    expect(result.target?.sha).toBe(shas.b)
    expect(await deployedLog()).toEqual([shas.b])
    expect(logger.text()).toContain(`Not a candidate: ${store.pathOf('acceptance', shas.c)}: (root): not valid JSON`)
  })

  test('production recorded by an earlier deploy is the state the next one compares with', async () => {
    await accepted(shas.a, '2025-01-01T00:00:00Z')
    await accepted(shas.c, '2025-01-03T00:00:00Z')
    await convergeDeploy(input({ sha: shas.c, candidates: [] }), ports())
    const late = await convergeDeploy(input({ sha: shas.a, candidates: [] }), ports())
    expect(late.decision).toBe('refused')
    expect(late.production?.sha).toBe(shas.c)
  })

  test('commits on diverged histories cannot be ordered and are refused with what to do', async () => {
    git('checkout', '-q', '-b', 'side', shas.a)
    git('commit', '-q', '--allow-empty', '-m', 'side')
    const side = git('rev-parse', 'HEAD')
    await accepted(side, '2025-01-04T00:00:00Z')
    await expect(convergeDeploy(input({ sha: side, production: { sha: shas.c } }), ports())).rejects.toThrow(/diverged histories.*replay: true/)
  })

  test('a commit missing from the checkout says to fetch the history', async () => {
    await accepted(shas.b, '2025-01-02T00:00:00Z')
    const unknown = 'f'.repeat(40)
    await expect(convergeDeploy(input({ sha: shas.b, production: { sha: unknown } }), ports())).rejects.toThrow(/fetch-depth: 0/)
  })

  test('order created-at compares the packages\' build times', async () => {
    await accepted(shas.a, '2025-01-05T00:00:00Z')
    await accepted(shas.b, '2025-01-02T00:00:00Z')
    const result = await convergeDeploy(input({ sha: shas.b, dryRun: true }), { ...ports(), order: new CreatedAtOrder() })
    expect(result).toMatchObject({ decision: 'planned', superseded: [shas.b] })
    expect(result.target?.sha).toBe(shas.a)
    expect(await deployedLog()).toEqual([])
  })

  test('a failing deploy command is recorded as failed and fails the stage', async () => {
    await accepted(shas.b, '2025-01-02T00:00:00Z')
    await writeFile(join(repo, 'deploy.sh'), 'exit 3\n')
    await expect(convergeDeploy(input({ sha: shas.b, command: 'bash deploy.sh' }), ports())).rejects.toThrow(/exit code 3/)
    expect(requireValid(await store.read('deployment', shas.b)).value.outcome).toBe('failed')
  })
})
