// Scenario 8: scheduled-send.yml on the schedule, two days running, executed with GitHub's semantics:
// each day a dry run (its .eml files kept for review), then the live send once the mail-live
// environment's reviewers approve; one digest per person each day, whatever runs again that day.
// The relay is a real smtp-server; the mail state travels between runs as the mail-ledger artifact.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { simpleParser } from 'mailparser'
import type { ScriptedWorkflowRun } from '../../helpers/artifact-service-server.js'
import { SmtpTestServer } from '../../helpers/smtp-test-server.js'
import { temporaryFolder } from '../../helpers/temporary-folders.js'
import { startWorkflowHarness, type WorkflowHarness } from '../harness/index.js'
import { jobResults } from './pipeline-helpers.js'
import { shipgateRepository, type ScenarioRepository } from './shipgate-fixture.js'

const ROSTER = ['email,name,status', 'ann@acme.test,Ann,active', 'bob@acme.test,Bob,active', 'cat@acme.test,Cat,inactive', ''].join('\n')

let repo: ScenarioRepository
let relay: SmtpTestServer
let harness: WorkflowHarness

beforeAll(async () => {
  relay = await SmtpTestServer.start()
  repo = await shipgateRepository({ 'mail/roster.csv': ROSTER, 'mail/relay-ca.pem': relay.certificate.cert })
  harness = await startWorkflowHarness({
    repositories: { 'acme/shipgate': repo.folder },
    node: process.env.SHIPGATE_NODE24 || undefined,
    vars: { MAIL_ROSTER: 'mail/roster.csv', MAIL_FROM: 'digest@acme.test', MAIL_ALLOWED_FROM: '@acme.test' },
    environments: {
      'mail-dry-run': {},
      'mail-live': {
        approve: true,
        vars: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(relay.port), SMTP_SECURITY: 'starttls', SMTP_CA_FILE: 'mail/relay-ca.pem', SMTP_USERNAME: relay.username },
        secrets: { SMTP_PASSWORD: relay.password },
      },
    },
  })
}, 300_000)

afterAll(async () => {
  await harness?.close()
  await relay?.stop()
  await repo?.remove()
}, 300_000)


async function subjects(from: number): Promise<string[]> {
  const parsed = await Promise.all(relay.received.slice(from).map((mail) => simpleParser(mail.raw)))
  return parsed.map((mail) => `${(mail.to as { text: string }).text}: ${mail.subject}`).sort()
}

