// The GitHub-artifact evidence backend through the real @actions/artifact client, against a local
// server speaking the artifact service's protocol: upload, download in another job and another run,
// a missing artifact, and a manifest tampered with after upload.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtemp, readFile, writeFile, mkdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GitHubArtifactStore, evidenceArtifactName, parseEvidenceArtifactName } from '../../src/evidence/github-artifact-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { upgradeTiming } from '../../src/stages/timing.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { startArtifactServiceServer, type ArtifactServiceServer } from '../helpers/artifact-service-server.js'
import { sealReleasePackage } from '../../src/contracts/release-package.js'
import { contractExamples, pipelineTiming, releasePackage, releasePackageBody, RELEASE_SHA } from '../helpers/contract-examples.js'
import { temporaryFolder } from '../helpers/temporary-folders.js'

let server: ArtifactServiceServer
const savedEnv = { ...process.env }

beforeAll(async () => {
  server = await startArtifactServiceServer()
  // @actions/github reads GITHUB_API_URL once, when it is first loaded.
  process.env.GITHUB_API_URL = server.url
})

afterAll(async () => {
  process.env = savedEnv
  await server.close()
})

beforeEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name]
  Object.assign(process.env, savedEnv)
  process.env.GITHUB_API_URL = server.url
})

/** A step of job `jobId` in run `runId`: the runner's variables and a fresh working copy. */
async function step(runId: number, jobId: string, source?: { runId: number }) {
  Object.assign(process.env, server.runEnv(runId, jobId))
  process.env.GITHUB_WORKSPACE = await temporaryFolder('shipgate-workspace-')
  const location = join(process.env.GITHUB_WORKSPACE, '.artifacts')
  return new GitHubArtifactStore({
    location,
    logger: new RecordingLogger(),
    ...(source ? { source: { runId: source.runId, repository: server.repository, token: server.token } } : {}),
  })
}

describe('artifact names', () => {
  test('one name per kind and SHA, revisions after the first, none with a character GitHub refuses', () => {
    expect(evidenceArtifactName('release-package', RELEASE_SHA)).toBe(`release-package-${RELEASE_SHA}`)
    expect(evidenceArtifactName('pipeline', RELEASE_SHA, 2)).toBe(`pipeline-${RELEASE_SHA}-r2`)
    expect(parseEvidenceArtifactName(`release-package-${RELEASE_SHA}`)).toEqual({ kind: 'release-package', sha: RELEASE_SHA, revision: 0 })
    expect(parseEvidenceArtifactName(`release-${RELEASE_SHA}-r3`)).toEqual({ kind: 'release', sha: RELEASE_SHA, revision: 3 })
    expect(parseEvidenceArtifactName('coverage-report')).toBeUndefined()
  })
})

