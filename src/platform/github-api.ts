// The GitHub REST API as shipgate needs it: check runs, commit statuses, the pull requests of a
// commit and changed files (the commit gate), workflow runs and their artifacts (the replay, carried
// mail state), and deployments with their statuses (what runs in an environment); plus the same
// "what changed" questions answered by a local git checkout; and the tags of a repository (the
// release manifest's commits). Octokit (@actions/github) is loaded
// only when the first request is made.
import { ConfigurationError } from '../errors.js'
import type { Exec } from './exec.js'

export interface CheckRunRecord {
  id: number
  name: string
  /** queued, in_progress, completed, waiting, requested, pending. */
  status: string
  conclusion: string | null
  url: string | null
  /** The check suite the run belongs to; a newer suite supersedes the runs of older ones. */
  suiteId: number | null
}

export interface CommitStatusRecord {
  context: string
  /** error, failure, pending, success. */
  state: string
  url: string | null
}

export interface PullRequestRecord {
  number: number
  headSha: string
  mergeCommitSha: string | null
  merged: boolean
}

/** The questions the commit gate asks about a commit's checks. */
export interface CommitChecksApi {
  /** Every check run (all attempts) with this name on the ref. */
  checkRuns(ref: string, checkName: string): Promise<CheckRunRecord[]>
  /** The combined status of the ref: the latest status per context. */
  combinedStatuses(ref: string): Promise<CommitStatusRecord[]>
  /** The pull requests a commit belongs to (for a squash or rebase merge: the one it came from). */
  pullRequestsForCommit(sha: string): Promise<PullRequestRecord[]>
}

/** What changed between two commits, from the API or from a local checkout. */
export interface CommitHistory {
  /** The first parent of a commit, or null for a root commit. */
  firstParent(sha: string): Promise<string | null>
  /** The paths changed on head since base (three-dot: since their merge base); base null: the commit's own files. */
  changedFiles(base: string | null, head: string): Promise<string[]>
}

/** A workflow run, as the replay needs it. */
export interface WorkflowRunRecord {
  id: number
  headSha: string
  event: string
  conclusion: string | null
  /** The workflow file, e.g. .github/workflows/cloud-delivery-pipeline.yml. */
  path: string
  createdAt: string
  url: string | null
}

/** The runs that built a commit, for a replay. */
export interface WorkflowRunsApi {
  /** The completed push runs of a commit, whatever their conclusion, newest first. */
  completedPushRuns(sha: string): Promise<WorkflowRunRecord[]>
}

/** A deployment as GitHub records it. */
export interface GitHubDeployment {
  id: number
  sha: string
  ref: string
  task: string
  environment: string
  /** Whatever the creator put there: an object, a string, or nothing. */
  payload: unknown
  createdAt: string
}

/** One status of a deployment. */
export interface GitHubDeploymentStatus {
  id: number
  /** error, failure, inactive, in_progress, queued, pending or success. */
  state: string
  description: string
  logUrl: string | null
  createdAt: string
}

export interface NewDeployment {
  ref: string
  environment: string
  description: string
  payload: Record<string, unknown>
  autoMerge: boolean
  requiredContexts: string[]
  transientEnvironment: boolean
  productionEnvironment: boolean
}

export interface NewDeploymentStatus {
  state: 'in_progress' | 'success' | 'failure' | 'error' | 'inactive'
  /** At most 140 characters (GitHub refuses longer). */
  description: string
  logUrl?: string
  autoInactive: boolean
}

/** The Deployments API: what was deployed where, and how it went. */
export interface DeploymentsApi {
  createDeployment(deployment: NewDeployment): Promise<GitHubDeployment>
  createDeploymentStatus(deploymentId: number, status: NewDeploymentStatus): Promise<GitHubDeploymentStatus>
  /** Deployments newest first, fetched a page at a time so that a reader can stop at the one it needs. */
  deployments(filter: { environment?: string; sha?: string }): AsyncIterable<GitHubDeployment>
  /** A deployment's statuses, newest first. */
  deploymentStatuses(deploymentId: number): Promise<GitHubDeploymentStatus[]>
}