test('the schedule on two days: a reviewed dry run, then one live digest per active person per day, never twice on a day', async () => {
  const day1 = await harness.runWorkflow({ workflow: '.github/workflows/scheduled-send.yml', event: 'schedule', now: '2026-12-03T07:00:00Z' })
  expect(day1.errors).toEqual([])
  expect(jobResults(day1)).toEqual({ plan: 'success', 'validate-roster': 'success', 'dry-run': 'success', 'bounce-alert': 'skipped', 'live-send': 'success' })
  expect(day1.jobs['live-send']!.environment).toEqual({ name: 'mail-live', approval: 'approved' })
  expect(day1.conclusion).toBe('success')
  // The reviewers' .eml files were kept: the outbox is a hidden folder, uploaded with include-hidden-files.
  expect(day1.artifacts.map((artifact) => artifact.name).sort()).toEqual(['mail-ledger', 'mail-outbox'])
  expect(day1.artifacts.find((artifact) => artifact.name === 'mail-outbox')!.size).toBeGreaterThan(0)
  expect(await subjects(0)).toEqual(['ann@acme.test: acme/shipgate daily digest, 2026-12-03', 'bob@acme.test: acme/shipgate daily digest, 2026-12-03'])

  // The same day again: the dry run and the live send find the day's digest already sent.
  const again = await harness.runWorkflow({ workflow: '.github/workflows/scheduled-send.yml', event: 'schedule', now: '2026-12-03T09:30:00Z' })
  expect(jobResults(again)).toEqual({ plan: 'success', 'validate-roster': 'success', 'dry-run': 'success', 'bounce-alert': 'skipped', 'live-send': 'success' })
  expect(relay.received).toHaveLength(2)
  expect(again.jobs['dry-run']!.steps.find((step) => step.id === 'ledger')!.log).toContain(`mail-ledger of run ${day1.id}`)
  expect(again.jobs['live-send']!.steps.find((step) => step.id === 'send')!.outputs.status).toBe('duplicate')

  // "Re-run all jobs" of the first day's run, the same day: it starts from the state its own live
  // send kept, not from an earlier run's, so nobody gets the digest twice.
  const rerun = await harness.rerunWorkflow(day1, { now: '2026-12-03T10:00:00Z' })
  expect([rerun.id, rerun.attempt]).toEqual([day1.id, 2])
  expect(jobResults(rerun)).toEqual({ plan: 'success', 'validate-roster': 'success', 'dry-run': 'success', 'bounce-alert': 'skipped', 'live-send': 'success' })
  const rerunSteps = Object.fromEntries(rerun.jobs['dry-run']!.steps.map((step) => [step.id, step.outcome]))
  expect([rerunSteps['own-state'], rerunSteps.ledger]).toEqual(['success', 'skipped'])
  expect(rerun.jobs['live-send']!.steps.find((step) => step.id === 'send')!.outputs.status).toBe('duplicate')
  expect(relay.received).toHaveLength(2)

  const day2 = await harness.runWorkflow({ workflow: '.github/workflows/scheduled-send.yml', event: 'schedule', now: '2026-12-04T07:00:00Z' })
  expect(jobResults(day2)).toEqual({ plan: 'success', 'validate-roster': 'success', 'dry-run': 'success', 'bounce-alert': 'skipped', 'live-send': 'success' })
  expect(await subjects(2)).toEqual(['ann@acme.test: acme/shipgate daily digest, 2026-12-04', 'bob@acme.test: acme/shipgate daily digest, 2026-12-04'])
  expect(relay.received.every((mail) => mail.secure && mail.user === relay.username)).toBe(true)
  // The SMTP password never reached a log or a summary.
  for (const run of [day1, again, day2]) {
    for (const job of Object.values(run.jobs)) expect(JSON.stringify(job)).not.toContain(relay.password)
  }
}, 300_000)

test('a run started by hand is a dry run only, and a rejected live send sends nothing', async () => {
  const before = relay.received.length
  const manual = await harness.runWorkflow({ workflow: '.github/workflows/scheduled-send.yml', event: 'workflow_dispatch', now: '2026-12-05T07:00:00Z' })
  expect(jobResults(manual)).toEqual({ plan: 'success', 'validate-roster': 'success', 'dry-run': 'success', 'bounce-alert': 'skipped', 'live-send': 'skipped' })
  const rejected = await harness.runWorkflow({
    workflow: '.github/workflows/scheduled-send.yml',
    event: 'schedule',
    now: '2026-12-05T07:05:00Z',
    environments: { 'mail-live': { approve: false } },
  })
  expect(jobResults(rejected)).toMatchObject({ 'dry-run': 'success', 'bounce-alert': 'skipped', 'live-send': 'failure' })
  expect(rejected.jobs['live-send']!.environment).toEqual({ name: 'mail-live', approval: 'rejected' })
  expect(relay.received.length).toBe(before)
}, 300_000)

