// The embedded example with environments, through the built CLI as `npm run example` runs it:
// dev -> staging -> production ends YES; SHIPGATE_EXAMPLE_BREAK=staging stops at staging and the
// release is NO naming staging; after two releases `shipgate rollback` puts the first one back.
import { execFile } from 'node:child_process'
import { appendFile, cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { scopedStore } from '../../src/evidence/scoped-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { exampleShipgate, listening } from '../helpers/example-cli.js'
import { repositoryRoot } from '../helpers/run-bundle.js'

const CONFIG = ['--config', 'examples/service/environments.yml']
const ENVIRONMENTS = ['dev', 'staging', 'production']
const PORTS = [17821, 17823, 17831, 17833, 17841, 17843]
const folders: string[] = []
let sha: string
const git = (args: string[], cwd = repositoryRoot) => promisify(execFile)('git', args, { cwd }).then((out) => out.stdout.trim())

const shipgate = exampleShipgate

async function folder(): Promise<string> {
  const made = await mkdtemp(join(tmpdir(), 'shipgate-environments-'))
  folders.push(made)
  return made
}

beforeAll(async () => {
  sha = await git(['rev-parse', 'HEAD'])
})

/** The example as a repository of its own, so that two releases are two commits checked out in turn. */
async function exampleRepository(): Promise<{ root: string; commit: (change: string) => Promise<string> }> {
  const root = await folder()
  await cp(join(repositoryRoot, 'examples/service'), root, { recursive: true, filter: (source) => !/\/(out|\.run)(\/|$)/.test(source) })
  await symlink(join(repositoryRoot, 'node_modules'), join(root, 'node_modules'))
  await writeFile(join(root, '.gitignore'), 'node_modules\nout/\n.run/\n')
  await git(['init', '-q', '-b', 'main'], root)
  const commit = async (change: string) => {
    await appendFile(join(root, 'service.mjs'), `// ${change}\n`)
    await git(['add', '-A'], root)
    await git(['-c', 'user.name=shipgate test', '-c', 'user.email=test@example.invalid', 'commit', '-q', '-m', change], root)
    return git(['rev-parse', 'HEAD'], root)
  }
  return { root, commit }
}

afterAll(async () => {
  for (const made of folders) await rm(made, { recursive: true, force: true })
})

describe('dev -> staging -> production', () => {
  let artifacts: string
  beforeAll(async () => {
    artifacts = await folder()
  })

  test('ends YES for production, every environment deployed, accepted, verified and decided, and verify holds', async () => {
    const run = await shipgate(['pipeline', ...CONFIG, '--artifacts-dir', artifacts])
    expect(run.stderr).not.toContain('unexpected error')
    expect({ code: run.code, output: run.code === 0 ? '' : `${run.stdout}\n${run.stderr}` }).toEqual({ code: 0, output: '' })
    for (const environment of ENVIRONMENTS) {
      for (const step of ['deploy', 'acceptance', 'verify', 'decision']) expect(run.stdout).toMatch(new RegExp(`✔ ${step} ${environment} \\d+\\.\\d s`))
    }
    // In order: nothing of staging before dev's decision, nothing of production before staging's.
    expect(run.stdout.indexOf('▶ deploy staging')).toBeGreaterThan(run.stdout.indexOf('✔ decision dev'))
    expect(run.stdout.indexOf('▶ deploy production')).toBeGreaterThan(run.stdout.indexOf('✔ decision staging'))
    expect(run.stdout).toContain('Decision in production: YES (success)')
    // Each deploy read the sealed release manifest it was handed (examples/service/release.yml, resolved).
    expect(run.stdout.match(/release 2026\.12\.1 \(package sha256:[0-9a-f]{64}\)/g)).toHaveLength(3)
    expect(run.stdout).toContain('check out acme/payments at 4f1c0de9a1b2c3d4e5f60718293a4b5c6d7e8f90')
    expect(run.stdout).toMatch(/acme\/payments: migrate to 0041_refunds\n.*acme\/payments: migrate to 0042_orders_index\n.*acme\/shop: run migrations\/0007_orders\.sql \(sha256 [0-9a-f]{64}\)/)
    expect(run.stdout).toContain('feature flag rollout_percent = 25')

    const store = new LocalEvidenceStore(artifacts)
    const manifest = requireValid(await store.read('release-package', sha)).value
    for (const environment of ENVIRONMENTS) {
      const decision = requireValid(await scopedStore(store, { environment }).read('release', sha)).value
      expect(decision).toMatchObject({ decision: 'YES', environment, packageDigest: manifest.digest })
    }
    expect(requireValid(await store.read('release', sha)).value).toMatchObject({ decision: 'YES', environment: 'production', promotedFrom: 'staging' })
    for (const port of PORTS) expect(await listening(port)).toBe(false)
    const verified = await shipgate(['verify', sha, '--artifacts-dir', artifacts])
    expect({ code: verified.code, stdout: verified.stdout }).toMatchObject({ code: 0 })
    // show lists each environment's evidence in the order the release went through them.
    const shown = await shipgate(['show', sha, '--artifacts-dir', artifacts])
    const at = ENVIRONMENTS.map((environment) => shown.stdout.indexOf(`Environment ${environment}\n`))
    expect(at.every((index) => index > 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(shown.stdout).toContain('outcome     deployed in production')
  }, 180_000)

  test('SHIPGATE_EXAMPLE_BREAK=staging: staging says NO, nothing reaches production, the release is NO naming staging', async () => {
    const run = await shipgate(['pipeline', ...CONFIG, '--artifacts-dir', artifacts], { SHIPGATE_EXAMPLE_BREAK: 'staging' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('✔ decision dev')
    expect(run.stdout).toContain('✖ acceptance staging')
    expect(run.stdout).not.toContain('▶ deploy production')
    expect(run.stdout).toContain('Decision in production: NO (failure)')

    const store = new LocalEvidenceStore(artifacts)
    const staging = scopedStore(store, { environment: 'staging' })
    const acceptance = requireValid(await staging.read('acceptance', sha)).value
    expect(acceptance.checks.find((check) => check.name === 'health')).toMatchObject({ status: 'fail', reason: expect.stringContaining('500') })
    const decision = requireValid(await store.read('release', sha)).value
    expect(decision).toMatchObject({ decision: 'NO', environment: 'production' })
    expect(decision.reasons).toEqual([expect.objectContaining({ file: staging.pathOf('release', sha), field: 'decision', message: expect.stringContaining('is NO for staging') })])
    for (const port of PORTS) expect(await listening(port)).toBe(false)
    const verified = await shipgate(['verify', sha, '--artifacts-dir', artifacts])
    expect({ code: verified.code, stdout: verified.stdout }).toMatchObject({ code: 0 })

    // The dashboard says where the release stopped, beside the environment its decision is for.
    const site = await folder()
    const report = await shipgate(['report', '--out', site, '--artifacts-dir', artifacts])
    expect({ code: report.code, stderr: report.stderr }).toMatchObject({ code: 0 })
    const row = (await readFile(join(site, 'index.html'), 'utf8')).split('<tr').find((line) => line.includes(`data-sha="${sha}"`))
    expect(row).toContain('production <span class="definition" data-stopped-at="staging">(stopped at staging)</span>')
  }, 180_000)
})

describe('shipgate rollback --environment production', () => {
  test('after two releases it puts the first one back, as a replay with its own evidence, and verifies it', async () => {
    const artifacts = await folder()
    const example = await exampleRepository()
    const config = ['--config', 'environments.yml']
    const releases: string[] = []
    for (const change of ['first release', 'second release']) {
      releases.push(await example.commit(change))
      const run = await shipgate(['pipeline', ...config, '--artifacts-dir', artifacts], {}, example.root)
      expect({ change, code: run.code, stdout: run.code === 0 ? "" : run.stdout }).toEqual({ change, code: 0, stdout: "" })
    }
    const [earlier, latest] = releases as [string, string]
    const store = new LocalEvidenceStore(artifacts)
    const production = scopedStore(store, { environment: 'production' })
    const before = requireValid(await production.read('deployment', earlier)).value

    const dry = await shipgate(['rollback', ...config, '--environment', 'production', '--artifacts-dir', artifacts, '--dry-run'], {}, example.root)
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain(`rollback of production: ${latest} runs there now; going back to ${earlier}`)
    expect(requireValid(await production.read('deployment', earlier)).value).toEqual(before)

    // The first release checked out again, as a rollback job would, and its one file component put
    // back in place (the example's build is byte-for-byte; a real package's images are pulled by
    // their pinned refs). The package itself is read from the evidence, and promote checks the bytes.
    await git(['checkout', '-q', earlier], example.root)
    await promisify(execFile)(process.execPath, ['build.mjs'], { cwd: example.root })
    const rollback = await shipgate(['rollback', ...config, '--environment', 'production', '--artifacts-dir', artifacts], {}, example.root)
    expect({ code: rollback.code, stdout: rollback.stdout, stderr: rollback.stderr }).toMatchObject({ code: 0 })
    expect(rollback.stdout).not.toContain('▶ deploy dev')
    expect(rollback.stdout).toMatch(/✔ deploy production .*\n[\s\S]*✔ verify production/)
    expect(rollback.stdout).toContain('Decision in production: YES (success)')
    const record = requireValid(await production.read('deployment', earlier)).value
    expect(record).toMatchObject({ outcome: 'deployed', replay: true })
    expect(Date.parse(record.deployedAt!)).toBeGreaterThan(Date.parse(before.deployedAt!))
    for (const port of PORTS) expect(await listening(port)).toBe(false)
    const verified = await shipgate(['verify', earlier, '--artifacts-dir', artifacts], {}, example.root)
    expect({ code: verified.code, stdout: verified.stdout }).toMatchObject({ code: 0 })
  }, 300_000)

  test('with nothing deployed there is nothing to roll back: a clear error, exit 1', async () => {
    const run = await shipgate(['rollback', ...CONFIG, '--artifacts-dir', await folder()])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('no deployed record for production')
    expect(run.stderr).not.toContain('    at ')
  })
})
