// API smoke: proves that production's authorization works both ways. The allowed client gets a
// token by OAuth 2 client credentials and each endpoint answers it as configured; the denied client
// gets a token too and must be refused with exactly the configured status. Secrets and tokens are
// handed to `secret` (which masks them) before their first use and never appear in an outcome.
import type { ApiSmokeConfig } from '../../config/prod-verify-config.js'
import type { CheckOutcome } from '../../contracts/common.js'
import { errorMessage } from '../../errors.js'
import type { Clock } from '../../platform/clock.js'
import type { Logger } from '../../platform/logger.js'
import { fetchFailure } from './freshness.js'

export type ClientRole = 'allowed' | 'denied'

/** One client as the runbook names it; any field may be missing when an input was not given. */
export interface ClientCredentials {
  tenantId?: string
  clientId?: string
  clientSecret?: string
  scope?: string
}

export interface ApiSmokeInput {
  config: ApiSmokeConfig
  clients: Record<ClientRole, ClientCredentials>
  /** Overrides config.deniedExpectedStatus (the runbook's denied expected code). */
  deniedExpectedStatus?: number
}

export interface ApiSmokePorts {
  clock: Clock
  logger: Logger
  /** Masks a secret everywhere from now on (logs and evidence). */
  secret(value: string): void
}

export const API_SMOKE_CHECKS: Record<ClientRole, string> = {
  allowed: 'api smoke (allowed client)',
  denied: 'api smoke (denied client)',
}

/** A reason for a failed or skipped check; the message never holds a secret or a token. */
class SmokeProblem extends Error {
  constructor(message: string, readonly skip = false) {
    super(message)
  }
}

/** Two outcomes, allowed client then denied client. */
export async function runApiSmoke(input: ApiSmokeInput, ports: ApiSmokePorts): Promise<CheckOutcome[]> {
  for (const client of Object.values(input.clients)) if (client.clientSecret) ports.secret(client.clientSecret)
  const discovery = new Map<string, Promise<string>>()
  const roles: ClientRole[] = ['allowed', 'denied']
  return Promise.all(roles.map((role) => smokeAs(role, input, ports, discovery)))
}

async function smokeAs(role: ClientRole, input: ApiSmokeInput, ports: ApiSmokePorts, discovery: Map<string, Promise<string>>): Promise<CheckOutcome> {
  const { config } = input
  const base = { name: API_SMOKE_CHECKS[role], type: 'api-smoke', required: config.required }
  const started = ports.clock.now()
  const durationMs = () => Math.max(0, ports.clock.now().getTime() - started.getTime())
  let requests = 0
  try {
    const client = input.clients[role]
    if (!client.clientId || !client.clientSecret) {
      throw new SmokeProblem(
        `no credentials for the ${role} client: give the ${role}-client-id and ${role}-client-secret inputs`,
        !config.required,
      )
    }
    const tokenUrl = await tokenEndpoint(config, client, role, discovery)
    requests++
    const token = await requestToken(tokenUrl, config, client, role, ports)
    const expected = role === 'allowed' ? undefined : (input.deniedExpectedStatus ?? config.deniedExpectedStatus)
    const results: string[] = []
    const problems: string[] = []
    for (const endpoint of config.endpoints) {
      const method = endpoint.method.toUpperCase()
      const want = expected ?? endpoint.expectStatus
      requests++
      const status = await callEndpoint(method, endpoint.url, token, config.timeoutSeconds)
      results.push(`${method} ${endpoint.url} -> ${status}`)
      // A 2xx for the denied client is a failure even if someone configured it as the expected code.
      if (role === 'denied' && status >= 200 && status < 300) {
        problems.push(`the denied client got ${status} from ${method} ${endpoint.url}: it must be refused with ${want}`)
      } else if (status !== want) {
        problems.push(`${method} ${endpoint.url} answered ${status} to the ${role} client, expected ${want}`)
      }
    }
    const detail = results.join('; ')
    if (problems.length > 0) return { ...base, status: 'fail', reason: problems.join('; '), attempts: requests, durationMs: durationMs(), detail }
    return { ...base, status: 'pass', attempts: requests, durationMs: durationMs(), detail }
  } catch (error) {
    if (!(error instanceof SmokeProblem)) throw error
    return { ...base, status: error.skip ? 'skipped' : 'fail', reason: error.message, attempts: requests, durationMs: durationMs() }
  }
}

/** Replaces {tenantId} with the client's tenant id; a template without one needs none. */
function withTenant(template: string, client: ClientCredentials, role: ClientRole, key: string): string {
  if (!template.includes('{tenantId}')) return template
  if (!client.tenantId) throw new SmokeProblem(`prodVerify.apiSmoke.${key} has {tenantId}, but no ${role}-tenant-id was given`)
  return template.split('{tenantId}').join(encodeURIComponent(client.tenantId))
}

async function tokenEndpoint(config: ApiSmokeConfig, client: ClientCredentials, role: ClientRole, discovery: Map<string, Promise<string>>): Promise<string> {
  if (config.tokenUrl !== undefined) return withTenant(config.tokenUrl, client, role, 'tokenUrl')
  const issuer = withTenant(config.issuer ?? '', client, role, 'issuer')
  let found = discovery.get(issuer)
  if (!found) {
    found = discoverTokenEndpoint(issuer, config.timeoutSeconds)
    discovery.set(issuer, found)
  }
  return found
}

/**
 * OpenID Connect Discovery 1.0: the document is read from the issuer itself (no redirect is
 * followed) and used only when its `issuer` is identical to the configured one (section 4.3).
 * The token endpoint may be on another host (Google, Cognito), but never a downgrade to http.
 */
