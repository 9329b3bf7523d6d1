// The harness a test starts once: the local GitHub servers behind the permission gate, the
// registered repositories, and runWorkflow(), which runs one workflow run and records it as a
// workflow run on the artifact service so that later runs can find it and its artifacts.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startArtifactServiceServer, type ArtifactServiceServer, type ScriptedWorkflowRun } from '../../helpers/artifact-service-server.js'
import { startGitHubRestServer, type GitHubRestServer, type GitHubRestServerOptions } from '../../helpers/github-rest-server.js'
import { RunClock } from './clock.js'
import { evaluateString, evaluateToken } from './expressions.js'
import { concurrencyOf } from './job-runner.js'
import { Repositories, git } from './repositories.js'
import { GATE_ROUTES, startRestGate, type GateRoute, type RestGate } from './rest-gate.js'
import type { WorkflowRunRecord } from './run-record.js'
import { workflowKey, type EnvironmentConfig, type RunState } from './run-state.js'
import type { WorkflowDefinition, WorkflowInputDefinition } from './workflow-model.js'
import { planWorkflows, runWorkflowJobs } from './workflow-runner.js'

export interface WorkflowHarnessOptions {
  /** owner/repo → a local git repository (its commits are what checkout and reusable workflows read). */
  repositories: Record<string, string>
  /** The repository the local GitHub servers serve (their REST endpoints and artifacts). Default: the first one. */
  repository?: string
  /** Repository variables and secrets, and environments; runWorkflow's own are laid over them. */
  vars?: Record<string, string>
  secrets?: Record<string, string>
  environments?: Record<string, EnvironmentConfig>
  /** The node binary that runs JavaScript actions. Default: this process's (process.execPath). */
  node?: string
  /** Keep each job's workspace and temp folders (under the run's folder) for debugging. */
  keepWorkspaces?: boolean
  /** A cap on every step's time, below GitHub's 360-minute job default, so that a hung step fails
   * its test instead of hanging it. Default: 10 minutes. */
  stepTimeoutMinutes?: number
  /** github.actor. Default: octocat. */
  actor?: string
  /** Options of the local REST server (e.g. maxPerPage). */
  rest?: Omit<GitHubRestServerOptions, 'repository'>
  /** Extra gate routes, checked before the built-in table (GATE_ROUTES). */
  routes?: GateRoute[]
}

export interface RunWorkflowOptions {
  /** The workflow file in the repository, e.g. .github/workflows/pipeline.yml. */
  workflow: string
  /** The repository the workflow runs in. Default: the harness's repository. */
  repository?: string
  /** push, workflow_dispatch, schedule, pull_request, … (the workflow must trigger on it). */
  event: string
  /** github.event; laid over the payload the harness makes up for the event. */
  payload?: Record<string, unknown>
  /** github.ref. Default: refs/heads/<the repository's default branch>. */
  ref?: string
  /** github.sha. Default: the commit `ref` names. */
  sha?: string
  /** workflow_dispatch inputs (typed; checked against the workflow's declarations). */
  inputs?: Record<string, string | number | boolean>
  vars?: Record<string, string>
  secrets?: Record<string, string>
  environments?: Record<string, EnvironmentConfig>
  /** The run's clock: every process of the run sees this time (libfaketime), advancing from the start. */
  now?: Date | string
  node?: string
  keepWorkspaces?: boolean
  /**
   * `<job key>|<step name>` -> a bash script run instead of that named run: step's own, for steps a
   * test cannot run (the repository's own npm ci, lint and test suite inside its own tests). The
   * step record says stubbed: true; every other step, and the job graph around it, run as written.
   */
  stubRunSteps?: Record<string, string>
}

