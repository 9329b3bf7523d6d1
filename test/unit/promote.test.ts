// promote on real folders: the package it verifies, and every way it refuses one.
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { sealReleasePackage } from '../../src/contracts/release-package.js'
import { ConfigurationError, EvidenceError } from '../../src/errors.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { promote } from '../../src/stages/promote.js'
import { API_IMAGE, OTHER_SHA, RELEASE_SHA, WORKER_IMAGE, releasePackageBody, releasePackageV2Body } from '../helpers/contract-examples.js'

const CONFIG = 'name: shop\n'

let root: string
let store: LocalEvidenceStore
let logger: RecordingLogger

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'shipgate-promote-'))
  store = new LocalEvidenceStore(join(root, '.artifacts'))
  logger = new RecordingLogger()
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** The example package, with its config file component describing CONFIG as written under root. */
async function packageWithConfigFile() {
  const body = releasePackageBody()
  body.components = body.components.map((component) =>
    component.kind === 'file' ? { ...component, size: CONFIG.length, sha256: createHash('sha256').update(CONFIG).digest('hex') } : component,
  )
  const manifest = sealReleasePackage(body)
  await store.write('release-package', RELEASE_SHA, manifest)
  await mkdir(join(root, 'deploy'))
  await writeFile(join(root, 'deploy', 'config.yaml'), CONFIG)
  return manifest
}

test('verifies the package and gives every component its pinned ref or file digest', async () => {
  const manifest = await packageWithConfigFile()
  const result = await promote({ sha: RELEASE_SHA, filesRoot: root }, { store, logger })

  expect(result.manifest).toEqual(manifest)
  expect(result.refs).toEqual({ api: API_IMAGE, worker: WORKER_IMAGE, config: `sha256:${createHash('sha256').update(CONFIG).digest('hex')}` })
  expect(result.checkedFiles).toEqual(['deploy/config.yaml'])
  expect(result.absentFiles).toEqual([])
})

test('a packaged file not present here is listed as not checked, not refused; with none checked, a warning says so', async () => {
  await packageWithConfigFile()
  const elsewhere = await mkdtemp(join(tmpdir(), 'shipgate-promote-elsewhere-'))
  try {
    const result = await promote({ sha: RELEASE_SHA, filesRoot: elsewhere }, { store, logger })
    expect(result.absentFiles).toEqual(['deploy/config.yaml'])
    expect(result.checkedFiles).toEqual([])
    expect(logger.entries).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringContaining("None of the package's 1 sealed file(s) is present under files-root") }),
    )
  } finally {
    await rm(elsewhere, { recursive: true, force: true })
  }
})

test('with some sealed files checked, the absent ones are listed, without a warning', async () => {
  const body = releasePackageBody()
  body.components.push({ kind: 'file', name: 'extra', path: 'deploy/extra.yaml', size: 1, sha256: 'a'.repeat(64) })
  body.components = body.components.map((component) =>
    component.name === 'config' && component.kind === 'file' ? { ...component, size: CONFIG.length, sha256: createHash('sha256').update(CONFIG).digest('hex') } : component,
  )
  await store.write('release-package', RELEASE_SHA, sealReleasePackage(body))
  await mkdir(join(root, 'deploy'))
  await writeFile(join(root, 'deploy', 'config.yaml'), CONFIG)
  const result = await promote({ sha: RELEASE_SHA, filesRoot: root }, { store, logger })
  expect(result.checkedFiles).toEqual(['deploy/config.yaml'])
  expect(result.absentFiles).toEqual(['deploy/extra.yaml'])
  expect(logger.text()).toContain('Not present here, so not checked: deploy/extra.yaml')
  expect(logger.entries.filter((entry) => entry.level === 'warning')).toEqual([])
})

test.each([
  ['does not exist', (folder: string) => join(folder, 'no-such-folder'), "' does not exist"],
  ['is a file', (folder: string) => join(folder, 'deploy', 'config.yaml'), "' is a file, not a folder"],
])('a files-root that %s is an input error naming files-root', async (_what, filesRoot, message) => {
  await packageWithConfigFile()
  const attempt = promote({ sha: RELEASE_SHA, filesRoot: filesRoot(root) }, { store, logger })
  await expect(attempt).rejects.toThrow(ConfigurationError)
  await expect(attempt).rejects.toThrow(`files-root: '${filesRoot(root)}${message}`)
})

