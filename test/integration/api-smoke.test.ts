// API smoke against a real OAuth 2 server (oauth2-mock-server: signed RS256 JWTs, the real client
// credentials flow) and a small API on node:http that verifies each bearer token against the
// server's JWKS: 200 for the allowed client, 403 for any other, 401 for a bad or expired token.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createPublicKey, verify as verifySignature, type JsonWebKey } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OAuth2Server } from 'oauth2-mock-server'
import { apiSmokeConfig, prodVerifyConfig } from '../../src/config/prod-verify-config.js'
import { productionResult } from '../../src/contracts/production-result.js'
import { systemClock } from '../../src/platform/clock.js'
import type { Logger, LogLocation } from '../../src/platform/logger.js'
import { runApiSmoke, type ApiSmokeInput, type ClientCredentials } from '../../src/stages/checks/api-smoke.js'
import { verifyProduction } from '../../src/stages/prod-verify.js'
import { writeReleaseEvidence, type ReleaseEvidence } from '../helpers/evidence-fixtures.js'

const ALLOWED = { clientId: 'orders-reader', clientSecret: 'allowed-Secret-9f2c41d7' }
const DENIED = { clientId: 'orders-intruder', clientSecret: 'denied-Secret-51be07aa' }
const REGISTERED = new Map([ALLOWED, DENIED].map((client) => [client.clientId, client.clientSecret]))

/** Records every message as it was given, unmasked, and every secret it was told about. */
class RawLogger implements Logger {
  readonly messages: string[] = []
  readonly secrets: string[] = []
  event(name: string, fields: Record<string, unknown>): void {
    this.messages.push(`${name} ${JSON.stringify(fields)}`)
  }
  info(message: string): void {
    this.messages.push(message)
  }
  warning(message: string, _location?: LogLocation): void {
    this.messages.push(message)
  }
  error(message: string, _location?: LogLocation): void {
    this.messages.push(message)
  }
  debug(message: string): void {
    this.messages.push(message)
  }
  secret(value: string): void {
    this.secrets.push(value)
  }
  mask(text: string): string {
    return text
  }
  async group<T>(title: string, fn: () => T | Promise<T>): Promise<T> {
    this.messages.push(title)
    return fn()
  }
  text(): string {
    return this.messages.join('\n')
  }
}

// What the servers do, changed by a test and reset after each.
const behaviour = { expiredTokens: false, noAccessToken: false, apiServesEveryone: false }
const issuedTokens: string[] = []
const tokenRequests: { url: string; clientId: string | undefined }[] = []

let oauth: OAuth2Server
let issuer: string
let api: Server
let apiUrl: string
let jwks: Array<JsonWebKey & { kid?: string }>

function credentialsOf(request: IncomingMessage & { body?: Record<string, string> }): { clientId?: string; clientSecret?: string } {
  const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')
  if (basic) {
    const [id, secret] = Buffer.from(basic[1]!, 'base64').toString('utf8').split(':').map((part) => decodeURIComponent(part.replace(/\+/g, ' ')))
    return { clientId: id, clientSecret: secret }
  }
  return { clientId: request.body?.client_id, clientSecret: request.body?.client_secret }
}

/** Verifies an RS256 JWT against the issuer's JWKS; the claims, or why not. */
function verifyJwt(token: string): { claims: Record<string, unknown> } | { error: string } {
  const [header, payload, signature] = token.split('.')
  if (!header || !payload || !signature) return { error: 'not a JWT' }
  const { kid, alg } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { kid?: string; alg?: string }
  const jwk = jwks.find((key) => key.kid === kid)
  if (alg !== 'RS256' || !jwk) return { error: 'unknown key' }
  const valid = verifySignature('RSA-SHA256', Buffer.from(`${header}.${payload}`), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(signature, 'base64url'))
  if (!valid) return { error: 'bad signature' }
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return { error: 'expired' }
  if (claims.iss !== issuer) return { error: 'wrong issuer' }
  return { claims }
}

