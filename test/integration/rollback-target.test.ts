// A rollback's target, read from an environment's GitHub deployments through the real Octokit client
// against the local REST server: what runs there now, and the package that ran there before it.
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { DEPLOYMENT_PAYLOAD_SCHEMA, type DeploymentPayload } from '../../src/contracts/deployment.js'
import { GitHubRestApi } from '../../src/platform/github-api.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { previousDeployment } from '../../src/stages/environment-deployments.js'
import { releasePackage } from '../helpers/contract-examples.js'
import { startGitHubRestServer, type GitHubRestServer } from '../helpers/github-rest-server.js'

const SHA_A = 'a'.repeat(40)
const SHA_B = 'b'.repeat(40)
const SHA_C = 'c'.repeat(40)

let server: GitHubRestServer
let api: GitHubRestApi

beforeEach(async () => {
  server = await startGitHubRestServer({ maxPerPage: 2, branches: { main: SHA_C } })
  api = new GitHubRestApi({ token: server.token, apiUrl: server.url, repository: server.repository, perPage: 2 })
})

afterEach(async () => {
  await server.close()
})

/** A shipgate deployment of a package built at `builtAt`, with the given statuses, oldest first. */
async function deploy(sha: string, builtAt: string, states: Array<'in_progress' | 'success' | 'failure'>, environment = 'staging'): Promise<number> {
  const manifest = releasePackage(sha)
  const payload: DeploymentPayload = {
    schema: DEPLOYMENT_PAYLOAD_SCHEMA,
    sha,
    packageDigest: manifest.digest,
    packageCreatedAt: builtAt,
    refs: {},
    environment,
    replay: false,
    runId: '7',
    runAttempt: '1',
    packageRunId: 7,
  }
  const created = await api.createDeployment({ ref: sha, environment, description: 'test', payload, autoMerge: false, requiredContexts: [], transientEnvironment: false, productionEnvironment: false })
  for (const state of states) await api.createDeploymentStatus(created.id, { state, description: state, autoInactive: true })
  return created.id
}

const target = async (environment = 'staging') => {
  const found = await previousDeployment(api, environment, new RecordingLogger())
  return found && { current: found.current.sha, previous: found.previous?.sha }
}

test('the live deployment, and before it the newest one that succeeded; failed and unfinished ones are passed over', async () => {
  await deploy(SHA_A, '2025-03-01T10:00:00Z', ['in_progress', 'success'])
  await deploy(SHA_B, '2025-03-02T10:00:00Z', ['in_progress', 'failure'])
  await deploy(SHA_B, '2025-03-02T10:00:00Z', ['in_progress'])
  await deploy(SHA_C, '2025-03-03T10:00:00Z', ['in_progress', 'success'])
  // auto_inactive marked A's success inactive when C's came: it still ran there successfully.
  expect(await target()).toEqual({ current: SHA_C, previous: SHA_A })
  // A deploy that failed after C is not what runs there: C still is.
  await deploy(SHA_B, '2025-03-02T10:00:00Z', ['in_progress', 'failure'])
  expect(await target()).toEqual({ current: SHA_C, previous: SHA_A })
})

test('after a rollback the next one goes further back, not to the package the first one replaced', async () => {
  await deploy(SHA_A, '2025-03-01T10:00:00Z', ['in_progress', 'success'])
  await deploy(SHA_B, '2025-03-02T10:00:00Z', ['in_progress', 'success'])
  await deploy(SHA_C, '2025-03-03T10:00:00Z', ['in_progress', 'success'])
  await deploy(SHA_B, '2025-03-02T10:00:00Z', ['in_progress', 'success']) // the first rollback, to B
  expect(await target()).toEqual({ current: SHA_B, previous: SHA_A })
})

test('only the environment asked for; nothing earlier, or nothing live, says so', async () => {
  await deploy(SHA_A, '2025-03-01T10:00:00Z', ['in_progress', 'success'], 'production')
  await deploy(SHA_B, '2025-03-02T10:00:00Z', ['in_progress', 'success'])
  expect(await target()).toEqual({ current: SHA_B, previous: undefined })
  expect(await target('dev')).toBeUndefined()
})
