// promote on real folders: the package it verifies, and every way it refuses one.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { sealReleasePackage } from '../../src/contracts/release-package.js'
import { EvidenceError } from '../../src/errors.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { promote } from '../../src/stages/promote.js'
import { API_IMAGE, OTHER_SHA, RELEASE_SHA, WORKER_IMAGE, releasePackageBody } from '../helpers/contract-examples.js'

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

test('a packaged file not present here is listed as not checked, not refused', async () => {
  await packageWithConfigFile()
  const elsewhere = await mkdtemp(join(tmpdir(), 'shipgate-promote-elsewhere-'))
  try {
    const result = await promote({ sha: RELEASE_SHA, filesRoot: elsewhere }, { store, logger })
    expect(result.absentFiles).toEqual(['deploy/config.yaml'])
    expect(logger.text()).toContain('Not present here, so not checked: deploy/config.yaml')
  } finally {
    await rm(elsewhere, { recursive: true, force: true })
  }
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