export interface WorkflowHarness {
  runWorkflow(options: RunWorkflowOptions): Promise<WorkflowRunRecord>
  /**
   * "Re-run all jobs" of an earlier run: the same run id and event, the next attempt
   * (github.run_attempt), and the artifacts of the earlier attempts still in the run, as on GitHub.
   * `options` lays vars, secrets, environments, now and stubs over the first attempt's.
   */
  rerunWorkflow(previous: WorkflowRunRecord, options?: Partial<RunWorkflowOptions>): Promise<WorkflowRunRecord>
  /** Every run so far, oldest first. */
  runs: WorkflowRunRecord[]
  repositories: Repositories
  /** The REST server behind the gate (script commits, checks and statuses on it). */
  rest: GitHubRestServer
  /** The artifact service: artifacts of every run, and the runs listing. */
  artifactService: ArtifactServiceServer
  /** GITHUB_API_URL of the jobs; its request log says which job called what and the answer. */
  gate: RestGate
  close(): Promise<void>
}

export class WorkflowHarnessError extends Error {}

function dispatchInputs(definitions: Record<string, WorkflowInputDefinition>, given: Record<string, string | number | boolean>, workflow: string): Record<string, unknown> {
  const unexpected = Object.keys(given).filter((name) => !(name in definitions))
  if (unexpected.length > 0) throw new WorkflowHarnessError(`${workflow}: Unexpected inputs provided: ${JSON.stringify(unexpected)}`)
  const inputs: Record<string, unknown> = {}
  for (const [name, input] of Object.entries(definitions)) {
    let value: unknown = given[name] ?? evaluateToken(input.default, { contexts: {} })
    if (value === undefined || value === null) {
      if (input.required) throw new WorkflowHarnessError(`${workflow}: Required input '${name}' not provided`)
      value = input.type === 'boolean' ? false : ''
    }
    if (input.type === 'boolean') value = value === true || value === 'true'
    else if (input.type === 'number') value = Number(value)
    else value = String(value)
    if (input.type === 'choice' && input.options && !input.options.includes(value as string)) {
      throw new WorkflowHarnessError(`${workflow}: Provided value '${String(value)}' for input '${name}' not in the list of allowed values`)
    }
    inputs[name] = value
  }
  return inputs
}

function eventPayload(event: string, context: { repository: string; ref: string; sha: string; actor: string; defaultBranch: string; now: Date; subject: string; workflow: string; inputs: Record<string, unknown> }): Record<string, unknown> {
  const [owner, name] = context.repository.split('/') as [string, string]
  const repository = { id: 1, name, full_name: context.repository, owner: { login: owner, id: 1 }, default_branch: context.defaultBranch, html_url: `https://github.com/${context.repository}` }
  const sender = { login: context.actor, id: 1, type: 'User' }
  const timestamp = context.now.toISOString().replace(/\.\d+Z$/, 'Z')
  switch (event) {
    case 'push': {
      const commit = { id: context.sha, tree_id: context.sha, message: context.subject, timestamp, author: { name: context.actor }, committer: { name: context.actor } }
      return { ref: context.ref, before: '0'.repeat(40), after: context.sha, created: false, deleted: false, forced: false, base_ref: null, head_commit: commit, commits: [commit], pusher: { name: context.actor }, repository, sender }
    }
    case 'schedule':
      // GitHub's schedule payload has no repository (nor sender): a workflow must not rely on github.event.repository there.
      return { schedule: '', workflow: context.workflow }
    case 'workflow_dispatch':
      return { inputs: Object.fromEntries(Object.entries(context.inputs).map(([key, value]) => [key, String(value)])), ref: context.ref, repository, sender, workflow: context.workflow }
    default:
      return { repository, sender }
  }
}

