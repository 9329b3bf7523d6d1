// release-decision over real evidence folders: YES only on consistent evidence, NO with a reason
// naming file and field for every way evidence goes wrong, timing closed, reruns unchanged.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ContractKind } from '../../src/contracts/index.js'
import { releaseDecision } from '../../src/contracts/release-decision.js'
import { pipelineTiming, type PipelineTiming } from '../../src/contracts/pipeline-timing.js'
import { releaseDecisionAction, releaseDecisionSummary } from '../../src/actions/release-decision.js'
import type { CommandIo } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { parseEvidence } from '../../src/evidence/store.js'
import { runAsGitHubAction } from '../../src/platform/github-action.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { decideRelease, type ReleaseDecisionOutcome } from '../../src/stages/release-decision.js'
import { latestRun } from '../../src/stages/timing.js'
import {
  COMMIT_TIME,
  DECISION_TIME,
  FIRST_STAGE_START,
  FIXTURE_RUN,
  REPOSITORY,
  breakEvidence,
  steppingClock,
  writeReleaseEvidence,
  type Breakage,
  type ReleaseEvidence,
  type ReleaseEvidenceOptions,
} from '../helpers/evidence-fixtures.js'

const fixtures: ReleaseEvidence[] = []
afterEach(async () => {
  await Promise.all(fixtures.splice(0).map((fixture) => fixture.cleanup()))
})

async function evidence(options: ReleaseEvidenceOptions = {}): Promise<ReleaseEvidence> {
  const fixture = await writeReleaseEvidence(options)
  fixtures.push(fixture)
  return fixture
}

/** The close of the run the timing recorded last (the run just decided). */
function closeOf(timing: PipelineTiming | null | undefined) {
  return timing ? latestRun(timing)?.closed : undefined
}

async function decide(fixture: ReleaseEvidence, at = DECISION_TIME, commitTime: Date | null = COMMIT_TIME): Promise<ReleaseDecisionOutcome & { logger: RecordingLogger }> {
  const logger = new RecordingLogger()
  const outcome = await decideRelease({ sha: fixture.sha, repository: REPOSITORY, commitTime }, { store: fixture.store, clock: steppingClock(at), logger })
  return { ...outcome, logger }
}

