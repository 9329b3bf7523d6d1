// The pipeline timing on a real folder, appended to by stages at once: no stage's run is lost, also
// when release-decision closes the timing while others append.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { decideRelease } from '../../src/stages/release-decision.js'
import { recordStageTiming } from '../../src/stages/timing.js'
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
const run = (stage: string) => ({ stage, startedAt: STARTED, finishedAt: new Date(STARTED.getTime() + 1000), outcome: 'success' as const })

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
  expect(timing.closed).not.toBeNull()
})
