// The package chain as a runner runs it: dist/build-once, dist/promote and dist/release-decision
// driven through INPUT_* and GITHUB_* only, reading outputs and summaries back from their files.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { latestRun } from '../../src/stages/timing.js'
import { writePassingGates } from '../helpers/passing-gates.js'
import { runBundle, type BundleOptions } from '../helpers/run-bundle.js'

const FIRST_SHA = '1111111111111111111111111111111111111111'
const SECOND_SHA = '2222222222222222222222222222222222222222'

let workspace: string
let store: LocalEvidenceStore

function runner(sha: string, inputs: Record<string, string> = {}, extra: Partial<BundleOptions> = {}): BundleOptions {
  return {
    cwd: workspace,
    inputs: { 'artifacts-dir': '.artifacts', ...inputs },
    env: {
      GITHUB_SHA: sha,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_WORKSPACE: workspace,
      GITHUB_WORKFLOW: 'cloud-delivery-pipeline',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
    },
    event: { after: sha, head_commit: { id: sha, timestamp: '2026-11-23T10:00:00Z' } },
    ...extra,
  }
}

/** What acceptance, deploy-gate and prod-verify would write for a package: YES, deployed and pass, naming its digest. */
async function passGates(sha: string): Promise<void> {
  await writePassingGates(store, requireValid(await store.read('release-package', sha)).value)
}

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'shipgate-chain-'))
  store = new LocalEvidenceStore(join(workspace, '.artifacts'))
  await writeFile(
    join(workspace, 'shipgate.yml'),
    ['build:', '  commands:', '    - mkdir -p out && echo "service build $GITHUB_SHA" > out/service.js', '  files:', '    - name: service', '      path: out/service.js', ''].join('\n'),
  )
})

afterEach(async () => {
  await rm(workspace, { recursive: true, force: true })
})

test('build-once packages, promote verifies, release-decision says YES, all from the bundles', async () => {
  const built = await runBundle('build-once', runner(FIRST_SHA))
  expect(built.stderr).toBe('')
  expect(built.exitCode).toBe(0)
  expect(built.outputs['manifest-path']).toBe(join('.artifacts', 'release-package', FIRST_SHA, 'manifest.json'))
  expect(built.outputs['package-digest']).toMatch(/^sha256:[0-9a-f]{64}$/)
  expect(built.outputs['runtime-mode']).toBe('built')
  expect(built.summary).toContain(built.outputs['package-digest'])

  const manifest = requireValid(await store.read('release-package', FIRST_SHA)).value
  expect(manifest.digest).toBe(built.outputs['package-digest'])
  expect(manifest.source).toEqual({ workflow: 'cloud-delivery-pipeline', runId: '4242', runAttempt: '1', event: 'push', ref: 'refs/heads/main' })
  const service = await readFile(join(workspace, 'out', 'service.js'))
  expect(manifest.components).toEqual([
    expect.objectContaining({ kind: 'file', name: 'service', path: 'out/service.js', size: service.length }),
  ])

  // A rerun for the same SHA builds nothing and writes nothing.
  const manifestPath = join(workspace, built.outputs['manifest-path']!)
  const before = await stat(manifestPath)
  const rerun = await runBundle('build-once', runner(FIRST_SHA))
  expect(rerun.exitCode).toBe(0)
  expect(rerun.outputs['package-digest']).toBe(built.outputs['package-digest'])
  expect((await stat(manifestPath)).mtimeMs).toBe(before.mtimeMs)

  const promoted = await runBundle('promote', runner(FIRST_SHA))
  expect(promoted.exitCode).toBe(0)
  expect(promoted.outputs['package-digest']).toBe(built.outputs['package-digest'])
  expect(JSON.parse(promoted.outputs.refs!)).toEqual({ service: `sha256:${manifest.components[0]!.kind === 'file' ? manifest.components[0]!.sha256 : ''}` })

  await passGates(FIRST_SHA)
  const decided = await runBundle('release-decision', runner(FIRST_SHA))
  expect(decided.exitCode).toBe(0)
  expect(decided.outputs).toEqual({
    decision: 'YES',
    status: 'success',
    'decision-path': join('.artifacts', 'release', FIRST_SHA, 'decision.json'),
  })
  expect(decided.summary).toContain('gantt')

  const timing = requireValid(await store.read('pipeline', FIRST_SHA)).value
  expect(timing.stages.map((stage) => stage.stage)).toEqual(['build-once', 'build-once', 'promote', 'release-decision'])
  expect(latestRun(timing)?.closed?.commitTime).toBe('2026-11-23T10:00:00.000Z')
})

