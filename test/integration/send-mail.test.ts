// send-mail against a real smtp-server on 127.0.0.1 (STARTTLS on a self-signed certificate, AUTH),
// messages parsed back with mailparser; deliver-once, dry run, preview, status semantics, bad input.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { releaseDecision } from '../helpers/contract-examples.js'
import { FROM, RELEASE_SHA, REPOSITORY, runSendMail, useMailRelay } from '../helpers/mail-fixtures.js'

const relay = useMailRelay()

function baseInputs(extra: Record<string, string> = {}): Record<string, string> {
  return { ...relay.server.inputs(), from: FROM, 'allowed-from': '@acme.test', 'artifacts-dir': relay.workspace.artifactsDir, sha: RELEASE_SHA, ...extra }
}

async function userTemplate(): Promise<Record<string, string>> {
  return {
    'template-text': await relay.workspace.file('msg.txt', 'Hello {{who}}, release {{shortSha}} of {{repository}} is out: {{link}}\n'),
    'template-html': await relay.workspace.file('msg.html', '<p>Hello {{who}}, release <b>{{shortSha}}</b>: <a href="{{link}}">notes</a></p>'),
    subject: 'Release {{shortSha}} for {{who}}',
    variables: JSON.stringify({ who: 'Ann <ann@x> & co', link: 'https://example.test/notes?a=1&b=2' }),
  }
}

