// deploy-gate with GitHub deployments, through the real Octokit client against the local REST server:
// each deploy is a deployment of the release SHA with shipgate's payload, in_progress before the
// command and success or failure after; production is read back from the deployments, so a run that
// sees only its own evidence still refuses to move backwards; a token without deployments: write
// stops the deploy with a message that names the permission; and the local command, with no token,
// keeps to the evidence's records and never calls the API.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deployGateAction } from '../../src/actions/deploy-gate.js'
import { main } from '../../src/cli/main.js'
import { DEPLOYMENT_PAYLOAD_SCHEMA } from '../../src/contracts/deployment.js'
import { componentRefs, sealReleasePackage, type ReleasePackageManifest } from '../../src/contracts/release-package.js'
import { isUserError } from '../../src/errors.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { requireValid } from '../../src/evidence/store.js'
import type { ActionContext } from '../../src/platform/action.js'
import { systemClock } from '../../src/platform/clock.js'
import { actionsExec } from '../../src/platform/exec.js'
import { executeAction } from '../../src/platform/github-action.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { runEnvironmentFromEnv } from '../../src/platform/run-environment.js'
import { acceptanceOf, releasePackageBody } from '../helpers/contract-examples.js'
import { FAKE_SERVER_URL, startGitHubRestServer, type GitHubRestServer } from '../helpers/github-rest-server.js'

let server: GitHubRestServer
let repo: string
let shas: { a: string; b: string }
const packages = new Map<string, ReleasePackageManifest>()

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim()
}

beforeEach(async () => {
  server = await startGitHubRestServer()
  repo = await mkdtemp(join(tmpdir(), 'shipgate-deploy-gate-'))
  git('init', '-q', '-b', 'main')
  const commit = (message: string) => {
    git('commit', '-q', '--allow-empty', '-m', message)
    return git('rev-parse', 'HEAD')
  }
  shas = { a: commit('A'), b: commit('B') }
  packages.set(shas.a, sealReleasePackage({ ...releasePackageBody(shas.a), createdAt: '2025-01-01T00:00:00Z', source: { ...releasePackageBody().source, runId: '401' } }))
  packages.set(shas.b, sealReleasePackage({ ...releasePackageBody(shas.b), createdAt: '2025-01-02T00:00:00Z', source: { ...releasePackageBody().source, runId: '402' } }))
})

const evidenceFolders: string[] = []

afterEach(async () => {
  await server.close()
  await rm(repo, { recursive: true, force: true })
  for (const folder of evidenceFolders.splice(0)) await rm(folder, { recursive: true, force: true })
})

/** One workflow run's evidence: its own folder, holding only the packages it was given. */
async function runEvidence(...accepted: string[]): Promise<LocalEvidenceStore> {
  const folder = await mkdtemp(join(tmpdir(), 'shipgate-run-evidence-'))
  evidenceFolders.push(folder)
  const store = new LocalEvidenceStore(folder)
  for (const sha of accepted) {
    const manifest = packages.get(sha)!
    await store.write('release-package', sha, manifest)
    await store.write('acceptance', sha, acceptanceOf(manifest))
  }
  return store
}

/** deploy-gate as a step of run `runId` runs it, with the given evidence. */
async function deployGate(runId: number, store: LocalEvidenceStore, inputs: Record<string, string>) {
  const logger = new RecordingLogger()
  const environment = runEnvironmentFromEnv(
    { GITHUB_API_URL: server.url, GITHUB_SERVER_URL: FAKE_SERVER_URL, GITHUB_REPOSITORY: server.repository, GITHUB_RUN_ID: String(runId), GITHUB_RUN_ATTEMPT: '2', GITHUB_WORKSPACE: repo },
    'github',
  )
  const context: ActionContext = { environment, logger, exec: actionsExec, clock: systemClock, openStore: () => store }
  const all: Record<string, string> = { 'github-token': server.token, command: 'echo "$SHIPGATE_SHA" >> deployed.log', ...inputs }
  const run = await executeAction(deployGateAction, (name) => all[name], context).catch((error: unknown) => error as Error)
  return { run, logger }
}

const deployedLog = async () => (await readFile(join(repo, 'deployed.log'), 'utf8').catch(() => '')).trim().split('\n').filter(Boolean)
const posts = (suffix: RegExp) => server.requests.filter((request) => request.method === 'POST' && suffix.test(request.path))

