// End to end: dist/send-mail/index.js run exactly as the runner runs it (INPUT_*, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY), sending to the real smtp-server. Needs `npm run build -- send-mail` first.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runBundle } from '../helpers/run-bundle.js'
import { FROM, RELEASE_SHA, REPOSITORY, useMailRelay } from '../helpers/mail-fixtures.js'

const relay = useMailRelay()

const env = { GITHUB_REPOSITORY: REPOSITORY, GITHUB_SHA: RELEASE_SHA, GITHUB_RUN_ID: '7', GITHUB_SERVER_URL: 'https://github.com' }

/** What the runner shows: everything but the add-mask commands, which the runner consumes. */
function visible(text: string): string {
  return text.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')
}

describe('the send-mail bundle', () => {
  test('sends once, says duplicate on a rerun, and never shows the password', async () => {
    const inputs = {
      ...relay.server.inputs(),
      from: FROM,
      'allowed-from': '@acme.test',
      to: 'owner@acme.test',
      status: 'success',
      'artifacts-dir': relay.workspace.artifactsDir,
    }
    const first = await runBundle('send-mail', { inputs, env, cwd: relay.workspace.root })
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)
    expect(first.outputs.status).toBe('sent')
    expect(first.outputs.accepted).toBe('owner@acme.test')
    expect(first.summary).toContain('### send-mail: ✅ sent')
    expect(first.stdout).toContain(`::add-mask::${relay.server.password}`)
    const parsed = await relay.server.parsed()
    expect(parsed.messageId).toBe(first.outputs['message-id'])
    expect(parsed.subject).toBe('[acme/shop] release 0123456 completed')
    expect(parsed.html).toContain('href="https://github.com/acme/shop/actions/runs/7"')

    const second = await runBundle('send-mail', { inputs, env, cwd: relay.workspace.root })
    expect(second.exitCode).toBe(0)
    expect(second.outputs.status).toBe('duplicate')
    expect(relay.server.received).toHaveLength(1)

    const log = await readFile(join(relay.workspace.artifactsDir, 'notifications', 'send-log.jsonl'), 'utf8')
    const shown = [first, second].map((run) => visible(run.stdout) + run.stderr + JSON.stringify(run.outputs) + run.summary).join('\n')
    expect(shown + log + (await relay.workspace.allText())).not.toContain(relay.server.password)
  })

  test('a sender outside allowed-from fails the step with an error annotation and sends nothing', async () => {
    const before = relay.server.received.length
    const run = await runBundle('send-mail', {
      inputs: { ...relay.server.inputs(), from: 'intruder@evil.test', 'allowed-from': '@acme.test', to: 'owner@acme.test', status: 'success', 'artifacts-dir': relay.workspace.artifactsDir },
      env,
      cwd: relay.workspace.root,
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::send-mail: input 'from': 'intruder@evil.test' is not in allowed-from/)
    expect(relay.server.received).toHaveLength(before)
    expect(visible(run.stdout)).not.toContain(relay.server.password)
  })
})
