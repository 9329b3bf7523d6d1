// The JSON log format as an operator reads it, through the built bundles: on a runner
// (SHIPGATE_LOG_FORMAT=json) every stdout line is a JSON object or a workflow command; from the
// command (--log-format json) every stderr line is a JSON object. Each structured event is written by
// the real path that owns it: send-mail, deliver, the pipeline (its start and its failure), and a
// failure of the command itself. Needs `npm run build -- cli send-mail` first.
import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCliCheckout, type CliCheckout } from '../helpers/cli-checkout.js'
import { FROM, RELEASE_SHA, REPOSITORY, useMailRelay } from '../helpers/mail-fixtures.js'
import { jsonLines, type LogLine } from '../helpers/json-lines.js'
import { repositoryRoot, runBundle } from '../helpers/run-bundle.js'

const events = (lines: LogLine[]) => lines.filter((line) => line.event !== 'log')

describe('on a runner: SHIPGATE_LOG_FORMAT=json', () => {
  const relay = useMailRelay()

  test('send-mail: stage_started, mail_sent, mail_failed with the server reply, stage_failed, and the step failure as a JSON error line; no password', async () => {
    relay.server.rejectRecipients.add('gone@acme.test')
    const run = await runBundle('send-mail', {
      inputs: { ...relay.server.inputs(), from: FROM, 'allowed-from': '@acme.test', to: 'owner@acme.test', cc: 'gone@acme.test', status: 'success', 'artifacts-dir': relay.workspace.artifactsDir, 'retry-deadline': '1' },
      env: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_SHA: RELEASE_SHA, GITHUB_RUN_ID: '7', SHIPGATE_LOG_FORMAT: 'json' },
      cwd: relay.workspace.root,
    })
    expect(run.stderr).toBe('')
    const lines = jsonLines(run.stdout, { workflowCommands: true })
    // One message to two: taken for the owner, refused for the cc, each its own event with the reply.
    expect(events(lines).map((line) => line.event)).toEqual(['stage_started', 'mail_sent', 'mail_failed', 'stage_completed'])
    expect(events(lines)[1]).toMatchObject({ sha: RELEASE_SHA, status: 'sent', recipient: 'owner@acme.test', template: 'release-completed', time: expect.any(String) })
    expect(events(lines)[2]).toMatchObject({ sha: RELEASE_SHA, status: 'failed', recipient: 'gone@acme.test', reason: expect.stringMatching(/^550 .*mailbox unavailable/) })
    expect(lines.filter((line) => line.level === 'warning').map((line) => line.message)).toEqual([expect.stringMatching(/the server refused gone@acme\.test \(550 .*mailbox unavailable\)/)])

    relay.server.rejectRecipients.add('owner@acme.test')
    const refused = await runBundle('send-mail', {
      inputs: { ...relay.server.inputs(), from: FROM, 'allowed-from': '@acme.test', to: 'owner@acme.test', status: 'failure', 'artifacts-dir': relay.workspace.artifactsDir, 'retry-deadline': '1' },
      env: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_SHA: RELEASE_SHA, GITHUB_RUN_ID: '7', SHIPGATE_LOG_FORMAT: 'json' },
      cwd: relay.workspace.root,
    })
    expect(refused.exitCode).toBe(1)
    const refusedLines = jsonLines(refused.stdout, { workflowCommands: true })
    expect(events(refusedLines).map((line) => line.event)).toEqual(['stage_started', 'mail_failed', 'stage_failed'])
    expect(events(refusedLines)[1]).toMatchObject({ status: 'failed', recipient: 'owner@acme.test', reason: expect.stringMatching(/^550 <owner@acme\.test>: mailbox unavailable/) })
    expect(events(refusedLines)[2]).toMatchObject({ stage: 'send-mail', sha: RELEASE_SHA, status: 'failure', duration_ms: expect.any(Number), reason: expect.stringContaining('550') })
    // The step's failure: the annotation for the runner, and the same as a line a log reader sees.
    expect(refused.stdout).toMatch(/^::error::send-mail: /m)
    expect(refusedLines.at(-1)).toMatchObject({ event: 'log', level: 'error', message: expect.stringMatching(/^send-mail: .*550/) })
    const shown = [run.stdout, refused.stdout].join('\n').split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')
    expect(shown).not.toContain(relay.server.password)
  })

  test('a bad input: no stage ran, and the failure is still a JSON error line beside its annotation', async () => {
    const run = await runBundle('send-mail', {
      inputs: { from: FROM, 'allowed-from': '@acme.test', to: 'owner@acme.test', 'time-zone': 'Mars/Olympus', 'artifacts-dir': relay.workspace.artifactsDir },
      env: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_SHA: RELEASE_SHA, SHIPGATE_LOG_FORMAT: 'json' },
      cwd: relay.workspace.root,
    })
    expect(run.exitCode).toBe(1)
    const lines = jsonLines(run.stdout, { workflowCommands: true })
    expect(lines).toEqual([expect.objectContaining({ event: 'log', level: 'error', message: expect.stringContaining("input 'time-zone': not a time zone") })])
    expect(run.stdout).not.toMatch(/\n\s+at /)
  })
})