/** A completed run of the repository's workflows, as a lookup of carried state needs it. */
export interface CompletedRunRecord extends WorkflowRunRecord {
  headBranch: string | null
  /** owner/name of the repository the run's code came from: another one for a fork's pull request. */
  headRepository: string | null
}

/** Completed runs and their artifacts, for state carried between scheduled runs. */
export interface CarriedStateApi {
  /** Completed runs of one workflow file (e.g. .github/workflows/x.yml) on a branch, newest first, at most `limit`. */
  completedRuns(workflowPath: string, branch: string, limit: number): Promise<CompletedRunRecord[]>
  /** The run's artifacts of that name. */
  runArtifacts(runId: number, name: string): Promise<Array<{ id: number; name: string; expired: boolean }>>
}

/** A git object as a ref or an annotated tag points at it. */
export interface GitObjectRecord {
  /** commit, tag (an annotated tag object), tree or blob. */
  type: string
  sha: string
}

/** The tags of one repository, for the release manifest's commits. */
export interface GitTagsApi {
  /** What refs/tags/<tag> points at: a commit (lightweight tag) or a tag object (annotated); null when there is no such tag. */
  tagRef(tag: string): Promise<GitObjectRecord | null>
  /** What an annotated tag object points at. */
  tagObject(sha: string): Promise<GitObjectRecord>
}

export interface GitHubApiOptions {
  token: string
  /** GITHUB_API_URL, e.g. https://api.github.com or http://127.0.0.1:PORT in tests. */
  apiUrl: string
  repository: string
  /** Page size for listings; GitHub's maximum is 100. */
  perPage?: number
}

/** GitHub's compare endpoint lists at most this many files, on its first page. */
export const COMPARE_FILE_LIMIT = 300

interface OctokitLike {
  request(route: string, parameters: Record<string, unknown>): Promise<{ data: unknown; headers: Record<string, string | number | undefined> }>
  paginate(route: string, parameters: Record<string, unknown>): Promise<unknown[]>
}

/**
 * A request failure worth retrying on the next poll (server error, rate limit, network). Not the
 * user's mistake, but its message is what they need when it outlasts the wait, so it is reported as one.
 */
export class TransientApiError extends ConfigurationError {
  override name = 'TransientApiError'
}

/** The permissions each group of requests needs, for the message of a 403. */
const PERMISSIONS = {
  commitChecks: '`checks: read`, `statuses: read`, `pull-requests: read` and `contents: read`',
  runs: '`actions: read`',
  readDeployments: '`deployments: read`',
  writeDeployments: '`deployments: write`',
  contents: '`contents: read` on that repository (a token of the job reads only its own repository: for another, pass a token that can read it)',
} as const

/** A workflow run as the REST API lists it. */
type RawRun = {
  id: number
  head_sha: string
  head_branch?: string | null
  head_repository?: { full_name?: string } | null
  event: string
  status?: string
  conclusion: string | null
  path?: string
  created_at: string
  html_url?: string | null
}

function runRecord(run: RawRun): WorkflowRunRecord {
  return { id: run.id, headSha: run.head_sha, event: run.event, conclusion: run.conclusion ?? null, path: run.path ?? '', createdAt: run.created_at, url: run.html_url ?? null }
}

function newestRunFirst(a: WorkflowRunRecord, b: WorkflowRunRecord): number {
  return b.createdAt.localeCompare(a.createdAt) || b.id - a.id
}

type RawDeployment = { id: number; sha: string; ref: string; task?: string; environment: string; payload?: unknown; created_at: string }
type RawDeploymentStatus = { id: number; state: string; description?: string | null; log_url?: string | null; target_url?: string | null; created_at: string }

export class GitHubRestApi implements CommitChecksApi, CommitHistory, WorkflowRunsApi, CarriedStateApi, DeploymentsApi, GitTagsApi {
  private octokit: Promise<OctokitLike> | undefined
  private readonly owner: string
  private readonly repo: string
  private readonly perPage: number

