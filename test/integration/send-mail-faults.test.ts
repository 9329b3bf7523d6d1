// SMTP faults against the real smtp-server: 421 and 451 replies, a dropped connection, a server
// that never answers, a wrong password (535), a refused recipient (550), a drop or silence after the
// relay queued the whole message, and a crash between the server's acceptance and the record. The
// right retries, the right final status, never a second copy at the server.
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { repositoryRoot } from '../helpers/run-bundle.js'
import { fastClock, FROM, RELEASE_SHA, REPOSITORY, runSendMail, useMailRelay } from '../helpers/mail-fixtures.js'
import { startSilentServer } from '../helpers/smtp-test-server.js'

const relay = useMailRelay()

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...relay.server.inputs(),
    from: FROM,
    'allowed-from': FROM,
    to: 'owner@acme.test',
    template: 'release-completed',
    status: 'success',
    'artifacts-dir': relay.workspace.artifactsDir,
    sha: RELEASE_SHA,
    'smtp-timeout': '2',
    'retry-deadline': '30',
    ...extra,
  }
}

async function sendLog(): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(join(relay.workspace.artifactsDir, 'notifications', 'send-log.jsonl'), 'utf8')
  return text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
}

/** The notification records of the release, one per event. */
async function records(): Promise<Array<Record<string, unknown>>> {
  const folder = join(relay.workspace.artifactsDir, 'notifications', RELEASE_SHA)
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json'))
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as Record<string, unknown>))
}

describe('transient failures are retried within the deadline', () => {
  test.each([
    ['421 at MAIL FROM', { at: 'mail', reply: 421 } as const],
    ['451 at RCPT TO', { at: 'rcpt', reply: 451 } as const],
    ['a connection dropped at MAIL FROM, before the body', { at: 'mail', reply: 'drop' } as const],
    ['451 to the end of the body', { at: 'data', reply: 451 } as const],
    ['421 to the end of the body', { at: 'data', reply: 421 } as const],
  ])('%s: retried, sent once', async (_name, fault) => {
    relay.server.faults.push(fault)
    const { run, logger } = await runSendMail(inputs(), { clock: fastClock() })
    expect(run!.outputs.status).toBe('sent')
    expect(relay.server.received).toHaveLength(1)
    expect(relay.server.attempts).toBe(2)
    expect(logger.text()).toMatch(/attempt 1 failed .*retrying in 250 ms/)
    const [entry] = await sendLog()
    expect(entry).toMatchObject({ status: 'sent', attempts: 2, recipient: 'owner@acme.test', error: null })
  })

  test('451 beyond the deadline fails; the next run sends it, once', async () => {
    relay.server.faults.push(...Array.from({ length: 20 }, () => ({ at: 'data', reply: 451 }) as const))
    const failed = await runSendMail(inputs({ 'retry-deadline': '3' }), { clock: fastClock() })
    expect(failed.run!.outputs.status).toBe('failed')
    expect(failed.run!.failed).toMatch(/1 message not sent/)
    expect(relay.server.received).toHaveLength(0)
    const attempts = relay.server.attempts
    expect(attempts).toBeGreaterThan(2)
    expect((await sendLog())[0]).toMatchObject({ status: 'failed', attempts })
    expect(String((await sendLog())[0]!.response)).toMatch(/^451/)
    relay.server.faults.length = 0
    const retried = await runSendMail(inputs(), { clock: fastClock() })
    expect(retried.run!.outputs.status).toBe('sent')
    const again = await runSendMail(inputs(), { clock: fastClock() })
    expect(again.run!.outputs.status).toBe('duplicate')
    expect(relay.server.received).toHaveLength(1)
  })

  test('a server that never answers: timeouts, retried until the deadline, then failed', async () => {
    const silent = await startSilentServer()
    try {
      const { run } = await runSendMail(inputs({ 'smtp-port': String(silent.port), 'smtp-timeout': '1', 'retry-deadline': '3' }), { clock: fastClock() })
      expect(run!.outputs.status).toBe('failed')
      const [entry] = await sendLog()
      expect(entry!.status).toBe('failed')
      expect(entry!.attempts).toBeGreaterThanOrEqual(2)
      expect(String(entry!.error)).toMatch(/^ETIMEDOUT: /)
    } finally {
      await silent.stop()
    }
  })

})

