// Scenario 6: the first push in a repository that never released, and it changes only docs. There is
// no YES release and nothing in production to capture a runtime from, so build-once builds (the
// bootstrap) instead of failing, and the release goes all the way to YES. The next push shows the
// caller's max-evidence-age reaching the decide job of the reusable workflow.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { DEPLOYED_RUN, failures, jobResults, startPipelineWorld, type PipelineWorld } from './pipeline-helpers.js'

let world: PipelineWorld

beforeAll(async () => {
  world = await startPipelineWorld()
}, 300_000)
afterAll(async () => world?.close())

test('6. the first run, docs only, with no earlier YES: builds instead of failing, and says YES', async () => {
  const run = await world.push({ 'README.md': `${await world.repo.show('HEAD', 'README.md')}\nFirst words.\n` }, 'docs first')
  expect(failures(run)).toEqual([])
  expect(jobResults(run)).toEqual(DEPLOYED_RUN)
  const build = run.jobs['release/build']!.steps.find((step) => step.id === 'build')!
  expect(build.outputs['runtime-mode']).toBe('built')
  expect(build.log).toContain('nothing runs in production yet')
  expect(run.jobs['release/decide']!.outputs).toEqual({ decision: 'YES', status: 'success' })
  expect(await world.deployed()).toEqual([run.sha])
}, 300_000)

test('6b. the next push, with the repository variable SHIPGATE_MAX_EVIDENCE_AGE at 1s: the decide job gets it, and acceptance evidence is stale by then: NO', async () => {
  const run = await world.push({ 'README.md': `${await world.repo.show('HEAD', 'README.md')}\nSecond words.\n` }, 'docs second', { vars: { SHIPGATE_MAX_EVIDENCE_AGE: '1s' } })
  expect(run.jobs['release/decide']!.result).toBe('success')
  expect(run.jobs['release/decide']!.outputs).toEqual({ decision: 'NO', status: 'failure' })
  const log = run.jobs['release/decide']!.steps.find((step) => step.id === 'decision')!.log
  expect(log).toMatch(/acceptance\/[0-9a-f]{40}\/result\.json: finishedAt: is \S+, \S+ \S+ before \S+: acceptance evidence older than 1 s \(max-evidence-age\) is stale/)
  expect(run.conclusion).toBe('failure')
}, 300_000)