describe('decideRelease on consistent evidence', () => {
  it('says YES with status success, no reasons, and the digest of every piece it read', async () => {
    const fixture = await evidence()
    const { decision, path } = await decide(fixture)

    expect(path).toBe(fixture.paths.release)
    expect(decision).toMatchObject({ sha: fixture.sha, repository: REPOSITORY, decision: 'YES', status: 'success', reasons: [], packageDigest: fixture.manifest.digest })
    const reads = await Promise.all((['release-package', 'commit-stage', 'acceptance', 'deployment', 'production', 'pipeline'] as const).map((kind) => fixture.store.read(kind, fixture.sha)))
    expect(decision.evidence).toEqual(
      reads.map((read) => ({
        kind: read.kind,
        path: read.path,
        state: 'valid',
        digest: read.state === 'valid' ? read.digest : 'not valid',
        required: ['release-package', 'acceptance', 'deployment', 'production'].includes(read.kind),
      })),
    )
  })

  it('writes a decision file that passes its own schema and names the SHA', async () => {
    const fixture = await evidence()
    await decide(fixture)
    const text = await readFile(fixture.paths.release, 'utf8')

    expect(releaseDecision.safeParse(JSON.parse(text)).success).toBe(true)
    expect(parseEvidence('release', text)).toMatchObject({ ok: true, value: { sha: fixture.sha, decision: 'YES' } })
  })

  it('appends its own run and closes the timing with the total and the lead time, in the same file', async () => {
    const fixture = await evidence()
    const { timing, decision } = await decide(fixture)
    const stored = JSON.parse(await readFile(fixture.paths.pipeline, 'utf8')) as unknown

    expect(pipelineTiming.parse(stored)).toEqual(timing)
    const decidedAt = Date.parse(decision.decidedAt)
    expect(timing?.stages.map((run) => run.stage)).toEqual(['commit-gate', 'build-once', 'promote', 'acceptance', 'prod-verify', 'release-decision'])
    expect(timing?.stages.at(-1)).toMatchObject({ stage: 'release-decision', outcome: 'success', startedAt: DECISION_TIME.toISOString() })
    expect(closeOf(timing)).toEqual({
      run: FIXTURE_RUN,
      closedAt: decision.decidedAt,
      totalMs: decidedAt - FIRST_STAGE_START.getTime(),
      commitTime: COMMIT_TIME.toISOString(),
      leadTimeMs: decidedAt - COMMIT_TIME.getTime(),
    })
    // The decision records the timing as it left it, so verify can hold the file to it.
    const closedTiming = await fixture.store.read('pipeline', fixture.sha)
    expect(decision.evidence.find((entry) => entry.kind === 'pipeline')?.digest).toBe(closedTiming.state === 'valid' ? closedTiming.digest : 'not valid')
  })

  it('leaves the lead time null when the commit time is unknown', async () => {
    const fixture = await evidence()
    const { timing } = await decide(fixture, DECISION_TIME, null)

    expect(closeOf(timing)).toMatchObject({ commitTime: null, leadTimeMs: null })
    expect(closeOf(timing)?.totalMs).toBeGreaterThan(0)
  })

  it('starts the timing when no stage recorded one, and still says YES (timing is optional)', async () => {
    const fixture = await evidence({ timing: null })
    const { decision, timing } = await decide(fixture)

    expect(decision).toMatchObject({ decision: 'YES', status: 'success' })
    expect(timing?.stages.map((run) => run.stage)).toEqual(['release-decision'])
    expect(closeOf(timing)?.totalMs).toBe(Date.parse(decision.decidedAt) - DECISION_TIME.getTime())
  })

  it('says YES when there is no commit-stage evidence (it is optional) and records it as missing', async () => {
    const fixture = await evidence({ commitStage: null })
    const { decision } = await decide(fixture)

    expect(decision.decision).toBe('YES')
    expect(decision.evidence.find((entry) => entry.kind === 'commit-stage')).toEqual({
      kind: 'commit-stage',
      path: fixture.paths['commit-stage'],
      state: 'missing',
      digest: null,
      required: false,
    })
  })

  it.each([
    ['acceptance', { acceptance: (result) => ({ ...result, degraded: true, checks: result.checks.map((check) => (check.required ? check : { ...check, status: 'fail' as const })) }) }],
    ['production', { production: (result) => ({ ...result, degraded: true, checks: result.checks.map((check) => (check.required ? check : { ...check, status: 'skipped' as const })) }) }],
  ] satisfies [string, ReleaseEvidenceOptions][])('is partial_success when %s is degraded, with the optional check named', async (kind, options) => {
    const fixture = await evidence(options)
    const { decision } = await decide(fixture)

    expect(decision).toMatchObject({ decision: 'YES', status: 'partial_success' })
    expect(decision.reasons).toEqual([{ file: fixture.paths[kind as ContractKind], field: 'degraded', message: expect.stringMatching(/optional checks not passed: (browser smoke|probe freshness)/) }])
  })

  it('changes nothing on a rerun over the same evidence: decision and timing unchanged byte for byte', async () => {
    const fixture = await evidence()
    const first = await decide(fixture)
    const decisionBytes = await readFile(fixture.paths.release)
    const timingBytes = await readFile(fixture.paths.pipeline)

    const rerun = await decide(fixture, new Date(DECISION_TIME.getTime() + 3_600_000))

    expect(rerun.written).toBe(false)
    expect(rerun.decision).toEqual(first.decision)
    expect((await readFile(fixture.paths.release)).equals(decisionBytes)).toBe(true)
    expect((await readFile(fixture.paths.pipeline)).equals(timingBytes)).toBe(true)
  })

  it('keeps a NO unchanged on a rerun too, even with the timing it cannot close', async () => {
    const fixture = await evidence()
    await breakEvidence(fixture, 'pipeline', 'not-json')
    const first = await decide(fixture)
    const decisionBytes = await readFile(fixture.paths.release)

    const rerun = await decide(fixture, new Date(DECISION_TIME.getTime() + 60_000))

    expect(rerun.written).toBe(false)
    expect(rerun.decision.decidedAt).toBe(first.decision.decidedAt)
    expect((await readFile(fixture.paths.release)).equals(decisionBytes)).toBe(true)
  })

  it('decides again, and records a second run, when evidence changed since the last decision', async () => {
    const fixture = await evidence({ production: (result) => ({ ...result, verdict: 'fail' }) })
    const first = await decide(fixture)
    await writeReleaseEvidenceProductionPass(fixture)

    const second = await decide(fixture, new Date(DECISION_TIME.getTime() + 600_000))

    expect(first.decision.decision).toBe('NO')
    expect(second.decision.decision).toBe('YES')
    expect(second.timing?.stages.filter((run) => run.stage === 'release-decision').map((run) => run.outcome)).toEqual(['no', 'success'])
  })
})

