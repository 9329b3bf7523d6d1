// acceptance against real local HTTP servers and real commands: what passes, what fails and why,
// retries and deadlines, scope filtering, YES/NO/degraded, concurrency, and the setup process group.
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { access, mkdtemp, readFile, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { acceptanceConfig, type AcceptanceConfig } from '../../src/config/acceptance-config.js'
import { acceptanceResult, type AcceptanceResult } from '../../src/contracts/acceptance-result.js'
import { digestOf } from '../../src/contracts/canonical.js'
import type { CheckOutcome } from '../../src/contracts/common.js'
import { componentRefs } from '../../src/contracts/release-package.js'
import { systemClock } from '../../src/platform/clock.js'
import { actionsExec } from '../../src/platform/exec.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { runAcceptance, type AcceptanceInput } from '../../src/stages/acceptance.js'
import { decideRelease } from '../../src/stages/release-decision.js'
import { releaseManifestDocument } from '../../src/stages/release-manifest-file.js'
import {
  COMMIT_TIME,
  FOREIGN_PACKAGE_DIGEST,
  REPOSITORY,
  breakEvidence,
  steppingClock,
  writeReleaseEvidence,
  type ReleaseEvidence,
  type ReleaseEvidenceOptions,
} from '../helpers/evidence-fixtures.js'

const cleanups: Array<() => Promise<unknown>> = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()))
})

interface LocalServer {
  url: string
  port: number
  /** Request paths in the order they arrived. */
  requests: string[]
  close(): Promise<void>
}

async function listen(server: Server, port = 0): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return (server.address() as AddressInfo).port
}

async function startServer(handler: (request: IncomingMessage, response: ServerResponse) => void, port = 0): Promise<LocalServer> {
  const requests: string[] = []
  const server = createServer((request, response) => {
    requests.push(request.url ?? '')
    handler(request, response)
  })
  const bound = await listen(server, port)
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  cleanups.push(close)
  return { url: `http://127.0.0.1:${bound}`, port: bound, requests, close }
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer()
  const port = await listen(server)
  await new Promise((resolve) => server.close(resolve))
  return port
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify(body))
}

async function evidence(options: ReleaseEvidenceOptions = {}): Promise<ReleaseEvidence> {
  // Only the evidence acceptance reads (and release-decision needs later): no acceptance yet.
  const fixture = await writeReleaseEvidence({ acceptance: null, ...options })
  cleanups.push(fixture.cleanup)
  return fixture
}

async function workspace(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'shipgate-acceptance-ws-'))
  cleanups.push(() => rm(folder, { recursive: true, force: true }))
  return folder
}

async function accept(
  fixture: ReleaseEvidence,
  config: unknown,
  overrides: Partial<AcceptanceInput> = {},
): Promise<{ result: AcceptanceResult; path: string; logger: RecordingLogger }> {
  const logger = new RecordingLogger()
  const folder = overrides.workspace ?? (await workspace())
  const outcome = await runAcceptance(
    {
      sha: fixture.sha,
      config: acceptanceConfig.parse(config),
      configPath: 'shipgate.yml',
      filesRoot: folder,
      workspace: folder,
      environment: process.env,
      ...overrides,
    },
    { store: fixture.store, exec: actionsExec, clock: systemClock, logger },
  )
  return { ...outcome, logger }
}

function check(result: AcceptanceResult, name: string): CheckOutcome {
  const found = result.checks.find((each) => each.name === name)
  if (!found) throw new Error(`no check named ${name} in ${JSON.stringify(result.checks)}`)
  return found
}

