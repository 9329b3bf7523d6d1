// Runs one job that has steps (one matrix leg): its environment and approval, GITHUB_TOKEN and
// permissions, a fresh workspace, env merged workflow → job → step, each step's `if:`, process,
// file commands and continue-on-error, then the job's outputs; records it all.
import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { runtimeToken } from '../../helpers/artifact-service-server.js'
import { evaluateCondition, evaluateString, evaluateStringMap, evaluateToken, isTruthy, type Contexts, type EvaluationScope } from './expressions.js'
import { effectivePermissions, grantedScopes, type Permissions } from './permissions.js'
import { runProcess } from './run-process.js'
import type { EnvironmentRecord, JobRecord, JobResult, StepOutcome, StepRecord } from './run-record.js'
import type { RunState } from './run-state.js'
import { runActionStep } from './step-actions.js'
import { CommandProcessor, parseFileCommand, SecretMasker, type Annotation } from './workflow-commands.js'
import type { StepDefinition, StepsJobDefinition, WorkflowDefinition } from './workflow-model.js'
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/index'

/** The workflow a job is in, as its caller set it up. */
export interface JobFrame {
  workflow: WorkflowDefinition
  /** '' at the top, `<caller job key>/` in a called workflow. */
  keyPrefix: string
  inputs: Record<string, unknown>
  /** The secrets the workflow has: the repository's at the top, the passed ones in a called workflow. */
  secrets: Record<string, string>
  /** What the caller job grants, in a called workflow. */
  callerPermissions?: Permissions
}

export interface NeedsEntry {
  result: JobResult
  outputs: Record<string, string>
}

/** One run of a job: the job, or one leg of its matrix. */
export interface JobLeg {
  key: string
  needs: Record<string, NeedsEntry>
  matrix?: Record<string, unknown>
  strategy: Record<string, unknown>
}

const DEFAULT_JOB_TIMEOUT_MINUTES = 360

/** The job-level contexts (no steps, env or job yet). */
export function jobContexts(run: RunState, frame: JobFrame, leg: JobLeg, jobId: string): Contexts {
  return {
    github: { ...run.github, job: jobId },
    vars: run.vars,
    inputs: frame.inputs,
    needs: leg.needs,
    matrix: leg.matrix ?? {},
    strategy: leg.strategy,
    secrets: frame.secrets,
  }
}

function evaluateEnvironment(value: unknown): { name: string; url?: string } | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'string') return { name: value }
  const mapping = value as { name?: unknown; url?: unknown }
  return { name: String(mapping.name ?? ''), ...(mapping.url !== undefined ? { url: String(mapping.url) } : {}) }
}

interface ShellCommand {
  command: string
  args: string[]
  extension: string
}

