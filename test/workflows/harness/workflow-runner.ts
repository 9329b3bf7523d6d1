// The job graph of one workflow (and, through reusable-workflow jobs, of the workflows it calls):
// jobs one at a time in `needs` order, each job's `if:` with GitHub's status functions over the whole
// upstream chain, matrix legs with fail-fast, and workflow_call inputs, secrets and outputs.
import { isMapping } from '@actions/workflow-parser'
import { evaluateCondition, evaluateString, evaluateStringMap, evaluateToken, isTruthy, type EvaluationScope } from './expressions.js'
import { concurrencyOf, jobContexts, runStepsJob, type JobFrame, type JobLeg, type NeedsEntry } from './job-runner.js'
import { expandStrategy, legKey } from './matrix.js'
import { effectivePermissions, grantedScopes, type Permissions } from './permissions.js'
import type { JobRecord, JobResult } from './run-record.js'
import { workflowKey, type RunState } from './run-state.js'
import { loadWorkflow, workflowReference, type CallJobDefinition, type JobDefinition, type WorkflowCallDefinition, type WorkflowDefinition, type WorkflowSource } from './workflow-model.js'

/** GitHub allows ten levels of nested reusable workflows. */
const MAX_DEPTH = 10

/** The callee of a reusable-workflow job, with its ref resolved to a commit. */
async function calleeSource(run: RunState, caller: WorkflowSource, uses: string): Promise<WorkflowSource> {
  const reference = workflowReference(uses, caller)
  if (uses.startsWith('./')) return reference
  return { ...reference, sha: await run.repositories.resolve(reference.repository, reference.sha) }
}

/** Loads and validates the workflow and every workflow it calls, before any job runs, as GitHub
 * does: returns the parser's messages, and a called workflow's job that asks for more
 * permissions than its caller job grants. */
export async function planWorkflows(run: RunState, source: WorkflowSource, callerPermissions?: Permissions, depth = 1): Promise<string[]> {
  if (depth > MAX_DEPTH) return [`${source.path}: reusable workflows are nested more than ${MAX_DEPTH} levels deep`]
  let workflow: WorkflowDefinition
  try {
    workflow = run.workflows.get(workflowKey(source)) ?? (await loadWorkflow(run.repositories, source))
  } catch (error) {
    const invalid = error as Error & { errors?: string[] }
    return invalid.errors ?? [invalid.message]
  }
  run.workflows.set(workflowKey(source), workflow)
  const errors: string[] = []
  const literal = { contexts: {} }
  for (const job of workflow.jobs) {
    let requested: { permissions: Permissions; violations: string[] }
    try {
      requested = effectivePermissions(evaluateToken(job.permissions, literal), evaluateToken(workflow.permissions, literal), callerPermissions)
    } catch (error) {
      errors.push(`${source.path}: job '${job.id}': ${(error as Error).message}`)
      continue
    }
    for (const violation of requested.violations) errors.push(`${source.path}: The nested job '${job.id}' is requesting ${violation}.`)
    if (job.kind !== 'call') continue
    try {
      const callee = await calleeSource(run, source, job.uses)
      run.callees.set(calleeKey(source, job.id), callee)
      errors.push(...(await planWorkflows(run, callee, requested.permissions, depth + 1)))
    } catch (error) {
      errors.push(`${source.path}: job '${job.id}': ${(error as Error).message}`)
    }
  }
  return errors
}

/** Jobs in an order where every job comes after the jobs it needs (file order otherwise). */
function topologicalOrder(jobs: JobDefinition[]): JobDefinition[] {
  const ordered: JobDefinition[] = []
  const done = new Set<string>()
  while (ordered.length < jobs.length) {
    const next = jobs.find((job) => !done.has(job.id) && job.needs.every((need) => done.has(need)))
    if (!next) throw new Error(`the jobs' needs form a cycle: ${jobs.filter((job) => !done.has(job.id)).map((job) => job.id).join(', ')}`)
    ordered.push(next)
    done.add(next.id)
  }
  return ordered
}

function ancestorsOf(job: JobDefinition, jobs: Map<string, JobDefinition>): Set<string> {
  const ancestors = new Set<string>()
  const visit = (id: string) => {
    for (const need of jobs.get(id)?.needs ?? []) {
      if (ancestors.has(need)) continue
      ancestors.add(need)
      visit(need)
    }
  }
  visit(job.id)
  return ancestors
}

function skippedRecord(key: string, job: JobDefinition, workflow: WorkflowDefinition, declaredOutputs: string[], result: JobResult = 'skipped'): JobRecord {
  return {
    key,
    id: job.id,
    name: job.id,
    workflow: workflow.source.path,
    result,
    outcome: result,
    outputs: Object.fromEntries(declaredOutputs.map((name) => [name, ''])),
    steps: [],
    annotations: [],
    summary: '',
    permissions: {},
    ...(job.kind === 'call' ? { calls: job.uses } : {}),
  }
}

