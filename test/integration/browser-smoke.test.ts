// Browser smoke in a real headless Chromium (Debian's, at /usr/bin/chromium or on PATH) against
// pages served by a local node:http server: a page that passes, a missing selector, a page error,
// a failing status; and no browser at all, skipped when optional and failed when required.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { browserConfig, prodVerifyConfig } from '../../src/config/prod-verify-config.js'
import { systemClock } from '../../src/platform/clock.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { findBrowser, runBrowserSmoke } from '../../src/stages/checks/browser-smoke.js'
import { verifyProduction } from '../../src/stages/prod-verify.js'
import { writeReleaseEvidence } from '../helpers/evidence-fixtures.js'

const PAGES: Record<string, { status: number; html: string }> = {
  '/ready': {
    status: 200,
    html: '<!doctype html><title>shop</title><main></main><script>setTimeout(() => { document.querySelector("main").innerHTML = "<div id=\\"app\\">Orders ready</div>" }, 150)</script>',
  },
  '/empty': { status: 200, html: '<!doctype html><title>shop</title><main>Loading…</main>' },
  '/throws': { status: 200, html: '<!doctype html><title>shop</title><div id="app">Orders ready</div><script>throw new Error("orders widget exploded")</script>' },
  '/gone': { status: 500, html: '<!doctype html><title>error</title><div id="app">Internal error</div>' },
}

let server: Server
let baseUrl: string
let browserPath: string

beforeAll(async () => {
  const found = await findBrowser(undefined, process.env.PATH ?? '')
  if ('missing' in found) throw new Error(`these tests need Chromium (apt-get install -y chromium): ${found.missing}`)
  browserPath = found.path
  server = createServer((request, response) => {
    const page = PAGES[request.url ?? ''] ?? { status: 404, html: 'not found' }
    response.writeHead(page.status, { 'content-type': 'text/html; charset=utf-8' })
    response.end(page.html)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
})

describe('browser smoke in Chromium', () => {
  it('passes a page whose selector and text show, and fails a missing selector, a page error and a 500', async () => {
    const logger = new RecordingLogger()
    const outcomes = await runBrowserSmoke(
      {
        config: browserConfig.parse({
          required: true,
          pages: [
            { name: 'orders', url: `${baseUrl}/ready`, waitForSelector: '#app', waitForText: 'Orders ready', timeoutSeconds: 20 },
            { url: `${baseUrl}/empty`, waitForSelector: '#app', timeoutSeconds: 2 },
            { name: 'throws', url: `${baseUrl}/throws`, waitForSelector: '#app', timeoutSeconds: 10 },
            { name: 'gone', url: `${baseUrl}/gone`, waitForText: 'Internal error', timeoutSeconds: 10 },
          ],
        }),
        browserPath,
      },
      { clock: systemClock, logger },
    )
    const [ready, empty, throws, gone] = outcomes
    expect(outcomes).toHaveLength(4)
    expect(ready).toMatchObject({ name: 'browser smoke: orders', type: 'browser', required: true, status: 'pass', attempts: 1 })
    expect(ready!.detail).toBe('status 200; selector #app shown; text "Orders ready" shown')
    expect(empty).toMatchObject({ name: `browser smoke: ${baseUrl}/empty`, status: 'fail', reason: 'selector #app did not show within 2 s' })
    expect(throws).toMatchObject({ status: 'fail' })
    expect(throws!.reason).toContain('page error: orders widget exploded')
    expect(gone).toMatchObject({ status: 'fail', reason: `${baseUrl}/gone answered 500` })
    expect(logger.text()).toContain(`browser smoke in ${browserPath}`)
  })
})

describe('browser smoke without a browser', () => {
  const missing = '/nonexistent/shipgate/chrome'

  it('is skipped with the reason when optional', async () => {
    const logger = new RecordingLogger()
    const outcomes = await runBrowserSmoke(
      { config: browserConfig.parse({ required: false, pages: [{ url: `${baseUrl}/ready` }] }), browserPath: missing },
      { clock: systemClock, logger },
    )
    expect(outcomes).toEqual([
      { name: `browser smoke: ${baseUrl}/ready`, type: 'browser', required: false, status: 'skipped', reason: `no browser at ${missing} (missing or not executable)`, attempts: 0, durationMs: 0 },
    ])
  })

  it('fails when required, and a PATH without one says which names it looked for', async () => {
    const outcomes = await runBrowserSmoke(
      { config: browserConfig.parse({ required: true, pages: [{ url: `${baseUrl}/ready` }] }), searchPath: '/nonexistent/bin' },
      { clock: systemClock, logger: new RecordingLogger() },
    )
    expect(outcomes[0]).toMatchObject({ status: 'fail', reason: expect.stringContaining('none of chromium, chromium-browser, google-chrome is on PATH') })
  })

  it('leaves the production verdict pass but degraded when the optional browser check is skipped', async () => {
    const evidence = await writeReleaseEvidence({ production: null })
    const filesRoot = await mkdtemp(join(tmpdir(), 'shipgate-files-'))
    // A required check that passes: verification that verified nothing at all is a fail.
    await writeFile(join(filesRoot, 'probe.json'), JSON.stringify({ sha: evidence.sha, checkedAt: new Date().toISOString() }))
    try {
      const { result } = await verifyProduction(
        {
          sha: evidence.sha,
          config: prodVerifyConfig.parse({ probe: { source: { file: 'probe.json' }, maxAgeSeconds: 600 }, browser: { pages: [{ url: `${baseUrl}/ready` }] } }),
          configPath: 'shipgate.yml',
          filesRoot,
          clients: { allowed: {}, denied: {} },
          browserPath: missing,
        },
        { store: evidence.store, logger: new RecordingLogger(), clock: systemClock },
      )
      expect(result).toMatchObject({ verdict: 'pass', degraded: true, packageDigest: evidence.manifest.digest })
      expect(result.checks.find((check) => check.type === 'browser')).toMatchObject({ status: 'skipped', required: false })
    } finally {
      await evidence.cleanup()
      await rm(filesRoot, { recursive: true, force: true })
    }
  })
})
