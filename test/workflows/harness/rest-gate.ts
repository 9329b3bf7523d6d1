// The GitHub REST API as a job sees it: a local HTTP server that knows each job's GITHUB_TOKEN and
// its permissions, decides from a route table which permission a call needs, answers 401/403/404 as
// GitHub does, and forwards allowed calls to the backend server that implements the route.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { allows, type PermissionScope, type Permissions } from './permissions.js'

export type GateBackend = 'rest' | 'artifacts'

/** Scopes a GITHUB_TOKEN can never hold (repository variables, secrets, settings): a route that
 * needs one is always 403 for a workflow's token, as on GitHub. */
type UngrantableScope = 'variables' | 'secrets' | 'administration'

export interface GateRoute {
  /** e.g. `GET /repos/{owner}/{repo}/commits/{ref}/check-runs`; `{name+}` matches several segments. */
  route: string
  permission: `${PermissionScope | UngrantableScope}:${'read' | 'write'}`
  backend: GateBackend
}

const repo = '/repos/{owner}/{repo}'

/** Which permission each route needs and which backend serves it. Extend it when a workflow calls
 * a new endpoint (and its backend serves it): anything not listed is 404. */
export const GATE_ROUTES: GateRoute[] = [
  { route: `GET ${repo}`, permission: 'metadata:read', backend: 'rest' },
  // checks and statuses (commit-gate)
  { route: `GET ${repo}/commits/{ref}/check-runs`, permission: 'checks:read', backend: 'rest' },
  { route: `GET ${repo}/commits/{ref}/check-suites`, permission: 'checks:read', backend: 'rest' },
  { route: `GET ${repo}/check-runs/{id}`, permission: 'checks:read', backend: 'rest' },
  { route: `POST ${repo}/check-runs`, permission: 'checks:write', backend: 'rest' },
  { route: `PATCH ${repo}/check-runs/{id}`, permission: 'checks:write', backend: 'rest' },
  { route: `GET ${repo}/commits/{ref}/status`, permission: 'statuses:read', backend: 'rest' },
  { route: `GET ${repo}/commits/{ref}/statuses`, permission: 'statuses:read', backend: 'rest' },
  { route: `POST ${repo}/statuses/{sha}`, permission: 'statuses:write', backend: 'rest' },
  // pull requests
  { route: `GET ${repo}/commits/{sha}/pulls`, permission: 'pull-requests:read', backend: 'rest' },
  { route: `GET ${repo}/pulls`, permission: 'pull-requests:read', backend: 'rest' },
  { route: `GET ${repo}/pulls/{number+}`, permission: 'pull-requests:read', backend: 'rest' },
  // contents
  { route: `GET ${repo}/commits`, permission: 'contents:read', backend: 'rest' },
  { route: `GET ${repo}/commits/{ref}`, permission: 'contents:read', backend: 'rest' },
  { route: `GET ${repo}/compare/{basehead}`, permission: 'contents:read', backend: 'rest' },
  { route: `GET ${repo}/contents/{path+}`, permission: 'contents:read', backend: 'rest' },
  { route: `PUT ${repo}/contents/{path+}`, permission: 'contents:write', backend: 'rest' },
  { route: `GET ${repo}/git/{path+}`, permission: 'contents:read', backend: 'rest' },
  { route: `GET ${repo}/branches`, permission: 'contents:read', backend: 'rest' },
  { route: `GET ${repo}/tags`, permission: 'contents:read', backend: 'rest' },
  { route: `GET ${repo}/releases`, permission: 'contents:read', backend: 'rest' },
  { route: `POST ${repo}/releases`, permission: 'contents:write', backend: 'rest' },
  // workflow runs and artifacts (the artifact service)
  { route: `GET ${repo}/actions/runs`, permission: 'actions:read', backend: 'artifacts' },
  { route: `GET ${repo}/actions/runs/{id}`, permission: 'actions:read', backend: 'artifacts' },
  { route: `GET ${repo}/actions/runs/{id}/artifacts`, permission: 'actions:read', backend: 'artifacts' },
  { route: `GET ${repo}/actions/workflows/{workflow}/runs`, permission: 'actions:read', backend: 'artifacts' },
  { route: `GET ${repo}/actions/artifacts`, permission: 'actions:read', backend: 'artifacts' },
  { route: `GET ${repo}/actions/artifacts/{id}`, permission: 'actions:read', backend: 'artifacts' },
  { route: `GET ${repo}/actions/artifacts/{id}/zip`, permission: 'actions:read', backend: 'artifacts' },
  { route: `DELETE ${repo}/actions/artifacts/{id}`, permission: 'actions:write', backend: 'artifacts' },
  // deployments and environments
  { route: `GET ${repo}/deployments`, permission: 'deployments:read', backend: 'rest' },
  { route: `POST ${repo}/deployments`, permission: 'deployments:write', backend: 'rest' },
  { route: `GET ${repo}/deployments/{id}`, permission: 'deployments:read', backend: 'rest' },
  { route: `GET ${repo}/deployments/{id}/statuses`, permission: 'deployments:read', backend: 'rest' },
  { route: `POST ${repo}/deployments/{id}/statuses`, permission: 'deployments:write', backend: 'rest' },
  { route: `GET ${repo}/environments`, permission: 'actions:read', backend: 'rest' },
  { route: `GET ${repo}/environments/{name}`, permission: 'actions:read', backend: 'rest' },
  // issues
  { route: `GET ${repo}/issues`, permission: 'issues:read', backend: 'rest' },
  { route: `GET ${repo}/issues/{number+}`, permission: 'issues:read', backend: 'rest' },
  { route: `POST ${repo}/issues`, permission: 'issues:write', backend: 'rest' },
  { route: `POST ${repo}/issues/{number+}`, permission: 'issues:write', backend: 'rest' },
  // what a GITHUB_TOKEN can never do
  { route: `GET ${repo}/actions/variables`, permission: 'variables:read', backend: 'rest' },
  { route: `GET ${repo}/actions/variables/{name}`, permission: 'variables:read', backend: 'rest' },
  { route: `POST ${repo}/actions/variables`, permission: 'variables:write', backend: 'rest' },
  { route: `PATCH ${repo}/actions/variables/{name}`, permission: 'variables:write', backend: 'rest' },
  { route: `GET ${repo}/actions/secrets`, permission: 'secrets:read', backend: 'rest' },
  { route: `PUT ${repo}/actions/secrets/{name}`, permission: 'secrets:write', backend: 'rest' },
]

