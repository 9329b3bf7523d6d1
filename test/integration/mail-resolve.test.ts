// `shipgate mail resolve` from the source (the CLI run with tsx in its own process): it settles only
// a message that the named ledger lists as unconfirmed, and refuses bad arguments (a SHA that is not
// one, a ledger that is not there) with exit 2 and nothing written.
import { execFile } from 'node:child_process'
import { access, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { NOTIFICATION_SCHEMA, type NotificationRecord } from '../../src/contracts/notification.js'
import { NotificationLedger, notificationsFolder } from '../../src/mail/ledger.js'
import { RELEASE_SHA } from '../helpers/contract-examples.js'
import { repositoryRoot } from '../helpers/run-bundle.js'
import { temporaryFolder } from '../helpers/temporary-folders.js'

const EVENT = 'custom-0123456789abcdef'

let folder: string
let artifactsDir: string

beforeEach(async () => {
  folder = await temporaryFolder('shipgate-mail-resolve-')
  artifactsDir = join(folder, '.artifacts')
})

// The tsx loader by its path: the CLI runs in the test's temp folder, where the package is not found by name.
const tsx = pathToFileURL(join(repositoryRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href

function shipgate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: folder }
  return new Promise((done) => {
    execFile(process.execPath, ['--import', tsx, join(repositoryRoot, 'src/cli/index.ts'), ...args], { cwd: folder, env }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  )

/** A message handed to the relay with no answer, as a killed run leaves it: the intent in the journal and the record. */
async function unconfirmed(journal?: string): Promise<void> {
  const intent: NotificationRecord = {
    schema: NOTIFICATION_SCHEMA, sha: RELEASE_SHA, repository: 'acme/shop', event: EVENT, eventKey: 'acme/shop|key', template: 'custom', state: 'intent',
    messageId: '<abc.shipgate@acme.test>', subject: 's', from: 'releases@acme.test', recipients: { to: ['owner@acme.test'], cc: [], bcc: [] },
    accepted: [], rejected: [], response: null, error: null, attempts: 0, intentAt: '2025-01-02T03:00:00.000Z', settledAt: null,
  }
  const ledger = await NotificationLedger.open(notificationsFolder(artifactsDir, RELEASE_SHA), journal)
  ledger.recordHandover(intent)
  ledger.close()
}

describe('shipgate mail resolve', () => {
  test('a --sha that is not 40 lowercase hex is a usage error; nothing is written', async () => {
    const journal = join(folder, 'ledger.jsonl')
    await unconfirmed(journal)
    const before = await readFile(journal, 'utf8')
    for (const sha of ['nothex', RELEASE_SHA.toUpperCase(), RELEASE_SHA.slice(0, 7)]) {
      const result = await shipgate('mail', 'resolve', EVENT, 'owner@acme.test', '--sha', sha, '--ledger', journal, '--artifacts-dir', artifactsDir, '--sent')
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`--sha '${sha}': not a commit SHA (40 lowercase hex characters, as git rev-parse HEAD prints it)`)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
    expect(await readFile(journal, 'utf8')).toBe(before)
  })

  test('a --ledger that does not exist is an error naming it; no folder or journal is created', async () => {
    await unconfirmed(join(folder, 'ledger.jsonl'))
    const missing = join(folder, 'nonexistent', 'l.jsonl')
    for (const sha of [[], ['--sha', RELEASE_SHA]]) {
      const result = await shipgate('mail', 'resolve', EVENT, 'owner@acme.test', ...sha, '--ledger', missing, '--artifacts-dir', artifactsDir, '--sent')
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`${missing}: no such ledger`)
      expect(await exists(join(folder, 'nonexistent'))).toBe(false)
    }
  })

  test('a message the named ledger does not list is not settled, even with its record beside it', async () => {
    // The record is here, the journal the run used is another file: the default journal does not list it.
    await unconfirmed(join(folder, 'carried', 'ledger.jsonl'))
    const defaultJournal = join(notificationsFolder(artifactsDir, RELEASE_SHA), 'ledger.jsonl')
    const result = await shipgate('mail', 'resolve', EVENT, 'owner@acme.test', '--sha', RELEASE_SHA, '--artifacts-dir', artifactsDir, '--sent')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`${defaultJournal}: no such ledger`)
    expect(await exists(defaultJournal)).toBe(false)

    const settled = await shipgate('mail', 'resolve', EVENT, 'owner@acme.test', '--sha', RELEASE_SHA, '--ledger', join(folder, 'carried', 'ledger.jsonl'), '--artifacts-dir', artifactsDir, '--sent')
    expect(settled).toMatchObject({ code: 0, stderr: '' })
    expect(settled.stdout).toContain('recorded as sent; no run sends it again')
  })

  test('a ledger that is there but does not list the event: not in it, nothing written', async () => {
    await unconfirmed(join(folder, 'ledger.jsonl'))
    const other = join(folder, 'other.jsonl')
    const line = JSON.stringify({ eventKey: 'acme/shop|other', event: 'custom-ffffffffffffffff', sha: RELEASE_SHA, state: 'intent', messageId: '<x@acme.test>', at: '2025-01-02T03:00:00.000Z' })
    await writeFile(other, `${line}\n`)
    const result = await shipgate('mail', 'resolve', EVENT, 'owner@acme.test', '--sha', RELEASE_SHA, '--ledger', other, '--artifacts-dir', artifactsDir, '--sent')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`event '${EVENT}': not in ${other}`)
    expect(await readFile(other, 'utf8')).toBe(`${line}\n`)
  })
})
