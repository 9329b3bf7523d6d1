// The deliver-once ledger: validated records, the journal between runs, reconciliation of intents.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NOTIFICATION_SCHEMA, type NotificationRecord } from '../../src/contracts/notification.js'
import { NotificationLedger } from '../../src/mail/ledger.js'
import { RELEASE_SHA } from '../helpers/contract-examples.js'

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'shipgate-ledger-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

function record(state: NotificationRecord['state'], event = 'custom-0123456789abcdef', eventKey = 'key-1'): NotificationRecord {
  return {
    schema: NOTIFICATION_SCHEMA, sha: RELEASE_SHA, repository: 'acme/shop', event, eventKey, template: 'custom', state,
    messageId: '<abc.shipgate@acme.test>', subject: 's', from: 'a@acme.test', recipients: { to: ['b@acme.test'], cc: [], bcc: [] },
    accepted: [], rejected: [], response: null, error: null, attempts: 0, intentAt: '2025-01-02T03:00:00.000Z', settledAt: state === 'intent' ? null : '2025-01-02T03:00:01.000Z',
  }
}

describe('NotificationLedger', () => {
  test('new, then an unsettled intent is unconfirmed, a settled send is sent, a failure may be sent again', async () => {
    const folder = join(root, 'notifications', RELEASE_SHA)
    const ledger = await NotificationLedger.open(folder)
    expect(await ledger.previous('custom-0123456789abcdef', 'key-1')).toEqual({ state: 'new' })
    await ledger.record(record('intent'))
    expect(await (await NotificationLedger.open(folder)).previous('custom-0123456789abcdef', 'key-1')).toEqual({ state: 'unconfirmed', messageId: '<abc.shipgate@acme.test>' })
    await ledger.record(record('failed'))
    expect((await (await NotificationLedger.open(folder)).previous('custom-0123456789abcdef', 'key-1')).state).toBe('failed')
    await ledger.record(record('sent'))
    expect((await (await NotificationLedger.open(folder)).previous('custom-0123456789abcdef', 'key-1')).state).toBe('sent')
  })

  test('the journal reconciles an intent by its Message-ID when the record was not settled', async () => {
    const journal = join(root, 'ledger.jsonl')
    const folder = join(root, 'notifications', RELEASE_SHA)
    const ledger = await NotificationLedger.open(folder, journal)
    await ledger.record(record('intent'))
    ledger.close()
    // The run stopped after the journal said sent and before the record file was rewritten.
    await writeFile(journal, `${await readFile(journal, 'utf8')}${JSON.stringify({ eventKey: 'key-1', event: 'custom-0123456789abcdef', sha: RELEASE_SHA, state: 'sent', messageId: '<abc.shipgate@acme.test>', at: '2025-01-02T03:00:01.000Z' })}\n`)
    expect((await (await NotificationLedger.open(folder, journal)).previous('custom-0123456789abcdef', 'key-1')).state).toBe('sent')
  })

  test('what another run appends to the journal after this one opened it is seen before the next decision', async () => {
    const journal = join(root, 'ledger.jsonl')
    const folder = join(root, 'notifications', RELEASE_SHA)
    const mine = await NotificationLedger.open(folder, journal)
    const other = await NotificationLedger.open(folder, journal)
    expect(await mine.previous('custom-0123456789abcdef', 'key-1')).toEqual({ state: 'new' })
    other.recordHandover(record('intent'))
    expect((await mine.previous('custom-0123456789abcdef', 'key-1')).state).toBe('unconfirmed')
    await other.record(record('failed'))
    expect((await mine.previous('custom-0123456789abcdef', 'key-1')).state).toBe('failed')
    await other.record(record('sent'))
    expect((await mine.previous('custom-0123456789abcdef', 'key-1')).state).toBe('sent')
    other.close()
  })

  test('many questions at once (a roster send\'s workers) each read the journal from where the last read ended', async () => {
    const journal = join(root, 'ledger.jsonl')
    const folder = join(root, 'notifications', RELEASE_SHA)
    const mine = await NotificationLedger.open(folder, journal)
    const other = await NotificationLedger.open(folder, journal)
    const events = Array.from({ length: 20 }, (_, index) => ({ event: `custom-${String(index).padStart(16, '0')}`, key: `key-${index}` }))
    await mine.previous(events[0]!.event, events[0]!.key)
    for (const { event, key } of events) other.recordHandover(record('intent', event, key))
    const states = await Promise.all(events.map(({ event, key }) => mine.previous(event, key)))
    expect(states.map((state) => state.state)).toEqual(events.map(() => 'unconfirmed'))
    // Journal only, as a run with a carried ledger and another artifacts folder writes it.
    other.recordInJournal({ eventKey: 'key-19', event: events[19]!.event, sha: RELEASE_SHA, state: 'sent', messageId: '<abc.shipgate@acme.test>', at: '2025-01-02T03:00:01.000Z' })
    expect((await mine.previous(events[19]!.event, 'key-19')).state).toBe('sent')
    other.close()
  })

  test('a tampered record or journal line stops the run with the file, line and field', async () => {
    const folder = join(root, 'notifications', RELEASE_SHA)
    const ledger = await NotificationLedger.open(folder)
    await ledger.record(record('sent'))
    await writeFile(ledger.recordPath('custom-0123456789abcdef'), JSON.stringify({ ...record('sent'), state: 'delivered' }))
    await expect((await NotificationLedger.open(folder)).previous('custom-0123456789abcdef', 'key-1')).rejects.toThrow(/custom-0123456789abcdef.json: state: /)
    const journal = join(root, 'ledger.jsonl')
    await writeFile(journal, '{"eventKey":"k"}\nnot json\n')
    await expect(NotificationLedger.open(folder, journal)).rejects.toThrow(/ledger.jsonl:1: /)
  })
})
