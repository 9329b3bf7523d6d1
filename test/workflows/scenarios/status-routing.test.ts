// The status runbook, rule by rule, through the workflows: success -> owners "completed" once per SHA;
// failure (push or replay) -> owners "failed" and an ops alert; partial_success -> ops only, no
// "delivery ready"; ops alerts without an owner list; each (SHA, status, audience) its own event;
// each secret read only in the job of the environment that holds it. What counts is what the SMTP
// relay received. Most rules drive shipgate-notify.yml through a small caller workflow (one commit
// each, so every rule has its SHA); the push and replay rules run the pipelines themselves.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { startDropboxWireServer, type DropboxWireServer } from '../../helpers/dropbox-wire-server.js'
import type { WorkflowRunRecord } from '../harness/index.js'
import { failures, jobResults, REPLAY, startPipelineWorld, type PipelineWorld } from './pipeline-helpers.js'

const CALLER = '.github/workflows/notify-routing.yml'
// The release status comes from a variable, so that a re-run can decide differently.
const callerWorkflow = `name: notify routing
on: workflow_dispatch
permissions:
  contents: read
jobs:
  notify:
    permissions:
      contents: read
    uses: ./.github/workflows/shipgate-notify.yml
    with:
      sha: \${{ github.sha }}
      status: \${{ vars.ROUTING_STATUS }}
      shipgate-ref: \${{ github.sha }}
      deliver-files: \${{ vars.SHIPGATE_DELIVER_FILES }}
      deliver-project: \${{ vars.SHIPGATE_DELIVER_PROJECT }}
      deliver-destination: \${{ vars.SHIPGATE_DELIVER_DESTINATION }}
      dropbox-api-url: \${{ vars.ROUTING_DROPBOX_API_URL }}
      mail-to: \${{ vars.SHIPGATE_MAIL_TO }}
      mail-ops: \${{ vars.SHIPGATE_MAIL_OPS }}
      mail-from: \${{ vars.SHIPGATE_MAIL_FROM }}
`

let world: PipelineWorld
let dropbox: DropboxWireServer | undefined

beforeAll(async () => {
  world = await startPipelineWorld({ files: { [CALLER]: callerWorkflow } })
}, 300_000)
afterAll(async () => {
  await dropbox?.stop()
  await world?.close()
})

const short = (sha: string) => sha.slice(0, 7)
const completed = (sha: string) => `owners@acme.test: [acme/shipgate] release ${short(sha)} completed`
const failed = (sha: string) => `owners@acme.test: [acme/shipgate] release ${short(sha)} failed`
const opsAlert = (sha: string, status: string) => `ops@acme.test: [acme/shipgate] ops alert: release ${short(sha)} ${status}`
const deliveryReady = (version: number) => `owners@acme.test: shipgate: version ${version} is ready`

/** A new commit, then the caller workflow on it with the given status (and variables). */
async function notify(status: string, vars: Record<string, string> = {}, options: { environments?: Parameters<PipelineWorld['harness']['runWorkflow']>[0]['environments'] } = {}): Promise<WorkflowRunRecord> {
  const sha = await world.repo.commit({}, `routing: ${status}`)
  return world.harness.runWorkflow({ workflow: CALLER, event: 'workflow_dispatch', sha, vars: { ROUTING_STATUS: status, ...vars }, ...options })
}

test('success: the owners get "completed" and "delivery ready", and a re-run of the run sends nothing more', async () => {
  const before = world.relay.received.length
  const run = await notify('success')
  expect(failures(run)).toEqual([])
  expect(jobResults(run)).toMatchObject({ 'notify/deliver': 'success', 'notify/send-mail': 'success' })
  const mail = await world.mail(before)
  expect(mail).toEqual([completed(run.sha), expect.stringMatching(/^owners@acme\.test: shipgate: version \d+ is ready$/)])

  const rerun = await world.harness.rerunWorkflow(run)
  expect(failures(rerun)).toEqual([])
  expect(rerun.jobs['notify/send-mail']!.result).toBe('success')
  expect(await world.mail(before)).toEqual(mail)
}, 300_000)

test('partial_success: ops alone get an alert; no owner mail, no "delivery ready" (the files are still delivered)', async () => {
  const before = world.relay.received.length
  const run = await notify('partial_success')
  expect(failures(run)).toEqual([])
  expect(jobResults(run)).toMatchObject({ 'notify/deliver': 'success', 'notify/send-mail': 'success' })
  expect(await world.mail(before)).toEqual([opsAlert(run.sha, 'partial_success')])
}, 300_000)

