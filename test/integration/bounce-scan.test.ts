// bounce-scan against a real Dovecot on 127.0.0.1: a real roster send through the smtp-server
// first, then bounce notices in the shapes real servers send, put in the mailbox by IMAP APPEND.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { bounceScanAction } from '../../src/actions/bounce-scan.js'
import { mailCommand } from '../../src/cli/commands/mail.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import type { ActionContext } from '../../src/platform/action.js'
import { systemClock } from '../../src/platform/clock.js'
import { actionsExec } from '../../src/platform/exec.js'
import { executeAction, type ActionRun } from '../../src/platform/github-action.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { runEnvironmentFromEnv } from '../../src/platform/run-environment.js'
import { autoReply, exchangeReport, gmailReport, postfixReport, qmailReport } from '../helpers/bounce-samples.js'
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
  smtp.received.length = 0
  await dovecot.clear()
  workspace = await mailWorkspace()
})
afterEach(async () => {
  await workspace.cleanup()
})

const ROSTER = [
  'email,name,status,team',
  'ann@partner.test,Ann,active,Blue',
  'old.user@partner.test,"Old, User",active,Red',
  'nobody.here@gmail.test,Nobody,active,Blue',
  'slow@partner.test,Slow,active,Green',
  'q@qmail.test,Q,active,Green',
  'dave@partner.test,Dave,active,Red',
  '',
].join('\n')

interface Sent {
  roster: string
  sendLog: string
  /** The raw message each roster person got, as the SMTP server received it. */
  rawFor(address: string): string
  messageIdFor(address: string): string
}

