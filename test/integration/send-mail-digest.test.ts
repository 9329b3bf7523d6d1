// The daily digest runbook against the real smtp-server: per-period event keys (daily, weekly, a time
// zone), the status in release mail keys, the template data sources and strict variables.
import { chmod, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import type { Clock } from '../../src/platform/clock.js'
import { releaseDecision } from '../helpers/contract-examples.js'
import { FROM, RELEASE_SHA, runSendMail, useMailRelay } from '../helpers/mail-fixtures.js'

const OTHER = 'fedcba9876543210fedcba9876543210fedcba98'

const relay = useMailRelay()

/** The run's clock set to one instant; sleeps return at once. */
function clockAt(iso: string): Clock {
  return { now: () => new Date(iso), sleep: async () => undefined }
}

const ROSTER = ['email,name,status', 'ann@acme.test,Ann,active', 'bob@acme.test,Bob,active', 'cat@acme.test,Cat,inactive'].join('\n')

async function digestInputs(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  return {
    ...relay.server.inputs(),
    from: FROM,
    'allowed-from': '@acme.test',
    roster: await relay.workspace.file('roster.csv', ROSTER),
    variables: JSON.stringify({ items: ['acceptance green'] }),
    'dry-run': 'false',
    'artifacts-dir': relay.workspace.artifactsDir,
    sha: RELEASE_SHA,
    ...extra,
  }
}

async function ledgerKeys(): Promise<string[]> {
  const text = await readFile(join(relay.workspace.artifactsDir, 'notifications', 'ledger.jsonl'), 'utf8')
  return [...new Set(text.trim().split('\n').map((line) => (JSON.parse(line) as { eventKey: string }).eventKey))]
}

describe('per-period event keys', () => {
  test('a daily roster send on two consecutive days sends one digest each day; a rerun the same day, on another commit too, sends nothing', async () => {
    const day1 = await runSendMail(await digestInputs(), { clock: clockAt('2025-03-10T08:00:00Z') })
    expect(day1.error).toBeUndefined()
    expect(day1.run!.outputs.status).toBe('sent')
    expect(relay.server.received.map((mail) => mail.to[0]).sort()).toEqual(['ann@acme.test', 'bob@acme.test'])
    expect((await relay.server.parsed(0)).subject).toBe('acme/shop daily digest, 2025-03-10')

    const again = await runSendMail(await digestInputs({ sha: OTHER }), { clock: clockAt('2025-03-10T20:00:00Z') })
    expect(again.run!.outputs.status).toBe('duplicate')
    expect(relay.server.received).toHaveLength(2)

    const day2 = await runSendMail(await digestInputs({ sha: OTHER }), { clock: clockAt('2025-03-11T08:00:00Z') })
    expect(day2.run!.outputs.status).toBe('sent')
    expect(relay.server.received).toHaveLength(4)
    expect((await relay.server.parsed(3)).subject).toBe('acme/shop daily digest, 2025-03-11')
    const rerun = await runSendMail(await digestInputs({ sha: OTHER }), { clock: clockAt('2025-03-11T09:00:00Z') })
    expect(rerun.run!.outputs.status).toBe('duplicate')
    expect(relay.server.received).toHaveLength(4)

    const keys = await ledgerKeys()
    expect(keys.sort()).toEqual([
      'acme/shop|daily:2025-03-10|daily-digest|ann@acme.test',
      'acme/shop|daily:2025-03-10|daily-digest|bob@acme.test',
      'acme/shop|daily:2025-03-11|daily-digest|ann@acme.test',
      'acme/shop|daily:2025-03-11|daily-digest|bob@acme.test',
    ])
    expect(keys.join('\n')).not.toContain(RELEASE_SHA)
  })

  test('weekly: the ISO week is the key, so Monday and Sunday of one week send once, and the next Monday again', async () => {
    const monday = await runSendMail(await digestInputs({ period: 'weekly' }), { clock: clockAt('2024-12-30T10:00:00Z') })
    expect(monday.run!.outputs.status).toBe('sent')
    const sunday = await runSendMail(await digestInputs({ period: 'weekly' }), { clock: clockAt('2025-01-05T10:00:00Z') })
    expect(sunday.run!.outputs.status).toBe('duplicate')
    const next = await runSendMail(await digestInputs({ period: 'weekly' }), { clock: clockAt('2025-01-06T10:00:00Z') })
    expect(next.run!.outputs.status).toBe('sent')
    expect(relay.server.received).toHaveLength(4)
    expect((await ledgerKeys()).filter((key) => key.includes('ann@'))).toEqual([
      'acme/shop|weekly:2025-W01|daily-digest|ann@acme.test',
      'acme/shop|weekly:2025-W02|daily-digest|ann@acme.test',
    ])
  })

  test('the time zone decides the day: 23:30 UTC is already the next day in Asia/Tokyo, and the date variable says so', async () => {
    const utc = await runSendMail(await digestInputs(), { clock: clockAt('2025-03-10T23:30:00Z') })
    expect(utc.run!.outputs.status).toBe('sent')
    const tokyo = await runSendMail(await digestInputs({ 'time-zone': 'Asia/Tokyo' }), { clock: clockAt('2025-03-10T23:30:00Z') })
    expect(tokyo.run!.outputs.status).toBe('sent')
    expect((await relay.server.parsed(3)).subject).toBe('acme/shop daily digest, 2025-03-11')
    expect(await ledgerKeys()).toContain('acme/shop|daily:2025-03-11|daily-digest|ann@acme.test')
    // From shipgate.yml's mail section too.
    const config = await relay.workspace.file('shipgate.yml', 'mail:\n  timeZone: Asia/Tokyo\n')
    const fromConfig = await runSendMail(await digestInputs({ config }), { clock: clockAt('2025-03-10T23:45:00Z') })
    expect(fromConfig.run!.outputs.status).toBe('duplicate')
  })

  test('an unknown time zone or period is refused, naming the input; an explicit event-key still wins', async () => {
    const zone = await runSendMail(await digestInputs({ 'time-zone': 'Mars/Olympus' }))
    expect(zone.error?.message).toMatch(/time-zone.*not a time zone/)
    const period = await runSendMail(await digestInputs({ period: 'hourly' }))
    expect(period.error?.message).toMatch(/period.*daily or weekly/)
    const explicit = await runSendMail(await digestInputs({ 'event-key': 'digest-x' }), { clock: clockAt('2025-03-10T08:00:00Z') })
    expect(explicit.run!.outputs.status).toBe('sent')
    expect(await ledgerKeys()).toContain('digest-x|ann@acme.test')
  })
})

describe('release mail events', () => {
  test('a partial_success ops alert and a later failure ops alert for the same SHA are two events; each again is a duplicate', async () => {
    const inputs = { ...relay.server.inputs(), from: FROM, 'allowed-from': '@acme.test', ops: 'ops@acme.test', 'artifacts-dir': relay.workspace.artifactsDir, sha: RELEASE_SHA }
    expect((await runSendMail({ ...inputs, status: 'partial_success' })).run!.outputs.status).toBe('sent')
    expect((await runSendMail({ ...inputs, status: 'failure' })).run!.outputs.status).toBe('sent')
    expect(relay.server.received.map((mail) => mail.to[0])).toEqual(['ops@acme.test', 'ops@acme.test'])
    expect((await runSendMail({ ...inputs, status: 'partial_success' })).run!.outputs.status).toBe('duplicate')
    expect((await runSendMail({ ...inputs, status: 'failure' })).run!.outputs.status).toBe('duplicate')
    expect(relay.server.received).toHaveLength(2)
  })
})

describe('template data', () => {
  const template = async () => ({
    'template-text': await relay.workspace.file('digest.txt', 'Hi {{name}}\n{{#each items}}- {{this}} ({{@index}}, {{../team}})\n{{/each}}Owner: {{owner}}\n'),
    subject: 'Digest {{date}}',
  })

  test('data-file (YAML), data-command and variables, in that order of precedence', async () => {
    const dataFile = await relay.workspace.file('data.yml', 'items:\n  - from the file\nteam: file\nowner: file\n')
    const inputs = await digestInputs({
      ...(await template()),
      variables: JSON.stringify({ owner: 'variables' }),
      'data-file': dataFile,
      'data-command': 'echo \'{"team": "command", "owner": "command"}\'',
    })
    const { run, error } = await runSendMail(inputs, { clock: clockAt('2025-03-10T08:00:00Z') })
    expect(error).toBeUndefined()
    expect(run!.outputs.status).toBe('sent')
    const text = (await relay.server.parsed(0)).text
    expect(text).toContain('- from the file (0, command)')
    expect(text).toContain('Owner: variables')
  })

  test('a data file that is not an object names the file and the line; JSON works too', async () => {
    const bad = await relay.workspace.file('bad.yml', 'items:\n  - a\n  b: c\n')
    const broken = await runSendMail(await digestInputs({ ...(await template()), 'data-file': bad }))
    expect(broken.error?.message).toMatch(new RegExp(`${bad.replaceAll('.', '\\.')}:3: not valid YAML`))
    const list = await relay.workspace.file('list.json', '["a"]')
    const notObject = await runSendMail(await digestInputs({ ...(await template()), 'data-file': list }))
    expect(notObject.error?.message).toContain(`${list}:1: invalid template data file (input 'data-file'): (root): must be an object of template variables`)
    const json = await relay.workspace.file('data.json', JSON.stringify({ items: ['j'], team: 't', owner: 'o' }))
    const ok = await runSendMail(await digestInputs({ ...(await template()), 'data-file': json, variables: '' }), { clock: clockAt('2025-03-10T08:00:00Z') })
    expect(ok.run!.outputs.status).toBe('sent')
    expect(relay.server.received).toHaveLength(2)
    expect(broken.run).toBeUndefined()
  })

  test('a failing data-command stops the run naming the input, with the stderr tail; nothing is sent', async () => {
    const failing = await runSendMail(await digestInputs({ ...(await template()), 'data-command': 'echo "no database at db:5432" >&2; exit 3' }))
    expect(failing.error?.message).toContain("input 'data-command': exited with status 3")
    expect(failing.error?.message).toContain('no database at db:5432')
    const notJson = await runSendMail(await digestInputs({ ...(await template()), 'data-command': 'echo hello; echo warned >&2' }))
    expect(notJson.error?.message).toMatch(/input 'data-command': stdout is not JSON .*warned/s)
    const script = await relay.workspace.file('list.sh', 'echo "[1]"\n')
    await chmod(script, 0o755)
    const array = await runSendMail(await digestInputs({ ...(await template()), 'data-command': script }))
    expect(array.error?.message).toContain("input 'data-command': stdout is JSON but not an object (an array)")
    expect(relay.server.received).toHaveLength(0)
  })

  test('a data-command that outlives data-timeout is killed, with its process group, and stops the run', async () => {
    const started = Date.now()
    const slow = await runSendMail(await digestInputs({ ...(await template()), 'data-command': 'echo starting >&2; sleep 30; echo "{}"', 'data-timeout': '1' }))
    expect(slow.error?.message).toMatch(/input 'data-command': did not finish within 1 s \(input 'data-timeout'\); stderr ends with:\nstarting/)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(relay.server.received).toHaveLength(0)
  })

  test('releases: the decisions since the last digest of the series, newest first; with none, the last day', async () => {
    const store = new LocalEvidenceStore(relay.workspace.artifactsDir)
    const decided = async (sha: string, at: string, status: 'success' | 'failure') =>
      store.write('release', sha, { ...releaseDecision(sha), decision: status === 'success' ? 'YES' : 'NO', status, decidedAt: at })
    await decided('1'.repeat(40), '2025-03-08T12:00:00.000Z', 'success') // before the window
    await decided('2'.repeat(40), '2025-03-09T12:00:00.000Z', 'failure')
    await decided('3'.repeat(40), '2025-03-10T07:00:00.000Z', 'success')
    const releasesTemplate = {
      'template-text': await relay.workspace.file('releases.txt', '{{#each releases}}{{shortSha}} {{decision}} {{status}} {{leadTime}} {{decidedAt}}\n{{/each}}'),
      subject: 'Releases',
      releases: 'true',
    }
    const first = await runSendMail(await digestInputs(releasesTemplate), { clock: clockAt('2025-03-10T08:00:00Z') })
    expect(first.run!.outputs.status).toBe('sent')
    expect((await relay.server.parsed(0)).text).toBe('3333333 YES success unknown 2025-03-10T07:00:00.000Z\n2222222 NO failure unknown 2025-03-09T12:00:00.000Z\n')
    await decided('4'.repeat(40), '2025-03-10T18:00:00.000Z', 'success')
    const next = await runSendMail(await digestInputs(releasesTemplate), { clock: clockAt('2025-03-11T08:00:00Z') })
    expect(next.run!.outputs.status).toBe('sent')
    // Since the digest of the 10th went out at 08:00 (this clock's time): only the release after it.
    expect((await relay.server.parsed(3)).text).toBe('4444444 YES success unknown 2025-03-10T18:00:00.000Z\n')
  })

  test('the built-in daily digest lists the releases when given them, and goes without items or releases', async () => {
    const store = new LocalEvidenceStore(relay.workspace.artifactsDir)
    await store.write('release', '5'.repeat(40), { ...releaseDecision('5'.repeat(40)), decidedAt: '2025-03-10T07:00:00.000Z' })
    const withReleases = await runSendMail(await digestInputs({ releases: 'true' }), { clock: clockAt('2025-03-10T08:00:00Z') })
    expect(withReleases.run!.outputs.status).toBe('sent')
    const text = (await relay.server.parsed(0)).text ?? ''
    expect(text).toContain('- acceptance green')
    expect(text).toContain('Releases since the last digest:\n- 5555555: ')
    const bare = await runSendMail(await digestInputs({ variables: '' }), { clock: clockAt('2025-03-11T08:00:00Z') })
    expect(bare.run!.outputs.status).toBe('sent')
    expect((await relay.server.parsed(3)).text).not.toContain('Releases since')
  })
})

describe('strict variables', () => {
  test('a block variable nobody gives stops the run before anything is rendered or sent, naming the variable and the template', async () => {
    const text = await relay.workspace.file('blocks.txt', 'Hi {{name}}\n{{#if urgent}}URGENT{{/if}}\n{{#each items}}- {{title}} {{@index}} {{this.owner}}\n{{/each}}')
    const missingEach = await runSendMail(await digestInputs({ 'template-text': text, subject: 'x', variables: JSON.stringify({ urgent: true }) }))
    expect(missingEach.error?.message).toMatch(new RegExp(`^${text.replaceAll('.', '\\.')}: unknown variable 'items' \\(in \\{\\{#each items\\}\\}\\) at line 3, column 9`))
    const missingIf = await runSendMail(await digestInputs({ 'template-text': text, subject: 'x', variables: JSON.stringify({ items: [] }) }))
    expect(missingIf.error?.message).toContain("unknown variable 'urgent' (in {{#if urgent}}) at line 2")
    const html = await relay.workspace.file('with.html', '{{#with release}}<p>{{sha}}</p>{{/with}}')
    const missingWith = await runSendMail(await digestInputs({ 'template-html': html, subject: 'x' }))
    expect(missingWith.error?.message).toContain(`${html}: unknown variable 'release' (in {{#with release}})`)
    expect(relay.server.received).toHaveLength(0)
    await expect(readFile(join(relay.workspace.artifactsDir, 'notifications', 'ledger.jsonl'), 'utf8')).rejects.toThrow(/ENOENT/)
  })
})