/** The runner's shells: unspecified is `bash -e {0}`, `bash` adds --noprofile --norc and pipefail. */
function shellCommand(shell: string | undefined, file: string): ShellCommand | string {
  switch (shell) {
    case undefined:
    case '':
      return { command: 'bash', args: ['-e', file], extension: '.sh' }
    case 'bash':
      return { command: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail', file], extension: '.sh' }
    case 'sh':
      return { command: 'sh', args: ['-e', file], extension: '.sh' }
    case 'python':
      return { command: 'python3', args: [file], extension: '.py' }
    default: {
      if (!shell.includes('{0}')) return `shell: ${shell} is not run by the harness (bash, sh, python, or a command with {0})`
      const [command, ...args] = shell.split(/\s+/)
      return { command: command!, args: args.map((arg) => arg.replace('{0}', file)), extension: '' }
    }
  }
}

export async function runStepsJob(run: RunState, frame: JobFrame, leg: JobLeg, job: StepsJobDefinition): Promise<JobRecord> {
  const { workflow } = frame
  const contexts = jobContexts(run, frame, leg, job.id)
  const jobScope: EvaluationScope = { contexts }
  const { permissions } = effectivePermissions(evaluateToken(job.permissions, jobScope), evaluateToken(workflow.permissions, jobScope), frame.callerPermissions)
  const record: JobRecord = {
    key: leg.key,
    id: job.id,
    name: job.id,
    workflow: workflow.source.path,
    result: 'success',
    outcome: 'success',
    outputs: {},
    steps: [],
    annotations: [],
    summary: '',
    permissions: grantedScopes(permissions),
    ...(leg.matrix ? { matrix: leg.matrix } : {}),
  }
  const fail = (message: string, result: JobResult = 'failure') => {
    record.annotations.push({ level: 'error', message })
    record.result = record.outcome = result
    return record
  }

  if (job.container || job.services) return fail(`${job.id}: container and service jobs are not run by the workflow harness`)
  let environment: EnvironmentRecord | undefined
  try {
    record.name = job.name ? evaluateString(job.name, jobScope) : leg.key.slice(frame.keyPrefix.length)
    record.runsOn = evaluateToken(job.runsOn, jobScope)
    if (job.concurrency) record.concurrency = concurrencyOf(evaluateToken(job.concurrency, jobScope))
    const named = evaluateEnvironment(evaluateToken(job.environment, jobScope))
    if (named) environment = record.environment = { name: named.name }
  } catch (error) {
    return fail((error as Error).message)
  }
  const environmentConfig = environment ? run.environments[environment.name] : undefined
  if (environment && environmentConfig?.approve !== undefined) {
    environment.approval = environmentConfig.approve ? 'approved' : 'rejected'
    if (!environmentConfig.approve) return fail(`The deployment to environment '${environment.name}' was rejected by a required reviewer`)
  }

  const token = `ghs_${randomBytes(18).toString('hex')}`
  run.gate.register(token, { holder: `${run.id}/${leg.key}`, permissions })
  const vars = { ...run.vars, ...(environmentConfig?.vars ?? {}) }
  const secrets = { ...frame.secrets, ...(environmentConfig?.secrets ?? {}), GITHUB_TOKEN: token }
  const masker = new SecretMasker()
  for (const value of Object.values(secrets)) masker.add(value)
  const runtime = runtimeToken(run.id, leg.key)
  masker.add(runtime)

  const jobRoot = await mkdtemp(join(run.root, 'job-'))
  const workspace = join(jobRoot, 'work', (run.github.repository as string).split('/')[1]!)
  const temp = join(jobRoot, 'temp')
  const home = join(jobRoot, 'home')
  const toolCache = join(jobRoot, 'toolcache')
  for (const folder of [workspace, temp, home, toolCache, join(temp, '_github_workflow'), join(temp, '_runner_file_commands')]) await mkdir(folder, { recursive: true })
  const eventPath = join(temp, '_github_workflow', 'event.json')
  await writeFile(eventPath, JSON.stringify(run.event, null, 2))

  const github: Record<string, unknown> = { ...run.github, job: job.id, token, workspace, event_path: eventPath }
  const runner = { os: 'Linux', arch: 'X64', name: 'shipgate-harness', environment: 'github-hosted', temp, tool_cache: toolCache, debug: '' }
  const base: Contexts = { ...contexts, github, vars, secrets, runner }
  const jobEnv: Record<string, string> = {}
  const pathAdditions: string[] = []
  const stepsContext: Record<string, { outputs: Record<string, string>; outcome: StepOutcome; conclusion: StepOutcome }> = {}
  const summaries: string[] = []
  // Changed inside the step callbacks, so not narrowed by the compiler.
  let status = 'success' as 'success' | 'failure' | 'cancelled'
  const scope = (extra: Contexts = {}): EvaluationScope => ({
    contexts: { ...base, env: { ...jobEnv }, steps: stepsContext, job: { status }, ...extra },
    status: { succeeded: status === 'success', failed: status === 'failure', cancelled: run.cancelled || status === 'cancelled' },
    workspace,
  })

  try {
    let timeoutMinutes = DEFAULT_JOB_TIMEOUT_MINUTES
    let defaults: { shell?: string; workingDirectory?: string } = {}
    try {
      Object.assign(jobEnv, evaluateStringMap(workflow.env, { contexts: { github, secrets, inputs: frame.inputs, vars } }))
      Object.assign(jobEnv, evaluateStringMap(job.env, scope()))
      const runDefaults = { ...(evaluateToken(workflow.defaults, scope()) as object | undefined), ...(evaluateToken(job.defaults, scope()) as object | undefined) } as Record<string, unknown>
      defaults = { shell: runDefaults.shell as string | undefined, workingDirectory: runDefaults['working-directory'] as string | undefined }
      if (job.timeoutMinutes) timeoutMinutes = Number(evaluateToken(job.timeoutMinutes, scope()))
    } catch (error) {
      return fail((error as Error).message)
    }
    const deadline = Date.now() + timeoutMinutes * 60_000

    const runnerVariables = (stepId: string, files: Record<string, string>): Record<string, string> => ({
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: stepId,
      GITHUB_ACTOR: String(github.actor),
      GITHUB_ACTOR_ID: String(github.actor_id),
      GITHUB_API_URL: String(github.api_url),
      GITHUB_BASE_REF: String(github.base_ref),
      GITHUB_EVENT_NAME: String(github.event_name),
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_GRAPHQL_URL: String(github.graphql_url),
      GITHUB_HEAD_REF: String(github.head_ref),
      GITHUB_JOB: job.id,
      GITHUB_REF: String(github.ref),
      GITHUB_REF_NAME: String(github.ref_name),
      GITHUB_REF_PROTECTED: String(github.ref_protected),
      GITHUB_REF_TYPE: String(github.ref_type),
      GITHUB_REPOSITORY: String(github.repository),
      GITHUB_REPOSITORY_ID: String(github.repository_id),
      GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
      GITHUB_REPOSITORY_OWNER_ID: String(github.repository_owner_id),
      GITHUB_RETENTION_DAYS: String(github.retention_days),
      GITHUB_RUN_ATTEMPT: String(github.run_attempt),
      GITHUB_RUN_ID: String(github.run_id),
      GITHUB_RUN_NUMBER: String(github.run_number),
      GITHUB_SERVER_URL: String(github.server_url),
      GITHUB_SHA: String(github.sha),
      GITHUB_TRIGGERING_ACTOR: String(github.triggering_actor),
      GITHUB_WORKFLOW: String(github.workflow),
      GITHUB_WORKFLOW_REF: String(github.workflow_ref),
      GITHUB_WORKFLOW_SHA: String(github.workflow_sha),
      GITHUB_WORKSPACE: workspace,
      RUNNER_ARCH: 'X64',
      RUNNER_ENVIRONMENT: 'github-hosted',
      RUNNER_NAME: runner.name,
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: temp,
      RUNNER_TOOL_CACHE: toolCache,
      RUNNER_WORKSPACE: dirname(workspace),
      ...files,
      ...run.clock.processEnv(),
    })

    for (const step of job.steps) {
      const stepRecord: StepRecord = { id: step.id, name: defaultStepName(step), outcome: 'skipped', conclusion: 'skipped', outputs: {}, log: '' }
      record.steps.push(stepRecord)
      const processor = new CommandProcessor(masker, step.id)
      const annotate = (annotation: Annotation) => record.annotations.push(annotation)
      const finish = (outcome: StepOutcome, continueOnError: boolean) => {
        stepRecord.outcome = outcome
        stepRecord.conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome
        stepRecord.log = processor.log.join('\n')
        record.annotations.push(...processor.annotations)
        stepsContext[step.id] = { outputs: stepRecord.outputs, outcome: stepRecord.outcome, conclusion: stepRecord.conclusion }
        if (stepRecord.conclusion === 'failure' && status === 'success') status = 'failure'
      }
      let continueOnError = false
      try {
        if (step.name) stepRecord.name = evaluateString(step.name, scope())
        if (!evaluateCondition(step.if, scope())) {
          finish('skipped', false)
          continue
        }
        continueOnError = step.continueOnError ? isTruthy(evaluateToken(step.continueOnError, scope())) : false
      } catch (error) {
        annotate({ level: 'error', step: step.id, message: (error as Error).message })
        finish('failure', continueOnError)
        continue
      }
      if (Date.now() >= deadline) {
        finish('cancelled', false)
        status = 'cancelled'
        continue
      }

      const files: Record<string, string> = {}
      for (const [variable, kind] of [
        ['GITHUB_OUTPUT', 'set_output'],
        ['GITHUB_ENV', 'set_env'],
        ['GITHUB_PATH', 'add_path'],
        ['GITHUB_STATE', 'save_state'],
        ['GITHUB_STEP_SUMMARY', 'step_summary'],
      ] as const) {
        files[variable] = join(temp, '_runner_file_commands', `${kind}_${randomUUID()}`)
        await writeFile(files[variable], '')
      }
      let outcome: StepOutcome = 'failure'
      try {
        const stepEnv = evaluateStringMap(step.env, scope())
        const env: Record<string, string> = {
          HOME: home,
          LANG: process.env.LANG ?? 'C.UTF-8',
          TZ: 'UTC',
          ...jobEnv,
          ...stepEnv,
          ...runnerVariables(step.id, files),
        }
        env.PATH = [...pathAdditions, dirname(run.node), stepEnv.PATH ?? jobEnv.PATH ?? process.env.PATH ?? '/usr/bin:/bin'].join(':')
        const stepTimeout = step.timeoutMinutes ? Number(evaluateToken(step.timeoutMinutes, scope())) * 60_000 : undefined
        const timeoutMs = Math.max(0, Math.min(stepTimeout ?? Infinity, deadline - Date.now(), run.stepTimeoutMs))
        const stepScope = scope({ github: { ...github, action: step.id } })

        let exit: { exitCode?: number | null; timedOut?: boolean; failure?: string; startError?: string }
        if (step.run) {
          const stub = step.name ? run.stubRunSteps[`${leg.key}|${evaluateString(step.name, stepScope)}`] : undefined
          if (stub !== undefined) stepRecord.stubbed = true
          const script = stub ?? evaluateString(step.run, stepScope)
          const shell = step.shell ? evaluateString(step.shell, stepScope) : defaults.shell
          const workingDirectory = resolve(workspace, step.workingDirectory ? evaluateString(step.workingDirectory, stepScope) : (defaults.workingDirectory ?? '.'))
          if (!step.name) stepRecord.name = `Run ${script.split('\n')[0]!.trim()}`
          const command = shellCommand(shell, join(temp, `${randomUUID()}`))
          if (typeof command === 'string') exit = { failure: command }
          else if (!existsSync(workingDirectory)) exit = { failure: `An error occurred trying to start process '${command.command}' with working directory '${workingDirectory}'. No such file or directory` }
          else {
            const file = command.args.find((arg) => arg.startsWith(temp))!
            await writeFile(file, script)
            exit = await runProcess(command.command, command.args, { cwd: workingDirectory, env, timeoutMs, signal: run.signal, onLine: (line) => processor.line(line) })
            if (!exit.timedOut && exit.exitCode !== 0 && exit.exitCode !== null) annotate({ level: 'error', step: step.id, message: `Process completed with exit code ${exit.exitCode}.` })
          }
        } else {
          exit = await runActionStep({
            uses: step.uses!,
            stepId: step.id,
            inputs: evaluateStringMap(step.with, stepScope),
            env,
            actionEnv: { ACTIONS_RUNTIME_TOKEN: runtime, ACTIONS_RESULTS_URL: `${run.artifactService.url}/`, ACTIONS_RUNTIME_URL: `${run.artifactService.url}/` },
            workspace,
            scope: stepScope,
            node: run.node,
            timeoutMs,
            signal: run.signal,
            processor,
            annotate,
            checkout: { repositories: run.repositories, repository: String(github.repository), sha: String(github.sha), ref: String(github.ref) },
          })
        }
        if (exit.timedOut) annotate({ level: 'error', step: step.id, message: `The action '${stepRecord.name}' has timed out after ${+(timeoutMs / 60_000).toFixed(2)} minutes.` })
        if (exit.startError) annotate({ level: 'error', step: step.id, message: exit.startError })
        if (exit.failure) annotate({ level: 'error', step: step.id, message: masker.mask(exit.failure) })
        outcome = !exit.failure && exit.exitCode === 0 && !exit.timedOut ? 'success' : 'failure'

        // File commands apply whatever the exit code, as on the runner.
        stepRecord.outputs = parseFileCommand(await readFile(files.GITHUB_OUTPUT!, 'utf8'), 'GITHUB_OUTPUT')
        for (const [name, value] of Object.entries(parseFileCommand(await readFile(files.GITHUB_ENV!, 'utf8'), 'GITHUB_ENV'))) {
          if (name.toUpperCase() === 'NODE_OPTIONS') annotate({ level: 'warning', step: step.id, message: "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command." })
          else jobEnv[name] = value
        }
        const added = (await readFile(files.GITHUB_PATH!, 'utf8')).split(/\r?\n/).filter((line) => line.trim() !== '')
        pathAdditions.unshift(...added.reverse())
        const summary = await readFile(files.GITHUB_STEP_SUMMARY!, 'utf8')
        if (summary !== '') summaries.push(masker.mask(summary))
        if (exit.timedOut && Date.now() >= deadline) {
          finish('cancelled', false)
          status = 'cancelled'
          continue
        }
      } catch (error) {
        annotate({ level: 'error', step: step.id, message: masker.mask((error as Error).message) })
        outcome = 'failure'
      }
      finish(outcome, continueOnError)
    }

    if (status === 'cancelled') record.annotations.push({ level: 'error', message: `The job running on runner ${runner.name} has exceeded the maximum execution time of ${timeoutMinutes} minutes.` })
    const outputScope = scope()
    for (const [name, value] of Object.entries(evaluateOutputs(job, outputScope, record))) {
      if (masker.contains(value)) record.annotations.push({ level: 'warning', message: `Skip output '${name}' since it may contain secret.` })
      else record.outputs[name] = value
    }
    if (environment) {
      const url = evaluateEnvironment(evaluateToken(job.environment, outputScope))?.url
      if (url) environment.url = url
    }
    record.summary = summaries.join('\n')
    let continueOnError = false
    try {
      continueOnError = job.continueOnError ? isTruthy(evaluateToken(job.continueOnError, jobScope)) : false
    } catch (error) {
      record.annotations.push({ level: 'error', message: (error as Error).message })
    }
    record.outcome = status
    record.result = status === 'failure' && continueOnError ? 'success' : status
    return record
  } finally {
    run.gate.revoke(token)
    if (!run.keepWorkspaces) await rm(jobRoot, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
  }
}

function evaluateOutputs(job: StepsJobDefinition, scope: EvaluationScope, record: JobRecord): Record<string, string> {
  const outputs: Record<string, string> = {}
  if (!job.outputs) return outputs
  for (const pair of job.outputs as MappingToken) {
    const name = String(evaluateToken(pair.key, scope))
    try {
      outputs[name] = evaluateString(pair.value, scope)
    } catch (error) {
      record.annotations.push({ level: 'error', message: `outputs.${name}: ${(error as Error).message}` })
      outputs[name] = ''
    }
  }
  return outputs
}

export function concurrencyOf(value: unknown): { group: string; cancelInProgress: boolean } | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return { group: value, cancelInProgress: false }
  const mapping = value as { group?: unknown; 'cancel-in-progress'?: unknown }
  return { group: String(mapping.group ?? ''), cancelInProgress: isTruthy(mapping['cancel-in-progress'] ?? false) }
}

function defaultStepName(step: StepDefinition): string {
  return step.uses ? `Run ${step.uses}` : 'Run'
}