beforeAll(async () => {
  oauth = new OAuth2Server()
  await oauth.issuer.keys.generate('RS256')
  await oauth.start(0, '127.0.0.1')
  issuer = oauth.issuer.url!
  oauth.service.on('beforeTokenSigning', (token: { payload: Record<string, unknown> }, request: IncomingMessage & { body?: Record<string, string> }) => {
    const { clientId } = credentialsOf(request)
    Object.assign(token.payload, { client_id: clientId, azp: clientId, sub: clientId })
    if (behaviour.expiredTokens) token.payload.exp = Math.floor(Date.now() / 1000) - 60
  })
  oauth.service.on('beforeResponse', (response: { statusCode: number; body: Record<string, unknown> }, request: IncomingMessage & { body?: Record<string, string> }) => {
    const { clientId, clientSecret } = credentialsOf(request)
    tokenRequests.push({ url: request.url ?? '', clientId })
    if (!clientId || REGISTERED.get(clientId) !== clientSecret) {
      response.statusCode = 401
      response.body = { error: 'invalid_client', error_description: 'client authentication failed' }
      return
    }
    issuedTokens.push(response.body.access_token as string)
    if (behaviour.noAccessToken) delete response.body.access_token
  })
  jwks = ((await (await fetch(`${issuer}/jwks`)).json()) as { keys: typeof jwks }).keys

  api = createServer((request, response) => {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
    const verified = bearer ? verifyJwt(bearer) : { error: 'no token' }
    let status: number
    if ('error' in verified) status = 401
    else if (behaviour.apiServesEveryone || verified.claims.client_id === ALLOWED.clientId) status = 200
    else status = 403
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(JSON.stringify(status === 200 ? { orders: [] } : { error: 'error' in verified ? verified.error : 'forbidden' }))
  })
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve))
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`
})

afterAll(async () => {
  await oauth.stop()
  await new Promise((resolve) => api.close(resolve))
  await new Promise((resolve) => elsewhere.close(resolve))
})

// A host nobody configured as the token endpoint: it redirects, serves a discovery document naming
// another issuer, and records every request it gets with its body.
let elsewhere: Server
let elsewhereUrl: string
const elsewhereRequests: string[] = []

beforeAll(async () => {
  elsewhere = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      elsewhereRequests.push(`${request.method} ${request.url} ${body}`)
      const json = (status: number, value: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' })
        response.end(JSON.stringify(value))
      }
      if (request.url === '/token-moved') {
        response.writeHead(307, { location: `${elsewhereUrl}/stolen` })
        response.end()
      } else if (request.url === '/permanent/token') {
        response.writeHead(308, { location: `${issuer}/token` })
        response.end()
      } else if (request.url === '/moved-issuer/.well-known/openid-configuration') {
        response.writeHead(302, { location: `${issuer}/.well-known/openid-configuration` })
        response.end()
      } else if (request.url === '/other-issuer/.well-known/openid-configuration') {
        json(200, { issuer, token_endpoint: `${elsewhereUrl}/token` })
      } else if (request.url === '/no-issuer/.well-known/openid-configuration') {
        json(200, { token_endpoint: `${elsewhereUrl}/token` })
      } else {
        json(200, { access_token: 'elsewhere-token-0123456789' })
      }
    })
  })
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve))
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`
})

beforeEach(() => {
  Object.assign(behaviour, { expiredTokens: false, noAccessToken: false, apiServesEveryone: false })
  issuedTokens.length = 0
  tokenRequests.length = 0
  elsewhereRequests.length = 0
})

function config(overrides: Record<string, unknown> = {}) {
  return apiSmokeConfig.parse({
    issuer,
    endpoints: [{ url: `${apiUrl}/orders` }, { method: 'post', url: `${apiUrl}/orders/search` }],
    ...overrides,
  })
}