interface CompiledRoute extends GateRoute {
  method: string
  pattern: RegExp
}

function compile(route: GateRoute): CompiledRoute {
  const [method, path] = route.route.split(' ') as [string, string]
  const source = path
    .split('/')
    .map((segment) => (/^\{[^}]+\+\}$/.test(segment) ? '.+' : /^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('/')
  return { ...route, method, pattern: new RegExp(`^${source}$`) }
}

/** The route a call matches, or undefined (404). */
export function matchRoute(method: string, path: string, routes: GateRoute[] = GATE_ROUTES): GateRoute | undefined {
  return routes.map(compile).find((route) => route.method === method.toUpperCase() && route.pattern.test(path))
}

export interface GateTokenHolder {
  /** Who holds the token, for the request log: `<run id>/<job>`. */
  holder: string
  permissions: Permissions
}

export interface GateRequest {
  method: string
  path: string
  holder?: string
  status: number
}

export interface RestGate {
  /** GITHUB_API_URL for the jobs. */
  url: string
  requests: GateRequest[]
  register(token: string, holder: GateTokenHolder): void
  /** The token expires when its job ends, as on GitHub. */
  revoke(token: string): void
  close(): Promise<void>
}

export interface RestGateOptions {
  backends: Record<GateBackend, { url: string; token: string }>
  routes?: GateRoute[]
}

export async function startRestGate(options: RestGateOptions): Promise<RestGate> {
  const routes = (options.routes ?? GATE_ROUTES).map(compile)
  const tokens = new Map<string, GateTokenHolder>()
  const requests: GateRequest[] = []
  let baseUrl = ''

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body))
  }

  const forward = (request: IncomingMessage, response: ServerResponse, body: Buffer, backend: { url: string; token: string }) => {
    const target = new URL(request.url ?? '/', backend.url)
    const headers = { ...request.headers, host: target.host, authorization: `token ${backend.token}` }
    const outgoing = httpRequest(target, { method: request.method, headers }, (answer) => {
      const answerHeaders = { ...answer.headers }
      // Pagination links must lead back through the gate, with the job's own token.
      if (typeof answerHeaders.link === 'string') answerHeaders.link = answerHeaders.link.split(backend.url).join(baseUrl)
      response.writeHead(answer.statusCode ?? 502, answerHeaders)
      answer.pipe(response)
    })
    outgoing.on('error', (error) => send(response, 502, { message: `the harness backend failed: ${error.message}` }))
    outgoing.end(body)
  }

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const url = new URL(request.url ?? '/', baseUrl)
      const method = request.method ?? 'GET'
      const log: GateRequest = { method, path: url.pathname, status: 0 }
      requests.push(log)
      const reply = (status: number, body: unknown) => {
        log.status = status
        send(response, status, body)
      }
      const authorization = request.headers.authorization ?? ''
      const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization)?.[1]
      if (!token) return reply(401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' })
      const holder = tokens.get(token)
      if (!holder) return reply(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' })
      log.holder = holder.holder
      const route = routes.find((candidate) => candidate.method === method && candidate.pattern.test(url.pathname))
      if (!route) return reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
      const [scope, level] = route.permission.split(':') as [string, 'read' | 'write']
      const granted = scope in holder.permissions && allows(holder.permissions, scope as PermissionScope, level)
      if (!granted) return reply(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' })
      response.on('finish', () => (log.status = response.statusCode))
      forward(request, response, Buffer.concat(chunks), options.backends[route.backend])
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: baseUrl,
    requests,
    register: (token, holder) => tokens.set(token, holder),
    revoke: (token) => tokens.delete(token),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