  constructor(private readonly options: GitHubApiOptions) {
    const [owner, repo] = options.repository.split('/')
    if (!owner || !repo) throw new ConfigurationError(`repository '${options.repository}' is not owner/name`)
    this.owner = owner
    this.repo = repo
    this.perPage = options.perPage ?? 100
  }

  async checkRuns(ref: string, checkName: string): Promise<CheckRunRecord[]> {
    const runs = (await this.call('check runs', ref, (octokit) =>
      octokit.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        ...this.repoParameters(),
        ref,
        check_name: checkName,
        filter: 'all',
        per_page: this.perPage,
      }),
    )) as Array<{ id: number; name: string; status: string; conclusion: string | null; html_url?: string | null; check_suite?: { id: number } | null }>
    return runs.map((run) => ({
      id: run.id,
      name: run.name,
      status: run.status,
      conclusion: run.conclusion ?? null,
      url: run.html_url ?? null,
      suiteId: run.check_suite?.id ?? null,
    }))
  }

  async combinedStatuses(ref: string): Promise<CommitStatusRecord[]> {
    const statuses: CommitStatusRecord[] = []
    await this.pages('commit statuses', ref, 'GET /repos/{owner}/{repo}/commits/{ref}/status', { ref }, (data) => {
      const page = (data as { statuses?: Array<{ context: string; state: string; target_url?: string | null }> }).statuses ?? []
      statuses.push(...page.map((status) => ({ context: status.context, state: status.state, url: status.target_url ?? null })))
      return page.length
    })
    return statuses
  }

  async pullRequestsForCommit(sha: string): Promise<PullRequestRecord[]> {
    const pulls = (await this.call('pull requests', sha, (octokit) =>
      octokit.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...this.repoParameters(), commit_sha: sha, per_page: this.perPage }),
    )) as Array<{ number: number; head: { sha: string }; merge_commit_sha?: string | null; merged_at?: string | null }>
    return pulls.map((pull) => ({
      number: pull.number,
      headSha: pull.head.sha,
      mergeCommitSha: pull.merge_commit_sha ?? null,
      merged: Boolean(pull.merged_at),
    }))
  }

  async completedPushRuns(sha: string): Promise<WorkflowRunRecord[]> {
    const runs: WorkflowRunRecord[] = []
    await this.pages(
      'workflow runs',
      sha,
      'GET /repos/{owner}/{repo}/actions/runs',
      { head_sha: sha, event: 'push', status: 'completed' },
      (data) => {
        const page = (data as { workflow_runs?: RawRun[] }).workflow_runs ?? []
        runs.push(...page.filter((run) => (run.status ?? 'completed') === 'completed').map(runRecord))
        return page.length
      },
      PERMISSIONS.runs,
    )
    // The filter is the server's; a run that is not what was asked for is never a replay source.
    return runs.filter((run) => run.headSha === sha && run.event === 'push').sort(newestRunFirst)
  }

  async createDeployment(deployment: NewDeployment): Promise<GitHubDeployment> {
    const response = await this.call(
      'create deployment',
      `${deployment.ref} in ${deployment.environment}`,
      (octokit) =>
        octokit.request('POST /repos/{owner}/{repo}/deployments', {
          ...this.repoParameters(),
          ref: deployment.ref,
          environment: deployment.environment,
          description: deployment.description,
          payload: deployment.payload,
          auto_merge: deployment.autoMerge,
          required_contexts: deployment.requiredContexts,
          transient_environment: deployment.transientEnvironment,
          production_environment: deployment.productionEnvironment,
        }),
      PERMISSIONS.writeDeployments,
    )
    const created = response.data as Partial<RawDeployment> & { message?: string }
    // A 202 (GitHub merged the default branch into the ref first) has a message and no deployment.
    if (typeof created.id !== 'number') {
      throw new ConfigurationError(`GitHub API (${this.options.apiUrl}): create deployment of ${deployment.ref}: no deployment was created (${created.message ?? 'no id in the answer'})`)
    }
    return deploymentOf(created as RawDeployment)
  }

  async createDeploymentStatus(deploymentId: number, status: NewDeploymentStatus): Promise<GitHubDeploymentStatus> {
    const response = await this.call(
      `${status.state} status`,
      `deployment ${deploymentId}`,
      (octokit) =>
        octokit.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
          ...this.repoParameters(),
          deployment_id: deploymentId,
          state: status.state,
          description: status.description.slice(0, 140),
          ...(status.logUrl ? { log_url: status.logUrl } : {}),
          auto_inactive: status.autoInactive,
        }),
      PERMISSIONS.writeDeployments,
    )
    return deploymentStatusOf(response.data as RawDeploymentStatus)
  }

  async *deployments(filter: { environment?: string; sha?: string }): AsyncIterable<GitHubDeployment> {
    const described = [filter.environment ? `environment ${filter.environment}` : '', filter.sha ?? ''].filter(Boolean).join(', ') || 'all'
    for (let page = 1; ; page++) {
      const response = await this.call(
        'deployments',
        described,
        (octokit) =>
          octokit.request('GET /repos/{owner}/{repo}/deployments', {
            ...this.repoParameters(),
            ...(filter.environment ? { environment: filter.environment } : {}),
            ...(filter.sha ? { sha: filter.sha } : {}),
            per_page: this.perPage,
            page,
          }),
        PERMISSIONS.readDeployments,
      )
      const deployments = response.data as RawDeployment[]
      for (const deployment of deployments) yield deploymentOf(deployment)
      if (deployments.length === 0 || !/rel="next"/.test(String(response.headers.link ?? ''))) return
    }
  }

  async deploymentStatuses(deploymentId: number): Promise<GitHubDeploymentStatus[]> {
    const statuses: GitHubDeploymentStatus[] = []
    await this.pages(
      'deployment statuses',
      `deployment ${deploymentId}`,
      'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      { deployment_id: deploymentId },
      (data) => {
        const page = data as RawDeploymentStatus[]
        statuses.push(...page.map(deploymentStatusOf))
        return page.length
      },
      PERMISSIONS.readDeployments,
    )
    // GitHub lists newest first; the ids say so too, whatever the order of the pages.
    return statuses.sort((a, b) => b.id - a.id)
  }

  async completedRuns(workflowPath: string, branch: string, limit: number): Promise<CompletedRunRecord[]> {
    const runs: CompletedRunRecord[] = []
    // The workflow's own listing: on a busy branch the newest runs of all workflows may hold none of it.
    const workflowId = workflowPath.split('/').pop()!
    await this.pages(`runs of ${workflowId}`, branch, 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { workflow_id: workflowId, branch, status: 'completed' }, (data) => {
      const page = (data as { workflow_runs?: RawRun[] }).workflow_runs ?? []
      runs.push(...page.map((run) => ({ ...runRecord(run), headBranch: run.head_branch ?? null, headRepository: run.head_repository?.full_name ?? null })))
      return runs.length >= limit ? 0 : page.length
    }, PERMISSIONS.runs)
    return runs.sort(newestRunFirst).slice(0, limit)
  }

  async runArtifacts(runId: number, name: string): Promise<Array<{ id: number; name: string; expired: boolean }>> {
    type Artifact = { id: number; name: string; expired?: boolean }
    const response = await this.call('artifacts', `run ${runId}`, (octokit) =>
      octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { ...this.repoParameters(), run_id: runId, name, per_page: this.perPage }),
      PERMISSIONS.runs,
    )
    const artifacts = (response.data as { artifacts?: Artifact[] }).artifacts ?? []
    return artifacts.filter((artifact) => artifact.name === name).map((artifact) => ({ id: artifact.id, name: artifact.name, expired: artifact.expired === true }))
  }

  async tagRef(tag: string): Promise<GitObjectRecord | null> {
    const response = await this.call(
      'tag',
      tag,
      (octokit) => octokit.request('GET /repos/{owner}/{repo}/git/ref/tags/{tag}', { ...this.repoParameters(), tag }).catch(nullWhenNotFound),
      PERMISSIONS.contents,
    )
    // An exact ref answers with one object; a list would be refs that merely start with the name.
    if (!response || Array.isArray(response.data)) return null
    return this.gitObject((response.data as { object?: unknown }).object, `tag ${tag}`)
  }

  async tagObject(sha: string): Promise<GitObjectRecord> {
    const response = await this.call(
      'tag object',
      sha,
      (octokit) => octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { ...this.repoParameters(), tag_sha: sha }),
      PERMISSIONS.contents,
    )
    return this.gitObject((response.data as { object?: unknown }).object, `tag object ${sha}`)
  }

  async firstParent(sha: string): Promise<string | null> {
    const commit = await this.commit(sha)
    return commit.parents[0]?.sha ?? null
  }

  async changedFiles(base: string | null, head: string): Promise<string[]> {
    type File = { filename: string; previous_filename?: string }
    let files: File[]
    if (base === null) {
      files = (await this.commit(head)).files ?? []
    } else {
      const response = await this.call('compare', `${base}...${head}`, (octokit) =>
        octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...this.repoParameters(), basehead: `${base}...${head}`, per_page: 1 }),
      )
      files = (response.data as { files?: File[] }).files ?? []
    }
    if (files.length >= COMPARE_FILE_LIMIT) {
      throw new ChangeListTruncatedError(
        `GitHub lists at most ${COMPARE_FILE_LIMIT} changed files between ${base ?? '(root)'} and ${head}; the change list is incomplete`,
      )
    }
    // A rename moves a path out of one class and into another: both ends count as changed.
    return uniqueSorted(files.flatMap((file) => (file.previous_filename ? [file.previous_filename, file.filename] : [file.filename])))
  }

  private async commit(sha: string): Promise<{ parents: Array<{ sha: string }>; files?: Array<{ filename: string; previous_filename?: string }> }> {
    const response = await this.call('commit', sha, (octokit) => octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...this.repoParameters(), ref: sha }))
    return response.data as { parents: Array<{ sha: string }> }
  }

  private gitObject(object: unknown, what: string): GitObjectRecord {
    const { type, sha } = (object ?? {}) as { type?: unknown; sha?: unknown }
    if (typeof type !== 'string' || typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) {
      throw new ConfigurationError(`GitHub API (${this.options.apiUrl}): ${what} in ${this.options.repository}: the answer names no git object (type and 40-hex sha)`)
    }
    return { type, sha }
  }

  private repoParameters(): { owner: string; repo: string } {
    return { owner: this.owner, repo: this.repo }
  }

  /** Pages through a listing that Octokit's paginate cannot normalise; `take` returns the page size. */
  private async pages(
    what: string,
    ref: string,
    route: string,
    parameters: Record<string, unknown>,
    take: (data: unknown) => number,
    permission: string = PERMISSIONS.commitChecks,
  ): Promise<void> {
    for (let page = 1; ; page++) {
      const response = await this.call(what, ref, (octokit) => octokit.request(route, { ...this.repoParameters(), ...parameters, per_page: this.perPage, page }), permission)
      const count = take(response.data)
      const link = String(response.headers.link ?? '')
      if (count === 0 || !/rel="next"/.test(link)) return
    }
  }

  private async call<T>(what: string, ref: string, request: (octokit: OctokitLike) => Promise<T>, permission: string = PERMISSIONS.commitChecks): Promise<T> {
    this.octokit ??= (async () => {
      const { getOctokit } = await import('@actions/github')
      return getOctokit(this.options.token, { baseUrl: this.options.apiUrl.replace(/\/+$/, '') }) as unknown as OctokitLike
    })()
    try {
      return await request(await this.octokit)
    } catch (error) {
      throw describeApiError(error, `${what} for ${ref} in ${this.options.repository}`, this.options.apiUrl, permission)
    }
  }
}

