// The acceptance action: inputs -> runAcceptance -> decision, result-path, degraded and a job summary.
import { z } from 'zod'
import { loadConfig } from '../config/shipgate-config.js'
import type { AcceptanceResult } from '../contracts/acceptance-result.js'
import { digest, scopeFlags } from '../contracts/common.js'
import { DEFAULT_ARTIFACTS_DIR } from '../evidence/local-store.js'
import { defineAction, inputs } from '../platform/action.js'
import { resolveSha } from '../platform/run-environment.js'
import { ACCEPTANCE_STAGE, runAcceptance } from '../stages/acceptance.js'
import { artifactsDirInput, configInput, shaInput } from './common-inputs.js'

export const ACCEPTANCE_INPUTS = {
  sha: 'sha',
  artifactsDir: 'artifacts-dir',
  config: 'config',
  scope: 'scope',
  packageDigest: 'package-digest',
  filesRoot: 'files-root',
  failOnNo: 'fail-on-no',
} as const

export const ACCEPTANCE_OUTPUTS = {
  decision: 'decision',
  resultPath: 'result-path',
  degraded: 'degraded',
} as const

const scopeJson = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (text === undefined) return undefined
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not JSON; give e.g. {"runtimeChanged":true,"infraChanged":false,"docsChanged":false}' })
      return z.NEVER
    }
    const parsed = scopeFlags.safeParse(json)
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: `must be {"runtimeChanged":bool,"infraChanged":bool,"docsChanged":bool}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}` })
      return z.NEVER
    }
    return parsed.data
  })

const settings = z
  .object({
    [ACCEPTANCE_INPUTS.sha]: inputs.sha(),
    [ACCEPTANCE_INPUTS.artifactsDir]: inputs.text(),
    [ACCEPTANCE_INPUTS.config]: inputs.text(),
    [ACCEPTANCE_INPUTS.scope]: scopeJson,
    [ACCEPTANCE_INPUTS.packageDigest]: digest.optional(),
    [ACCEPTANCE_INPUTS.filesRoot]: inputs.text(),
    [ACCEPTANCE_INPUTS.failOnNo]: inputs.boolean(true),
  })
  .transform((raw) => ({
    sha: raw.sha,
    artifactsDir: raw['artifacts-dir'] ?? DEFAULT_ARTIFACTS_DIR,
    config: raw.config,
    scope: raw.scope,
    packageDigest: raw['package-digest'],
    filesRoot: raw['files-root'] ?? '.',
    failOnNo: raw['fail-on-no'],
  }))

export type AcceptanceSettings = z.output<typeof settings>

export const acceptanceAction = defineAction<AcceptanceSettings>({
  name: ACCEPTANCE_STAGE,
  description: 'Run the configured http and command acceptance checks that the release scope calls for against the promoted package, and record YES or NO for that package.',
  branding: { icon: 'check-square', color: 'blue' },
  inputs: {
    [ACCEPTANCE_INPUTS.sha]: shaInput,
    [ACCEPTANCE_INPUTS.artifactsDir]: artifactsDirInput,
    [ACCEPTANCE_INPUTS.config]: configInput,
    [ACCEPTANCE_INPUTS.scope]: {
      description:
        'The release scope as JSON, e.g. {"runtimeChanged":true,"infraChanged":false,"docsChanged":false}. Default: from the commit-stage evidence for the SHA; with neither, every check runs.',
    },
    [ACCEPTANCE_INPUTS.packageDigest]: {
      description: 'The package digest promote verified (sha256:<hex>). When given, the manifest must have exactly this digest, else the decision is NO.',
    },
    [ACCEPTANCE_INPUTS.filesRoot]: {
      description: 'Where file components are looked for to check their sha256 (as in promote); files not present there are not checked.',
      default: '.',
    },
    [ACCEPTANCE_INPUTS.failOnNo]: { description: 'Fail the step when the decision is NO (the result and outputs are written first).', default: 'true' },
  },
  outputs: {
    [ACCEPTANCE_OUTPUTS.decision]: { description: 'YES or NO.' },
    [ACCEPTANCE_OUTPUTS.resultPath]: { description: 'The path of acceptance/<sha>/result.json.' },
    [ACCEPTANCE_OUTPUTS.degraded]: { description: 'true when an optional check failed (release-decision then says partial_success), else false.' },
  },
  settings,
  timing: (given, context) => ({ store: context.openStore(given.artifactsDir), sha: resolveSha(given.sha, context.environment) }),
  async run(given, context) {
    const sha = resolveSha(given.sha, context.environment)
    const { config, path: configPath } = await loadConfig(given.config)
    const { result, path } = await runAcceptance(
      {
        sha,
        config: config.acceptance,
        configPath,
        scope: given.scope,
        expectedPackageDigest: given.packageDigest,
        filesRoot: given.filesRoot,
        workspace: context.environment.workspace,
        environment: process.env,
      },
      { store: context.openStore(given.artifactsDir), exec: context.exec, clock: context.clock, logger: context.logger },
    )
    const failedRequired = result.checks.filter((check) => check.required && check.status === 'fail')
    return {
      outputs: {
        [ACCEPTANCE_OUTPUTS.decision]: result.decision,
        [ACCEPTANCE_OUTPUTS.resultPath]: path,
        [ACCEPTANCE_OUTPUTS.degraded]: String(result.degraded),
      },
      summary: acceptanceSummary(result, path),
      outcome: result.decision === 'NO' ? 'no' : 'success',
      failure:
        result.decision === 'NO' && given.failOnNo
          ? { message: `acceptance is NO for ${sha}: ${failedRequired.map((check) => `${check.name}: ${check.reason ?? check.status}`).join('; ')}`, file: path }
          : undefined,
    }
  },
})

// Markdown tables break on a pipe or a newline inside a cell.
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/** The job summary: the answer, the package, and every check with why it ended as it did. */
export function acceptanceSummary(result: AcceptanceResult, path: string): string {
  const icon = { pass: '✅', fail: '❌', skipped: '⏭️' } as const
  return [
    `### acceptance: ${result.decision === 'YES' ? '✅' : '❌'} ${result.decision}${result.degraded ? ' (degraded: an optional check failed)' : ''}`,
    '',
    `Package \`${result.packageDigest}\` for \`${result.sha}\`; scope: ${(['runtime', 'infra', 'docs'] as const).map((name) => `${name} ${result.scope[`${name}Changed`] ? 'changed' : 'unchanged'}`).join(', ')}.`,
    '',
    '| check | type | required | status | attempts | duration | reason / detail |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...result.checks.map(
      (check) =>
        `| ${cell(check.name)} | ${check.type} | ${check.required ? 'yes' : 'no'} | ${icon[check.status]} ${check.status} | ${check.attempts} | ${check.durationMs} ms | ${cell(check.reason ?? check.detail?.split('\n')[0] ?? '')} |`,
    ),
    '',
    `Result: \`${path}\``,
    '',
  ].join('\n')
}
