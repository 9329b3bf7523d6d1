// Transfer faults and bad input against the Dropbox-wire server, through the real SDK. Every fault
// ends in a correct delivery (the server's content hashes equal the files'), one version, one link.
import { randomBytes } from 'node:crypto'
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { deliveryManifest } from '../../src/contracts/delivery.js'
import { startDropboxWireServer, wireContentHash, type DropboxWireServer } from '../helpers/dropbox-wire-server.js'
import { scratchWorkspace, SHA_1, SHA_2, type Workspace } from '../helpers/deliver-harness.js'

const TOKEN = 'test-access-token'
const PROJECT = '/Clients/Acme/acme-website'
const STABLE = `${PROJECT}/01_Deliverables/Final`
const MANIFEST = `${PROJECT}/00_Admin/.shipgate/manifest/delivery_manifest.json`
const MiB = 1024 * 1024

let server: DropboxWireServer
let workspace: Workspace
let big: Buffer

beforeEach(async () => {
  server = await startDropboxWireServer({ accessTokens: [TOKEN], app: { key: 'app-key', secret: 'app-secret-value', refreshToken: 'refresh-token-value' } })
  workspace = await scratchWorkspace()
  big = randomBytes(20 * MiB + 5)
  await workspace.write('out/video.mp4', big)
  await workspace.write('out/notes.txt', 'notes')
})

afterEach(async () => {
  await server.stop()
  await workspace.cleanup()
})

function inputs(sha: string, extra: Record<string, string> = {}): Record<string, string> {
  return { files: 'out/*', project: 'acme-website', destination: 'dropbox:/Clients/Acme', sha, 'dropbox-access-token': TOKEN, 'dropbox-api-url': server.url, ...extra }
}

async function deliverOk(sha: string, extra: Record<string, string> = {}) {
  const outcome = await workspace.run(inputs(sha, extra))
  if (outcome.error) throw new Error(`deliver failed: ${outcome.error.message}\n${outcome.logger.text()}`)
  return outcome
}

/** One version (v1) holding exactly the two files, one link, a manifest that says so. */
function expectCorrectDelivery(): void {
  expect(server.filesUnder(STABLE).map((file) => file.pathDisplay).sort()).toEqual([`${STABLE}/v1/notes.txt`, `${STABLE}/v1/video.mp4`])
  expect(server.file(`${STABLE}/v1/video.mp4`)?.contentHash).toBe(wireContentHash(big))
  expect(server.file(`${STABLE}/v1/video.mp4`)?.content?.equals(big)).toBe(true)
  expect(server.links.size).toBe(1)
  const manifest = deliveryManifest.parse(JSON.parse(server.file(MANIFEST)!.content!.toString('utf8')))
  expect(manifest.current?.currentVersion).toBe(1)
  expect(manifest.pending).toBeUndefined()
}

const appendAt = (offset: number) => (args: Record<string, unknown>) => (args.cursor as { offset?: number } | undefined)?.offset === offset

