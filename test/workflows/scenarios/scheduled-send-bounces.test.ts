// scheduled-send.yml with bounce-scan on, run with GitHub's semantics: a digest to Ann bounces (a
// real Dovecot mailbox), the next day's dry run retires her in the carried send log, ops get one
// bounce-alert from the mail-ops environment, the live digest skips her while the repository roster
// still says active, and the reinstate input gives her back. The relay is a real smtp-server.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { simpleParser } from 'mailparser'
import { postfixReport } from '../../helpers/bounce-samples.js'
import { DovecotServer } from '../../helpers/dovecot-server.js'
import { SmtpTestServer } from '../../helpers/smtp-test-server.js'
import { startWorkflowHarness, type WorkflowHarness } from '../harness/index.js'
import { jobResults } from './pipeline-helpers.js'
import { shipgateRepository, type ScenarioRepository } from './shipgate-fixture.js'

const WORKFLOW = '.github/workflows/scheduled-send.yml'
const ROSTER = ['email,name,status', 'ann@acme.test,Ann,active', 'bob@acme.test,Bob,active', ''].join('\n')

let repo: ScenarioRepository
let relay: SmtpTestServer
let dovecot: DovecotServer
let harness: WorkflowHarness

beforeAll(async () => {
  ;[relay, dovecot] = await Promise.all([SmtpTestServer.start(), DovecotServer.start()])
  repo = await shipgateRepository({ 'mail/roster.csv': ROSTER, 'mail/relay-ca.pem': relay.certificate.cert, 'mail/imap-ca.pem': dovecot.certificate.cert })
  const smtp = {
    vars: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(relay.port), SMTP_SECURITY: 'starttls', SMTP_CA_FILE: 'mail/relay-ca.pem', SMTP_USERNAME: relay.username },
    secrets: { SMTP_PASSWORD: relay.password },
  }
  harness = await startWorkflowHarness({
    repositories: { 'acme/shipgate': repo.folder },
    node: process.env.SHIPGATE_NODE24 || undefined,
    vars: {
      MAIL_ROSTER: 'mail/roster.csv',
      MAIL_FROM: 'digest@acme.test',
      MAIL_ALLOWED_FROM: '@acme.test',
      MAIL_OPS: 'ops@acme.test',
      BOUNCE_IMAP_HOST: '127.0.0.1',
      BOUNCE_IMAP_PORT: String(dovecot.imapsPort),
      BOUNCE_IMAP_USERNAME: dovecot.username,
      BOUNCE_IMAP_CA_FILE: 'mail/imap-ca.pem',
    },
    environments: {
      'mail-dry-run': { secrets: { BOUNCE_IMAP_PASSWORD: dovecot.password } },
      'mail-ops': smtp,
      'mail-live': { approve: true, ...smtp },
    },
  })
}, 300_000)

afterAll(async () => {
  await harness?.close()
  await Promise.all([relay?.stop(), dovecot?.stop()])
  await repo?.remove()
}, 300_000)

async function received(from: number): Promise<Array<{ to: string; subject: string; text: string }>> {
  const parsed = await Promise.all(relay.received.slice(from).map((mail) => simpleParser(mail.raw)))
  return parsed.map((mail) => ({ to: (mail.to as { text: string }).text, subject: mail.subject ?? '', text: mail.text ?? '' })).sort((a, b) => a.to.localeCompare(b.to))
}

