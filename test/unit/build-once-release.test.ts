// build-once with the playbook's release manifest, on real folders: image tags pinned from the
// build's buildx metadata, migrations recorded per repository (files by digest, only inside the
// manifest's folder), the v2 release section sealed, and a re-run compared with what was sealed.
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readReleaseManifest, type ReleaseManifest } from '../../src/config/release-manifest.js'
import { buildConfig, type BuildConfig } from '../../src/config/shipgate-config.js'
import { RELEASE_PACKAGE_SCHEMA, RELEASE_PACKAGE_SCHEMA_V1, sealReleasePackage } from '../../src/contracts/release-package.js'
import { ConfigurationError, EvidenceError } from '../../src/errors.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { actionsExec } from '../../src/platform/exec.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { buildOnce, type BuildOnceInput } from '../../src/stages/build-once.js'
import { API_IMAGE, releasePackageBody, RELEASE_SHA, OTHER_SHA } from '../helpers/contract-examples.js'
import { steppingClock } from '../helpers/evidence-fixtures.js'
import { writeDecidedRelease } from '../helpers/passing-gates.js'

const API_DIGEST = `sha256:${'1'.repeat(64)}`
const WEB_DIGEST = `sha256:${'2'.repeat(64)}`
const PINNED_WORKER = `registry.example.com/acme/worker@sha256:${'3'.repeat(64)}`

let workspace: string
let store: LocalEvidenceStore

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'shipgate-build-once-release-'))
  store = new LocalEvidenceStore(join(workspace, '.artifacts'))
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

const ports = () => ({ store, exec: actionsExec, logger: new RecordingLogger(), clock: steppingClock(new Date('2026-12-01T10:00:00Z')) })

async function manifest(yaml: string, path = 'release/release.yml'): Promise<ReleaseManifest> {
  await mkdir(join(workspace, path, '..'), { recursive: true })
  await writeFile(join(workspace, path), yaml)
  return readReleaseManifest(join(workspace, path))
}

/** A build command that writes buildx metadata as `docker buildx build --metadata-file` does. */
function metadataCommand(file: string, digest: string, names: string[]): string {
  return `mkdir -p build && printf '%s' '${JSON.stringify({ 'containerimage.digest': digest, 'image.name': names.join(',') })}' > ${file}`
}

const twoImages: Partial<BuildConfig> = {
  commands: [
    metadataCommand('build/api.json', API_DIGEST, ['registry.example.com/acme/api:1.4.2', 'registry.example.com/acme/api:latest']),
    metadataCommand('build/web.json', WEB_DIGEST, ['registry.example.com/acme/web:2.4.0']),
  ],
  images: [
    { name: 'api', metadataFile: 'build/api.json' },
    { name: 'web', metadataFile: 'build/web.json' },
  ],
}

async function failure(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(ConfigurationError)
  return error as ConfigurationError
}