describe('transfer faults', () => {
  test('429 with Retry-After: waits as asked, then carries on', async () => {
    server.inject({ route: 'files/upload_session/append_v2', when: appendAt(8 * MiB), action: { kind: 'status', status: 429, retryAfter: 1 } })
    const started = Date.now()
    const run = await deliverOk(SHA_1)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(run.logger.text()).toMatch(/throttled .*retrying after 1 s/)
    expect(server.requests.some((request) => request.status === 429)).toBe(true)
    expectCorrectDelivery()
  })

  test('500 on a chunk: the chunk is sent again', async () => {
    server.inject({ route: 'files/upload_session/append_v2', when: appendAt(8 * MiB), action: { kind: 'status', status: 500 }, times: 2 })
    await deliverOk(SHA_1)
    expect(server.requests.filter((request) => request.route === 'files/upload_session/append_v2' && request.status === 500)).toHaveLength(2)
    expectCorrectDelivery()
  })

  test('a connection dropped mid-chunk: the chunk is sent again', async () => {
    server.inject({ route: 'files/upload_session/append_v2', when: appendAt(8 * MiB), action: { kind: 'drop-mid-body' } })
    const run = await deliverOk(SHA_1)
    expect(run.logger.text()).toContain('connection dropped during files/upload_session/append_v2')
    expectCorrectDelivery()
  })

  test('a lost acknowledgement: the retry meets incorrect_offset and resumes from the offset the server has', async () => {
    server.inject({ route: 'files/upload_session/append_v2', when: appendAt(0), action: { kind: 'lose-ack' } })
    await deliverOk(SHA_1)
    const appends = server.requests.filter((request) => request.route === 'files/upload_session/append_v2')
    expect(appends.some((request) => request.status === 409)).toBe(true)
    // Nothing was sent twice after the resume: the offsets that succeeded are each chunk once.
    const accepted = appends.filter((request) => request.status === 200).map((request) => (request.args.cursor as { offset: number }).offset)
    expect(accepted).toEqual([8 * MiB, 16 * MiB])
    expectCorrectDelivery()
  })

  test('a lost acknowledgement of the closing append (sequential session): the retry finds the session closed, and the finish at the full size confirms it', async () => {
    server.inject({ route: 'files/upload_session/append_v2', when: (args) => args.close === true, action: { kind: 'lose-ack' } })
    await deliverOk(SHA_1)
    const closing = server.requests.filter((request) => request.route === 'files/upload_session/append_v2' && request.args.close === true)
    expect(closing.map((request) => request.status)).toEqual([0, 409])
    const finish = server.requests.filter((request) => request.route === 'files/upload_session/finish')
    expect(finish.map((request) => [request.status, (request.args.cursor as { offset: number }).offset])).toEqual([[200, big.length]])
    expectCorrectDelivery()
  })

  test('a lost acknowledgement of the finish: the retry finds no session, and the committed file is confirmed by its content hash', async () => {
    server.inject({ route: 'files/upload_session/finish', action: { kind: 'lose-ack' } })
    await deliverOk(SHA_1)
    expect(server.requests.filter((request) => request.route === 'files/upload_session/finish').map((request) => request.status)).toEqual([0, 409])
    expectCorrectDelivery()
  })

  test('lost acknowledgements of the manifest writes: each retry meets its own write as a conflict, re-reads, and the run is recorded once', async () => {
    // The first attempt of the claim and of the switch loses its acknowledgement; their retries do not.
    const seen = new Set<unknown>()
    const firstAttempt = (args: Record<string, unknown>): boolean => {
      if (args.path !== MANIFEST || seen.has(args.content_hash)) return false
      seen.add(args.content_hash)
      return true
    }
    server.inject({ route: 'files/upload', when: firstAttempt, action: { kind: 'lose-ack' }, times: 2 })
    const run = await deliverOk(SHA_1)
    expect(run.run!.outputs).toMatchObject({ outcome: 'created', version: '1' })
    const manifest = deliveryManifest.parse(JSON.parse(server.file(MANIFEST)!.content!.toString('utf8')))
    expect(manifest.runs.map((entry) => [entry.sha, entry.outcome, entry.version])).toEqual([[SHA_1, 'created', 1]])
    expect(server.requests.filter((request) => request.route === 'files/upload' && request.args.path === MANIFEST && request.status === 409)).toHaveLength(2)
    expectCorrectDelivery()
  })

  test('an expired access token is refreshed once with the refresh token, then the delivery carries on', async () => {
    server.expireToken(TOKEN)
    const run = await deliverOk(SHA_1, { 'dropbox-refresh-token': 'refresh-token-value', 'dropbox-app-key': 'app-key', 'dropbox-app-secret': 'app-secret-value' })
    expect(server.tokenRequests).toHaveLength(1)
    expect(run.logger.text()).toContain('access token expired')
    expectCorrectDelivery()
  })

  test('an expired token without a refresh token, or expiring again after the refresh, fails clearly without looping', async () => {
    server.expireToken(TOKEN)
    const plain = await workspace.run(inputs(SHA_1))
    expect(plain.error?.message).toMatch(/401 expired_access_token.*dropbox-refresh-token/)
    server.inject({ route: 'files/download', action: { kind: 'expired-token' }, times: 10 })
    const again = await workspace.run(inputs(SHA_1, { 'dropbox-refresh-token': 'refresh-token-value', 'dropbox-app-key': 'app-key', 'dropbox-app-secret': 'app-secret-value' }))
    expect(again.error?.message).toMatch(/expired again right after a refresh/)
    expect(server.tokenRequests).toHaveLength(1)
  })

  test('a link that exists, reported without metadata, is found by listing: no second link', async () => {
    const existing = server.seedLink(STABLE)
    server.inject({ route: 'sharing/create_shared_link_with_settings', action: { kind: 'link-exists-bare' } })
    const run = await deliverOk(SHA_1)
    expect(run.run!.outputs).toMatchObject({ 'share-status': 'reused', 'share-url': existing.url })
    expect(server.routeCount('sharing/list_shared_links')).toBe(1)
    expectCorrectDelivery()
  })

  test('a crash between the upload and the manifest switch: the rerun finishes the same version without uploading again', async () => {
    // Both the switch and the failure record fail, as when the process dies. The write before them
    // pins the claim to the content hashes the upload took (a first delivery hashes as it uploads).
    let updates = 0
    const isSwitch = (args: Record<string, unknown>) => args.path === MANIFEST && (args.mode as { '.tag'?: string })['.tag'] === 'update' && ++updates > 1
    server.inject({ route: 'files/upload', when: isSwitch, action: { kind: 'status', status: 400, body: 'simulated crash' }, times: 2 })
    const crashed = await workspace.run(inputs(SHA_1))
    expect(crashed.error).toBeDefined()
    const midway = deliveryManifest.parse(JSON.parse(server.file(MANIFEST)!.content!.toString('utf8')))
    expect(midway.current).toBeNull()
    expect(midway.pending?.version).toBe(1)

    const rerun = await deliverOk(SHA_2)
    expect(rerun.run!.outputs).toMatchObject({ version: '1', outcome: 'created', 'share-status': 'reused' })
    expectCorrectDelivery()
    const manifest = deliveryManifest.parse(JSON.parse(server.file(MANIFEST)!.content!.toString('utf8')))
    expect(manifest.runs.map((run) => [run.sha, run.outcome, run.version, run.bytesUploaded])).toEqual([[SHA_2, 'created', 1, 0]])
  })

  test('a concurrent manifest change is detected by revision and no run record is lost', async () => {
    await deliverOk(SHA_1)
    // The first two manifest writes are held back a moment, so that both runs have read the
    // manifest before either writes it: the race happens every time, not by luck of timing.
    server.inject({ route: 'files/upload', when: (args) => args.path === MANIFEST, action: { kind: 'delay', ms: 400 }, times: 2 })
    const runs = await Promise.all([workspace.run(inputs(SHA_2)), workspace.run(inputs('4444444444444444444444444444444444444444'))])
    expect(runs.map((run) => run.error)).toEqual([undefined, undefined])
    const manifest = deliveryManifest.parse(JSON.parse(server.file(MANIFEST)!.content!.toString('utf8')))
    expect(manifest.runs.map((run) => run.outcome)).toEqual(['created', 'unchanged', 'unchanged'])
    expect(server.requests.some((request) => request.route === 'files/upload' && request.status === 409)).toBe(true)
  })
})