test.each([
  ['a FIFO', (path: string) => execFileSync('mkfifo', [path]), 'is a FIFO, not a regular file'],
  ['a folder', (path: string) => mkdir(path), 'is a folder, not a regular file'],
])('a packaged file that is %s here is refused, naming the component and the file, never waited on', async (_what, make, reason) => {
  await packageWithConfigFile()
  await rm(join(root, 'deploy', 'config.yaml'))
  await make(join(root, 'deploy', 'config.yaml'))
  const attempt = promote({ sha: RELEASE_SHA, filesRoot: root }, { store, logger })
  await expect(attempt).rejects.toThrow(EvidenceError)
  await expect(attempt).rejects.toThrow(`components[2].path: deploy/config.yaml (under ${root}) ${reason}`)
})

describe('migration files sealed in the package', () => {
  const MIGRATION = 'create table orders (id int);\n'

  async function packageWithMigrationFile() {
    const body = releasePackageV2Body()
    body.components = body.components.filter((component) => component.kind === 'image')
    body.release.migrations = [{ repository: 'acme/billing', kind: 'file', path: 'migrations/billing.sql', size: MIGRATION.length, sha256: createHash('sha256').update(MIGRATION).digest('hex') }]
    await store.write('release-package', RELEASE_SHA, sealReleasePackage(body))
    await mkdir(join(root, 'migrations'))
    await writeFile(join(root, 'migrations', 'billing.sql'), MIGRATION)
  }

  test('are rehashed like file components', async () => {
    await packageWithMigrationFile()
    const result = await promote({ sha: RELEASE_SHA, filesRoot: root }, { store, logger })
    expect(result.checkedFiles).toEqual(['migrations/billing.sql'])
  })

  test('one changed after build-once is refused, naming the migration', async () => {
    await packageWithMigrationFile()
    await writeFile(join(root, 'migrations', 'billing.sql'), 'drop table orders;\n')
    await expect(promote({ sha: RELEASE_SHA, filesRoot: root }, { store, logger })).rejects.toThrow(
      /release\.migrations\[0\]\.sha256: migrations\/billing\.sql has sha256 [0-9a-f]{64}, the package records [0-9a-f]{64}; the file changed after build-once/,
    )
  })

  test('one not present here is not checked, and said so', async () => {
    await packageWithMigrationFile()
    await rm(join(root, 'migrations'), { recursive: true })
    const result = await promote({ sha: RELEASE_SHA, filesRoot: root }, { store, logger })
    expect(result.absentFiles).toEqual(['migrations/billing.sql'])
    expect(logger.entries.some((entry) => entry.level === 'warning' && entry.message.includes('migrations/billing.sql'))).toBe(true)
  })
})

test('a SHA with no package fails closed: promote never builds', async () => {
  const attempt = promote({ sha: OTHER_SHA, filesRoot: root }, { store, logger })
  await expect(attempt).rejects.toThrow(EvidenceError)
  await expect(attempt).rejects.toThrow(`manifest.json: missing: there is no release package for ${OTHER_SHA}`)
})

test('a manifest filed under another SHA is refused, naming the sha field', async () => {
  const manifest = sealReleasePackage(releasePackageBody(OTHER_SHA))
  const path = store.pathOf('release-package', RELEASE_SHA)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, JSON.stringify(manifest))
  await expect(promote({ sha: RELEASE_SHA, filesRoot: root }, { store, logger })).rejects.toThrow(
    `${path}: sha: the manifest names ${OTHER_SHA}, but it was loaded for ${RELEASE_SHA}`,
  )
})

test('a manifest edited after it was sealed is refused, naming the digest field', async () => {
  const manifest = await packageWithConfigFile()
  const path = store.pathOf('release-package', RELEASE_SHA)
  await writeFile(path, JSON.stringify({ ...manifest, repository: 'mallory/shop' }))
  const attempt = promote({ sha: RELEASE_SHA, filesRoot: root }, { store, logger })
  await expect(attempt).rejects.toThrow(EvidenceError)
  await expect(attempt).rejects.toThrow(`${path}: digest: does not match the manifest's canonical JSON`)
})

test('a packaged file whose bytes changed is refused, naming the component', async () => {
  await packageWithConfigFile()
  await writeFile(join(root, 'deploy', 'config.yaml'), 'name: patched\n')
  await expect(promote({ sha: RELEASE_SHA, filesRoot: root }, { store, logger })).rejects.toThrow(
    /components\[2\]\.sha256: deploy\/config\.yaml has sha256 [0-9a-f]{64}, the package records [0-9a-f]{64}; the file changed after build-once/,
  )
})

test('a component path that leaves the files root is refused', async () => {
  const body = releasePackageBody()
  body.components = [{ kind: 'file', name: 'escape', path: '../../etc/passwd', size: 1, sha256: 'd'.repeat(64) }]
  await store.write('release-package', RELEASE_SHA, sealReleasePackage(body))
  await expect(promote({ sha: RELEASE_SHA, filesRoot: root }, { store, logger })).rejects.toThrow("'../../etc/passwd' is outside")
})