describe('deploy-gate records each deploy as a GitHub deployment', () => {
  test('a deployment of the release SHA with shipgate\'s payload; in_progress before the command runs, success after, the run as log', async () => {
    // The command reads the deployment's statuses as they are while it runs.
    const readStatuses = `node -e 'fetch(process.argv[1], { headers: { authorization: "token ${server.token}" } }).then((r) => r.json()).then((s) => console.log(s.map((x) => x.state).join(",")))' "${server.url}/repos/${server.repository}/deployments/1001/statuses" > seen-while-deploying.txt`
    const { run } = await deployGate(501, await runEvidence(shas.b), { sha: shas.b, command: readStatuses })
    expect(run).not.toBeInstanceOf(Error)
    expect((await readFile(join(repo, 'seen-while-deploying.txt'), 'utf8')).trim()).toBe('in_progress')

    const manifest = packages.get(shas.b)!
    expect(posts(/\/deployments$/).map((request) => request.body)).toEqual([
      {
        ref: shas.b,
        environment: 'production',
        description: expect.stringContaining(manifest.digest.slice(0, 19)),
        payload: {
          schema: DEPLOYMENT_PAYLOAD_SCHEMA,
          sha: shas.b,
          packageDigest: manifest.digest,
          packageCreatedAt: '2025-01-02T00:00:00Z',
          refs: componentRefs(manifest),
          environment: 'production',
          replay: false,
          runId: '501',
          runAttempt: '2',
          packageRunId: 402,
        },
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
        production_environment: true,
      },
    ])
    const logUrl = `${FAKE_SERVER_URL}/${server.repository}/actions/runs/501`
    expect(posts(/\/deployments\/1001\/statuses$/).map((request) => request.body)).toEqual([
      { state: 'in_progress', description: expect.any(String), log_url: logUrl, auto_inactive: true },
      { state: 'success', description: expect.stringContaining('Deployed'), log_url: logUrl, auto_inactive: true },
    ])
    expect(server.deployments[0]).toMatchObject({ sha: shas.b, ref: shas.b, environment: 'production' })
  })

  test('a failed deploy: in_progress, then failure; the step fails and the evidence records it', async () => {
    const store = await runEvidence(shas.b)
    const { run } = await deployGate(502, store, { sha: shas.b, command: 'exit 3' })
    expect(run).toBeInstanceOf(Error)
    expect((run as Error).message).toContain("deploy: 'exit 3' failed with exit code 3")
    expect(server.deployments[0]!.statuses.map((status) => status.state)).toEqual(['in_progress', 'failure'])
    expect(requireValid(await store.read('deployment', shas.b)).value.outcome).toBe('failed')
  })

  test('a dry run, or a package already live, creates no deployment', async () => {
    await deployGate(503, await runEvidence(shas.b), { sha: shas.b })
    const again = await deployGate(504, await runEvidence(shas.b), { sha: shas.b })
    expect(again.run).toMatchObject({ outputs: { decision: 'already-deployed' } })
    const planned = await deployGate(505, await runEvidence(shas.a, shas.b), { sha: shas.a, replay: 'true', 'dry-run': 'true' })
    expect(planned.run).toMatchObject({ outputs: { decision: 'planned' } })
    expect(server.deployments).toHaveLength(1)
  })
})

