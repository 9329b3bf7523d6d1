// The release manifest's commits as SHAs. A tag is resolved in a local clone the user points at
// (git rev-parse), else through the GitHub REST API (refs/tags, then any annotated tag objects down
// to the commit), and each resolution is recorded. A SHA, short or full, is kept as written: it
// already names one commit, and expanding it would make the package depend on what is reachable.
import { stat } from 'node:fs/promises'
import { isCommitSha, releaseManifestError, type ReleaseManifest } from '../config/release-manifest.js'
import type { CommitResolution } from '../contracts/release-package.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import type { Exec } from '../platform/exec.js'
import type { GitTagsApi } from '../platform/github-api.js'
import type { Logger } from '../platform/logger.js'
import { resolveInside } from './file-digest.js'

export interface CommitSources {
  /** A folder holding clones as <owner>/<name>: a repository cloned there is resolved there. */
  clones?: string
  /** The GitHub tags API of a repository; absent without a token. */
  github?: (repository: string) => GitTagsApi
  exec: Exec
  logger: Logger
}

export interface ResolvedCommits {
  commits: Record<string, string>
  resolutions: CommitResolution[]
}

/** An annotated tag may tag another tag; GitHub and git stop peeling long before this. */
const TAG_CHAIN_LIMIT = 10

export async function resolveReleaseCommits(manifest: ReleaseManifest, sources: CommitSources): Promise<ResolvedCommits> {
  const commits: Record<string, string> = {}
  const resolutions: CommitResolution[] = []
  for (const [repository, ref] of Object.entries(manifest.content.commits)) {
    if (isCommitSha(ref)) {
      commits[repository] = ref
      continue
    }
    const resolution = await resolveTag(manifest, repository, ref, sources)
    sources.logger.info(`Release manifest: tag ${ref} of ${repository} is ${resolution.sha} (${resolution.via === 'clone' ? 'local clone' : 'GitHub API'}).`)
    commits[repository] = resolution.sha
    resolutions.push(resolution)
  }
  return { commits, resolutions }
}

async function resolveTag(manifest: ReleaseManifest, repository: string, tag: string, sources: CommitSources): Promise<CommitResolution> {
  const fail = (message: string) => releaseManifestError(manifest, ['commits', repository], `tag '${tag}' of ${repository} ${message}`)
  const clone = sources.clones ? await cloneOf(sources.clones, repository) : undefined
  if (clone) {
    const peeled = await sources.exec.run('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], { cwd: clone })
    const sha = peeled.stdout.trim()
    if (peeled.exitCode === 0 && /^[0-9a-f]{40}$/.test(sha)) return { repository, tag, sha, via: 'clone' }
    if (peeled.exitCode === 0) throw fail(`resolved to '${sha}' in the clone ${clone}, which is not a 40-character SHA-1 commit id`)
    const why = peeled.stderr.trim()
    throw fail(why ? `cannot be read from the clone ${clone}: ${why}` : `is not a tag of a commit in the clone ${clone}; fetch its tags there (git fetch --tags) or check the name`)
  }
  if (!sources.github) {
    const clonePlace = sources.clones ? `, and ${sources.clones} holds no clone ${repository}` : ''
    throw fail(`cannot be resolved: no GitHub token was given${clonePlace}; pass github-token (a token that can read ${repository}), or release-clones, a folder holding a clone of it as ${repository}`)
  }
  const api = sources.github(repository)
  try {
    let object = await api.tagRef(tag)
    if (!object) throw fail(`is not a tag in ${repository} on GitHub (or the token cannot read that repository); check the name, push the tag, or pass a token that can read ${repository}`)
    for (let hops = 0; object.type === 'tag' && hops < TAG_CHAIN_LIMIT; hops++) object = await api.tagObject(object.sha)
    if (object.type !== 'commit') throw fail(`points at a ${object.type} (${object.sha}) on GitHub, not at a commit`)
    return { repository, tag, sha: object.sha, via: 'github-api' }
  } catch (error) {
    if (error instanceof ConfigurationError && error.file === manifest.path) throw error
    if (error instanceof ConfigurationError) throw fail(`could not be resolved through the GitHub API: ${errorMessage(error)}`)
    throw error
  }
}

/** The clone of a repository under the clones folder, if there is one. */
async function cloneOf(clones: string, repository: string): Promise<string | undefined> {
  const path = resolveInside(clones, repository, `release-clones: ${repository}`)
  const found = await stat(path).catch(() => undefined)
  if (found && !found.isDirectory()) throw new ConfigurationError(`release-clones: ${path} is not a folder; the clone of ${repository} goes there`)
  return found ? path : undefined
}