test('a digest left unconfirmed fails every run of that day until the resolve input settles it; resend sends it once more', async () => {
  const workflow = '.github/workflows/scheduled-send.yml'
  const before = relay.received.length
  relay.faults.push({ at: 'data', reply: 'drop' })
  const dropped = await harness.runWorkflow({ workflow, event: 'schedule', now: '2026-12-08T07:00:00Z' })
  expect(jobResults(dropped)).toMatchObject({ 'dry-run': 'success', 'bounce-alert': 'skipped', 'live-send': 'failure' })
  const sendLog = dropped.jobs['live-send']!.steps.find((step) => step.id === 'send')!.log
  const [, event, recipient] = /shipgate mail resolve (\S+) (\S+)/.exec(sendLog) ?? []
  expect(recipient).toMatch(/^(ann|bob)@acme\.test$/)
  // The relay took both bodies; the dropped connection left one answer unknown.
  expect(relay.received.length).toBe(before + 2)

  // Started by hand without resolving: the carried ledger names the message, so the run stops before the live send.
  const unresolved = await harness.runWorkflow({ workflow, event: 'workflow_dispatch', inputs: { live: true }, now: '2026-12-08T08:00:00Z' })
  expect(jobResults(unresolved)).toMatchObject({ 'dry-run': 'failure', 'live-send': 'skipped' })
  expect(relay.received.length).toBe(before + 2)

  // A malformed line is refused before anything is written.
  const malformed = await harness.runWorkflow({ workflow, event: 'workflow_dispatch', inputs: { live: true, resolve: `${event} ${recipient} maybe` }, now: '2026-12-08T08:30:00Z' })
  expect(jobResults(malformed)).toMatchObject({ 'dry-run': 'failure', 'live-send': 'skipped' })

  // The operator checked with the relay: not delivered. resend: the live send of this run sends it, once.
  const resolved = await harness.runWorkflow({ workflow, event: 'workflow_dispatch', inputs: { live: true, resolve: `${event} ${recipient} resend` }, now: '2026-12-08T09:00:00Z' })
  expect(jobResults(resolved)).toEqual({ plan: 'success', 'validate-roster': 'success', 'dry-run': 'success', 'bounce-alert': 'skipped', 'live-send': 'success' })
  expect(relay.received.length).toBe(before + 3)
  expect(await subjects(before + 2)).toEqual([`${recipient}: acme/shipgate daily digest, 2026-12-08`])

  // Settled: re-running that run (its resolve input again, on the state it kept) writes nothing, fails
  // nothing and sends nothing: the day's digest has reached everyone.
  const rerun = await harness.rerunWorkflow(resolved, { now: '2026-12-08T10:00:00Z' })
  expect(jobResults(rerun)).toEqual({ plan: 'success', 'validate-roster': 'success', 'dry-run': 'success', 'bounce-alert': 'skipped', 'live-send': 'success' })
  expect(rerun.jobs['live-send']!.steps.find((step) => step.id === 'send')!.outputs.status).toBe('duplicate')
  expect(relay.received.length).toBe(before + 3)
}, 300_000)

test('no roster configured: a notice says so and nothing runs after the plan', async () => {
  const run = await harness.runWorkflow({ workflow: '.github/workflows/scheduled-send.yml', event: 'schedule', vars: { MAIL_ROSTER: '' }, now: '2026-12-07T07:00:00Z' })
  expect(jobResults(run)).toEqual({ plan: 'success', 'validate-roster': 'skipped', 'dry-run': 'skipped', 'bounce-alert': 'skipped', 'live-send': 'skipped' })
  expect(run.conclusion).toBe('success')
  expect(run.jobs.plan!.annotations.map((annotation) => annotation.message)).toEqual([expect.stringContaining('No roster is configured')])
}, 300_000)

/** A mail-ledger artifact as upload-artifact stores it (a zip of .mail-ledger's files), added to a listed run. */
let scriptedRunId = 900_000
async function scriptedState(run: Partial<ScriptedWorkflowRun> & { createdAt: string }, files: Record<string, string>): Promise<number> {
  const folder = await temporaryFolder('shipgate-scripted-state-')
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text)
  await promisify(execFile)('zip', ['-q', '-X', 'state.zip', ...Object.keys(files)], { cwd: folder })
  const content = await readFile(join(folder, 'state.zip'))
  const id = ++scriptedRunId
  harness.artifactService.addRun({ id, headSha: repo.head, event: 'schedule', status: 'completed', conclusion: 'success', path: '.github/workflows/scheduled-send.yml', ...run })
  harness.artifactService.artifacts.push({ id: id + 1_000_000, runId: id, jobId: 'dry-run', name: 'mail-ledger', finalized: true, blocks: new Map(), content, size: content.length, createdAt: run.createdAt })
  return id
}

/** A state that would stop every digest if it were taken: both roster people retired in its send log. */
function poisonedFiles(repository: string): Record<string, string> {
  const retired = (address: string) =>
    JSON.stringify({
      time: '2026-12-09T05:00:00.000Z',
      event: 'bounce-scan:1',
      template: 'bounce-scan',
      recipient: address,
      status: 'retired',
      response: null,
      messageId: null,
      error: 'planted',
      attempts: 0,
      retirement: { reason: 'planted', scan: 'bounce-scan:1', noticeMessageIds: [] },
    })
  return {
    'state.json': JSON.stringify({ schema: 'shipgate.mail-state/v1', repository, workflow: '.github/workflows/scheduled-send.yml', runId: '1', writtenAt: '2026-12-09T05:00:00.000Z' }),
    'ledger.jsonl': '',
    'send-log.jsonl': `${retired('ann@acme.test')}\n${retired('bob@acme.test')}\n`,
  }
}

