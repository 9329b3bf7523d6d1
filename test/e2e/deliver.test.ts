// The deliver bundle run exactly as the runner runs it (INPUT_*, GITHUB_OUTPUT, the job summary),
// to a local folder and to the Dropbox-wire server through the bundled SDK.
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runBundle } from '../helpers/run-bundle.js'
import { startDropboxWireServer, wireContentHash, type DropboxWireServer } from '../helpers/dropbox-wire-server.js'
import { SHA_1, SHA_2, SHA_3 } from '../helpers/deliver-harness.js'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shipgate-deliver-e2e-'))
  await mkdir(join(dir, 'out'))
  await writeFile(join(dir, 'out', 'report.pdf'), 'report')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const env = (sha: string) => ({ GITHUB_SHA: sha, GITHUB_REPOSITORY: 'acme/shop', GITHUB_WORKSPACE: dir })

/**
 * A file of ten and a bit content-hash blocks: enough for the bundle to hash it on worker threads
 * (on a machine of two cores or more), with a short last block.
 */
const LARGE = 10 * 4 * 1024 * 1024 + 12345

/** Changes one byte inside the eighth block, the size staying the same; the file's new bytes. */
async function changeOneByte(path: string): Promise<Buffer> {
  const data = await readFile(path)
  data[7 * 4 * 1024 * 1024 + 99]! ^= 0x5a
  await writeFile(path, data)
  return data
}

type Result = { outcome: string; version: number; bytesUploaded: number; files: Array<{ name: string; size: number; contentHash: string }> }
const resultOf = async (sha: string): Promise<Result> => JSON.parse(await readFile(join(dir, '.artifacts', 'delivery', sha, 'result.json'), 'utf8')) as Result

test('local destination, a file of many blocks: the copy is the file, its hash is Dropbox\'s, an unchanged rerun sends nothing, one changed byte is a new version', async () => {
  const data = randomBytes(LARGE)
  await writeFile(join(dir, 'out', 'film.mov'), data)
  const inputs = { files: 'out/film.mov', project: 'acme' }
  const final = join(dir, 'deliveries', 'acme', '01_Deliverables', 'Final')

  const first = await runBundle('deliver', { inputs, env: env(SHA_1), cwd: dir })
  expect(first.exitCode).toBe(0)
  expect((await readFile(join(final, 'v1', 'film.mov'))).equals(data)).toBe(true)
  expect(await resultOf(SHA_1)).toMatchObject({ outcome: 'created', version: 1, bytesUploaded: LARGE, files: [{ name: 'film.mov', size: LARGE, contentHash: wireContentHash(data) }] })

  const rerun = await runBundle('deliver', { inputs, env: env(SHA_2), cwd: dir })
  expect(rerun.exitCode).toBe(0)
  expect(await resultOf(SHA_2)).toMatchObject({ outcome: 'unchanged', version: 1, bytesUploaded: 0 })

  const changed = await changeOneByte(join(dir, 'out', 'film.mov'))
  const third = await runBundle('deliver', { inputs, env: env(SHA_3), cwd: dir })
  expect(third.exitCode).toBe(0)
  expect(await resultOf(SHA_3)).toMatchObject({ outcome: 'created', version: 2, files: [{ contentHash: wireContentHash(changed) }] })
  expect((await readFile(join(final, 'v2', 'film.mov'))).equals(changed)).toBe(true)
})

test('local destination: v1 created, then unchanged; outputs, summary and result contract', async () => {
  const inputs = { files: 'out/*.pdf', project: 'acme' }
  const first = await runBundle('deliver', { inputs, env: env(SHA_1), cwd: dir })
  expect(first.stderr).toBe('')
  expect(first.exitCode).toBe(0)
  expect(first.outputs).toMatchObject({ version: '1', outcome: 'created', 'share-status': 'created' })
  expect(first.outputs['share-url']).toMatch(/^file:\/\/.*\/deliveries\/acme\/01_Deliverables\/Final$/)
  expect(first.summary).toContain('Delivered **v1**')
  expect(await readFile(join(dir, 'deliveries', 'acme', '01_Deliverables', 'Final', 'v1', 'report.pdf'), 'utf8')).toBe('report')

  const second = await runBundle('deliver', { inputs, env: env(SHA_2), cwd: dir })
  expect(second.outputs).toMatchObject({ version: '1', outcome: 'unchanged', 'share-status': 'reused' })
  const result = JSON.parse(await readFile(join(dir, '.artifacts', 'delivery', SHA_2, 'result.json'), 'utf8')) as Record<string, unknown>
  expect(result).toMatchObject({ schema: 'shipgate.delivery-result/v1', outcome: 'unchanged', bytesUploaded: 0 })
})

