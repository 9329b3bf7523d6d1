// The commit-gate action: inputs -> commitGate -> scope outputs, the evidence path and a job summary.
// A gate that did not pass still writes its evidence and outputs, then fails the step.
import { z } from 'zod'
import type { CommitStageEvidence } from '../contracts/commit-stage.js'
import { ConfigurationError } from '../errors.js'
import { defineAction, inputs } from '../platform/action.js'
import { code, codeCell, escapeText, statusIcon } from '../platform/markdown.js'
import { GitHubRestApi, LocalGitHistory } from '../platform/github-api.js'
import { readEventPayload, resolveRepository, resolveSha, type RunEnvironment } from '../platform/run-environment.js'
import { artifactsDirInput, configInput, shaInput } from './common-inputs.js'

export const COMMIT_GATE_INPUTS = {
  sha: 'sha',
  artifactsDir: 'artifacts-dir',
  config: 'config',
  requiredCheck: 'required-check',
  base: 'base',
  timeout: 'timeout',
  pollInterval: 'poll-interval',
  githubToken: 'github-token',
  mode: 'mode',
} as const

export const COMMIT_GATE_OUTPUTS = {
  scope: 'scope',
  runtimeChanged: 'runtime-changed',
  infraChanged: 'infra-changed',
  docsDrift: 'docs-drift',
  evidencePath: 'evidence-path',
  passed: 'passed',
} as const

const I = COMMIT_GATE_INPUTS
const O = COMMIT_GATE_OUTPUTS

const settings = z
  .object({
    [I.sha]: inputs.sha(),
    [I.artifactsDir]: z.string(),
    [I.config]: inputs.text(),
    [I.requiredCheck]: inputs.text(),
    [I.base]: inputs.sha(),
    [I.timeout]: inputs.seconds(600),
    [I.pollInterval]: inputs.seconds(10),
    [I.githubToken]: inputs.text(),
    [I.mode]: z.enum(['auto', 'github', 'local'], { message: "must be auto, github or local" }).default('auto'),
  })
  .transform((raw) => ({
    sha: raw.sha,
    artifactsDir: raw['artifacts-dir'],
    config: raw.config,
    requiredCheck: raw['required-check'],
    base: raw.base,
    timeoutMs: raw.timeout * 1000,
    pollIntervalMs: raw['poll-interval'] * 1000,
    githubToken: raw['github-token'],
    mode: raw.mode,
  }))

export type CommitGateSettings = z.output<typeof settings>

/** Events whose run tests a commit other than a pushed one: the gate records that commit. */
interface CommitUnderTest {
  sha?: string
  base?: string
}

function commitUnderTest(environment: RunEnvironment): CommitUnderTest {
  if (environment.eventName !== 'pull_request' && environment.eventName !== 'merge_group') return {}
  const payload = readEventPayload(environment)
  if (environment.eventName === 'pull_request') {
    const pull = payload?.pull_request as { head?: { sha?: string }; base?: { sha?: string } } | undefined
    return { sha: pull?.head?.sha, base: pull?.base?.sha }
  }
  const group = payload?.merge_group as { head_sha?: string; base_sha?: string } | undefined
  return { sha: group?.head_sha, base: group?.base_sha }
}

function gateSha(given: CommitGateSettings, environment: RunEnvironment): string {
  return resolveSha(given.sha ?? commitUnderTest(environment).sha, environment)
}

