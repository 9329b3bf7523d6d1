// The `shipgate` command as a user runs it: the committed bundle dist/cli/index.js, in a git
// checkout, with no GITHUB_* variables: SHA and repository come from the checkout.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { createCliCheckout, type CliCheckout } from '../helpers/cli-checkout.js'
import { writePassingGates } from '../helpers/passing-gates.js'

let repository: CliCheckout
let checkout: string
let sha: string

const shipgate = (...args: string[]) => repository.shipgate(...args)

beforeAll(async () => {
  repository = await createCliCheckout('shipgate-cli-', { 'app.txt': 'the application\n', 'shipgate.yml': 'build:\n  files:\n    - name: app\n      path: app.txt\n' })
  ;({ path: checkout, sha } = repository)
})

afterAll(async () => {
  await repository.remove()
})

test('--help documents the commands, and no command is a usage error', async () => {
  const help = await shipgate('--help')
  expect(help.code).toBe(0)
  for (const command of ['run <action>', 'verify <sha>', 'show <sha>', 'pipeline']) expect(help.stdout).toContain(command)
  expect((await shipgate()).code).toBe(2)
  const unknown = await shipgate('deploy-everything')
  expect(unknown.code).toBe(2)
  expect(unknown.stderr).toContain("unknown command 'deploy-everything'")
})

test('run <action> --help lists the inputs of that action', async () => {
  const help = await shipgate('run', 'build-once', '--help')
  expect(help.code).toBe(0)
  expect(help.stdout).toContain('--release-manifest')
  expect(help.stdout).toContain('--runtime-changed')
  expect(help.stdout).toContain('package-digest')
})

test('run builds from the checkout, verify holds, show prints it, and tampering makes verify fail', async () => {
  const built = await shipgate('run', 'build-once', '--runtime-changed', 'true', '--json')
  expect(built.stderr).not.toContain('error')
  expect(built.code).toBe(0)
  const { outputs } = JSON.parse(built.stdout) as { outputs: Record<string, string> }
  expect(outputs['package-digest']).toMatch(/^sha256:[0-9a-f]{64}$/)

  const store = new LocalEvidenceStore(join(checkout, '.artifacts'))
  const manifest = requireValid(await store.read('release-package', sha)).value
  expect(manifest.repository).toBe('acme/shop')
  expect(manifest.source.event).toBe('local')

  const promoted = await shipgate('run', 'promote', '--input', `sha=${sha}`)
  expect(promoted.code).toBe(0)
  expect(promoted.stdout).toContain(`package-digest=${manifest.digest}`)

  await writePassingGates(store, manifest)
  const decided = await shipgate('run', 'release-decision')
  expect(decided.code).toBe(0)
  expect(decided.stdout).toContain('decision=YES')

  const verified = await shipgate('verify', sha)
  expect(verified.code).toBe(0)
  const shown = await shipgate('show', sha)
  expect(shown.code).toBe(0)
  expect(shown.stdout).toContain(manifest.digest)
  expect(shown.stdout).toContain('YES')

  const manifestPath = join(checkout, store.pathOf('release-package', sha).slice(checkout.length + 1))
  const tampered = JSON.parse(await readFile(manifestPath, 'utf8')) as { repository: string }
  tampered.repository = 'mallory/shop'
  await writeFile(manifestPath, JSON.stringify(tampered))
  const refused = await shipgate('verify', sha)
  expect(refused.code).toBe(1)
  expect(refused.stdout + refused.stderr).toContain('manifest.json: digest: does not match')
})

test('a bad flag is a usage error that shows the usage', async () => {
  const bad = await shipgate('run', 'promote', '--no-such-input', 'x')
  expect(bad.code).toBe(2)
  expect(bad.stderr).toContain("shipgate run promote: unknown option '--no-such-input'")
  expect(bad.stderr).toContain("Run 'shipgate run promote --help' for its usage.")
  const badSha = await shipgate('verify', 'HEAD')
  expect(badSha.code).toBe(2)
  expect(badSha.stderr).toContain("'HEAD' is not a full commit SHA")
})
