// deliver through the real dropbox SDK against the Dropbox-wire test server: the golden path, the
// transfer faults, and bad input. Each fault ends in a correct delivery, one version, one link.
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { deliveryManifest, type DeliveryManifest } from '../../src/contracts/delivery.js'
import { startDropboxWireServer, wireContentHash, type DropboxWireServer } from '../helpers/dropbox-wire-server.js'
import { scratchWorkspace, SHA_1, SHA_2, SHA_3, type Workspace } from '../helpers/deliver-harness.js'

const TOKEN = 'test-access-token'
const PROJECT = '/Clients/Acme/acme-website'
const STABLE = `${PROJECT}/01_Deliverables/Final`
const MANIFEST = `${PROJECT}/00_Admin/.shipgate/manifest/delivery_manifest.json`
const MiB = 1024 * 1024

let server: DropboxWireServer
let workspace: Workspace
const savedEnv = { ...process.env }

beforeEach(async () => {
  server = await startDropboxWireServer({ accessTokens: [TOKEN], app: { key: 'app-key', secret: 'app-secret-value', refreshToken: 'refresh-token-value' } })
  workspace = await scratchWorkspace()
})

afterEach(async () => {
  await server.stop()
  await workspace.cleanup()
  process.env = { ...savedEnv }
})

function inputs(sha: string, extra: Record<string, string> = {}): Record<string, string> {
  return { files: 'out/*', project: 'acme-website', destination: 'dropbox:/Clients/Acme', sha, 'dropbox-access-token': TOKEN, 'dropbox-api-url': server.url, ...extra }
}

function manifestAtServer(): DeliveryManifest {
  const file = server.file(MANIFEST)
  if (!file?.content) throw new Error('no manifest at the server')
  return deliveryManifest.parse(JSON.parse(file.content.toString('utf8')))
}

async function deliverOk(sha: string, extra: Record<string, string> = {}) {
  const outcome = await workspace.run(inputs(sha, extra))
  if (outcome.error) throw new Error(`deliver failed: ${outcome.error.message}\n${outcome.logger.text()}`)
  return outcome
}

