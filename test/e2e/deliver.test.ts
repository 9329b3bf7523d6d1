// The deliver bundle run exactly as the runner runs it (INPUT_*, GITHUB_OUTPUT, the job summary),
// to a local folder and to the Dropbox-wire server through the bundled SDK.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runBundle } from '../helpers/run-bundle.js'
import { startDropboxWireServer, type DropboxWireServer } from '../helpers/dropbox-wire-server.js'
import { SHA_1, SHA_2 } from '../helpers/deliver-harness.js'

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

describe('Dropbox destination', () => {
  let server: DropboxWireServer

  beforeEach(async () => {
    server = await startDropboxWireServer({ accessTokens: ['e2e-secret-token'] })
  })

  afterEach(async () => {
    await server.stop()
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
