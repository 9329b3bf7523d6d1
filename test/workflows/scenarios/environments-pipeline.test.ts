// The environments pipeline (cloud-delivery-environments.yml): one package built once and carried
// dev -> staging -> production by shipgate-environment.yml, one call per environment, each only after
// the one before said YES. Executed with GitHub's job semantics against the local REST server's
// deployments, the artifact service and a real SMTP relay. The scenarios build on each other, in
// order, in one repository.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { WorkflowRunRecord } from '../harness/index.js'
import { ENVIRONMENTS_PIPELINE, ROLLBACK, startEnvironmentsWorld, type EnvironmentsWorld } from './environments-helpers.js'
import { failures, jobResults, PIPELINE } from './pipeline-helpers.js'

let world: EnvironmentsWorld
const runs: Record<string, WorkflowRunRecord> = {}

beforeAll(async () => {
  world = await startEnvironmentsWorld()
}, 300_000)
afterAll(async () => world?.close())

const short = (commit: string) => commit.slice(0, 7)
// Staging's promotion is manual: its GitHub environment has a required reviewer, who approves.
const APPROVED = { environments: { staging: { approve: true } } }

/** The jobs of one environment's call when it went all the way (one acceptance job, no shards). */
function passed(environment: string): Record<string, string> {
  return {
    [environment]: 'success',
    [`${environment}/deploy`]: 'success',
    [`${environment}/acceptance-shard`]: 'skipped',
    [`${environment}/acceptance`]: 'success',
    [`${environment}/decide`]: 'success',
  }
}

const PACKAGED = {
  'commit-gate': 'success',
  'commit-gate/gate': 'success',
  package: 'success',
  'package/build': 'success',
  'package/fetch': 'skipped',
  'package/promote': 'success',
  'package/acceptance-shard': 'skipped',
  'package/acceptance': 'skipped',
  'package/deploy': 'skipped',
  'package/decide': 'skipped',
}

test('b. dev -> staging -> production, each deployed, accepted, verified and decided YES in order; the release is YES', async () => {
  const mailBefore = world.pipeline.relay.received.length
  const run = await world.pipeline.push({ 'dist/cli/index.js': `${await world.pipeline.repo.show('HEAD', 'dist/cli/index.js')}// environments 1\n` }, 'change the runtime', {
    workflow: ENVIRONMENTS_PIPELINE,
    ...APPROVED,
  })
  runs.first = run
  expect(failures(run)).toEqual([])
  expect(jobResults(run)).toEqual({
    ...PACKAGED,
    ...passed('dev'),
    ...passed('staging'),
    ...passed('production'),
    decide: 'skipped',
    notify: 'success',
    'notify/deliver': 'success',
    'notify/no-destination': 'skipped',
    'notify/send-mail': 'success',
    outcome: 'success',
  })
  for (const environment of ['dev', 'staging', 'production']) {
    expect([environment, run.jobs[`${environment}/decide`]!.outputs]).toEqual([environment, { decision: 'YES', status: 'success' }])
    expect(run.jobs[`${environment}/deploy`]!.outputs).toMatchObject({ decision: 'deployed', 'deploy-sha': run.sha })
    expect(run.jobs[`${environment}/decide`]!.steps.find((step) => step.id === 'verify')!.outputs.verdict).toBe('pass')
  }
  // The deploy job alone names the GitHub environment: staging's reviewer approved it, once.
  expect(run.jobs['staging/deploy']!.environment).toEqual({ name: 'staging', approval: 'approved' })
  expect(Object.values(run.jobs).filter((job) => job.environment?.name === 'staging').map((job) => job.key)).toEqual(['staging/deploy'])
  expect(await world.deployed()).toEqual([`dev ${run.sha}`, `staging ${run.sha}`, `production ${run.sha}`])
  expect(world.deployments()).toEqual([
    ['dev', run.sha, false, ['in_progress', 'success']],
    ['staging', run.sha, false, ['in_progress', 'success']],
    ['production', run.sha, false, ['in_progress', 'success']],
  ])
  expect(run.conclusion).toBe('success')
  expect(await world.pipeline.mail(mailBefore)).toEqual([`owners@acme.test: [acme/shipgate] release ${short(run.sha)} completed`, 'owners@acme.test: shipgate: version 1 is ready'])
}, 300_000)

test('c. each environment deploys in the concurrency group <name>-mutation, never cancelling a running deploy; nothing else holds it', () => {
  const run = runs.first!
  for (const environment of ['dev', 'staging', 'production']) {
    expect([environment, run.jobs[`${environment}/deploy`]!.concurrency]).toEqual([environment, { group: `${environment}-mutation`, cancelInProgress: false }])
  }
  const holders = Object.values(run.jobs).filter((job) => job.concurrency).map((job) => job.key)
  expect(holders).toEqual(['dev/deploy', 'staging/deploy', 'production/deploy'])
})

