// The fetch-release-package and deploy-gate bundles as the runner runs them, with the evidence on
// the GitHub-artifact backend (SHIPGATE_EVIDENCE_BACKEND=github-artifact) against a local artifact
// service: a replay run takes the push run's package, verifies it and deploys it.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { GitHubArtifactStore } from '../../src/evidence/github-artifact-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { startArtifactServiceServer, type ArtifactServiceServer } from '../helpers/artifact-service-server.js'
import { acceptance, contractExamples, OTHER_SHA, releasePackage, RELEASE_SHA } from '../helpers/contract-examples.js'
import { runBundle } from '../helpers/run-bundle.js'
import { temporaryFolder } from '../helpers/temporary-folders.js'

let server: ArtifactServiceServer
const savedEnv = { ...process.env }
const PUSH_RUN = 301
const REPLAY_RUN = 402

/** Writes evidence as a job of a run would, through the same backend. */
async function inRun(runId: number, job: string, write: (store: GitHubArtifactStore) => Promise<unknown>): Promise<void> {
  Object.assign(process.env, server.runEnv(runId, job))
  await write(new GitHubArtifactStore({ location: await temporaryFolder('shipgate-job-'), logger: new RecordingLogger() }))
}

beforeAll(async () => {
  server = await startArtifactServiceServer()
  process.env.GITHUB_API_URL = server.url
  await inRun(PUSH_RUN, 'build-once', async (store) => {
    await store.write('release-package', RELEASE_SHA, releasePackage())
    await store.write('commit-stage', RELEASE_SHA, contractExamples['commit-stage']())
  })
  server.addRun({ id: PUSH_RUN, headSha: RELEASE_SHA })
})

afterAll(async () => {
  process.env = savedEnv
  await server.close()
})

async function step(runId: number, job: string) {
  const workspace = await temporaryFolder('shipgate-step-')
  return { cwd: workspace, env: { ...server.runEnv(runId, job), GITHUB_WORKSPACE: workspace, SHIPGATE_EVIDENCE_BACKEND: 'github-artifact' } }
}

test('fetch-release-package takes the push run\'s package into the replay run; deploy-gate then deploys it', async () => {
  // Off a runner (no RUNNER_TEMP) the scratch copy of the push run's evidence goes to TMPDIR: it must not stay there.
  const temp = await temporaryFolder('shipgate-replay-tmp-')
  const fetchStep = await step(REPLAY_RUN, 'fetch')
  const fetched = await runBundle('fetch-release-package', { inputs: { sha: RELEASE_SHA, 'github-token': server.token }, ...fetchStep, env: { ...fetchStep.env, TMPDIR: temp } })
  expect(fetched.exitCode).toBe(0)
  expect(await readdir(temp)).toEqual([])
  expect(fetched.outputs).toMatchObject({ 'run-id': String(PUSH_RUN), 'package-digest': releasePackage().digest })
  expect(JSON.parse(fetched.outputs.refs!)).toHaveProperty('api')
  expect(fetched.summary).toContain(`run ${PUSH_RUN}`)
  // Masked before first use: the only place it appears is the runner's add-mask command.
  expect(fetched.stdout.split('\n').filter((line) => line.includes(server.token))).toEqual([`::add-mask::${server.token}`])
  const inReplayRun = server.artifacts.filter((artifact) => artifact.runId === REPLAY_RUN).map((artifact) => artifact.name)
  expect(inReplayRun).toEqual(expect.arrayContaining([`release-package-${RELEASE_SHA}`, `commit-stage-${RELEASE_SHA}`]))

  await inRun(REPLAY_RUN, 'acceptance', (store) => store.write('acceptance', RELEASE_SHA, acceptance()))
  const deploy = await step(REPLAY_RUN, 'deploy')
  const deployed = await runBundle('deploy-gate', {
    inputs: { sha: RELEASE_SHA, replay: 'true', order: 'created-at', command: 'echo "$SHIPGATE_SHA $SHIPGATE_PACKAGE_DIGEST" > deployed.txt' },
    ...deploy,
  })
  expect(deployed.stdout).not.toContain('::error')
  expect(deployed.exitCode).toBe(0)
  expect(deployed.outputs).toMatchObject({ decision: 'deployed', 'deploy-sha': RELEASE_SHA, 'package-digest': releasePackage().digest, superseded: '[]' })
  expect((await readFile(join(deploy.cwd, 'deployed.txt'), 'utf8')).trim()).toBe(`${RELEASE_SHA} ${releasePackage().digest}`)
  expect(server.artifacts.some((artifact) => artifact.runId === REPLAY_RUN && artifact.name === `deployment-${RELEASE_SHA}`)).toBe(true)
  await inRun(REPLAY_RUN, 'release-decision', async (store) => {
    expect(requireValid(await store.read('deployment', RELEASE_SHA)).value).toMatchObject({ outcome: 'deployed', replay: true })
  })
})

test('fetch-release-package fails closed when no push run built the SHA', async () => {
  const run = await runBundle('fetch-release-package', { inputs: { sha: OTHER_SHA, 'github-token': server.token }, ...(await step(403, 'fetch')) })
  expect(run.exitCode).toBe(1)
  expect(run.stdout).toMatch(new RegExp(`::error.*no push run of ${OTHER_SHA} in acme/shop that succeeded or whose evidence has a YES release decision`))
  expect(run.outputs).toEqual({})
})

test('fetch-release-package fails closed when the run has no artifact', async () => {
  server.addRun({ id: 310, headSha: OTHER_SHA })
  const run = await runBundle('fetch-release-package', { inputs: { sha: OTHER_SHA, 'github-token': server.token }, ...(await step(404, 'fetch')) })
  expect(run.exitCode).toBe(1)
  expect(run.stdout).toMatch(new RegExp(`::error.*release-package-${OTHER_SHA}: missing: no artifact of that name in run 310`))
})

test('deploy-gate refuses a package acceptance did not accept, naming the file', async () => {
  const run = await runBundle('deploy-gate', { inputs: { sha: OTHER_SHA, command: 'true', order: 'created-at' }, ...(await step(405, 'deploy')) })
  expect(run.exitCode).toBe(1)
  expect(run.stdout).toMatch(/::error.*deploy-gate: refusing to deploy .*release-package\/[0-9a-f]{40}\/manifest\.json: missing/)
})
