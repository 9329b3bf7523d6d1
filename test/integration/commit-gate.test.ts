// commit-gate through the real Octokit client against a local GitHub REST server, and in local mode
// against a real git repository: pass, fail, pending, missing, squash merges, attempts and suites,
// pull_request and merge_group events, the base, drift, and the token kept out of everything.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commitGateAction } from '../../src/actions/commit-gate.js'
import type { CommitStageEvidence } from '../../src/contracts/commit-stage.js'
import { ConfigurationError } from '../../src/errors.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import type { ActionContext } from '../../src/platform/action.js'
import { actionsExec } from '../../src/platform/exec.js'
import { executeAction, type ActionRun } from '../../src/platform/github-action.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { runEnvironmentFromEnv } from '../../src/platform/run-environment.js'
import { writeDecidedRelease } from '../helpers/passing-gates.js'
import { startGitHubRestServer, type GitHubRestServer } from '../helpers/github-rest-server.js'
import { fastClock } from '../helpers/mail-fixtures.js'

const SHA = 'a'.repeat(40)
const PARENT = 'b'.repeat(40)
const PR_HEAD = 'c'.repeat(40)
const MERGE_REF = 'd'.repeat(40)
const CHECK = 'commit-stage'

const CONFIG = `
commitStage:
  requiredCheck: ${CHECK}
scope:
  runtime: ['src/**']
  infra: ['infra/**']
  docs: ['docs/**']
  drift: warn
  watches:
    - doc: docs/runbook.md
      paths: ['infra/deploy/**']
`

let server: GitHubRestServer
let scratch: string
let savedEnv: NodeJS.ProcessEnv

beforeEach(async () => {
  savedEnv = { ...process.env }
  // The gate reads these from the environment; a CI runner must not leak its own into the tests.
  delete process.env.GITHUB_TOKEN
  delete process.env.GITHUB_ACTIONS
  server = await startGitHubRestServer({ maxPerPage: 1 })
  scratch = await mkdtemp(join(tmpdir(), 'shipgate-commit-gate-'))
  await writeFile(join(scratch, 'shipgate.yml'), CONFIG)
})

afterEach(async () => {
  process.env = savedEnv
  await server.close()
  await rm(scratch, { recursive: true, force: true })
})

interface GateRun {
  run: ActionRun
  logger: RecordingLogger
  evidence: CommitStageEvidence
  evidenceText: string
}

interface GateOptions {
  inputs?: Record<string, string>
  env?: Record<string, string>
  event?: { name: string; payload: Record<string, unknown> }
  /** The SHA whose evidence to read back; default: the input sha or GITHUB_SHA. */
  evidenceSha?: string
  config?: string
}

async function gate(options: GateOptions = {}): Promise<GateRun> {
  const logger = new RecordingLogger()
  const env: Record<string, string> = {
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: server.repository,
    GITHUB_SHA: SHA,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_WORKSPACE: scratch,
    ...options.env,
  }
  if (options.event) {
    env.GITHUB_EVENT_PATH = join(scratch, 'event.json')
    await writeFile(env.GITHUB_EVENT_PATH, JSON.stringify(options.event.payload))
  }
  if (options.config) await writeFile(join(scratch, 'shipgate.yml'), options.config)
  const inputs: Record<string, string> = {
    'artifacts-dir': join(scratch, '.artifacts'),
    config: join(scratch, 'shipgate.yml'),
    'github-token': server.token,
    timeout: '2',
    'poll-interval': '1',
    ...options.inputs,
  }
  const context: ActionContext = {
    environment: runEnvironmentFromEnv(env, 'github'),
    logger,
    exec: actionsExec,
    // The polls wait on this clock, which costs no wall time: timeout and poll-interval take whole seconds.
    clock: fastClock(),
    openStore: (dir) => new LocalEvidenceStore(dir),
  }
  const run = await executeAction(commitGateAction, (name) => inputs[name], context)
  const sha = options.evidenceSha ?? inputs.sha ?? env.GITHUB_SHA!
  const store = new LocalEvidenceStore(inputs['artifacts-dir'])
  const read = await store.read('commit-stage', sha)
  if (read.state !== 'valid') throw new Error(`no valid evidence for ${sha}: ${JSON.stringify(read)}`)
  return { run, logger, evidence: read.value, evidenceText: await readFile(read.path, 'utf8') }
}

const run = (id: number, conclusion: 'success' | 'failure' | null, suiteId = 1, status: 'completed' | 'in_progress' = 'completed') => ({ id, name: CHECK, status, conclusion, suiteId })