async function writeReleaseEvidenceProductionPass(fixture: ReleaseEvidence): Promise<void> {
  const read = await fixture.store.read('production', fixture.sha)
  if (read.state !== 'valid') throw new Error('test bug: production evidence should be valid')
  await fixture.store.write('production', fixture.sha, { ...read.value, verdict: 'pass' })
}

// Every way a piece of evidence goes wrong, for every piece, must be a NO naming file and field.
const failClosedMatrix: [ContractKind, Breakage][] = [
  ['release-package', 'missing'],
  ['release-package', 'not-json'],
  ['release-package', 'schema-invalid'],
  ['release-package', 'wrong-sha'],
  ['release-package', 'tampered-digest'],
  ['acceptance', 'missing'],
  ['acceptance', 'not-json'],
  ['acceptance', 'schema-invalid'],
  ['acceptance', 'wrong-sha'],
  ['acceptance', 'wrong-package-digest'],
  ['production', 'missing'],
  ['production', 'not-json'],
  ['production', 'schema-invalid'],
  ['production', 'wrong-sha'],
  ['production', 'wrong-package-digest'],
  ['commit-stage', 'not-json'],
  ['commit-stage', 'schema-invalid'],
  ['commit-stage', 'wrong-sha'],
  ['pipeline', 'not-json'],
  ['pipeline', 'schema-invalid'],
  ['pipeline', 'wrong-sha'],
]

