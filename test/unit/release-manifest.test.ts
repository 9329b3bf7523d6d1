// The release manifest as teams write it: the playbook's template read as written, shipgate's
// earlier shape still read, and every mistake named with its file and line.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readReleaseManifest, releaseManifestError, releaseManifestFile } from '../../src/config/release-manifest.js'
import { ConfigurationError } from '../../src/errors.js'

const API_SHA = '3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39'

/** The playbook's template, as the playbook writes it (with a full SHA where it shows one elided). */
const PLAYBOOK_TEMPLATE = `release_id: 2026.12.1            # string or number
description: December release
commits:                         # per repository (owner/name): a SHA (7-40 hex) or a tag
  acme/api: ${API_SHA}
  acme/web: v2.4.0
images:                          # per component: a digest-pinned ref, or a TAG ref resolved from the build's metadata
  api: registry.example.com/acme/api:1.4.2
migrations:                      # per repository: a revision id, an ordered list of ids, or a file
  acme/api: 20261201_add_orders
  acme/web: [0042_users, 0043_orders]
  acme/billing: { file: migrations/billing.sql }
feature_flags:
  new_checkout: true
  rollout_percent: 25
`

let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'shipgate-release-manifest-'))
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

async function read(text: string) {
  const path = join(folder, 'release.yml')
  await writeFile(path, text)
  return readReleaseManifest(path)
}

/** The error reading this text gives, with the file's path shortened to release.yml. */
async function failure(text: string): Promise<{ message: string; line: number | undefined }> {
  const error = await read(text).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(ConfigurationError)
  const { message, line, file } = error as ConfigurationError
  expect(file).toBe(join(folder, 'release.yml'))
  return { message: message.replace(`${folder}/`, ''), line }
}

describe('the playbook template', () => {
  test('is read exactly as the playbook writes it', async () => {
    const manifest = await read(PLAYBOOK_TEMPLATE)
    expect(manifest.content).toEqual({
      releaseId: '2026.12.1',
      description: 'December release',
      commits: { 'acme/api': API_SHA, 'acme/web': 'v2.4.0' },
      images: { api: 'registry.example.com/acme/api:1.4.2' },
      migrations: [
        { kind: 'revisions', repository: 'acme/api', revisions: [{ id: '20261201_add_orders' }] },
        { kind: 'revisions', repository: 'acme/web', revisions: [{ id: '0042_users' }, { id: '0043_orders' }] },
        { kind: 'file', repository: 'acme/billing', file: 'migrations/billing.sql' },
      ],
      featureFlags: { new_checkout: true, rollout_percent: 25 },
    })
  })

  test('keeps the digits that were written where YAML reads a number: a short SHA, a revision id, a release id', async () => {
    const manifest = await read('release_id: 2026.10\ncommits:\n  acme/api: 0123456\n  acme/web: 1.10\nmigrations:\n  acme/api: 0042\n  acme/web: [0042, 7]\n')
    expect(manifest.content.releaseId).toBe('2026.10')
    expect(manifest.content.commits).toEqual({ 'acme/api': '0123456', 'acme/web': '1.10' })
    expect(manifest.content.migrations).toEqual([
      { kind: 'revisions', repository: 'acme/api', revisions: [{ id: '0042' }] },
      { kind: 'revisions', repository: 'acme/web', revisions: [{ id: '0042' }, { id: '7' }] },
    ])
  })

  test('a release id may be a number, and an empty file is an empty manifest', async () => {
    expect((await read('release_id: 42\n')).content.releaseId).toBe('42')
    expect((await read('')).content).toEqual({ commits: {}, images: {}, migrations: [], featureFlags: {} })
  })

  test('records the line of each field, for the errors found when it is resolved', async () => {
    const manifest = await read(PLAYBOOK_TEMPLATE)
    const error = releaseManifestError(manifest, ['commits', 'acme/web'], "tag 'v2.4.0' of acme/web is not a tag")
    expect(error.line).toBe(5)
    expect(error.message).toBe(`${join(folder, 'release.yml')}:5: commits.acme/web: tag 'v2.4.0' of acme/web is not a tag`)
    expect(releaseManifestError(manifest, ['migrations', 'acme/billing', 'file'], 'x').line).toBe(11)
  })
})

