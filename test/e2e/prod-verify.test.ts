// prod-verify end to end on its bundle (dist/prod-verify/index.js), run as the runner runs it:
// a production with a fresh canary and probe, an OAuth 2 server, an API and a page in Chromium.
// A pass writes the result and outputs; a stale canary fails the step after writing them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OAuth2Server } from 'oauth2-mock-server'
import { productionResult } from '../../src/contracts/production-result.js'
import { runBundle } from '../helpers/run-bundle.js'
import { writeReleaseEvidence, type ReleaseEvidence } from '../helpers/evidence-fixtures.js'

const ALLOWED = { id: 'shop-e2e-allowed', secret: 'e2e-allowed-secret-7c1d' }
const DENIED = { id: 'shop-e2e-denied', secret: 'e2e-denied-secret-03fa' }

let oauth: OAuth2Server
let production: Server
let productionUrl: string
let workdir: string
const issuedTokens: string[] = []

function clientOf(request: IncomingMessage & { body?: Record<string, string> }): string | undefined {
  return request.body?.client_id
}

beforeAll(async () => {
  oauth = new OAuth2Server()
  await oauth.issuer.keys.generate('RS256')
  await oauth.start(0, '127.0.0.1')
  oauth.service.on('beforeTokenSigning', (token: { payload: Record<string, unknown> }, request: IncomingMessage & { body?: Record<string, string> }) => {
    token.payload.client_id = clientOf(request)
  })
  oauth.service.on('beforeResponse', (response: { statusCode: number; body: Record<string, unknown> }, request: IncomingMessage & { body?: Record<string, string> }) => {
    const known = new Map([[ALLOWED.id, ALLOWED.secret], [DENIED.id, DENIED.secret]])
    if (known.get(clientOf(request) ?? '') !== request.body?.client_secret) {
      response.statusCode = 401
      response.body = { error: 'invalid_client' }
    } else {
      issuedTokens.push(response.body.access_token as string)
    }
  })

  // "Production": an API that decodes the bearer JWT (client_id and expiry), a page, and the probe report.
  production = createServer((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html' })
      response.end('<!doctype html><title>shop</title><h1 id="shop">Shop is open</h1>')
      return
    }
    if (request.url === '/probe.json') {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ sha: probeSha, checkedAt: new Date(Date.now() - 20_000).toISOString() }))
      return
    }
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
    const claims = token ? (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString() || '{}') as { client_id?: string; exp?: number }) : {}
    const status = !claims.exp || claims.exp * 1000 < Date.now() ? 401 : claims.client_id === ALLOWED.id ? 200 : 403
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ status }))
  })
  await new Promise<void>((resolve) => production.listen(0, '127.0.0.1', resolve))
  productionUrl = `http://127.0.0.1:${(production.address() as AddressInfo).port}`
  workdir = await mkdtemp(join(tmpdir(), 'shipgate-prod-verify-e2e-'))
})

afterAll(async () => {
  await oauth.stop()
  await new Promise((resolve) => production.close(resolve))
  await rm(workdir, { recursive: true, force: true })
})

let probeSha = ''

async function setup(canaryAgeSeconds: number): Promise<{ evidence: ReleaseEvidence; configPath: string }> {
  const evidence = await writeReleaseEvidence({ production: null })
  probeSha = evidence.sha
  const canaryPath = join(workdir, `canary-${canaryAgeSeconds}.json`)
  await writeFile(canaryPath, JSON.stringify({ auth: { lastSuccess: new Date(Date.now() - canaryAgeSeconds * 1000).toISOString() } }))
  const configPath = join(workdir, `shipgate-${canaryAgeSeconds}.yml`)
  await writeFile(
    configPath,
    [
      'prodVerify:',
      '  authCanary:',
      `    source: { file: ${JSON.stringify(canaryPath)} }`,
      '    pointer: /auth/lastSuccess',
      '    maxAgeSeconds: 600',
      '  probe:',
      `    source: { url: ${JSON.stringify(`${productionUrl}/probe.json`)} }`,
      '    maxAgeSeconds: 300',
      '  apiSmoke:',
      `    issuer: ${JSON.stringify(oauth.issuer.url)}`,
      '    endpoints:',
      `      - url: ${JSON.stringify(`${productionUrl}/api/orders`)}`,
      '  browser:',
      '    pages:',
      `      - url: ${JSON.stringify(`${productionUrl}/`)}`,
      '        waitForText: Shop is open',
      '',
    ].join('\n'),
  )
  return { evidence, configPath }
}