describe('http checks', () => {
  it('passes on the expected status, body text and JSON pointer value, and writes a valid result', async () => {
    const fixture = await evidence()
    const server = await startServer((_request, response) => json(response, 200, { status: 'ok', build: { sha: fixture.sha, ready: true } }))
    const { result, path } = await accept(fixture, {
      checks: [
        {
          name: 'version',
          type: 'http',
          url: `${server.url}/version`,
          bodyContains: '"status":"ok"',
          jsonPointer: { pointer: '/build', equals: { ready: true, sha: fixture.sha } },
        },
      ],
    })

    expect(result).toMatchObject({ sha: fixture.sha, packageDigest: fixture.manifest.digest, decision: 'YES', degraded: false })
    expect(check(result, 'version')).toMatchObject({ type: 'http', required: true, status: 'pass', attempts: 1 })
    expect(check(result, 'version').detail).toMatch(/^HTTP 200 in (\d+ ms|[\d.]+s)$/)
    expect(server.requests).toEqual(['/version'])
    expect(path).toBe(fixture.paths.acceptance)
    expect(acceptanceResult.parse(JSON.parse(await readFile(path, 'utf8')))).toEqual(result)
  })

  it('sends the method, headers and body it was given, with ${env:NAME} expanded and a secret header masked', async () => {
    const fixture = await evidence()
    let seen: { method?: string; authorization?: string; body?: string } = {}
    const server = await startServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
      request.on('end', () => {
        seen = { method: request.method, authorization: request.headers.authorization, body }
        // A server that echoes the credential: the detail must not.
        json(response, 418, { echoed: request.headers.authorization })
      })
    })
    const saved = process.env.ACCEPTANCE_TEST_TOKEN
    process.env.ACCEPTANCE_TEST_TOKEN = 'tok-very-secret-123'
    try {
      const { result, logger } = await accept(fixture, {
        checks: [
          {
            name: 'create',
            type: 'http',
            method: 'post',
            url: `${server.url}/orders`,
            headers: { Authorization: 'Bearer ${env:ACCEPTANCE_TEST_TOKEN}' },
            body: '{"item":"book"}',
            expectStatus: 201,
            attempts: 1,
          },
        ],
      })
      expect(seen).toEqual({ method: 'POST', authorization: 'Bearer tok-very-secret-123', body: '{"item":"book"}' })
      expect(check(result, 'create')).toMatchObject({ status: 'fail', reason: 'status 418, expected 201 (after 1 attempt: no attempts left)' })
      // The whole header value is a secret too, so it is masked as one: every character any secret covers.
      expect(check(result, 'create').detail).toContain('"echoed":"***"')
      expect(JSON.stringify(result)).not.toContain('tok-very-secret-123')
      expect(logger.text()).not.toContain('tok-very-secret-123')
    } finally {
      if (saved === undefined) delete process.env.ACCEPTANCE_TEST_TOKEN
      else process.env.ACCEPTANCE_TEST_TOKEN = saved
    }
  })

  it('fails on a wrong status after using its attempts, with the status in the reason and detail', async () => {
    const fixture = await evidence()
    const server = await startServer((_request, response) => json(response, 503, { error: 'warming up' }))
    const { result } = await accept(fixture, { checks: [{ name: 'health', type: 'http', url: `${server.url}/health`, attempts: 3 }] })

    expect(result.decision).toBe('NO')
    expect(check(result, 'health')).toMatchObject({ status: 'fail', attempts: 3, reason: 'status 503, expected 200 (after 3 attempts: no attempts left)' })
    expect(check(result, 'health').detail).toMatch(/^HTTP 503 in (\d+ ms|[\d.]+s); body: \{"error":"warming up"\}$/)
    expect(server.requests).toHaveLength(3)
  })

  it('fails when the body does not contain the text', async () => {
    const fixture = await evidence()
    const server = await startServer((_request, response) => response.end('maintenance'))
    const { result } = await accept(fixture, { checks: [{ name: 'home', type: 'http', url: server.url, bodyContains: 'Welcome', attempts: 1 }] })

    expect(check(result, 'home')).toMatchObject({ status: 'fail', reason: "the body does not contain 'Welcome' (after 1 attempt: no attempts left)" })
    expect(check(result, 'home').detail).toContain('body: maintenance')
  })

  it('fails when the JSON pointer names another value, or nothing, or the body is not JSON', async () => {
    const fixture = await evidence()
    const server = await startServer((request, response) =>
      request.url === '/text' ? response.end('not json') : json(response, 200, { build: { sha: 'abc' } }),
    )
    const { result } = await accept(fixture, {
      checks: [
        { name: 'sha', type: 'http', url: `${server.url}/v`, attempts: 1, jsonPointer: { pointer: '/build/sha', equals: fixture.sha } },
        { name: 'absent', type: 'http', url: `${server.url}/v`, attempts: 1, jsonPointer: { pointer: '/build/version', equals: 1 } },
        { name: 'text', type: 'http', url: `${server.url}/text`, attempts: 1, jsonPointer: { pointer: '/a', equals: 1 } },
      ],
    })

    expect(check(result, 'sha').reason).toBe(`JSON pointer '/build/sha' is "abc", expected "${fixture.sha}" (after 1 attempt: no attempts left)`)
    expect(check(result, 'absent').reason).toBe("JSON pointer '/build/version' names nothing: /build/version: no member 'version' (after 1 attempt: no attempts left)")
    expect(check(result, 'text').reason).toContain("the body is not JSON, so JSON pointer '/a' cannot be read")
    expect(result.decision).toBe('NO')
  })

  it('retries with backoff until a server that comes up late answers', async () => {
    const fixture = await evidence()
    const port = await freePort()
    // Comes up after the first two attempts (0 ms, then +200 ms) have been refused.
    const late = new Promise<LocalServer>((resolve) => setTimeout(() => resolve(startServer((_q, response) => json(response, 200, { ok: true }), port)), 450))
    cleanups.push(async () => (await late).close())
    const { result } = await accept(fixture, { checks: [{ name: 'late', type: 'http', url: `http://127.0.0.1:${port}/`, attempts: 6, timeoutSeconds: 10 }] })

    const outcome = check(result, 'late')
    expect(outcome.status).toBe('pass')
    expect(outcome.attempts).toBeGreaterThanOrEqual(3)
    expect(outcome.durationMs).toBeGreaterThanOrEqual(450)
    expect(result.decision).toBe('YES')
  })

  it('says why a refused connection failed', async () => {
    const fixture = await evidence()
    const port = await freePort()
    const { result } = await accept(fixture, { checks: [{ name: 'down', type: 'http', url: `http://127.0.0.1:${port}/`, attempts: 2 }] })

    expect(check(result, 'down')).toMatchObject({ status: 'fail', attempts: 2 })
    expect(check(result, 'down').reason).toMatch(/^request failed: .*ECONNREFUSED.* \(after 2 attempts: no attempts left\)$/)
  })

  it('stops at the deadline when the server never answers, however many attempts are left', async () => {
    const fixture = await evidence()
    const server = await startServer(() => undefined)
    const { result } = await accept(fixture, { checks: [{ name: 'hang', type: 'http', url: server.url, attempts: 5, timeoutSeconds: 0.6 }] })

    const outcome = check(result, 'hang')
    expect(outcome).toMatchObject({ status: 'fail', attempts: 1 })
    expect(outcome.reason).toMatch(/^no response within \d+ ms \(after 1 attempt: the 600 ms deadline passed\)$/)
    expect(outcome.durationMs).toBeGreaterThanOrEqual(550)
    expect(outcome.durationMs).toBeLessThan(3000)
  })
})

