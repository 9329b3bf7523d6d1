// A local server (node:http, 127.0.0.1) speaking what @actions/artifact 6 and the replay talk to:
// the results service's Twirp JSON API (CreateArtifact, FinalizeArtifact, ListArtifacts,
// GetSignedArtifactURL), Azure block-blob uploads and downloads at signed URLs, and the public REST
// endpoints used across runs (a run's artifacts, an artifact's zip as a 302 to the blob, and the
// workflow runs of a commit). Artifacts are kept per workflow run, immutable once finalized.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/'

export interface StoredArtifact {
  id: number
  runId: number
  jobId: string
  name: string
  finalized: boolean
  blocks: Map<string, Buffer>
  content: Buffer
  size: number
  digest?: string
  createdAt: string
}

export interface ScriptedWorkflowRun {
  id: number
  headSha: string
  event?: string
  status?: string
  conclusion?: string | null
  /** The workflow file, e.g. .github/workflows/cloud-delivery-pipeline.yml. */
  path?: string
  createdAt?: string
  /** Default: main. */
  headBranch?: string
  /** owner/name the run's code came from; default: the server's repository (a fork's pull request differs). */
  headRepository?: string
}

export interface RecordedCall {
  method: string
  path: string
  query: Record<string, string>
}

export interface ArtifactServiceServer {
  url: string
  repository: string
  /** The token the REST endpoints accept (a workflow's GITHUB_TOKEN). */
  token: string
  artifacts: StoredArtifact[]
  calls: RecordedCall[]
  /** The environment a step of job `jobId` in run `runId` gets from the runner. */
  runEnv(runId: number, jobId?: string): Record<string, string>
  /** Adds a workflow run for the runs listing. */
  addRun(run: ScriptedWorkflowRun): void
  /** Replaces the stored bytes of an artifact (storage tampered with after upload). */
  replaceContent(name: string, runId: number, content: Buffer): void
  close(): Promise<void>
}

