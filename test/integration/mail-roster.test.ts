// `shipgate mail roster set-status | import | export` as an operator runs them: the bundle
// dist/cli/index.js on real files in a temp folder. Needs `npm run build -- cli` first.
import { execFile } from 'node:child_process'
import { access, lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { retireInRoster } from '../../src/mail/bounces/roster-update.js'
import { rewriteRoster, setStatusInText } from '../../src/mail/roster-care.js'
import { repositoryRoot } from '../helpers/run-bundle.js'
import { temporaryFolder } from '../helpers/temporary-folders.js'

const cli = join(repositoryRoot, 'dist', 'cli', 'index.js')

let folder: string

beforeEach(async () => {
  folder = await temporaryFolder('shipgate-mail-roster-')
})

async function shipgate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: folder }
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd: folder, env }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

const read = (name: string) => readFile(join(folder, name), 'utf8')
const exists = (name: string) =>
  access(join(folder, name)).then(
    () => true,
    () => false,
  )

async function people(roster = 'roster.csv'): Promise<Array<Record<string, string>>> {
  const result = await shipgate('mail', 'roster', 'export', '--roster', roster, '--json')
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as Array<Record<string, string>>
}

const ROSTER = 'email,name,status,team\nann@acme.test,Ann,active,Blue\nbob@acme.test,Bob,active,Red\n'

describe('shipgate mail roster set-status', () => {
  test('sets the status with a note column added at the end, keeps a backup, and sets it back', async () => {
    await writeFile(join(folder, 'roster.csv'), ROSTER)
    const retire = await shipgate('mail', 'roster', 'set-status', 'BOB@acme.test', 'inactive', '--note', 'left the team', '--roster', 'roster.csv')
    expect(retire.stderr).toBe('')
    expect(retire.code).toBe(0)
    expect(retire.stdout).toContain('bob@acme.test is now inactive (note: left the team) (was active)')
    expect(await read('roster.csv')).toBe('email,name,status,team,note\nann@acme.test,Ann,active,Blue,\nbob@acme.test,Bob,inactive,Red,left the team\n')
    expect(await read('roster.csv.bak')).toBe(ROSTER)
    expect((await shipgate('mail', 'validate-roster', '--roster', 'roster.csv')).code).toBe(0)

    const again = await shipgate('mail', 'roster', 'set-status', 'bob@acme.test', 'inactive', '--roster', 'roster.csv')
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('already inactive; nothing written')
    expect(await read('roster.csv.bak')).toBe(ROSTER)

    const back = await shipgate('mail', 'roster', 'set-status', 'bob@acme.test', 'active', '--roster', 'roster.csv')
    expect(back.code).toBe(0)
    expect(await read('roster.csv.bak')).toBe('email,name,status,team,note\nann@acme.test,Ann,active,Blue,\nbob@acme.test,Bob,inactive,Red,left the team\n')
    expect((await people()).map((person) => [person.email, person.status, person.note])).toEqual([
      ['ann@acme.test', 'active', ''],
      ['bob@acme.test', 'active', 'left the team'],
    ])
  })

  test('an address not on the roster exits 2 naming it and writes nothing', async () => {
    await writeFile(join(folder, 'roster.csv'), ROSTER)
    const result = await shipgate('mail', 'roster', 'set-status', 'zed@acme.test', 'inactive', '--roster', 'roster.csv')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("'zed@acme.test' is not on the roster roster.csv")
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(await read('roster.csv')).toBe(ROSTER)
    expect(await exists('roster.csv.bak')).toBe(false)
  })

  test('a status other than active or inactive, and no roster anywhere, are usage errors', async () => {
    await writeFile(join(folder, 'roster.csv'), ROSTER)
    const badStatus = await shipgate('mail', 'roster', 'set-status', 'ann@acme.test', 'gone', '--roster', 'roster.csv')
    expect(badStatus.code).toBe(2)
    expect(badStatus.stderr).toContain("'active' or 'inactive'")
    const noRoster = await shipgate('mail', 'roster', 'set-status', 'ann@acme.test', 'inactive')
    expect(noRoster.code).toBe(2)
    expect(noRoster.stderr).toContain('give the roster: --roster FILE')
  })

  test("without --roster, the roster named by shipgate.yml's mail.roster is the one changed", async () => {
    await writeFile(join(folder, 'people.csv'), ROSTER)
    await writeFile(join(folder, 'shipgate.yml'), 'mail:\n  roster: people.csv\n')
    const result = await shipgate('mail', 'roster', 'set-status', 'ann@acme.test', 'inactive')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(await read('people.csv')).toContain('ann@acme.test,Ann,inactive,Blue')
    expect(await read('people.csv.bak')).toBe(ROSTER)
  })
})

