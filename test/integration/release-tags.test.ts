// Tags in the release manifest's commits, resolved to commits: through the real Octokit client
// against the local GitHub REST server (lightweight and annotated tags, the token enforced), and
// through a real git clone made here with git init and git tag.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readReleaseManifest } from '../../src/config/release-manifest.js'
import { ConfigurationError } from '../../src/errors.js'
import { actionsExec } from '../../src/platform/exec.js'
import { GitHubRestApi } from '../../src/platform/github-api.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { resolveReleaseCommits, type CommitSources } from '../../src/stages/release-commits.js'
import { startGitHubRestServer, type GitHubRestServer } from '../helpers/github-rest-server.js'

const API_COMMIT = '1111111111111111111111111111111111111111'
const WEB_COMMIT = '2222222222222222222222222222222222222222'
const BILLING_COMMIT = '3333333333333333333333333333333333333333'

let server: GitHubRestServer
let folder: string

beforeEach(async () => {
  server = await startGitHubRestServer()
  folder = await mkdtemp(join(tmpdir(), 'shipgate-release-tags-'))
})

afterEach(async () => {
  await server.close()
  await rm(folder, { recursive: true, force: true })
})

async function manifestWith(commits: string) {
  const path = join(folder, 'release.yml')
  await writeFile(path, `release_id: 2026.12.1\ncommits:\n${commits}`)
  return readReleaseManifest(path)
}

function sources(extra: Partial<CommitSources> = {}, token = server.token): CommitSources {
  return {
    github: (repository) => new GitHubRestApi({ token, apiUrl: server.url, repository }),
    exec: actionsExec,
    logger: new RecordingLogger(),
    ...extra,
  }
}

async function failure(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(ConfigurationError)
  return error as ConfigurationError
}

describe('through the GitHub REST API', () => {
  test('the API port answers what a tag ref points at, and what a tag object points at', async () => {
    server.tag('acme/api', 'v1.4.2', API_COMMIT)
    const tagObject = server.tag('acme/web', 'v2.4.0', WEB_COMMIT, { annotated: true })
    const web = new GitHubRestApi({ token: server.token, apiUrl: server.url, repository: 'acme/web' })
    expect(await new GitHubRestApi({ token: server.token, apiUrl: server.url, repository: 'acme/api' }).tagRef('v1.4.2')).toEqual({ type: 'commit', sha: API_COMMIT })
    expect(await web.tagRef('v2.4.0')).toEqual({ type: 'tag', sha: tagObject })
    expect(await web.tagObject(tagObject)).toEqual({ type: 'commit', sha: WEB_COMMIT })
    expect(await web.tagRef('v9.9.9')).toBeNull()
    expect(server.requests.map((request) => request.path)).toEqual([
      '/repos/acme/api/git/ref/tags/v1.4.2',
      '/repos/acme/web/git/ref/tags/v2.4.0',
      `/repos/acme/web/git/tags/${tagObject}`,
      '/repos/acme/web/git/ref/tags/v9.9.9',
    ])
    expect(server.requests.every((request) => request.authorization === `token ${server.token}`)).toBe(true)
  })

  test('resolves lightweight, annotated and tag-of-tag tags, records each, and keeps SHAs (short ones too) as written', async () => {
    server.tag('acme/api', 'v1.4.2', API_COMMIT)
    server.tag('acme/web', 'v2.4.0', WEB_COMMIT, { annotated: true })
    server.tag('acme/billing', 'rc1', BILLING_COMMIT, { annotated: true })
    server.tag('acme/billing', 'release/2026.12', '', { onTag: 'rc1' })
    const manifest = await manifestWith('  acme/api: v1.4.2\n  acme/web: v2.4.0\n  acme/billing: release/2026.12\n  acme/infra: abcdef1\n  acme/docs: 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n')
    const resolved = await resolveReleaseCommits(manifest, sources())
    expect(resolved).toEqual({
      commits: {
        'acme/api': API_COMMIT,
        'acme/web': WEB_COMMIT,
        'acme/billing': BILLING_COMMIT,
        'acme/infra': 'abcdef1',
        'acme/docs': '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
      },
      resolutions: [
        { repository: 'acme/api', tag: 'v1.4.2', sha: API_COMMIT, via: 'github-api' },
        { repository: 'acme/web', tag: 'v2.4.0', sha: WEB_COMMIT, via: 'github-api' },
        { repository: 'acme/billing', tag: 'release/2026.12', sha: BILLING_COMMIT, via: 'github-api' },
      ],
    })
    // SHAs are not looked up: only the three tags reached the API.
    expect(server.requests.filter((request) => request.path.includes('/git/ref/')).map((request) => request.path)).toEqual([
      '/repos/acme/api/git/ref/tags/v1.4.2',
      '/repos/acme/web/git/ref/tags/v2.4.0',
      '/repos/acme/billing/git/ref/tags/release%2F2026.12',
    ])
  })

  test('a tag that is not there is an error naming the file, the line, the repository and the tag', async () => {
    server.tag('acme/api', 'v1.4.2', API_COMMIT)
    const manifest = await manifestWith('  acme/api: v1.4.2\n  acme/web: v2.5.0\n')
    const error = await failure(resolveReleaseCommits(manifest, sources()))
    expect(error.file).toBe(manifest.path)
    expect(error.line).toBe(4)
    expect(error.message).toBe(
      `${manifest.path}:4: commits.acme/web: tag 'v2.5.0' of acme/web is not a tag in acme/web on GitHub (or the token cannot read that repository); check the name, push the tag, or pass a token that can read acme/web`,
    )
  })

  test('a token the server refuses fails with the status, at the manifest line', async () => {
    server.tag('acme/web', 'v2.4.0', WEB_COMMIT)
    const manifest = await manifestWith('  acme/web: v2.4.0\n')
    const error = await failure(resolveReleaseCommits(manifest, sources({}, 'ghs_wrong')))
    expect(error.message).toMatch(new RegExp(`^${manifest.path}:3: commits\\.acme/web: tag 'v2\\.4\\.0' of acme/web could not be resolved through the GitHub API: .*HTTP 401: the token was rejected`))
  })

  test('without a token or a clone, a tag cannot be resolved and the error says what to give', async () => {
    const manifest = await manifestWith('  acme/web: v2.4.0\n')
    const error = await failure(resolveReleaseCommits(manifest, { exec: actionsExec, logger: new RecordingLogger() }))
    expect(error.message).toContain("commits.acme/web: tag 'v2.4.0' of acme/web cannot be resolved: no GitHub token was given; pass github-token")
    expect(server.requests).toEqual([])
  })
})

