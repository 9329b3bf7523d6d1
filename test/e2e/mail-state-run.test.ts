// `shipgate mail state-run` (the CLI bundle, as the scheduled-send workflow runs it) against the local
// artifact service: the mail state comes only from a completed schedule or workflow_dispatch run of
// the same workflow, on the default branch, in this repository; a newer pull request's or fork's
// mail-ledger artifact is passed over.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startArtifactServiceServer, type ArtifactServiceServer, type ScriptedWorkflowRun } from '../helpers/artifact-service-server.js'
import { parseOutputFile, repositoryRoot } from '../helpers/run-bundle.js'

const cli = join(repositoryRoot, 'dist', 'cli', 'index.js')
const WORKFLOW = '.github/workflows/scheduled-send.yml'
let server: ArtifactServiceServer
let folder: string

beforeEach(async () => {
  server = await startArtifactServiceServer({ repository: 'acme/shop' })
  folder = await mkdtemp(join(tmpdir(), 'shipgate-state-run-'))
})
afterEach(async () => {
  await server.close()
  await rm(folder, { recursive: true, force: true })
})

let artifactId = 1000
function run(id: number, createdAt: string, overrides: Partial<ScriptedWorkflowRun> = {}, artifact: string | null = 'mail-ledger'): void {
  server.addRun({ id, headSha: 'a'.repeat(40), event: 'schedule', status: 'completed', conclusion: 'success', path: WORKFLOW, createdAt, ...overrides })
  if (artifact) {
    server.artifacts.push({ id: artifactId++, runId: id, jobId: 'send', name: artifact, finalized: true, blocks: new Map(), content: Buffer.from('x'), size: 1, createdAt })
  }
}

async function stateRun(args: string[], env: Record<string, string> = {}): Promise<{ exitCode: number; stdout: string; stderr: string; output: Record<string, string> }> {
  const outputFile = join(folder, 'output.txt')
  await writeFile(outputFile, '')
  const result = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [cli, 'mail', 'state-run', ...args],
      {
        cwd: folder,
        env: { PATH: process.env.PATH ?? '', GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/shop', GITHUB_TOKEN: server.token, GITHUB_OUTPUT: outputFile, ...env },
      },
      (error, stdout, stderr) => done({ exitCode: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
  return { ...result, output: parseOutputFile(await readFile(outputFile, 'utf8')) }
}

const lookup = ['--artifact', 'mail-ledger', '--workflow', WORKFLOW, '--branch', 'main', '--output', 'run-id']

test('takes the newest trusted run that has the artifact, passing over pull requests, forks, other branches and other workflows, however busy the branch', async () => {
  run(11, '2026-11-30T07:00:00Z', { event: 'schedule' })
  run(12, '2026-12-01T07:00:00Z', { event: 'workflow_dispatch' })
  run(13, '2026-12-01T08:00:00Z', { event: 'pull_request', headBranch: 'main' })
  run(14, '2026-12-01T09:00:00Z', { event: 'schedule', headRepository: 'mallory/shop' })
  run(15, '2026-12-01T10:00:00Z', { event: 'workflow_dispatch', headBranch: 'feature' })
  run(16, '2026-12-01T11:00:00Z', { event: 'schedule', path: '.github/workflows/other.yml' })
  run(17, '2026-12-01T12:00:00Z', { event: 'schedule' }, null)
  // A busy branch: many newer runs of other workflows must not push the trusted one out of sight.
  for (let id = 100; id < 220; id++) run(id, `2026-12-02T${String(Math.floor((id - 100) / 60)).padStart(2, '0')}:${String((id - 100) % 60).padStart(2, '0')}:00Z`, { event: 'push', path: '.github/workflows/pipeline.yml' }, null)
  const result = await stateRun(lookup)
  expect(result.stderr).toBe('')
  expect(result.exitCode).toBe(0)
  expect(result.output).toEqual({ 'run-id': '12' })
  expect(result.stdout).toContain('run 13: passed over (started by pull_request)')
  expect(result.stdout).toContain('run 14: passed over (code from mallory/shop)')
  expect(result.stdout).toContain('mail-ledger of run 12')
})

test('no trusted run yet: an empty output and exit 0, so the send starts from an empty ledger', async () => {
  run(21, '2026-12-01T08:00:00Z', { event: 'pull_request' })
  const result = await stateRun(lookup)
  expect([result.exitCode, result.output]).toEqual([0, { 'run-id': '' }])
  expect(result.stdout).toContain('No mail-ledger artifact yet')
})

test('a token without access is a clear error (exit 2), never a stack trace; a missing flag is a usage error', async () => {
  const denied = await stateRun(lookup, { GITHUB_TOKEN: 'wrong' })
  expect(denied.exitCode).toBe(2)
  expect(denied.stderr).toMatch(/^shipgate mail state-run: GitHub API .*HTTP 401/)
  expect(denied.stderr).not.toMatch(/\n\s+at /)
  const usage = await stateRun(['--artifact', 'mail-ledger'])
  expect(usage.exitCode).toBe(2)
  expect(usage.stderr).toContain('give --workflow, --branch')
})
