// The pipeline timing on a real folder, appended to by stages at once: no stage's run is lost, also
// when release-decision closes the timing while others append.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { decideRelease } from '../../src/stages/release-decision.js'
import { PIPELINE_TIMING_SCHEMA } from '../../src/contracts/pipeline-timing.js'
import { latestRun, nextLocalRunNumber, recordStageTiming, runLabel, runsOf, upgradeTiming } from '../../src/stages/timing.js'
import { RELEASE_SHA } from '../helpers/contract-examples.js'
import { steppingClock } from '../helpers/evidence-fixtures.js'

let root: string
let store: LocalEvidenceStore

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'shipgate-timing-'))
  store = new LocalEvidenceStore(join(root, '.artifacts'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const STARTED = new Date('2026-11-23T10:00:00Z')
const run = (stage: string, id = 'local', at = STARTED) => ({ stage, startedAt: at, finishedAt: new Date(at.getTime() + 1000), outcome: 'success' as const, run: { id, attempt: 1 } })

test('eight stages appending at once are all recorded', async () => {
  const stages = Array.from({ length: 8 }, (_, index) => `stage-${index}`)
  await Promise.all(stages.map((stage) => recordStageTiming(store, RELEASE_SHA, run(stage))))

  const timing = requireValid(await store.read('pipeline', RELEASE_SHA)).value
  expect(timing.stages.map((stage) => stage.stage).sort()).toEqual(stages)
})

test('release-decision closing the timing while stages append loses none of them', async () => {
  const stages = Array.from({ length: 7 }, (_, index) => `stage-${index}`)
  await Promise.all([
    ...stages.map((stage) => recordStageTiming(store, RELEASE_SHA, run(stage))),
    decideRelease({ sha: RELEASE_SHA, repository: 'acme/shop' }, { store, clock: steppingClock(new Date('2026-11-23T11:00:00Z')), logger: new RecordingLogger() }),
  ])

  const timing = requireValid(await store.read('pipeline', RELEASE_SHA)).value
  expect(timing.stages.map((stage) => stage.stage).sort()).toEqual([...stages, 'release-decision'].sort())
  expect(latestRun(timing)?.closed).not.toBeNull()
})

test('two runs of one SHA stay apart: each run has its own stages and close, and the latest run is the one decided last', async () => {
  const later = new Date(STARTED.getTime() + 3_600_000)
  for (const stage of ['build-once', 'promote']) await recordStageTiming(store, RELEASE_SHA, run(stage, 'local-1'))
  await decideRelease({ sha: RELEASE_SHA, repository: 'acme/shop', run: { id: 'local-1', attempt: 1 } }, { store, clock: steppingClock(new Date(STARTED.getTime() + 60_000)), logger: new RecordingLogger() })
  for (const stage of ['build-once', 'promote']) await recordStageTiming(store, RELEASE_SHA, run(stage, 'local-2', later))
  await decideRelease({ sha: RELEASE_SHA, repository: 'acme/shop', run: { id: 'local-2', attempt: 1 } }, { store, clock: steppingClock(new Date(later.getTime() + 120_000)), logger: new RecordingLogger() })

  const timing = requireValid(await store.read('pipeline', RELEASE_SHA)).value
  const runs = runsOf(timing)
  expect(runs.map((entry) => [entry.run.id, entry.stages.map((stage) => stage.stage)])).toEqual([
    ['local-1', ['build-once', 'promote', 'release-decision']],
    ['local-2', ['build-once', 'promote', 'release-decision']],
  ])
  // Each run's total runs from its own first stage, not from the first run's.
  expect(runs[1]!.closed?.totalMs).toBeLessThan(3_600_000)
  expect(runs[0]!.closed?.totalMs).toBeLessThan(3_600_000)
  expect(latestRun(timing)?.run).toEqual({ id: 'local-2', attempt: 1 })
  expect(nextLocalRunNumber(timing)).toBe(3)
  expect(runLabel(runs[1]!.run)).toBe('local run 2')
})

test('a stage run on its own joins the latest local run; a GitHub run is named by its id and attempt', async () => {
  await recordStageTiming(store, RELEASE_SHA, run('build-once', 'local-2'))
  await recordStageTiming(store, RELEASE_SHA, run('acceptance'))
  await recordStageTiming(store, RELEASE_SHA, run('prod-verify', '4242'))

  const timing = requireValid(await store.read('pipeline', RELEASE_SHA)).value
  expect(timing.stages.map((stage) => [stage.stage, 'run' in stage ? stage.run.id : 'none'])).toEqual([
    ['build-once', 'local-2'],
    ['acceptance', 'local-2'],
    ['prod-verify', '4242'],
  ])
  expect(runLabel({ id: '4242', attempt: 2 })).toBe('run 4242 attempt 2')
})

test('a v1 timing stays readable: its stages and close become the legacy run, and the next append writes v2', async () => {
  const v1 = {
    schema: PIPELINE_TIMING_SCHEMA as typeof PIPELINE_TIMING_SCHEMA,
    sha: RELEASE_SHA,
    stages: [{ stage: 'build-once', startedAt: STARTED.toISOString(), finishedAt: STARTED.toISOString(), durationMs: 0, outcome: 'success' as const }],
    closed: { closedAt: STARTED.toISOString(), totalMs: 0, commitTime: null, leadTimeMs: null },
  }
  await store.write('pipeline', RELEASE_SHA, v1)
  expect(upgradeTiming(v1).closes).toEqual([{ ...v1.closed, run: { id: 'legacy', attempt: 1 } }])

  await recordStageTiming(store, RELEASE_SHA, run('promote', '77'))
  const timing = requireValid(await store.read('pipeline', RELEASE_SHA)).value
  expect(timing.schema).toBe('shipgate.pipeline-timing/v2')
  expect(runsOf(timing).map((entry) => [entry.run.id, entry.stages.length, entry.closed !== null])).toEqual([
    ['legacy', 1, true],
    ['77', 1, false],
  ])
})
