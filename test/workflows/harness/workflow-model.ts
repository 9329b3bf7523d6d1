// Reads a workflow file with GitHub's parser (@actions/workflow-parser): validation (with the called
// reusable workflows' inputs and secrets), then a typed model of its triggers, jobs and steps whose
// values are still template tokens, evaluated only when the job or step runs.
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow, isMapping, isSequence, isString } from '@actions/workflow-parser'
import { ErrorPolicy } from '@actions/workflow-parser/model/convert'
import type { WorkflowTemplate } from '@actions/workflow-parser/model/workflow-template'
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference'
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index'
import type { Repositories } from './repositories.js'

/** Where a workflow file was read from. */
export interface WorkflowSource {
  repository: string
  sha: string
  /** e.g. .github/workflows/release.yml */
  path: string
}

export interface WorkflowInputDefinition {
  type: 'string' | 'number' | 'boolean' | 'choice' | 'environment'
  required: boolean
  default?: TemplateToken
  options?: string[]
}

export interface WorkflowCallDefinition {
  inputs: Record<string, WorkflowInputDefinition>
  secrets: Record<string, { required: boolean }>
  outputs: Record<string, TemplateToken | undefined>
}

export interface StepDefinition {
  /** The step's id, or the id GitHub's parser generates (__run, __actions_checkout, …). */
  id: string
  declaredId?: string
  name?: TemplateToken
  /** The condition with its implicit success() when it has no status function. */
  if: string
  uses?: string
  run?: TemplateToken
  with?: TemplateToken
  env?: TemplateToken
  shell?: TemplateToken
  workingDirectory?: TemplateToken
  continueOnError?: TemplateToken
  timeoutMinutes?: TemplateToken
}

interface BaseJobDefinition {
  id: string
  name?: TemplateToken
  needs: string[]
  if: string
  permissions?: TemplateToken
  strategy?: TemplateToken
  concurrency?: TemplateToken
  continueOnError?: TemplateToken
}

export interface StepsJobDefinition extends BaseJobDefinition {
  kind: 'steps'
  runsOn?: TemplateToken
  environment?: TemplateToken
  env?: TemplateToken
  defaults?: TemplateToken
  outputs?: TemplateToken
  timeoutMinutes?: TemplateToken
  /** container: and services: are not run by the harness: such a job fails, saying so. */
  container?: TemplateToken
  services?: TemplateToken
  steps: StepDefinition[]
}

export interface CallJobDefinition extends BaseJobDefinition {
  kind: 'call'
  uses: string
  with?: TemplateToken
  secrets?: TemplateToken | 'inherit'
}

export type JobDefinition = StepsJobDefinition | CallJobDefinition

export interface WorkflowDefinition {
  source: WorkflowSource
  /** `name:`, or the file's path as GitHub shows it. */
  name: string
  /** `run-name:` (may use github and inputs). */
  runName?: TemplateToken
  events: string[]
  workflowCall?: WorkflowCallDefinition
  dispatchInputs?: Record<string, WorkflowInputDefinition>
  env?: TemplateToken
  permissions?: TemplateToken
  defaults?: TemplateToken
  concurrency?: TemplateToken
  jobs: JobDefinition[]
}

export class InvalidWorkflowError extends Error {
  constructor(
    readonly file: string,
    readonly errors: string[],
  ) {
    super(`${file} is not a valid workflow:\n${errors.join('\n')}`)
  }
}

/** The repository and ref a `uses:` of a reusable workflow names; `./…` is the calling file's own commit. */
export function workflowReference(uses: string, caller: WorkflowSource): WorkflowSource {
  if (uses.startsWith('./')) return { repository: caller.repository, sha: caller.sha, path: uses.slice(2) }
  const match = /^([^/]+)\/([^/]+)\/(.+)@(.+)$/.exec(uses)
  if (!match) throw new InvalidWorkflowError(caller.path, [`${uses}: a reusable workflow is ./path or owner/repo/path@ref`])
  return { repository: `${match[1]}/${match[2]}`, sha: match[4]!, path: match[3]! }
}

function field(mapping: MappingToken | undefined, key: string): TemplateToken | undefined {
  return mapping?.find(key)
}

function text(token: TemplateToken | undefined): string | undefined {
  return token !== undefined && isString(token) ? token.value : undefined
}

function literal(token: TemplateToken | undefined): unknown {
  if (token === undefined) return undefined
  return (token as unknown as { value?: unknown }).value
}

function inputDefinitions(token: TemplateToken | undefined): Record<string, WorkflowInputDefinition> {
  const inputs: Record<string, WorkflowInputDefinition> = {}
  if (token === undefined || !isMapping(token)) return inputs
  for (const pair of token) {
    const spec = isMapping(pair.value) ? pair.value : undefined
    const options = field(spec, 'options')
    inputs[text(pair.key)!] = {
      type: (text(field(spec, 'type')) ?? 'string') as WorkflowInputDefinition['type'],
      required: literal(field(spec, 'required')) === true,
      default: field(spec, 'default'),
      options: options && isSequence(options) ? [...options].map((option) => String(literal(option))) : undefined,
    }
  }
  return inputs
}

