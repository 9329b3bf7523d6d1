// GitHub deployments through the real Octokit client against the local REST server: what the server
// validates as GitHub does, its auto_inactive, pagination, and which deployment shipgate reads as
// what runs in an environment (its own, newest live one; never the deployment GitHub records for a job).
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { DEPLOYMENT_PAYLOAD_SCHEMA, type DeploymentPayload } from '../../src/contracts/deployment.js'
import { ConfigurationError, EvidenceError } from '../../src/errors.js'
import { GitHubRestApi } from '../../src/platform/github-api.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { currentDeployment } from '../../src/stages/environment-deployments.js'
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

/** A request as any client sends it, for what the adapter never sends (bad bodies). */
async function post(path: string, body: unknown): Promise<{ status: number; json: { message?: string; errors?: Array<{ message: string }> } }> {
  const response = await fetch(`${server.url}/repos/${server.repository}/${path}`, {
    method: 'POST',
    headers: { authorization: `token ${server.token}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as { message?: string } }
}

function payload(sha: string, overrides: Partial<DeploymentPayload> = {}): DeploymentPayload {
  const manifest = releasePackage(sha)
  return {
    schema: DEPLOYMENT_PAYLOAD_SCHEMA,
    sha,
    packageDigest: manifest.digest,
    packageCreatedAt: manifest.createdAt,
    refs: {},
    environment: 'production',
    replay: false,
    runId: '7',
    runAttempt: '1',
    packageRunId: 7,
    ...overrides,
  }
}

/** A deployment with the given statuses, oldest first, through the adapter. */
async function deploy(sha: string, states: Array<'in_progress' | 'success' | 'failure'>, options: { environment?: string; payload?: Record<string, unknown> | null; production?: boolean } = {}): Promise<number> {
  const environment = options.environment ?? 'production'
  const created = await api.createDeployment({
    ref: sha,
    environment,
    description: 'test',
    payload: options.payload === null ? {} : (options.payload ?? payload(sha, { environment })),
    autoMerge: false,
    requiredContexts: [],
    transientEnvironment: false,
    productionEnvironment: options.production ?? environment === 'production',
  })
  for (const state of states) await api.createDeploymentStatus(created.id, { state, description: state, autoInactive: true })
  return created.id
}

describe('the local REST server validates deployment requests as GitHub does', () => {
  test('a deployment without a ref, or with a field of the wrong type, is a 422 that says which', async () => {
    const noRef = await post('deployments', { environment: 'production' })
    expect(noRef.status).toBe(422)
    expect(noRef.json.message).toContain('"ref" wasn\'t supplied.')
    const wrongTypes = await post('deployments', { ref: SHA_A, auto_merge: 'no', required_contexts: 'none' })
    expect(wrongTypes.status).toBe(422)
    expect(wrongTypes.json.message).toContain(`For 'properties/auto_merge', "no" is not a boolean.`)
    expect(wrongTypes.json.message).toContain(`For 'properties/required_contexts', "none" is not an array.`)
    expect((await post('deployments', '{ not json')).status).toBe(400)
    expect(server.deployments).toEqual([])
  })

  test('a ref that names no commit is a 422; a branch resolves to its head', async () => {
    const unknown = await post('deployments', { ref: 'no-such-branch', required_contexts: [] })
    expect(unknown).toMatchObject({ status: 422, json: { message: 'No ref found for: no-such-branch' } })
    const branch = await post('deployments', { ref: 'main', required_contexts: [] })
    expect(branch.status).toBe(201)
    expect(branch.json).toMatchObject({ ref: 'main', sha: SHA_C, task: 'deploy', environment: 'production', production_environment: true })
  })

  test('without required_contexts, a commit whose statuses are not all green cannot be deployed', async () => {
    server.commit(SHA_A, { statuses: [{ context: 'ci', state: 'failure' }] })
    expect(await post('deployments', { ref: SHA_A })).toMatchObject({ status: 409, json: { message: `Conflict: Commit status checks failed for ${SHA_A}.` } })
    expect((await post('deployments', { ref: SHA_A, required_contexts: [] })).status).toBe(201)
  })

  test('a status must have a known state and a description of at most 140 characters; an unknown deployment is a 404', async () => {
    const id = await deploy(SHA_A, [])
    expect((await post(`deployments/${id}/statuses`, { description: 'x' })).json.message).toContain('"state" wasn\'t supplied.')
    expect((await post(`deployments/${id}/statuses`, { state: 'done' })).json.message).toContain(`For 'properties/state', "done" is not one of`)
    const long = await post(`deployments/${id}/statuses`, { state: 'success', description: 'x'.repeat(141) })
    expect(long.status).toBe(422)
    expect(long.json.errors?.[0]?.message).toBe('description is too long (maximum is 140 characters)')
    expect((await post('deployments/999999/statuses', { state: 'success' })).status).toBe(404)
    expect(server.deployments[0]!.statuses).toEqual([])
  })
})

describe('GitHub deployments through the adapter', () => {
  test('lists newest first across pages, with the environment and sha filters', async () => {
    const ids = [await deploy(SHA_A, ['success']), await deploy(SHA_B, ['success']), await deploy(SHA_A, ['success'], { environment: 'staging' }), await deploy(SHA_C, ['success'])]
    const listed = async (filter: { environment?: string; sha?: string }) => {
      const found: number[] = []
      for await (const deployment of api.deployments(filter)) found.push(deployment.id)
      return found
    }
    expect(await listed({ environment: 'production' })).toEqual([ids[3], ids[1], ids[0]])
    expect(await listed({ sha: SHA_A })).toEqual([ids[2], ids[0]])
    expect(await listed({ environment: 'staging', sha: SHA_A })).toEqual([ids[2]])
    // Two per page: three production deployments took two pages.
    expect(server.requests.filter((request) => request.method === 'GET' && request.path.endsWith('/deployments') && request.query.environment === 'production').map((request) => request.query.page)).toEqual(['1', '2'])
  })

  test('statuses come newest first, across pages', async () => {
    const id = await deploy(SHA_A, ['in_progress', 'failure', 'success'])
    expect((await api.deploymentStatuses(id)).map((status) => status.state)).toEqual(['success', 'failure', 'in_progress'])
  })

  test('auto_inactive: a success makes earlier successes of a non-production environment inactive, never production ones or failures', async () => {
    const stagingOld = await deploy(SHA_A, ['success'], { environment: 'staging' })
    const stagingFailed = await deploy(SHA_B, ['failure'], { environment: 'staging' })
    const productionOld = await deploy(SHA_A, ['success'])
    await deploy(SHA_C, ['success'], { environment: 'staging' })
    await deploy(SHA_C, ['success'])
    expect((await api.deploymentStatuses(stagingOld)).map((status) => status.state)).toEqual(['inactive', 'success'])
    expect((await api.deploymentStatuses(stagingFailed)).map((status) => status.state)).toEqual(['failure'])
    expect((await api.deploymentStatuses(productionOld)).map((status) => status.state)).toEqual(['success'])
  })

  test('a token without deployments: write cannot create one; the error names the permission', async () => {
    server.setDeploymentsPermission('read')
    const error = await deploy(SHA_A, []).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(/create deployment .*HTTP 403: the token lacks permission; give the job `deployments: write`/)
    expect((error as Error).message).toContain('Resource not accessible by integration')
    expect(server.deployments).toEqual([])
  })
})

describe('what runs in an environment', () => {
  test('the newest shipgate deployment whose latest status is success; failed and unfinished ones are passed over', async () => {
    const live = await deploy(SHA_A, ['in_progress', 'success'])
    await deploy(SHA_C, ['in_progress', 'failure'])
    await deploy(SHA_B, ['in_progress'])
    const logger = new RecordingLogger()
    expect(await currentDeployment(api, 'production', logger)).toMatchObject({ id: live, sha: SHA_A, payload: { sha: SHA_A, packageRunId: 7 } })
    expect(logger.text()).toContain(`of ${SHA_B} to production is not live (latest status: in_progress)`)
    expect(logger.text()).toContain(`of ${SHA_C} to production is not live (latest status: failure)`)
  })

  test('the deployment GitHub records for a job that names the environment is not shipgate\'s and never counts', async () => {
    await deploy(SHA_A, ['success'])
    // The job's own deployment: the run's commit, no shipgate payload, and newer.
    await deploy(SHA_C, ['in_progress', 'success'], { payload: null })
    expect((await currentDeployment(api, 'production', new RecordingLogger()))?.sha).toBe(SHA_A)
  })

  test('a success GitHub marked inactive for a later job\'s deployment of a non-production environment still counts', async () => {
    await deploy(SHA_A, ['success'], { environment: 'staging' })
    await deploy(SHA_C, ['success'], { environment: 'staging', payload: null })
    expect((await api.deploymentStatuses(server.deployments[0]!.id)).map((status) => status.state)).toEqual(['inactive', 'success'])
    expect((await currentDeployment(api, 'staging', new RecordingLogger()))?.sha).toBe(SHA_A)
  })

  test('nothing deployed: undefined', async () => {
    await deploy(SHA_A, ['success'], { environment: 'staging' })
    expect(await currentDeployment(api, 'production', new RecordingLogger())).toBeUndefined()
  })

  test('a payload that names itself shipgate\'s but does not parse fails closed, naming the deployment and the field', async () => {
    const broken = await deploy(SHA_A, ['success'], { payload: { ...payload(SHA_A), packageDigest: 'sha256:nope' } })
    const error = await currentDeployment(api, 'production', new RecordingLogger()).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(EvidenceError)
    expect((error as Error).message).toContain(`GitHub deployment ${broken} of production: payload.packageDigest: must be a digest`)
    await deploy(SHA_B, ['success'], { payload: { ...payload(SHA_B), schema: 'shipgate.deployment-payload/v9' } })
    await expect(currentDeployment(api, 'production', new RecordingLogger())).rejects.toThrow(/payload.schema: is 'shipgate.deployment-payload\/v9', this shipgate reads shipgate.deployment-payload\/v1/)
  })

  test('a payload whose SHA is not the deployment\'s is not trusted', async () => {
    await deploy(SHA_A, ['success'], { payload: { ...payload(SHA_B) } })
    await expect(currentDeployment(api, 'production', new RecordingLogger())).rejects.toThrow(`payload.sha: names ${SHA_B}, but the deployment is of ${SHA_A}`)
  })
})