describe('command checks', () => {
  it('pass on exit 0 and see the promoted refs, the SHA and the package digest in their environment', async () => {
    const fixture = await evidence()
    const folder = await workspace()
    const config = {
      checks: [{ name: 'refs', type: 'command', run: 'echo "refs=$SHIPGATE_REFS"; test "$SHIPGATE_SHA" = "$EXPECTED_SHA" -a "$SHIPGATE_PACKAGE_DIGEST" = "$EXPECTED_DIGEST"; pwd' }],
    }
    // Without the expected values the command cannot pass: the comparison is real.
    expect(check((await accept(fixture, config, { workspace: folder })).result, 'refs').status).toBe('fail')

    process.env.EXPECTED_SHA = fixture.sha
    process.env.EXPECTED_DIGEST = fixture.manifest.digest
    try {
      const { result } = await accept(fixture, config, { workspace: folder })
      const outcome = check(result, 'refs')
      expect(outcome).toMatchObject({ type: 'command', status: 'pass', attempts: 1 })
      expect(outcome.detail).toContain(`refs=${JSON.stringify(componentRefs(fixture.manifest))}`)
      expect(outcome.detail).toContain(folder)
      expect(result.decision).toBe('YES')
    } finally {
      delete process.env.EXPECTED_SHA
      delete process.env.EXPECTED_DIGEST
    }
  })

  it('see the release manifest file (SHIPGATE_RELEASE_MANIFEST) of the package under test, gone after the checks', async () => {
    const fixture = await evidence()
    const folder = await workspace()
    const config = { checks: [{ name: 'manifest', type: 'command', run: 'cp "$SHIPGATE_RELEASE_MANIFEST" seen.json && echo "$SHIPGATE_RELEASE_MANIFEST" > seen-path.txt' }] }
    const { result } = await accept(fixture, config, { workspace: folder })
    expect(check(result, 'manifest').status).toBe('pass')
    expect(JSON.parse(await readFile(join(folder, 'seen.json'), 'utf8'))).toEqual(releaseManifestDocument(fixture.manifest))
    await expect(access((await readFile(join(folder, 'seen-path.txt'), 'utf8')).trim())).rejects.toThrow()
  })

  it('fail on a non-zero exit with the tail of the output, secrets masked', async () => {
    const fixture = await evidence()
    process.env.ACCEPTANCE_DB_PASSWORD = 'pw-do-not-show'
    try {
      const { result } = await accept(fixture, {
        checks: [{ name: 'smoke', type: 'command', run: 'for i in $(seq 1 40); do echo "line $i"; done; echo "using $ACCEPTANCE_DB_PASSWORD" >&2; exit 3' }],
      })
      const outcome = check(result, 'smoke')
      expect(outcome).toMatchObject({ status: 'fail', reason: 'exited with 3', attempts: 1 })
      expect(outcome.detail).toMatch(/^exit 3; output tail:\n/)
      expect(outcome.detail).toContain('line 40')
      expect(outcome.detail).not.toContain('line 5\n')
      expect(outcome.detail).toContain('using ***')
      expect(JSON.stringify(result)).not.toContain('pw-do-not-show')
    } finally {
      delete process.env.ACCEPTANCE_DB_PASSWORD
    }
  })

  it('are stopped at their deadline, with everything they started', async () => {
    const fixture = await evidence()
    const { result } = await accept(fixture, { checks: [{ name: 'slow', type: 'command', run: 'sleep 30 & sleep 30; echo never', timeoutSeconds: 0.5 }] })
    const outcome = check(result, 'slow')

    expect(outcome).toMatchObject({ status: 'fail', reason: 'still running at the 0.5 s deadline: stopped' })
    expect(outcome.durationMs).toBeLessThan(5000)
  })
})