describe('transfer faults in a concurrent upload session (large files)', () => {
  // Six chunks: five of 8 MiB and a closing one of 5 bytes.
  const LAST = 40 * MiB

  beforeEach(async () => {
    big = randomBytes(40 * MiB + 5)
    await workspace.write('out/video.mp4', big)
  })

  const appends = () => server.requests.filter((request) => request.route === 'files/upload_session/append_v2')
  const closing = (args: Record<string, unknown>) => args.close === true

  test('chunks go in parallel through a concurrent session, the closing one last', async () => {
    await deliverOk(SHA_1)
    const start = server.requests.find((request) => request.route === 'files/upload_session/start')
    expect(start?.args.session_type).toEqual({ '.tag': 'concurrent' })
    expect(start?.bodySize).toBe(0)
    const sent = appends()
    expect(sent.map((request) => (request.args.cursor as { offset: number }).offset).sort((a, b) => a - b)).toEqual([0, 8, 16, 24, 32, 40].map((n) => n * MiB))
    expect(sent.filter((request) => request.bodySize % (4 * MiB) !== 0).map((request) => request.args)).toEqual([expect.objectContaining({ close: true })])
    expect(sent.at(-1)?.args).toMatchObject({ close: true, cursor: { offset: LAST } })
    expect(server.maxAppendsInFlight).toBeGreaterThanOrEqual(2)
    expect(server.maxAppendsInFlight).toBeLessThanOrEqual(4)
    expect(server.routeCount('files/upload_session/finish')).toBe(1)
    expectCorrectDelivery()
  })

  test('429 with Retry-After on a chunk: that chunk waits as asked, then the delivery carries on', async () => {
    server.inject({ route: 'files/upload_session/append_v2', when: appendAt(16 * MiB), action: { kind: 'status', status: 429, retryAfter: 1 } })
    const started = Date.now()
    const run = await deliverOk(SHA_1)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(run.logger.text()).toMatch(/throttled .*retrying after 1 s/)
    expectCorrectDelivery()
  })

  test('500 on a chunk: the chunk is sent again', async () => {
    server.inject({ route: 'files/upload_session/append_v2', when: appendAt(16 * MiB), action: { kind: 'status', status: 500 }, times: 2 })
    await deliverOk(SHA_1)
    expect(appends().filter((request) => request.status === 500)).toHaveLength(2)
    expect(appends().filter((request) => request.status === 200 && (request.args.cursor as { offset: number }).offset === 16 * MiB)).toHaveLength(1)
    expectCorrectDelivery()
  })

  test('a connection dropped mid-chunk: the chunk is sent again', async () => {
    server.inject({ route: 'files/upload_session/append_v2', when: appendAt(8 * MiB), action: { kind: 'drop-mid-body' } })
    const run = await deliverOk(SHA_1)
    expect(run.logger.text()).toContain('connection dropped during files/upload_session/append_v2')
    expectCorrectDelivery()
  })

  test('a lost acknowledgement of a chunk: the chunk is sent again and the session keeps it once', async () => {
    server.inject({ route: 'files/upload_session/append_v2', when: appendAt(8 * MiB), action: { kind: 'lose-ack' } })
    await deliverOk(SHA_1)
    const atEight = appends().filter((request) => (request.args.cursor as { offset: number }).offset === 8 * MiB)
    expect(atEight.map((request) => request.bodySize)).toEqual([8 * MiB, 8 * MiB])
    expect(appends().some((request) => request.status === 409)).toBe(false)
    expectCorrectDelivery()
  })

  test('a lost acknowledgement of the closing append: the retry finds the session closed, and the finish confirms the content', async () => {
    server.inject({ route: 'files/upload_session/append_v2', when: closing, action: { kind: 'lose-ack' } })
    await deliverOk(SHA_1)
    expect(appends().filter((request) => closing(request.args)).map((request) => request.status)).toEqual([0, 409])
    expectCorrectDelivery()
  })
})

