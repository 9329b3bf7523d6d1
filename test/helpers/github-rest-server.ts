// A local GitHub REST server (node:http, 127.0.0.1) for the endpoints commit-gate uses: check runs
// (every attempt, several suites, paginated with Link headers), combined statuses, the pull requests
// of a commit, a commit's parents and files, and compare. State is scripted per SHA; a SHA can be
// given a sequence of states, one per poll, to show a check going from pending to done.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
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
}

export interface GitHubRestServerOptions {
  repository?: string
  token?: string
  /** GitHub caps per_page at 100; a lower cap makes small listings span pages. */
  maxPerPage?: number
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
  close(): Promise<void>
}

export const FAKE_SERVER_URL = 'https://github.example'

export async function startGitHubRestServer(options: GitHubRestServerOptions = {}): Promise<GitHubRestServer> {
  const repository = options.repository ?? 'acme/shop'
  const token = options.token ?? 'ghs_test0token0for0the0local0server'
  const maxPerPage = options.maxPerPage ?? 100
  const commits = new Map<string, CommitState[]>()
  const comparisons = new Map<string, string[]>()
  const pollCount = new Map<string, number>()
  const requests: RecordedRequest[] = []
  let baseUrl = ''
  let failures: { status: number; count: number } = { status: 200, count: 0 }

  const stateOf = (sha: string, advance: boolean): CommitState | undefined => {
    const states = commits.get(sha)
    if (!states) return undefined
    if (advance) pollCount.set(sha, (pollCount.get(sha) ?? 0) + 1)
    const index = Math.max(0, Math.min((pollCount.get(sha) ?? 1) - 1, states.length - 1))
    return states[index]
  }

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', baseUrl)
    const query = Object.fromEntries(url.searchParams)
    requests.push({ method: request.method ?? 'GET', path: url.pathname, query, authorization: request.headers.authorization })
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      response.end(JSON.stringify(body))
    }
    if (request.headers.authorization !== `token ${token}` && request.headers.authorization !== `Bearer ${token}`) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' })
      return
    }
    if (failures.count > 0) {
      failures.count--
      send(failures.status, { message: `scripted HTTP ${failures.status}` })
      return
    }
    const prefix = `/repos/${repository}/`
    if (request.method !== 'GET' || !url.pathname.startsWith(prefix)) {
      send(404, { message: 'Not Found' })
      return
    }
    const rest = decodeURIComponent(url.pathname.slice(prefix.length))
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

  const server: Server = createServer(handle)
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
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