describe('scope, decision and degradation', () => {
  const infraAndRuntime = (url: string) => ({
    checks: [
      { name: 'api', type: 'http', url, scopes: ['runtime'], attempts: 1 },
      { name: 'network', type: 'command', run: 'true', scopes: ['infra'] },
      { name: 'always', type: 'command', run: 'true' },
    ],
  })

  it('skips a check for infra, with the reason, when the commit stage says only the runtime changed', async () => {
    const fixture = await evidence()
    const server = await startServer((_q, response) => response.end('ok'))
    const { result, logger } = await accept(fixture, infraAndRuntime(server.url))

    expect(result.scope).toEqual({ runtimeChanged: true, infraChanged: false, docsChanged: false })
    expect(check(result, 'network')).toEqual({
      name: 'network',
      type: 'command',
      required: true,
      status: 'skipped',
      reason: 'scope: runs when infra changed; this release changes runtime',
      attempts: 0,
      durationMs: 0,
    })
    expect(check(result, 'api').status).toBe('pass')
    expect(check(result, 'always').status).toBe('pass')
    expect(result.decision).toBe('YES')
    const commitStage = await fixture.store.read('commit-stage', fixture.sha)
    expect(result.evidence).toEqual([
      { kind: 'release-package', path: `release-package/${fixture.sha}/manifest.json`, digest: digestOf(fixture.manifest) },
      { kind: 'commit-stage', path: `commit-stage/${fixture.sha}/evidence.json`, digest: commitStage.state === 'valid' ? commitStage.digest : 'invalid' },
    ])
    expect(logger.text()).toContain(`Scope from ${fixture.paths['commit-stage']}: runtime changed.`)
  })

  it('takes the scope input over the evidence, and runs everything (saying so) when there is neither', async () => {
    const fixture = await evidence({ commitStage: null })
    const server = await startServer((_q, response) => response.end('ok'))
    const given = await accept(fixture, infraAndRuntime(server.url), { scope: { runtimeChanged: false, infraChanged: true, docsChanged: false } })
    expect(given.result.checks.map((each) => each.status)).toEqual(['skipped', 'pass', 'pass'])
    expect(given.result.evidence.map((link) => link.kind)).toEqual(['release-package'])

    const neither = await accept(fixture, infraAndRuntime(server.url))
    expect(neither.result.scope).toEqual({ runtimeChanged: true, infraChanged: true, docsChanged: true })
    expect(neither.result.checks.map((each) => each.status)).toEqual(['pass', 'pass', 'pass'])
    expect(neither.logger.text()).toContain('no scope input: treating runtime, infra and docs as changed, so every check runs')
  })

  it('says NO when a required check fails, and YES degraded when only an optional one does', async () => {
    const fixture = await evidence()
    const required = await accept(fixture, { checks: [{ name: 'must', type: 'command', run: 'exit 1' }, { name: 'nice', type: 'command', run: 'true', required: false }] })
    expect(required.result).toMatchObject({ decision: 'NO', degraded: false })

    const optional = await accept(fixture, { checks: [{ name: 'must', type: 'command', run: 'true' }, { name: 'nice', type: 'command', run: 'exit 1', required: false }] })
    expect(optional.result).toMatchObject({ decision: 'YES', degraded: true })
    expect(optional.logger.entries.find((entry) => entry.message.startsWith('✘ nice'))?.level).toBe('warning')
  })

  it('gives release-decision a degraded YES that it turns into partial_success', async () => {
    // Acceptance runs now, on the system clock; the fixture's deploy and production evidence is from
    // its 2025 timeline. Left out, and not aged, they do not stand between acceptance and the decision.
    const fixture = await evidence({ deployment: null })
    await accept(fixture, { checks: [{ name: 'must', type: 'command', run: 'true' }, { name: 'nice', type: 'command', run: 'exit 1', required: false }] })
    const { decision } = await decideRelease(
      { sha: fixture.sha, repository: REPOSITORY, commitTime: COMMIT_TIME, policy: { requireDeployment: false, maxEvidenceAgeMs: 100 * 365 * 86_400_000 } },
      { store: fixture.store, clock: steppingClock(new Date()), logger: new RecordingLogger() },
    )

    expect(decision).toMatchObject({ decision: 'YES', status: 'partial_success' })
    expect(decision.reasons.map((reason) => reason.message)).toEqual(['is true: optional checks not passed: nice (fail)'])
  })

  it('runs no more checks at once than the config allows, and more than one when it may', async () => {
    const fixture = await evidence()
    let inFlight = 0
    let most = 0
    const server = await startServer((_q, response) => {
      inFlight++
      most = Math.max(most, inFlight)
      setTimeout(() => {
        inFlight--
        response.end('ok')
      }, 150)
    })
    const checks = Array.from({ length: 6 }, (_, index) => ({ name: `c${index}`, type: 'http', url: `${server.url}/${index}`, attempts: 1 }))
    const { result } = await accept(fixture, { concurrency: 2, checks })

    expect(result.checks.map((each) => [each.name, each.status])).toEqual(checks.map((each) => [each.name, 'pass']))
    expect(most).toBe(2)
    expect(server.requests).toHaveLength(6)
  })
})

