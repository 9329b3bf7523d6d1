// Freshness checks over real files and a real local HTTP server: fresh passes, stale, future,
// unparseable, missing and wrong-SHA reports fail with a reason that says what was found.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { authCanaryConfig, probeConfig } from '../../src/config/prod-verify-config.js'
import { checkAuthCanary, checkProbe, parseReportedTime } from '../../src/stages/checks/freshness.js'
import type { Clock } from '../../src/platform/clock.js'

const NOW = new Date('2025-01-02T03:20:00.000Z')
const SHA = '0123456789abcdef0123456789abcdef01234567'
const clock: Clock = { now: () => NOW, sleep: async () => undefined }
const secondsAgo = (seconds: number) => new Date(NOW.getTime() - seconds * 1000).toISOString()

let folder: string
let server: Server
let baseUrl: string
const documents = new Map<string, { status: number; body: string }>()

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'shipgate-freshness-'))
  server = createServer((request, response) => {
    const document = documents.get(request.url ?? '')
    response.writeHead(document?.status ?? 404, { 'content-type': 'application/json' })
    response.end(document?.body ?? '{"error":"not found"}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await rm(folder, { recursive: true, force: true })
})

async function file(name: string, content: unknown): Promise<string> {
  const path = join(folder, name)
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

describe('parseReportedTime', () => {
  it('reads RFC 3339 strings and epoch seconds or milliseconds, and nothing else', () => {
    expect(parseReportedTime('2025-01-02T03:19:00Z')?.toISOString()).toBe('2025-01-02T03:19:00.000Z')
    expect(parseReportedTime('2025-01-02T04:19:00+01:00')?.toISOString()).toBe('2025-01-02T03:19:00.000Z')
    expect(parseReportedTime(1735788000)?.toISOString()).toBe('2025-01-02T03:20:00.000Z')
    expect(parseReportedTime(1735788000000)?.toISOString()).toBe('2025-01-02T03:20:00.000Z')
    expect(parseReportedTime('yesterday')).toBeUndefined()
    expect(parseReportedTime('2025-01-02')).toBeUndefined()
    expect(parseReportedTime(true)).toBeUndefined()
  })
})

describe('auth canary', () => {
  it('passes when the last success at the pointer is within maxAgeSeconds (file)', async () => {
    const path = await file('canary-fresh.json', { canary: { lastSuccess: secondsAgo(120) } })
    const outcome = await checkAuthCanary(authCanaryConfig.parse({ source: { file: path }, pointer: '/canary/lastSuccess', maxAgeSeconds: 300 }), { clock })
    expect(outcome).toMatchObject({ name: 'auth canary', type: 'auth-canary', required: true, status: 'pass', attempts: 1 })
    expect(outcome.detail).toContain('120 s old (max 300 s)')
  })

  it('passes from a URL too', async () => {
    documents.set('/canary', { status: 200, body: JSON.stringify({ lastSuccess: secondsAgo(5) }) })
    const outcome = await checkAuthCanary(authCanaryConfig.parse({ source: { url: `${baseUrl}/canary` }, maxAgeSeconds: 60 }), { clock })
    expect(outcome.status).toBe('pass')
  })

  it('fails when the last success is older than maxAgeSeconds, saying how old', async () => {
    const path = await file('canary-stale.json', { lastSuccess: secondsAgo(301) })
    const outcome = await checkAuthCanary(authCanaryConfig.parse({ source: { file: path }, maxAgeSeconds: 300, required: false }), { clock })
    expect(outcome).toMatchObject({ status: 'fail', required: false })
    expect(outcome.reason).toBe(`last success ${secondsAgo(301)} is 301 s old, older than maxAgeSeconds 300`)
  })

  it('fails on a time in the future beyond clock skew', async () => {
    const path = await file('canary-future.json', { lastSuccess: secondsAgo(-3600) })
    const outcome = await checkAuthCanary(authCanaryConfig.parse({ source: { file: path }, maxAgeSeconds: 300 }), { clock })
    expect(outcome.status).toBe('fail')
    expect(outcome.reason).toContain('3600 s in the future')
  })

  it.each([
    ['nothing at the pointer', { other: 1 }, "nothing at JSON pointer '/lastSuccess'"],
    ['not a time', { lastSuccess: 'recently' }, `at '/lastSuccess' is "recently", not an RFC 3339 date-time`],
    ['a day that does not exist', { lastSuccess: '2026-11-31T23:00:00Z' }, `at '/lastSuccess' is "2026-11-31T23:00:00Z", not an RFC 3339 date-time or epoch time: day 31 does not exist in November 2026 (01 to 30)`],
    ['not JSON', '{"lastSuccess": ', 'not valid JSON'],
  ])('fails on %s', async (_case, content, reason) => {
    const path = await file(`canary-${_case.replace(/\s/g, '-')}.json`, content)
    const outcome = await checkAuthCanary(authCanaryConfig.parse({ source: { file: path }, maxAgeSeconds: 300 }), { clock })
    expect(outcome.status).toBe('fail')
    expect(outcome.reason).toContain(reason)
  })

  it('fails on a missing file and on a URL that answers an error', async () => {
    const missing = await checkAuthCanary(authCanaryConfig.parse({ source: { file: join(folder, 'nope.json') }, maxAgeSeconds: 300 }), { clock })
    expect(missing.reason).toBe(`${join(folder, 'nope.json')}: file not found`)
    documents.set('/broken', { status: 503, body: '{}' })
    const broken = await checkAuthCanary(authCanaryConfig.parse({ source: { url: `${baseUrl}/broken` }, maxAgeSeconds: 300 }), { clock })
    expect(broken).toMatchObject({ status: 'fail', reason: `${baseUrl}/broken: answered 503` })
  })

  it('fails when nothing listens at the URL', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const outcome = await checkAuthCanary(authCanaryConfig.parse({ source: { url: `http://127.0.0.1:${port}/` }, maxAgeSeconds: 300 }), { clock })
    expect(outcome.status).toBe('fail')
    expect(outcome.reason).toMatch(/ECONNREFUSED/)
  })
})

describe('probe freshness', () => {
  it('passes when the report names the release SHA and is fresh', async () => {
    documents.set('/probe', { status: 200, body: JSON.stringify({ sha: SHA, checkedAt: secondsAgo(30) }) })
    const outcome = await checkProbe(probeConfig.parse({ source: { url: `${baseUrl}/probe` }, maxAgeSeconds: 600 }), SHA, { clock })
    expect(outcome).toMatchObject({ name: 'probe freshness', type: 'probe', status: 'pass' })
    expect(outcome.detail).toContain('30 s old')
  })

  it('fails when the report names another SHA, even when fresh', async () => {
    const other = 'f'.repeat(40)
    const path = await file('probe-other.json', { report: { commit: other, at: secondsAgo(1) } })
    const outcome = await checkProbe(probeConfig.parse({ source: { file: path }, shaPointer: '/report/commit', timePointer: '/report/at', maxAgeSeconds: 600 }), SHA, { clock })
    expect(outcome.status).toBe('fail')
    expect(outcome.reason).toContain(`the probe checked "${other}" (at '/report/commit'), not the release ${SHA}`)
  })

  it('fails when the report for the SHA is stale', async () => {
    const path = await file('probe-stale.json', { sha: SHA, checkedAt: Math.floor(NOW.getTime() / 1000) - 900 })
    const outcome = await checkProbe(probeConfig.parse({ source: { file: path }, maxAgeSeconds: 600 }), SHA, { clock })
    expect(outcome.status).toBe('fail')
    expect(outcome.reason).toContain('900 s old, older than maxAgeSeconds 600')
  })
})

describe('config', () => {
  it('refuses a source with both url and file, or neither', () => {
    expect(authCanaryConfig.safeParse({ source: { url: 'http://x', file: 'y' }, maxAgeSeconds: 1 }).success).toBe(false)
    expect(probeConfig.safeParse({ source: {}, maxAgeSeconds: 1 }).success).toBe(false)
    expect(authCanaryConfig.safeParse({ source: { file: 'y' }, pointer: 'lastSuccess', maxAgeSeconds: 1 }).success).toBe(false)
  })
})
