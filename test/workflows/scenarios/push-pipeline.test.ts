// Scenarios 1–5 of the push pipeline (cloud-delivery-pipeline.yml and its reusable workflows) and
// the replay (cloud-delivery-replay.yml), executed with GitHub's job semantics against a real SMTP
// relay, the local REST server's deployments and the local artifact service: which jobs run, the
// decision, what was deployed (the deploy command's own log and the GitHub deployments), delivered
// and mailed. The scenarios build on each other, in order, in one repository.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { DEPLOYED_RUN, failures, jobResults, REPLAY, startPipelineWorld, type PipelineWorld } from './pipeline-helpers.js'

let world: PipelineWorld
const sha: Record<string, string> = {}

beforeAll(async () => {
  world = await startPipelineWorld()
}, 300_000)
afterAll(async () => world?.close())

const short = (commit: string) => commit.slice(0, 7)

/** The production deployments on GitHub: SHA and the states of its statuses, oldest first. */
function deployments(): Array<[string, string[]]> {
  return world.harness.rest.deployments.filter((deployment) => deployment.environment === 'production').map((deployment) => [deployment.sha, deployment.statuses.map((status) => status.state)])
}

function stepOutput(run: Awaited<ReturnType<PipelineWorld['push']>>, job: string, step: string, output: string): string | undefined {
  return run.jobs[job]?.steps.find((candidate) => candidate.id === step)?.outputs[output]
}

test('1. a push that changes the runtime: acceptance, deploy and prod-verify run; YES (success); delivered; the owners mailed once', async () => {
  const run = await world.push({ 'dist/cli/index.js': `${await world.repo.show('HEAD', 'dist/cli/index.js')}// runtime change 1\n` }, 'change the runtime')
  sha.first = run.sha
  expect(failures(run)).toEqual([])
  expect(jobResults(run)).toEqual(DEPLOYED_RUN)
  expect(run.conclusion).toBe('success')
  expect(run.jobs['release/decide']!.outputs).toEqual({ decision: 'YES', status: 'success' })
  expect(stepOutput(run, 'release/build', 'build', 'runtime-mode')).toBe('built')
  expect(stepOutput(run, 'release/deploy', 'verify', 'verdict')).toBe('pass')
  expect(await world.deployed()).toEqual([sha.first])
  expect(deployments()).toEqual([[sha.first, ['in_progress', 'success']]])
  expect(await readdir(join(world.deliveries, 'shipgate/01_Deliverables/Final/v1'), { recursive: true })).toEqual(expect.arrayContaining(['index.js', 'README.md']))
  expect(await world.mail()).toEqual([`owners@acme.test: [acme/shipgate] release ${short(sha.first)} completed`, 'owners@acme.test: shipgate: version 1 is ready'])
  // A first attempt has no notification records to restore: the step is skipped, and no job of the run has an error annotation.
  expect(run.jobs['notify/send-mail']!.steps.find((step) => step.name === 'Restore the notification records')!.outcome).toBe('skipped')
  expect(Object.values(run.jobs).flatMap((job) => job.annotations.filter((annotation) => annotation.level === 'error'))).toEqual([])
}, 300_000)

test('2. the next push, docs only: the runtime is captured from what runs in production (1); YES', async () => {
  const mailBefore = world.relay.received.length
  const run = await world.push({ 'README.md': `${await world.repo.show('HEAD', 'README.md')}\nA note.\n` }, 'docs only')
  sha.docs = run.sha
  expect(failures(run)).toEqual([])
  expect(jobResults(run)).toEqual(DEPLOYED_RUN)
  expect(run.jobs['release/decide']!.outputs).toEqual({ decision: 'YES', status: 'success' })
  expect(stepOutput(run, 'release/build', 'build', 'runtime-mode')).toBe('captured')
  expect(run.jobs['release/build']!.steps.find((step) => step.id === 'build')!.log).toContain(`capturing the components of ${sha.first}`)
  expect(await world.deployed()).toEqual([sha.first, sha.docs])
  expect(deployments().map(([deployed]) => deployed)).toEqual([sha.first, sha.docs])
  expect(await world.mail(mailBefore)).toEqual([`owners@acme.test: [acme/shipgate] release ${short(sha.docs)} completed`, 'owners@acme.test: shipgate: version 2 is ready'])
}, 300_000)