describe('a roster that is a symlink, or changes under the command', () => {
  test('set-status and import change the file the link points to and keep the link; the backup is beside the link', async () => {
    await mkdir(join(folder, 'shared'))
    await writeFile(join(folder, 'shared', 'people.csv'), ROSTER)
    await symlink(join('shared', 'people.csv'), join(folder, 'roster.csv'))
    const retire = await shipgate('mail', 'roster', 'set-status', 'bob@acme.test', 'inactive', '--roster', 'roster.csv')
    expect(retire.stderr).toBe('')
    expect(retire.code).toBe(0)
    expect((await lstat(join(folder, 'roster.csv'))).isSymbolicLink()).toBe(true)
    expect(await read(join('shared', 'people.csv'))).toBe('email,name,status,team\nann@acme.test,Ann,active,Blue\nbob@acme.test,Bob,inactive,Red\n')
    expect(await read('roster.csv.bak')).toBe(ROSTER)
    await writeFile(join(folder, 'new.csv'), 'email,status\ncat@acme.test,active\n')
    expect((await shipgate('mail', 'roster', 'import', 'new.csv', '--roster', 'roster.csv')).code).toBe(0)
    expect((await lstat(join(folder, 'roster.csv'))).isSymbolicLink()).toBe(true)
    expect(await read(join('shared', 'people.csv'))).toContain('cat@acme.test,,active,')
  })

  test("a bounce scan's retirement also changes the link's target and keeps the link", async () => {
    await mkdir(join(folder, 'shared'))
    await writeFile(join(folder, 'shared', 'people.csv'), ROSTER)
    await symlink(join('shared', 'people.csv'), join(folder, 'roster.csv'))
    const update = await retireInRoster(join(folder, 'roster.csv'), [{ email: 'ann@acme.test', note: 'bounced: 550 5.1.1' }], new Date('2025-03-10T08:00:00Z'))
    expect(update.retired.map((person) => person.email)).toEqual(['ann@acme.test'])
    expect((await lstat(join(folder, 'roster.csv'))).isSymbolicLink()).toBe(true)
    expect(await read(join('shared', 'people.csv'))).toContain('ann@acme.test,Ann,inactive,Blue,bounced: 550 5.1.1')
  })

  test('a roster changed since it was read (a bounce scan retired someone) is not written over', async () => {
    const path = join(folder, 'roster.csv')
    const retired = ROSTER.replace('ann@acme.test,Ann,active', 'ann@acme.test,Ann,inactive')
    await writeFile(path, retired)
    // What set-status read before the bounce scan rewrote the file: the roster as it was.
    const change = setStatusInText(ROSTER, path, 'bob@acme.test', 'inactive')
    await expect(rewriteRoster(path, ROSTER, change)).rejects.toThrow(`the roster ${path} changed while this command ran`)
    expect(await read('roster.csv')).toBe(retired)
    expect(await exists('roster.csv.bak')).toBe(false)
    expect(await rewriteRoster(path, retired, setStatusInText(retired, path, 'bob@acme.test', 'inactive'))).toMatchObject({ written: true })
    expect(await read('roster.csv')).toBe(retired.replace('bob@acme.test,Bob,active', 'bob@acme.test,Bob,inactive'))
  })
})

