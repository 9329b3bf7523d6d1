// The user's mistakes through the committed bundles, as a user meets them: a message that names the
// file or input and exit 2 (a failed step for an action), never "a bug in shipgate" and a stack.
import { execFileSync } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { createCliCheckout, type CliCheckout } from '../helpers/cli-checkout.js'
import { acceptance } from '../helpers/contract-examples.js'
import { runBundle } from '../helpers/run-bundle.js'

/** A YAML "billion laughs": nine to the fifth copies of one string from a few lines. */
const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcde'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcd'[index]}`).join(', ')}]`), ''].join('\n')

let repository: CliCheckout
let checkout: string
let sha: string

const shipgate = (...args: string[]) => repository.shipgate(...args)

/** A user error: exit 2 (unless said otherwise), the message, and nothing that reads as a crash. */
function expectUserError(run: { code: number; stdout: string; stderr: string }, message: string | RegExp, code = 2): void {
  const output = run.stdout + run.stderr
  expect(output).not.toContain('a bug in shipgate')
  expect(output).not.toContain('    at ')
  expect(output).toMatch(message)
  expect(run.code).toBe(code)
}

beforeAll(async () => {
  repository = await createCliCheckout('shipgate-user-errors-', { 'app.txt': 'the application\n', 'bomb.yml': ALIAS_BOMB, 'not-a-folder': 'a file\n' }, 30_000)
  ;({ path: checkout, sha } = repository)
})

afterAll(async () => {
  await repository.remove()
})

test('a project name too long for a folder name is the user’s to shorten', async () => {
  const run = await shipgate('deliver', '--files', 'app.txt', '--project', 'p'.repeat(300), '--destination', 'local:deliveries', '--sha', sha)
  expectUserError(run, /ppp: file system: name too long; shorten the name .*\(ENAMETOOLONG\)/)
})

test('an --artifacts-dir that is a file is a usage error for verify, show and an action', async () => {
  expectUserError(await shipgate('verify', sha, '--artifacts-dir', 'not-a-folder'), 'not-a-folder: the artifacts folder is not a folder (it is a file)')
  expectUserError(await shipgate('show', sha, '--artifacts-dir', 'not-a-folder'), 'not-a-folder: the artifacts folder is not a folder (it is a file)')
  expectUserError(await shipgate('run', 'build-once', '--artifacts-dir', 'not-a-folder', '--runtime-changed', 'false'), 'build-once: not-a-folder')
})

test('a YAML alias bomb as shipgate.yml names the file, for an action and for the pipeline', async () => {
  expectUserError(await shipgate('run', 'build-once', '--config', 'bomb.yml', '--runtime-changed', 'false'), 'bomb.yml: not valid YAML: Excessive alias count')
  expectUserError(await shipgate('pipeline', '--config', 'bomb.yml', '--sha', sha), 'bomb.yml: not valid YAML: Excessive alias count')
})

test('a YAML alias bomb as the release manifest names the file', async () => {
  const run = await shipgate('run', 'build-once', '--release-manifest', 'bomb.yml', '--runtime-changed', 'false')
  expectUserError(run, 'bomb.yml: not valid YAML: Excessive alias count')
})

test('a FIFO in place of evidence fails verify at once instead of hanging it', async () => {
  const store = new LocalEvidenceStore(join(checkout, 'fifo-artifacts'))
  await store.write('acceptance', sha, acceptance(sha))
  const path = store.pathOf('production', sha)
  await mkdir(join(path, '..'), { recursive: true })
  execFileSync('mkfifo', [path])
  const run = await shipgate('verify', sha, '--artifacts-dir', 'fifo-artifacts')
  expectUserError(run, 'result.json: (file): is a FIFO, not a regular file', 1)
})

test('an action bundle fails the step with the message, and no stack, on the user’s mistake', async () => {
  const run = await runBundle('build-once', {
    cwd: checkout,
    inputs: { config: 'bomb.yml', 'runtime-changed': 'false' },
    env: { GITHUB_SHA: sha, GITHUB_REPOSITORY: 'acme/shop', GITHUB_WORKSPACE: checkout, GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '1', GITHUB_EVENT_NAME: 'push' },
  })
  expectUserError({ ...run, code: run.exitCode }, /::error.*build-once: bomb\.yml: not valid YAML: Excessive alias count/, 1)
})

test('a number input in another spelling than plain decimal, or below its minimum, names the input and what it takes', async () => {
  const seconds = (name: string, value: string) => `input '${name}': '${value}' is not a number of seconds of 1 or more; give a plain decimal number such as 30 or 2.5`
  // Number() would have taken 0x10 as 16 seconds and 1e-9 as a nanosecond.
  expectUserError(await shipgate('run', 'commit-gate', '--mode', 'local', '--timeout', '0x10'), seconds('timeout', '0x10'))
  expectUserError(await shipgate('run', 'commit-gate', '--mode', 'local', '--timeout', '1e-9'), seconds('timeout', '1e-9'))
  expectUserError(await shipgate('mail', 'smoke', '--to', 'a@example.com', '--smtp-port', '0x19', '--dry-run', 'true'), "--smtp-port: '0x19' is not a port number: give a whole number from 1 to 65535")
  expectUserError(await shipgate('verify', sha, '--max-evidence-age', '0.0001s'), "--max-evidence-age: '0.0001s' is not a duration; give a plain decimal number with a unit, at least 1s")
  expectUserError(await shipgate('mail', 'status', '--limit', '0x10'), "--limit '0x10' must be a positive whole number")

  const run = await runBundle('commit-gate', {
    cwd: checkout,
    inputs: { mode: 'local', 'poll-interval': '0.0001' },
    env: { GITHUB_SHA: sha, GITHUB_REPOSITORY: 'acme/shop', GITHUB_WORKSPACE: checkout, GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '1', GITHUB_EVENT_NAME: 'push' },
  })
  expectUserError({ ...run, code: run.exitCode }, `::error::commit-gate: ${seconds('poll-interval', '0.0001')}`, 1)
})