describe('commit-gate against the GitHub API', () => {
  it('passes on a successful check run, records it and classifies the changes', async () => {
    server.commit(SHA, { checkRuns: [run(11, 'success'), { id: 12, name: 'lint', conclusion: 'failure' }], parents: [PARENT] })
    server.compare(PARENT, SHA, ['src/api.ts', 'infra/deploy/main.tf', 'README.md'])
    const { run: result, evidence, logger, evidenceText } = await gate()

    expect(result.failed).toBeUndefined()
    expect(evidence).toMatchObject({
      sha: SHA,
      repository: server.repository,
      event: 'push',
      passed: true,
      check: { name: CHECK, source: 'check-run', conclusion: 'success', attempt: 1, checkedSha: SHA, via: 'direct', pullRequest: null, url: expect.stringContaining('/runs/11') },
      base: PARENT,
      scope: { runtime: { changed: true, paths: ['src/api.ts'] }, infra: { changed: true, paths: ['infra/deploy/main.tf'] }, docs: { changed: false, paths: [] }, other: ['README.md'] },
      drift: { mode: 'warn', findings: [{ doc: 'docs/runbook.md', watched: ['infra/deploy/main.tf'] }] },
    })
    expect(result.outputs).toMatchObject({ passed: 'true', 'runtime-changed': 'true', 'infra-changed': 'true', 'docs-drift': 'true', 'evidence-path': join(scratch, '.artifacts', 'commit-stage', SHA, 'evidence.json') })
    expect(JSON.parse(result.outputs.scope!)).toEqual(evidence.scope)
    expect(logger.entries.some((entry) => entry.level === 'warning' && entry.message.includes('docs drift'))).toBe(true)
    // Every request carried the token; none of it reached the evidence, outputs, summary or log.
    expect(server.requests.every((request) => request.authorization === `token ${server.token}`)).toBe(true)
    for (const text of [evidenceText, JSON.stringify(result.outputs), result.summary ?? '', logger.text()]) expect(text).not.toContain(server.token)
  })

  it('fails on a failed check, writing passed: false and naming the check and the SHA', async () => {
    server.commit(SHA, { checkRuns: [run(11, 'failure')], parents: [PARENT] })
    server.compare(PARENT, SHA, ['src/api.ts'])
    const { run: result, evidence } = await gate()

    expect(evidence.passed).toBe(false)
    expect(evidence.check).toMatchObject({ conclusion: 'failure', checkedSha: SHA })
    expect(result.outputs.passed).toBe('false')
    expect(result.failed).toContain(`'${CHECK}' concluded failure on ${SHA}`)
    expect(result.failedFile).toBe(result.outputs['evidence-path'])
  })

  it('waits for a pending check and passes when it succeeds', async () => {
    server.commit(SHA, { checkRuns: [run(11, null, 1, 'in_progress')], parents: [PARENT] }, { checkRuns: [run(11, null, 1, 'in_progress')], parents: [PARENT] }, { checkRuns: [run(11, 'success')], parents: [PARENT] })
    server.compare(PARENT, SHA, [])
    const { run: result, evidence } = await gate()

    expect(result.failed).toBeUndefined()
    expect(evidence.passed).toBe(true)
    expect(server.polls(SHA)).toBe(3)
  })

  it('fails when the check is still pending at the deadline', async () => {
    server.commit(SHA, { checkRuns: [run(11, null, 1, 'in_progress')], parents: [PARENT] })
    server.compare(PARENT, SHA, [])
    const { run: result, evidence } = await gate({ inputs: { timeout: '4', 'poll-interval': '1' } })

    // A look at 0, 1, 2, 3 and 4 seconds: it waited out the whole timeout.
    expect(server.polls(SHA)).toBe(5)
    expect(evidence.passed).toBe(false)
    expect(evidence.check.conclusion).toBe('in_progress')
    expect(result.failed).toContain(`'${CHECK}' is still in_progress on ${SHA}`)
  })

  it('on a push, a check that does not exist fails at once: the commit stage never runs on a push, so waiting cannot help', async () => {
    server.commit(SHA, { checkRuns: [{ id: 3, name: 'lint', conclusion: 'success' }], parents: [PARENT] })
    server.compare(PARENT, SHA, ['.github/workflows/commit-stage.yml'])
    const { run: result, evidence } = await gate({ inputs: { timeout: '600', 'poll-interval': '1' } })

    expect(evidence.passed).toBe(false)
    expect(evidence.check).toMatchObject({ conclusion: 'missing', attempt: 0 })
    expect(server.polls(SHA)).toBe(1)
    expect(result.failed).toContain(`required check '${CHECK}' does not exist for ${SHA}`)
    expect(result.failed).toContain('reached the branch without a pull request that ran the commit stage')
  })

  it('never passes when no check is found, looking again until the deadline', async () => {
    server.commit(MERGE_REF, { checkRuns: [{ id: 3, name: 'lint', conclusion: 'success' }], statuses: [{ context: 'other', state: 'success' }], parents: [PARENT] })
    server.compare(PARENT, MERGE_REF, ['src/api.ts'])
    const { run: result, evidence } = await gate({
      inputs: { timeout: '3', 'poll-interval': '1' },
      event: { name: 'merge_group', payload: { merge_group: { head_sha: MERGE_REF, base_sha: PARENT, head_ref: 'refs/heads/gh-readonly-queue/main/pr-5' } } },
      evidenceSha: MERGE_REF,
    })

    expect(evidence.passed).toBe(false)
    expect(evidence.check).toMatchObject({ conclusion: 'missing', attempt: 0 })
    expect(server.polls(MERGE_REF)).toBeGreaterThanOrEqual(2)
    expect(result.failed).toContain(`'${CHECK}' not found for ${MERGE_REF}`)
    expect(result.failed).toContain('no checks found')
  })

  it('follows a squash merge to the pull request head that passed, and records it', async () => {
    server.commit(SHA, { pulls: [{ number: 7, headSha: 'e'.repeat(40), merged: false }, { number: 42, headSha: PR_HEAD, mergeCommitSha: SHA }], parents: [PARENT] })
    server.commit(PR_HEAD, { checkRuns: [run(21, 'success')] })
    server.compare(PARENT, SHA, ['src/api.ts'])
    const { run: result, evidence } = await gate()

    expect(result.failed).toBeUndefined()
    expect(evidence.sha).toBe(SHA)
    expect(evidence.check).toMatchObject({ checkedSha: PR_HEAD, via: 'pull-request-head', pullRequest: 42, conclusion: 'success' })
  })

  it('does not lend the check of a merged pull request head to another commit of that pull request', async () => {
    // SHA is an intermediate commit of a merged pull request whose merge result is another commit.
    server.commit(SHA, { pulls: [{ number: 42, headSha: PR_HEAD, mergeCommitSha: 'f'.repeat(40) }], parents: [PARENT] })
    server.commit(PR_HEAD, { checkRuns: [run(21, 'success')] })
    server.compare(PARENT, SHA, ['src/api.ts'])
    const { run: result, evidence } = await gate({ inputs: { timeout: '2', 'poll-interval': '1' } })

    expect(evidence.passed).toBe(false)
    expect(evidence.check).toMatchObject({ checkedSha: SHA, via: 'direct', conclusion: 'missing' })
    expect(result.failed).toContain(`'${CHECK}' does not exist for ${SHA}`)
  })

  it('fails a squash merge whose pull request head failed, naming both SHAs', async () => {
    server.commit(SHA, { pulls: [{ number: 42, headSha: PR_HEAD, mergeCommitSha: SHA }], parents: [PARENT] })
    server.commit(PR_HEAD, { checkRuns: [run(21, 'failure')] })
    server.compare(PARENT, SHA, [])
    const { run: result, evidence } = await gate()

    expect(evidence.passed).toBe(false)
    expect(result.failed).toContain(`on ${PR_HEAD} (head of pull request #42, which ${SHA} came from)`)
  })

  it('uses the latest attempt, reading every page of check runs', async () => {
    server.commit(SHA, { checkRuns: [run(11, 'success'), run(12, 'failure')], parents: [PARENT] })
    server.compare(PARENT, SHA, [])
    const failed = await gate()
    expect(failed.evidence.check).toMatchObject({ conclusion: 'failure', attempt: 2 })
    expect(server.requests.some((request) => request.path.endsWith('/check-runs') && request.query.page === '2')).toBe(true)

    server.commit(SHA, { checkRuns: [run(11, 'failure'), run(12, 'success')], parents: [PARENT] })
    const passed = await gate()
    expect(passed.evidence).toMatchObject({ passed: true, check: { conclusion: 'success', attempt: 2, url: expect.stringContaining('/runs/12') } })
  })

  it('ignores runs of a superseded check suite, even pending or newer ones', async () => {
    server.commit(SHA, { checkRuns: [run(30, null, 7, 'in_progress'), run(31, 'failure', 7), run(15, 'success', 8)], parents: [PARENT] })
    server.compare(PARENT, SHA, [])
    const { run: result, evidence } = await gate({ inputs: { timeout: '5' } })

    expect(result.failed).toBeUndefined()
    expect(evidence.check).toMatchObject({ conclusion: 'success', attempt: 1 })
    expect(server.polls(SHA)).toBe(1)
  })

  it('asks again at the next poll after a server error, and passes', async () => {
    server.commit(SHA, { checkRuns: [run(11, 'success')], parents: [PARENT] })
    server.compare(PARENT, SHA, [])
    server.failNext(502)
    const { run: result, evidence, logger } = await gate()
    expect(result.failed).toBeUndefined()
    expect(evidence.passed).toBe(true)
    expect(logger.entries.some((entry) => entry.level === 'warning' && entry.message.includes('asking again at the next poll'))).toBe(true)
  })

  it('fails closed when the API stays down past the deadline, saying so', async () => {
    server.commit(SHA, { checkRuns: [run(11, 'success')], parents: [PARENT] })
    server.failNext(503, 1000)
    const failure = gate({ inputs: { timeout: '3', 'poll-interval': '1' } })
    await expect(failure).rejects.toBeInstanceOf(ConfigurationError)
    await expect(failure).rejects.toThrow(new RegExp(`GitHub API \\(${server.url}\\): .*503`))
    // It kept asking until the deadline rather than giving up on the first error.
    expect(server.requests.filter((request) => request.path.endsWith('/check-runs')).length).toBeGreaterThanOrEqual(2)
  })

  it('stops at once on a refused request (403), naming the permissions it needs', async () => {
    server.commit(SHA, { checkRuns: [run(11, 'success')], parents: [PARENT] })
    server.failNext(403)
    await expect(gate()).rejects.toThrow(/HTTP 403: the token lacks permission; give the job `checks: read`/)
  })

  it('accepts a commit status of the required name when there is no check run', async () => {
    server.commit(SHA, { statuses: [{ context: 'lint', state: 'failure' }, { context: CHECK, state: 'success' }], parents: [PARENT] })
    server.compare(PARENT, SHA, [])
    const { evidence } = await gate()
    expect(evidence).toMatchObject({ passed: true, check: { source: 'status', conclusion: 'success', url: expect.stringContaining(`/ci/${CHECK}/`) } })
  })

  it('records the head of a pull_request event, compared with the pull request base', async () => {
    server.commit(PR_HEAD, { checkRuns: [run(40, 'success')] })
    server.compare(PARENT, PR_HEAD, ['src/api.ts'])
    const { evidence } = await gate({
      env: { GITHUB_SHA: MERGE_REF },
      event: { name: 'pull_request', payload: { pull_request: { number: 5, head: { sha: PR_HEAD }, base: { sha: PARENT } } } },
      evidenceSha: PR_HEAD,
    })
    expect(evidence).toMatchObject({ sha: PR_HEAD, event: 'pull_request', passed: true, base: PARENT, check: { checkedSha: PR_HEAD }, scope: { runtime: { changed: true } } })
  })

  it('records the head of a merge_group event, compared with the group base', async () => {
    server.commit(MERGE_REF, { checkRuns: [run(50, 'success')] })
    server.compare(PARENT, MERGE_REF, ['docs/guide.md'])
    const { evidence, run: result } = await gate({
      env: { GITHUB_SHA: MERGE_REF },
      event: { name: 'merge_group', payload: { merge_group: { head_sha: MERGE_REF, base_sha: PARENT, head_ref: 'refs/heads/gh-readonly-queue/main/pr-5' } } },
    })
    expect(evidence).toMatchObject({ sha: MERGE_REF, event: 'merge_group', passed: true, base: PARENT })
    expect(result.outputs['docs-drift']).toBe('false')
  })

  it('fails on docs drift when the config says drift: fail, even with a passing check', async () => {
    server.commit(SHA, { checkRuns: [run(11, 'success')], parents: [PARENT] })
    server.compare(PARENT, SHA, ['infra/deploy/main.tf'])
    const { run: result, evidence } = await gate({ config: CONFIG.replace('drift: warn', 'drift: fail') })
    expect(evidence).toMatchObject({ passed: false, check: { conclusion: 'success' }, drift: { mode: 'fail' } })
    expect(result.failed).toContain(`docs drift on ${SHA}`)
    expect(result.failed).toContain('docs/runbook.md')
  })

  it('masks a token from GITHUB_TOKEN before use and refuses a bad one with a clear message', async () => {
    server.commit(SHA, { checkRuns: [run(11, 'success')], parents: [PARENT] })
    server.compare(PARENT, SHA, [])
    process.env.GITHUB_TOKEN = server.token
    const { run: result, logger, evidenceText } = await gate({ inputs: { 'github-token': '' } })
    expect(result.failed).toBeUndefined()
    logger.info(`echo ${server.token}`)
    expect(logger.text()).toContain('echo ***')
    expect(logger.text() + evidenceText + (result.summary ?? '')).not.toContain(server.token)

    process.env.GITHUB_TOKEN = 'ghs_wrong0token'
    await expect(gate({ inputs: { 'github-token': '' } })).rejects.toThrow(/HTTP 401: the token was rejected/)
  })
})