describe('images', () => {
  test('a tag ref is pinned to <repository>@<digest> from the metadata whose image.name lists that exact ref; a pinned ref passes as written', async () => {
    const release = await manifest(
      ['images:', '  api: registry.example.com/acme/api:1.4.2', '  edge: registry.example.com/acme/web:2.4.0', `  worker: ${PINNED_WORKER}`, ''].join('\n'),
    )
    const result = await buildOnce(input(twoImages, { releaseManifest: release }), ports())
    expect(result.manifest.schema).toBe(RELEASE_PACKAGE_SCHEMA)
    // api names the built component with the same pinned ref: a confirmation, not a second component.
    expect(result.manifest.components).toEqual([
      { kind: 'image', name: 'api', ref: `registry.example.com/acme/api@${API_DIGEST}` },
      { kind: 'image', name: 'web', ref: `registry.example.com/acme/web@${WEB_DIGEST}` },
      { kind: 'image', name: 'edge', ref: `registry.example.com/acme/web@${WEB_DIGEST}` },
      { kind: 'image', name: 'worker', ref: PINNED_WORKER },
    ])
    expect(result.manifest.schema === RELEASE_PACKAGE_SCHEMA && result.manifest.release).toMatchObject({
      images: {
        api: `registry.example.com/acme/api@${API_DIGEST}`,
        edge: `registry.example.com/acme/web@${WEB_DIGEST}`,
        worker: PINNED_WORKER,
      },
      imageResolutions: [
        { name: 'api', tag: 'registry.example.com/acme/api:1.4.2', ref: `registry.example.com/acme/api@${API_DIGEST}`, metadataFile: 'build/api.json' },
        { name: 'edge', tag: 'registry.example.com/acme/web:2.4.0', ref: `registry.example.com/acme/web@${WEB_DIGEST}`, metadataFile: 'build/web.json' },
      ],
    })
  })

  test.each([
    ['a tag no metadata lists', 'registry.example.com/acme/api:9.9.9', 'no buildx metadata file of build.images in shipgate.yml lists it in image.name'],
    ['a tag that only starts like a listed one', 'registry.example.com/acme/api:1.4', 'no buildx metadata file of build.images in shipgate.yml lists it in image.name'],
    ['the same tag in another registry', 'ghcr.io/acme/api:1.4.2', 'no buildx metadata file of build.images in shipgate.yml lists it in image.name'],
  ])('%s is an error at its line, and nothing is sealed', async (_what, ref, message) => {
    const release = await manifest(`release_id: r1\nimages:\n  api: ${ref}\n`)
    const error = await failure(buildOnce(input(twoImages, { releaseManifest: release }), ports()))
    expect(error.message).toContain(`release.yml:3: images.api: not pinned to a sha256 digest: '${ref}' is a tag, and ${message}`)
    expect(error.line).toBe(3)
    expect((await store.read('release-package', RELEASE_SHA)).state).toBe('missing')
  })

  test('two metadata files that list the tag with different digests pin nothing', async () => {
    const release = await manifest('images:\n  edge: registry.example.com/acme/api:1.4.2\n')
    const build = {
      commands: [
        metadataCommand('build/api.json', API_DIGEST, ['registry.example.com/acme/api:1.4.2']),
        metadataCommand('build/canary.json', WEB_DIGEST, ['registry.example.com/acme/api:1.4.2']),
      ],
      images: [
        { name: 'api', metadataFile: 'build/api.json' },
        { name: 'canary', metadataFile: 'build/canary.json' },
      ],
    }
    const error = await failure(buildOnce(input(build, { releaseManifest: release }), ports()))
    expect(error.message).toContain(`the metadata files that list it disagree on its digest (build/api.json: ${API_DIGEST}, build/canary.json: ${WEB_DIGEST}); build it once`)
  })

  test('a manifest image that names a built component with another ref is declared twice', async () => {
    const release = await manifest(`images:\n  api: ${PINNED_WORKER}\n`)
    await expect(buildOnce(input(twoImages, { releaseManifest: release }), ports())).rejects.toThrow("component 'api' is declared twice")
  })

  test('when the runtime is captured nothing was built, so a tag cannot be pinned', async () => {
    await writeDecidedRelease(store, OTHER_SHA, { decision: 'YES', decidedAt: '2026-11-01T00:00:00Z' })
    const release = await manifest('images:\n  api: registry.example.com/acme/api:1.4.2\n')
    const error = await failure(buildOnce(input({}, { releaseManifest: release, runtimeChanged: false }), ports()))
    expect(error.message).toContain(`'registry.example.com/acme/api:1.4.2' is a tag, and the runtime did not change and was captured from ${OTHER_SHA}, not built, so no build metadata pins it`)
  })
})