async function smoke(overrides: Partial<ApiSmokeInput> = {}, clients: { allowed?: ClientCredentials; denied?: ClientCredentials } = {}) {
  const logger = new RawLogger()
  const outcomes = await runApiSmoke(
    { config: config(), clients: { allowed: clients.allowed ?? ALLOWED, denied: clients.denied ?? DENIED }, ...overrides },
    { clock: systemClock, logger, secret: (value) => logger.secret(value) },
  )
  const [allowed, denied] = outcomes
  return { allowed: allowed!, denied: denied!, logger }
}

describe('API smoke with an allowed and a denied client', () => {
  it('passes: the allowed client is served, the denied client is refused with 403 (token endpoint discovered)', async () => {
    const { allowed, denied } = await smoke()
    expect(allowed).toMatchObject({ name: 'api smoke (allowed client)', type: 'api-smoke', required: true, status: 'pass', attempts: 3 })
    expect(allowed.detail).toBe(`GET ${apiUrl}/orders -> 200; POST ${apiUrl}/orders/search -> 200`)
    expect(denied).toMatchObject({ name: 'api smoke (denied client)', status: 'pass' })
    expect(denied.detail).toBe(`GET ${apiUrl}/orders -> 403; POST ${apiUrl}/orders/search -> 403`)
    expect(tokenRequests.map((request) => request.clientId).sort()).toEqual([DENIED.clientId, ALLOWED.clientId].sort())
  })

  it('fails the denied client when the API serves it (200)', async () => {
    behaviour.apiServesEveryone = true
    const { allowed, denied } = await smoke()
    expect(allowed.status).toBe('pass')
    expect(denied.status).toBe('fail')
    expect(denied.reason).toContain(`the denied client got 200 from GET ${apiUrl}/orders: it must be refused with 403`)
  })

  it('fails the denied client that gets a 2xx even when a 2xx was set as its expected code', async () => {
    behaviour.apiServesEveryone = true
    const { denied } = await smoke({ deniedExpectedStatus: 200 })
    expect(denied.status).toBe('fail')
    expect(denied.reason).toContain(`the denied client got 200 from GET ${apiUrl}/orders`)
    expect(() => config({ deniedExpectedStatus: 204 })).toThrow('must not be a 2xx')
  })

  it('fails the denied client on any other code than the expected one', async () => {
    const { denied } = await smoke({ deniedExpectedStatus: 401 })
    expect(denied.status).toBe('fail')
    expect(denied.reason).toContain(`GET ${apiUrl}/orders answered 403 to the denied client, expected 401`)
  })

  it('fails when the tokens are expired: the API answers 401', async () => {
    behaviour.expiredTokens = true
    const { allowed, denied } = await smoke()
    expect(allowed.status).toBe('fail')
    expect(allowed.reason).toContain(`GET ${apiUrl}/orders answered 401 to the allowed client, expected 200`)
    expect(denied.status).toBe('fail')
  })

  it('fails when the token endpoint gives no access_token', async () => {
    behaviour.noAccessToken = true
    const { allowed, denied } = await smoke()
    expect(allowed).toMatchObject({ status: 'fail', attempts: 1 })
    expect(allowed.reason).toBe(`token endpoint ${issuer}/token answered 200 but gave the allowed client ${ALLOWED.clientId} no access_token`)
    expect(denied.status).toBe('fail')
  })

  it('fails when the token endpoint refuses the client, with the OAuth error and without the secret', async () => {
    const wrong = { clientId: ALLOWED.clientId, clientSecret: 'not-the-secret-123' }
    const { allowed, logger } = await smoke({}, { allowed: wrong })
    expect(allowed.status).toBe('fail')
    expect(allowed.reason).toBe(`token endpoint ${issuer}/token refused the allowed client ${ALLOWED.clientId} with 401 (invalid_client: client authentication failed)`)
    expect(logger.secrets).toContain(wrong.clientSecret)
  })

  it('uses a given tokenUrl with {tenantId} and client_secret_basic', async () => {
    const logger = new RawLogger()
    const outcomes = await runApiSmoke(
      {
        config: config({ issuer: undefined, tokenUrl: `${issuer}/token?tenant={tenantId}`, clientAuthentication: 'client_secret_basic' }),
        clients: { allowed: { ...ALLOWED, tenantId: 'tenant-a' }, denied: { ...DENIED, tenantId: 'tenant b' } },
      },
      { clock: systemClock, logger, secret: (value) => logger.secret(value) },
    )
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['pass', 'pass'])
    expect(tokenRequests.map((request) => request.url).sort()).toEqual(['/token?tenant=tenant%20b', '/token?tenant=tenant-a'])
  })

  it('fails when {tenantId} is in the issuer and no tenant id was given', async () => {
    const logger = new RawLogger()
    const [allowed] = await runApiSmoke(
      { config: config({ issuer: `${issuer}/{tenantId}` }), clients: { allowed: ALLOWED, denied: DENIED } },
      { clock: systemClock, logger, secret: (value) => logger.secret(value) },
    )
    expect(allowed).toMatchObject({ status: 'fail', reason: 'prodVerify.apiSmoke.issuer has {tenantId}, but no allowed-tenant-id was given' })
  })

  it('skips an optional smoke without credentials, and fails a required one', async () => {
    const logger = new RawLogger()
    const ports = { clock: systemClock, logger, secret: (value: string) => logger.secret(value) }
    const optional = await runApiSmoke({ config: config({ required: false }), clients: { allowed: ALLOWED, denied: {} } }, ports)
    expect(optional.map((outcome) => outcome.status)).toEqual(['pass', 'skipped'])
    expect(optional[1]!.reason).toBe('no credentials for the denied client: give the denied-client-id and denied-client-secret inputs')
    const required = await runApiSmoke({ config: config(), clients: { allowed: {}, denied: DENIED } }, ports)
    expect(required.map((outcome) => outcome.status)).toEqual(['fail', 'pass'])
  })
})

