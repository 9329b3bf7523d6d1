// The command line as a new user meets it, through the committed bundle: --version, --help on every
// command and subcommand, one shape for usage errors (text, or JSON with --json), 'did you mean',
// real nested objects in --json outputs, and a send with nobody to write to is an error.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { commandPaths } from '../../src/cli/main.js'
import { createCliCheckout, type CliCheckout } from '../helpers/cli-checkout.js'
import { repositoryRoot } from '../helpers/run-bundle.js'

let repository: CliCheckout
const shipgate = (...args: string[]) => repository.shipgate(...args)

beforeAll(async () => {
  repository = await createCliCheckout('shipgate-cli-surface-', { 'app.txt': 'the application\n', 'shipgate.yml': 'build:\n  files:\n    - name: app\n      path: app.txt\n' })
})

afterAll(async () => {
  await repository.remove()
})

test('--version prints the package version and exits 0', async () => {
  const { version } = JSON.parse(await readFile(join(repositoryRoot, 'package.json'), 'utf8')) as { version: string }
  for (const flag of ['--version', '-V']) {
    const run = await shipgate(flag)
    expect({ flag, code: run.code, stdout: run.stdout.trim() }).toEqual({ flag, code: 0, stdout: `shipgate ${version}` })
  }
})

test('--help answers on every command and subcommand with its own usage, exit 0', async () => {
  const paths = await commandPaths()
  // Every command, every action of run, and the subcommands of deliver, mail and mail roster.
  expect(paths.map((path) => path.join(' '))).toEqual(expect.arrayContaining(['run promote', 'mail validate-roster', 'mail status', 'mail roster import', 'deliver show', 'report']))
  const failures: string[] = []
  for (const path of paths) {
    const run = await shipgate(...path, '--help')
    if (run.code !== 0 || !run.stdout.includes(`shipgate ${path.join(' ')}`)) failures.push(`${path.join(' ')}: exit ${run.code}: ${(run.stdout + run.stderr).slice(0, 200)}`)
  }
  expect(failures).toEqual([])
})

test('usage errors have one shape: text with a pointer to --help, or {"error": {kind, message}} with --json', async () => {
  for (const command of [['run', 'promote'], ['verify'], ['show'], ['pipeline'], ['deliver', 'show'], ['mail', 'status'], ['report']]) {
    const text = await shipgate(...command, '--no-such-flag', 'x')
    expect({ command, code: text.code }).toEqual({ command, code: 2 })
    expect(text.stderr).toContain(`Run 'shipgate ${command.join(' ')} --help'`)
    expect(text.stderr).not.toMatch(/\n\s+at /)

    const json = await shipgate(...command, '--no-such-flag', 'x', '--json')
    expect({ command, code: json.code }).toEqual({ command, code: 2 })
    const parsed = JSON.parse(json.stdout) as { error?: { kind?: string; message?: string } }
    expect({ command, kind: parsed.error?.kind }).toEqual({ command, kind: 'usage' })
    expect(parsed.error?.message).toContain('--no-such-flag')
  }
})

test('a misspelt command, action or option gets a did-you-mean', async () => {
  const cases: Array<[string[], string]> = [
    [['pipline'], "did you mean 'pipeline'?"],
    [['run', 'promot'], "did you mean 'promote'?"],
    [['show', '--jsn'], "did you mean '--json'?"],
    [['mail', 'stauts'], "did you mean 'status'?"],
  ]
  for (const [args, suggestion] of cases) {
    const run = await shipgate(...args)
    expect({ args, code: run.code }).toEqual({ args, code: 2 })
    expect(run.stderr).toContain(suggestion)
  }
})

test('run --json gives real objects for JSON outputs, not JSON inside strings', async () => {
  const built = await shipgate('run', 'build-once', '--runtime-changed', 'true', '--json')
  expect(built.code).toBe(0)
  const promoted = await shipgate('run', 'promote', '--json')
  expect(promoted.code).toBe(0)
  const { outputs } = JSON.parse(promoted.stdout) as { outputs: Record<string, unknown> }
  expect(typeof outputs['package-digest']).toBe('string')
  expect(outputs.refs).toEqual(expect.objectContaining({}))
  expect(typeof outputs.refs).toBe('object')
  expect(promoted.stdout).not.toContain('\\"')
})

test('an explicit mail send with nobody to write to is an error, not a skip', async () => {
  const run = await shipgate('mail', 'send', '--dry-run', 'true', '--status', 'success', '--from', 'release@example.com', '--allowed-from', 'release@example.com')
  expect(run.code).toBe(2)
  expect(run.stderr).toContain('nothing to send')
  expect(run.stderr).toContain('--to ADDRESS')
  expect(run.stdout).not.toContain('skipped')
})