describe('after the whole message: a drop or silence is unconfirmed, in every later run too, and never sent again unresolved', () => {
  test.each([
    ['the connection dropped', { at: 'data', reply: 'drop' } as const, /^ECONNECTION: /],
    ['the 250 never came (timeout)', { at: 'data', reply: 'hang' } as const, /^ETIMEDOUT: /],
  ])('%s after the relay queued it: one copy at the server, recorded unconfirmed; the next run sends nothing and says unconfirmed', async (_name, fault, code) => {
    relay.server.faults.push(fault)
    const { run, logger } = await runSendMail(inputs({ 'smtp-timeout': '1' }), { clock: fastClock() })
    expect(run!.outputs.status).toBe('failed')
    expect(run!.failed).toMatch(/1 message unconfirmed: handed to the server but no answer came, so they may have been delivered and are not sent again until resolved with shipgate mail resolve/)
    expect(JSON.parse(run!.outputs.counts ?? '{}')).toMatchObject({ sent: 0, failed: 0, unconfirmed: 1 })
    expect(run!.outputs.accepted).toBe('')
    expect(relay.server.received).toHaveLength(1)
    expect(relay.server.attempts).toBe(1)
    expect(logger.text()).not.toMatch(/retrying/)
    const [entry] = await sendLog()
    expect(entry).toMatchObject({ status: 'unconfirmed', attempts: 1, response: null, recipient: 'owner@acme.test' })
    expect(String(entry!.error)).toMatch(code)
    expect(String(entry!.error)).toMatch(/after the whole message was handed to the server; it may have been delivered/)
    const [record] = await records()
    expect(record).toMatchObject({ state: 'unconfirmed', attempts: 1, response: null, messageId: entry!.messageId })
    expect(record!.settledAt).not.toBeNull()

    const again = await runSendMail(inputs(), { clock: fastClock() })
    expect(again.run!.outputs.status).toBe('failed')
    expect(JSON.parse(again.run!.outputs.counts ?? '{}')).toMatchObject({ unconfirmed: 1, duplicate: 0, sent: 0 })
    expect(again.logger.text()).toMatch(/an earlier run handed <[^>]+> to the server and recorded no answer/)
    expect(again.logger.text()).toContain(`shipgate mail resolve ${String(record!.event)} owner@acme.test --sha ${RELEASE_SHA} --artifacts-dir ${relay.workspace.artifactsDir} --sent (it arrived) or --resend`)
    expect(relay.server.received).toHaveLength(1)
    expect(relay.server.attempts).toBe(1)
  })

  test('a pooled roster send: the dropped one is unconfirmed, the others sent; each person has one copy, also after a rerun, which says unconfirmed again', async () => {
    const roster = await relay.workspace.file('roster.csv', ['email,name,status', 'ann@acme.test,Ann,active', 'bob@acme.test,Bob,active', 'dan@acme.test,Dan,active'].join('\n'))
    const { to: _to, template: _template, ...single } = inputs()
    const rosterInputs = { ...single, roster, 'dry-run': 'false', 'event-key': 'digest-1', variables: JSON.stringify({ items: ['v2 shipped'] }) }
    relay.server.faults.push({ at: 'data', reply: 'drop' })
    const first = await runSendMail(rosterInputs, { clock: fastClock() })
    expect(first.run!.outputs.status).toBe('failed')
    expect(JSON.parse(first.run!.outputs.counts ?? '{}')).toMatchObject({ sent: 2, unconfirmed: 1, failed: 0 })
    expect(relay.server.received.map((mail) => mail.to[0]).sort()).toEqual(['ann@acme.test', 'bob@acme.test', 'dan@acme.test'])
    expect((await sendLog()).map((entry) => entry.status).sort()).toEqual(['sent', 'sent', 'unconfirmed'])
    const second = await runSendMail(rosterInputs, { clock: fastClock() })
    expect(second.run!.outputs.status).toBe('failed')
    expect(JSON.parse(second.run!.outputs.counts ?? '{}')).toMatchObject({ duplicate: 2, sent: 0, unconfirmed: 1 })
    expect(relay.server.received).toHaveLength(3)
  })
})

