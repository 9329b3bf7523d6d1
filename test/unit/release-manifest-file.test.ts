// The release manifest file deploy commands get as SHIPGATE_RELEASE_MANIFEST, from a v2 package and
// from a v1 one; and both package versions read and verify, each with its own digest.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { digestOf } from '../../src/contracts/canonical.js'
import { contracts } from '../../src/contracts/index.js'
import { RELEASE_PACKAGE_SCHEMA, RELEASE_PACKAGE_SCHEMA_V1, sealReleasePackage } from '../../src/contracts/release-package.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { parseEvidence, requireValid } from '../../src/evidence/store.js'
import { writeReleaseManifestFile } from '../../src/stages/release-manifest-file.js'
import { API_IMAGE, CONFIG_FILE_SHA256, OTHER_SHA, RELEASE_SHA, releasePackage, releasePackageBody, releasePackageV2, releasePackageV2Body, WORKER_IMAGE } from '../helpers/contract-examples.js'

let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'shipgate-release-manifest-file-'))
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const components = [
  { kind: 'image', name: 'api', ref: API_IMAGE },
  { kind: 'image', name: 'worker', ref: WORKER_IMAGE },
  { kind: 'file', name: 'config', path: 'deploy/config.yaml', size: 512, sha256: CONFIG_FILE_SHA256 },
]

describe('writeReleaseManifestFile', () => {
  test('writes a v2 package\'s release section to <folder>/release-manifest-<sha>.json, whole, and returns the path', async () => {
    const manifest = releasePackageV2()
    const path = await writeReleaseManifestFile(manifest, join(folder, 'deploy'))
    expect(path).toBe(join(folder, 'deploy', `release-manifest-${RELEASE_SHA}.json`))
    expect(await readdir(join(folder, 'deploy'))).toEqual([`release-manifest-${RELEASE_SHA}.json`])
    const text = await readFile(path, 'utf8')
    expect(text.endsWith('}\n')).toBe(true)
    expect(JSON.parse(text)).toEqual({
      schema: 'shipgate.release-manifest-file/v1',
      sha: RELEASE_SHA,
      packageDigest: manifest.digest,
      packageSchema: RELEASE_PACKAGE_SCHEMA,
      releaseId: '2026.12.1',
      description: 'December release',
      commits: { 'acme/shop': RELEASE_SHA, 'acme/web': OTHER_SHA, 'acme/infra': 'abcdef1' },
      resolutions: [{ repository: 'acme/web', tag: 'v2.4.0', sha: OTHER_SHA, via: 'github-api' }],
      images: { api: API_IMAGE, worker: WORKER_IMAGE },
      migrations: [
        { repository: 'acme/shop', kind: 'revisions', revisions: [{ id: '0042_users' }, { id: '0043_orders' }] },
        { repository: 'acme/billing', kind: 'file', path: 'migrations/billing.sql', size: 120, sha256: 'd'.repeat(64) },
      ],
      featureFlags: { new_checkout: true, rollout_percent: 25 },
      components,
    })
  })

  test("a manifest image that no component names (a captured runtime keeps its components) is listed beside them; a component's own ref wins", async () => {
    const body = releasePackageV2Body()
    const edge = `ghcr.io/acme/edge@sha256:${'e'.repeat(64)}`
    body.release.images = { edge, api: `ghcr.io/acme/other@sha256:${'f'.repeat(64)}` }
    const document = JSON.parse(await readFile(await writeReleaseManifestFile(sealReleasePackage(body), folder), 'utf8')) as { images: Record<string, string> }
    expect(document.images).toEqual({ api: API_IMAGE, worker: WORKER_IMAGE, edge })
  })

  test('writes the same shape for a v1 package, from its v1 fields: migrations per repository in order, the package\'s repository where none is named', async () => {
    const body = releasePackageBody()
    body.release.migrations = [
      { id: '0042_users', repository: 'acme/web' },
      { id: '0043_orders', repository: 'acme/web', description: 'orders' },
      { id: '2025-01-02-add-orders' },
      { id: '0044_refunds', repository: 'acme/web' },
    ]
    const manifest = sealReleasePackage(body)
    const document = JSON.parse(await readFile(await writeReleaseManifestFile(manifest, folder), 'utf8')) as unknown
    expect(document).toEqual({
      schema: 'shipgate.release-manifest-file/v1',
      sha: RELEASE_SHA,
      packageDigest: manifest.digest,
      packageSchema: RELEASE_PACKAGE_SCHEMA_V1,
      releaseId: 'R-42',
      description: null,
      commits: { 'acme/shop': RELEASE_SHA, 'acme/infra': 'abcdef1' },
      resolutions: [],
      images: { api: API_IMAGE, worker: WORKER_IMAGE },
      migrations: [
        { repository: 'acme/web', kind: 'revisions', revisions: [{ id: '0042_users' }, { id: '0043_orders', description: 'orders' }] },
        { repository: 'acme/shop', kind: 'revisions', revisions: [{ id: '2025-01-02-add-orders' }] },
        { repository: 'acme/web', kind: 'revisions', revisions: [{ id: '0044_refunds' }] },
      ],
      featureFlags: { checkout: true, theme: 'dark', rollout: 25 },
      components,
    })
  })

  test('writing again replaces the file and leaves no temporary file behind', async () => {
    await writeReleaseManifestFile(releasePackage(), folder)
    const path = await writeReleaseManifestFile(releasePackageV2(), folder)
    expect(await readdir(folder)).toEqual([`release-manifest-${RELEASE_SHA}.json`])
    expect((JSON.parse(await readFile(path, 'utf8')) as { packageSchema: string }).packageSchema).toBe(RELEASE_PACKAGE_SCHEMA)
  })
})