describe('through a local clone', () => {
  function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=Release Bot', '-c', 'user.email=release@example.com', '-c', 'tag.gpgSign=false', '-c', 'commit.gpgSign=false', ...args], { cwd, encoding: 'utf8' }).trim()
  }

  async function cloneOf(repository: string): Promise<{ first: string; second: string }> {
    const clone = join(folder, 'clones', repository)
    await mkdir(clone, { recursive: true })
    git(clone, 'init', '--quiet')
    git(clone, 'commit', '--quiet', '--allow-empty', '-m', 'first')
    const first = git(clone, 'rev-parse', 'HEAD')
    git(clone, 'tag', 'v1.0.0')
    git(clone, 'commit', '--quiet', '--allow-empty', '-m', 'second')
    const second = git(clone, 'rev-parse', 'HEAD')
    git(clone, 'tag', '-a', 'v2.0.0', '-m', 'Release 2.0.0')
    return { first, second }
  }

  test('resolves lightweight and annotated tags with git rev-parse and records them as clone; only a repository not cloned there goes to GitHub', async () => {
    const { first, second } = await cloneOf('acme/web')
    server.tag('acme/api', 'v1.4.2', API_COMMIT)
    const manifest = await manifestWith('  acme/web: v2.0.0\n  acme/mobile: v1.0.0\n  acme/api: v1.4.2\n')
    const { first: mobileFirst } = await cloneOf('acme/mobile')
    const resolved = await resolveReleaseCommits(manifest, sources({ clones: join(folder, 'clones') }))
    expect(resolved.resolutions).toEqual([
      { repository: 'acme/web', tag: 'v2.0.0', sha: second, via: 'clone' },
      { repository: 'acme/mobile', tag: 'v1.0.0', sha: mobileFirst, via: 'clone' },
      // Not cloned there: the API, with the token.
      { repository: 'acme/api', tag: 'v1.4.2', sha: API_COMMIT, via: 'github-api' },
    ])
    expect(first).not.toBe(second)
    expect(server.requests.map((request) => request.path)).toEqual(['/repos/acme/api/git/ref/tags/v1.4.2'])
  })

  test('a tag the clone does not have is an error naming the clone, without asking GitHub', async () => {
    await cloneOf('acme/web')
    const manifest = await manifestWith('  acme/web: v3.0.0\n')
    const error = await failure(resolveReleaseCommits(manifest, sources({ clones: join(folder, 'clones') })))
    expect(error.message).toBe(
      `${manifest.path}:3: commits.acme/web: tag 'v3.0.0' of acme/web is not a tag of a commit in the clone ${join(folder, 'clones', 'acme', 'web')}; fetch its tags there (git fetch --tags) or check the name`,
    )
    expect(server.requests).toEqual([])
  })

  test('a folder in place of the clone that is not a git repository fails with what git said', async () => {
    await mkdir(join(folder, 'clones', 'acme', 'web'), { recursive: true })
    // Outside any repository: GIT_CEILING_DIRECTORIES keeps git from finding one above the temporary folder.
    const saved = process.env.GIT_CEILING_DIRECTORIES
    process.env.GIT_CEILING_DIRECTORIES = folder
    try {
      const manifest = await manifestWith('  acme/web: v1.0.0\n')
      const error = await failure(resolveReleaseCommits(manifest, sources({ clones: join(folder, 'clones') })))
      expect(error.message).toContain(`tag 'v1.0.0' of acme/web cannot be read from the clone ${join(folder, 'clones', 'acme', 'web')}: fatal: not a git repository`)
    } finally {
      if (saved === undefined) delete process.env.GIT_CEILING_DIRECTORIES
      else process.env.GIT_CEILING_DIRECTORIES = saved
    }
  })
})