test('SHIPGATE_LOG_FORMAT set to neither text nor json: the step fails before it runs, and the command stops with exit 2, naming the variable', async () => {
  const step = await runBundle('commit-gate', { inputs: { sha: RELEASE_SHA }, env: { GITHUB_REPOSITORY: REPOSITORY, SHIPGATE_LOG_FORMAT: 'jsonl' } })
  expect(step.exitCode).toBe(1)
  expect(step.stdout).toMatch(/^::error::commit-gate: SHIPGATE_LOG_FORMAT: 'jsonl' is not a log format; use text or json/m)
  expect(step.outputs).toEqual({})

  const command = (env: Record<string, string>, ...args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [join(repositoryRoot, 'dist', 'cli', 'index.js'), ...args], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env } }, (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
      })
    })
  const refused = await command({ SHIPGATE_LOG_FORMAT: 'yaml' }, 'version')
  expect(refused).toMatchObject({ code: 2, stdout: '' })
  expect(refused.stderr).toContain("SHIPGATE_LOG_FORMAT: 'yaml' is not a log format")
  // Empty means text, and --log-format overrides the variable.
  expect(await command({ SHIPGATE_LOG_FORMAT: '' }, 'version')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^shipgate /) })
  expect(await command({ SHIPGATE_LOG_FORMAT: 'yaml' }, '--log-format', 'text', 'version')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^shipgate /) })
})

describe('from the command: --log-format json', () => {
  let checkout: CliCheckout

  beforeEach(async () => {
    checkout = await createCliCheckout('shipgate-json-log-', {
      // A commit stage that fails, printing on both streams: the pipeline's start and failure, and the command's output as log lines.
      'shipgate.yml': 'version: 1\ncommitStage:\n  requiredCheck: commit-stage\n  localCommand: "echo lint found 2 problems; echo from-stderr >&2; exit 3"\n',
    })
  })
  afterEach(async () => {
    await checkout.remove()
  })

  test('deliver: delivery_created, then delivery_unchanged for the same files; every stderr line is JSON', async () => {
    await mkdir(join(checkout.path, 'out'))
    await writeFile(join(checkout.path, 'out', 'report.txt'), 'the report\n')
    const deliver = () => checkout.shipgate('--log-format', 'json', 'deliver', '--files', 'out/report.txt', '--project', 'acme', '--destination', `local:${join(checkout.path, 'shared')}`)
    const first = await deliver()
    expect({ code: first.code, stderr: first.code === 0 ? '' : first.stderr }).toEqual({ code: 0, stderr: '' })
    const created = events(jsonLines(first.stderr, { workflowCommands: false })).filter((line) => line.event.startsWith('delivery_'))
    expect(created).toEqual([expect.objectContaining({ event: 'delivery_created', sha: checkout.sha, status: 'created', project: 'acme', version: 1, duration_ms: expect.any(Number) })])
    const second = await deliver()
    expect(second.code).toBe(0)
    const unchanged = events(jsonLines(second.stderr, { workflowCommands: false })).filter((line) => line.event.startsWith('delivery_'))
    expect(unchanged).toEqual([expect.objectContaining({ event: 'delivery_unchanged', status: 'unchanged', version: 1 })])
  })

  test('pipeline: pipeline_started, the stages, the commands output as log lines, and pipeline_failed with the reason', async () => {
    const run = await checkout.shipgate('--log-format', 'json', 'pipeline', '--artifacts-dir', '.artifacts')
    expect(run.code).toBe(1)
    const lines = jsonLines(run.stderr, { workflowCommands: false })
    const names = events(lines).map((line) => line.event)
    expect(names[0]).toBe('pipeline_started')
    expect(names).toContain('stage_started')
    expect(names.at(-1)).toBe('pipeline_failed')
    expect(events(lines)[0]).toMatchObject({ sha: checkout.sha, repository: 'acme/shop' })
    expect(events(lines).at(-1)).toMatchObject({ sha: checkout.sha, decision: 'NO', status: 'failure', duration_ms: expect.any(Number), reason: expect.any(String) })
    const messages = lines.filter((line) => line.event === 'log').map((line) => line.message)
    expect(messages).toEqual(expect.arrayContaining(['lint found 2 problems', 'from-stderr']))
  })

  test("the command's own failure is one JSON error line with its kind, not prose", async () => {
    const run = await checkout.shipgate('--log-format', 'json', 'mail', 'send', '--to', 'a@acme.test', '--from', 'r@acme.test', '--allowed-from', '@acme.test', '--time-zone', 'Mars/Olympus')
    expect(run.code).toBe(2)
    expect(jsonLines(run.stderr, { workflowCommands: false })).toEqual([
      expect.objectContaining({ event: 'log', level: 'error', kind: 'configuration', message: expect.stringContaining("input 'time-zone': not a time zone") }),
    ])
    // Text stays the default.
    const text = await checkout.shipgate('mail', 'send', '--to', 'a@acme.test', '--from', 'r@acme.test', '--allowed-from', '@acme.test', '--time-zone', 'Mars/Olympus')
    expect(text.stderr).toMatch(/^shipgate mail send: input 'time-zone'/)
  })
})