test("3. a replay of (1)'s SHA after (2): (1)'s package, not rebuilt, deployed as an explicit replay; YES", async () => {
  const run = await world.harness.runWorkflow({ workflow: REPLAY, event: 'workflow_dispatch', inputs: { release_package_sha: sha.first! } })
  expect(failures(run)).toEqual([])
  expect(jobResults(run)).toEqual({
    release: 'success',
    'release/build': 'skipped',
    'release/fetch': 'success',
    'release/promote': 'success',
    'release/acceptance-shard': 'skipped',
    'release/acceptance': 'success',
    'release/deploy': 'success',
    'release/decide': 'success',
    // The replay tells the owners as a push does; nothing is delivered again.
    notify: 'success',
    'notify/deliver': 'skipped',
    'notify/no-destination': 'skipped',
    'notify/send-mail': 'success',
    outcome: 'success',
  })
  expect(run.jobs['release/decide']!.outputs).toEqual({ decision: 'YES', status: 'success' })
  expect(run.jobs['release/deploy']!.outputs).toMatchObject({ decision: 'deployed', 'deploy-sha': sha.first })
  expect(await world.deployed()).toEqual([sha.first, sha.docs, sha.first])
  const replayed = world.harness.rest.deployments.at(-1)!
  expect([replayed.sha, (replayed.payload as { replay: boolean }).replay]).toEqual([sha.first, true])
  // The package the replay deployed is the one (1) built: the same digest in both deploys.
  const digests = (await readFile(world.deployLog, 'utf8')).split('\n').filter(Boolean).map((line) => line.split(' ')[1])
  expect(digests[2]).toBe(digests[0])
}, 300_000)

test('4. acceptance fails: NO; nothing deployed; the owners get "failed" and ops an alert', async () => {
  const mailBefore = world.relay.received.length
  const deploysBefore = world.harness.rest.deployments.length
  const run = await world.push({ 'dist/cli/index.js': 'process.exit(3)\n' }, 'break the command')
  sha.broken = run.sha
  expect(jobResults(run)).toEqual({
    ...DEPLOYED_RUN,
    'release/deploy': 'skipped',
    'notify/deliver': 'skipped',
    // The dashboard is built by the CLI of the SHA released, and this one is broken.
    report: 'failure',
    'report/build': 'failure',
    outcome: 'failure',
  })
  expect(run.conclusion).toBe('failure')
  expect(run.jobs['release/acceptance']!.outputs).toEqual({ decision: 'NO' })
  expect(run.jobs['release/decide']!.outputs).toEqual({ decision: 'NO', status: 'failure' })
  expect(await world.deployed()).toEqual([sha.first, sha.docs, sha.first])
  expect(world.harness.rest.deployments.length).toBe(deploysBefore)
  expect(await world.mail(mailBefore)).toEqual([`ops@acme.test: [acme/shipgate] ops alert: release ${short(sha.broken)} failure`, `owners@acme.test: [acme/shipgate] release ${short(sha.broken)} failed`])
}, 300_000)

test('5. the mail relay refuses the login after a YES deploy: the run is red, yet the release stays capturable and replayable', async () => {
  const restored = await world.repo.show(sha.first!, 'dist/cli/index.js')
  const refused = await world.push({ 'dist/cli/index.js': `${restored}// fixed\n` }, 'fix the command', { environments: { mail: { secrets: { SMTP_PASSWORD: 'not-the-password-1' } } } })
  sha.fixed = refused.sha
  expect(jobResults(refused)).toEqual({ ...DEPLOYED_RUN, notify: 'failure', 'notify/send-mail': 'failure' })
  expect(refused.conclusion).toBe('failure')
  expect(refused.jobs['release/decide']!.outputs).toEqual({ decision: 'YES', status: 'success' })
  expect((await world.deployed()).at(-1)).toBe(sha.fixed)

  // Capturable: the next docs-only push takes its runtime from the release the failed run deployed.
  // (Run without a delivery destination: nothing is delivered, and a notice says why.)
  const docs = await world.push({ 'docs/notes.md': 'Another note.\n' }, 'docs again', { vars: { SHIPGATE_DELIVER_DESTINATION: '' } })
  expect(failures(docs)).toEqual([])
  expect(jobResults(docs)).toEqual({ ...DEPLOYED_RUN, 'notify/deliver': 'skipped', 'notify/no-destination': 'success' })
  expect(docs.jobs['notify/no-destination']!.annotations.map((annotation) => `${annotation.level}: ${annotation.message}`)).toEqual([
    expect.stringMatching(/^notice: deliver-files is set but deliver-destination is not/),
  ])
  expect(docs.jobs['release/decide']!.outputs).toEqual({ decision: 'YES', status: 'success' })
  expect(docs.jobs['release/build']!.steps.find((step) => step.id === 'build')!.log).toContain(`capturing the components of ${sha.fixed}`)

  // Replayable: the replay finds the package in the red run, whose evidence holds a YES decision.
  const replay = await world.harness.runWorkflow({ workflow: REPLAY, event: 'workflow_dispatch', inputs: { release_package_sha: sha.fixed! } })
  expect(failures(replay)).toEqual([])
  expect(replay.jobs['release/fetch']!.result).toBe('success')
  expect(replay.jobs['release/decide']!.outputs).toEqual({ decision: 'YES', status: 'success' })
  expect((await world.deployed()).slice(-3)).toEqual([sha.fixed, docs.sha, sha.fixed])
}, 300_000)