test('a bounce retires the address in the carried state, ops get one alert, the digest skips it until it is reinstated', async () => {
  const day1 = await harness.runWorkflow({ workflow: WORKFLOW, event: 'schedule', now: '2026-12-03T07:00:00Z' })
  expect(jobResults(day1)).toEqual({ plan: 'success', 'validate-roster': 'success', 'dry-run': 'success', 'bounce-alert': 'skipped', 'live-send': 'success' })
  expect((await received(0)).map((mail) => mail.to)).toEqual(['ann@acme.test', 'bob@acme.test'])

  // Ann's mailbox is gone: her digest comes back as a bounce notice in the bounce mailbox.
  const annDigest = relay.received.find((mail) => mail.to[0] === 'ann@acme.test')!
  await dovecot.append(postfixReport({ recipient: 'ann@acme.test', returned: { raw: annDigest.raw.toString('utf8') } }).raw)

  const day2 = await harness.runWorkflow({ workflow: WORKFLOW, event: 'schedule', now: '2026-12-04T07:00:00Z' })
  expect(jobResults(day2)).toEqual({ plan: 'success', 'validate-roster': 'success', 'dry-run': 'success', 'bounce-alert': 'success', 'live-send': 'success' })
  expect(day2.jobs['bounce-alert']!.environment).toMatchObject({ name: 'mail-ops' })
  const day2Mail = await received(2)
  expect(day2Mail.map((mail) => `${mail.to}: ${mail.subject}`)).toEqual([
    'bob@acme.test: acme/shipgate daily digest, 2026-12-04',
    expect.stringMatching(/^ops@acme\.test: \[acme\/shipgate\] bounce-scan \S+: addresses to review$/),
  ])
  const alert = day2Mail.find((mail) => mail.to === 'ops@acme.test')!
  expect(alert.text).toContain('ann@acme.test')
  expect(alert.text).toContain('shipgate mail roster set-status ann@acme.test inactive')
  expect(day2.jobs['live-send']!.steps.find((step) => step.id === 'send')!.log).toContain('ann@acme.test: skipped, retired by bounce-scan')

  // The same day again: the notice was handled, so no second alert and no second digest.
  const again = await harness.runWorkflow({ workflow: WORKFLOW, event: 'schedule', now: '2026-12-04T09:00:00Z' })
  expect(jobResults(again)).toMatchObject({ 'dry-run': 'success', 'bounce-alert': 'skipped', 'live-send': 'success' })
  expect(relay.received).toHaveLength(4)

  // Ann's mailbox works again: a run by hand with reinstate gives her back to the digest.
  const reinstated = await harness.runWorkflow({ workflow: WORKFLOW, event: 'workflow_dispatch', inputs: { live: true, reinstate: 'ann@acme.test' }, now: '2026-12-05T07:00:00Z' })
  expect(jobResults(reinstated)).toMatchObject({ 'dry-run': 'success', 'bounce-alert': 'skipped', 'live-send': 'success' })
  expect((await received(4)).map((mail) => `${mail.to}: ${mail.subject}`)).toEqual([
    'ann@acme.test: acme/shipgate daily digest, 2026-12-05',
    'bob@acme.test: acme/shipgate daily digest, 2026-12-05',
  ])
  for (const run of [day1, day2, again, reinstated]) {
    for (const job of Object.values(run.jobs)) {
      expect(JSON.stringify(job)).not.toContain(relay.password)
      expect(JSON.stringify(job)).not.toContain(dovecot.password)
    }
  }
}, 600_000)

test('bounces that match no send: ops get one alert for the scan listing each of them, nobody is retired, and the next scan does not alert again', async () => {
  const before = relay.received.length
  // Two notices for addresses this repository never wrote to (no returned message, no send-log line).
  await dovecot.append(postfixReport({ recipient: 'zed@partner.test' }).raw)
  await dovecot.append(postfixReport({ recipient: 'yan@partner.test', status: '5.2.1', diagnostic: '550 5.2.1 Mailbox disabled' }).raw)

  const run = await harness.runWorkflow({ workflow: WORKFLOW, event: 'schedule', now: '2026-12-07T07:00:00Z' })
  expect(jobResults(run)).toEqual({ plan: 'success', 'validate-roster': 'success', 'dry-run': 'success', 'bounce-alert': 'success', 'live-send': 'success' })
  expect(run.jobs['dry-run']!.steps.find((step) => step.id === 'bounces')!.outputs.alert).toBe('true')
  const mail = await received(before)
  expect(mail.map((message) => `${message.to}: ${message.subject}`)).toEqual([
    'ann@acme.test: acme/shipgate daily digest, 2026-12-07',
    'bob@acme.test: acme/shipgate daily digest, 2026-12-07',
    expect.stringMatching(/^ops@acme\.test: \[acme\/shipgate\] bounce-scan \S+: addresses to review$/),
  ])
  const alert = mail.find((message) => message.to === 'ops@acme.test')!
  expect(alert.text).toContain('Unmatched (no send in the send log answers them')
  expect(alert.text).toContain('zed@partner.test')
  expect(alert.text).toContain('yan@partner.test')
  expect(alert.text).not.toContain('Retired (no roster send')

  // The notices are handled: the next scan finds nothing new, so no second alert.
  const again = await harness.runWorkflow({ workflow: WORKFLOW, event: 'schedule', now: '2026-12-07T09:00:00Z' })
  expect(jobResults(again)).toMatchObject({ 'dry-run': 'success', 'bounce-alert': 'skipped', 'live-send': 'success' })
  expect(relay.received.length).toBe(before + 3)
}, 600_000)
