// build-once on real folders and real commands: what it packages, what it refuses, and that it
// builds once per SHA.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { buildConfig, type BuildConfig } from '../../src/config/shipgate-config.js'
import { readReleaseManifest, type ReleaseManifest } from '../../src/config/release-manifest.js'
import { RELEASE_PACKAGE_SCHEMA } from '../../src/contracts/release-package.js'
import { ConfigurationError, EvidenceError } from '../../src/errors.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { actionsExec } from '../../src/platform/exec.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { buildOnce, type BuildOnceInput } from '../../src/stages/build-once.js'
import { commitStage, releasePackage, OTHER_SHA, RELEASE_SHA } from '../helpers/contract-examples.js'
import { writeDecidedRelease } from '../helpers/passing-gates.js'
import { steppingClock } from '../helpers/evidence-fixtures.js'

const DIGEST = `sha256:${'e'.repeat(64)}`
const THIRD_SHA = '3333333333333333333333333333333333333333'

let workspace: string
let store: LocalEvidenceStore
let logger: RecordingLogger

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'shipgate-build-once-'))
  store = new LocalEvidenceStore(join(workspace, '.artifacts'))
  logger = new RecordingLogger()
})

afterEach(async () => {
  await rm(workspace, { recursive: true, force: true })
})

function input(build: Partial<BuildConfig>, extra: Partial<BuildOnceInput> = {}): BuildOnceInput {
  return {
    sha: RELEASE_SHA,
    repository: 'acme/shop',
    source: { workflow: 'pipeline', runId: '7', runAttempt: '1', event: 'push', ref: 'refs/heads/main' },
    build: buildConfig.parse(build),
    configPath: 'shipgate.yml',
    workspace,
    runtimeChanged: true,
    ...extra,
  }
}

const ports = () => ({ store, exec: actionsExec, logger, clock: steppingClock(new Date('2026-11-23T10:00:00Z')) })

/** A release manifest as a team writes it, read the way the action reads it. */
async function releaseManifest(yaml: string, name = 'release.yml'): Promise<ReleaseManifest> {
  await writeFile(join(workspace, name), yaml)
  return readReleaseManifest(join(workspace, name))
}