async function discoverTokenEndpoint(issuer: string, timeoutSeconds: number): Promise<string> {
  const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`
  let response: Response
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, redirect: 'manual', signal: AbortSignal.timeout(timeoutSeconds * 1000) })
  } catch (error) {
    throw new SmokeProblem(`discovery ${url}: ${fetchFailure(error, timeoutSeconds)}`)
  }
  const text = await response.text()
  if (isRedirect(response.status)) throw new SmokeProblem(`discovery ${url}: ${redirectRefused(response)}`)
  if (!response.ok) throw new SmokeProblem(`discovery ${url}: answered ${response.status}`)
  let document: { issuer?: unknown; token_endpoint?: unknown }
  try {
    document = (JSON.parse(text) ?? {}) as typeof document
  } catch (error) {
    throw new SmokeProblem(`discovery ${url}: not valid JSON (${errorMessage(error)})`)
  }
  if (document.issuer !== issuer) {
    const named = typeof document.issuer === 'string' ? `names the issuer ${JSON.stringify(document.issuer)}` : 'names no issuer'
    throw new SmokeProblem(
      `discovery ${url}: the OpenID configuration ${named}, not the configured ${JSON.stringify(issuer)}; ` +
        'it must be identical (OpenID Connect Discovery 4.3): set prodVerify.apiSmoke.issuer to the issuer this provider names, or give tokenUrl',
    )
  }
  const tokenUrl = document.token_endpoint
  if (typeof tokenUrl !== 'string' || !/^https?:\/\//i.test(tokenUrl) || !URL.canParse(tokenUrl)) {
    throw new SmokeProblem(`discovery ${url}: no token_endpoint URL in the OpenID configuration`)
  }
  if (/^https:/i.test(issuer) && new URL(tokenUrl).protocol !== 'https:') {
    throw new SmokeProblem(`discovery ${url}: the token_endpoint ${tokenUrl} is not https while the issuer is; the client secrets are not sent in clear text`)
  }
  return tokenUrl
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400
}

/** A redirect is an answer, never followed: following one re-sends the request (and a secret) to wherever it points. */
function redirectRefused(response: Response): string {
  const location = response.headers.get('location')
  return `answered ${response.status} (a redirect${location ? ` to ${location}` : ''}); redirects are not followed: configure the final URL`
}

/** The client credentials grant (RFC 6749 section 4.4); the token is masked before it is returned. */
async function requestToken(tokenUrl: string, config: ApiSmokeConfig, client: ClientCredentials, role: ClientRole, ports: ApiSmokePorts): Promise<string> {
  const clientId = client.clientId ?? ''
  const clientSecret = client.clientSecret ?? ''
  const form = new URLSearchParams({ grant_type: 'client_credentials' })
  if (client.scope) form.set('scope', client.scope)
  if (config.audience) form.set('audience', config.audience)
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }
  if (config.clientAuthentication === 'client_secret_basic') {
    // RFC 6749 section 2.3.1: each part form-urlencoded before the Basic encoding.
    const basic = Buffer.from(`${formEncode(clientId)}:${formEncode(clientSecret)}`).toString('base64')
    ports.secret(basic)
    headers.authorization = `Basic ${basic}`
  } else {
    form.set('client_id', clientId)
    form.set('client_secret', clientSecret)
  }
  let response: Response
  try {
    // Never followed: a 307/308 would re-send the form, client secret included, to another host.
    response = await fetch(tokenUrl, { method: 'POST', headers, body: form, redirect: 'manual', signal: AbortSignal.timeout(config.timeoutSeconds * 1000) })
  } catch (error) {
    throw new SmokeProblem(`token endpoint ${tokenUrl}: ${fetchFailure(error, config.timeoutSeconds)}`)
  }
  if (isRedirect(response.status)) {
    await response.body?.cancel()
    throw new SmokeProblem(`token endpoint ${tokenUrl}: ${redirectRefused(response)}`)
  }
  const text = await response.text()
  let body: Record<string, unknown> = {}
  try {
    const parsed = JSON.parse(text) as unknown
    if (parsed !== null && typeof parsed === 'object') body = parsed as Record<string, unknown>
  } catch {
    // Described below by what is missing; the raw text may hold a token and is never shown.
  }
  const token = body.access_token
  if (typeof token === 'string' && token !== '') ports.secret(token)
  if (!response.ok) {
    const error = typeof body.error === 'string' ? ` (${body.error}${typeof body.error_description === 'string' ? `: ${body.error_description}` : ''})` : ''
    throw new SmokeProblem(`token endpoint ${tokenUrl} refused the ${role} client ${clientId} with ${response.status}${error}`)
  }
  if (typeof token !== 'string' || token === '') {
    throw new SmokeProblem(`token endpoint ${tokenUrl} answered ${response.status} but gave the ${role} client ${clientId} no access_token`)
  }
  ports.logger.debug(`token for the ${role} client ${clientId} from ${tokenUrl} (${typeof body.expires_in === 'number' ? `expires in ${body.expires_in} s` : 'no expiry given'})`)
  return token
}

function formEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+')
}

async function callEndpoint(method: string, url: string, token: string, timeoutSeconds: number): Promise<number> {
  let response: Response
  try {
    // Redirects are not followed: a redirect to a login page is an answer, not a success.
    response = await fetch(url, { method, headers: { authorization: `Bearer ${token}` }, redirect: 'manual', signal: AbortSignal.timeout(timeoutSeconds * 1000) })
  } catch (error) {
    throw new SmokeProblem(`${method} ${url}: ${fetchFailure(error, timeoutSeconds)}`)
  }
  await response.body?.cancel()
  return response.status
}
