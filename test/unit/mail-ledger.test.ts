// The deliver-once ledger: validated records, the journal between runs, reconciliation of intents.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NOTIFICATION_SCHEMA, type NotificationRecord } from '../../src/contracts/notification.js'
import { isCutShortRecord } from '../../src/mail/jsonl.js'
import { NotificationLedger } from '../../src/mail/ledger.js'
import { RELEASE_SHA } from '../helpers/contract-examples.js'
import { repositoryRoot } from '../helpers/run-bundle.js'

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

const entry = (eventKey: string, state: 'intent' | 'sent' = 'sent') => ({ eventKey, event: 'custom-0123456789abcdef', sha: RELEASE_SHA, state, messageId: `<${eventKey}@acme.test>`, at: '2025-01-02T03:00:01.000Z' })
const TORN = '{"eventKey":"local/ws|daily:2025-01-02|ann@acme.t'

/** Appends `count` journal lines from another process, through the ledger's own code. */
function appendFromAnotherProcess(journal: string, who: string, count: number): Promise<void> {
  const script = `
    const { NotificationLedger } = await import(${JSON.stringify(join(repositoryRoot, 'src/mail/ledger.ts'))})
    const ledger = await NotificationLedger.open(${JSON.stringify(root)}, ${JSON.stringify(journal)})
    for (let index = 0; index < ${count}; index++) {
      ledger.recordInJournal({ eventKey: '${who}-' + index, event: 'custom-0123456789abcdef', sha: '${RELEASE_SHA}', state: 'sent', messageId: '<${who}-' + index + '@acme.test>', at: new Date().toISOString() })
    }
    ledger.close()`
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repositoryRoot, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`appender ${who} exited ${code}: ${stderr}`))))
  })
}

describe('a journal line cut short (a crash or a full disk mid-append)', () => {
  test('is ignored with a warning naming the file while it is last; the next append starts a new line and later readers skip it', async () => {
    const journal = join(root, 'ledger.jsonl')
    await writeFile(journal, `${JSON.stringify(entry('key-0'))}\n${TORN}`)
    const warnings: string[] = []
    const ledger = await NotificationLedger.open(root, journal, (message) => warnings.push(message))
    expect(warnings).toEqual([`${journal}: the last line has no line end and is not a whole record (a write cut short by a crash or a full disk); ignored, and the next record starts on a new line`])
    expect((await ledger.previous('custom-0123456789abcdef', 'key-0')).state).toBe('sent')
    ledger.recordInJournal(entry('key-1'))
    ledger.close()
    expect(await readFile(journal, 'utf8')).toBe(`${JSON.stringify(entry('key-0'))}\n${TORN}\n${JSON.stringify(entry('key-1'))}\n`)

    const later: string[] = []
    const reader = await NotificationLedger.open(root, journal, (message) => later.push(message))
    expect((await reader.previous('custom-0123456789abcdef', 'key-1')).state).toBe('sent')
    expect(later).toEqual([`${journal}:2: a record cut short (a write interrupted by a crash or a full disk); skipped`])
  })

  test('several processes appending at once after a torn line: every record is read, none is lost or joined to another', async () => {
    const journal = join(root, 'ledger.jsonl')
    await writeFile(journal, `${JSON.stringify(entry('first'))}\n${TORN}`)
    await Promise.all(['a', 'b', 'c', 'd'].map((who) => appendFromAnotherProcess(journal, who, 150)))
    const warnings: string[] = []
    const ledger = await NotificationLedger.open(root, journal, (message) => warnings.push(message))
    for (const who of ['a', 'b', 'c', 'd']) {
      for (const index of [0, 77, 149]) expect((await ledger.previous('custom-0123456789abcdef', `${who}-${index}`)).state).toBe('sent')
    }
    const lines = (await readFile(journal, 'utf8')).split('\n').filter((line) => line !== '')
    expect(lines).toHaveLength(2 + 4 * 150)
    expect(lines.filter((line) => line === TORN)).toHaveLength(1)
    expect(warnings).toEqual([`${journal}:2: a record cut short (a write interrupted by a crash or a full disk); skipped`])
  })

  test('a line edited by hand, or a torn line with the next record written onto it, is still an error', async () => {
    const journal = join(root, 'ledger.jsonl')
    await writeFile(journal, `${JSON.stringify(entry('key-0'))}\n{"eventKey": oops}\n${JSON.stringify(entry('key-1'))}\n`)
    await expect(NotificationLedger.open(root, journal)).rejects.toThrow(/ledger.jsonl:2: not valid JSON .*must not be edited by hand/)
    await writeFile(journal, `${TORN}${JSON.stringify(entry('key-1'))}\n`)
    await expect(NotificationLedger.open(root, journal)).rejects.toThrow(new RegExp(`ledger.jsonl:1: not valid JSON .*; a record cut short with the next one written onto it: put a line break before column ${TORN.length + 1}$`))
  })

  test('what a cut-short record looks like: the start of a JSON object, valid as far as it goes', () => {
    const whole = JSON.stringify({ time: 'x', response: null, attempts: 12, ok: true, list: [1, 'a\\"b'], nested: { value: -1.5e3 } })
    for (let length = 1; length < whole.length; length++) expect([length, isCutShortRecord(whole.slice(0, length))]).toEqual([length, true])
    for (const damaged of ['', 'not json', '{"a":1}x', '{"a" 1', '{"a":tru e', '{"a":01}', '{"a":"b\\q', `${TORN}{"eventKey":"k"}`, '["a"', ' {"a"']) {
      expect([damaged, isCutShortRecord(damaged)]).toEqual([damaged, false])
    }
  })
})
