// A local GitHub REST server (node:http, 127.0.0.1) for the endpoints shipgate uses: check runs
// (every attempt, several suites, paginated with Link headers), combined statuses, the pull requests
// of a commit, a commit's parents and files, compare, and deployments with their statuses (created,
// listed newest first with GitHub's filters and pagination, bodies validated as GitHub does, and
// GitHub's auto_inactive). Commit state is scripted per SHA; a SHA can be given a sequence of states,
// one per poll, to show a check going from pending to done. Requests for routes it does not serve
// can be forwarded to another local server (the artifact service's REST endpoints), so that one
// GITHUB_API_URL serves both, as api.github.com does. Tags (git/ref/tags/<tag>, and git/tags/<sha>
// for an annotated tag's object) are served for any repository, as the release manifest names many.
import { createHash } from 'node:crypto'
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ScriptedCheckRun {
  id: number
  name: string
  status?: 'queued' | 'in_progress' | 'completed' | 'waiting'
  conclusion?: 'success' | 'failure' | 'cancelled' | 'neutral' | 'skipped' | 'timed_out' | 'action_required' | null
  suiteId?: number
}

export interface ScriptedStatus {
  context: string
  state: 'pending' | 'success' | 'failure' | 'error'
}

export interface ScriptedPull {
  number: number
  headSha: string
  mergeCommitSha?: string
  merged?: boolean
}

/** What the API says about one commit at one poll. */
export interface CommitState {
  checkRuns?: ScriptedCheckRun[]
  statuses?: ScriptedStatus[]
  pulls?: ScriptedPull[]
  parents?: string[]
  files?: string[]
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  authorization: string | undefined
  /** The parsed JSON body of a POST, as the server received it. */
  body?: unknown
}

/** A deployment status as the server keeps it. */
export interface StoredDeploymentStatus {
  id: number
  state: string
  description: string
  environment: string
  logUrl: string
  targetUrl: string
  environmentUrl: string
  createdAt: string
  /** True for the inactive statuses the server added itself (auto_inactive). */
  automatic: boolean
}

/** A deployment as the server keeps it; statuses oldest first. */
export interface StoredDeployment {
  id: number
  sha: string
  ref: string
  task: string
  environment: string
  originalEnvironment: string
  payload: unknown
  description: string | null
  productionEnvironment: boolean
  transientEnvironment: boolean
  createdAt: string
  statuses: StoredDeploymentStatus[]
}

/** What the token may do with deployments, as a workflow's `permissions: deployments:` grants it. */
export type DeploymentsPermission = 'write' | 'read' | 'none'

export interface GitHubRestServerOptions {
  repository?: string
  token?: string
  /** GitHub caps per_page at 100; a lower cap makes small listings span pages. */
  maxPerPage?: number
  /** Where requests for routes this server does not serve go (e.g. the artifact service's URL). */
  forwardTo?: string
  /** Branch names a deployment's ref may name, with their head SHAs. */
  branches?: Record<string, string>
}

export interface GitHubRestServer {
  /** The API base URL, for GITHUB_API_URL. */
  url: string
  repository: string
  token: string
  requests: RecordedRequest[]
  /** Scripts a commit: with several states, the n-th check-runs request for it sees the n-th state (the last one repeats). */
  commit(sha: string, ...states: CommitState[]): void
  /** The files `compare/{base}...{head}` lists. */
  compare(base: string, head: string, files: string[]): void
  /** Answers the next `count` requests with this HTTP status (a GitHub outage, a rate limit). */
  failNext(status: number, count?: number): void
  /** How many times the check runs of a SHA were asked for (first pages only: the polls). */
  polls(sha: string): number
  /** Every deployment created, oldest first, with its statuses. */
  deployments: StoredDeployment[]
  /** What the token may do with deployments from now on; default write. */
  setDeploymentsPermission(permission: DeploymentsPermission): void
  /**
   * Tags a commit in any repository (owner/name): lightweight, or annotated (the ref points at a tag
   * object that points at the commit; with `onTag`, at another tag's object). Returns the SHA the ref points at.
   */
  tag(repository: string, name: string, commitSha: string, options?: { annotated?: boolean; onTag?: string }): string
  close(): Promise<void>
}