function triggers(on: TemplateToken | undefined): Pick<WorkflowDefinition, 'events' | 'workflowCall' | 'dispatchInputs'> {
  if (on === undefined) return { events: [] }
  if (isString(on)) return { events: [on.value], ...(on.value === 'workflow_call' ? { workflowCall: { inputs: {}, secrets: {}, outputs: {} } } : {}) }
  if (isSequence(on)) {
    const events = [...on].map((event) => text(event)!)
    return { events, ...(events.includes('workflow_call') ? { workflowCall: { inputs: {}, secrets: {}, outputs: {} } } : {}) }
  }
  const mapping = on as MappingToken
  const events = [...mapping].map((pair) => text(pair.key)!)
  const result: ReturnType<typeof triggers> = { events }
  const call = field(mapping, 'workflow_call')
  if (events.includes('workflow_call')) {
    const spec = call && isMapping(call) ? call : undefined
    const secrets: WorkflowCallDefinition['secrets'] = {}
    const secretsToken = field(spec, 'secrets')
    if (secretsToken && isMapping(secretsToken)) {
      for (const pair of secretsToken) secrets[text(pair.key)!] = { required: literal(field(isMapping(pair.value) ? pair.value : undefined, 'required')) === true }
    }
    const outputs: WorkflowCallDefinition['outputs'] = {}
    const outputsToken = field(spec, 'outputs')
    if (outputsToken && isMapping(outputsToken)) {
      for (const pair of outputsToken) outputs[text(pair.key)!] = field(isMapping(pair.value) ? pair.value : undefined, 'value')
    }
    result.workflowCall = { inputs: inputDefinitions(field(spec, 'inputs')), secrets, outputs }
  }
  const dispatch = field(mapping, 'workflow_dispatch')
  if (events.includes('workflow_dispatch')) result.dispatchInputs = inputDefinitions(dispatch && isMapping(dispatch) ? field(dispatch, 'inputs') : undefined)
  return result
}

function runDefaults(token: TemplateToken | undefined): TemplateToken | undefined {
  return token && isMapping(token) ? field(token, 'run') : undefined
}

function jobModel(converted: WorkflowTemplate['jobs'][number], raw: MappingToken): JobDefinition {
  const base: BaseJobDefinition = {
    id: converted.id.value,
    name: field(raw, 'name'),
    needs: (converted.needs ?? []).map((need) => need.value),
    if: converted.if.expression,
    permissions: field(raw, 'permissions'),
    strategy: field(raw, 'strategy'),
    concurrency: field(raw, 'concurrency'),
    continueOnError: field(raw, 'continue-on-error'),
  }
  if (converted.type === 'reusableWorkflowJob') {
    const secrets = field(raw, 'secrets')
    return { ...base, kind: 'call', uses: converted.ref.value, with: field(raw, 'with'), secrets: secrets && isString(secrets) && secrets.value === 'inherit' ? 'inherit' : secrets }
  }
  const rawSteps = field(raw, 'steps')
  const stepTokens = rawSteps && isSequence(rawSteps) ? [...rawSteps] : []
  const steps = converted.steps.map((step, index): StepDefinition => {
    const rawStep = stepTokens[index] as MappingToken
    return {
      id: step.id,
      declaredId: text(field(rawStep, 'id')),
      name: step.name,
      if: step.if?.expression ?? 'success()',
      uses: 'uses' in step ? step.uses.value : undefined,
      run: field(rawStep, 'run'),
      with: field(rawStep, 'with'),
      env: field(rawStep, 'env'),
      shell: field(rawStep, 'shell'),
      workingDirectory: field(rawStep, 'working-directory'),
      continueOnError: field(rawStep, 'continue-on-error'),
      timeoutMinutes: field(rawStep, 'timeout-minutes'),
    }
  })
  return {
    ...base,
    kind: 'steps',
    runsOn: field(raw, 'runs-on'),
    environment: field(raw, 'environment'),
    env: field(raw, 'env'),
    defaults: runDefaults(field(raw, 'defaults')),
    outputs: field(raw, 'outputs'),
    timeoutMinutes: field(raw, 'timeout-minutes'),
    container: field(raw, 'container'),
    services: field(raw, 'services'),
    steps,
  }
}

/** Reads, validates and models the workflow at source. Invalid files throw InvalidWorkflowError
 * with the parser's messages, as GitHub refuses to start such a run. */
export async function loadWorkflow(repositories: Repositories, source: WorkflowSource): Promise<WorkflowDefinition> {
  const content = await repositories.readFile(source.repository, source.sha, source.path)
  const file = source.path
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter())
  if (parsed.value === undefined) throw new InvalidWorkflowError(file, parsed.context.errors.getErrors().map((error) => error.message))
  const fileProvider = {
    async getFileContent(ref: FileReference) {
      const target = 'repository' in ref ? { repository: `${ref.owner}/${ref.repository}`, sha: ref.version, path: ref.path } : { ...source, path: ref.path.replace(/^\.\//, '') }
      return { name: target.path, content: await repositories.readFile(target.repository, target.sha, target.path) }
    },
  }
  const template = await convertWorkflowTemplate(parsed.context, parsed.value, fileProvider, { fetchReusableWorkflowDepth: 1, errorPolicy: ErrorPolicy.TryConversion })
  const errors = [...new Set([...parsed.context.errors.getErrors().map((error) => error.message), ...(template.errors ?? []).map((error) => error.Message)])]
  if (errors.length > 0) throw new InvalidWorkflowError(file, errors)

  const root = parsed.value as MappingToken
  const rawJobs = field(root, 'jobs') as MappingToken
  return {
    source,
    name: text(field(root, 'name')) ?? file,
    runName: field(root, 'run-name'),
    ...triggers(field(root, 'on')),
    env: field(root, 'env'),
    permissions: field(root, 'permissions'),
    defaults: runDefaults(field(root, 'defaults')),
    concurrency: field(root, 'concurrency'),
    jobs: template.jobs.map((job) => jobModel(job, field(rawJobs, job.id.value) as MappingToken)),
  }
}
