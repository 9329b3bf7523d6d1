// The carried mail state as the scheduled workflow's steps handle it, through the CLI bundle:
// `mail state-verify` takes a state kept before the stamp and a last line cut short by a kill (with
// a warning) and refuses another repository's state or a damaged line in the middle; `mail
// reinstate` gives a retired address back to roster sends. Needs `npm run build -- cli` first.
import { execFile } from 'node:child_process'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { verifyCarriedState } from '../../src/mail/carried-state.js'
import { retiredAddresses, SendLog } from '../../src/mail/send-log.js'
import { SecretMasker } from '../../src/platform/logger.js'
import { repositoryRoot } from '../helpers/run-bundle.js'
import { temporaryFolder } from '../helpers/temporary-folders.js'

const cli = join(repositoryRoot, 'dist', 'cli', 'index.js')
const REPOSITORY = 'acme/shipgate'

let folder: string

beforeEach(async () => {
  folder = await temporaryFolder('shipgate-carried-state-')
})

function shipgate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: folder }
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd: folder, env }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

const sent = (recipient: string) => JSON.stringify({ time: '2026-12-01T07:00:00.000Z', event: 'daily-digest-0123456789abcdef', template: 'daily-digest', recipient, status: 'sent', response: '250 ok', messageId: '<a@acme.test>', error: null, attempts: 1 })
const retired = (recipient: string) =>
  JSON.stringify({ time: '2026-12-01T08:00:00.000Z', event: 'bounce-scan', template: '', recipient, status: 'retired', response: null, messageId: null, error: null, attempts: 0, retirement: { reason: 'bounced 2026-12-01 (hard, 5.1.1)', scan: 'bounce-scan:1.1', noticeMessageIds: ['<n@acme.test>'] } })
const stamp = (repository: string) => JSON.stringify({ schema: 'shipgate.mail-state/v1', repository, workflow: '.github/workflows/scheduled-send.yml', runId: '42', writtenAt: '2026-12-01T08:00:00.000Z' })

describe('shipgate mail state-verify', () => {
  test('a state kept before the stamp passes with a warning; a stamp naming another repository is refused', async () => {
    const state = join(folder, 'state')
    await mkdir(state)
    await writeFile(join(state, 'send-log.jsonl'), `${sent('ann@acme.test')}\n`)
    const legacy = await shipgate('mail', 'state-verify', '--dir', state, '--repository', REPOSITORY)
    expect(legacy.code).toBe(0)
    expect(legacy.stdout).toContain('state.json: missing: a state kept before shipgate stamped its mail state')
    expect(legacy.stdout).toContain('an unstamped mail state; 1 line checked')

    await writeFile(join(state, 'state.json'), stamp('mallory/shipgate'))
    const foreign = await shipgate('mail', 'state-verify', '--dir', state, '--repository', REPOSITORY)
    expect(foreign.code).toBe(2)
    expect(foreign.stderr).toContain("repository: is 'mallory/shipgate', expected 'acme/shipgate'")
    expect(foreign.stderr).not.toMatch(/\n\s+at /)
  })

  test('a last line cut short by a kill passes with a warning; a damaged line before the last is refused with its line number', async () => {
    const state = join(folder, 'state')
    await mkdir(state)
    await writeFile(join(state, 'state.json'), stamp(REPOSITORY))
    await writeFile(join(state, 'send-log.jsonl'), `${sent('ann@acme.test')}\n${sent('bob@acme.test').slice(0, 40)}`)
    const torn = await shipgate('mail', 'state-verify', '--dir', state, '--repository', REPOSITORY)
    expect(torn.code).toBe(0)
    expect(torn.stdout).toContain('send-log.jsonl:2: a last line cut short')

    // A record cut short and then another written onto it (as writers did before they started a new line) is damage.
    await writeFile(join(state, 'send-log.jsonl'), `${sent('ann@acme.test').slice(0, 40)}${sent('bob@acme.test')}\n${sent('cy@acme.test')}\n`)
    const damaged = await shipgate('mail', 'state-verify', '--dir', state, '--repository', REPOSITORY)
    expect(damaged.code).toBe(2)
    expect(damaged.stderr).toContain('send-log.jsonl:1: not a JSON line')
  })
})

describe('verifyCarriedState (from the source)', () => {
  test('a record cut short that a later append ended with its own line passes with a warning; the records after it are checked', async () => {
    const state = join(folder, 'state')
    await mkdir(state)
    await writeFile(join(state, 'state.json'), stamp(REPOSITORY))
    const path = join(state, 'send-log.jsonl')
    await writeFile(path, `${sent('ann@acme.test')}\n${sent('bob@acme.test').slice(0, 40)}`)
    const log = new SendLog(path, new SecretMasker())
    log.append(JSON.parse(sent('cy@acme.test')))
    log.close()
    const checked = await verifyCarriedState(state, REPOSITORY)
    expect(checked.lines).toBe(2)
    expect(checked.warnings).toEqual([`${path}:2: a record cut short (a run killed or a disk full while writing it); skipped, as every reader skips it`])

    await writeFile(path, `${sent('ann@acme.test')}\nnot json\n${sent('cy@acme.test')}\n`)
    await expect(verifyCarriedState(state, REPOSITORY)).rejects.toThrow(`${path}:2: not a JSON line`)
  })
})

describe('shipgate mail reinstate', () => {
  test('gives a retired address back to roster sends; again, or for an address never retired, writes nothing', async () => {
    const log = join(folder, 'send-log.jsonl')
    await writeFile(log, `${sent('ann@acme.test')}\n${retired('ann@acme.test')}\n`)
    expect([...(await retiredAddresses(log)).keys()]).toEqual(['ann@acme.test'])

    const first = await shipgate('mail', 'reinstate', 'Ann@acme.test', '--send-log', log, '--note', 'mailbox fixed')
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('reinstated')
    expect([...(await retiredAddresses(log)).keys()]).toEqual([])
    const lines = (await readFile(log, 'utf8')).trim().split('\n')
    expect(JSON.parse(lines[2]!)).toMatchObject({ status: 'reinstated', recipient: 'Ann@acme.test', reinstatement: { note: 'mailbox fixed' } })

    const again = await shipgate('mail', 'reinstate', 'ann@acme.test', '--send-log', log)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('not retired')
    expect((await readFile(log, 'utf8')).trim().split('\n')).toHaveLength(3)

    // Retired again by a later scan: retired again.
    await writeFile(log, `${await readFile(log, 'utf8')}${retired('ann@acme.test')}\n`)
    expect([...(await retiredAddresses(log)).keys()]).toEqual(['ann@acme.test'])

    // The reinstated line passes the carried state's check.
    await writeFile(join(folder, 'state.json'), stamp(REPOSITORY))
    expect((await shipgate('mail', 'state-verify', '--dir', folder, '--repository', REPOSITORY)).code).toBe(0)
    expect(await readdir(folder)).toContain('send-log.jsonl')
  })

  test('a bad address or a missing --send-log is a usage error with no stack trace; --help exits 0', async () => {
    const bad = await shipgate('mail', 'reinstate', 'not-an-address', '--send-log', join(folder, 'log.jsonl'))
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('not-an-address')
    expect(bad.stderr).not.toMatch(/\n\s+at /)
    expect((await shipgate('mail', 'reinstate', 'ann@acme.test')).code).toBe(2)
    const help = await shipgate('mail', 'reinstate', '--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: shipgate mail reinstate')
  })
})
