// A bounce retires an address for good and tells ops once: a real roster send through the
// smtp-server, a bounce in a real Dovecot, bounce-scan (no roster to rewrite, as the scheduled
// workflow runs it) writing a `retired` line, the next roster send skipping that address, and the
// bounce-alert sent to ops once for the scan.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { bounceScanAction } from '../../src/actions/bounce-scan.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { sendLogLine } from '../../src/mail/send-log.js'
import type { ActionContext } from '../../src/platform/action.js'
import { systemClock } from '../../src/platform/clock.js'
import { actionsExec } from '../../src/platform/exec.js'
import { executeAction } from '../../src/platform/github-action.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { runEnvironmentFromEnv } from '../../src/platform/run-environment.js'
import { postfixReport } from '../helpers/bounce-samples.js'
import { DovecotServer } from '../helpers/dovecot-server.js'
import { FROM, mailWorkspace, RELEASE_SHA, REPOSITORY, runSendMail, type MailWorkspace } from '../helpers/mail-fixtures.js'
import { SmtpTestServer } from '../helpers/smtp-test-server.js'

let dovecot: DovecotServer
let smtp: SmtpTestServer
let workspace: MailWorkspace

beforeAll(async () => {
  ;[dovecot, smtp] = await Promise.all([DovecotServer.start(), SmtpTestServer.start()])
}, 30_000)
afterAll(async () => {
  await Promise.all([dovecot?.stop(), smtp?.stop()])
})
beforeEach(async () => {
  workspace = await mailWorkspace()
})
afterEach(async () => {
  await workspace.cleanup()
})

test('a hard bounce: a retired line, the next roster send skips the address with the reason, and ops get one alert for the scan', async () => {
  const roster = await workspace.file('roster.csv', 'email,name,status\nann@partner.test,Ann,active\nbob@partner.test,Bob,active\n')
  const rosterText = await readFile(roster, 'utf8')
  const sendLog = join(workspace.artifactsDir, 'state', 'send-log.jsonl')
  const ledger = join(workspace.artifactsDir, 'state', 'ledger.jsonl')
  const common = { ...smtp.inputs(), from: FROM, 'allowed-from': '@acme.test', ledger, 'send-log': sendLog, 'artifacts-dir': workspace.artifactsDir, sha: RELEASE_SHA, 'dry-run': 'false' }
  const day1 = await runSendMail({ ...common, roster, 'event-key': 'daily:2026-12-03' })
  expect(day1.run!.outputs.status).toBe('sent')
  const annMail = smtp.received.find((mail) => mail.to[0] === 'ann@partner.test')!
  await dovecot.append(postfixReport({ recipient: 'ann@partner.test', returned: { raw: annMail.raw.toString('utf8') } }).raw)

  const logger = new RecordingLogger()
  const context: ActionContext = {
    environment: runEnvironmentFromEnv({ GITHUB_REPOSITORY: REPOSITORY, GITHUB_SHA: RELEASE_SHA, GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '1' }, 'github'),
    logger,
    exec: actionsExec,
    clock: systemClock,
    openStore: (dir) => new LocalEvidenceStore(dir),
  }
  const scan = await executeAction(bounceScanAction, (name) => ({ ...dovecot.inputs('starttls'), 'send-log': sendLog })[name], context)
  expect(scan.outputs.alert).toBe('true')
  expect(scan.outputs['event-key']).toBe('bounce-scan:77.1')
  expect(JSON.parse(scan.outputs.retired!)).toEqual([{ address: 'ann@partner.test', reason: expect.stringMatching(/^bounced \d{4}-\d\d-\d\d \(hard, 5\.1\.1/), date: expect.any(String) }])
  // Every line of the send log parses, and the retirement is its own record; the roster file is untouched.
  const lines = (await readFile(sendLog, 'utf8')).trim().split('\n').map((line) => sendLogLine.parse(JSON.parse(line)))
  expect(lines.filter((line) => line.status === 'retired')).toEqual([expect.objectContaining({ recipient: 'ann@partner.test', retirement: expect.objectContaining({ scan: 'bounce-scan:77.1' }) })])
  expect(await readFile(roster, 'utf8')).toBe(rosterText)

  // The next day's roster send: Bob only; Ann reported as skipped with the reason.
  const before = smtp.received.length
  const day2 = await runSendMail({ ...common, roster, 'event-key': 'daily:2026-12-04' })
  expect(day2.run!.outputs.status).toBe('sent')
  expect(smtp.received.slice(before).map((mail) => mail.to[0])).toEqual(['bob@partner.test'])
  expect(JSON.parse(day2.run!.outputs.counts!)).toMatchObject({ sent: 1, skipped: 1 })
  expect(day2.logger.text()).toMatch(/ann@partner\.test: skipped, retired by bounce-scan \(bounced .*\); set it inactive in /)

  // The alert, with what the scan gave it; a second send for the same scan sends nothing.
  const alertInputs = { ...common, to: 'ops@acme.test', template: 'bounce-alert', variables: scan.outputs['alert-variables']!, 'event-key': scan.outputs['event-key']! }
  const alert = await runSendMail(alertInputs)
  expect(alert.error).toBeUndefined()
  expect(alert.run!.outputs.status).toBe('sent')
  const parsed = await smtp.parsed(smtp.received.length - 1)
  expect(parsed.subject).toBe(`[${REPOSITORY}] bounce-scan 77.1: addresses to review`)
  expect(parsed.text).toMatch(/- ann@partner\.test: bounced .* \(\d{4}-\d\d-\d\d\)\n {2}shipgate mail roster set-status ann@partner\.test inactive/)
  const again = await runSendMail(alertInputs)
  expect(again.run!.outputs.status).toBe('duplicate')
  expect(smtp.received.filter((mail) => mail.to[0] === 'ops@acme.test')).toHaveLength(1)
}, 60_000)