/** The outputs a job declares (a called workflow's on.workflow_call.outputs for a caller job). */
function declaredOutputs(run: RunState, job: JobDefinition, workflow: WorkflowDefinition): string[] {
  if (job.kind === 'call') return Object.keys(calleeOf(run, workflow, job).workflowCall?.outputs ?? {})
  if (!job.outputs || !isMapping(job.outputs)) return []
  return [...job.outputs].map((pair) => String(evaluateToken(pair.key, { contexts: {} })))
}

function calleeOf(run: RunState, workflow: WorkflowDefinition, job: CallJobDefinition): WorkflowDefinition {
  return run.workflows.get(workflowKey(run.callees.get(calleeKey(workflow.source, job.id))!))!
}

function calleeKey(caller: WorkflowSource, jobId: string): string {
  return `${workflowKey(caller)}#${jobId}`
}

/** The combined result of several jobs (matrix legs, a called workflow's jobs). */
function combinedResult(results: JobResult[]): JobResult {
  if (results.includes('failure')) return 'failure'
  if (results.includes('cancelled')) return 'cancelled'
  return 'success'
}

/** Runs every job of the frame's workflow; returns the records by job id (matrix jobs as one
 * combined record, legs kept in run.jobs). */
export async function runWorkflowJobs(run: RunState, frame: JobFrame): Promise<Map<string, JobRecord>> {
  const { workflow } = frame
  const byId = new Map(workflow.jobs.map((job) => [job.id, job]))
  const records = new Map<string, JobRecord>()
  const keep = (record: JobRecord) => {
    run.jobs[record.key] = record
    return record
  }

  for (const job of topologicalOrder(workflow.jobs)) {
    const key = `${frame.keyPrefix}${job.id}`
    const ancestors = [...ancestorsOf(job, byId)].map((id) => records.get(id)!)
    const needs: Record<string, NeedsEntry> = Object.fromEntries(job.needs.map((id) => [id, { result: records.get(id)!.result, outputs: records.get(id)!.outputs }]))
    const scope: EvaluationScope = {
      contexts: { github: run.github, needs, vars: run.vars, inputs: frame.inputs },
      // success(): every job upstream, not only those in needs:, succeeded (GitHub's transitive skip).
      status: {
        succeeded: ancestors.every((ancestor) => ancestor.result === 'success'),
        failed: ancestors.some((ancestor) => ancestor.result === 'failure'),
        cancelled: run.cancelled,
      },
    }
    let runs: boolean
    try {
      runs = evaluateCondition(job.if, scope)
    } catch (error) {
      const failed = keep(skippedRecord(key, job, workflow, declaredOutputs(run, job, workflow), 'failure'))
      failed.annotations.push({ level: 'error', message: (error as Error).message })
      records.set(job.id, failed)
      continue
    }
    if (!runs) {
      records.set(job.id, keep(skippedRecord(key, job, workflow, declaredOutputs(run, job, workflow))))
      continue
    }

    let strategy: ReturnType<typeof expandStrategy>
    try {
      strategy = expandStrategy(evaluateToken(job.strategy, { contexts: { github: run.github, needs, vars: run.vars, inputs: frame.inputs } }))
    } catch (error) {
      const failed = keep(skippedRecord(key, job, workflow, declaredOutputs(run, job, workflow), 'failure'))
      failed.annotations.push({ level: 'error', message: (error as Error).message })
      records.set(job.id, failed)
      continue
    }
    const matrixJob = strategy !== undefined && Object.keys(strategy.combinations[0] ?? {}).length > 0
    const combinations = strategy?.combinations ?? [{}]
    const legs: JobRecord[] = []
    let cancelRest = false
    for (const [index, combination] of combinations.entries()) {
      const leg: JobLeg = {
        key: matrixJob ? legKey(key, combination) : key,
        needs,
        ...(matrixJob ? { matrix: combination } : {}),
        strategy: { 'fail-fast': strategy?.failFast ?? true, 'job-index': index, 'job-total': combinations.length, 'max-parallel': strategy?.maxParallel ?? 1 },
      }
      if (cancelRest) {
        legs.push(keep({ ...skippedRecord(leg.key, job, workflow, declaredOutputs(run, job, workflow), 'cancelled'), ...(leg.matrix ? { matrix: leg.matrix } : {}) }))
        continue
      }
      const record = keep(job.kind === 'steps' ? await runStepsJob(run, frame, leg, job) : await runCallJob(run, frame, leg, job))
      legs.push(record)
      // fail-fast cancels the legs not finished yet; a leg allowed to fail (continue-on-error) does not.
      if ((strategy?.failFast ?? true) && record.result === 'failure') cancelRest = true
    }
    if (!matrixJob) {
      records.set(job.id, legs[0]!)
      continue
    }
    const combined: JobRecord = {
      ...skippedRecord(key, job, workflow, []),
      name: legs[0]!.name,
      result: combinedResult(legs.map((leg) => leg.result)),
      outcome: combinedResult(legs.map((leg) => leg.outcome)),
      outputs: Object.assign({}, ...legs.map((leg) => Object.fromEntries(Object.entries(leg.outputs).filter(([, value]) => value !== '')))),
      permissions: legs[0]!.permissions,
      legs: legs.map((leg) => leg.key),
    }
    for (const name of declaredOutputs(run, job, workflow)) combined.outputs[name] ??= ''
    records.set(job.id, keep(combined))
  }
  return records
}