describe('shipgate mail roster import', () => {
  test('merges by email: reports added, updated and unchanged, keeps columns and adds new ones at the end', async () => {
    await writeFile(join(folder, 'roster.csv'), ROSTER)
    await writeFile(join(folder, 'more.csv'), 'Email,Team,Phone,Status,Name\nANN@acme.test,Blue,,active,Ann\nbob@acme.test,Green,555,Active,Bob\ncat@acme.test,Red,556,inactive,Cat\n')
    const result = await shipgate('mail', 'roster', 'import', 'more.csv', '--roster', 'roster.csv')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('1 added: cat@acme.test')
    expect(result.stdout).toContain('1 updated: bob@acme.test')
    expect(result.stdout).toContain('1 unchanged: ann@acme.test')
    expect(result.stdout).toContain('new column(s) at the end: Phone')
    expect(await read('roster.csv')).toBe(
      'email,name,status,team,Phone\nann@acme.test,Ann,active,Blue,\nbob@acme.test,Bob,active,Green,555\ncat@acme.test,Cat,inactive,Red,556\n',
    )
    expect(await read('roster.csv.bak')).toBe(ROSTER)
  })

  test('an import with a bad address on line 3 names that line and writes nothing', async () => {
    await writeFile(join(folder, 'roster.csv'), ROSTER)
    await writeFile(join(folder, 'bad.csv'), 'email,name,status\ncat@acme.test,Cat,active\nnot-an-address,Dan,active\n')
    const result = await shipgate('mail', 'roster', 'import', 'bad.csv', '--roster', 'roster.csv')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("bad.csv:3: email 'not-an-address' is not a mail address")
    expect(await read('roster.csv')).toBe(ROSTER)
    expect(await exists('roster.csv.bak')).toBe(false)
  })

  test('a new person without a status is refused on the import line', async () => {
    await writeFile(join(folder, 'roster.csv'), ROSTER)
    await writeFile(join(folder, 'teams.csv'), 'email,team\nann@acme.test,Blue\ncat@acme.test,Red\n')
    const result = await shipgate('mail', 'roster', 'import', 'teams.csv', '--roster', 'roster.csv')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("teams.csv:3: 'cat@acme.test' is new to the roster and needs a status")
    expect(await read('roster.csv')).toBe(ROSTER)
  })
})

describe('shipgate mail roster export', () => {
  const QUOTED = [
    'email,name,status,note',
    'ann@acme.test,"Smith, Ann",active,"said ""hi"""',
    'bob@acme.test,Bob,active,"two',
    'lines, and a comma"',
    'cat@acme.test,Cat,inactive,',
    '',
  ].join('\r\n')

  test('quoted commas, quotes and newlines survive a change, an export and an import of the export', async () => {
    await writeFile(join(folder, 'roster.csv'), QUOTED)
    expect((await shipgate('mail', 'roster', 'set-status', 'cat@acme.test', 'active', '--roster', 'roster.csv')).code).toBe(0)
    expect(await read('roster.csv')).toBe(QUOTED.replace('cat@acme.test,Cat,inactive,', 'cat@acme.test,Cat,active,'))
    const expected = [
      { email: 'ann@acme.test', name: 'Smith, Ann', status: 'active', note: 'said "hi"' },
      { email: 'bob@acme.test', name: 'Bob', status: 'active', note: 'two\r\nlines, and a comma' },
      { email: 'cat@acme.test', name: 'Cat', status: 'active', note: '' },
    ]
    expect(await people()).toEqual(expected)

    const exported = await shipgate('mail', 'roster', 'export', '--roster', 'roster.csv', '--out', 'export.csv')
    expect(exported.code).toBe(0)
    expect(exported.stdout).toContain('3 people written to export.csv')
    const before = await read('roster.csv')
    const reimport = await shipgate('mail', 'roster', 'import', 'export.csv', '--roster', 'roster.csv')
    expect(reimport.stderr).toBe('')
    expect(reimport.stdout).toContain('0 added')
    expect(reimport.stdout).toContain('0 updated')
    expect(reimport.stdout).toContain('3 unchanged: ann@acme.test, bob@acme.test, cat@acme.test')
    expect(reimport.stdout).toContain('nothing changes; nothing written')
    expect(await read('roster.csv')).toBe(before)
    expect(await read('roster.csv.bak')).toBe(QUOTED)

    // Into an empty roster, the export brings every value back as it was.
    await writeFile(join(folder, 'empty.csv'), 'email,name,status\n')
    const fresh = await shipgate('mail', 'roster', 'import', 'export.csv', '--roster', 'empty.csv')
    expect(fresh.stdout).toContain('3 added')
    expect(await people('empty.csv')).toEqual(expected)
  })

  test('a broken roster is not exported: every problem with its line', async () => {
    await writeFile(join(folder, 'roster.csv'), 'email,name,status\nann@acme.test,Ann,active\nann@acme.test,Ann,maybe\n')
    const result = await shipgate('mail', 'roster', 'export', '--roster', 'roster.csv')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("roster.csv:3: status 'maybe' must be active or inactive")
    expect(result.stderr).toContain("roster.csv:3: duplicate email 'ann@acme.test' (first on line 2)")
  })
})

test('--help on roster and each of its subcommands prints the usage and exits 0', async () => {
  for (const args of [['--help'], ['set-status', '--help'], ['import', '--help'], ['export', '--help']]) {
    const result = await shipgate('mail', 'roster', ...args)
    expect([args, result.code]).toEqual([args, 0])
    expect(result.stdout).toContain('Usage: shipgate mail roster')
  }
})
