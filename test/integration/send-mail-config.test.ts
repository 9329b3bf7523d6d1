// shipgate.yml's `mail` section: recipients, sender and SMTP defaults for send-mail, overridden by
// the inputs; against the real smtp-server, with a misspelt or secret key as a located error.
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { releaseDecision } from '../helpers/contract-examples.js'
import { RELEASE_SHA, runSendMail, useMailRelay } from '../helpers/mail-fixtures.js'

const relay = useMailRelay()

/** A config with every mail key; the relay is the test server, reached only through the config. */
function mailSection(): string {
  return [
    'version: 1',
    'mail:',
    '  owners:',
    '    - owner@acme.test',
    '    - lead@acme.test',
    '  ops: [ops@acme.test]',
    '  from: releases@acme.test',
    '  allowedFrom: ["@acme.test"]',
    '  replyTo: help@acme.test',
    '  smtp:',
    '    host: 127.0.0.1',
    `    port: ${relay.server.port}`,
    '    security: starttls',
    '',
  ].join('\n')
}

/** Only what the config never holds: the credentials and the CA of the self-signed relay. */
function secretInputs(config: string): Record<string, string> {
  const { 'smtp-username': username, 'smtp-password': password, 'smtp-ca': ca } = relay.server.inputs()
  return { config, 'smtp-username': username!, 'smtp-password': password!, 'smtp-ca': ca!, 'artifacts-dir': relay.workspace.artifactsDir, sha: RELEASE_SHA }
}

describe('the mail section of shipgate.yml', () => {
  test('with empty inputs, owners, ops, from, reply-to and the relay come from the config', async () => {
    const config = await relay.workspace.file('shipgate.yml', mailSection())
    const { run, error } = await runSendMail({ ...secretInputs(config), status: 'failure' })
    expect(error).toBeUndefined()
    expect(run!.outputs.status).toBe('sent')
    expect(relay.server.received).toHaveLength(2)
    const byRecipients = new Map(relay.server.received.map((mail, index) => [[...mail.to].sort().join(','), index]))
    const failed = await relay.server.parsed(byRecipients.get('lead@acme.test,owner@acme.test'))
    expect(failed.subject).toContain('failed')
    expect(failed.from?.text).toBe('releases@acme.test')
    expect(failed.replyTo?.text).toBe('help@acme.test')
    const alert = await relay.server.parsed(byRecipients.get('ops@acme.test'))
    expect(alert.from?.text).toBe('releases@acme.test')
    expect(relay.server.received.every((mail) => mail.secure)).toBe(true)
  })

  test('inputs win over the config, key by key', async () => {
    const config = await relay.workspace.file('shipgate.yml', mailSection())
    const { run, error } = await runSendMail({
      ...secretInputs(config),
      status: 'success',
      to: 'other@acme.test',
      from: 'bot@partner.test',
      'allowed-from': 'bot@partner.test',
      'reply-to': 'desk@acme.test',
    })
    expect(error).toBeUndefined()
    expect(run!.outputs.status).toBe('sent')
    expect(relay.server.received).toHaveLength(1)
    expect(relay.server.received[0]!.to).toEqual(['other@acme.test'])
    const parsed = await relay.server.parsed()
    expect(parsed.from?.text).toBe('bot@partner.test')
    expect(parsed.replyTo?.text).toBe('desk@acme.test')
  })

  test("the input allowed-from replaces the config's list: a config sender outside it sends nothing", async () => {
    const config = await relay.workspace.file('shipgate.yml', mailSection())
    const { error } = await runSendMail({ ...secretInputs(config), status: 'success', 'allowed-from': '@partner.test' })
    expect(error?.message).toContain("input 'from': 'releases@acme.test' is not in allowed-from (@partner.test)")
    expect(relay.server.received).toHaveLength(0)
  })

  test('the release decision picks the template; config owners get it without a to input', async () => {
    const config = await relay.workspace.file('shipgate.yml', mailSection())
    await new LocalEvidenceStore(relay.workspace.artifactsDir).write('release', RELEASE_SHA, releaseDecision())
    const { run, error } = await runSendMail(secretInputs(config))
    expect(error).toBeUndefined()
    expect(run!.outputs.accepted?.split('\n').sort()).toEqual(['lead@acme.test', 'owner@acme.test'])
    expect((await relay.server.parsed()).subject).toContain('completed')
  })

  test('a roster send never writes to the configured owners', async () => {
    const config = await relay.workspace.file('shipgate.yml', mailSection())
    const roster = await relay.workspace.file('roster.csv', 'email,name,status\nann@acme.test,Ann,active\n')
    const { run, error } = await runSendMail({ ...secretInputs(config), roster, 'event-key': 'digest-1', variables: JSON.stringify({ items: ['x'] }), 'dry-run': 'false' })
    expect(error).toBeUndefined()
    expect(run!.outputs.accepted).toBe('ann@acme.test')
    expect(relay.server.received.flatMap((mail) => mail.to)).toEqual(['ann@acme.test'])
  })

  test('a misspelt key is an error naming the file, the line and the key; nothing is sent', async () => {
    const config = await relay.workspace.file('shipgate.yml', mailSection().replace('  allowedFrom:', '  alowedFrom:'))
    const { error } = await runSendMail({ ...secretInputs(config), status: 'success' })
    expect(error?.name).toBe('ConfigurationError')
    expect(error?.message).toMatch(new RegExp(`^${config}:\\d+: invalid shipgate config: mail.alowedFrom: unknown key \\(did you mean 'allowedFrom'\\?\\)`))
    expect((error as { file?: string }).file).toBe(config)
    expect((error as { line?: number }).line).toBeGreaterThan(1)
    expect(relay.server.received).toHaveLength(0)
  })

  test('a bad address names its line; a password in the config is refused, not read', async () => {
    const badOwner = await relay.workspace.file('bad-owner.yml', mailSection().replace('    - lead@acme.test', '    - Lead <lead@acme.test>'))
    const owner = await runSendMail({ ...secretInputs(badOwner), status: 'success' })
    expect(owner.error?.message).toMatch(new RegExp(`^${badOwner}:5: invalid shipgate config: mail.owners\\[1\\]: must be a mail address`))

    const withPassword = await relay.workspace.file('with-password.yml', `${mailSection()}    password: hunter2\n`)
    const secret = await runSendMail({ ...secretInputs(withPassword), status: 'success' })
    expect(secret.error?.message).toMatch(new RegExp(`^${withPassword}:\\d+: invalid shipgate config: mail.smtp.password: unknown key`))
    expect(relay.server.received).toHaveLength(0)
  })

  test('an explicit config path that does not exist is an error; no config at all needs the inputs', async () => {
    const missing = await runSendMail({ ...secretInputs(`${relay.workspace.root}/nope.yml`), status: 'success' })
    expect(missing.error?.message).toContain('nope.yml: file not found; check the shipgate config path')

    const { config: _config, ...noConfig } = secretInputs('')
    const bare = await runSendMail({ ...noConfig, status: 'success' })
    expect(bare.error?.message).toContain("input 'from': required")
    expect(bare.error?.message).toContain('mail.from in shipgate.yml')
    expect(relay.server.received).toHaveLength(0)
  })
})