describe('send-mail over SMTP', () => {
  test('sends a user template over STARTTLS with AUTH: headers, both parts, escaped HTML, links, the record', async () => {
    const { run, error } = await runSendMail(
      baseInputs({ to: 'owner@acme.test, second@acme.test', cc: 'cc@acme.test', bcc: 'hidden@acme.test', 'reply-to': 'help@acme.test', ...(await userTemplate()) }),
    )
    expect(error).toBeUndefined()
    expect(run!.outputs.status).toBe('sent')
    expect(run!.failed).toBeUndefined()
    expect(relay.server.received).toHaveLength(1)
    const received = relay.server.received[0]!
    expect(received.secure).toBe(true)
    expect(received.user).toBe(relay.server.username)
    expect(received.to.sort()).toEqual(['cc@acme.test', 'hidden@acme.test', 'owner@acme.test', 'second@acme.test'])

    const parsed = await relay.server.parsed()
    expect(parsed.subject).toBe('Release 0123456 for Ann <ann@x> & co')
    expect(parsed.from?.text).toBe(FROM)
    expect(parsed.replyTo?.text).toBe('help@acme.test')
    expect(parsed.headers.get('bcc')).toBeUndefined()
    expect(parsed.messageId).toBe(run!.outputs['message-id'])
    expect(parsed.text).toContain('Hello Ann <ann@x> & co, release 0123456 of acme/shop is out: https://example.test/notes?a=1&b=2')
    expect(parsed.html).toContain('Hello Ann &lt;ann@x&gt; &amp; co')
    expect(parsed.html).toContain('href="https://example.test/notes?a&#x3D;1&amp;b&#x3D;2"')
    expect((run!.outputs.accepted ?? '').split('\n').sort()).toEqual(['cc@acme.test', 'hidden@acme.test', 'owner@acme.test', 'second@acme.test'])

    const folder = join(relay.workspace.artifactsDir, 'notifications', RELEASE_SHA)
    const [recordFile] = (await readdir(folder)).filter((name) => name.endsWith('.json'))
    const record = JSON.parse(await readFile(join(folder, recordFile!), 'utf8'))
    expect(record).toMatchObject({ schema: 'shipgate.notification/v1', state: 'sent', messageId: parsed.messageId, template: 'custom', repository: REPOSITORY })
    expect(record.settledAt).not.toBeNull()
  })

  test('the same event twice is sent once; the second run says duplicate', async () => {
    const inputs = baseInputs({ to: 'owner@acme.test', ...(await userTemplate()) })
    const first = await runSendMail(inputs)
    const second = await runSendMail(inputs)
    expect(first.run!.outputs.status).toBe('sent')
    expect(second.run!.outputs.status).toBe('duplicate')
    expect(second.run!.outputs['message-id']).toBe(first.run!.outputs['message-id'])
    expect(relay.server.received).toHaveLength(1)
  })

  test('the same recipients listed differently are one event: each address once, in its first spelling, to before cc before bcc', async () => {
    const first = await runSendMail(baseInputs({ to: 'owner@acme.test,Owner@acme.test,dev@acme.test', cc: 'DEV@acme.test, cc@acme.test', bcc: 'OWNER@acme.test, cc@ACME.test', status: 'success' }))
    expect(first.run!.outputs.status).toBe('sent')
    expect(relay.server.received).toHaveLength(1)
    expect(relay.server.received[0]!.to).toEqual(['owner@acme.test', 'dev@acme.test', 'cc@acme.test'])
    const parsed = await relay.server.parsed()
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : parsed.to).toBe('owner@acme.test, dev@acme.test')
    expect(parsed.cc && !Array.isArray(parsed.cc) ? parsed.cc.text : parsed.cc).toBe('cc@acme.test')
    expect((first.run!.outputs.accepted ?? '').split('\n')).toEqual(['owner@acme.test', 'dev@acme.test', 'cc@acme.test'])

    const second = await runSendMail(baseInputs({ to: 'owner@acme.test,dev@acme.test', cc: 'cc@acme.test', status: 'success' }))
    expect(second.run!.outputs.status).toBe('duplicate')
    expect(second.run!.outputs['message-id']).toBe(first.run!.outputs['message-id'])
    expect(relay.server.received).toHaveLength(1)
  })

  test('a ledger file carries sent events to a run with a fresh artifacts folder', async () => {
    const ledger = join(relay.workspace.root, 'ledger.jsonl')
    const inputs = baseInputs({ to: 'owner@acme.test', ledger, 'event-key': 'weekly-2025-01', ...(await userTemplate()) })
    expect((await runSendMail(inputs)).run!.outputs.status).toBe('sent')
    const second = await runSendMail({ ...inputs, 'artifacts-dir': join(relay.workspace.root, 'fresh-artifacts') })
    expect(second.run!.outputs.status).toBe('duplicate')
    expect(relay.server.received).toHaveLength(1)
    const lines = (await readFile(ledger, 'utf8')).trim().split('\n').map((line) => JSON.parse(line))
    expect(lines.map((line) => line.state)).toEqual(['intent', 'sent'])
  })

  test('status failure: owners get release-failed, ops get an alert with the reasons and evidence', async () => {
    const store = new LocalEvidenceStore(relay.workspace.artifactsDir)
    const decision = releaseDecision()
    await store.write('release', RELEASE_SHA, {
      ...decision,
      decision: 'NO',
      status: 'failure',
      reasons: [{ file: 'acceptance/x/result.json', field: 'checks[0].status', message: 'smoke <failed>' }],
    })
    const { run } = await runSendMail(baseInputs({ to: 'owner@acme.test', ops: 'ops@acme.test' }))
    expect(run!.outputs.status).toBe('sent')
    expect(relay.server.received).toHaveLength(2)
    const byRecipient = Object.fromEntries(await Promise.all(relay.server.received.map(async (mail) => [mail.to[0], await simpleParser(mail.raw)] as const)))
    expect(byRecipient['owner@acme.test']!.subject).toBe('[acme/shop] release 0123456 failed')
    expect(byRecipient['owner@acme.test']!.text).toContain('- smoke <failed> (acceptance/x/result.json: checks[0].status)')
    expect(byRecipient['ops@acme.test']!.subject).toBe('[acme/shop] ops alert: release 0123456 failure')
    expect(byRecipient['ops@acme.test']!.html).toContain('smoke &lt;failed&gt;')
    expect(byRecipient['ops@acme.test']!.html).toContain('https://github.com/acme/shop/actions/runs/42')
  })

  test('status partial_success: ops get an alert, owners get nothing; success: owners get completed', async () => {
    const partial = await runSendMail(baseInputs({ to: 'owner@acme.test', ops: 'ops@acme.test', status: 'partial_success' }))
    expect(partial.run!.outputs.status).toBe('sent')
    expect(relay.server.received.map((mail) => mail.to)).toEqual([['ops@acme.test']])
    const success = await runSendMail(baseInputs({ to: 'owner@acme.test', ops: 'ops@acme.test', status: 'success' }))
    expect(success.run!.outputs.status).toBe('sent')
    expect(relay.server.received.map((mail) => mail.to)).toEqual([['ops@acme.test'], ['owner@acme.test']])
    expect((await relay.server.parsed(1)).subject).toBe('[acme/shop] release 0123456 completed')
  })

  test('dry run writes a parseable .eml with both parts and sends nothing; no password anywhere', async () => {
    const outbox = join(relay.workspace.root, 'outbox')
    const { run, logger } = await runSendMail(baseInputs({ to: 'owner@acme.test', 'dry-run': 'true', outbox, ...(await userTemplate()) }))
    expect(run!.outputs.status).toBe('dry-run')
    expect(relay.server.received).toHaveLength(0)
    const emlPath = run!.outputs['eml-path'] ?? ''
    expect(emlPath.startsWith(outbox)).toBe(true)
    const parsed = await simpleParser(await readFile(emlPath))
    expect(parsed.subject).toBe('Release 0123456 for Ann <ann@x> & co')
    expect(parsed.html).toContain('Ann &lt;ann@x&gt;')
    expect(parsed.text).toContain('https://example.test/notes?a=1&b=2')
    expect(await readdir(join(relay.workspace.artifactsDir, 'notifications')).catch(() => [])).not.toContain(RELEASE_SHA)
    const everything = (await relay.workspace.allText()) + JSON.stringify(run) + logger.text()
    expect(everything).not.toContain(relay.server.password)
  })

  test('a dry run .eml has no Bcc header, as the message sent has none; the send log still names the bcc recipients', async () => {
    const outbox = join(relay.workspace.root, 'outbox')
    const { run } = await runSendMail(baseInputs({ to: 'owner@acme.test', bcc: 'hidden@acme.test', 'dry-run': 'true', outbox, ...(await userTemplate()) }))
    expect(run!.outputs.status).toBe('dry-run')
    const eml = await readFile(run!.outputs['eml-path'] ?? '', 'utf8')
    expect(eml.slice(0, eml.indexOf('\n\n'))).not.toMatch(/^bcc:/im)
    expect(eml).not.toContain('hidden@acme.test')
    expect((await simpleParser(eml)).to).toMatchObject({ text: 'owner@acme.test' })
    const [logged] = (await readFile(join(relay.workspace.artifactsDir, 'notifications', 'send-log.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line))
    expect(logged).toMatchObject({ status: 'dry-run', recipient: 'owner@acme.test,hidden@acme.test' })
  })

  test('preview writes preview.html, .txt and .json without sending', async () => {
    const previewDir = join(relay.workspace.root, 'preview')
    const { run, logger } = await runSendMail(baseInputs({ to: 'owner@acme.test', 'preview-dir': previewDir, ...(await userTemplate()) }))
    expect(run!.outputs.status).toBe('dry-run')
    expect(relay.server.received).toHaveLength(0)
    expect((await readdir(previewDir)).sort()).toEqual(['preview.html', 'preview.json', 'preview.txt'])
    const description = JSON.parse(await readFile(join(previewDir, 'preview.json'), 'utf8'))
    expect(description.headers).toMatchObject({ From: FROM, To: ['owner@acme.test'], Subject: 'Release 0123456 for Ann <ann@x> & co' })
    expect(description.recipients).toEqual(['owner@acme.test'])
    expect(description.variables.who).toBe('Ann <ann@x> & co')
    expect(await readFile(join(previewDir, 'preview.html'), 'utf8')).toContain('Ann &lt;ann@x&gt;')
    const everything = (await relay.workspace.allText()) + JSON.stringify(run) + logger.text()
    expect(everything).not.toContain(relay.server.password)
  })

  test('enabled false: skipped with the reason, nothing sent, no host needed', async () => {
    const { run } = await runSendMail({ enabled: 'false', to: 'owner@acme.test', 'artifacts-dir': relay.workspace.artifactsDir, sha: RELEASE_SHA })
    expect(run!.outputs).toMatchObject({ status: 'skipped', reason: 'email sending disabled' })
  })

  test('bad input is a clear error and nothing is sent', async () => {
    const template = await userTemplate()
    const noHost = await runSendMail({ ...baseInputs({ to: 'owner@acme.test', ...template }), 'smtp-host': '' })
    expect(noHost.error?.message).toMatch(/smtp-host.*required/)
    const badFrom = await runSendMail(baseInputs({ to: 'owner@acme.test', from: 'intruder@evil.test', ...template }))
    expect(badFrom.error?.message).toMatch(/'intruder@evil.test' is not in allowed-from/)
    const unknown = await runSendMail(baseInputs({ to: 'owner@acme.test', ...template, subject: 'Hi {{nobody}}' }))
    expect(unknown.error?.message).toMatch(/unknown variable 'nobody'/)
    const badTemplate = await runSendMail(baseInputs({ to: 'owner@acme.test', template: 'no-such' }))
    expect(badTemplate.error?.message).toMatch(/not a built-in template/)
    const badAddress = await runSendMail(baseInputs({ to: 'not-an-address', ...template }))
    expect(badAddress.error?.message).toMatch(/'not-an-address' is not a mail address/)
    expect(relay.server.received).toHaveLength(0)
  })
})