describe('mistakes, named with the file and the line', () => {
  test.each([
    ['an elided SHA', `commits:\n  acme/api: ${API_SHA}\n  acme/web: 3f2a9c1d...\n`, 3, "commits.acme/web: '3f2a9c1d...' is neither a commit SHA (7 to 40 lowercase hex characters) nor a tag name: it contains '..'"],
    ['a SHA too short', 'description: x\ncommits:\n  acme/api: 3f2a9c\n', 3, "commits.acme/api: '3f2a9c' looks like a commit SHA but is not 7 to 40 lowercase hex characters"],
    ['a SHA too long', `commits:\n  acme/api: ${API_SHA}0\n`, 2, `commits.acme/api: '${API_SHA}0' looks like a commit SHA but is not 7 to 40 lowercase hex characters`],
    ['a tag git refuses', 'commits:\n  acme/api: -v1\n', 2, "commits.acme/api: '-v1' is neither a commit SHA (7 to 40 lowercase hex characters) nor a tag name: it starts with '-'"],
    ['a repository that is not owner/name', 'commits:\n  api: v1\n', 2, "commits.api: 'api' is not a repository: write owner/name"],
    ['an image with neither tag nor digest', 'images:\n  api: registry.example.com/acme/api\n', 2, "images.api: 'registry.example.com/acme/api' names no tag and no digest"],
    ['an image with a digest that is not sha256', 'images:\n  api: ghcr.io/acme/api@md5:abc\n', 2, "images.api: 'ghcr.io/acme/api@md5:abc' is not pinned to a sha256 digest"],
    ['a migration list with an id twice', 'migrations:\n  acme/web: [0042_users, 0042_users]\n', 2, "migrations.acme/web: lists '0042_users' twice"],
    ['a migration that is none of the three forms', 'migrations:\n  acme/web: true\n', 2, 'migrations.acme/web: must be a revision id, a list of revision ids in the order they run, or { file: <path relative to the manifest> }'],
    ['a flag that is a list', 'feature_flags:\n  checkout: [a]\n', 2, 'feature_flags.checkout: must be true, false, text or a number'],
  ])('%s', async (_what, text, line, message) => {
    const error = await failure(text)
    expect(error.line).toBe(line)
    expect(error.message).toContain(`release.yml:${line}: invalid release manifest: `)
    expect(error.message).toContain(message)
  })

  test.each([
    ['NaN', '.nan', 'holds NaN (not a number), which JSON cannot encode'],
    ['infinite', '.inf', 'holds a number too large to be represented (it reads as infinity)'],
  ])('a flag that is %s is refused as what it is', async (_what, value, message) => {
    const error = await failure(`feature_flags:\n  ratio: ${value}\n`)
    expect(error.message).toContain(`feature_flags.ratio: ${message}`)
  })

  test('an unknown key is named, on its own line, with the fields there are', async () => {
    const error = await failure(`release_id: r1\ncommits:\n  acme/api: ${API_SHA}\nfeatureflags:\n  a: true\n`)
    expect(error).toEqual({
      line: 4,
      message: "release.yml:4: invalid release manifest: (root): unknown key 'featureflags': the release manifest template has release_id, description, commits, images, migrations, feature_flags",
    })
  })

  test('an unknown key inside a migration file entry is named on its line', async () => {
    const error = await failure('migrations:\n  acme/billing:\n    file: billing.sql\n    checksum: abc\n')
    expect(error.line).toBe(4)
    expect(error.message).toContain('"checksum"')
  })

  test.each([
    ['a template field after an earlier one', 'release: r1\ndescription: x\nfeature_flags:\n  a: true\n', 3, "the file mixes the playbook template ('feature_flags') with shipgate's earlier shape ('release')"],
    ['an earlier field after a template one', 'release_id: r1\nfeatureFlags:\n  a: true\n', 2, "the file mixes the playbook template ('release_id') with shipgate's earlier shape ('featureFlags')"],
    ['a migration list in a template', "release_id: r1\nmigrations:\n  - id: '7'\n", 2, "the file mixes the playbook template ('release_id') with shipgate's earlier shape ('migrations' as a list)"],
  ])('a file that mixes the two shapes is refused: %s', async (_what, text, line, message) => {
    const error = await failure(text)
    expect(error.line).toBe(line)
    expect(error.message).toContain(message)
    expect(error.message).toContain("write it in one shape, the template's: release_id, description, commits, images, migrations, feature_flags")
  })

  test('a file that is not there names the path', async () => {
    await expect(readReleaseManifest(join(folder, 'none.yml'))).rejects.toThrow(`${join(folder, 'none.yml')}: file not found; check the release manifest path`)
  })
})

describe("shipgate's earlier shape", () => {
  test('is still read, into the same declared form; consecutive migrations of one repository stay in order', async () => {
    const manifest = await read(
      [
        'release: 2026.11.23-1',
        'description: Checkout v2',
        'commits:',
        '  acme/api: 4b825dc642cb6eb9a060e54bf8d69288fbee4904',
        'images:',
        `  web: ghcr.io/acme/web@sha256:${'d'.repeat(64)}`,
        'migrations:',
        '  - id: "0042_add_orders_index"',
        '    repository: acme/api',
        '  - id: 43',
        '    repository: acme/api',
        '    description: backfill',
        '  - id: 1',
        'featureFlags:',
        '  new-checkout: true',
        '',
      ].join('\n'),
    )
    expect(manifest.content).toEqual({
      releaseId: '2026.11.23-1',
      description: 'Checkout v2',
      commits: { 'acme/api': '4b825dc642cb6eb9a060e54bf8d69288fbee4904' },
      images: { web: `ghcr.io/acme/web@sha256:${'d'.repeat(64)}` },
      migrations: [
        { kind: 'revisions', repository: 'acme/api', revisions: [{ id: '0042_add_orders_index' }, { id: '43', description: 'backfill' }] },
        { kind: 'revisions', revisions: [{ id: '1' }] },
      ],
      featureFlags: { 'new-checkout': true },
    })
  })

  test('keeps its rules: a tag in its commits or an unpinned image is refused as before', async () => {
    expect((await failure('release: r1\ncommits:\n  acme/api: main\n')).message).toContain('release.yml:3: invalid release manifest: commits.acme/api: must be a hex commit SHA')
    expect((await failure('release: r1\nimages:\n  api: ghcr.io/acme/api:latest\n')).message).toContain('release.yml:3: invalid release manifest: images.api: not pinned to a sha256 digest')
  })

  test('an unknown key is named with the fields of that shape', async () => {
    expect((await failure('release: r1\nfeature_flag: {}\n')).message).toContain("unknown key 'feature_flag': shipgate's earlier release manifest shape has release, description, commits, images, migrations, featureFlags")
  })
})

test('the schema alone (no YAML text) reads numbers as YAML read them', () => {
  expect(releaseManifestFile.parse({ release_id: 7, commits: { 'acme/api': 1234567 } })).toMatchObject({ releaseId: '7', commits: { 'acme/api': '1234567' } })
})