describe('permanent failures are not retried', () => {
  test('a wrong password (535): failed at once, the reason names the inputs, the password is nowhere', async () => {
    const wrongPassword = 'not-the-Password-123'
    const { run, logger } = await runSendMail(inputs({ 'smtp-password': wrongPassword }), { clock: fastClock() })
    expect(run!.outputs.status).toBe('failed')
    expect(run!.failed).toMatch(/SMTP authentication failed .*535.*check smtp-username and smtp-password/)
    expect(relay.server.authFailures).toBe(1)
    expect(relay.server.received).toHaveLength(0)
    const everything = (await relay.workspace.allText()) + JSON.stringify(run) + logger.text()
    expect(everything).not.toContain(wrongPassword)
    expect(everything).not.toContain(relay.server.password)
  })

  test("a relay certificate that is not trusted: failed after one attempt, saying so; retrying cannot change the certificate", async () => {
    const { 'smtp-ca': _ca, ...untrusted } = inputs()
    const { run } = await runSendMail(untrusted, { clock: fastClock() })
    expect(run!.outputs.status).toBe('failed')
    expect(relay.server.received).toHaveLength(0)
    expect((await sendLog())[0]).toMatchObject({ status: 'failed', attempts: 1 })
    expect(String((await sendLog())[0]!.error)).toMatch(/certificate/)
  })

  test('a refused recipient (550): the others get it, the output names the refused one', async () => {
    relay.server.rejectRecipients.add('gone@acme.test')
    const { run } = await runSendMail(inputs({ to: 'owner@acme.test, gone@acme.test' }), { clock: fastClock() })
    expect(run!.outputs.status).toBe('sent')
    expect(run!.outputs.rejected).toBe('gone@acme.test')
    expect(run!.outputs.accepted).toBe('owner@acme.test')
    expect(relay.server.received.map((mail) => mail.to)).toEqual([['owner@acme.test']])
  })

  test('every recipient refused (550): failed after one attempt', async () => {
    relay.server.rejectRecipients.add('gone@acme.test')
    const { run } = await runSendMail(inputs({ to: 'gone@acme.test' }), { clock: fastClock() })
    expect(run!.outputs.status).toBe('failed')
    expect(relay.server.attempts).toBe(1)
    expect((await sendLog())[0]).toMatchObject({ status: 'failed', attempts: 1 })
  })
})

describe('deliver once across a crash', () => {
  test('killed after the server accepted and before the record: the retry sends nothing and says unconfirmed', async () => {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? relay.workspace.root,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_SHA: RELEASE_SHA,
      GITHUB_OUTPUT: join(relay.workspace.root, 'output.txt'),
    }
    for (const [name, value] of Object.entries(inputs())) env[`INPUT_${name.toUpperCase()}`] = value
    const child = spawn(process.execPath, ['--import', 'tsx', join(repositoryRoot, 'src/entrypoints/send-mail.ts')], { cwd: repositoryRoot, env, stdio: 'ignore' })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    // The server has the whole message; the client dies before it reads the 250.
    relay.server.beforeAccept = () => {
      child.kill('SIGKILL')
    }
    expect(await exited).toBe('SIGKILL')
    expect(relay.server.received).toHaveLength(1)
    relay.server.beforeAccept = undefined

    const retry = await runSendMail(inputs())
    expect(retry.run!.outputs.status).toBe('failed')
    expect(JSON.parse(retry.run!.outputs.counts ?? '{}')).toMatchObject({ unconfirmed: 1, duplicate: 0 })
    expect(retry.logger.text()).toMatch(/an earlier run handed <[^>]+> to the server and recorded no answer/)
    expect(relay.server.received).toHaveLength(1)
    const again = await runSendMail(inputs())
    expect(JSON.parse(again.run!.outputs.counts ?? '{}')).toMatchObject({ unconfirmed: 1, duplicate: 0 })
    expect(relay.server.received).toHaveLength(1)
  })
})