// Each poisoned run is newer than our own, and the lookup takes the newest it trusts: were any one of
// them trusted, its state (both people retired) would be taken and the day's digest would reach nobody.
test('a newer mail-ledger artifact from a pull request, another workflow, a fork, a fork\'s pull request or another branch is ignored: the day goes out from our own state', async () => {
  const before = relay.received.length
  const poisoned = [
    await scriptedState({ event: 'pull_request', createdAt: '2026-12-09T06:00:00Z' }, poisonedFiles('acme/shipgate')),
    await scriptedState({ path: '.github/workflows/other.yml', createdAt: '2026-12-09T06:10:00Z' }, poisonedFiles('acme/shipgate')),
    await scriptedState({ headRepository: 'mallory/shipgate', createdAt: '2026-12-09T06:20:00Z' }, poisonedFiles('acme/shipgate')),
    // A fork's pull request from its own main: the branch name alone would pass.
    await scriptedState({ event: 'pull_request', headRepository: 'mallory/shipgate', headBranch: 'main', createdAt: '2026-12-09T06:30:00Z' }, poisonedFiles('acme/shipgate')),
    // Started by hand on a branch, where anyone who can push may have changed the workflow.
    await scriptedState({ event: 'workflow_dispatch', headBranch: 'try-the-digest', createdAt: '2026-12-09T06:40:00Z' }, poisonedFiles('acme/shipgate')),
  ]
  const run = await harness.runWorkflow({ workflow: '.github/workflows/scheduled-send.yml', event: 'schedule', now: '2026-12-09T07:00:00Z' })
  expect(jobResults(run)).toMatchObject({ 'dry-run': 'success', 'bounce-alert': 'skipped', 'live-send': 'success' })
  const lookup = run.jobs['dry-run']!.steps.find((step) => step.id === 'ledger')!
  expect(poisoned.map(String)).not.toContain(lookup.outputs['run-id'])
  expect(lookup.log).toContain(`run ${poisoned[0]}: passed over (started by pull_request)`)
  expect(lookup.log).toContain(`run ${poisoned[2]}: passed over (code from mallory/shipgate)`)
  expect(lookup.log).toContain(`run ${poisoned[3]}: passed over (started by pull_request)`)
  expect(await subjects(before)).toEqual(['ann@acme.test: acme/shipgate daily digest, 2026-12-09', 'bob@acme.test: acme/shipgate daily digest, 2026-12-09'])
}, 300_000)

// Last: the trusted-looking run it adds is the newest for every run after it.
test('a trusted run whose state names another repository: refused with how to recover, and nothing is sent', async () => {
  const before = relay.received.length
  const foreign = await scriptedState({ createdAt: '2026-12-10T06:00:00Z' }, poisonedFiles('mallory/shipgate'))
  const run = await harness.runWorkflow({ workflow: '.github/workflows/scheduled-send.yml', event: 'schedule', now: '2026-12-10T07:00:00Z' })
  expect(run.jobs['dry-run']!.steps.find((step) => step.id === 'ledger')!.outputs['run-id']).toBe(String(foreign))
  expect(jobResults(run)).toMatchObject({ 'dry-run': 'failure', 'bounce-alert': 'skipped', 'live-send': 'skipped' })
  const verify = run.jobs['dry-run']!.steps.find((step) => step.id === 'verify')!
  expect(verify.outcome).toBe('failure')
  expect(verify.log).toContain("repository: is 'mallory/shipgate', expected 'acme/shipgate'")
  expect(verify.log).toContain('To recover')
  expect(run.jobs['dry-run']!.steps.find((step) => step.id === 'send')!.outcome).toBe('skipped')
  // The refused state is not kept again under this run's name.
  expect(run.artifacts.map((artifact) => artifact.name)).not.toContain('mail-ledger')
  expect(relay.received.length).toBe(before)
}, 300_000)
