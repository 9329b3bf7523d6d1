// Structured logs: one JSON object a line, secrets masked in every form, and the events a real
// send-mail run (the action through the runner's adapter, the real smtp-server) writes.
import { ConsoleLogger, RecordingLogger } from '../../src/platform/logger.js'
import { FROM, RELEASE_SHA, runSendMail, useMailRelay } from '../helpers/mail-fixtures.js'

const SECRET = 'hunter2-Relay/Pa55+word'

test('json: every line is one JSON object; a secret in a reason is masked raw, JSON-escaped, URL-encoded and in base64', () => {
  const lines: string[] = []
  const logger = new ConsoleLogger(true, (line) => lines.push(line), 'json')
  logger.secret(SECRET)
  const encoded = [SECRET, encodeURIComponent(SECRET), Buffer.from(SECRET).toString('base64'), Buffer.from(`\0user\0${SECRET}`).toString('base64')]
  logger.event('mail_failed', { sha: RELEASE_SHA, status: 'failed', recipient: 'bob@acme.test', reason: `535 denied: ${encoded.join(' | ')} "quoted\\${SECRET}"` })
  logger.info(`prose with ${SECRET}`)
  logger.warning('careful', { file: 'shipgate.yml', line: 3 })
  logger.debug(`debug ${encodeURIComponent(SECRET)}`)
  expect(lines).toHaveLength(4)
  const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
  expect(parsed[0]).toMatchObject({ event: 'mail_failed', sha: RELEASE_SHA, status: 'failed', recipient: 'bob@acme.test' })
  expect(new Date(parsed[0]!.time as string).toISOString()).toBe(parsed[0]!.time)
  expect(parsed[0]!.reason).toMatch(/^535 denied: \*\*\*/)
  expect(parsed.slice(1)).toEqual([
    { event: 'log', level: 'info', message: 'prose with ***' },
    { event: 'log', level: 'warning', message: 'careful', file: 'shipgate.yml', line: 3 },
    { event: 'log', level: 'debug', message: 'debug ***' },
  ])
  const all = lines.join('\n')
  for (const form of [...encoded, JSON.stringify(SECRET).slice(1, -1), Buffer.from(SECRET).toString('base64').slice(4, 16)]) expect(all).not.toContain(form)
})

test('text stays the default: events write nothing, prose is unchanged', () => {
  const lines: string[] = []
  const logger = new ConsoleLogger(false, (line) => lines.push(line))
  logger.event('stage_started', { stage: 'deliver' })
  logger.info('plain')
  logger.error('bad', { file: 'a.yml', line: 2 })
  expect(lines).toEqual(['plain', 'error: a.yml:2: bad'])
})

describe('send-mail run as a stage', () => {
  const relay = useMailRelay()

  test('stage_started, mail_sent and mail_failed per recipient with the reply, stage_failed with the reason; no password', async () => {
    relay.server.rejectRecipients.add('gone@acme.test')
    const inputs = { ...relay.server.inputs(), from: FROM, 'allowed-from': FROM, 'artifacts-dir': relay.workspace.artifactsDir, sha: RELEASE_SHA, template: 'release-completed', status: 'success', 'retry-deadline': '1' }
    const ok = await runSendMail({ ...inputs, to: 'owner@acme.test' })
    const events = (logger: RecordingLogger) => logger.events.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(events(ok.logger).map((event) => event.event)).toEqual(['stage_started', 'mail_sent', 'stage_completed'])
    expect(events(ok.logger)[1]).toMatchObject({ sha: RELEASE_SHA, status: 'sent', recipient: 'owner@acme.test', template: 'release-completed', attempts: 1 })
    expect(events(ok.logger)[2]).toMatchObject({ stage: 'send-mail', status: 'success', duration_ms: expect.any(Number) })

    const refused = await runSendMail({ ...inputs, to: 'gone@acme.test' })
    const [, failed, stageFailed] = events(refused.logger)
    expect(failed).toMatchObject({ event: 'mail_failed', recipient: 'gone@acme.test', reason: expect.stringMatching(/^550 <gone@acme\.test>: mailbox unavailable/) })
    expect(stageFailed).toMatchObject({ event: 'stage_failed', stage: 'send-mail', status: 'failure', reason: expect.stringContaining('550 <gone@acme.test>') })
    expect([...ok.logger.events, ...refused.logger.events].join('\n')).not.toContain(relay.server.password)
  })
})