/** workflow_call inputs as the callee sees them: declared ones only, required ones given,
 * booleans and numbers keeping their type, defaults (which may use github and vars) applied. */
export function callInputs(definition: WorkflowCallDefinition, given: Record<string, unknown>, defaultScope: EvaluationScope): Record<string, unknown> {
  const inputs: Record<string, unknown> = {}
  for (const name of Object.keys(given)) {
    if (!(name in definition.inputs)) throw new Error(`Invalid input, ${name} is not defined in the referenced workflow.`)
  }
  for (const [name, input] of Object.entries(definition.inputs)) {
    let value: unknown
    if (name in given) value = given[name]
    else if (input.required) throw new Error(`Input ${name} is required, but not provided while calling.`)
    else if (input.default !== undefined) value = evaluateToken(input.default, defaultScope)
    else value = input.type === 'boolean' ? false : input.type === 'number' ? 0 : ''
    if (input.type === 'boolean' && typeof value !== 'boolean') throw new Error(`Input ${name}: Unexpected type of value '${String(value)}', expected type: Boolean.`)
    if (input.type === 'number' && typeof value !== 'number') throw new Error(`Input ${name}: Unexpected type of value '${String(value)}', expected type: Number.`)
    inputs[name] = input.type === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? String(value) : value
  }
  return inputs
}

async function runCallJob(run: RunState, frame: JobFrame, leg: JobLeg, job: CallJobDefinition): Promise<JobRecord> {
  const { workflow } = frame
  const scope: EvaluationScope = { contexts: jobContexts(run, frame, leg, job.id) }
  const { permissions } = effectivePermissions(evaluateToken(job.permissions, scope), evaluateToken(workflow.permissions, scope), frame.callerPermissions)
  const record: JobRecord = {
    ...skippedRecord(leg.key, job, workflow, [], 'success'),
    permissions: grantedScopes(permissions),
    ...(leg.matrix ? { matrix: leg.matrix } : {}),
  }
  const callee = calleeOf(run, workflow, job)
  let inputs: Record<string, unknown>
  let secrets: Record<string, string>
  try {
    if (job.name) record.name = evaluateString(job.name, scope)
    if (job.concurrency) record.concurrency = concurrencyOf(evaluateToken(job.concurrency, scope))
    const given = (evaluateToken(job.with, scope) ?? {}) as Record<string, unknown>
    inputs = callInputs(callee.workflowCall!, given, { contexts: { github: run.github, vars: run.vars, inputs: {} } })
    secrets = job.secrets === 'inherit' ? { ...frame.secrets } : evaluateStringMap(job.secrets, scope)
  } catch (error) {
    record.annotations.push({ level: 'error', message: (error as Error).message })
    record.result = record.outcome = 'failure'
    return record
  }
  const calleeFrame: JobFrame = { workflow: callee, keyPrefix: `${leg.key}/`, inputs, secrets, callerPermissions: permissions }
  const calleeJobs = await runWorkflowJobs(run, calleeFrame)
  // The caller job fails when a job of the called workflow failed; skipped jobs do not count.
  record.result = record.outcome = combinedResult([...calleeJobs.values()].map((calleeJob) => calleeJob.result))
  const jobsContext = Object.fromEntries([...calleeJobs].map(([id, calleeJob]) => [id, { result: calleeJob.result, outputs: calleeJob.outputs }]))
  for (const [name, token] of Object.entries(callee.workflowCall?.outputs ?? {})) {
    try {
      record.outputs[name] = evaluateString(token, { contexts: { github: run.github, inputs, vars: run.vars, jobs: jobsContext } })
    } catch (error) {
      record.annotations.push({ level: 'error', message: `outputs.${name}: ${(error as Error).message}` })
      record.outputs[name] = ''
    }
  }
  let continueOnError = false
  try {
    continueOnError = job.continueOnError ? isTruthy(evaluateToken(job.continueOnError, scope)) : false
  } catch {
    continueOnError = false
  }
  if (record.result === 'failure' && continueOnError) record.result = 'success'
  return record
}