/** A JWT as the runner gives it; the client only decodes the `scp` claim, it never checks a signature. */
export function runtimeToken(runId: number, jobId: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ scp: `Actions.ExampleScope Actions.Results:${backendRunId(runId)}:${jobId}`, iat: 0 })}.`
}

function backendRunId(runId: number): string {
  return `00000000-0000-4000-8000-${String(runId).padStart(12, '0')}`
}

function runIdOfBackend(backendId: unknown): number | undefined {
  const match = typeof backendId === 'string' ? /^00000000-0000-4000-8000-(\d{12})$/.exec(backendId) : null
  return match ? Number(match[1]) : undefined
}

export async function startArtifactServiceServer(options: { repository?: string; token?: string } = {}): Promise<ArtifactServiceServer> {
  const repository = options.repository ?? 'acme/shop'
  const token = options.token ?? 'ghs_artifact0test0token'
  const artifacts: StoredArtifact[] = []
  const runs: ScriptedWorkflowRun[] = []
  const calls: RecordedCall[] = []
  let nextId = 1
  let baseUrl = ''

  const blobUrl = (artifact: StoredArtifact) => `${baseUrl}/devstoreaccount1/artifacts/${artifact.id}.zip?sv=2023&sig=signature${artifact.id}`
  const publicArtifact = (artifact: StoredArtifact) => ({
    id: artifact.id,
    name: artifact.name,
    size_in_bytes: artifact.size,
    created_at: artifact.createdAt,
    expired: false,
    digest: artifact.digest ?? null,
    workflow_run: { id: artifact.runId },
  })

  const twirp = (method: string, body: Record<string, unknown>, authorization: string | undefined): { status: number; json: unknown } => {
    if (!authorization?.startsWith('Bearer ')) return { status: 401, json: { code: 'unauthenticated', msg: 'no runtime token' } }
    const runId = runIdOfBackend(body.workflow_run_backend_id)
    if (runId === undefined) return { status: 400, json: { code: 'invalid_argument', msg: 'workflow_run_backend_id is not a run of this server' } }
    const inRun = artifacts.filter((artifact) => artifact.runId === runId)
    switch (method) {
      case 'CreateArtifact': {
        const name = String(body.name ?? '')
        if (inRun.some((artifact) => artifact.name === name && artifact.finalized)) {
          return { status: 409, json: { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' } }
        }
        const artifact: StoredArtifact = {
          id: nextId++,
          runId,
          jobId: String(body.workflow_job_run_backend_id),
          name,
          finalized: false,
          blocks: new Map(),
          content: Buffer.alloc(0),
          size: 0,
          createdAt: new Date().toISOString(),
        }
        artifacts.push(artifact)
        return { status: 200, json: { ok: true, signed_upload_url: blobUrl(artifact) } }
      }
      case 'FinalizeArtifact': {
        const artifact = inRun.find((candidate) => candidate.name === body.name && !candidate.finalized)
        if (!artifact) return { status: 404, json: { code: 'not_found', msg: `no artifact ${String(body.name)} being uploaded` } }
        artifact.finalized = true
        artifact.size = Number(body.size ?? artifact.content.length)
        artifact.digest = typeof body.hash === 'string' ? body.hash : undefined
        return { status: 200, json: { ok: true, artifact_id: String(artifact.id) } }
      }
      case 'ListArtifacts': {
        const listed = inRun.filter(
          (artifact) =>
            artifact.finalized &&
            (body.name_filter === undefined || artifact.name === body.name_filter) &&
            (body.id_filter === undefined || String(artifact.id) === String(body.id_filter)),
        )
        return {
          status: 200,
          json: {
            artifacts: listed.map((artifact) => ({
              workflow_run_backend_id: backendRunId(artifact.runId),
              workflow_job_run_backend_id: artifact.jobId,
              database_id: String(artifact.id),
              name: artifact.name,
              size: String(artifact.size),
              created_at: artifact.createdAt,
              ...(artifact.digest ? { digest: artifact.digest } : {}),
            })),
          },
        }
      }
      case 'DeleteArtifact': {
        // What upload-artifact's overwrite: true asks before it uploads the same name again.
        const artifact = inRun.find((candidate) => candidate.name === body.name && candidate.finalized)
        if (!artifact) return { status: 404, json: { code: 'not_found', msg: `no artifact ${String(body.name)}` } }
        artifacts.splice(artifacts.indexOf(artifact), 1)
        return { status: 200, json: { ok: true, artifact_id: String(artifact.id) } }
      }
      case 'GetSignedArtifactURL': {
        const artifact = inRun.find((candidate) => candidate.name === body.name && candidate.finalized)
        if (!artifact) return { status: 404, json: { code: 'not_found', msg: `no artifact ${String(body.name)}` } }
        return { status: 200, json: { signed_url: blobUrl(artifact) } }
      }
      default:
        return { status: 404, json: { code: 'bad_route', msg: `no method ${method}` } }
    }
  }

  const blob = (request: IncomingMessage, url: URL, body: Buffer): { status: number; body?: Buffer; headers?: Record<string, string> } => {
    const id = Number(/\/devstoreaccount1\/artifacts\/(\d+)\.zip$/.exec(url.pathname)?.[1])
    const artifact = artifacts.find((candidate) => candidate.id === id)
    if (!artifact || url.searchParams.get('sig') !== `signature${id}`) return { status: 403 }
    const headers = { 'x-ms-request-id': `request-${calls.length}`, 'x-ms-version': '2023-11-03' }
    if (request.method === 'GET') {
      if (!artifact.finalized) return { status: 404 }
      return { status: 200, body: artifact.content, headers: { ...headers, 'content-type': 'application/zip' } }
    }
    if (request.method !== 'PUT' || artifact.finalized) return { status: 409 }
    const comp = url.searchParams.get('comp')
    if (comp === 'block') {
      artifact.blocks.set(url.searchParams.get('blockid') ?? '', body)
      return { status: 201, headers }
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((match) => match[1]!)
      const missing = ids.filter((blockId) => !artifact.blocks.has(blockId))
      if (missing.length > 0) return { status: 400 }
      artifact.content = Buffer.concat(ids.map((blockId) => artifact.blocks.get(blockId)!))
      artifact.blocks.clear()
      return { status: 201, headers: { ...headers, etag: `"${artifact.id}"` } }
    }
    artifact.content = body
    return { status: 201, headers }
  }

  const rest = (url: URL, authorization: string | undefined): { status: number; json?: unknown; location?: string } => {
    if (authorization !== `token ${token}` && authorization !== `Bearer ${token}`) return { status: 401, json: { message: 'Bad credentials' } }
    const prefix = `/repos/${repository}/actions/`
    if (!url.pathname.startsWith(prefix)) return { status: 404, json: { message: 'Not Found' } }
    const rest = url.pathname.slice(prefix.length)
    let match = /^runs\/(\d+)\/artifacts$/.exec(rest)
    if (match) {
      const runId = Number(match[1])
      const name = url.searchParams.get('name')
      const listed = artifacts.filter((artifact) => artifact.runId === runId && artifact.finalized && (!name || artifact.name === name))
      return { status: 200, json: { total_count: listed.length, artifacts: listed.map(publicArtifact) } }
    }
    match = /^artifacts\/(\d+)\/zip$/.exec(rest)
    if (match) {
      const artifact = artifacts.find((candidate) => candidate.id === Number(match![1]) && candidate.finalized)
      if (!artifact) return { status: 404, json: { message: 'Not Found' } }
      return { status: 302, location: blobUrl(artifact) }
    }
    const workflowRuns = /^workflows\/([^/]+)\/runs$/.exec(rest)
    if (rest === 'runs' || workflowRuns) {
      const sha = url.searchParams.get('head_sha')
      const event = url.searchParams.get('event')
      const status = url.searchParams.get('status')
      const branch = url.searchParams.get('branch')
      const listed = runs.filter(
        (run) =>
          (!sha || run.headSha === sha) &&
          (!branch || (run.headBranch ?? 'main') === branch) &&
          (!workflowRuns || (run.path ?? '.github/workflows/cloud-delivery-pipeline.yml').split('/').pop() === workflowRuns[1]) &&
          (!event || (run.event ?? 'push') === event) &&
          (!status || (status === 'success' ? (run.conclusion ?? 'success') === 'success' : (run.status ?? 'completed') === status)),
      )
      return {
        status: 200,
        json: {
          total_count: listed.length,
          workflow_runs: listed.map((run) => ({
            id: run.id,
            head_sha: run.headSha,
            head_branch: run.headBranch ?? 'main',
            head_repository: { full_name: run.headRepository ?? repository },
            event: run.event ?? 'push',
            status: run.status ?? 'completed',
            conclusion: run.conclusion === undefined ? 'success' : run.conclusion,
            path: run.path ?? '.github/workflows/cloud-delivery-pipeline.yml',
            created_at: run.createdAt ?? '2025-01-02T03:04:05Z',
            html_url: `https://github.com/${repository}/actions/runs/${run.id}`,
          })),
        },
      }
    }
    return { status: 404, json: { message: 'Not Found' } }
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const url = new URL(request.url ?? '/', baseUrl)
      calls.push({ method: request.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams) })
      const body = Buffer.concat(chunks)
      if (url.pathname.startsWith(TWIRP_PREFIX) && request.method === 'POST') {
        let parsed: Record<string, unknown>
        try {
          parsed = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>
        } catch {
          response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'malformed', msg: 'not JSON' }))
          return
        }
        const answer = twirp(url.pathname.slice(TWIRP_PREFIX.length), parsed, request.headers.authorization)
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.json))
        return
      }
      if (url.pathname.startsWith('/devstoreaccount1/')) {
        const answer = blob(request, url, body)
        response.writeHead(answer.status, answer.headers ?? {}).end(answer.body ?? '')
        return
      }
      const answer = rest(url, request.headers.authorization)
      if (answer.location) {
        response.writeHead(302, { location: answer.location }).end()
        return
      }
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.json ?? {}))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: baseUrl,
    repository,
    token,
    artifacts,
    calls,
    runEnv: (runId, jobId = 'job-1') => ({
      ACTIONS_RUNTIME_TOKEN: runtimeToken(runId, jobId),
      ACTIONS_RESULTS_URL: `${baseUrl}/`,
      GITHUB_API_URL: baseUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: repository,
      GITHUB_RUN_ID: String(runId),
    }),
    addRun: (run) => runs.push(run),
    replaceContent: (name, runId, content) => {
      const artifact = artifacts.find((candidate) => candidate.name === name && candidate.runId === runId)
      if (!artifact) throw new Error(`test bug: no artifact ${name} in run ${runId}`)
      artifact.content = content
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
