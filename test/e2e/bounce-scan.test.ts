// The bounce-scan bundle (dist/bounce-scan/index.js) run exactly as the runner runs it, against a
// real Dovecot: outputs, the job summary, the roster and send log it changes, and a failed login.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { postfixReport } from '../helpers/bounce-samples.js'
import { DovecotServer } from '../helpers/dovecot-server.js'
import { mailWorkspace, type MailWorkspace } from '../helpers/mail-fixtures.js'
import { runBundle } from '../helpers/run-bundle.js'

let dovecot: DovecotServer
let workspace: MailWorkspace

beforeAll(async () => {
  dovecot = await DovecotServer.start()
}, 30_000)
afterAll(async () => {
  await dovecot?.stop()
})
beforeEach(async () => {
  await dovecot.clear()
  workspace = await mailWorkspace()
})
afterEach(async () => {
  await workspace.cleanup()
})

const SENT_ID = '<5d41402abc4b2a76b9719d911017c592.shipgate@acme.test>'

async function sentToAnn(): Promise<{ roster: string; sendLog: string }> {
  const roster = await workspace.file('roster.csv', 'email,name,status\nann@partner.test,Ann,active\nbob@partner.test,Bob,active\n')
  const sendLog = join(workspace.artifactsDir, 'notifications', 'send-log.jsonl')
  const line = (recipient: string, messageId: string) =>
    JSON.stringify({ time: '2025-01-02T06:00:00.000Z', event: `daily-digest-${recipient}`, template: 'daily-digest', recipient, status: 'sent', response: '250 2.0.0 Ok: queued', messageId, error: null, attempts: 1 })
  await import('node:fs/promises').then((fs) => fs.mkdir(join(workspace.artifactsDir, 'notifications'), { recursive: true }))
  await writeFile(sendLog, `${line('ann@partner.test', SENT_ID)}\n${line('bob@partner.test', '<other.shipgate@acme.test>')}\n`)
  return { roster, sendLog }
}

/** The runner's own add-mask command names the secret by design; nothing else may. */
function withoutMaskCommands(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}

describe('dist/bounce-scan', () => {
  test('retires the bounced address, writes the outputs and the summary table', async () => {
    const { roster, sendLog } = await sentToAnn()
    const original = `From: releases@acme.test\r\nTo: ann@partner.test\r\nSubject: Daily digest\r\nMessage-ID: ${SENT_ID}\r\n\r\nhello\r\n`
    await dovecot.append(postfixReport({ recipient: 'ann@partner.test', returned: { raw: original } }).raw)
    const run = await runBundle('bounce-scan', {
      inputs: { ...dovecot.inputs('tls'), roster, 'send-log': sendLog, 'artifacts-dir': workspace.artifactsDir },
      env: { GITHUB_REPOSITORY: 'acme/shop', GITHUB_ACTIONS: 'true' },
      cwd: workspace.root,
    })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.scanned).toBe('1')
    expect(JSON.parse(run.outputs['participants-updated']!)).toEqual([expect.objectContaining({ email: 'ann@partner.test', name: 'Ann', status: 'inactive' })])
    expect(JSON.parse(run.outputs.unmatched!)).toEqual([])
    expect(run.summary).toContain('| ann@partner.test | hard | 5.1.1 | message-id | set inactive |')
    expect(await readFile(roster, 'utf8')).toMatch(/^email,name,status,note\nann@partner\.test,Ann,inactive,"bounced .*"\nbob@partner\.test,Bob,active,\n$/)
    // The bounce, answering the send, then the retirement that every later roster send heeds.
    const [bounced, retired] = (await readFile(sendLog, 'utf8')).trim().split('\n').slice(-2).map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(bounced).toMatchObject({ status: 'bounced', messageId: SENT_ID })
    expect(retired).toMatchObject({ status: 'retired', recipient: 'ann@partner.test', retirement: { scan: expect.stringMatching(/^bounce-scan:/) } })
    expect(run.stdout).toContain(`::add-mask::${dovecot.password}`)
    expect(`${withoutMaskCommands(run.stdout)}${JSON.stringify(run.outputs)}${run.summary}`).not.toContain(dovecot.password)
  }, 60_000)

  test('SHIPGATE_LOG_FORMAT=json: one bounce_retired event per address retired, and every other line JSON or a workflow command', async () => {
    const { roster, sendLog } = await sentToAnn()
    const original = `From: releases@acme.test\r\nTo: ann@partner.test\r\nSubject: Daily digest\r\nMessage-ID: ${SENT_ID}\r\n\r\nhello\r\n`
    await dovecot.append(postfixReport({ recipient: 'ann@partner.test', returned: { raw: original } }).raw)
    const run = await runBundle('bounce-scan', {
      inputs: { ...dovecot.inputs('tls'), roster, 'send-log': sendLog, 'artifacts-dir': workspace.artifactsDir },
      env: { GITHUB_REPOSITORY: 'acme/shop', GITHUB_ACTIONS: 'true', SHIPGATE_LOG_FORMAT: 'json' },
      cwd: workspace.root,
    })
    expect(run.exitCode).toBe(0)
    const lines = run.stdout
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('::'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines.filter((line) => line.event === 'bounce_retired')).toEqual([
      expect.objectContaining({ status: 'retired', address: 'ann@partner.test', reason: expect.stringContaining('5.1.1'), scan_id: expect.any(String), time: expect.any(String) }),
    ])
    expect(withoutMaskCommands(run.stdout)).not.toContain(dovecot.password)
  }, 60_000)

  test('a wrong password fails the step with a clear annotation and changes nothing', async () => {
    const { roster, sendLog } = await sentToAnn()
    const rosterBefore = await readFile(roster, 'utf8')
    const wrong = 'wrong-Imap-pa55'
    const run = await runBundle('bounce-scan', {
      inputs: { ...dovecot.inputs('starttls'), 'imap-password': wrong, roster, 'send-log': sendLog },
      env: { GITHUB_REPOSITORY: 'acme/shop', GITHUB_ACTIONS: 'true' },
      cwd: workspace.root,
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::bounce-scan: IMAP login to 127\.0\.0\.1:\d+ \(starttls\) as 'bounces@acme\.test' failed .*check imap-username and imap-password/)
    expect(run.stdout).toContain(`::add-mask::${wrong}`)
    expect(withoutMaskCommands(run.stdout)).not.toContain(wrong)
    expect(await readFile(roster, 'utf8')).toBe(rosterBefore)
    expect(run.outputs).toEqual({})
  }, 60_000)
})