describe('both versions of the package', () => {
  test('v2 is written; v1 is still read', () => {
    expect(contracts['release-package'].id).toBe(RELEASE_PACKAGE_SCHEMA)
    expect(contracts['release-package'].readable).toEqual([RELEASE_PACKAGE_SCHEMA_V1])
  })

  test('a v1 package parses unchanged, so its digest is the one later evidence recorded, and verifies', () => {
    const v1 = releasePackage()
    const parsed = parseEvidence('release-package', JSON.stringify(v1))
    expect(parsed).toEqual({ ok: true, value: v1, digest: digestOf(v1) })
  })

  test('a v1 package is stored and read back through the evidence store', async () => {
    const store = new LocalEvidenceStore(folder)
    await store.write('release-package', RELEASE_SHA, releasePackage())
    expect(requireValid(await store.read('release-package', RELEASE_SHA)).value).toEqual(releasePackage())
  })

  test('an edited v1 or v2 package fails its digest', () => {
    const v1 = releasePackage()
    v1.release.featureFlags.checkout = false
    const v2 = releasePackageV2()
    if (v2.schema !== RELEASE_PACKAGE_SCHEMA) throw new Error('not v2')
    v2.release.resolutions[0]!.sha = RELEASE_SHA
    for (const edited of [v1, v2]) {
      const parsed = parseEvidence('release-package', JSON.stringify(edited))
      expect(parsed.ok ? [] : parsed.problems.map((problem) => problem.field)).toEqual(['digest'])
    }
  })

  test('each version has its own release section: v1 fields under the v2 id, or v2 fields under the v1 id, are refused by field', () => {
    const v2Body = releasePackageV2Body()
    const v1Fields = sealReleasePackage({ ...v2Body, release: releasePackageBody().release } as never)
    const v2Fields = sealReleasePackage({ ...releasePackageBody(), release: v2Body.release } as never)
    const fieldsOf = (document: unknown) => {
      const parsed = parseEvidence('release-package', JSON.stringify(document))
      return parsed.ok ? [] : parsed.problems.map((problem) => problem.field).sort()
    }
    expect(fieldsOf(v1Fields)).toEqual(['release.imageResolutions', 'release.images', 'release.migrations[0].kind', 'release.resolutions'].sort())
    expect(fieldsOf(v2Fields)).toEqual(expect.arrayContaining(['release.resolutions', 'release.images', 'release.imageResolutions']))
  })
})