describe('production is read from the environment\'s deployments', () => {
  test('a later run that sees only its own evidence refuses the older SHA; no deployment is created for the refusal', async () => {
    await deployGate(601, await runEvidence(shas.b), { sha: shas.b })
    expect(await deployedLog()).toEqual([shas.b])

    // A queued older run, whose evidence knows nothing of B.
    const store = await runEvidence(shas.a)
    const { run } = await deployGate(602, store, { sha: shas.a })
    expect(run).toMatchObject({ outputs: { decision: 'refused', 'previous-sha': shas.b } })
    expect(!(run instanceof Error) && run.summary).toContain(`Production before: \`${shas.b}\` (from GitHub deployment 1001)`)
    expect(await deployedLog()).toEqual([shas.b])
    expect(server.deployments).toHaveLength(1)
    expect(requireValid(await store.read('deployment', shas.a)).value).toMatchObject({ outcome: 'refused', previous: { sha: shas.b, packageDigest: packages.get(shas.b)!.digest } })
  })

  test('a package without a YES acceptance is refused before anything is recorded on GitHub; the refusal is recorded in the evidence', async () => {
    const store = await runEvidence()
    await store.write('release-package', shas.b, packages.get(shas.b)!)
    const { run } = await deployGate(605, store, { sha: shas.b })
    expect(run).toMatchObject({
      outputs: { decision: 'refused', 'deploy-sha': '', 'record-path': store.pathOf('deployment', shas.b) },
      failed: expect.stringMatching(/refusing to deploy .*acceptance has not run/),
      failedFile: store.pathOf('deployment', shas.b),
    })
    expect(requireValid(await store.read('deployment', shas.b)).value).toMatchObject({ outcome: 'refused', environment: 'production', packageDigest: packages.get(shas.b)!.digest })
    expect(server.requests.filter((request) => request.method === 'POST')).toEqual([])
    expect(await deployedLog()).toEqual([])
  })

  test('ordered by build time, production\'s build time comes from the payload', async () => {
    await deployGate(611, await runEvidence(shas.b), { sha: shas.b, order: 'created-at' })
    const { run } = await deployGate(612, await runEvidence(shas.a), { sha: shas.a, order: 'created-at' })
    expect(run).toMatchObject({ outputs: { decision: 'refused' } })
  })

  test('an explicit replay moves the environment back; its deployment then is what runs there', async () => {
    await deployGate(621, await runEvidence(shas.b), { sha: shas.b })
    await deployGate(622, await runEvidence(shas.a), { sha: shas.a, replay: 'true' })
    expect(await deployedLog()).toEqual([shas.b, shas.a])
    expect(server.deployments.map((deployment) => [deployment.sha, deployment.payload])).toEqual([
      [shas.b, expect.objectContaining({ replay: false, packageRunId: 402, runId: '621' })],
      [shas.a, expect.objectContaining({ replay: true, packageRunId: 401, runId: '622' })],
    ])
    // Back at A, B is newer again: a later push run's B is deployed, not refused.
    const { run } = await deployGate(623, await runEvidence(shas.b), { sha: shas.b })
    expect(run).toMatchObject({ outputs: { decision: 'deployed', 'previous-sha': shas.a } })
  })

  test('without deployments: write the deploy stops before the command with a message that names the permission', async () => {
    server.setDeploymentsPermission('read')
    const { run } = await deployGate(631, await runEvidence(shas.b), { sha: shas.b })
    expect(run).toBeInstanceOf(Error)
    expect(isUserError(run)).toBe(true)
    expect((run as Error).message).toMatch(/create deployment .*HTTP 403: the token lacks permission; give the job `deployments: write`/)
    expect(await deployedLog()).toEqual([])
  })

  test('without deployments: read production cannot be known: the deploy stops, naming the permission', async () => {
    server.setDeploymentsPermission('none')
    const { run } = await deployGate(632, await runEvidence(shas.b), { sha: shas.b })
    expect((run as Error).message).toMatch(/deployments for environment production .*HTTP 403: .*`deployments: read`/)
    expect(await deployedLog()).toEqual([])
  })
})

describe('the local command, without a token', () => {
  test('keeps to the evidence\'s deployment records and never calls the API, even with GITHUB_API_URL and GITHUB_TOKEN set', async () => {
    const store = await runEvidence(shas.a, shas.b)
    const output: string[] = []
    const io = {
      out: (text: string) => output.push(text),
      err: (text: string) => output.push(text),
      env: { GITHUB_API_URL: server.url, GITHUB_TOKEN: server.token, GITHUB_REPOSITORY: server.repository },
      cwd: repo,
    }
    const shipgate = (sha: string) => main(['run', 'deploy-gate', '--sha', sha, '--artifacts-dir', store.location, '--command', 'echo "$SHIPGATE_SHA" >> deployed.log', '--candidates', sha], io)
    expect(await shipgate(shas.b)).toBe(0)
    expect(await shipgate(shas.a)).toBe(1)
    expect(output.join('\n')).toContain(`deploy-gate: ${shas.a} is older than ${shas.b}, which is in production`)
    expect(await deployedLog()).toEqual([shas.b])
    expect(requireValid(await store.read('deployment', shas.a)).value).toMatchObject({ outcome: 'refused', previous: { sha: shas.b } })
    expect(server.requests).toEqual([])
  })
})