describe('commit-gate in local mode', () => {
  let repo: string
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
  const commitFile = async (path: string, content: string) => {
    await writeFile(join(repo, path), content)
    git('add', '-A')
    git('commit', '-qm', `change ${path}`)
    return git('rev-parse', 'HEAD')
  }

  beforeEach(async () => {
    repo = await mkdtemp(join(tmpdir(), 'shipgate-commit-gate-repo-'))
    git('init', '-q', '-b', 'main')
    git('config', 'user.email', 'dev@example.com')
    git('config', 'user.name', 'Dev')
    execFileSync('mkdir', ['-p', join(repo, 'src'), join(repo, 'docs'), join(repo, 'infra')])
  })
  afterEach(async () => {
    await rm(repo, { recursive: true, force: true })
  })

  const localConfig = (command: string) => `${CONFIG}\n`.replace(`requiredCheck: ${CHECK}`, `requiredCheck: ${CHECK}\n  localCommand: ${JSON.stringify(command)}`)

  async function localGate(head: string, command: string | undefined) {
    return gate({
      config: command === undefined ? CONFIG : localConfig(command),
      env: { GITHUB_SHA: head, GITHUB_WORKSPACE: repo, GITHUB_API_URL: 'http://127.0.0.1:9' },
      inputs: { 'github-token': '', mode: 'auto' },
    })
  }

  it('runs commitStage.localCommand and records a pass from it, with the first parent as base', async () => {
    const first = await commitFile('src/a.ts', 'a')
    await commitFile('docs/guide.md', 'guide')
    const head = await commitFile('src/b.ts', 'b')
    const second = git('rev-parse', 'HEAD~1')
    const { run: result, evidence } = await localGate(head, 'test "$SHIPGATE_SHA" = "$(git rev-parse HEAD)" && test -f src/a.ts')

    expect(result.failed).toBeUndefined()
    expect(evidence).toMatchObject({
      passed: true,
      check: { source: 'local-command', via: 'local-command', conclusion: 'success', checkedSha: head, url: null },
      base: second,
      scope: { runtime: { changed: true, paths: ['src/b.ts'] }, docs: { changed: false } },
    })
    expect(first).not.toBe(second)
    expect(server.requests).toEqual([])
  })

  it('fails when the local command fails, with its exit code and output', async () => {
    const head = await commitFile('src/a.ts', 'a')
    const { run: result, evidence } = await localGate(head, 'echo "unit tests: 2 failed" >&2; exit 3')
    expect(evidence).toMatchObject({ passed: false, check: { source: 'local-command', conclusion: 'failure' } })
    expect(result.failed).toContain(`failed on ${head} with exit code 3`)
    expect(result.failed).toContain('unit tests: 2 failed')
  })

  it('never passes silently without a local command', async () => {
    const head = await commitFile('src/a.ts', 'a')
    const { run: result, evidence } = await localGate(head, undefined)
    expect(evidence.passed).toBe(false)
    expect(result.failed).toContain('no commitStage.localCommand')
  })

  it('compares with the newest YES release when one is known', async () => {
    const released = await commitFile('src/a.ts', 'a')
    await commitFile('infra/main.tf', 'tf')
    const head = await commitFile('docs/guide.md', 'guide')
    const store = new LocalEvidenceStore(join(scratch, '.artifacts'))
    await writeDecidedRelease(store, released, { decision: 'YES', decidedAt: new Date().toISOString() })

    const { evidence } = await localGate(head, 'true')
    expect(evidence).toMatchObject({
      passed: true,
      base: released,
      scope: { runtime: { changed: false }, infra: { changed: true, paths: ['infra/main.tf'] }, docs: { changed: true, paths: ['docs/guide.md'] } },
    })
  })
})