export const FAKE_SERVER_URL = 'https://github.example'

/** The states a deployment status may have (GitHub's list). */
const DEPLOYMENT_STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success']

/** A JSON value's type in the words GitHub's validation messages use. */
function jsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value
}

type Expected = 'string' | 'boolean' | 'object' | 'array' | 'null'

/** GitHub's 422 for a body that does not fit the endpoint's schema. */
function invalidRequest(problems: string[]): { status: number; body: unknown } {
  return { status: 422, body: { message: `Invalid request.\n\n${problems.join('\n')}`, documentation_url: 'https://docs.github.com/rest/deployments', status: '422' } }
}

/** The problems of a body's fields against their types (absent fields are fine), GitHub's wording. */
function typeProblems(body: Record<string, unknown>, fields: Record<string, Expected[]>): string[] {
  const problems: string[] = []
  for (const [name, types] of Object.entries(fields)) {
    if (!(name in body)) continue
    const value = body[name]
    const actual = jsonType(value)
    const fits = types.includes(actual as Expected)
    if (!fits) problems.push(`For 'properties/${name}', ${JSON.stringify(value)} is not ${types.map((type) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`).join(' or ')}.`)
    if (fits && actual === 'array') {
      for (const item of value as unknown[]) if (typeof item !== 'string') problems.push(`For 'items', ${JSON.stringify(item)} is not a string.`)
    }
  }
  return problems
}

export async function startGitHubRestServer(options: GitHubRestServerOptions = {}): Promise<GitHubRestServer> {
  const repository = options.repository ?? 'acme/shop'
  const token = options.token ?? 'ghs_test0token0for0the0local0server'
  const maxPerPage = options.maxPerPage ?? 100
  const commits = new Map<string, CommitState[]>()
  const comparisons = new Map<string, string[]>()
  const pollCount = new Map<string, number>()
  const requests: RecordedRequest[] = []
  const deployments: StoredDeployment[] = []
  let deploymentsPermission: DeploymentsPermission = 'write'
  let nextDeploymentId = 1001
  let nextStatusId = 5001
  // A clock that moves one second per write, so created_at orders exactly as the ids do.
  let clockSeconds = Date.parse('2025-01-02T04:00:00Z') / 1000
  const now = () => new Date(++clockSeconds * 1000).toISOString().replace('.000Z', 'Z')
  let baseUrl = ''
  let failures: { status: number; count: number } = { status: 200, count: 0 }
  // "<owner/name> <tag>" -> what refs/tags/<tag> points at; a tag object's SHA -> its repository, name and target.
  const tagRefs = new Map<string, { type: 'commit' | 'tag'; sha: string }>()
  const tagObjects = new Map<string, { repository: string; name: string; object: { type: 'commit' | 'tag'; sha: string } }>()

  const stateOf = (sha: string, advance: boolean): CommitState | undefined => {
    const states = commits.get(sha)
    if (!states) return undefined
    if (advance) pollCount.set(sha, (pollCount.get(sha) ?? 0) + 1)
    const index = Math.max(0, Math.min((pollCount.get(sha) ?? 1) - 1, states.length - 1))
    return states[index]
  }

  const prefix = `/repos/${repository}/`
  const deploymentJson = (deployment: StoredDeployment) => ({
    url: `${baseUrl}${prefix}deployments/${deployment.id}`,
    id: deployment.id,
    node_id: `DE_${deployment.id}`,
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.originalEnvironment,
    environment: deployment.environment,
    description: deployment.description,
    creator: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    created_at: deployment.createdAt,
    updated_at: deployment.statuses.at(-1)?.createdAt ?? deployment.createdAt,
    statuses_url: `${baseUrl}${prefix}deployments/${deployment.id}/statuses`,
    repository_url: `${baseUrl}/repos/${repository}`,
    transient_environment: deployment.transientEnvironment,
    production_environment: deployment.productionEnvironment,
  })
  const statusJson = (deployment: StoredDeployment, status: StoredDeploymentStatus) => ({
    url: `${baseUrl}${prefix}deployments/${deployment.id}/statuses/${status.id}`,
    id: status.id,
    node_id: `DES_${status.id}`,
    state: status.state,
    creator: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    description: status.description,
    environment: status.environment,
    target_url: status.targetUrl,
    log_url: status.logUrl,
    environment_url: status.environmentUrl,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    deployment_url: `${baseUrl}${prefix}deployments/${deployment.id}`,
    repository_url: `${baseUrl}/repos/${repository}`,
  })

  /** POST /deployments: GitHub's validation, ref resolution and required contexts. */
  const createDeployment = (body: Record<string, unknown>): { status: number; body: unknown } => {
    const problems = typeProblems(body, {
      ref: ['string'],
      task: ['string'],
      auto_merge: ['boolean'],
      required_contexts: ['array'],
      payload: ['object', 'string'],
      environment: ['string'],
      description: ['string', 'null'],
      transient_environment: ['boolean'],
      production_environment: ['boolean'],
    })
    if (!('ref' in body)) problems.unshift('"ref" wasn\'t supplied.')
    if (problems.length > 0) return invalidRequest(problems)
    const ref = body.ref as string
    const sha = /^[0-9a-f]{40}$/.test(ref) ? ref : options.branches?.[ref]
    if (!sha) return { status: 422, body: { message: `No ref found for: ${ref}`, documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment', status: '422' } }
    // Without required_contexts, GitHub requires every context of the commit to be green.
    const statuses = stateOf(sha, false)?.statuses ?? []
    const required = (body.required_contexts as string[] | undefined) ?? statuses.map((status) => status.context)
    if (required.some((context) => statuses.find((status) => status.context === context)?.state !== 'success')) {
      return { status: 409, body: { message: `Conflict: Commit status checks failed for ${ref}.`, documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment' } }
    }
    const environment = (body.environment as string | undefined) ?? 'production'
    const deployment: StoredDeployment = {
      id: nextDeploymentId++,
      sha,
      ref,
      task: (body.task as string | undefined) ?? 'deploy',
      environment,
      originalEnvironment: environment,
      payload: body.payload ?? {},
      description: (body.description as string | null | undefined) ?? '',
      productionEnvironment: (body.production_environment as boolean | undefined) ?? environment === 'production',
      transientEnvironment: (body.transient_environment as boolean | undefined) ?? false,
      createdAt: now(),
      statuses: [],
    }
    deployments.push(deployment)
    return { status: 201, body: deploymentJson(deployment) }
  }

  /** POST /deployments/{id}/statuses, with GitHub's auto_inactive on a success. */
  const createStatus = (deployment: StoredDeployment, body: Record<string, unknown>): { status: number; body: unknown } => {
    const problems = typeProblems(body, {
      state: ['string'],
      target_url: ['string'],
      log_url: ['string'],
      description: ['string'],
      environment: ['string'],
      environment_url: ['string'],
      auto_inactive: ['boolean'],
    })
    if (!('state' in body)) problems.unshift('"state" wasn\'t supplied.')
    else if (typeof body.state === 'string' && !DEPLOYMENT_STATES.includes(body.state)) {
      problems.push(`For 'properties/state', ${JSON.stringify(body.state)} is not one of ${JSON.stringify(DEPLOYMENT_STATES)}.`)
    }
    if (problems.length > 0) return invalidRequest(problems)
    const description = (body.description as string | undefined) ?? ''
    if (description.length > 140) {
      return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'DeploymentStatus', code: 'custom', field: 'description', message: 'description is too long (maximum is 140 characters)' }], documentation_url: 'https://docs.github.com/rest/deployments/statuses#create-a-deployment-status', status: '422' } }
    }
    if (typeof body.environment === 'string') deployment.environment = body.environment
    const logUrl = (body.log_url as string | undefined) ?? (body.target_url as string | undefined) ?? ''
    const status: StoredDeploymentStatus = {
      id: nextStatusId++,
      state: body.state as string,
      description,
      environment: deployment.environment,
      logUrl,
      // Setting log_url sets target_url to the same value.
      targetUrl: logUrl,
      environmentUrl: (body.environment_url as string | undefined) ?? '',
      createdAt: now(),
      automatic: false,
    }
    deployment.statuses.push(status)
    // GitHub: a success marks every prior non-transient, non-production deployment of the same
    // environment whose state is success as inactive (auto_inactive, default true).
    if (status.state === 'success' && body.auto_inactive !== false) {
      for (const prior of deployments) {
        if (prior.id >= deployment.id || prior.environment !== deployment.environment || prior.transientEnvironment || prior.productionEnvironment) continue
        if (prior.statuses.at(-1)?.state !== 'success') continue
        prior.statuses.push({ ...prior.statuses.at(-1)!, id: nextStatusId++, state: 'inactive', description: '', createdAt: now(), automatic: true })
      }
    }
    return { status: 201, body: statusJson(deployment, status) }
  }

  /** Forwards a request this server does not serve, as it came; the answer goes back as it is. */
  const forward = (request: IncomingMessage, body: Buffer, response: ServerResponse): void => {
    const target = new URL(request.url ?? '/', options.forwardTo)
    const upstream = httpRequest(target, { method: request.method, headers: { ...request.headers, host: target.host } }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(response)
    })
    upstream.on('error', (error) => response.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ message: error.message })))
    upstream.end(body)
  }

  const handle = (request: IncomingMessage, rawBody: Buffer, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', baseUrl)
    const query = Object.fromEntries(url.searchParams)
    const method = request.method ?? 'GET'
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      response.end(JSON.stringify(body))
    }
    const reply = (answer: { status: number; body: unknown }) => send(answer.status, answer.body)
    const rest = url.pathname.startsWith(prefix) ? decodeURIComponent(url.pathname.slice(prefix.length)) : undefined
    const isDeployments = rest !== undefined && /^deployments(\/|$)/.test(rest)
    const gitRoute = method === 'GET' ? /^\/repos\/([^/]+\/[^/]+)\/git\/(?:ref\/tags\/(.+)|tags\/([^/]+))$/.exec(url.pathname) : null
    const served = gitRoute !== null || (rest !== undefined && (isDeployments || (method === 'GET' && /^(commits|compare)\//.test(rest))))
    if (!served && options.forwardTo) return forward(request, rawBody, response)

    let body: unknown
    if (method === 'POST') {
      try {
        body = JSON.parse(rawBody.toString('utf8') || '{}')
      } catch {
        requests.push({ method, path: url.pathname, query, authorization: request.headers.authorization })
        return send(400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest' })
      }
    }
    requests.push({ method, path: url.pathname, query, authorization: request.headers.authorization, ...(body !== undefined ? { body } : {}) })
    if (request.headers.authorization !== `token ${token}` && request.headers.authorization !== `Bearer ${token}`) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' })
      return
    }
    if (failures.count > 0) {
      failures.count--
      send(failures.status, { message: `scripted HTTP ${failures.status}` })
      return
    }
    if (gitRoute) {
      const [, owner, tagName, objectSha] = gitRoute
      const gitRepository = decodeURIComponent(owner!)
      const objectUrl = (object: { type: string; sha: string }) => `${baseUrl}/repos/${gitRepository}/git/${object.type === 'tag' ? 'tags' : 'commits'}/${object.sha}`
      if (tagName !== undefined) {
        const name = decodeURIComponent(tagName)
        const object = tagRefs.get(`${gitRepository} ${name}`)
        if (!object) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/git/refs#get-a-reference', status: '404' })
        return send(200, { ref: `refs/tags/${name}`, node_id: `REF_${name}`, url: `${baseUrl}/repos/${gitRepository}/git/refs/tags/${name}`, object: { ...object, url: objectUrl(object) } })
      }
      const tagObject = tagObjects.get(objectSha!)
      if (!tagObject || tagObject.repository !== gitRepository) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/git/tags#get-a-tag', status: '404' })
      return send(200, {
        node_id: `TAG_${objectSha}`,
        tag: tagObject.name,
        sha: objectSha,
        url: `${baseUrl}/repos/${gitRepository}/git/tags/${objectSha}`,
        message: `Release ${tagObject.name}\n`,
        tagger: { name: 'Release Bot', email: 'release@example.com', date: '2026-12-01T09:00:00Z' },
        object: { ...tagObject.object, url: objectUrl(tagObject.object) },
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
      })
    }
    if (!served || rest === undefined) {
      send(404, { message: 'Not Found' })
      return
    }
    const paginate = <T>(items: T[], wrap: (page: T[]) => unknown) => {
      const perPage = Math.min(Number(query.per_page ?? 30), maxPerPage)
      const page = Number(query.page ?? 1)
      const slice = items.slice((page - 1) * perPage, page * perPage)
      const headers: Record<string, string> = {}
      if (page * perPage < items.length) {
        const next = new URL(url)
        next.searchParams.set('page', String(page + 1))
        next.searchParams.set('per_page', String(perPage))
        headers.link = `<${next.toString()}>; rel="next"`
      }
      send(200, wrap(slice), headers)
    }

    if (isDeployments) {
      const writing = method !== 'GET'
      if (deploymentsPermission === 'none' || (writing && deploymentsPermission === 'read')) {
        return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/deployments/deployments', status: '403' })
      }
      if (rest === 'deployments') {
        if (method === 'POST') {
          if (jsonType(body) !== 'object') return reply(invalidRequest([`${JSON.stringify(body)} is not an object.`]))
          return reply(createDeployment(body as Record<string, unknown>))
        }
        if (method !== 'GET') return send(404, { message: 'Not Found' })
        const listed = deployments
          .filter(
            (deployment) =>
              (!query.sha || deployment.sha === query.sha) &&
              (!query.ref || deployment.ref === query.ref) &&
              (!query.task || deployment.task === query.task) &&
              (!query.environment || deployment.environment === query.environment),
          )
          .sort((a, b) => b.id - a.id)
        return paginate(listed, (page) => page.map(deploymentJson))
      }
      const match = /^deployments\/(\d+)(\/statuses)?$/.exec(rest)
      const deployment = match ? deployments.find((candidate) => candidate.id === Number(match[1])) : undefined
      if (!match || !deployment) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/deployments', status: '404' })
      if (!match[2]) return method === 'GET' ? send(200, deploymentJson(deployment)) : send(404, { message: 'Not Found' })
      if (method === 'POST') {
        if (jsonType(body) !== 'object') return reply(invalidRequest([`${JSON.stringify(body)} is not an object.`]))
        return reply(createStatus(deployment, body as Record<string, unknown>))
      }
      if (method !== 'GET') return send(404, { message: 'Not Found' })
      return paginate([...deployment.statuses].reverse(), (page) => page.map((status) => statusJson(deployment, status)))
    }

    let match = /^commits\/([^/]+)\/check-runs$/.exec(rest)
    if (match) {
      const sha = match[1]!
      // A poll asks for the first page; later pages of the same listing are not new polls.
      const state = stateOf(sha, (query.page ?? '1') === '1')
      if (!state) return send(422, { message: `No commit found for SHA: ${sha}` })
      let runs = (state.checkRuns ?? []).filter((run) => !query.check_name || run.name === query.check_name)
      if (query.filter !== 'all') {
        runs = runs.filter((run) => !runs.some((other) => other.name === run.name && other.id > run.id))
      }
      runs = [...runs].sort((a, b) => b.id - a.id)
      return paginate(runs, (page) => ({
        total_count: runs.length,
        check_runs: page.map((run) => ({
          id: run.id,
          name: run.name,
          head_sha: sha,
          status: run.status ?? 'completed',
          conclusion: (run.status ?? 'completed') === 'completed' ? (run.conclusion ?? 'success') : null,
          html_url: `${FAKE_SERVER_URL}/${repository}/runs/${run.id}`,
          check_suite: { id: run.suiteId ?? 1 },
        })),
      }))
    }
    match = /^commits\/([^/]+)\/status$/.exec(rest)
    if (match) {
      const sha = match[1]!
      const state = stateOf(sha, false)
      if (!state) return send(422, { message: `No commit found for SHA: ${sha}` })
      const statuses = state.statuses ?? []
      const combined = statuses.some((s) => s.state === 'failure' || s.state === 'error') ? 'failure' : statuses.some((s) => s.state === 'pending') || statuses.length === 0 ? 'pending' : 'success'
      return paginate(statuses, (page) => ({
        state: combined,
        sha,
        total_count: statuses.length,
        url: `${baseUrl}${prefix}commits/${sha}/status`,
        statuses: page.map((status, index) => ({
          id: index + 1,
          context: status.context,
          state: status.state,
          target_url: `${FAKE_SERVER_URL}/ci/${status.context}/${sha}`,
        })),
      }))
    }
    match = /^commits\/([^/]+)\/pulls$/.exec(rest)
    if (match) {
      const state = stateOf(match[1]!, false)
      const pulls = state?.pulls ?? []
      return paginate(pulls, (page) =>
        page.map((pull) => ({
          number: pull.number,
          state: pull.merged === false ? 'open' : 'closed',
          head: { sha: pull.headSha },
          merge_commit_sha: pull.mergeCommitSha ?? null,
          merged_at: pull.merged === false ? null : '2025-01-02T02:55:00Z',
        })),
      )
    }
    match = /^commits\/([^/]+)$/.exec(rest)
    if (match) {
      const sha = match[1]!
      const state = stateOf(sha, false)
      if (!state) return send(422, { message: `No commit found for SHA: ${sha}` })
      return send(200, { sha, parents: (state.parents ?? []).map((parent) => ({ sha: parent })), files: (state.files ?? []).map((filename) => ({ filename, status: 'modified' })) })
    }
    match = /^compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/.exec(rest)
    if (match) {
      const files = comparisons.get(`${match[1]}...${match[2]}`)
      if (!files) return send(404, { message: 'Not Found' })
      return send(200, { status: 'ahead', url: `${baseUrl}${prefix}compare/${match[1]}...${match[2]}`, files: files.map((filename) => ({ filename, status: 'modified' })), commits: [] })
    }
    send(404, { message: 'Not Found' })
  }

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => handle(request, Buffer.concat(chunks), response))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: baseUrl,
    repository,
    token,
    requests,
    commit: (sha, ...states) => {
      commits.set(sha, states.length > 0 ? states : [{}])
      pollCount.delete(sha)
    },
    compare: (base, head, files) => comparisons.set(`${base}...${head}`, files),
    failNext: (status, count = 1) => {
      failures = { status, count }
    },
    polls: (sha) => pollCount.get(sha) ?? 0,
    deployments,
    setDeploymentsPermission: (permission) => {
      deploymentsPermission = permission
    },
    tag: (tagRepository, name, commitSha, options = {}) => {
      let target: { type: 'commit' | 'tag'; sha: string } = { type: 'commit', sha: commitSha }
      if (options.onTag) target = tagRefs.get(`${tagRepository} ${options.onTag}`)!
      if (options.annotated || options.onTag) {
        const objectSha = createHash('sha1').update(`${tagRepository} ${name} ${target.sha}`).digest('hex')
        tagObjects.set(objectSha, { repository: tagRepository, name, object: target })
        target = { type: 'tag', sha: objectSha }
      }
      tagRefs.set(`${tagRepository} ${name}`, target)
      return target.sha
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