test('when the runtime did not change, build-once captures the newest YES package without building', async () => {
  const first = await runBundle('build-once', runner(FIRST_SHA))
  expect(first.exitCode).toBe(0)
  await passGates(FIRST_SHA)
  expect((await runBundle('release-decision', runner(FIRST_SHA))).outputs.decision).toBe('YES')

  // The build command would change the file: capture must not run it.
  const captured = await runBundle('build-once', runner(SECOND_SHA, { 'runtime-changed': 'false' }))
  expect(captured.exitCode).toBe(0)
  expect(captured.outputs['runtime-mode']).toBe('captured')
  const manifest = requireValid(await store.read('release-package', SECOND_SHA)).value
  const previous = requireValid(await store.read('release-package', FIRST_SHA)).value
  expect(manifest.runtime).toEqual({ mode: 'captured', fromSha: FIRST_SHA, fromPackageDigest: previous.digest })
  expect(manifest.components).toEqual(previous.components)
  expect(await readFile(join(workspace, 'out', 'service.js'), 'utf8')).toContain(FIRST_SHA)
})

test('with no earlier YES release there is nothing to capture: the first release builds, and says why', async () => {
  const built = await runBundle('build-once', runner(SECOND_SHA, { 'runtime-changed': 'false' }))
  expect(built.exitCode).toBe(0)
  expect(built.outputs['runtime-mode']).toBe('built')
  expect(built.stdout).toMatch(/Runtime did not change for [0-9a-f]{40}, but no earlier release in .* has a YES decision: building the runtime, as for a first release/)
  expect(requireValid(await store.read('release-package', SECOND_SHA)).value.runtime).toEqual({ mode: 'built' })
  expect(await readFile(join(workspace, 'out', 'service.js'), 'utf8')).toContain(SECOND_SHA)
})

test('an image ref that is not pinned to a digest fails build-once, naming the ref', async () => {
  await writeFile(join(workspace, 'release.yml'), ['release: r1', 'images:', '  api: ghcr.io/acme/api:latest', ''].join('\n'))
  const built = await runBundle('build-once', runner(FIRST_SHA, { 'release-manifest': 'release.yml' }))
  expect(built.exitCode).toBe(1)
  expect(built.stdout).toContain('images.api: not pinned to a sha256 digest')
  expect(built.stdout).toContain('file=release.yml')
})

test('promote refuses a tampered manifest and annotates the manifest file', async () => {
  const built = await runBundle('build-once', runner(FIRST_SHA))
  const manifestPath = join(workspace, built.outputs['manifest-path']!)
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { components: Array<{ size: number }> }
  manifest.components[0]!.size += 1
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2))

  const promoted = await runBundle('promote', runner(FIRST_SHA))
  expect(promoted.exitCode).toBe(1)
  expect(promoted.outputs).toEqual({})
  expect(promoted.stdout).toContain(`::error file=${built.outputs['manifest-path']}::promote: `)
  expect(promoted.stdout).toContain('digest: does not match the manifest')
})

test('promote refuses a packaged file whose bytes changed after build-once', async () => {
  await runBundle('build-once', runner(FIRST_SHA))
  await writeFile(join(workspace, 'out', 'service.js'), 'patched by hand\n')
  const promoted = await runBundle('promote', runner(FIRST_SHA))
  expect(promoted.exitCode).toBe(1)
  expect(promoted.stdout).toMatch(/components\[0\]\.sha256: out\/service\.js has sha256 [0-9a-f]{64}, the package records/)
})

test('promote of a SHA that was never built fails closed: it never builds', async () => {
  const promoted = await runBundle('promote', runner(SECOND_SHA))
  expect(promoted.exitCode).toBe(1)
  expect(promoted.stdout).toContain('there is no release package for')
  await expect(stat(join(workspace, 'out'))).rejects.toThrow()
})

test('release-decision without acceptance says NO, writes its outputs, and fails only when asked to', async () => {
  await runBundle('build-once', runner(FIRST_SHA))
  const failing = await runBundle('release-decision', runner(FIRST_SHA))
  expect(failing.exitCode).toBe(1)
  expect(failing.outputs.decision).toBe('NO')
  expect(failing.outputs.status).toBe('failure')
  expect(failing.stdout).toContain(join('.artifacts', 'acceptance', FIRST_SHA, 'result.json'))

  const notifying = await runBundle('release-decision', runner(FIRST_SHA, { 'fail-on-no': 'false' }))
  expect(notifying.exitCode).toBe(0)
  expect(notifying.outputs.decision).toBe('NO')
})

test('a bad input fails at once with an annotation that names the input', async () => {
  for (const action of ['build-once', 'promote', 'release-decision']) {
    const run = await runBundle(action, runner(FIRST_SHA, { sha: 'HEAD' }))
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(`::error::${action}: input 'sha': must be a full 40-character lowercase hex commit SHA`)
  }
})
