// Production state in GitHub deployments, with the bundles as the runner runs them: the evidence on
// the GitHub-artifact backend against the local artifact service, and deployments on the local REST
// server (which forwards the artifact service's REST endpoints, so that one GITHUB_API_URL serves
// both). Push runs deploy A then B; a replay rolls back to A, finding A's package through the
// deployment's payload; a later push run whose runtime did not change captures from what runs in
// production (A), not from the newest run (B). A failed push run is replayable only when its
// evidence said YES.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { sealReleasePackage, type ReleasePackageManifest } from '../../src/contracts/release-package.js'
import { GitHubArtifactStore } from '../../src/evidence/github-artifact-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { startArtifactServiceServer, type ArtifactServiceServer } from '../helpers/artifact-service-server.js'
import { acceptanceOf, releaseDecision, releasePackageBody } from '../helpers/contract-examples.js'
import { startGitHubRestServer, type GitHubRestServer } from '../helpers/github-rest-server.js'
import { runBundle } from '../helpers/run-bundle.js'
import { temporaryFolder } from '../helpers/temporary-folders.js'

const SHA_A = '1'.repeat(40)
const SHA_B = '2'.repeat(40)
const SHA_C = '3'.repeat(40)
const SHA_D = '4'.repeat(40)
const SHA_E = '5'.repeat(40)
const TOKEN = 'ghs_deployments0e2e0token'

let artifacts: ArtifactServiceServer
let api: GitHubRestServer
const savedEnv = { ...process.env }

/** A package built by push run `runId`, with its own api image. */
function builtIn(sha: string, runId: number, createdAt: string, imageDigit: string): ReleasePackageManifest {
  const body = releasePackageBody(sha)
  return sealReleasePackage({
    ...body,
    createdAt,
    source: { ...body.source, runId: String(runId) },
    components: body.components.map((component) => (component.name === 'api' ? { ...component, ref: `ghcr.io/acme/api@sha256:${imageDigit.repeat(64)}` } : component)),
  })
}

const A = builtIn(SHA_A, 501, '2025-01-01T00:00:00Z', '1')
const B = builtIn(SHA_B, 502, '2025-01-02T00:00:00Z', '2')

/** The environment a step of job `job` in run `runId` gets, with the REST server as GITHUB_API_URL. */
function runEnv(runId: number, job: string): Record<string, string> {
  return { ...artifacts.runEnv(runId, job), GITHUB_API_URL: api.url }
}

/** Writes evidence as a job of a run would, through the same backend. */
async function inRun(runId: number, job: string, write: (store: GitHubArtifactStore) => Promise<unknown>): Promise<void> {
  Object.assign(process.env, runEnv(runId, job))
  await write(new GitHubArtifactStore({ location: await temporaryFolder('shipgate-job-'), logger: new RecordingLogger() }))
}

async function step(runId: number, job: string, inputs: Record<string, string>) {
  const workspace = await temporaryFolder('shipgate-step-')
  const run = await runBundle(job, { inputs, cwd: workspace, env: { ...runEnv(runId, job), GITHUB_WORKSPACE: workspace, SHIPGATE_EVIDENCE_BACKEND: 'github-artifact' } })
  return { ...run, workspace }
}

/** A push run that built, accepted, deployed and released a package. */
async function pushRun(runId: number, manifest: ReleasePackageManifest) {
  await inRun(runId, 'build', (store) => store.write('release-package', manifest.sha, manifest))
  await inRun(runId, 'acceptance', (store) => store.write('acceptance', manifest.sha, acceptanceOf(manifest)))
  const deployed = await step(runId, 'deploy-gate', { sha: manifest.sha, 'github-token': TOKEN, order: 'created-at', command: 'true' })
  await inRun(runId, 'decide', (store) => store.write('release', manifest.sha, { ...releaseDecision(manifest.sha), packageDigest: manifest.digest }))
  return deployed
}

beforeAll(async () => {
  artifacts = await startArtifactServiceServer({ token: TOKEN })
  api = await startGitHubRestServer({ token: TOKEN, forwardTo: artifacts.url })
})

afterAll(async () => {
  process.env = savedEnv
  await api.close()
  await artifacts.close()
})