describe('what acceptance refuses to test', () => {
  it('says NO without running any check when the package-digest input names another package', async () => {
    const fixture = await evidence()
    const server = await startServer((_q, response) => response.end('ok'))
    const { result } = await accept(fixture, { checks: [{ name: 'api', type: 'http', url: server.url }] }, { expectedPackageDigest: FOREIGN_PACKAGE_DIGEST })

    expect(result.decision).toBe('NO')
    expect(result.packageDigest).toBe(fixture.manifest.digest)
    expect(result.checks).toEqual([
      {
        name: 'package digest',
        type: 'evidence',
        required: true,
        status: 'fail',
        reason: `the package-digest input is ${FOREIGN_PACKAGE_DIGEST}, but ${fixture.paths['release-package']} has ${fixture.manifest.digest}: refusing to test a package other than the one asked for`,
        attempts: 0,
        durationMs: 0,
      },
      { name: 'api', type: 'http', required: true, status: 'skipped', reason: 'not run: package digest failed', attempts: 0, durationMs: 0 },
    ])
    expect(server.requests).toEqual([])
  })

  it('accepts a package-digest input that matches', async () => {
    const fixture = await evidence()
    const { result } = await accept(fixture, { checks: [{ name: 'ok', type: 'command', run: 'true' }] }, { expectedPackageDigest: fixture.manifest.digest })
    expect(result.decision).toBe('YES')
  })

  it('says NO naming the file and field when the commit-stage evidence is invalid', async () => {
    const fixture = await evidence()
    const broken = await breakEvidence(fixture, 'commit-stage', 'schema-invalid')
    const { result } = await accept(fixture, { checks: [{ name: 'ok', type: 'command', run: 'true' }] })

    expect(result.decision).toBe('NO')
    expect(check(result, 'commit-stage evidence').reason).toContain(`${broken.file}: ${broken.field}: `)
    expect(check(result, 'ok')).toMatchObject({ status: 'skipped', reason: 'not run: commit-stage evidence failed' })
  })

  it('says NO when no checks are configured: nothing was accepted', async () => {
    const fixture = await evidence()
    const { result } = await accept(fixture, {})
    expect(result.decision).toBe('NO')
    expect(check(result, 'acceptance checks').reason).toBe('shipgate.yml: acceptance.checks: no checks configured, so nothing was accepted')
  })

  it.each(['missing', 'not-json', 'schema-invalid', 'tampered-digest'] as const)('fails with the file and field when the manifest is %s, writing nothing', async (breakage) => {
    const fixture = await evidence()
    const broken = await breakEvidence(fixture, 'release-package', breakage)
    const run = accept(fixture, { checks: [{ name: 'ok', type: 'command', run: 'true' }] })

    // promote says 'missing' for an absent manifest, where the fixture's field is '(file)'.
    const field = breakage === 'missing' ? 'missing' : broken.field
    await expect(run).rejects.toMatchObject({ name: 'EvidenceError', message: expect.stringContaining(`${broken.file}: ${field}`) })
    expect((await fixture.store.read('acceptance', fixture.sha)).state).toBe('missing')
  })
})