test('only one push pipeline runs: with SHIPGATE_ENVIRONMENTS true, every job of cloud-delivery-pipeline.yml is skipped', async () => {
  const run = await world.pipeline.harness.runWorkflow({ workflow: PIPELINE, event: 'push', sha: runs.first!.sha })
  expect(jobResults(run)).toEqual({ 'commit-gate': 'skipped', release: 'skipped', notify: 'skipped', report: 'skipped', outcome: 'skipped' })
  expect(run.conclusion).toBe('success')
}, 120_000)

test("b. staging's acceptance fails: staging says NO, production is never deployed, and the release's decision is NO naming staging", async () => {
  const mailBefore = world.pipeline.relay.received.length
  const deployedBefore = await world.deployed()
  const run = await world.pipeline.push({ BREAK_STAGING: 'yes\n' }, 'break staging', { workflow: ENVIRONMENTS_PIPELINE, ...APPROVED })
  runs.broken = run
  expect(jobResults(run)).toEqual({
    ...PACKAGED,
    ...passed('dev'),
    ...passed('staging'),
    production: 'skipped',
    decide: 'success',
    notify: 'success',
    'notify/deliver': 'skipped',
    'notify/no-destination': 'skipped',
    'notify/send-mail': 'success',
    outcome: 'failure',
  })
  expect(run.jobs['dev/decide']!.outputs).toEqual({ decision: 'YES', status: 'success' })
  expect(run.jobs['staging/acceptance']!.outputs).toEqual({ decision: 'NO' })
  expect(run.jobs['staging/decide']!.outputs).toEqual({ decision: 'NO', status: 'failure' })
  // The release's decision, for production, rests on staging's NO and says so.
  expect(run.jobs.decide!.outputs).toEqual({ decision: 'NO', status: 'failure' })
  const reasons = run.jobs.decide!.steps.find((step) => step.id === 'decision')!.log
  expect(reasons).toMatch(/environments\/staging\/release\/[0-9a-f]{40}\/decision\.json: decision: is NO/)
  expect(await world.deployed()).toEqual([...deployedBefore, `dev ${run.sha}`, `staging ${run.sha}`])
  expect(world.deployments().filter(([environment]) => environment === 'production').map(([, sha]) => sha)).toEqual([runs.first!.sha])
  expect(run.conclusion).toBe('failure')
  expect(await world.pipeline.mail(mailBefore)).toEqual([
    `ops@acme.test: [acme/shipgate] ops alert: release ${short(run.sha)} failure`,
    `owners@acme.test: [acme/shipgate] release ${short(run.sha)} failed`,
  ])
}, 300_000)

test("d. rollback of staging: the package that ran there before goes back as an explicit replay, promoted on dev's YES from the run that built it; YES", async () => {
  const first = runs.first!
  const run = await world.pipeline.harness.runWorkflow({ workflow: ROLLBACK, event: 'workflow_dispatch', inputs: { environment: 'staging' }, ...APPROVED })
  expect(failures(run)).toEqual([])
  expect(jobResults(run)).toEqual({
    find: 'success',
    release: 'skipped',
    package: 'success',
    'package/build': 'skipped',
    'package/fetch': 'success',
    'package/promote': 'success',
    'package/acceptance-shard': 'skipped',
    'package/acceptance': 'skipped',
    'package/deploy': 'skipped',
    'package/decide': 'skipped',
    ...passed('environment'),
    // Staging's decision is not the release's: no release mail.
    notify: 'skipped',
    outcome: 'success',
  })
  // Staging runs the broken release's package now; the first release's ran there before it.
  expect(run.jobs.find!.outputs).toEqual({ sha: first.sha, 'run-id': String(first.id) })
  expect(run.jobs['environment/deploy']!.outputs).toMatchObject({ decision: 'deployed', 'deploy-sha': first.sha })
  expect(run.jobs['environment/deploy']!.concurrency).toEqual({ group: 'staging-mutation', cancelInProgress: false })
  expect(run.jobs['environment/decide']!.outputs).toEqual({ decision: 'YES', status: 'success' })
  // The YES it was let in on is kept in this run's evidence, beside the deploy that rests on it.
  expect(run.artifacts.map((artifact) => artifact.name)).toEqual(expect.arrayContaining([`environments.dev.release-${first.sha}`, `environments.staging.deployment-${first.sha}`]))
  expect(world.deployments().at(-1)).toEqual(['staging', first.sha, true, ['in_progress', 'success']])
  expect((await world.deployed()).at(-1)).toBe(`staging ${first.sha}`)
  expect(run.conclusion).toBe('success')
}, 300_000)