describe('bad input: a clear error and nothing written', () => {
  async function expectNothingWritten(): Promise<void> {
    expect(server.entries.size).toBe(0)
    await expect(access(join(workspace.dir, '.artifacts'))).rejects.toThrow()
  }

  test.each([
    ['a missing file', { files: 'out/missing.pdf' }, /out\/missing.pdf' does not exist/],
    ['an empty glob', { files: 'out/*.docx' }, /matched no files/],
    ['a project escaping the destination', { project: '../other' }, /'\.\.' is not allowed/],
    ['a destination escaping with ..', { destination: 'dropbox:/Clients/../../x' }, /'\.\.' is not allowed/],
    ['a stable folder escaping with ..', { 'stable-folder': '01_Deliverables/../../..' }, /'\.\.' is not allowed/],
    ['a missing token', { 'dropbox-access-token': '' }, /needs Dropbox credentials: give dropbox-access-token/],
    ['half a refresh setup', { 'dropbox-access-token': '', 'dropbox-refresh-token': 'r' }, /missing: dropbox-app-key, dropbox-app-secret/],
    ['an unknown destination', { destination: 's3://bucket' }, /expected dropbox:<path>/],
  ])('%s', async (_name, extra, message) => {
    const run = await workspace.run(inputs(SHA_1, extra as Record<string, string>))
    expect(run.error?.name).toMatch(/ConfigurationError/)
    expect(run.error?.message).toMatch(message)
    await expectNothingWritten()
  })

  test('a non-ASCII file name is delivered, escaped in Dropbox-API-Arg', async () => {
    await workspace.write('out/Präsentation – final.pdf', 'slides')
    await deliverOk(SHA_1)
    expect(server.file(`${STABLE}/v1/Präsentation – final.pdf`)?.content?.toString()).toBe('slides')
    const upload = server.requests.find((request) => request.route === 'files/upload' && String(request.args.path).endsWith('final.pdf'))
    expect(upload?.rawArg).toContain('Pr\\u00e4sentation \\u2013 final.pdf')
  })
})