test('no owner list: a failure still alerts ops', async () => {
  const before = world.relay.received.length
  const run = await notify('failure', { SHIPGATE_MAIL_TO: '' })
  expect(failures(run)).toEqual([])
  expect(run.jobs['notify/send-mail']!.result).toBe('success')
  expect(await world.mail(before)).toEqual([opsAlert(run.sha, 'failure')])
}, 300_000)

test('partial_success, then a re-run that fails, for one SHA: two ops alerts, and the owners hear of the failure', async () => {
  const before = world.relay.received.length
  const partial = await notify('partial_success')
  expect(failures(partial)).toEqual([])
  expect(await world.mail(before)).toEqual([opsAlert(partial.sha, 'partial_success')])

  // The re-run restores the first attempt's notification records: only a new event may go out.
  const failure = await world.harness.rerunWorkflow(partial, { vars: { ROUTING_STATUS: 'failure' } })
  expect(failures(failure)).toEqual([])
  expect(failure.jobs['notify/send-mail']!.steps.find((step) => step.name === 'Restore the notification records')!.outcome).toBe('success')
  expect(await world.mail(before)).toEqual([opsAlert(partial.sha, 'failure'), opsAlert(partial.sha, 'partial_success'), failed(partial.sha)])
}, 300_000)

test('each secret is read in its own environment: Dropbox credentials in the deliver job (delivery), the SMTP password in the mail job (mail)', async () => {
  const app = { key: 'routing-app-key', secret: 'routing-app-secret', refreshToken: 'routing-refresh-token' }
  dropbox = await startDropboxWireServer({ app })
  const before = world.relay.received.length
  // The harness gives an environment's secrets only to jobs that name it; the repository has none.
  const run = await notify(
    'success',
    { SHIPGATE_DELIVER_DESTINATION: 'dropbox:/Routing', ROUTING_DROPBOX_API_URL: dropbox.url },
    { environments: { delivery: { vars: { DROPBOX_APP_KEY: app.key }, secrets: { DROPBOX_REFRESH_TOKEN: app.refreshToken, DROPBOX_APP_SECRET: app.secret } } } },
  )
  expect(failures(run)).toEqual([])
  expect(jobResults(run)).toMatchObject({ 'notify/deliver': 'success', 'notify/send-mail': 'success' })
  expect(run.jobs['notify/deliver']!.environment?.name).toBe('delivery')
  expect(run.jobs['notify/send-mail']!.environment?.name).toBe('mail')
  expect(dropbox.tokenRequests.length).toBeGreaterThan(0)
  expect([...dropbox.entries.keys()].some((path) => /\/routing\/.*readme\.md$/i.test(path))).toBe(true)
  expect(await world.mail(before)).toEqual([completed(run.sha), deliveryReady(1)])
}, 300_000)

test('failure on push: the owners get "failed" and ops an alert', async () => {
  const before = world.relay.received.length
  // Evidence older than a second is stale by the time the decision reads it: NO.
  const run = await world.push({ 'docs/routing.md': 'failure on push\n' }, 'routing: push failure', { vars: { SHIPGATE_MAX_EVIDENCE_AGE: '1s' } })
  expect(run.jobs['release/decide']!.outputs).toEqual({ decision: 'NO', status: 'failure' })
  expect(run.jobs['notify/send-mail']!.result).toBe('success')
  expect(await world.mail(before)).toEqual([opsAlert(run.sha, 'failure'), failed(run.sha)])
}, 600_000)

test('failure on a replay: the owners get "failed" and ops an alert, as for a push', async () => {
  const push = await world.push({ 'docs/routing.md': 'replayed later\n' }, 'routing: a release to replay')
  expect(push.jobs['release/decide']!.outputs).toEqual({ decision: 'YES', status: 'success' })
  const before = world.relay.received.length
  const replay = await world.harness.runWorkflow({ workflow: REPLAY, event: 'workflow_dispatch', inputs: { release_package_sha: push.sha }, vars: { SHIPGATE_MAX_EVIDENCE_AGE: '1s' } })
  expect(replay.jobs['release/fetch']!.result).toBe('success')
  expect(replay.jobs['release/decide']!.outputs).toEqual({ decision: 'NO', status: 'failure' })
  expect(jobResults(replay)).toMatchObject({ notify: 'success', 'notify/send-mail': 'success', outcome: 'failure' })
  expect(await world.mail(before)).toEqual([opsAlert(push.sha, 'failure'), failed(push.sha)])
}, 900_000)
