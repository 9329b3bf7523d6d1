// The build-once action with the playbook's release manifest, named by build.releaseManifest in
// shipgate.yml: tags resolved through the local GitHub REST server (real Octokit) and a real git
// clone (release-clones), an image tag pinned from the build's buildx metadata, a migration file
// digested; the v2 package sealed, summarised, reused by a re-run that needs no token, and written
// out as the release manifest file deploy commands read.
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildOnceAction } from '../../src/actions/build-once.js'
import { RELEASE_PACKAGE_SCHEMA } from '../../src/contracts/release-package.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { systemClock } from '../../src/platform/clock.js'
import { actionsExec } from '../../src/platform/exec.js'
import { executeAction } from '../../src/platform/github-action.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { runEnvironmentFromEnv } from '../../src/platform/run-environment.js'
import { writeReleaseManifestFile } from '../../src/stages/release-manifest-file.js'
import { startGitHubRestServer, type GitHubRestServer } from '../helpers/github-rest-server.js'

const SHA = 'c'.repeat(40)
const API_COMMIT = '3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39'
const WEB_COMMIT = '2222222222222222222222222222222222222222'
const API_DIGEST = `sha256:${'a'.repeat(64)}`
const MIGRATION = 'CREATE TABLE invoices (id int);\n'

let server: GitHubRestServer
let workspace: string
let savedEnv: NodeJS.ProcessEnv

beforeEach(async () => {
  savedEnv = { ...process.env }
  delete process.env.GITHUB_TOKEN
  server = await startGitHubRestServer()
  workspace = await mkdtemp(join(tmpdir(), 'shipgate-release-manifest-action-'))
})

afterEach(async () => {
  process.env = savedEnv
  await server.close()
  await rm(workspace, { recursive: true, force: true })
})

async function buildOnce(inputs: Record<string, string>) {
  const environment = runEnvironmentFromEnv({ GITHUB_API_URL: server.url, GITHUB_REPOSITORY: server.repository, GITHUB_RUN_ID: '77', GITHUB_WORKSPACE: workspace }, 'github')
  const store = new LocalEvidenceStore(join(workspace, '.artifacts'))
  const all: Record<string, string> = { sha: SHA, config: join(workspace, 'deploy', 'shipgate.yml'), ...inputs }
  const context = { environment, logger: new RecordingLogger(), exec: actionsExec, clock: systemClock, openStore: () => store }
  return { run: await executeAction(buildOnceAction, (name) => all[name], context), store }
}

/** A clone of acme/mobile with a lightweight tag v1.0.0, made with git; returns the tagged commit. */
function cloneMobile(): string {
  const clone = join(workspace, 'clones', 'acme', 'mobile')
  execFileSync('mkdir', ['-p', clone])
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Bot', '-c', 'user.email=bot@example.com', '-c', 'commit.gpgSign=false', ...args], { cwd: clone, encoding: 'utf8' }).trim()
  git('init', '--quiet')
  git('commit', '--quiet', '--allow-empty', '-m', 'mobile 1.0.0')
  git('tag', 'v1.0.0')
  return git('rev-parse', 'HEAD')
}

async function writeProject(): Promise<void> {
  await mkdir(join(workspace, 'deploy', 'migrations'), { recursive: true })
  const metadata = JSON.stringify({ 'containerimage.digest': API_DIGEST, 'image.name': 'registry.example.com/acme/api:1.4.2,registry.example.com/acme/api:latest' })
  await writeFile(
    join(workspace, 'deploy', 'shipgate.yml'),
    ['build:', `  commands: [${JSON.stringify(`mkdir -p build && echo '${metadata}' > build/api.json`)}]`, '  images:', '    - { name: api, metadataFile: build/api.json }', '  releaseManifest: release.yml', ''].join('\n'),
  )
  await writeFile(
    join(workspace, 'deploy', 'release.yml'),
    `release_id: 2026.12.1            # string or number
description: December release
commits:
  acme/api: ${API_COMMIT}
  acme/web: v2.4.0
  acme/mobile: v1.0.0
images:
  api: registry.example.com/acme/api:1.4.2
migrations:
  acme/api: 20261201_add_orders
  acme/web: [0042_users, 0043_orders]
  acme/billing: { file: migrations/billing.sql }
feature_flags:
  new_checkout: true
  rollout_percent: 25
`,
  )
  await writeFile(join(workspace, 'deploy', 'migrations', 'billing.sql'), MIGRATION)
}