describe('where the client secrets may go', () => {
  it('does not follow a 307 from the token endpoint: the check fails and nothing reaches the other host', async () => {
    const { allowed, denied } = await smoke({ config: config({ issuer: undefined, tokenUrl: `${elsewhereUrl}/token-moved` }) })
    for (const outcome of [allowed, denied]) {
      expect(outcome).toMatchObject({ status: 'fail', attempts: 1 })
      expect(outcome.reason).toBe(
        `token endpoint ${elsewhereUrl}/token-moved: answered 307 (a redirect to ${elsewhereUrl}/stolen); redirects are not followed: configure the final URL`,
      )
    }
    expect(elsewhereRequests.filter((request) => !request.startsWith('POST /token-moved '))).toEqual([])
  })

  it('does not follow a 308 even to the real token endpoint, and sends basic credentials nowhere else', async () => {
    const { allowed } = await smoke({ config: config({ issuer: undefined, tokenUrl: `${elsewhereUrl}/permanent/token`, clientAuthentication: 'client_secret_basic' }) })
    expect(allowed.status).toBe('fail')
    expect(allowed.reason).toContain(`token endpoint ${elsewhereUrl}/permanent/token: answered 308`)
    expect(tokenRequests).toEqual([])
  })

  it('does not follow a redirect of the discovery document', async () => {
    const { allowed } = await smoke({ config: config({ issuer: `${elsewhereUrl}/moved-issuer` }) })
    expect(allowed.status).toBe('fail')
    expect(allowed.reason).toBe(
      `discovery ${elsewhereUrl}/moved-issuer/.well-known/openid-configuration: answered 302 (a redirect to ${issuer}/.well-known/openid-configuration); redirects are not followed: configure the final URL`,
    )
    expect(tokenRequests).toEqual([])
  })

  it('refuses a discovery document that names another issuer, or none, and sends no secret to its token endpoint', async () => {
    for (const path of ['other-issuer', 'no-issuer']) {
      elsewhereRequests.length = 0
      const { allowed, denied } = await smoke({ config: config({ issuer: `${elsewhereUrl}/${path}` }) })
      const named = path === 'other-issuer' ? `names the issuer ${JSON.stringify(issuer)}` : 'names no issuer'
      for (const outcome of [allowed, denied]) {
        expect(outcome.status).toBe('fail')
        expect(outcome.reason).toBe(
          `discovery ${elsewhereUrl}/${path}/.well-known/openid-configuration: the OpenID configuration ${named}, not the configured ${JSON.stringify(`${elsewhereUrl}/${path}`)}; ` +
            'it must be identical (OpenID Connect Discovery 4.3): set prodVerify.apiSmoke.issuer to the issuer this provider names, or give tokenUrl',
        )
      }
      expect(elsewhereRequests).toEqual([`GET /${path}/.well-known/openid-configuration `])
    }
  })

  it('compares the issuer as configured: a trailing slash the provider does not write is a mismatch', async () => {
    const { allowed } = await smoke({ config: config({ issuer: `${issuer}/` }) })
    expect(allowed.status).toBe('fail')
    expect(allowed.reason).toContain(`names the issuer ${JSON.stringify(issuer)}, not the configured ${JSON.stringify(`${issuer}/`)}`)
    expect(tokenRequests).toEqual([])
  })
})

