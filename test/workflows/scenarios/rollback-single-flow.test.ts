// The rollback dispatch (cloud-delivery-rollback.yml) in the single acceptance -> production flow:
// after two releases, the first one's package goes back into production as an explicit replay,
// found in production's GitHub deployments and taken from the push run that built it. Executed with
// GitHub's job semantics against the local REST server's deployments and the artifact service.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { ROLLBACK } from './environments-helpers.js'
import { failures, jobResults, startPipelineWorld, type PipelineWorld } from './pipeline-helpers.js'

let world: PipelineWorld

beforeAll(async () => {
  world = await startPipelineWorld()
}, 300_000)
afterAll(async () => world?.close())

test('after two releases, a rollback of production replays the first one: deployed again (replay: true), decided YES, owners told', async () => {
  const first = await world.push({ 'docs/one.md': 'One.\n' }, 'first release')
  const second = await world.push({ 'docs/two.md': 'Two.\n' }, 'second release')
  expect([first.jobs['release/decide']!.outputs.decision, second.jobs['release/decide']!.outputs.decision]).toEqual(['YES', 'YES'])
  const mailBefore = world.relay.received.length

  const run = await world.harness.runWorkflow({ workflow: ROLLBACK, event: 'workflow_dispatch', inputs: { environment: 'production' } })
  expect(failures(run)).toEqual([])
  expect(jobResults(run)).toEqual({
    find: 'success',
    release: 'success',
    'release/build': 'skipped',
    'release/fetch': 'success',
    'release/promote': 'success',
    'release/acceptance-shard': 'skipped',
    'release/acceptance': 'success',
    'release/deploy': 'success',
    'release/decide': 'success',
    package: 'skipped',
    environment: 'skipped',
    notify: 'success',
    'notify/deliver': 'skipped',
    'notify/no-destination': 'skipped',
    'notify/send-mail': 'success',
    outcome: 'success',
  })
  // Production runs the second release; the first one's ran there before it, built by the first push run.
  expect(run.jobs.find!.outputs).toEqual({ sha: first.sha, 'run-id': String(first.id) })
  expect(run.jobs['release/deploy']!.outputs).toMatchObject({ decision: 'deployed', 'deploy-sha': first.sha })
  expect(run.jobs['release/decide']!.outputs).toEqual({ decision: 'YES', status: 'success' })
  const latest = world.harness.rest.deployments.at(-1)!
  expect([latest.environment, latest.sha, (latest.payload as { replay: boolean }).replay]).toEqual(['production', first.sha, true])
  expect(await world.deployed()).toEqual([first.sha, second.sha, first.sha])
  expect(await world.mail(mailBefore)).toEqual([`owners@acme.test: [acme/shipgate] release ${first.sha.slice(0, 7)} completed`])
  expect(run.conclusion).toBe('success')
}, 360_000)

test('with nothing earlier to go back to, find fails and says so; nothing is deployed', async () => {
  // Production now runs the first release again, and nothing built before it ever ran there.
  const deploysBefore = world.harness.rest.deployments.length
  const run = await world.harness.runWorkflow({ workflow: ROLLBACK, event: 'workflow_dispatch', inputs: { environment: 'production' } })
  expect(jobResults(run)).toMatchObject({ find: 'failure', release: 'skipped', notify: 'skipped', outcome: 'failure' })
  expect(run.jobs.find!.annotations.map((annotation) => annotation.message)).toEqual(
    expect.arrayContaining([expect.stringMatching(/rollback: [0-9a-f]{40} runs in production .*no earlier deployment there of an older package succeeded/)]),
  )
  expect(world.harness.rest.deployments.length).toBe(deploysBefore)
}, 120_000)

test('a rollback that ends in NO: the owners hear "failed" and ops get an alert for the rolled-back SHA, as for a push', async () => {
  const third = await world.push({ 'docs/three.md': 'Three.\n' }, 'third release')
  expect(third.jobs['release/decide']!.outputs.decision).toBe('YES')
  const mailBefore = world.relay.received.length

  // Evidence older than a second is stale by the time the decision reads it: NO.
  const run = await world.harness.runWorkflow({ workflow: ROLLBACK, event: 'workflow_dispatch', inputs: { environment: 'production' }, vars: { SHIPGATE_MAX_EVIDENCE_AGE: '1s' } })
  const target = run.jobs.find!.outputs.sha!
  expect(target).toMatch(/^[0-9a-f]{40}$/)
  expect(target).not.toBe(third.sha)
  expect(run.jobs['release/decide']!.outputs).toEqual({ decision: 'NO', status: 'failure' })
  expect(jobResults(run)).toMatchObject({ find: 'success', notify: 'success', 'notify/send-mail': 'success', outcome: 'failure' })
  const short = target.slice(0, 7)
  expect(await world.mail(mailBefore)).toEqual([`ops@acme.test: [acme/shipgate] ops alert: release ${short} failure`, `owners@acme.test: [acme/shipgate] release ${short} failed`])
}, 600_000)