/** The compare endpoint's file list was cut off; the caller must find the changes another way. */
export class ChangeListTruncatedError extends ConfigurationError {
  override name = 'ChangeListTruncatedError'
}

/** A 404 answer as null: for a tag, not being there is an answer, not a failure. */
function nullWhenNotFound(error: unknown): null {
  if ((error as { status?: unknown }).status === 404) return null
  throw error
}

function deploymentOf(raw: RawDeployment): GitHubDeployment {
  return { id: raw.id, sha: raw.sha, ref: raw.ref, task: raw.task ?? 'deploy', environment: raw.environment, payload: raw.payload ?? null, createdAt: raw.created_at }
}

function deploymentStatusOf(raw: RawDeploymentStatus): GitHubDeploymentStatus {
  return { id: raw.id, state: raw.state, description: raw.description ?? '', logUrl: raw.log_url ?? raw.target_url ?? null, createdAt: raw.created_at }
}

/** The user's part of an API failure: what was refused and what to give the job; an outage or a rate limit is transient. */
function describeApiError(error: unknown, what: string, apiUrl: string, permission: string): Error {
  const status = (error as { status?: unknown }).status
  const reason = (error as Error).message ?? String(error)
  if (typeof status !== 'number' || status >= 500 || status === 429) {
    return new TransientApiError(`GitHub API (${apiUrl}): ${what}: ${reason}`)
  }
  if (status === 403 && /rate limit/i.test(reason)) return new TransientApiError(`GitHub API (${apiUrl}): ${what}: ${reason}`)
  const hint =
    status === 401
      ? 'the token was rejected; pass a valid github-token'
      : status === 403
        ? `the token lacks permission; give the job ${permission} (permissions: in the workflow) and pass its token as github-token`
        : status === 404 || (status === 422 && /no (commit|ref) found/i.test(reason))
          ? 'not found; check GITHUB_REPOSITORY and that the SHA is pushed to it'
          : 'the request was refused'
  return new ConfigurationError(`GitHub API (${apiUrl}): ${what}: HTTP ${status}: ${hint} (${reason})`)
}

