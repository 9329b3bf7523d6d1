// The `uses:` of a step: local JavaScript actions run as the runner runs them (action.yml inputs
// with their defaults as INPUT_*, `runs.main` under node), and external actions emulated by name
// (pinned to a full SHA, or the step fails): checkout and setup-node in the harness, upload- and
// download-artifact, upload-pages-artifact and deploy-pages as stand-in node actions over the real
// @actions/artifact client.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { appendFile, readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { checkout, type CheckoutContext } from './checkout-action.js'
import { asString, evaluateTemplateString, type EvaluationScope } from './expressions.js'
import { runProcess, type ProcessOutcome } from './run-process.js'
import type { Annotation, CommandProcessor } from './workflow-commands.js'

const STAND_INS = join(dirname(fileURLToPath(import.meta.url)), 'actions')

export interface ActionStepInvocation {
  uses: string
  stepId: string
  /** The step's `with:`, evaluated. */
  inputs: Record<string, string>
  /** The step's process environment (runner variables, job and step env). */
  env: Record<string, string>
  /** What the runner gives actions only, never `run:` scripts: ACTIONS_RUNTIME_TOKEN and friends. */
  actionEnv: Record<string, string>
  workspace: string
  /** For `${{ }}` in action.yml input defaults. */
  scope: EvaluationScope
  node: string
  timeoutMs?: number
  signal?: AbortSignal
  processor: CommandProcessor
  annotate(annotation: Annotation): void
  checkout: Omit<CheckoutContext, 'log' | 'outputFile' | 'workspace' | 'env'>
}

export interface ActionOutcome extends Partial<ProcessOutcome> {
  /** Why the step failed when no process said so (an unpinned or unknown action, a thrown error). */
  failure?: string
}

interface ActionMetadata {
  inputs?: Record<string, { default?: unknown } | null>
  runs?: { using?: string; main?: string }
}

/** INPUT_<NAME>: upper-cased, spaces to underscores, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

async function runNodeAction(actionDir: string, invocation: ActionStepInvocation, actionRepository: string): Promise<ActionOutcome> {
  const file = ['action.yml', 'action.yaml'].map((name) => join(actionDir, name)).find((path) => existsSync(path))
  if (!file) return { failure: `Can't find 'action.yml' or 'action.yaml' under '${actionDir}'. Did you forget to run actions/checkout before running your local action?` }
  const metadata = (parse(await readFile(file, 'utf8')) ?? {}) as ActionMetadata
  const using = metadata.runs?.using ?? ''
  if (!/^node\d+$/.test(using) || !metadata.runs?.main) return { failure: `${invocation.uses}: runs.using '${using}' is not run by the harness (only node actions with runs.main)` }
  const declared = metadata.inputs ?? {}
  const inputEnv: Record<string, string> = {}
  for (const [name, spec] of Object.entries(declared)) {
    if (spec && spec.default !== undefined && spec.default !== null) inputEnv[inputVariable(name)] = evaluateTemplateString(asString(spec.default), invocation.scope)
  }
  const unexpected = Object.keys(invocation.inputs).filter((name) => !(name in declared))
  if (unexpected.length > 0) {
    invocation.annotate({
      level: 'warning',
      step: invocation.stepId,
      message: `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${Object.keys(declared).join("', '")}']`,
    })
  }
  for (const [name, value] of Object.entries(invocation.inputs)) inputEnv[inputVariable(name)] = value
  const env = {
    ...invocation.env,
    ...invocation.actionEnv,
    ...inputEnv,
    GITHUB_ACTION_PATH: actionDir,
    GITHUB_ACTION_REPOSITORY: actionRepository,
  }
  return runProcess(invocation.node, [resolve(actionDir, metadata.runs.main)], {
    cwd: invocation.workspace,
    env,
    timeoutMs: invocation.timeoutMs,
    signal: invocation.signal,
    onLine: (line) => invocation.processor.line(line),
  })
}

type Emulator = (invocation: ActionStepInvocation, name: string) => Promise<ActionOutcome>

function nodeVersion(node: string): string {
  return node === process.execPath ? process.version : execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
}

/** External actions the harness stands in for, by `owner/repo` (the pinned SHA is not looked at). */
const EMULATED: Record<string, Emulator> = {
  'actions/checkout': async (invocation) => {
    const defaults = { repository: '${{ github.repository }}', token: '${{ github.token }}', ref: '', path: '.', 'fetch-depth': '1', 'persist-credentials': 'true' }
    const inputs = { ...Object.fromEntries(Object.entries(defaults).map(([name, value]) => [name, evaluateTemplateString(value, invocation.scope)])), ...invocation.inputs }
    try {
      await checkout(inputs, {
        ...invocation.checkout,
        workspace: invocation.workspace,
        env: invocation.env,
        outputFile: invocation.env.GITHUB_OUTPUT!,
        log: (line) => invocation.processor.line(line),
      })
      return { exitCode: 0, timedOut: false }
    } catch (error) {
      return { failure: (error as Error).message.trim() }
    }
  },
  'actions/setup-node': async (invocation) => {
    const version = nodeVersion(invocation.node)
    invocation.processor.line(`node-version '${invocation.inputs['node-version'] ?? ''}' requested; the harness runs ${invocation.node} (${version})`)
    await appendFile(invocation.env.GITHUB_OUTPUT!, `node-version=${version}\n`)
    return { exitCode: 0, timedOut: false }
  },
  'actions/upload-artifact': (invocation, name) => runNodeAction(join(STAND_INS, 'upload-artifact'), invocation, name),
  'actions/download-artifact': (invocation, name) => runNodeAction(join(STAND_INS, 'download-artifact'), invocation, name),
  'actions/upload-pages-artifact': (invocation, name) => runNodeAction(join(STAND_INS, 'upload-pages-artifact'), invocation, name),
  'actions/deploy-pages': (invocation, name) => runNodeAction(join(STAND_INS, 'deploy-pages'), invocation, name),
}

export const EMULATED_ACTIONS = Object.keys(EMULATED)

/** Runs the action a step `uses:`. */
export async function runActionStep(invocation: ActionStepInvocation): Promise<ActionOutcome> {
  const uses = invocation.uses
  if (uses.startsWith('./')) return runNodeAction(resolve(invocation.workspace, uses), invocation, '')
  if (uses.startsWith('docker://')) return { failure: `${uses}: container actions are not run by the harness` }
  const match = /^([^/@]+\/[^/@]+)(\/[^@]*)?@(.+)$/.exec(uses)
  if (!match) return { failure: `${uses}: expected ./path, owner/repo@ref or owner/repo/path@ref` }
  const [, name, path, version] = match as unknown as [string, string, string | undefined, string]
  if (!/^[0-9a-f]{40}$/.test(version)) return { failure: `${uses}: external actions must be pinned to a full 40-hex commit SHA (tags and branches can be moved)` }
  const emulator = path ? undefined : EMULATED[name.toLowerCase()]
  if (!emulator) return { failure: `${uses}: the workflow harness does not emulate ${name}${path ?? ''} (it emulates: ${EMULATED_ACTIONS.join(', ')})` }
  return emulator({ ...invocation, env: { ...invocation.env, GITHUB_ACTION_REPOSITORY: name, GITHUB_ACTION_REF: version } }, name)
}
