// Roster sends (the mail-updater runbook) and the delivery email, against the real smtp-server.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { deliver } from '../../src/delivery/deliver.js'
import { defaultLayout } from '../../src/delivery/layout.js'
import { LocalDestination } from '../../src/delivery/local-destination.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { systemClock } from '../../src/platform/clock.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { fastClock, FROM, RELEASE_SHA, runSendMail, useMailRelay } from '../helpers/mail-fixtures.js'

const relay = useMailRelay()

const ROSTER = [
  'email,name,status,team',
  'ann@acme.test,Ann,active,Blue',
  'bob@acme.test,"Bob, Jr.",active,Red',
  'cat@acme.test,Cat,inactive,Blue',
  'dan@acme.test,Dan,active,Green',
].join('\n')

async function rosterInputs(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  return {
    ...relay.server.inputs(),
    from: FROM,
    'allowed-from': '@acme.test',
    roster: await relay.workspace.file('roster.csv', ROSTER),
    'event-key': 'digest-2025-01-02',
    variables: JSON.stringify({ items: ['v2 shipped', 'acceptance green'] }),
    'artifacts-dir': relay.workspace.artifactsDir,
    sha: RELEASE_SHA,
    ...extra,
  }
}

async function sendLog(): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(join(relay.workspace.artifactsDir, 'notifications', 'send-log.jsonl'), 'utf8')
  return text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
}

describe('roster sends', () => {
  test('dry run is the default: one .eml per active person, nothing sent', async () => {
    const { run } = await runSendMail(await rosterInputs())
    expect(run!.outputs.status).toBe('dry-run')
    expect(relay.server.received).toHaveLength(0)
    const emls = (run!.outputs['eml-path'] ?? '').split('\n')
    expect(emls).toHaveLength(3)
    expect(JSON.parse(run!.outputs.counts ?? '{}')).toMatchObject({ 'dry-run': 3, sent: 0 })
  })

  test('a live send reaches each active person once with their columns; the log has a line each; a rerun sends nothing', async () => {
    const inputs = await rosterInputs({ 'dry-run': 'false', subject: 'Digest for {{name}} ({{team}})' })
    const { run } = await runSendMail(inputs)
    expect(run!.outputs.status).toBe('sent')
    expect(relay.server.received.map((mail) => mail.to[0]).sort()).toEqual(['ann@acme.test', 'bob@acme.test', 'dan@acme.test'])
    const bob = await relay.server.parsed(relay.server.received.findIndex((mail) => mail.to[0] === 'bob@acme.test'))
    expect(bob.subject).toBe('Digest for Bob, Jr. (Red)')
    expect(bob.text).toContain('Hello Bob, Jr.,')
    expect(bob.text).toContain('- acceptance green')
    const log = await sendLog()
    expect(log.map((entry) => [entry.recipient, entry.status]).sort()).toEqual([
      ['ann@acme.test', 'sent'],
      ['bob@acme.test', 'sent'],
      ['dan@acme.test', 'sent'],
    ])
    for (const entry of log) {
      expect(entry.messageId).toMatch(/^<.+@acme\.test>$/)
      expect(String(entry.response)).toMatch(/^250 /)
      expect(Date.parse(String(entry.time))).not.toBeNaN()
    }
    const rerun = await runSendMail(inputs)
    expect(rerun.run!.outputs.status).toBe('duplicate')
    expect(relay.server.received).toHaveLength(3)
  })

  test('a ledger and a send log whose last line was cut short (a crash, a full disk): the next send starts a new line, every later run reads on', async () => {
    const notifications = join(relay.workspace.artifactsDir, 'notifications')
    await mkdir(notifications, { recursive: true })
    const ledger = join(notifications, 'ledger.jsonl')
    const log = join(notifications, 'send-log.jsonl')
    await writeFile(ledger, '{"eventKey":"local/ws|daily:2025-01-02|ann@acme.t')
    await writeFile(log, '{"time":"2025-01-02T07:00:00.000Z","event":"daily-di')
    const inputs = await rosterInputs({ 'dry-run': 'false' })
    const first = await runSendMail(inputs)
    expect(first.error).toBeUndefined()
    expect(first.run!.outputs.status).toBe('sent')
    expect(first.logger.text()).toContain(`${ledger}: the last line has no line end and is not a whole record`)
    const ledgerLines = (await readFile(ledger, 'utf8')).split('\n')
    expect(ledgerLines[0]).toBe('{"eventKey":"local/ws|daily:2025-01-02|ann@acme.t')
    expect(ledgerLines.slice(1, -1).map((line) => JSON.parse(line).state).sort()).toEqual(['intent', 'intent', 'intent', 'sent', 'sent', 'sent'])
    expect((await readFile(log, 'utf8')).split('\n').slice(1, -1).map((line) => JSON.parse(line).recipient).sort()).toEqual(['ann@acme.test', 'bob@acme.test', 'dan@acme.test'])

    const rerun = await runSendMail(inputs)
    expect(rerun.error).toBeUndefined()
    expect(rerun.run!.outputs.status).toBe('duplicate')
    expect(rerun.logger.text()).toContain(`${ledger}:1: a record cut short`)
    expect(relay.server.received).toHaveLength(3)
  })

  test('a refused recipient fails alone; the rerun retries only that one', async () => {
    relay.server.rejectRecipients.add('bob@acme.test')
    const inputs = await rosterInputs({ 'dry-run': 'false' })
    const first = await runSendMail(inputs, { clock: fastClock() })
    expect(first.run!.outputs.status).toBe('failed')
    expect(JSON.parse(first.run!.outputs.counts ?? '{}')).toMatchObject({ sent: 2, failed: 1 })
    relay.server.rejectRecipients.clear()
    const second = await runSendMail(inputs, { clock: fastClock() })
    expect(JSON.parse(second.run!.outputs.counts ?? '{}')).toMatchObject({ sent: 1, duplicate: 2, failed: 0 })
    expect(relay.server.received.map((mail) => mail.to[0]).sort()).toEqual(['ann@acme.test', 'bob@acme.test', 'dan@acme.test'])
  })

  test('a roster with broken lines: every problem with its line, nothing sent', async () => {
    const roster = await relay.workspace.file('broken.csv', ['email,name,status', 'ann@acme.test,Ann,active', 'not-an-address,X,active', 'ann@ACME.test,Ann again,active', 'eve@acme.test,Eve', 'fay@acme.test,Fay,maybe'].join('\n'))
    const { error } = await runSendMail({ ...(await rosterInputs({ 'dry-run': 'false' })), roster })
    expect(error?.message).toContain(`${roster}:3: email 'not-an-address' is not a mail address`)
    expect(error?.message).toContain(`${roster}:4: duplicate email 'ann@ACME.test' (first on line 2)`)
    expect(error?.message).toContain(`${roster}:5: has 2 fields, the header has 3`)
    expect(error?.message).toContain(`${roster}:6: status 'maybe' must be active or inactive`)
    expect(relay.server.received).toHaveLength(0)
  })
})