/** The same history questions answered by `git` in a local checkout, through the Exec port. */
export class LocalGitHistory implements CommitHistory {
  constructor(private readonly exec: Exec, private readonly cwd: string) {}

  async firstParent(sha: string): Promise<string | null> {
    await this.requireCommit(sha)
    const parent = await this.exec.run('git', ['rev-parse', '--verify', '--quiet', `${sha}^1`], { cwd: this.cwd })
    return parent.exitCode === 0 ? parent.stdout.trim() : null
  }

  async changedFiles(base: string | null, head: string): Promise<string[]> {
    await this.requireCommit(head)
    if (base !== null) await this.requireCommit(base)
    const args =
      base === null
        ? ['diff-tree', '--no-commit-id', '--name-only', '--no-renames', '-r', '--root', '-z', head]
        : ['diff', '--name-only', '--no-renames', '-z', `${base}...${head}`]
    const diff = await this.exec.run('git', args, { cwd: this.cwd })
    if (diff.exitCode !== 0) {
      throw new ConfigurationError(`git ${args.join(' ')} failed in ${this.cwd} (exit ${diff.exitCode}): ${diff.stderr.trim()}`)
    }
    return uniqueSorted(diff.stdout.split('\0').filter((path) => path !== ''))
  }

  private async requireCommit(sha: string): Promise<void> {
    const found = await this.exec.run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: this.cwd })
    if (found.exitCode !== 0) {
      throw new ConfigurationError(`commit ${sha} is not in the git checkout at ${this.cwd}; fetch it (actions/checkout with fetch-depth: 0) or run from the repository`)
    }
  }
}

function uniqueSorted(paths: string[]): string[] {
  return [...new Set(paths)].sort()
}