describe('setup', () => {
  async function setupConfig(port: number, pidFile: string, extraChecks: unknown[] = []): Promise<unknown> {
    // A server started with & inside the setup: only a process-group kill stops it.
    const server = `require('http').createServer((q, s) => s.end(process.env.SHIPGATE_SHA)).listen(${port}, '127.0.0.1')`
    return {
      setup: `node -e "${server}" & echo $! > ${pidFile}; wait`,
      checks: [{ name: 'served', type: 'http', url: `http://127.0.0.1:${port}/`, bodyContains: '', timeoutSeconds: 10, attempts: 8 }, ...extraChecks],
    }
  }

  function alive(pid: number): boolean {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }

  it('starts before the checks with the SHIPGATE_* environment and is stopped, with what it started, after them', async () => {
    const fixture = await evidence()
    const folder = await workspace()
    const port = await freePort()
    const pidFile = join(folder, 'server.pid')
    const config = (await setupConfig(port, pidFile)) as AcceptanceConfig & { checks: Array<Record<string, unknown>> }
    config.checks[0]!.bodyContains = fixture.sha
    const { result, logger } = await accept(fixture, config, { workspace: folder })

    expect(check(result, 'served').status).toBe('pass')
    const serverPid = Number(await readFile(pidFile, 'utf8'))
    expect(alive(serverPid)).toBe(false)
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow()
    expect(logger.text()).toMatch(/Started setup \(process group \d+\)/)
  })

  it('is stopped when the checks fail too', async () => {
    const fixture = await evidence()
    const folder = await workspace()
    const port = await freePort()
    const pidFile = join(folder, 'server.pid')
    const { result } = await accept(fixture, await setupConfig(port, pidFile, [{ name: 'broken', type: 'command', run: 'exit 7' }]), { workspace: folder })

    expect(result.decision).toBe('NO')
    expect(alive(Number(await readFile(pidFile, 'utf8')))).toBe(false)
  })

  it('is not started when no check runs', async () => {
    const fixture = await evidence()
    const folder = await workspace()
    const config = { setup: `touch ${join(folder, 'started')}`, checks: [{ name: 'infra', type: 'command', run: 'true', scopes: ['infra'] }] }
    const { result } = await accept(fixture, config, { workspace: folder })

    expect(result.decision).toBe('YES')
    await expect(readFile(join(folder, 'started'))).rejects.toThrow()
  })
})

describe('setup that cannot start', () => {
  it('fails the checks it was for, with the cause, instead of crashing', async () => {
    const fixture = await evidence()
    const { result } = await accept(fixture, { setup: 'true', checks: [{ name: 'api', type: 'command', run: 'true' }] }, { workspace: join(tmpdir(), 'shipgate-no-such-folder'), filesRoot: await workspace() })

    expect(result.decision).toBe('NO')
    expect(check(result, 'api')).toMatchObject({ status: 'fail', attempts: 0 })
    expect(check(result, 'api').reason).toMatch(/^not run: the setup command could not start \(.*ENOENT/)
  })
})