describe('building', () => {
  test('runs the commands in the workspace and records each file with its size and sha256', async () => {
    const result = await buildOnce(input({ commands: ['mkdir -p out && printf "hello" > out/app.js'], files: [{ name: 'app', path: 'out/app.js' }] }), ports())

    expect(result.reused).toBe(false)
    expect(result.manifest.components).toEqual([
      { kind: 'file', name: 'app', path: 'out/app.js', size: 5, sha256: createHash('sha256').update('hello').digest('hex') },
    ])
    expect(result.manifest.runtime).toEqual({ mode: 'built' })
    expect(result.manifest.createdAt).toBe('2026-11-23T10:00:00.000Z')
    expect(requireValid(await store.read('release-package', RELEASE_SHA)).value).toEqual(result.manifest)
  })

  test('pins an image to the digest docker buildx wrote to its metadata file, without the tag', async () => {
    const metadata = JSON.stringify({ 'containerimage.digest': DIGEST, 'image.name': 'localhost:5000/acme/api:1.2,localhost:5000/acme/api:latest' })
    const result = await buildOnce(
      input({ commands: [`mkdir -p build && echo '${metadata}' > build/api.json`], images: [{ name: 'api', metadataFile: 'build/api.json' }] }),
      ports(),
    )
    expect(result.manifest.components).toEqual([{ kind: 'image', name: 'api', ref: `localhost:5000/acme/api@${DIGEST}` }])
  })

  test('an image whose metadata has no digest fails, naming the ref that is not pinned', async () => {
    await mkdir(join(workspace, 'build'))
    await writeFile(join(workspace, 'build', 'api.json'), JSON.stringify({ 'image.name': 'ghcr.io/acme/api:latest' }))
    const attempt = buildOnce(input({ images: [{ name: 'api', metadataFile: 'build/api.json' }] }), ports())
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow("image ref 'ghcr.io/acme/api@undefined' is not pinned to a sha256 digest")
    expect((await store.read('release-package', RELEASE_SHA)).state).toBe('missing')
  })

  test('seals the release manifest in shipgate\'s earlier shape as a v2 release section: its images as components, and its commits, migrations and flags', async () => {
    const manifest = await releaseManifest(
      ['release: 42', 'description: Checkout v2', 'commits:', '  acme/api: abcdef1', 'images:', `  web: ghcr.io/acme/web@${DIGEST}`, 'migrations:', '  - id: 7', '    repository: acme/api', 'featureFlags:', '  checkout: true', ''].join('\n'),
    )
    const result = await buildOnce(input({}, { releaseManifest: manifest }), ports())
    expect(result.manifest.schema).toBe(RELEASE_PACKAGE_SCHEMA)
    expect(result.manifest.components).toEqual([{ kind: 'image', name: 'web', ref: `ghcr.io/acme/web@${DIGEST}` }])
    expect(result.manifest.release).toEqual({
      id: '42',
      description: 'Checkout v2',
      commits: { 'acme/api': 'abcdef1' },
      resolutions: [],
      images: { web: `ghcr.io/acme/web@${DIGEST}` },
      imageResolutions: [],
      migrations: [{ repository: 'acme/api', kind: 'revisions', revisions: [{ id: '7' }] }],
      featureFlags: { checkout: true },
    })
  })

  test('a failing build command fails with its exit code and the end of its error output', async () => {
    const attempt = buildOnce(input({ commands: ['echo "compiler says no" >&2; exit 3'], files: [{ name: 'app', path: 'app.js' }] }), ports())
    await expect(attempt).rejects.toThrow(/build\.commands: 'echo .*' failed with exit code 3:\ncompiler says no/)
  })

  test.each([
    ['nothing to package', {}, 'nothing to package: declare build.images or build.files'],
    ['a file the build did not make', { files: [{ name: 'app', path: 'out/missing.js' }] }, "out/missing.js does not exist; did the build commands produce it?"],
    ['a file outside the workspace', { files: [{ name: 'app', path: '../elsewhere.js' }] }, "'../elsewhere.js' is outside"],
    [
      'one name used twice',
      { files: [{ name: 'app', path: 'a.js' }, { name: 'app', path: 'a.js' }] },
      "component 'app' is declared twice",
    ],
  ])('%s is a configuration error and nothing is written', async (_what, build, message) => {
    await writeFile(join(workspace, 'a.js'), 'a')
    const attempt = buildOnce(input(build as Partial<BuildConfig>), ports())
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(message)
    expect((await store.read('release-package', RELEASE_SHA)).state).toBe('missing')
  })
  test.each([
    ['a FIFO', 'mkfifo out/app.js', 'is a FIFO, not a regular file'],
    ['a folder', 'mkdir out/app.js', 'is a folder, not a regular file'],
  ])('a file component that is %s is a configuration error naming it, never a hang', async (_what, command, reason) => {
    const attempt = buildOnce(input({ commands: ['mkdir -p out', command], files: [{ name: 'app', path: 'out/app.js' }] }), ports())
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(`shipgate.yml: build.files 'app': out/app.js ${reason}`)
    expect((await store.read('release-package', RELEASE_SHA)).state).toBe('missing')
  })
})

describe('once per SHA', () => {
  test('a second run reuses the sealed manifest and runs no command', async () => {
    await writeFile(join(workspace, 'app.js'), 'v1')
    const first = await buildOnce(input({ files: [{ name: 'app', path: 'app.js' }] }), ports())
    const second = await buildOnce(input({ commands: ['echo changed > app.js'], files: [{ name: 'app', path: 'app.js' }] }), ports())

    expect(second.reused).toBe(true)
    expect(second.manifest).toEqual(first.manifest)
    expect(await readFile(join(workspace, 'app.js'), 'utf8')).toBe('v1')
    expect(logger.text()).toContain('already exists')
  })

  test('a second run with different release fields is refused', async () => {
    await buildOnce(input({}, { releaseManifest: await releaseManifest(`images:\n  web: ghcr.io/acme/web@${DIGEST}\n`) }), ports())
    const attempt = buildOnce(input({}, { releaseManifest: await releaseManifest(`release_id: other\nimages:\n  web: ghcr.io/acme/web@${DIGEST}\n`, 'other.yml') }), ports())
    await expect(attempt).rejects.toThrow(EvidenceError)
    await expect(attempt).rejects.toThrow('already exists with different release fields')
  })
})