describe('secrets and tokens through prod-verify', () => {
  let evidence: ReleaseEvidence
  let filesRoot: string
  beforeEach(async () => {
    evidence = await writeReleaseEvidence({ production: null })
    filesRoot = await mkdtemp(join(tmpdir(), 'shipgate-files-'))
  })
  afterEach(async () => {
    await evidence.cleanup()
    await rm(filesRoot, { recursive: true, force: true })
  })

  async function verify(logger: RawLogger) {
    return verifyProduction(
      {
        sha: evidence.sha,
        config: prodVerifyConfig.parse({ apiSmoke: { issuer, endpoints: [{ url: `${apiUrl}/orders` }] } }),
        configPath: 'shipgate.yml',
        filesRoot,
        clients: { allowed: ALLOWED, denied: DENIED },
      },
      { store: evidence.store, logger, clock: systemClock },
    )
  }

  it('masks every secret and token before use and never writes or logs one', async () => {
    const logger = new RawLogger()
    const { result, path } = await verify(logger)
    expect(result.verdict).toBe('pass')
    expect(issuedTokens).toHaveLength(2)
    const written = await readFile(path, 'utf8')
    expect(productionResult.parse(JSON.parse(written))).toEqual(result)
    for (const secret of [ALLOWED.clientSecret, DENIED.clientSecret, ...issuedTokens]) {
      expect(logger.secrets).toContain(secret)
      expect(written).not.toContain(secret)
      expect(logger.text()).not.toContain(secret)
    }
    // Nothing had to be masked out of the evidence: no secret ever reached it.
    expect(written).not.toContain('***')
    expect(result).toMatchObject({ packageDigest: evidence.manifest.digest, degraded: false })
    expect(result.checks.map((check) => [check.name, check.status])).toEqual([
      ['api smoke (allowed client)', 'pass'],
      ['api smoke (denied client)', 'pass'],
    ])
  })

  it('writes a fail verdict with the reason when the denied client is served, still without secrets', async () => {
    behaviour.apiServesEveryone = true
    const logger = new RawLogger()
    const { result, path } = await verify(logger)
    expect(result.verdict).toBe('fail')
    const written = await readFile(path, 'utf8')
    expect(written).toContain('the denied client got 200')
    for (const secret of [ALLOWED.clientSecret, DENIED.clientSecret, ...issuedTokens]) {
      expect(written).not.toContain(secret)
      expect(logger.text()).not.toContain(secret)
    }
  })
})
