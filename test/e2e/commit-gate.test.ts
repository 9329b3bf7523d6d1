// dist/commit-gate as the runner runs it, against the local GitHub REST server: INPUT_* and GITHUB_*
// only, outputs and summary read back from their files, the token masked before its first use.
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { startGitHubRestServer, type GitHubRestServer } from '../helpers/github-rest-server.js'
import { runBundle, type BundleOptions, type BundleRun } from '../helpers/run-bundle.js'

const SHA = '1111111111111111111111111111111111111111'
const PARENT = '2222222222222222222222222222222222222222'
const PR_HEAD = '3333333333333333333333333333333333333333'
const MERGE_REF = '4444444444444444444444444444444444444444'

let server: GitHubRestServer
let workspace: string

beforeEach(async () => {
  server = await startGitHubRestServer()
  workspace = await mkdtemp(join(tmpdir(), 'shipgate-commit-gate-e2e-'))
  await writeFile(join(workspace, 'shipgate.yml'), ['scope:', "  runtime: ['src/**']", "  docs: ['docs/**']", ''].join('\n'))
})

afterEach(async () => {
  await server.close()
  await rm(workspace, { recursive: true, force: true })
})

function runner(options: { inputs?: Record<string, string>; env?: Record<string, string>; event?: Record<string, unknown>; eventName?: string } = {}): BundleOptions {
  return {
    cwd: workspace,
    inputs: { 'artifacts-dir': '.artifacts', timeout: '2', 'poll-interval': '1', ...options.inputs },
    env: {
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: server.url,
      GITHUB_REPOSITORY: server.repository,
      GITHUB_SHA: SHA,
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: options.eventName ?? 'push',
      ...options.env,
    },
    event: options.event ?? { after: SHA },
  }
}

async function evidenceFor(sha: string) {
  return requireValid(await new LocalEvidenceStore(join(workspace, '.artifacts')).read('commit-stage', sha))
}

/** The token may appear once, in the add-mask command that comes before anything else; nowhere else. */
async function expectTokenMasked(run: BundleRun, evidencePath: string): Promise<void> {
  const lines = run.stdout.split('\n')
  expect(lines[0]).toBe(`::add-mask::${server.token}`)
  expect(lines.slice(1).join('\n')).not.toContain(server.token)
  expect(run.stderr).not.toContain(server.token)
  expect(JSON.stringify(run.outputs)).not.toContain(server.token)
  expect(run.summary).not.toContain(server.token)
  expect(await readFile(evidencePath, 'utf8')).not.toContain(server.token)
}

test('passes on the check run of a push, with the token from the github-token input', async () => {
  server.commit(SHA, { checkRuns: [{ id: 9, name: 'commit-stage', conclusion: 'success' }], parents: [PARENT] })
  server.compare(PARENT, SHA, ['src/app.js', 'docs/guide.md', 'Makefile'])
  const run = await runBundle('commit-gate', runner({ inputs: { 'github-token': server.token } }))

  expect(run.stderr).toBe('')
  expect(run.exitCode).toBe(0)
  expect(run.outputs).toMatchObject({ passed: 'true', 'runtime-changed': 'true', 'infra-changed': 'false', 'docs-drift': 'false', 'evidence-path': join('.artifacts', 'commit-stage', SHA, 'evidence.json') })
  expect(JSON.parse(run.outputs.scope!)).toEqual({
    runtime: { changed: true, paths: ['src/app.js'] },
    infra: { changed: false, paths: [] },
    docs: { changed: true, paths: ['docs/guide.md'] },
    other: ['Makefile'],
  })
  const read = await evidenceFor(SHA)
  expect(read.value).toMatchObject({ passed: true, base: PARENT, check: { source: 'check-run', conclusion: 'success', checkedSha: SHA, attempt: 1 } })
  expect(run.summary).toContain('commit-gate: ✅ passed')
  expect(server.requests.length).toBeGreaterThan(0)
  await expectTokenMasked(run, join(workspace, run.outputs['evidence-path']!))
  // The run landed in the pipeline timing.
  const timing = requireValid(await new LocalEvidenceStore(join(workspace, '.artifacts')).read('pipeline', SHA)).value
  expect(timing.stages.map((stage) => [stage.stage, stage.outcome])).toEqual([['commit-gate', 'success']])
})

test('fails the step on a failed check, after writing passed: false, with the token from GITHUB_TOKEN', async () => {
  server.commit(SHA, { checkRuns: [{ id: 9, name: 'commit-stage', conclusion: 'success' }, { id: 10, name: 'commit-stage', conclusion: 'failure' }], parents: [PARENT] })
  server.compare(PARENT, SHA, ['src/app.js'])
  const run = await runBundle('commit-gate', runner({ env: { GITHUB_TOKEN: server.token } }))

  expect(run.exitCode).toBe(1)
  expect(run.stdout).toMatch(new RegExp(`::error file=[^:]*evidence\\.json::commit-gate: required check 'commit-stage' concluded failure on ${SHA} \\(attempt 2\\)`))
  expect(run.outputs.passed).toBe('false')
  const read = await evidenceFor(SHA)
  expect(read.value).toMatchObject({ passed: false, check: { conclusion: 'failure', attempt: 2 } })
  await expectTokenMasked(run, read.path.startsWith('/') ? read.path : join(workspace, read.path))
  const timing = requireValid(await new LocalEvidenceStore(join(workspace, '.artifacts')).read('pipeline', SHA)).value
  expect(timing.stages.map((stage) => stage.outcome)).toEqual(['failure'])
})

test('follows a squash merge on push to the pull request head', async () => {
  server.commit(SHA, { pulls: [{ number: 12, headSha: PR_HEAD, mergeCommitSha: SHA }], parents: [PARENT] })
  server.commit(PR_HEAD, { checkRuns: [{ id: 5, name: 'commit-stage', conclusion: 'success' }] })
  server.compare(PARENT, SHA, [])
  const run = await runBundle('commit-gate', runner({ inputs: { 'github-token': server.token } }))

  expect(run.exitCode).toBe(0)
  expect((await evidenceFor(SHA)).value.check).toMatchObject({ via: 'pull-request-head', pullRequest: 12, checkedSha: PR_HEAD })
})

test('records the commit under test in a pull_request event', async () => {
  server.commit(PR_HEAD, { checkRuns: [{ id: 5, name: 'commit-stage', conclusion: 'success' }] })
  server.compare(PARENT, PR_HEAD, ['src/app.js'])
  const run = await runBundle(
    'commit-gate',
    runner({
      inputs: { 'github-token': server.token },
      env: { GITHUB_SHA: MERGE_REF },
      eventName: 'pull_request',
      event: { pull_request: { number: 12, head: { sha: PR_HEAD }, base: { sha: PARENT } } },
    }),
  )

  expect(run.exitCode).toBe(0)
  expect(run.outputs['evidence-path']).toBe(join('.artifacts', 'commit-stage', PR_HEAD, 'evidence.json'))
  expect((await evidenceFor(PR_HEAD)).value).toMatchObject({ sha: PR_HEAD, event: 'pull_request', base: PARENT, passed: true })
})

test('says how to give a token when a runner has none', async () => {
  const run = await runBundle('commit-gate', runner())
  expect(run.exitCode).toBe(1)
  expect(run.stdout).toContain('::error::commit-gate: mode github needs a token')
})