function inputs(evidence: ReleaseEvidence, configPath: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    sha: evidence.sha,
    'artifacts-dir': evidence.artifactsDir,
    config: configPath,
    'allowed-client-id': ALLOWED.id,
    'allowed-client-secret': ALLOWED.secret,
    'allowed-scope': 'orders.read',
    'denied-client-id': DENIED.id,
    'denied-client-secret': DENIED.secret,
    'denied-expected-code': '403',
    ...extra,
  }
}

function withoutMaskCommands(text: string): string {
  return text.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')
}

describe('dist/prod-verify', () => {
  it('passes, writes the production result and outputs, appends its timing, and leaks no secret', async () => {
    const { evidence, configPath } = await setup(60)
    try {
      const run = await runBundle('prod-verify', { inputs: inputs(evidence, configPath), env: { GITHUB_REPOSITORY: 'acme/shop' }, cwd: workdir })
      expect(run.stderr).toBe('')
      expect(run.exitCode).toBe(0)
      expect(run.outputs).toEqual({ verdict: 'pass', 'result-path': evidence.paths.production, degraded: 'false' })

      const written = await readFile(evidence.paths.production, 'utf8')
      const result = productionResult.parse(JSON.parse(written))
      expect(result).toMatchObject({ sha: evidence.sha, packageDigest: evidence.manifest.digest, verdict: 'pass', degraded: false })
      expect(result.deployedRefs).toEqual(Object.fromEntries(evidence.manifest.components.map((c) => [c.name, c.kind === 'image' ? c.ref : `sha256:${c.sha256}`])))
      expect(result.checks.map((check) => [check.name, check.status])).toEqual([
        ['auth canary', 'pass'],
        ['probe freshness', 'pass'],
        ['api smoke (allowed client)', 'pass'],
        ['api smoke (denied client)', 'pass'],
        [`browser smoke: ${productionUrl}/`, 'pass'],
      ])
      expect(result.evidence).toEqual([expect.objectContaining({ kind: 'release-package', path: `release-package/${evidence.sha}/manifest.json` })])
      expect(run.summary).toContain('### prod-verify: ✅ pass')

      // The runner is told to mask both secrets; apart from that, no secret or token appears anywhere.
      expect(run.stdout).toContain(`::add-mask::${ALLOWED.secret}`)
      expect(run.stdout).toContain(`::add-mask::${DENIED.secret}`)
      expect(issuedTokens.length).toBeGreaterThanOrEqual(2)
      for (const secret of [ALLOWED.secret, DENIED.secret, ...issuedTokens]) {
        for (const text of [withoutMaskCommands(run.stdout), run.stderr, run.summary, written, JSON.stringify(run.outputs)]) expect(text).not.toContain(secret)
      }

      const timing = JSON.parse(await readFile(evidence.paths.pipeline, 'utf8')) as { stages: { stage: string; outcome: string }[] }
      expect(timing.stages.at(-1)).toMatchObject({ stage: 'prod-verify', outcome: 'success' })
    } finally {
      await evidence.cleanup()
    }
  })

  it('on a stale canary writes verdict fail with the reason, sets the outputs, then fails the step', async () => {
    const { evidence, configPath } = await setup(3600)
    try {
      const run = await runBundle('prod-verify', { inputs: inputs(evidence, configPath), env: { GITHUB_REPOSITORY: 'acme/shop' }, cwd: workdir })
      expect(run.exitCode).toBe(1)
      expect(run.outputs.verdict).toBe('fail')
      expect(run.outputs['result-path']).toBe(evidence.paths.production)
      const result = productionResult.parse(JSON.parse(await readFile(evidence.paths.production, 'utf8')))
      expect(result.verdict).toBe('fail')
      expect(result.checks[0]).toMatchObject({ name: 'auth canary', status: 'fail', reason: expect.stringContaining('older than maxAgeSeconds 600') })
      expect(run.stdout).toMatch(/::error.*prod-verify: production verification failed for [0-9a-f]{40}: auth canary: last success/)
    } finally {
      await evidence.cleanup()
    }
  })

  it('with fail-on-fail false reports the fail verdict without failing the step', async () => {
    const { evidence, configPath } = await setup(3600)
    try {
      const run = await runBundle('prod-verify', { inputs: inputs(evidence, configPath, { 'fail-on-fail': 'false' }), env: { GITHUB_REPOSITORY: 'acme/shop' }, cwd: workdir })
      expect(run.exitCode).toBe(0)
      expect(run.outputs.verdict).toBe('fail')
    } finally {
      await evidence.cleanup()
    }
  })

  it('refuses a bad denied-expected-code as a configuration error, writing nothing', async () => {
    const { evidence, configPath } = await setup(60)
    try {
      const run = await runBundle('prod-verify', { inputs: inputs(evidence, configPath, { 'denied-expected-code': 'forbidden' }), env: { GITHUB_REPOSITORY: 'acme/shop' }, cwd: workdir })
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toContain("input 'denied-expected-code': must be an HTTP status code such as 403")
      await expect(readFile(evidence.paths.production, 'utf8')).rejects.toThrow(/ENOENT/)
    } finally {
      await evidence.cleanup()
    }
  })

  it('refuses an https issuer whose discovery document names an http token endpoint, sending it no secret', async () => {
    // A real https issuer: a self-signed certificate the bundle trusts through NODE_EXTRA_CA_CERTS.
    const tls = await mkdtemp(join(tmpdir(), 'shipgate-tls-'))
    const { evidence } = await setup(60)
    const clearTextRequests: string[] = []
    const clearText = createServer((request, response) => {
      clearTextRequests.push(`${request.method} ${request.url}`)
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ access_token: 'clear-text-token-0123456789' }))
    })
    let issuerServer: ReturnType<typeof createHttpsServer> | undefined
    try {
      await new Promise<void>((resolve, reject) =>
        execFile(
          'openssl',
          ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
            '-keyout', join(tls, 'key.pem'), '-out', join(tls, 'cert.pem')],
          (error) => (error ? reject(error) : resolve()),
        ),
      )
      await new Promise<void>((resolve) => clearText.listen(0, '127.0.0.1', resolve))
      const clearTextUrl = `http://127.0.0.1:${(clearText.address() as AddressInfo).port}`
      let issuerUrl = ''
      const server = createHttpsServer({ key: await readFile(join(tls, 'key.pem')), cert: await readFile(join(tls, 'cert.pem')) }, (request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ issuer: issuerUrl, token_endpoint: `${clearTextUrl}/token` }))
      })
      issuerServer = server
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      issuerUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
      const configPath = join(tls, 'shipgate.yml')
      await writeFile(configPath, ['prodVerify:', '  apiSmoke:', `    issuer: ${JSON.stringify(issuerUrl)}`, `    endpoints: [{ url: ${JSON.stringify(`${productionUrl}/api/orders`)} }]`, ''].join('\n'))

      const run = await runBundle('prod-verify', {
        inputs: inputs(evidence, configPath),
        env: { GITHUB_REPOSITORY: 'acme/shop', NODE_EXTRA_CA_CERTS: join(tls, 'cert.pem') },
        cwd: workdir,
      })
      expect(run.exitCode).toBe(1)
      const result = productionResult.parse(JSON.parse(await readFile(evidence.paths.production, 'utf8')))
      for (const check of result.checks) {
        expect(check).toMatchObject({
          status: 'fail',
          reason: `discovery ${issuerUrl}/.well-known/openid-configuration: the token_endpoint ${clearTextUrl}/token is not https while the issuer is; the client secrets are not sent in clear text`,
        })
      }
      expect(clearTextRequests).toEqual([])
    } finally {
      issuerServer?.close()
      await new Promise((resolve) => clearText.close(resolve))
      await evidence.cleanup()
      await rm(tls, { recursive: true, force: true })
    }
  })
})