export const commitGateAction = defineAction<CommitGateSettings>({
  name: 'commit-gate',
  description:
    'Proves the release SHA passed the required commit-stage check (check runs or statuses, following a squash merge to its pull request head; or the local command without GitHub) and records which parts changed and any docs drift.',
  branding: { icon: 'git-commit', color: 'blue' },
  inputs: {
    [I.sha]: { description: `${shaInput.description} In pull_request and merge_group events: the head commit under test.` },
    [I.artifactsDir]: artifactsDirInput,
    [I.config]: configInput,
    [I.requiredCheck]: { description: 'The check run or commit status name that proves the commit stage passed. Default: commitStage.requiredCheck in the config, else commit-stage.' },
    [I.base]: {
      description: 'The commit to compare with for the scope. Default: the base of the pull request or merge group; else the newest release with a YES decision; else the first parent.',
    },
    [I.timeout]: { description: 'How long to wait, in seconds (a plain decimal number, at least 1), for a pending or not yet reported check before failing.', default: '600' },
    [I.pollInterval]: { description: 'Seconds between looks at a pending check: a plain decimal number, at least 1.', default: '10' },
    [I.githubToken]: {
      description: 'A token that can read checks, statuses, pull requests and contents (on a runner: the github.token of the workflow). Default: the GITHUB_TOKEN environment variable.',
      secret: true,
    },
    [I.mode]: {
      description: 'github (read the check from the GitHub API), local (run commitStage.localCommand), or auto: github on a runner or when a token is given, else local.',
      default: 'auto',
    },
  },
  outputs: {
    [O.scope]: { description: 'The scope as JSON: {runtime, infra, docs: {changed, paths}, other}.' },
    [O.runtimeChanged]: { description: 'true when a runtime path changed.' },
    [O.infraChanged]: { description: 'true when an infra path changed.' },
    [O.docsDrift]: { description: 'true when a watched path changed and the doc that describes it did not.' },
    [O.evidencePath]: { description: 'The path of the commit-stage evidence.json.' },
    [O.passed]: { description: 'true when the gate passed; the step fails otherwise.' },
  },
  settings,
  timing: (given, context) => ({ store: context.openStore(given.artifactsDir), sha: gateSha(given, context.environment) }),
  async run(given, context) {
    const { environment, logger } = context
    const sha = gateSha(given, environment)
    const repository = resolveRepository(environment)
    // The config schemas and the stage load once the inputs are known good, so that a bad input fails fast.
    const { loadConfig } = await import('../config/shipgate-config.js')
    const { commitGate } = await import('../stages/commit-gate.js')
    const { config, path: configPath } = await loadConfig(given.config)
    const environmentToken = process.env.GITHUB_TOKEN || undefined
    // The input was masked when it was parsed; a token from the environment is masked here, before any use.
    if (!given.githubToken && environmentToken) logger.secret(environmentToken)
    const token = given.githubToken ?? environmentToken
    const mode = given.mode === 'auto' ? (process.env.GITHUB_ACTIONS === 'true' || token ? 'github' : 'local') : given.mode
    const localHistory = new LocalGitHistory(context.exec, environment.workspace)
    const api = mode === 'github' ? githubApi(token, environment, repository) : undefined
    if (sha !== environment.sha && environment.eventName !== 'push') logger.info(`Gating ${sha}, the commit under test in this ${environment.eventName} event.`)

    const result = await commitGate(
      {
        sha,
        repository,
        event: environment.eventName,
        requiredCheck: given.requiredCheck ?? config.commitStage.requiredCheck,
        mode,
        base: given.base ?? commitUnderTest(environment).base,
        timeoutMs: given.timeoutMs,
        pollIntervalMs: given.pollIntervalMs,
        scope: config.scope,
        localCommand: config.commitStage.localCommand,
        configPath,
        workspace: environment.workspace,
      },
      {
        store: context.openStore(given.artifactsDir),
        clock: context.clock,
        logger,
        exec: context.exec,
        checks: api,
        history: api ?? localHistory,
        fallbackHistory: api ? localHistory : undefined,
      },
    )
    const { evidence } = result
    return {
      outputs: {
        [O.scope]: JSON.stringify(evidence.scope),
        [O.runtimeChanged]: String(evidence.scope.runtime.changed),
        [O.infraChanged]: String(evidence.scope.infra.changed),
        [O.docsDrift]: String(evidence.drift.findings.length > 0),
        [O.evidencePath]: result.path,
        [O.passed]: String(evidence.passed),
      },
      summary: commitGateSummary(evidence, result.path),
      failure: result.failure ? { message: result.failure, file: result.path } : undefined,
    }
  },
})

function githubApi(token: string | undefined, environment: RunEnvironment, repository: string): GitHubRestApi {
  if (!token) {
    throw new ConfigurationError("mode github needs a token: pass the github-token input (e.g. ${{ github.token }}) or set GITHUB_TOKEN; or use mode: local to run commitStage.localCommand")
  }
  return new GitHubRestApi({ token, apiUrl: environment.apiUrl, repository })
}

export function commitGateSummary(evidence: CommitStageEvidence, path: string): string {
  const { check, scope } = evidence
  const proof =
    check.source === 'local-command'
      ? 'the local command (no GitHub API)'
      : `${escapeText(check.source)} on ${code(check.checkedSha)}${check.via === 'pull-request-head' ? ` (head of pull request #${check.pullRequest})` : ''}`
  const row = (name: string, paths: string[], changed: boolean) =>
    `| ${name} | ${changed ? 'changed' : 'unchanged'} | ${paths.slice(0, 10).map((changedPath) => codeCell(changedPath)).join(', ')}${paths.length > 10 ? ` and ${paths.length - 10} more` : ''} |`
  return [
    `### commit-gate: ${evidence.passed ? `${statusIcon('success')} passed` : `${statusIcon('failure')} NOT passed`}`,
    '',
    `Required check **${escapeText(check.name)}**: ${escapeText(check.conclusion)} (attempt ${check.attempt}) from ${proof}${check.url ? ` - [details](${check.url})` : ''}.`,
    '',
    `Changes in ${code(evidence.sha)} since ${evidence.base ? code(evidence.base) : 'the root'}:`,
    '',
    '| class | | paths |',
    '| --- | --- | --- |',
    row('runtime', scope.runtime.paths, scope.runtime.changed),
    row('infra', scope.infra.paths, scope.infra.changed),
    row('docs', scope.docs.paths, scope.docs.changed),
    row('other', scope.other, scope.other.length > 0),
    '',
    ...evidence.drift.findings.map((finding) => `- docs drift (${evidence.drift.mode}): ${escapeText(finding.message)}`),
    '',
    `Evidence: ${code(path)}`,
    '',
  ].join('\n')
}