describe('decideRelease fails closed', () => {
  it.each(failClosedMatrix)('%s %s: NO, status failure, a reason naming the file and the field', async (kind, breakage) => {
    const fixture = await evidence()
    const expected = await breakEvidence(fixture, kind, breakage)

    const { decision, logger } = await decide(fixture)

    expect(decision).toMatchObject({ decision: 'NO', status: 'failure' })
    expect(decision.reasons).toContainEqual({ file: expected.file, field: expected.field, message: expect.any(String) })
    expect(releaseDecision.safeParse(JSON.parse(await readFile(fixture.paths.release, 'utf8'))).success).toBe(true)
    // Logged, not annotated: the action annotates a NO once, on the evidence at fault.
    expect(logger.entries).toContainEqual({ level: 'info', message: expect.stringContaining('NO (failure)') })
    expect(logger.entries.filter((entry) => entry.level === 'error')).toEqual([])
    const entry = decision.evidence.find((piece) => piece.kind === kind)
    if (breakage === 'missing' || breakage === 'not-json' || breakage === 'schema-invalid' || breakage === 'tampered-digest') {
      expect(entry).toMatchObject({ state: breakage === 'missing' ? 'missing' : 'invalid', digest: null })
    }
  })

  it('has no package digest when the manifest is missing, and says which stage writes it', async () => {
    const fixture = await evidence()
    await breakEvidence(fixture, 'release-package', 'missing')
    const { decision } = await decide(fixture)

    expect(decision.packageDigest).toBeNull()
    expect(decision.reasons[0]?.message).toMatch(/missing: no release-package evidence .*build-once/)
  })

  it('records a NO run in the timing when the timing itself is sound', async () => {
    const fixture = await evidence()
    await breakEvidence(fixture, 'acceptance', 'wrong-package-digest')
    const { timing } = await decide(fixture)

    expect(timing?.stages.at(-1)).toMatchObject({ stage: 'release-decision', outcome: 'no' })
    expect(closeOf(timing)).not.toBeNull()
  })

  it('leaves invalid timing as it was for someone to look at, and says so', async () => {
    const fixture = await evidence()
    await breakEvidence(fixture, 'pipeline', 'schema-invalid')
    const before = await readFile(fixture.paths.pipeline)

    const { timing, logger } = await decide(fixture)

    expect(timing).toBeNull()
    expect((await readFile(fixture.paths.pipeline)).equals(before)).toBe(true)
    expect(logger.entries).toContainEqual({ level: 'warning', message: expect.stringContaining('not closed'), location: { file: fixture.paths.pipeline } })
  })

  it.each([
    ['acceptance said NO', { acceptance: (result) => ({ ...result, decision: 'NO' as const, checks: result.checks.map((check) => (check.name === 'api smoke' ? { ...check, status: 'fail' as const } : check)) }) }, 'acceptance', 'decision', /required checks not passed: api smoke \(fail\)/],
    ['production failed', { production: (result) => ({ ...result, verdict: 'fail' as const }) }, 'production', 'verdict', /is fail/],
    ['the commit stage did not pass', { commitStage: (result) => ({ ...result, passed: false, check: { ...result.check, conclusion: 'failure' } }) }, 'commit-stage', 'passed', /commit-stage' concluded failure/],
  ] satisfies [string, ReleaseEvidenceOptions, ContractKind, string, RegExp][])('says NO when %s', async (_case, options, kind, field, message) => {
    const fixture = await evidence(options)
    const { decision } = await decide(fixture)

    expect(decision.decision).toBe('NO')
    expect(decision.reasons).toEqual([{ file: fixture.paths[kind], field, message: expect.stringMatching(message) }])
  })

  it('says NO, not a crash, when the evidence folder does not exist at all', async () => {
    const store = new LocalEvidenceStore(join(tmpdir(), `shipgate-absent-${process.pid}-${Date.now()}`))
    const sha = 'b'.repeat(40)
    try {
      const outcome = await decideRelease({ sha, repository: REPOSITORY }, { store, clock: steppingClock(DECISION_TIME), logger: new RecordingLogger() })
      expect(outcome.decision.reasons.map((reason) => reason.file)).toEqual([store.pathOf('release-package', sha), store.pathOf('acceptance', sha), store.pathOf('deployment', sha), store.pathOf('production', sha)])
    } finally {
      await rm(store.location, { recursive: true, force: true })
    }
  })
})

describe('the timing lock, when something that is not a file is in its place', () => {
  const makers: Array<[string, (path: string) => Promise<unknown>]> = [
    ['a folder', (path) => mkdir(path)],
    ['a FIFO', async (path) => execFileSync('mkfifo', [path])],
  ]

  // A FIFO opened for reading waits for a writer: the command would hang past the lock wait.
  it.each(makers)('%s stops the command at once with exit 2, naming the lock and what to do, and no decision', async (what, make) => {
    const fixture = await evidence()
    const lock = join(fixture.artifactsDir, '.locks', `pipeline-${fixture.sha}.lock`)
    await mkdir(join(lock, '..'), { recursive: true })
    await make(lock)
    const lines: string[] = []
    const io: CommandIo = { out: (text) => lines.push(text), err: (text) => lines.push(text), env: { GITHUB_REPOSITORY: REPOSITORY }, cwd: fixture.artifactsDir }
    const args = ['--sha', fixture.sha, '--artifacts-dir', fixture.artifactsDir, '--commit-time', COMMIT_TIME.toISOString(), '--max-evidence-age', '36500d']

    expect(await main(['run', 'release-decision', ...args], io)).toBe(2)
    const output = lines.join('\n')
    expect(output).toContain(`${lock}: is ${what}, not a lock file, so shipgate cannot tell who holds this lock. If no shipgate run is using it, remove it and run again.`)
    expect(output).not.toContain('a bug in shipgate')
    expect(await readFile(fixture.paths.release, 'utf8').catch(() => 'absent')).toBe('absent')
  }, 5000)
})

describe('the release-decision action, run as the runner runs it', () => {
  const savedEnv = { ...process.env }
  let workDir: string

  afterEach(async () => {
    process.env = { ...savedEnv }
    process.exitCode = undefined
    jest.restoreAllMocks()
    if (workDir) await rm(workDir, { recursive: true, force: true })
  })

  async function runAction(fixture: ReleaseEvidence, inputs: Record<string, string>, event?: Record<string, unknown>) {
    workDir = await mkdtemp(join(tmpdir(), 'shipgate-runner-'))
    const outputFile = join(workDir, 'output')
    const summaryFile = join(workDir, 'summary.md')
    await writeFile(outputFile, '')
    const env: NodeJS.ProcessEnv = {
      ...savedEnv,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_SHA: fixture.sha,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_WORKSPACE: inputs.workspace ?? workDir,
      'INPUT_ARTIFACTS-DIR': fixture.artifactsDir,
      // The fixture's evidence is from 2025; these tests are about the runner protocol, not its age.
      'INPUT_MAX-EVIDENCE-AGE': '36500d',
    }
    for (const [name, value] of Object.entries(inputs)) if (name !== 'workspace') env[`INPUT_${name.toUpperCase()}`] = value
    if (event) {
      env.GITHUB_EVENT_PATH = join(workDir, 'event.json')
      await writeFile(env.GITHUB_EVENT_PATH, JSON.stringify(event))
    }
    process.env = env
    const stdout: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk))
      return true
    })
    await runAsGitHubAction(releaseDecisionAction)
    jest.restoreAllMocks()
    const outputs = Object.fromEntries(
      [...(await readFile(outputFile, 'utf8')).matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)].map((match) => [match[1], match[3]]),
    )
    const summary = await readFile(summaryFile, 'utf8').catch(() => '')
    return { outputs, summary, stdout: stdout.join(''), exitCode: process.exitCode }
  }

  async function closedTiming(fixture: ReleaseEvidence) {
    const read = await fixture.store.read('pipeline', fixture.sha)
    if (read.state !== 'valid') throw new Error(`timing should be valid, is ${read.state}`)
    return read.value
  }

  it('writes the outputs and a summary with the evidence table and a gantt chart, and takes the commit time from the push event', async () => {
    const fixture = await evidence()
    const run = await runAction(fixture, {}, { after: fixture.sha, head_commit: { timestamp: '2025-01-02T03:55:00+01:00' } })

    expect(run.exitCode).toBeUndefined()
    expect(run.outputs).toEqual({ decision: 'YES', status: 'success', 'decision-path': fixture.paths.release })
    expect(run.summary).toContain('## Release decision: ✅ YES (success)')
    expect(run.summary).toContain(`| acceptance | \`${fixture.paths.acceptance}\` | valid |`)
    expect(run.summary).toMatch(/```mermaid\ngantt\n[\s\S]*dateFormat x[\s\S]*build-once \(3m 30s\) :done, stage1, \d{13}, \d{13}/)
    expect(closeOf(await closedTiming(fixture))?.commitTime).toBe('2025-01-02T02:55:00.000Z')
  })

  it('fails the step on NO with one error annotation, on the evidence file at fault and naming its field, after writing the outputs', async () => {
    const fixture = await evidence()
    await breakEvidence(fixture, 'production', 'wrong-package-digest')
    const run = await runAction(fixture, {})

    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'NO', status: 'failure' })
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error'))
    expect(annotations).toHaveLength(1)
    expect(annotations[0]).toContain(`::error file=${fixture.paths.production.replace(/:/g, '%3A')}::release-decision: release decision is NO for ${fixture.sha}: packageDigest: is sha256:dddd`)
    expect(run.summary).toMatch(/### Reasons \(causes first\)\n\n- .*production.*packageDigest/)
  })

  it('passes the step on NO when fail-on-no is false', async () => {
    const fixture = await evidence()
    await breakEvidence(fixture, 'acceptance', 'missing')
    const run = await runAction(fixture, { 'fail-on-no': 'false' })

    expect(run.exitCode).toBeUndefined()
    expect(run.outputs.decision).toBe('NO')
  })

  it('uses the commit-time input over the event payload', async () => {
    const fixture = await evidence()
    await runAction(fixture, { 'commit-time': '2025-01-02T01:00:00Z' }, { after: fixture.sha, head_commit: { timestamp: '2025-01-02T02:55:00Z' } })

    expect(closeOf(await closedTiming(fixture))?.commitTime).toBe('2025-01-02T01:00:00.000Z')
  })

  it('rejects a commit-time that is not a date, naming the input', async () => {
    const fixture = await evidence()
    const run = await runAction(fixture, { 'commit-time': 'yesterday' })

    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain("input 'commit-time': must be an ISO 8601 date-time")
    expect(await readFile(fixture.paths.release, 'utf8').catch(() => 'absent')).toBe('absent')
  })

  it("falls back to git's committer date when the push event is for another commit", async () => {
    const repository = await mkdtemp(join(tmpdir(), 'shipgate-git-'))
    try {
      const git = (...args: string[]) =>
        execFileSync('git', args, {
          cwd: repository,
          encoding: 'utf8',
          env: { ...savedEnv, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_COMMITTER_DATE: '2025-01-02T02:50:00Z', GIT_AUTHOR_DATE: '2025-01-02T02:50:00Z' },
        }).trim()
      git('init', '--quiet')
      git('commit', '--quiet', '--allow-empty', '-m', 'release')
      const fixture = await evidence({ sha: git('rev-parse', 'HEAD') })

      const run = await runAction(fixture, { workspace: repository }, { after: 'c'.repeat(40), head_commit: { timestamp: '2025-01-02T02:00:00Z' } })

      expect(run.outputs.decision).toBe('YES')
      expect(closeOf(await closedTiming(fixture))?.commitTime).toBe('2025-01-02T02:50:00.000Z')
    } finally {
      await rm(repository, { recursive: true, force: true })
    }
  })
})

describe('the job summary', () => {
  it('escapes table cells and says why there is no chart when the timing could not be closed', () => {
    const summary = releaseDecisionSummary(
      {
        schema: 'shipgate.release-decision/v1',
        sha: 'a'.repeat(40),
        repository: REPOSITORY,
        packageDigest: null,
        decision: 'NO',
        status: 'failure',
        reasons: [{ file: 'x|y.json', field: '(root)', message: 'not valid JSON\nat line 2' }],
        evidence: [{ kind: 'pipeline', path: 'a|b', state: 'invalid', digest: null, required: false }],
        decidedAt: DECISION_TIME.toISOString(),
      },
      null,
    )

    expect(summary).toContain('| pipeline (optional) | `a\\|b` | invalid | - |')
    expect(summary).toContain('- x\\|y.json: (root): not valid JSON at line 2')
    expect(summary).toContain('timing could not be trusted')
    expect(summary).not.toContain('mermaid')
  })
})