describe('GitHubArtifactStore', () => {
  test('a manifest uploaded by one job is downloaded and verified by a later job of the run', async () => {
    const build = await step(101, 'build')
    const written = await build.write('release-package', RELEASE_SHA, releasePackage())
    expect(written.written).toBe(true)
    const uploaded = server.artifacts.filter((artifact) => artifact.runId === 101)
    expect(uploaded.map((artifact) => artifact.name)).toEqual([`release-package-${RELEASE_SHA}`])
    expect(uploaded[0]!.digest).toMatch(/^sha256:[0-9a-f]{64}$/)

    const promote = await step(101, 'promote')
    const read = requireValid(await promote.read('release-package', RELEASE_SHA))
    expect(read.value.digest).toBe(releasePackage().digest)
    expect(JSON.parse(await readFile(promote.pathOf('release-package', RELEASE_SHA), 'utf8')).digest).toBe(releasePackage().digest)
  })

  test('writing the same manifest again uploads nothing; a different one is refused', async () => {
    const first = await step(102, 'build')
    await first.write('release-package', RELEASE_SHA, releasePackage())
    const again = await step(102, 'build-again')
    expect((await again.write('release-package', RELEASE_SHA, releasePackage())).written).toBe(false)
    expect(server.artifacts.filter((artifact) => artifact.runId === 102)).toHaveLength(1)
    const changed = sealReleasePackage({ ...releasePackageBody(), createdAt: '2025-02-02T00:00:00Z' })
    await expect(again.write('release-package', RELEASE_SHA, changed)).rejects.toThrow(/refusing to overwrite|must not change/)
  })

  test('a contract that changes is uploaded as a new revision and the newest is read', async () => {
    const first = await step(103, 'one')
    await first.write('pipeline', RELEASE_SHA, pipelineTiming())
    const second = await step(103, 'two')
    const timing = upgradeTiming(requireValid(await second.read('pipeline', RELEASE_SHA)).value)
    await second.write('pipeline', RELEASE_SHA, { ...timing, stages: [...timing.stages, { ...timing.stages[0]!, stage: 'promote' }] })
    expect(server.artifacts.filter((artifact) => artifact.runId === 103).map((artifact) => artifact.name)).toEqual([`pipeline-${RELEASE_SHA}`, `pipeline-${RELEASE_SHA}-r1`])
    const third = await step(103, 'three')
    expect(requireValid(await third.read('pipeline', RELEASE_SHA)).value.stages.map((stage) => stage.stage)).toEqual(['commit-gate', 'promote'])
    expect(await third.listShas('pipeline')).toEqual([RELEASE_SHA])
  })

  test('another run reads the artifact with findBy (run id, repository, token)', async () => {
    const build = await step(104, 'build')
    await build.write('release-package', RELEASE_SHA, releasePackage())
    await build.write('commit-stage', RELEASE_SHA, contractExamples['commit-stage']())
    const replay = await step(205, 'replay', { runId: 104 })
    expect(requireValid(await replay.read('release-package', RELEASE_SHA)).value.digest).toBe(releasePackage().digest)
    expect(server.calls.some((call) => call.path === `/repos/${server.repository}/actions/runs/104/artifacts`)).toBe(true)
    expect(server.calls.some((call) => /\/actions\/artifacts\/\d+\/zip$/.test(call.path))).toBe(true)
  })

  test('a missing artifact reads as missing, in this run and in the source run', async () => {
    const empty = await step(106, 'job', { runId: 104 })
    const read = await empty.read('acceptance', RELEASE_SHA)
    expect(read.state).toBe('missing')
    expect(read.path).toBe(empty.pathOf('acceptance', RELEASE_SHA))
  })

  test('a manifest tampered with before upload fails closed after download, naming the file and the field', async () => {
    Object.assign(process.env, server.runEnv(107, 'attacker'))
    const folder = await mkdtemp(join(tmpdir(), 'shipgate-tamper-'))
    try {
      const tampered = { ...releasePackage(), components: [{ kind: 'image', name: 'api', ref: `ghcr.io/evil/api@sha256:${'e'.repeat(64)}` }] }
      await mkdir(join(folder, 'release-package', RELEASE_SHA), { recursive: true })
      const file = join(folder, 'release-package', RELEASE_SHA, 'manifest.json')
      await writeFile(file, JSON.stringify(tampered))
      const { DefaultArtifactClient } = await import('@actions/artifact')
      await new DefaultArtifactClient().uploadArtifact(`release-package-${RELEASE_SHA}`, [file], folder)

      const replay = await step(208, 'replay', { runId: 107 })
      const read = await replay.read('release-package', RELEASE_SHA)
      expect(read.state).toBe('invalid')
      if (read.state !== 'invalid') return
      expect(read.path).toBe(replay.pathOf('release-package', RELEASE_SHA))
      expect(read.problems.map((problem) => problem.field)).toEqual(['digest'])
      expect(read.problems[0]!.message).toMatch(/changed after it was sealed.*downloaded from artifact release-package-[0-9a-f]{40} of run 107/)
      expect(() => requireValid(read)).toThrow(`${replay.pathOf('release-package', RELEASE_SHA)}: digest:`)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  test('an archive changed in storage after upload fails closed on the digest the service recorded', async () => {
    const build = await step(109, 'build')
    await build.write('release-package', RELEASE_SHA, releasePackage())
    const other = await step(110, 'other')
    await other.write('acceptance', RELEASE_SHA, contractExamples.acceptance())
    server.replaceContent(`release-package-${RELEASE_SHA}`, 109, server.artifacts.find((artifact) => artifact.runId === 110)!.content)
    const reader = await step(109, 'reader')
    const read = await reader.read('release-package', RELEASE_SHA)
    expect(read.state).toBe('invalid')
    if (read.state === 'invalid') expect(read.problems[0]!.field).toBe('(artifact)')
  })

  test('without the runner variables the store says how to fix it', async () => {
    delete process.env.ACTIONS_RUNTIME_TOKEN
    const store = new GitHubArtifactStore({ location: await temporaryFolder('shipgate-none-'), logger: new RecordingLogger() })
    await expect(store.read('release-package', RELEASE_SHA)).rejects.toThrow(/ACTIONS_RUNTIME_TOKEN.*not set/)
  })
})

describe('an artifact service that fails', () => {
  test('a read it cannot list or download is invalid evidence with the reason, not a crash', async () => {
    // The artifact client's side of the protocol answering 503, as the service does in an outage.
    const failing = {
      uploadArtifact: async () => ({}),
      listArtifacts: async () => {
        throw new Error('Received non-retryable error: Failed request: (503) Service Unavailable')
      },
      downloadArtifact: async () => ({}),
    }
    const store = new GitHubArtifactStore({ location: await temporaryFolder('shipgate-outage-'), logger: new RecordingLogger() }, failing)
    const read = await store.read('acceptance', RELEASE_SHA)
    expect(read.state).toBe('invalid')
    expect(read.state === 'invalid' && read.problems).toEqual([
      { field: '(artifact)', message: expect.stringContaining('cannot list the artifacts of this run: Received non-retryable error: Failed request: (503)') },
    ])
  })
})