test('deploy, roll back by replay, then capture the runtime from what runs in production', async () => {
  expect((await pushRun(501, A)).outputs).toMatchObject({ decision: 'deployed', 'deploy-sha': SHA_A })
  expect((await pushRun(502, B)).outputs).toMatchObject({ decision: 'deployed', 'deploy-sha': SHA_B, 'previous-sha': SHA_A })

  // The replay of A: no push run is listed for A, only its deployment names the run that holds the package.
  const fetched = await step(503, 'fetch-release-package', { sha: SHA_A, environment: 'production', 'github-token': TOKEN })
  expect(fetched.stdout).not.toContain('::error')
  expect(fetched.outputs).toMatchObject({ 'run-id': '501', 'package-digest': A.digest })
  expect(fetched.summary).toContain('named by GitHub deployment 1001')
  await inRun(503, 'acceptance', (store) => store.write('acceptance', SHA_A, acceptanceOf(A)))
  const rolledBack = await step(503, 'deploy-gate', { sha: SHA_A, replay: 'true', 'github-token': TOKEN, order: 'created-at', command: 'true' })
  expect(rolledBack.outputs).toMatchObject({ decision: 'deployed', 'deploy-sha': SHA_A, 'previous-sha': SHA_B })
  // The replay's deployment names the push run that built A, where its evidence is.
  expect(api.deployments.map((deployment) => [deployment.sha, (deployment.payload as { packageRunId: number }).packageRunId, deployment.statuses.at(-1)?.state])).toEqual([
    [SHA_A, 501, 'success'],
    [SHA_B, 502, 'success'],
    [SHA_A, 501, 'success'],
  ])

  // Push run 504 for C, runtime unchanged: the newest run (502) released B, but A runs in production.
  const built = await step(504, 'build-once', { sha: SHA_C, 'runtime-changed': 'false', 'capture-from': 'deployment', 'github-token': TOKEN })
  expect(built.stdout).not.toContain('::error')
  expect(built.outputs['runtime-mode']).toBe('captured')
  await inRun(504, 'promote', async (store) => {
    const manifest = requireValid(await store.read('release-package', SHA_C)).value
    expect(manifest.runtime).toEqual({ mode: 'captured', fromSha: SHA_A, fromPackageDigest: A.digest })
    expect(manifest.components).toEqual(A.components)
    expect(manifest.source.runId).toBe('504')
  })
  expect(built.stdout).toContain('which runs in production (GitHub deployment 1003, package from run 501)')
})

test('a deployment whose run no longer matches its payload is not captured from', async () => {
  const environment = 'tampered'
  await inRun(801, 'build', (store) => store.write('release-package', SHA_B, B))
  // A deployment to another environment, claiming run 801 holds a package it does not.
  const created = await fetch(`${api.url}/repos/${api.repository}/deployments`, {
    method: 'POST',
    headers: { authorization: `token ${TOKEN}` },
    body: JSON.stringify({
      ref: SHA_B,
      environment,
      required_contexts: [],
      payload: { schema: 'shipgate.deployment-payload/v1', sha: SHA_B, packageDigest: A.digest, packageCreatedAt: A.createdAt, refs: {}, environment, replay: false, runId: '801', runAttempt: '1', packageRunId: 801 },
    }),
  })
  const { id } = (await created.json()) as { id: number }
  await fetch(`${api.url}/repos/${api.repository}/deployments/${id}/statuses`, { method: 'POST', headers: { authorization: `token ${TOKEN}` }, body: JSON.stringify({ state: 'success' }) })
  const built = await step(802, 'build-once', { sha: SHA_C, 'runtime-changed': 'false', 'capture-from': 'deployment', environment, 'github-token': TOKEN })
  expect(built.exitCode).toBe(1)
  expect(built.stdout).toMatch(new RegExp(`::error.*the package in run 801 is ${B.digest} of ${SHA_B}, but GitHub deployment ${id} .*deployed ${A.digest}`))
})

test('a push run whose only failure came after its YES decision is replayable; a failed run without one is not', async () => {
  const D = builtIn(SHA_D, 701, '2025-01-04T00:00:00Z', '4')
  await inRun(701, 'build', (store) => store.write('release-package', SHA_D, D))
  await inRun(701, 'decide', (store) => store.write('release', SHA_D, { ...releaseDecision(SHA_D), packageDigest: D.digest }))
  artifacts.addRun({ id: 701, headSha: SHA_D, conclusion: 'failure' })
  const fetched = await step(711, 'fetch-release-package', { sha: SHA_D, 'github-token': TOKEN })
  expect(fetched.stdout).not.toContain('::error')
  expect(fetched.outputs).toMatchObject({ 'run-id': '701', 'package-digest': D.digest })
  expect(fetched.summary).toContain('a push run whose release decision said YES')

  const E = builtIn(SHA_E, 702, '2025-01-05T00:00:00Z', '5')
  await inRun(702, 'build', (store) => store.write('release-package', SHA_E, E))
  artifacts.addRun({ id: 702, headSha: SHA_E, conclusion: 'failure' })
  const refused = await step(712, 'fetch-release-package', { sha: SHA_E, 'github-token': TOKEN })
  expect(refused.exitCode).toBe(1)
  expect(refused.stdout).toMatch(new RegExp(`::error.*no run holds a release package of ${SHA_E} that can be replayed: run 702: its evidence has no release decision`))
})

test('without deployments: write, deploy-gate fails with the permission it needs and no stack trace', async () => {
  await inRun(901, 'build', (store) => store.write('release-package', SHA_B, B))
  await inRun(901, 'acceptance', (store) => store.write('acceptance', SHA_B, acceptanceOf(B)))
  api.setDeploymentsPermission('read')
  try {
    const run = await step(901, 'deploy-gate', { sha: SHA_B, replay: 'true', 'github-token': TOKEN, order: 'created-at', command: 'echo deployed > deployed.txt' })
    expect(run.exitCode).toBe(1)
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/deploy-gate: GitHub API .*create deployment .*HTTP 403: the token lacks permission; give the job `deployments: write`/)
    expect(run.stdout).not.toMatch(/unexpected error|\n\s+at /)
    expect(existsSync(join(run.workspace, 'deployed.txt'))).toBe(false)
    expect(run.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`])
  } finally {
    api.setDeploymentsPermission('write')
  }
})