export async function startWorkflowHarness(options: WorkflowHarnessOptions): Promise<WorkflowHarness> {
  const repositories = new Repositories(options.repositories)
  const repository = options.repository ?? Object.keys(options.repositories)[0]
  if (!repository) throw new WorkflowHarnessError('startWorkflowHarness: register at least one repository')
  const rest = await startGitHubRestServer({ ...options.rest, repository })
  const artifactService = await startArtifactServiceServer({ repository })
  const gate = await startRestGate({
    backends: { rest: { url: rest.url, token: rest.token }, artifacts: { url: artifactService.url, token: artifactService.token } },
    routes: [...(options.routes ?? []), ...GATE_ROUTES],
  })
  const runs: WorkflowRunRecord[] = []
  const stopping = new AbortController()
  const runFolders = new Set<string>()
  let nextRunId = 1001
  const actor = options.actor ?? 'octocat'

  const listedRuns = new Map<number, ScriptedWorkflowRun>()
  const runOptionsOf = new Map<number, RunWorkflowOptions>()

  const runWorkflow = async (runOptions: RunWorkflowOptions, rerun?: WorkflowRunRecord): Promise<WorkflowRunRecord> => {
    const runRepository = runOptions.repository ?? repository
    const defaultBranch = await repositories.defaultBranch(runRepository)
    const ref = runOptions.ref ?? `refs/heads/${defaultBranch}`
    const sha = runOptions.sha ?? (await repositories.resolve(runRepository, ref))
    const clock = new RunClock(runOptions.now === undefined ? undefined : new Date(runOptions.now))
    const startedAt = clock.started()
    const id = rerun?.id ?? nextRunId++
    runOptionsOf.set(id, runOptions)
    const root = await mkdtemp(join(tmpdir(), `shipgate-run-${id}-`))
    runFolders.add(root)
    const environments: Record<string, EnvironmentConfig> = { ...options.environments }
    for (const [name, config] of Object.entries(runOptions.environments ?? {})) {
      const base = environments[name] ?? {}
      environments[name] = { ...base, ...config, vars: { ...base.vars, ...config.vars }, secrets: { ...base.secrets, ...config.secrets } }
    }
    const run: RunState = {
      id,
      attempt: (rerun?.attempt ?? 0) + 1,
      runNumber: rerun?.runNumber ?? runs.filter((earlier) => earlier.workflow === runOptions.workflow && earlier.attempt === 1).length + 1,
      repositories,
      gate,
      artifactService,
      clock,
      node: runOptions.node ?? options.node ?? process.execPath,
      keepWorkspaces: runOptions.keepWorkspaces ?? options.keepWorkspaces ?? false,
      stepTimeoutMs: (options.stepTimeoutMinutes ?? 10) * 60_000,
      signal: stopping.signal,
      root,
      github: {},
      event: {},
      vars: { ...options.vars, ...runOptions.vars },
      secrets: { ...options.secrets, ...runOptions.secrets },
      environments,
      stubRunSteps: runOptions.stubRunSteps ?? {},
      jobs: {},
      workflows: new Map(),
      callees: new Map(),
      cancelled: false,
    }
    const source = { repository: runRepository, sha, path: runOptions.workflow }
    const record: WorkflowRunRecord = {
      id,
      attempt: run.attempt,
      runNumber: run.runNumber,
      workflow: runOptions.workflow,
      name: runOptions.workflow,
      repository: runRepository,
      event: runOptions.event,
      ref,
      sha,
      conclusion: 'failure',
      errors: [],
      jobs: run.jobs,
      artifacts: [],
      startedAt: startedAt.toISOString(),
    }
    const listed: ScriptedWorkflowRun = listedRuns.get(id) ?? { id, headSha: sha, event: runOptions.event, status: 'in_progress', conclusion: null, path: runOptions.workflow, createdAt: record.startedAt.replace(/\.\d+Z$/, 'Z') }
    listed.status = 'in_progress'
    listed.conclusion = null
    try {
      record.errors = await planWorkflows(run, source)
      const workflow = run.workflows.get(workflowKey(source))
      if (workflow && record.errors.length === 0 && !workflow.events.includes(runOptions.event)) {
        throw new WorkflowHarnessError(`${runOptions.workflow} does not run on ${runOptions.event} (it runs on: ${workflow.events.join(', ')})`)
      }
      const inputs = workflow?.dispatchInputs && runOptions.event === 'workflow_dispatch' ? dispatchInputs(workflow.dispatchInputs, runOptions.inputs ?? {}, runOptions.workflow) : {}
      if (!listedRuns.has(id)) artifactService.addRun(listed)
      listedRuns.set(id, listed)
      runs.push(record)
      if (record.errors.length > 0 || !workflow) return record

      const subject = (await git(repositories.folderOf(runRepository), ['log', '-1', '--format=%s', sha]).catch(() => '')).trim()
      run.event = { ...eventPayload(runOptions.event, { repository: runRepository, ref, sha, actor, defaultBranch, now: startedAt, subject, workflow: runOptions.workflow, inputs }), ...runOptions.payload }
      run.github = githubContext(run, workflow, { repository: runRepository, ref, sha, event: runOptions.event, actor, apiUrl: gate.url })
      record.name = workflow.name
      try {
        const topScope = { contexts: { github: run.github, inputs, vars: run.vars } }
        record.concurrency = concurrencyOf(evaluateToken(workflow.concurrency, topScope))
        if (workflow.runName) record.runName = evaluateString(workflow.runName, topScope)
      } catch (error) {
        record.errors.push((error as Error).message)
        return record
      }
      const top = await runWorkflowJobs(run, { workflow, keyPrefix: '', inputs, secrets: run.secrets })
      const results = [...top.values()].map((job) => job.result)
      record.conclusion = results.includes('failure') ? 'failure' : results.includes('cancelled') ? 'cancelled' : 'success'
      return record
    } finally {
      listed.status = 'completed'
      listed.conclusion = record.conclusion
      record.artifacts = artifactService.artifacts
        .filter((artifact) => artifact.runId === id && artifact.finalized)
        .map((artifact) => ({ id: artifact.id, name: artifact.name, size: artifact.size, ...(artifact.digest ? { digest: artifact.digest } : {}) }))
      if (!run.keepWorkspaces) {
        await rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
        runFolders.delete(root)
      }
    }
  }

  const rerunWorkflow = async (previous: WorkflowRunRecord, options: Partial<RunWorkflowOptions> = {}): Promise<WorkflowRunRecord> => {
    const first = runOptionsOf.get(previous.id)
    if (!first) throw new WorkflowHarnessError(`run ${previous.id} was not run by this harness`)
    const latest = runs.filter((earlier) => earlier.id === previous.id).at(-1)!
    return runWorkflow(
      {
        ...first,
        ...options,
        workflow: first.workflow,
        event: first.event,
        sha: previous.sha,
        ref: previous.ref,
        vars: { ...first.vars, ...options.vars },
        secrets: { ...first.secrets, ...options.secrets },
        environments: { ...first.environments, ...options.environments },
      },
      latest,
    )
  }

  return {
    runWorkflow,
    rerunWorkflow,
    runs,
    repositories,
    rest,
    artifactService,
    gate,
    close: async () => {
      stopping.abort()
      await Promise.all([gate.close(), rest.close(), artifactService.close(), repositories.close()])
      for (const folder of runFolders) await rm(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
    },
  }
}

function githubContext(
  run: RunState,
  workflow: WorkflowDefinition,
  context: { repository: string; ref: string; sha: string; event: string; actor: string; apiUrl: string },
): Record<string, unknown> {
  const pull = run.event.pull_request as { head?: { ref?: string }; base?: { ref?: string } } | undefined
  return {
    action: '',
    action_path: '',
    action_ref: '',
    action_repository: '',
    action_status: '',
    actor: context.actor,
    actor_id: '1',
    api_url: context.apiUrl,
    base_ref: pull?.base?.ref ?? '',
    env: '',
    event: run.event,
    event_name: context.event,
    event_path: '',
    graphql_url: `${context.apiUrl}/graphql`,
    head_ref: pull?.head?.ref ?? '',
    job: '',
    path: '',
    ref: context.ref,
    ref_name: context.ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\//, ''),
    ref_protected: false,
    ref_type: context.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    repository: context.repository,
    repository_id: '1',
    repository_owner: context.repository.split('/')[0],
    repository_owner_id: '1',
    repositoryUrl: `git://github.com/${context.repository}.git`,
    retention_days: '90',
    run_id: String(run.id),
    run_number: String(run.runNumber),
    run_attempt: String(run.attempt),
    secret_source: 'Actions',
    server_url: 'https://github.com',
    sha: context.sha,
    token: '',
    triggering_actor: context.actor,
    workflow: workflow.name,
    workflow_ref: `${context.repository}/${workflow.source.path}@${context.ref}`,
    workflow_sha: context.sha,
    workspace: '',
  }
}