describe('deliver to Dropbox (wire server, real SDK)', () => {
  test('golden path: v1 created, unchanged rerun uploads nothing and reuses the link, a change makes v2 under the same link', async () => {
    const big = randomBytes(9 * MiB + 123)
    await workspace.write('out/report.pdf', 'report v1')
    await workspace.write('out/video.mp4', big)

    const first = await deliverOk(SHA_1)
    expect(first.run!.outputs).toMatchObject({ version: '1', outcome: 'created', 'share-status': 'created', 'manifest-path': MANIFEST })
    expect(server.file(`${STABLE}/v1/video.mp4`)?.contentHash).toBe(wireContentHash(big))
    expect(server.file(`${STABLE}/v1/report.pdf`)?.content?.toString()).toBe('report v1')
    expect(server.links.size).toBe(1)
    expect(first.run!.outputs['share-url']).toBe(server.links.get(STABLE.toLowerCase())?.url)
    // The large file went through a session; the log names the auth mode, never the token.
    expect(server.routeCount('files/upload_session/append_v2')).toBeGreaterThan(0)
    expect(first.logger.text()).toContain("access token from input 'dropbox-access-token'")
    expect(first.logger.text()).not.toContain(TOKEN)

    const uploadsBefore = server.requests.filter((request) => request.route.startsWith('files/upload')).length
    const second = await deliverOk(SHA_2)
    expect(second.run!.outputs).toMatchObject({ version: '1', outcome: 'unchanged', 'share-status': 'reused', 'share-url': first.run!.outputs['share-url'] })
    // Only the manifest was written.
    const uploadsAfter = server.requests.filter((request) => request.route.startsWith('files/upload'))
    expect(uploadsAfter.slice(uploadsBefore).map((request) => request.args.path)).toEqual([MANIFEST])

    await workspace.write('out/report.pdf', 'report v2')
    const third = await deliverOk(SHA_3)
    expect(third.run!.outputs).toMatchObject({ version: '2', outcome: 'created', 'share-status': 'reused', 'share-url': first.run!.outputs['share-url'] })
    expect(server.file(`${STABLE}/v2/report.pdf`)?.content?.toString()).toBe('report v2')
    expect(server.file(`${STABLE}/v2/video.mp4`)?.contentHash).toBe(wireContentHash(big))
    expect(server.links.size).toBe(1)

    const manifest = manifestAtServer()
    expect(manifest.current).toMatchObject({ currentVersion: 2, stablePath: STABLE, stableShareUrl: first.run!.outputs['share-url'] })
    expect(manifest.runs.map((run) => [run.outcome, run.version, run.bytesUploaded])).toEqual([
      ['created', 1, big.length + 9],
      ['unchanged', 1, 0],
      ['created', 2, big.length + 9],
    ])
    const result = JSON.parse(await readFile(join(workspace.dir, '.artifacts', 'delivery', SHA_2, 'result.json'), 'utf8')) as Record<string, unknown>
    expect(result).toMatchObject({ schema: 'shipgate.delivery-result/v1', outcome: 'unchanged', version: 1, bytesUploaded: 0 })
    expect(JSON.stringify(result)).not.toContain(TOKEN)
  })

  test('several large files are committed with one batch finish', async () => {
    await workspace.write('out/a.bin', randomBytes(9 * MiB))
    await workspace.write('out/b.bin', randomBytes(10 * MiB))
    await deliverOk(SHA_1)
    expect(server.routeCount('files/upload_session/finish_batch_v2')).toBe(1)
    expect(server.filesUnder(`${STABLE}/v1`).map((file) => file.size).sort((a, b) => a - b)).toEqual([9 * MiB, 10 * MiB])
  })

  test('refresh-token mode refreshes with a form body, never the URL, and no secret reaches a file', async () => {
    await workspace.write('out/a.txt', 'a')
    const run = await deliverOk(SHA_1, { 'dropbox-access-token': '', 'dropbox-refresh-token': 'refresh-token-value', 'dropbox-app-key': 'app-key', 'dropbox-app-secret': 'app-secret-value' })
    expect(run.run!.outputs.outcome).toBe('created')
    expect(server.tokenRequests).toHaveLength(1)
    expect(server.tokenRequests[0]!.url).toBe('/oauth2/token')
    expect(server.tokenRequests[0]!.contentType).toBe('application/x-www-form-urlencoded')
    expect(new URLSearchParams(server.tokenRequests[0]!.body).get('refresh_token')).toBe('refresh-token-value')
    expect(server.requests.every((request) => !request.url.includes('refresh-token-value') && !request.url.includes('app-secret-value'))).toBe(true)
    expect(run.logger.text()).toContain('auth mode refresh-token')
    const files = [await readFile(join(workspace.dir, '.artifacts', 'delivery', SHA_1, 'result.json'), 'utf8'), server.file(MANIFEST)!.content!.toString()]
    for (const text of files) for (const secret of ['refresh-token-value', 'app-secret-value']) expect(text).not.toContain(secret)
  })

  test('SHIPGATE_DROPBOX_API_URL points the client at the endpoint when the input is empty', async () => {
    await workspace.write('out/a.txt', 'a')
    process.env.SHIPGATE_DROPBOX_API_URL = server.url
    const run = await deliverOk(SHA_1, { 'dropbox-api-url': '' })
    expect(run.run!.outputs.outcome).toBe('created')
    expect(run.logger.text()).toContain('SHIPGATE_DROPBOX_API_URL')
  })

  test('a timeout longer than Node\'s timers can hold (24.8 days) delivers as any other', async () => {
    await workspace.write('out/a.txt', 'a')
    const run = await deliverOk(SHA_1, { timeout: '86400000' })
    expect(run.run!.outputs).toMatchObject({ outcome: 'created', version: '1' })
    expect(server.file(`${STABLE}/v1/a.txt`)?.size).toBe(1)
  })

  test.each(['ftp://127.0.0.1:21', 'file:///tmp/x', 'not a url'])('dropbox-api-url %s is refused as no http(s) URL, naming the input', async (url) => {
    await workspace.write('out/a.txt', 'a')
    const run = await workspace.run(inputs(SHA_1, { 'dropbox-api-url': url }))
    expect(run.error?.message).toBe(`input dropbox-api-url: '${url}' is not an http:// or https:// URL; give e.g. http://127.0.0.1:8080`)
    expect(server.requests).toEqual([])
  })

  test('bot-root mode puts every path under the API root folder', async () => {
    await workspace.write('out/a.txt', 'a')
    await deliverOk(SHA_1, { 'use-api-root-folder': 'true', 'api-root-folder': '/Apps/bot' })
    expect(server.file(`/Apps/bot${STABLE}/v1/a.txt`)).toBeDefined()
    expect(server.file(`/Apps/bot${MANIFEST}`)).toBeDefined()
  })

  test('a revoked link is recreated with refresh-share-link, and only then', async () => {
    await workspace.write('out/a.txt', 'a')
    const first = await deliverOk(SHA_1)
    server.revokeLink(STABLE)
    const trusting = await deliverOk(SHA_2)
    expect(trusting.run!.outputs['share-status']).toBe('reused')
    const refreshed = await deliverOk(SHA_3, { 'refresh-share-link': 'true' })
    expect(refreshed.run!.outputs).toMatchObject({ 'share-status': 'recreated', outcome: 'unchanged', version: '1' })
    expect(refreshed.run!.outputs['share-url']).not.toBe(first.run!.outputs['share-url'])
    expect(server.links.size).toBe(1)
    expect(manifestAtServer().current?.stableShareUrl).toBe(refreshed.run!.outputs['share-url'])
  })
})