describe('the commit-stage evidence', () => {
  test('a commit stage that did not pass stops the build', async () => {
    await store.write('commit-stage', RELEASE_SHA, { ...commitStage(), passed: false })
    await expect(buildOnce(input({ files: [{ name: 'app', path: 'app.js' }] }), ports())).rejects.toThrow(
      "passed: the commit-stage check 'commit-stage' did not pass",
    )
  })

  test('gives the scope, over the runtime-changed input', async () => {
    await writeFile(join(workspace, 'app.js'), 'v1')
    const evidence = commitStage()
    await store.write('commit-stage', RELEASE_SHA, { ...evidence, scope: { ...evidence.scope, infra: { changed: true, paths: ['infra/main.tf'] } } })
    const result = await buildOnce(input({ files: [{ name: 'app', path: 'app.js' }] }, { runtimeChanged: false }), ports())
    expect(result.manifest.scope).toEqual({
      runtimeChanged: evidence.scope.runtime.changed,
      infraChanged: true,
      docsChanged: evidence.scope.docs.changed,
    })
  })
})

describe('capturing when the runtime did not change', () => {
  async function pastRelease(sha: string, decision: 'YES' | 'NO', decidedAt: string): Promise<string> {
    return (await writeDecidedRelease(store, sha, { decision, decidedAt })).digest
  }

  test('passes over a decision that says YES but that its evidence no longer holds', async () => {
    const yes = await pastRelease(OTHER_SHA, 'YES', '2026-11-01T00:00:00Z')
    await pastRelease(THIRD_SHA, 'NO', '2026-11-20T00:00:00Z')
    // The NO rewritten as a YES by hand: the file says YES, verify says it does not follow.
    const forged = await store.read('release', THIRD_SHA)
    if (forged.state !== 'valid') throw new Error('no decision')
    await store.write('release', THIRD_SHA, { ...forged.value, decision: 'YES', status: 'success', reasons: [] })
    const result = await buildOnce(input({}, { runtimeChanged: false }), ports())
    expect(result.manifest.runtime).toEqual({ mode: 'captured', fromSha: OTHER_SHA, fromPackageDigest: yes })
  })

  test('takes the components of the newest YES release, and says where they came from', async () => {
    await pastRelease(OTHER_SHA, 'YES', '2026-11-01T00:00:00Z')
    const newest = await pastRelease(THIRD_SHA, 'YES', '2026-11-20T00:00:00Z')
    const result = await buildOnce(input({ commands: ['exit 1'] }, { runtimeChanged: false }), ports())

    expect(result.manifest.runtime).toEqual({ mode: 'captured', fromSha: THIRD_SHA, fromPackageDigest: newest })
    expect(result.manifest.components).toEqual(releasePackage(THIRD_SHA).components)
  })

  test('passes over a newer release that said NO', async () => {
    const yes = await pastRelease(OTHER_SHA, 'YES', '2026-11-01T00:00:00Z')
    await pastRelease(THIRD_SHA, 'NO', '2026-11-20T00:00:00Z')
    const result = await buildOnce(input({}, { runtimeChanged: false }), ports())
    expect(result.manifest.runtime).toEqual({ mode: 'captured', fromSha: OTHER_SHA, fromPackageDigest: yes })
  })

  test('with no YES release to capture from (the first release), builds the runtime and says why', async () => {
    await pastRelease(OTHER_SHA, 'NO', '2026-11-01T00:00:00Z')
    const result = await buildOnce(input({ commands: ['printf "first" > app.js'], files: [{ name: 'app', path: 'app.js' }] }, { runtimeChanged: false }), ports())
    expect(result.manifest.runtime).toEqual({ mode: 'built' })
    expect(result.manifest.components).toEqual([{ kind: 'file', name: 'app', path: 'app.js', size: 5, sha256: createHash('sha256').update('first').digest('hex') }])
    expect(logger.text()).toContain('no earlier release in')
    expect(logger.text()).toContain('has a YES decision: building the runtime, as for a first release')
  })
})
