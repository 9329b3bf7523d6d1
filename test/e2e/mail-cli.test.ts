// `shipgate mail validate-roster | status | preview` as a user runs them: the committed bundle
// dist/cli/index.js in a temp folder, no GITHUB_* variables. Needs `npm run build -- cli` first.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repositoryRoot } from '../helpers/run-bundle.js'
import { RELEASE_SHA } from '../helpers/mail-fixtures.js'

const cli = join(repositoryRoot, 'dist', 'cli', 'index.js')

let folder: string

async function shipgate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: folder, GITHUB_REPOSITORY: 'acme/shop' }
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd: folder, env }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'shipgate-mail-cli-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('shipgate mail validate-roster', () => {
  test('a good roster exits 0 and says how many are active', async () => {
    await writeFile(join(folder, 'people.csv'), 'email,name,status,team\nann@acme.test,Ann,active,Blue\nbob@acme.test,Bob,inactive,Red\n')
    const result = await shipgate('mail', 'validate-roster', '--roster', 'people.csv')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('people.csv: valid: 1 active, 1 inactive; columns: email, name, status, team')
    expect(result.stderr).toBe('')
  })

  test('a broken roster exits 1 with every problem on its line', async () => {
    const lines = ['email,name,status', 'ann@acme.test,Ann,active', 'not-an-address,Bob,active', 'ANN@acme.test,Ann again,active', 'cat@acme.test,Cat', 'dan@acme.test,Dan,maybe']
    await writeFile(join(folder, 'people.csv'), `${lines.join('\n')}\n`)
    const result = await shipgate('mail', 'validate-roster', '--roster', 'people.csv')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^people\.csv:3: .*not-an-address/m)
    expect(result.stderr).toMatch(/^people\.csv:4: duplicate email 'ANN@acme\.test' \(first on line 2\)/m)
    expect(result.stderr).toMatch(/^people\.csv:5: has 2 fields, the header has 3/m)
    expect(result.stderr).toMatch(/^people\.csv:6: status 'maybe' must be active or inactive/m)
    expect(result.stdout).toContain('people.csv: 4 problems')
  })

  test('a roster without the email column, or no roster at all, is an error', async () => {
    await writeFile(join(folder, 'people.csv'), 'name,status\nAnn,active\n')
    const missingColumn = await shipgate('mail', 'validate-roster', '--roster', 'people.csv')
    expect(missingColumn.code).not.toBe(0)
    expect(missingColumn.stderr).toContain('email')
    const noRoster = await shipgate('mail', 'validate-roster')
    expect(noRoster.code).toBe(2)
    expect(noRoster.stderr).toContain('--roster FILE')
  })
})

describe('shipgate mail status', () => {
  const entry = (index: number) =>
    JSON.stringify({
      time: `2025-01-02T03:04:${String(index).padStart(2, '0')}Z`,
      event: `daily-digest-${index}`,
      template: 'daily-digest',
      recipient: `person${index}@acme.test`,
      status: index === 5 ? 'failed' : 'sent',
      response: index === 5 ? null : '250 OK',
      messageId: `<m${index}@acme.test>`,
      error: index === 5 ? '550 mailbox unavailable' : null,
      attempts: 1,
    })

  test('--limit N shows the N most recent sends of the log, newest last', async () => {
    await mkdir(join(folder, '.artifacts', 'notifications'), { recursive: true })
    const log = Array.from({ length: 6 }, (_, index) => entry(index + 1)).join('\n')
    await writeFile(join(folder, '.artifacts', 'notifications', 'send-log.jsonl'), `${log}\nnot json\n`)
    const result = await shipgate('mail', 'status', '--limit', '3')
    expect(result.code).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^2025-01-02T03:04:04Z {2}sent +person4@acme\.test {2}daily-digest {2}<m4@acme\.test> {2}250 OK$/)
    expect(lines[1]).toMatch(/failed +person5@acme\.test .* 550 mailbox unavailable$/)
    expect(lines[2]).toContain('person6@acme.test')
    expect(result.stderr).toContain('1 line is not JSON and was skipped')

    const json = await shipgate('mail', 'status', '--limit', '2', '--json')
    const parsed = JSON.parse(json.stdout) as { found: boolean; entries: Array<{ recipient: string }> }
    expect(parsed.found).toBe(true)
    expect(parsed.entries.map((item) => item.recipient)).toEqual(['person5@acme.test', 'person6@acme.test'])
  })

  test('no log yet is not an error; a bad --limit is a usage error', async () => {
    const empty = await shipgate('mail', 'status')
    expect(empty.code).toBe(0)
    expect(empty.stdout).toContain('no send log yet')
    const bad = await shipgate('mail', 'status', '--limit', 'zero')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("--limit 'zero' must be a positive whole number")
  })
})

describe('shipgate mail preview', () => {
  test('--out DIR writes preview.html, .txt and .json from the config and sends nothing', async () => {
    // The relay in the config is a closed port: a preview must never try it.
    await writeFile(
      join(folder, 'shipgate.yml'),
      ['mail:', '  owners: [owner@acme.test]', '  ops: [ops@acme.test]', '  from: releases@acme.test', '  allowedFrom: ["@acme.test"]', '  smtp:', '    host: 127.0.0.1', '    port: 9', ''].join('\n'),
    )
    const result = await shipgate('mail', 'preview', '--out', 'preview', '--status', 'success', '--sha', RELEASE_SHA, '--smtp-password', 'hunter2-secret')
    expect(result.stderr).not.toContain('Error')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('status=dry-run')
    expect((await readdir(join(folder, 'preview'))).sort()).toEqual(['preview.html', 'preview.json', 'preview.txt'])
    const description = JSON.parse(await readFile(join(folder, 'preview', 'preview.json'), 'utf8')) as { template: string; headers: Record<string, unknown>; recipients: string[] }
    expect(description.template).toBe('release-completed')
    expect(description.headers).toMatchObject({ From: 'releases@acme.test', To: ['owner@acme.test'] })
    expect(description.recipients).toEqual(['owner@acme.test'])
    expect(await readFile(join(folder, 'preview', 'preview.txt'), 'utf8')).toContain('0123456')
    expect(await readFile(join(folder, 'preview', 'preview.html'), 'utf8')).toContain('acme/shop')
    // Nothing sent or recorded: no ledger, no send log, no outbox.
    expect(await readdir(folder)).not.toContain('.artifacts')
    const everything = [result.stdout, result.stderr, ...(await Promise.all(['preview.html', 'preview.txt', 'preview.json'].map((name) => readFile(join(folder, 'preview', name), 'utf8'))))]
    for (const text of everything) expect(text).not.toContain('hunter2-secret')
  })

  test('without --out it is a usage error', async () => {
    const result = await shipgate('mail', 'preview', '--status', 'success')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--out DIR is required')
  })
})