test('the manifest shipgate.yml names is resolved and sealed in a v2 package; a re-run reuses it without a token', async () => {
  await writeProject()
  const mobileCommit = cloneMobile()
  server.tag('acme/web', 'v2.4.0', WEB_COMMIT, { annotated: true })

  const { run, store } = await buildOnce({ 'github-token': server.token, 'release-clones': join(workspace, 'clones') })
  const manifest = requireValid(await store.read('release-package', SHA)).value
  expect(manifest.schema).toBe(RELEASE_PACKAGE_SCHEMA)
  expect(run.outputs['package-digest']).toBe(manifest.digest)
  const pinned = `registry.example.com/acme/api@${API_DIGEST}`
  expect(manifest.components).toEqual([{ kind: 'image', name: 'api', ref: pinned }])
  expect(manifest.release).toEqual({
    id: '2026.12.1',
    description: 'December release',
    commits: { 'acme/api': API_COMMIT, 'acme/web': WEB_COMMIT, 'acme/mobile': mobileCommit },
    resolutions: [
      { repository: 'acme/web', tag: 'v2.4.0', sha: WEB_COMMIT, via: 'github-api' },
      { repository: 'acme/mobile', tag: 'v1.0.0', sha: mobileCommit, via: 'clone' },
    ],
    images: { api: pinned },
    imageResolutions: [{ name: 'api', tag: 'registry.example.com/acme/api:1.4.2', ref: pinned, metadataFile: 'build/api.json' }],
    migrations: [
      { repository: 'acme/api', kind: 'revisions', revisions: [{ id: '20261201_add_orders' }] },
      { repository: 'acme/web', kind: 'revisions', revisions: [{ id: '0042_users' }, { id: '0043_orders' }] },
      { repository: 'acme/billing', kind: 'file', path: 'migrations/billing.sql', size: Buffer.byteLength(MIGRATION), sha256: createHash('sha256').update(MIGRATION).digest('hex') },
    ],
    featureFlags: { new_checkout: true, rollout_percent: 25 },
  })
  expect(run.summary).toContain('Release **2026.12.1**: December release')
  expect(run.summary).toContain(`| acme/web | \`${WEB_COMMIT}\` | tag \`v2.4.0\` (github-api) |`)
  expect(run.summary).toContain(`| acme/mobile | \`${mobileCommit}\` | tag \`v1.0.0\` (clone) |`)
  expect(server.requests.map((request) => request.path)).toEqual(['/repos/acme/web/git/ref/tags/v2.4.0', expect.stringMatching(/^\/repos\/acme\/web\/git\/tags\/[0-9a-f]{40}$/)])

  // What the manifest declares is what was sealed: no tag is looked up again, so no token is needed.
  const again = await buildOnce({})
  expect(again.run.outputs['package-digest']).toBe(manifest.digest)
  expect(again.run.summary).toContain('package already built: reused')
  expect(server.requests).toHaveLength(2)

  const file = await writeReleaseManifestFile(manifest, join(workspace, 'handoff'))
  const written = JSON.parse(await readFile(file, 'utf8')) as { commits: Record<string, string>; images: Record<string, string>; packageDigest: string }
  expect(written.commits).toEqual({ 'acme/api': API_COMMIT, 'acme/web': WEB_COMMIT, 'acme/mobile': mobileCommit })
  expect(written.images).toEqual({ api: pinned })
  expect(written.packageDigest).toBe(manifest.digest)
})

test('the release-manifest input wins over build.releaseManifest', async () => {
  await writeProject()
  await writeFile(join(workspace, 'hotfix.yml'), `release_id: hotfix-1\ncommits:\n  acme/api: ${API_COMMIT}\n`)
  const { store } = await buildOnce({ 'release-manifest': join(workspace, 'hotfix.yml') })
  const manifest = requireValid(await store.read('release-package', SHA)).value
  expect(manifest.release).toMatchObject({ id: 'hotfix-1', commits: { 'acme/api': API_COMMIT } })
  expect(server.requests).toEqual([])
})

test('a tag GitHub does not have fails the step at the manifest line, before anything is built', async () => {
  await writeProject()
  cloneMobile()
  const failure = await buildOnce({ 'github-token': server.token, 'release-clones': join(workspace, 'clones') }).catch((error: unknown) => error as Error)
  expect(failure).toBeInstanceOf(Error)
  expect((failure as Error).message).toBe(
    `${join(workspace, 'deploy', 'release.yml')}:5: commits.acme/web: tag 'v2.4.0' of acme/web is not a tag in acme/web on GitHub (or the token cannot read that repository); check the name, push the tag, or pass a token that can read acme/web`,
  )
  await expect(readFile(join(workspace, 'build', 'api.json'), 'utf8')).rejects.toThrow('ENOENT')
})