describe('the delivery email', () => {
  test('sends delivery-ready from the delivery result and records email.status in the manifest run', async () => {
    const store = new LocalEvidenceStore(relay.workspace.artifactsDir)
    const file = await relay.workspace.file('report.pdf', 'the final report')
    const destination = new LocalDestination(join(relay.workspace.root, 'deliveries', 'acme-website'), systemClock)
    const { manifestPath } = await deliver(
      { sha: RELEASE_SHA, project: 'acme-website', files: [file], workspace: relay.workspace.root, layout: defaultLayout, refreshShareLink: false, destinationLabel: 'local:deliveries' },
      { destination, store, logger: new RecordingLogger(), clock: systemClock },
    )
    const inputs = { ...relay.server.inputs(), from: FROM, 'allowed-from': FROM, to: 'client@customer.test', delivery: 'true', 'artifacts-dir': relay.workspace.artifactsDir, sha: RELEASE_SHA }
    const { run, error } = await runSendMail(inputs)
    expect(error).toBeUndefined()
    expect(run!.outputs.status).toBe('sent')
    const parsed = await relay.server.parsed()
    expect(parsed.subject).toBe('acme-website: version 1 is ready')
    expect(parsed.text).toContain('- report.pdf (16 bytes)')
    expect(parsed.html).toMatch(/<a href="file:\/\/[^"]+01_Deliverables\/Final\/?">Download<\/a>/)
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'))
    expect(manifest.runs.at(-1).email).toEqual({ status: 'sent' })

    const disabled = await runSendMail({ ...inputs, enabled: 'false' })
    expect(disabled.run!.outputs.status).toBe('skipped')
    // A recorded sent is final: the disabled run does not replace it with skipped.
    expect(JSON.parse(await readFile(manifestPath, 'utf8')).runs.at(-1).email).toEqual({ status: 'sent' })
    expect((await readdir(join(relay.workspace.artifactsDir, 'notifications', RELEASE_SHA))).filter((name) => name.endsWith('.json'))).toHaveLength(1)
  })
})
