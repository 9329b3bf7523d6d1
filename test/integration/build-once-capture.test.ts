// build-once's capture-from: deployment at its edges: nothing runs in the environment yet (it
// builds, as for a first release), and where it must refuse: no token to ask with, or a deployment
// whose package was built outside a workflow run (no run to read it from). Through the real Octokit client against the local REST server; the capture itself, from
// another run's artifacts, is in test/e2e/production-deployments.test.ts.
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildOnceAction } from '../../src/actions/build-once.js'
import { DEPLOYMENT_PAYLOAD_SCHEMA } from '../../src/contracts/deployment.js'
import { isUserError } from '../../src/errors.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { systemClock } from '../../src/platform/clock.js'
import { actionsExec } from '../../src/platform/exec.js'
import { executeAction } from '../../src/platform/github-action.js'
import { GitHubRestApi } from '../../src/platform/github-api.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { runEnvironmentFromEnv } from '../../src/platform/run-environment.js'
import { releasePackage } from '../helpers/contract-examples.js'
import { startGitHubRestServer, type GitHubRestServer } from '../helpers/github-rest-server.js'

const DEPLOYED = 'a'.repeat(40)
const NEW = 'c'.repeat(40)

let server: GitHubRestServer
let workspace: string
let savedEnv: NodeJS.ProcessEnv

beforeEach(async () => {
  savedEnv = { ...process.env }
  delete process.env.GITHUB_TOKEN
  server = await startGitHubRestServer()
  workspace = await mkdtemp(join(tmpdir(), 'shipgate-capture-'))
})

afterEach(async () => {
  process.env = savedEnv
  await server.close()
  await rm(workspace, { recursive: true, force: true })
})

async function buildOnce(inputs: Record<string, string>, logger = new RecordingLogger()) {
  const environment = runEnvironmentFromEnv({ GITHUB_API_URL: server.url, GITHUB_REPOSITORY: server.repository, GITHUB_RUN_ID: '77', GITHUB_WORKSPACE: workspace }, 'github')
  const store = new LocalEvidenceStore(join(workspace, '.artifacts'))
  const all: Record<string, string> = { sha: NEW, 'runtime-changed': 'false', 'capture-from': 'deployment', ...inputs }
  const context = { environment, logger, exec: actionsExec, clock: systemClock, openStore: () => store }
  return executeAction(buildOnceAction, (name) => all[name], context).catch((error: unknown) => error as Error)
}

test('with nothing deployed to the environment there is nothing to capture: it builds the runtime, as for a first release, and says why', async () => {
  await writeFile(join(workspace, 'shipgate.yml'), 'build:\n  files:\n    - { name: app, path: app.js }\n')
  await writeFile(join(workspace, 'app.js'), 'first')
  const logger = new RecordingLogger()
  const run = await buildOnce({ 'github-token': server.token, environment: 'staging', config: join(workspace, 'shipgate.yml') }, logger)
  expect(isUserError(run)).toBe(false)
  const manifest = requireValid(await new LocalEvidenceStore(join(workspace, '.artifacts')).read('release-package', NEW)).value
  expect(manifest.runtime).toEqual({ mode: 'built' })
  expect(manifest.components.map((component) => component.name)).toEqual(['app'])
  expect(logger.text()).toContain(`Runtime did not change for ${NEW}, but nothing runs in staging yet`)
  expect(server.requests.map((request) => `${request.method} ${request.path} ${request.query.environment}`)).toEqual([`GET /repos/${server.repository}/deployments staging`])
})

test('without a token it asks for one, naming the input and the permissions', async () => {
  const run = await buildOnce({})
  expect(isUserError(run)).toBe(true)
  expect((run as Error).message).toMatch(/input 'github-token': capture-from: deployment .* deployments: read and actions: read/)
  expect(server.requests).toEqual([])
})

test('a live deployment whose package was built outside a workflow run has no run to read it from', async () => {
  const api = new GitHubRestApi({ token: server.token, apiUrl: server.url, repository: server.repository })
  const manifest = releasePackage(DEPLOYED)
  const deployment = await api.createDeployment({
    ref: DEPLOYED,
    environment: 'production',
    description: 'from a laptop',
    payload: { schema: DEPLOYMENT_PAYLOAD_SCHEMA, sha: DEPLOYED, packageDigest: manifest.digest, packageCreatedAt: manifest.createdAt, refs: {}, environment: 'production', replay: false, runId: 'local', runAttempt: '1', packageRunId: null },
    autoMerge: false,
    requiredContexts: [],
    transientEnvironment: false,
    productionEnvironment: true,
  })
  await api.createDeploymentStatus(deployment.id, { state: 'success', description: 'deployed', autoInactive: true })
  const run = await buildOnce({ 'github-token': server.token })
  expect((run as Error).message).toContain(`GitHub deployment ${deployment.id} of ${DEPLOYED} to production: its package was built outside a workflow run`)
})

test('capture-from must be evidence or deployment', async () => {
  const run = await buildOnce({ 'capture-from': 'production' })
  expect((run as Error).message).toBe("input 'capture-from': must be 'evidence' or 'deployment'")
})