/** A live roster send through the real smtp-server: the send log bounce-scan will read. */
async function rosterSend(): Promise<Sent> {
  const roster = await workspace.file('roster.csv', ROSTER)
  const { run, error } = await runSendMail({
    ...smtp.inputs(),
    from: FROM,
    'allowed-from': '@acme.test',
    roster,
    'event-key': 'digest-2025-01-02',
    variables: JSON.stringify({ items: ['v2 shipped'] }),
    'dry-run': 'false',
    'artifacts-dir': workspace.artifactsDir,
    sha: RELEASE_SHA,
  })
  if (error) throw error
  expect(run!.outputs.status).toBe('sent')
  const raws = new Map(smtp.received.map((mail) => [mail.to[0]!, mail.raw.toString('utf8')]))
  const sendLog = join(workspace.artifactsDir, 'notifications', 'send-log.jsonl')
  const entries = (await readFile(sendLog, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { recipient: string; messageId: string })
  return {
    roster,
    sendLog,
    rawFor: (address) => raws.get(address) ?? fail(`nothing was sent to ${address}`),
    messageIdFor: (address) => entries.find((entry) => entry.recipient === address)?.messageId ?? fail(`no send-log line for ${address}`),
  }
}

function fail(message: string): never {
  throw new Error(message)
}

interface ScanRun {
  run?: ActionRun
  error?: Error
  logger: RecordingLogger
}

async function scan(inputs: Record<string, string>): Promise<ScanRun> {
  const logger = new RecordingLogger()
  const context: ActionContext = {
    environment: runEnvironmentFromEnv({ GITHUB_REPOSITORY: REPOSITORY, GITHUB_SHA: RELEASE_SHA, GITHUB_RUN_ID: '43' }, 'github'),
    logger,
    exec: actionsExec,
    clock: systemClock,
    openStore: (dir) => new LocalEvidenceStore(dir),
  }
  try {
    return { run: await executeAction(bounceScanAction, (name) => inputs[name], context), logger }
  } catch (error) {
    return { error: error as Error, logger }
  }
}

function scanInputs(sent: Sent, extra: Record<string, string> = {}): Record<string, string> {
  return { ...dovecot.inputs('starttls'), roster: sent.roster, 'send-log': sent.sendLog, 'artifacts-dir': workspace.artifactsDir, ...extra }
}

async function snapshot(sent: Sent): Promise<{ roster: string; sendLog: string; processed: string; files: string[] }> {
  return {
    roster: await readFile(sent.roster, 'utf8'),
    sendLog: await readFile(sent.sendLog, 'utf8'),
    processed: await readFile(join(workspace.artifactsDir, 'notifications', 'bounces-processed.jsonl'), 'utf8').catch(() => ''),
    files: (await readdir(workspace.root)).sort(),
  }
}

async function bouncedLines(sent: Sent): Promise<Array<{ recipient: string; status: string; messageId: string; bounce: Record<string, unknown> }>> {
  return (await readFile(sent.sendLog, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { recipient: string; status: string; messageId: string; bounce: Record<string, unknown> })
    .filter((line) => line.status === 'bounced')
}

/** The six shapes of the issue plus qmail: what lands in the bounce mailbox after the send. */
async function deliverNotices(sent: Sent): Promise<Record<string, string>> {
  const returned = (address: string) => ({ raw: sent.rawFor(address) })
  const notices = {
    postfix: postfixReport({ recipient: 'ann@partner.test', returned: returned('ann@partner.test') }),
    exchange: exchangeReport({ recipient: 'old.user@partner.test', returned: returned('old.user@partner.test') }),
    gmail: gmailReport({ recipient: 'nobody.here@gmail.test', returned: returned('nobody.here@gmail.test') }),
    soft: postfixReport({ recipient: 'slow@partner.test', action: 'delayed', status: '4.4.1', diagnostic: '451 4.4.1 connect to mx.partner.test: Connection timed out', returned: returned('slow@partner.test'), headersOnly: true }),
    autoReply: autoReply({ from: 'dave@partner.test', inReplyTo: sent.messageIdFor('dave@partner.test') }),
    stranger: postfixReport({ recipient: 'stranger@nowhere.test', returned: { raw: 'From: someone@elsewhere.test\r\nTo: stranger@nowhere.test\r\nMessage-ID: <not-ours@elsewhere.test>\r\nSubject: hi\r\n\r\nhi\r\n' } }),
    // No copy of the message: only the recipient can tell which send it was.
    qmail: qmailReport({ recipient: 'q@qmail.test' }),
  }
  for (const notice of Object.values(notices)) await dovecot.append(notice.raw)
  return Object.fromEntries(Object.entries(notices).map(([name, notice]) => [name, notice.id]))
}

describe('bounce-scan against a real IMAP server', () => {
  test('each notice ends with the right roster and send-log changes; a second scan changes nothing', async () => {
    const sent = await rosterSend()
    const ids = await deliverNotices(sent)
    const { run, error, logger } = await scan(scanInputs(sent, { 'soft-bounce-limit': '2' }))
    expect(error).toBeUndefined()
    const outputs = run!.outputs

    expect(outputs.scanned).toBe('7')
    const updated = JSON.parse(outputs['participants-updated']!) as Array<{ email: string; name: string; status: string; note: string }>
    expect(updated.map((person) => person.email).sort()).toEqual(['ann@partner.test', 'nobody.here@gmail.test', 'old.user@partner.test', 'q@qmail.test'])
    expect(updated.find((person) => person.email === 'old.user@partner.test')).toMatchObject({ name: 'Old, User', status: 'inactive', note: expect.stringMatching(/^bounced \d{4}-\d\d-\d\d \(hard, 5\.1\.10: 550 5\.1\.10 RESOLVER/) })
    expect(JSON.parse(outputs.unmatched!)).toEqual([
      expect.objectContaining({ address: 'stranger@nowhere.test', type: 'hard', status: '5.1.1', noticeMessageId: ids.stranger, reason: expect.stringContaining('<not-ours@elsewhere.test> is not in the send log') }),
    ])

    // The roster: four retired with a note, the soft bounce and the auto-reply's sender still active.
    const roster = await readFile(sent.roster, 'utf8')
    const rows = roster.trim().split('\n')
    expect(rows[0]).toBe('email,name,status,team,note')
    expect(rows.find((row) => row.startsWith('ann@'))).toMatch(/^ann@partner\.test,Ann,inactive,Blue,"bounced \d{4}-\d\d-\d\d \(hard, 5\.1\.1: 550 5\.1\.1 <ann@partner\.test>: Recipient address rejected: User unknown/)
    expect(rows.find((row) => row.startsWith('slow@'))).toBe('slow@partner.test,Slow,active,Green,')
    expect(rows.find((row) => row.startsWith('dave@'))).toBe('dave@partner.test,Dave,active,Red,')
    expect(outputs['roster-backup']).toMatch(/roster\.csv\..*\.bak$/)
    expect(await readFile(outputs['roster-backup']!, 'utf8')).toBe(ROSTER)

    // The send log: history kept, one bounced line per matched bounce, each naming the send it answers.
    const log = await readFile(sent.sendLog, 'utf8')
    expect(log.trim().split('\n').slice(0, 6).every((line) => (JSON.parse(line) as { status: string }).status === 'sent')).toBe(true)
    const bounced = await bouncedLines(sent)
    const byRecipient = Object.fromEntries(bounced.map((line) => [line.recipient, line]))
    expect(Object.keys(byRecipient).sort()).toEqual(['ann@partner.test', 'nobody.here@gmail.test', 'old.user@partner.test', 'q@qmail.test', 'slow@partner.test'])
    for (const [address, format, heuristic, match] of [
      ['ann@partner.test', 'rfc3464', false, 'message-id'],
      ['old.user@partner.test', 'exchange', true, 'message-id'],
      ['nobody.here@gmail.test', 'gmail', true, 'message-id'],
      ['slow@partner.test', 'rfc3464', false, 'message-id'],
      ['q@qmail.test', 'qmail', true, 'recipient-latest'],
    ] as const) {
      expect(byRecipient[address]).toMatchObject({ messageId: sent.messageIdFor(address), bounce: { format, heuristic, match } })
    }
    expect(byRecipient['slow@partner.test']!.bounce).toMatchObject({ type: 'soft', action: 'delayed', status: '4.4.1', retire: false, noticeMessageId: ids.soft })
    expect(byRecipient['ann@partner.test']!.bounce).toMatchObject({ type: 'hard', action: 'failed', status: '5.1.1', retire: true, noticeMessageId: ids.postfix })

    // Flags: every handled notice is \Seen; the auto-reply is left alone.
    const flags = await dovecot.flagsByMessageId()
    for (const name of ['postfix', 'exchange', 'gmail', 'soft', 'stranger', 'qmail']) expect(flags.get(ids[name]!)).toEqual(['\\Seen'])
    expect(flags.get(ids.autoReply!)).toEqual([])
    expect(run!.summary).toContain('| ann@partner.test | hard | 5.1.1 | message-id | set inactive |')
    expect(run!.summary).toContain('| stranger@nowhere.test | hard | 5.1.1 | **unmatched** |')

    // A second scan: nothing new, nothing changed.
    const before = await snapshot(sent)
    const again = await scan(scanInputs(sent, { 'soft-bounce-limit': '2' }))
    expect(again.error).toBeUndefined()
    expect(again.run!.outputs).toMatchObject({ scanned: '1', 'participants-updated': '[]', unmatched: '[]', bounces: '[]', 'roster-backup': '' })
    expect(await snapshot(sent)).toEqual(before)
    expect(await dovecot.flagsByMessageId()).toEqual(flags)

    // The second soft bounce within the window reaches the limit of 2: now the address is retired.
    const secondDelay = postfixReport({ recipient: 'slow@partner.test', action: 'delayed', status: '4.4.1', returned: { raw: sent.rawFor('slow@partner.test') } })
    await dovecot.append(secondDelay.raw)
    const third = await scan(scanInputs(sent, { 'soft-bounce-limit': '2' }))
    expect(JSON.parse(third.run!.outputs['participants-updated']!)).toEqual([
      expect.objectContaining({ email: 'slow@partner.test', status: 'inactive', note: expect.stringContaining('2 soft bounces within 7 days, last 4.4.1') }),
    ])
    expect((await readFile(sent.roster, 'utf8')).split('\n').find((row) => row.startsWith('slow@'))).toMatch(/^slow@partner\.test,Slow,inactive,Green,"bounced/)

    // The password appears nowhere: logs, outputs, summary, files.
    const everything = [logger.text(), again.logger.text(), third.logger.text(), JSON.stringify(run!.outputs), run!.summary ?? '', await workspace.allText()].join('\n')
    expect(everything).not.toContain(dovecot.password)
  }, 60_000)

  test('keep-unseen leaves every flag alone, over implicit TLS; the scan is still idempotent', async () => {
    const sent = await rosterSend()
    const ids = await deliverNotices(sent)
    const flagsBefore = await dovecot.flagsByMessageId()
    const { run, error } = await scan({ ...scanInputs(sent), ...dovecot.inputs('tls'), 'keep-unseen': 'true' })
    expect(error).toBeUndefined()
    expect(JSON.parse(run!.outputs['participants-updated']!)).toHaveLength(4)
    expect(await dovecot.flagsByMessageId()).toEqual(flagsBefore)
    expect(flagsBefore.get(ids.postfix!)).toEqual([])

    const before = await snapshot(sent)
    const again = await scan({ ...scanInputs(sent), ...dovecot.inputs('tls'), 'keep-unseen': 'true' })
    expect(again.run!.outputs).toMatchObject({ scanned: '7', 'participants-updated': '[]', unmatched: '[]', bounces: '[]' })
    expect(await snapshot(sent)).toEqual(before)
  }, 60_000)

  test('a wrong password fails clearly and changes nothing; the password is not shown', async () => {
    const sent = await rosterSend()
    await deliverNotices(sent)
    const before = await snapshot(sent)
    const flags = await dovecot.flagsByMessageId()
    const wrong = 'not-the-Right-pa55word'
    const { run, error, logger } = await scan(scanInputs(sent, { 'imap-password': wrong }))
    expect(run).toBeUndefined()
    expect(error?.name).toBe('ConfigurationError')
    expect(error?.message).toMatch(/IMAP login to 127\.0\.0\.1:\d+ \(starttls\) as 'bounces@acme\.test' failed \(.*\); check imap-username and imap-password/)
    expect(await snapshot(sent)).toEqual(before)
    expect(await dovecot.flagsByMessageId()).toEqual(flags)
    expect(`${error?.message}\n${logger.text()}\n${await workspace.allText()}`).not.toContain(wrong)
  }, 60_000)

  test('security none connects only when asked; an unknown mailbox is a clear error', async () => {
    const sent = await rosterSend()
    const plain = await scan({ ...scanInputs(sent), ...dovecot.inputs('none') })
    expect(plain.error).toBeUndefined()
    expect(plain.run!.outputs.scanned).toBe('0')
    const missing = await scan(scanInputs(sent, { 'imap-mailbox': 'Bounces' }))
    expect(missing.error?.message).toBe(`IMAP mailbox 'Bounces' does not exist on 127.0.0.1:${dovecot.imapPort} (starttls); check imap-mailbox`)
  }, 60_000)

  test('a roster that cannot be read, or that validate-roster rejects, stops the scan before the mailbox or the send log is touched', async () => {
    const sent = await rosterSend()
    await deliverNotices(sent)
    const flags = await dovecot.flagsByMessageId()
    const before = await snapshot(sent)

    const missing = await scan(scanInputs(sent, { roster: join(workspace.root, 'nope.csv') }))
    expect(missing.error?.name).toBe('ConfigurationError')
    expect(missing.error?.message).toContain(`cannot read ${join(workspace.root, 'nope.csv')}`)
    expect(await snapshot(sent)).toEqual(before)
    expect(await dovecot.flagsByMessageId()).toEqual(flags)

    // An unclosed quote, and the same address twice with case aside: both are validate-roster problems.
    for (const [broken, problem] of [
      [`${ROSTER}eve@partner.test,"Eve,active,Blue\n`, ':8: a quoted field is not closed'],
      [`${ROSTER}ANN@partner.test,Ann again,active,Blue\n`, ":8: duplicate email 'ANN@partner.test' (first on line 2)"],
    ] as const) {
      await writeFile(sent.roster, broken)
      const rejected = await scan(scanInputs(sent))
      expect(rejected.error?.name).toBe('ConfigurationError')
      expect(rejected.error?.message).toContain(`${sent.roster}${problem}`)
      expect(rejected.error?.message).toContain('nothing was scanned')
      expect(await snapshot(sent)).toEqual({ ...before, roster: broken })
      expect(await dovecot.flagsByMessageId()).toEqual(flags)
    }
  }, 60_000)

  test('one notice delivered three times (one Message-ID) counts once within the scan, as it would across scans', async () => {
    const sent = await rosterSend()
    const soft = postfixReport({ recipient: 'slow@partner.test', action: 'delayed', status: '4.4.1', returned: { raw: sent.rawFor('slow@partner.test') } })
    const hard = postfixReport({ recipient: 'ann@partner.test', returned: { raw: sent.rawFor('ann@partner.test') } })
    for (const notice of [soft, soft, soft, hard, hard]) await dovecot.append(notice.raw)
    const { run, error, logger } = await scan(scanInputs(sent))
    expect(error).toBeUndefined()
    expect(run!.outputs.scanned).toBe('5')
    expect(JSON.parse(run!.outputs.bounces!)).toEqual([
      expect.objectContaining({ address: 'slow@partner.test', type: 'soft', retired: false }),
      expect.objectContaining({ address: 'ann@partner.test', type: 'hard', retired: true }),
    ])
    expect(logger.text()).toContain('1 of 3 soft bounces within the window')
    expect(logger.text()).not.toContain('2 of 3')
    expect((await bouncedLines(sent)).map((line) => line.recipient)).toEqual(['slow@partner.test', 'ann@partner.test'])
    expect((await readFile(sent.roster, 'utf8')).split('\n').find((row) => row.startsWith('slow@'))).toBe('slow@partner.test,Slow,active,Green,')
    // Every copy is handled: all marked seen, and a second scan has nothing to do.
    const flags = await dovecot.flagsByMessageId()
    expect([flags.get(soft.id), flags.get(hard.id)]).toEqual([['\\Seen'], ['\\Seen']])
    const again = await scan(scanInputs(sent))
    expect(again.run!.outputs).toMatchObject({ scanned: '0', bounces: '[]' })
  }, 60_000)

  test('shipgate mail bounces-scan prints the same outputs; a wrong password exits 2 without showing it', async () => {
    const sent = await rosterSend()
    await deliverNotices(sent)
    const lines: { out: string[]; err: string[] } = { out: [], err: [] }
    const io = { out: (text: string) => lines.out.push(text), err: (text: string) => lines.err.push(text), env: {}, cwd: workspace.root }
    const flags = (inputs: Record<string, string>) => Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value])
    const code = await mailCommand(['bounces-scan', ...flags(scanInputs(sent))], io)
    expect(code).toBe(0)
    expect(lines.out).toContain('scanned=7')
    const updated = lines.out.find((line) => line.startsWith('participants-updated='))!
    expect((JSON.parse(updated.slice('participants-updated='.length)) as Array<{ email: string }>).map((person) => person.email).sort()).toEqual([
      'ann@partner.test',
      'nobody.here@gmail.test',
      'old.user@partner.test',
      'q@qmail.test',
    ])
    expect(lines.out.find((line) => line.startsWith('unmatched='))).toContain('stranger@nowhere.test')

    const wrong = 'cli-Wrong-pa55'
    const failed = { out: [] as string[], err: [] as string[] }
    const failedCode = await mailCommand(['bounces-scan', ...flags(scanInputs(sent, { 'imap-password': wrong }))], { ...io, out: (text) => failed.out.push(text), err: (text) => failed.err.push(text) })
    expect(failedCode).toBe(2)
    expect(failed.err.join('\n')).toContain('check imap-username and imap-password')
    expect([...failed.out, ...failed.err, ...lines.out, ...lines.err].join('\n')).not.toContain(wrong)
  }, 60_000)
})