describe('migrations', () => {
  const sql = 'ALTER TABLE invoices ADD COLUMN due date;\n'

  test('are recorded per repository in the manifest order: ids as written, lists in order, a file by its path, size and sha256', async () => {
    await mkdir(join(workspace, 'release', 'migrations'), { recursive: true })
    await writeFile(join(workspace, 'release', 'migrations', 'billing.sql'), sql)
    const release = await manifest(
      ['migrations:', '  acme/web: [0043_orders, 0042_users]', '  acme/billing: { file: migrations/billing.sql }', '  acme/api: 20261201_add_orders', `images:\n  worker: ${PINNED_WORKER}`, ''].join('\n'),
    )
    const result = await buildOnce(input({}, { releaseManifest: release }), ports())
    expect(result.manifest.release.migrations).toEqual([
      { repository: 'acme/web', kind: 'revisions', revisions: [{ id: '0043_orders' }, { id: '0042_users' }] },
      { repository: 'acme/billing', kind: 'file', path: 'migrations/billing.sql', size: Buffer.byteLength(sql), sha256: createHash('sha256').update(sql).digest('hex') },
      { repository: 'acme/api', kind: 'revisions', revisions: [{ id: '20261201_add_orders' }] },
    ])
  })

  test('a symlink inside the manifest folder that stays inside is followed', async () => {
    await mkdir(join(workspace, 'release', 'sql'), { recursive: true })
    await writeFile(join(workspace, 'release', 'sql', 'real.sql'), sql)
    await symlink('sql/real.sql', join(workspace, 'release', 'billing.sql'))
    const release = await manifest(`migrations:\n  acme/billing: { file: billing.sql }\nimages:\n  worker: ${PINNED_WORKER}\n`)
    const result = await buildOnce(input({}, { releaseManifest: release }), ports())
    expect(result.manifest.release.migrations).toEqual([{ repository: 'acme/billing', kind: 'file', path: 'billing.sql', size: Buffer.byteLength(sql), sha256: createHash('sha256').update(sql).digest('hex') }])
  })

  test.each([
    ['a path up out of the folder', '../secrets.sql', "'../secrets.sql' goes up with '..'; a migration file must be inside the release manifest's folder"],
    ['a path that goes up and back in', 'migrations/../billing.sql', "goes up with '..'"],
    ['an absolute path', '/etc/passwd', "'/etc/passwd' is an absolute path; give a path relative to the release manifest's folder"],
    ['a symlink to a file outside the folder', 'outside.sql', 'is, or goes through, a symbolic link to'],
    ['a file inside a symlinked folder outside', 'linked/billing.sql', 'is, or goes through, a symbolic link to'],
    ['a file that is not there', 'missing.sql', "'missing.sql' does not exist"],
    ['a folder', 'migrations', "'migrations' is a folder, not a regular file"],
  ])('%s is refused at its line, and nothing is sealed', async (_what, file, message) => {
    await mkdir(join(workspace, 'release', 'migrations'), { recursive: true })
    await mkdir(join(workspace, 'elsewhere'), { recursive: true })
    await writeFile(join(workspace, 'secrets.sql'), 'secret')
    await writeFile(join(workspace, 'elsewhere', 'billing.sql'), 'elsewhere')
    await symlink(join(workspace, 'secrets.sql'), join(workspace, 'release', 'outside.sql'))
    await symlink(join(workspace, 'elsewhere'), join(workspace, 'release', 'linked'))
    const release = await manifest(`images:\n  worker: ${PINNED_WORKER}\nmigrations:\n  acme/billing:\n    file: ${file}\n`)
    const error = await failure(buildOnce(input({}, { releaseManifest: release }), ports()))
    expect(error.message).toContain(`release.yml:5: migrations.acme/billing.file: `)
    expect(error.message).toContain(message)
    expect((await store.read('release-package', RELEASE_SHA)).state).toBe('missing')
  })
})

describe('a second run for the SHA', () => {
  const template = `release_id: 2026.12.1\ncommits:\n  acme/api: abcdef1\nmigrations:\n  acme/billing: { file: billing.sql }\nimages:\n  worker: ${PINNED_WORKER}\n`

  test('reuses the package when the manifest declares the same, and refuses it when a migration file changed since', async () => {
    await mkdir(join(workspace, 'release'), { recursive: true })
    await writeFile(join(workspace, 'release', 'billing.sql'), 'v1')
    const first = await buildOnce(input({}, { releaseManifest: await manifest(template) }), ports())
    const second = await buildOnce(input({}, { releaseManifest: await manifest(template) }), ports())
    expect(second).toEqual({ ...first, reused: true })

    await writeFile(join(workspace, 'release', 'billing.sql'), 'v2')
    const attempt = buildOnce(input({}, { releaseManifest: await manifest(template) }), ports())
    await expect(attempt).rejects.toThrow(EvidenceError)
    await expect(attempt).rejects.toThrow('already exists with different release fields')
  })

  test('a v1 package sealed before v2 is reused for a manifest that declares its fields, in either shape, and refused for others', async () => {
    const body = releasePackageBody()
    body.release = { id: 'R-42', commits: { 'acme/shop': RELEASE_SHA }, migrations: [{ id: '0042_users', repository: 'acme/shop' }], featureFlags: { checkout: true } }
    const v1 = sealReleasePackage(body)
    expect(v1.schema).toBe(RELEASE_PACKAGE_SCHEMA_V1)
    await store.write('release-package', RELEASE_SHA, v1)
    const earlierShape = `release: R-42\ncommits:\n  acme/shop: ${RELEASE_SHA}\nmigrations:\n  - { id: 0042_users, repository: acme/shop }\nfeatureFlags: { checkout: true }\n`
    const template = `release_id: R-42\ncommits:\n  acme/shop: ${RELEASE_SHA}\nmigrations:\n  acme/shop: 0042_users\nfeature_flags: { checkout: true }\n`
    for (const same of [earlierShape, template, `${template}images:\n  api: ${API_IMAGE}\n`]) {
      const reused = await buildOnce(input({}, { releaseManifest: await manifest(same) }), ports())
      expect(reused).toMatchObject({ reused: true, manifest: v1 })
    }
    for (const other of [template.replace('R-42', 'R-43'), `${template}images:\n  worker: ${PINNED_WORKER}\n`, template.replace('0042_users', '{ file: x.sql }')]) {
      await expect(buildOnce(input({}, { releaseManifest: await manifest(other) }), ports())).rejects.toThrow('already exists with different release fields')
    }
  })
})