test('under Node\'s permission model, where no worker thread may start, a file of many blocks is hashed on the one thread', async () => {
  const data = randomBytes(LARGE)
  await writeFile(join(dir, 'out', 'film.mov'), data)
  const permission = Number(process.versions.node.split('.')[0]) >= 23 ? '--permission' : '--experimental-permission'
  const run = await runBundle('deliver', {
    inputs: { files: 'out/film.mov', project: 'acme' },
    env: { ...env(SHA_1), NODE_OPTIONS: `${permission} --allow-fs-read=* --allow-fs-write=*` },
    cwd: dir,
  })
  expect(run.stdout).not.toContain('::error::')
  expect(run.exitCode).toBe(0)
  expect((await readFile(join(dir, 'deliveries', 'acme', '01_Deliverables', 'Final', 'v1', 'film.mov'))).equals(data)).toBe(true)
  expect(await resultOf(SHA_1)).toMatchObject({ outcome: 'created', files: [{ contentHash: wireContentHash(data) }] })
})

describe('Dropbox destination', () => {
  let server: DropboxWireServer

  beforeEach(async () => {
    server = await startDropboxWireServer({ accessTokens: ['e2e-secret-token'] })
  })

  afterEach(async () => {
    await server.stop()
  })

  test('a file of many blocks: the server holds it with our hash, an unchanged rerun sends nothing, one changed byte is a new version', async () => {
    const data = randomBytes(LARGE)
    await writeFile(join(dir, 'out', 'film.mov'), data)
    const inputs = { files: 'out/film.mov', project: 'acme', destination: 'dropbox:/Clients', 'dropbox-access-token': 'e2e-secret-token' }
    const run = (sha: string) => runBundle('deliver', { inputs, env: { ...env(sha), SHIPGATE_DROPBOX_API_URL: server.url }, cwd: dir })
    const stored = (version: number) => server.file(`/Clients/acme/01_Deliverables/Final/v${version}/film.mov`)

    expect((await run(SHA_1)).exitCode).toBe(0)
    expect(stored(1)?.content?.equals(data)).toBe(true)
    expect(stored(1)?.contentHash).toBe(wireContentHash(data))
    expect(await resultOf(SHA_1)).toMatchObject({ outcome: 'created', files: [{ contentHash: wireContentHash(data) }] })

    const before = server.requests.length
    expect((await run(SHA_2)).exitCode).toBe(0)
    expect(await resultOf(SHA_2)).toMatchObject({ outcome: 'unchanged', version: 1, bytesUploaded: 0 })
    expect(server.requests.slice(before).filter((request) => request.route.startsWith('files/upload_session'))).toEqual([])

    const changed = await changeOneByte(join(dir, 'out', 'film.mov'))
    expect((await run(SHA_3)).exitCode).toBe(0)
    expect(await resultOf(SHA_3)).toMatchObject({ outcome: 'created', version: 2 })
    expect(stored(2)?.content?.equals(changed)).toBe(true)
    expect(stored(2)?.contentHash).toBe(wireContentHash(changed))
  })

  test('delivers through the bundled SDK, masks the token, and fails clearly without one', async () => {
    const inputs = { files: 'out/report.pdf', project: 'acme', destination: 'dropbox:/Clients', 'dropbox-access-token': 'e2e-secret-token' }
    const run = await runBundle('deliver', { inputs, env: { ...env(SHA_1), SHIPGATE_DROPBOX_API_URL: server.url }, cwd: dir })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ version: '1', outcome: 'created', 'share-status': 'created' })
    expect(run.outputs['share-url']).toMatch(/^https:\/\/www\.dropbox\.com\/scl\/fo\//)
    expect(server.file('/Clients/acme/01_Deliverables/Final/v1/report.pdf')?.content?.toString()).toBe('report')
    expect(run.stdout).toContain('::add-mask::e2e-secret-token')
    expect(run.stdout.replace('::add-mask::e2e-secret-token', '')).not.toContain('e2e-secret-token')

    const missing = await runBundle('deliver', { inputs: { ...inputs, 'dropbox-access-token': '' }, env: { ...env(SHA_2), SHIPGATE_DROPBOX_API_URL: server.url }, cwd: dir })
    expect(missing.exitCode).toBe(1)
    expect(missing.stdout).toMatch(/::error::deliver: destination 'dropbox:\/Clients' needs Dropbox credentials/)
  })
})
