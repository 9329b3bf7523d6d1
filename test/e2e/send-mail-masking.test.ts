// A relay that echoes the AUTH PLAIN blob (base64 of \0user\0password, and its URL-encoded form) in
// its 535 reply: the send-mail bundle, run as the runner runs it, must show neither the password nor
// any encoding of it anywhere it writes. Needs `npm run build` first.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runBundle } from '../helpers/run-bundle.js'
import { FROM, RELEASE_SHA, REPOSITORY, useMailRelay } from '../helpers/mail-fixtures.js'

const relay = useMailRelay()
beforeAll(() => {
  relay.server.echoCredentialsOnFailure = true
})

/** What the runner shows: everything but the add-mask commands, which the runner consumes. */
function visible(text: string): string {
  return text.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')
}

test('a 535 that echoes the AUTH PLAIN blob leaves the blob, its URL-encoded form and the password in no log, output, summary, record, send log or ledger', async () => {
  // 12 characters: \0mailer\0 + 12 bytes is not a multiple of 3, so the blob ends in '=' and its URL-encoded form differs.
  const password = 'Wr0ng?Pa55>~'
  const blob = Buffer.from(`\0${relay.server.username}\0${password}`, 'utf8').toString('base64')
  expect(encodeURIComponent(blob)).not.toBe(blob)
  const run = await runBundle('send-mail', {
    inputs: {
      ...relay.server.inputs(),
      'smtp-password': password,
      from: FROM,
      'allowed-from': FROM,
      to: 'owner@acme.test',
      status: 'success',
      'artifacts-dir': relay.workspace.artifactsDir,
      'smtp-timeout': '5',
    },
    env: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_SHA: RELEASE_SHA, GITHUB_RUN_ID: '7', GITHUB_SERVER_URL: 'https://github.com' },
    cwd: relay.workspace.root,
  })
  expect(run.exitCode).toBe(1)
  expect(relay.server.authFailures).toBe(1)
  expect(run.outputs.status).toBe('failed')

  // The relay's reply did reach every place it is written, masked.
  const recordsFolder = join(relay.workspace.artifactsDir, 'notifications', RELEASE_SHA)
  const records = (await readdir(recordsFolder)).filter((name) => name.endsWith('.json'))
  expect(records).toHaveLength(1)
  const record = await readFile(join(recordsFolder, records[0]!), 'utf8')
  const sendLog = await readFile(join(relay.workspace.artifactsDir, 'notifications', 'send-log.jsonl'), 'utf8')
  expect(record).toMatch(/535[^"]*Authentication credentials invalid: \*\*\*/)
  expect(sendLog).toMatch(/535[^"]*Authentication credentials invalid: \*\*\*/)
  expect(run.stdout).toMatch(/::error::.*Authentication credentials invalid: \*\*\*/)

  // On the runner each form is registered before the first connection, so the runner masks it too.
  const lines = run.stdout.split('\n')
  const firstReply = lines.findIndex((line) => !line.startsWith('::add-mask::') && line.includes('535'))
  expect(firstReply).toBeGreaterThan(0)
  for (const form of [password, blob, encodeURIComponent(blob)]) {
    const registered = lines.indexOf(`::add-mask::${form.replace(/%/g, '%25')}`)
    expect(registered).toBeGreaterThanOrEqual(0)
    expect(registered).toBeLessThan(firstReply)
  }

  const everything = [visible(run.stdout), run.stderr, JSON.stringify(run.outputs), run.summary, await relay.workspace.allText()].join('\n')
  for (const leak of [password, blob, blob.replace(/=+$/, ''), encodeURIComponent(blob), Buffer.from(password).toString('base64')]) {
    expect(everything).not.toContain(leak)
  }
})
