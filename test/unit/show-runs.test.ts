// Two runs of one SHA, as running the pipeline twice leaves them: show keeps them apart, names the
// run that wrote each piece of evidence, and marks what an earlier run left beside a later decision.
import { afterEach, expect, it } from '@jest/globals'
import { showCommand } from '../../src/cli/commands/show.js'
import { EXIT, type CommandIo } from '../../src/cli/io.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { decideRelease } from '../../src/stages/release-decision.js'
import { recordStageTiming } from '../../src/stages/timing.js'
import { COMMIT_TIME, DECISION_TIME, FIXTURE_RUN, REPOSITORY, rewriteEvidence, shiftTimestamps, steppingClock, writeReleaseEvidence, type ReleaseEvidence } from '../helpers/evidence-fixtures.js'

const fixtures: ReleaseEvidence[] = []
afterEach(async () => {
  await Promise.all(fixtures.splice(0).map((fixture) => fixture.cleanup()))
})

function captureIo(): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { cwd: process.cwd(), env: {}, out: (text: string) => stdout.push(text), err: (text: string) => stderr.push(text), stdout, stderr }
}

const HOUR = 3_600_000
const SECOND_RUN = { id: 'local-2', attempt: 1 }

/** Run 1 decided YES at DECISION_TIME; run 2, an hour later, reran build-once, promote and acceptance and decided again. */
async function twoRuns(): Promise<ReleaseEvidence> {
  const fixture = await writeReleaseEvidence()
  fixtures.push(fixture)
  const logger = new RecordingLogger()
  await decideRelease({ sha: fixture.sha, repository: REPOSITORY, commitTime: COMMIT_TIME, run: FIXTURE_RUN }, { store: fixture.store, clock: steppingClock(DECISION_TIME), logger })
  const later = (ms: number) => new Date(DECISION_TIME.getTime() + HOUR + ms)
  for (const [index, stage] of ['build-once', 'promote', 'acceptance'].entries()) {
    await recordStageTiming(fixture.store, fixture.sha, { stage, startedAt: later(index * 60_000), finishedAt: later(index * 60_000 + 30_000), outcome: 'success', run: SECOND_RUN })
  }
  await rewriteEvidence(fixture, 'acceptance', (json) => shiftTimestamps(json, HOUR + 15 * 60_000))
  await decideRelease({ sha: fixture.sha, repository: REPOSITORY, commitTime: COMMIT_TIME, run: SECOND_RUN }, { store: fixture.store, clock: steppingClock(later(5 * 60_000)), logger })
  return fixture
}

it('lists the runs, charts each on its own, and marks the production result of the earlier run as older than the decision', async () => {
  const fixture = await twoRuns()
  const io = captureIo()
  expect(await showCommand([fixture.sha, '--artifacts-dir', fixture.artifactsDir], io)).toBe(EXIT.ok)
  const text = io.stdout.join('\n')

  expect(text).toContain('Runs: local run 1, local run 2; the decision is from local run 2')
  // show prints paths relative to the working folder: find the headings by the path inside the artifacts folder.
  const productionHeading = text.split('\n').find((line) => line.includes(`production/${fixture.sha}/result.json`))
  expect(productionHeading).toContain('(older than the decision — from local run 1)')
  const acceptanceHeading = text.split('\n').find((line) => line.includes(`acceptance/${fixture.sha}/result.json`))
  expect(acceptanceHeading).toBeDefined()
  expect(acceptanceHeading).not.toContain('older than the decision')
  // The timing run by run: each run's own stages and close; the second run's total is its own few minutes, not an hour and more.
  const lines = text.split('\n')
  const runBlock = (label: string) => {
    const start = lines.findIndex((line) => line.trimStart().startsWith(label))
    const end = lines.findIndex((line, index) => index > start && line.trimStart().startsWith('closed'))
    return lines.slice(start, end + 1)
  }
  const first = runBlock('local run 1')
  const second = runBlock('local run 2')
  expect(first).toHaveLength(1 + 6 + 1)
  expect(first.at(-1)).toContain('total 25 min')
  expect(second[0]).toContain("(the decision's run, latest)")
  expect(second).toHaveLength(1 + 4 + 1)
  expect(second.at(-1)).toContain('total 5 min')
})

it('gives the runs and each piece of evidence its run in --json', async () => {
  const fixture = await twoRuns()
  const io = captureIo()
  expect(await showCommand([fixture.sha, '--artifacts-dir', fixture.artifactsDir, '--json'], io)).toBe(EXIT.ok)
  const shown = JSON.parse(io.stdout.join('\n')) as { runs: Array<{ id: string; stages: number }>; decisionRun: { id: string }; contracts: Record<string, unknown> }

  expect(shown.runs.map((run) => [run.id, run.stages])).toEqual([
    ['local-1', 6],
    ['local-2', 4],
  ])
  expect(shown.decisionRun.id).toBe('local-2')
  expect(JSON.stringify(shown.contracts.production)).toContain('older')
})
