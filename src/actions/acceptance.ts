// The acceptance action: inputs -> runAcceptance (or, for merge-shards, mergeAcceptanceShards) ->
// decision, result-path, degraded and a job summary.
import { z } from 'zod'
import { ACCEPTANCE_RESULT_SCHEMA, MAX_ACCEPTANCE_SHARDS, type AcceptanceResult } from '../contracts/acceptance-result.js'
import { digest, environmentName, scopeFlags } from '../contracts/common.js'
import { ConfigurationError } from '../errors.js'
import { DEFAULT_ARTIFACTS_DIR } from '../evidence/artifacts-dir.js'
import { parseShard } from '../evidence/scoped-store.js'
import { defineAction, inputs } from '../platform/action.js'
import { code, digestDetails, escapeCell, escapeText, humanDuration, plural, shortDigest, shortenDigests, statusIcon } from '../platform/markdown.js'
import { resolveSha } from '../platform/run-environment.js'
import type { ACCEPTANCE_STAGE } from '../stages/acceptance.js'
import { artifactsDirInput, configInput, shaInput } from './common-inputs.js'

export const ACCEPTANCE_INPUTS = {
  sha: 'sha',
  artifactsDir: 'artifacts-dir',
  config: 'config',
  scope: 'scope',
  packageDigest: 'package-digest',
  filesRoot: 'files-root',
  failOnNo: 'fail-on-no',
  environment: 'environment',
  shard: 'shard',
  mergeShards: 'merge-shards',
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

// parseShard names what it parses; the input's name is already in front of the message.
const shardInput = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (text === undefined) return undefined
    try {
      return parseShard(text, 'i/n')
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error
      ctx.addIssue({ code: 'custom', message: error.message })
      return z.NEVER
    }
  })

const shardCount = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (text === undefined) return undefined
    const count = /^[0-9]+$/.test(text) ? Number(text) : NaN
    if (!Number.isSafeInteger(count) || count < 1 || count > MAX_ACCEPTANCE_SHARDS) {
      ctx.addIssue({ code: 'custom', message: `'${text}' is not a number of shards from 1 to ${MAX_ACCEPTANCE_SHARDS}` })
      return z.NEVER
    }
    return count
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
    [ACCEPTANCE_INPUTS.environment]: environmentName.optional(),
    [ACCEPTANCE_INPUTS.shard]: shardInput,
    [ACCEPTANCE_INPUTS.mergeShards]: shardCount,
  })
  .superRefine((raw, ctx) => {
    if (raw.shard !== undefined && raw['merge-shards'] !== undefined) {
      ctx.addIssue({ code: 'custom', path: [ACCEPTANCE_INPUTS.shard], message: 'cannot be given with merge-shards: a shard job runs its part of the checks, the merge job runs none; give one of them per job' })
    }
  })
  .transform((raw) => ({
    sha: raw.sha,
    artifactsDir: raw['artifacts-dir'] ?? DEFAULT_ARTIFACTS_DIR,
    config: raw.config,
    scope: raw.scope,
    packageDigest: raw['package-digest'],
    filesRoot: raw['files-root'] ?? '.',
    failOnNo: raw['fail-on-no'],
    environment: raw.environment,
    shard: raw.shard,
    mergeShards: raw['merge-shards'],
  }))

export type AcceptanceSettings = z.output<typeof settings>

export const acceptanceAction = defineAction<AcceptanceSettings>({
  // The stage's name, held to stages/acceptance's by its type, so that its checks load only once the inputs parse.
  name: 'acceptance' satisfies typeof ACCEPTANCE_STAGE,
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
    [ACCEPTANCE_INPUTS.environment]: {
      description:
        'An environment of environments: in the config file: its acceptance checks, setup and concurrency are used, and the result is kept under environments/<name>/. Default: the top-level acceptance.',
    },
    [ACCEPTANCE_INPUTS.shard]: {
      description:
        'i/n (e.g. 2/3): run only shard i of n: configured check k (0-based, in config order, before the scope filter) belongs to shard (k mod n)+1. The partial result goes under shards/<i>-of-<n>/ for merge-shards.',
    },
    [ACCEPTANCE_INPUTS.mergeShards]: {
      description:
        'n: run no checks; merge the n shard results of this SHA (and environment) into the one acceptance result, NO if a shard is missing, invalid, NO, of another package or SHA, ran other checks than its own, or ran them configured otherwise than the config of this run (type, required, scopes). Not with shard.',
    },
  },
  outputs: {
    [ACCEPTANCE_OUTPUTS.decision]: { description: 'YES or NO.' },
    [ACCEPTANCE_OUTPUTS.resultPath]: { description: 'The path of acceptance/<sha>/result.json; under environments/<name>/ with an environment, and shards/<i>-of-<n>/ for a shard.' },
    [ACCEPTANCE_OUTPUTS.degraded]: { description: 'true when an optional check failed (release-decision then says partial_success), else false.' },
  },
  settings,
  timing: (given, context) => ({ store: context.openStore(given.artifactsDir), sha: resolveSha(given.sha, context.environment) }),
  async run(given, context) {
    const sha = resolveSha(given.sha, context.environment)
    // The config schemas and the checks load once the inputs are known good, so that a bad input fails fast.
    const { loadConfig } = await import('../config/shipgate-config.js')
    const { acceptanceConfigFor, runAcceptance } = await import('../stages/acceptance.js')
    const { mergeAcceptanceShards } = await import('../stages/acceptance-shards.js')
    const { config, path: configPath } = await loadConfig(given.config)
    const { acceptance, configField } = acceptanceConfigFor(config, configPath, given.environment, `input '${ACCEPTANCE_INPUTS.environment}'`)
    const store = context.openStore(given.artifactsDir)
    const common = { sha, config: acceptance, configPath, configField, environmentName: given.environment, expectedPackageDigest: given.packageDigest, filesRoot: given.filesRoot }
    const { result, path } =
      given.mergeShards !== undefined
        ? await mergeAcceptanceShards({ ...common, shards: given.mergeShards }, { store, clock: context.clock, logger: context.logger })
        : await runAcceptance(
            { ...common, shard: given.shard, scope: given.scope, workspace: context.environment.workspace, environment: process.env },
            { store, exec: context.exec, clock: context.clock, logger: context.logger },
          )
    const failedRequired = result.checks.filter((check) => check.required && check.status === 'fail')
    return {
      outputs: {
        [ACCEPTANCE_OUTPUTS.decision]: result.decision,
        [ACCEPTANCE_OUTPUTS.resultPath]: path,
        [ACCEPTANCE_OUTPUTS.degraded]: String(result.degraded),
      },
      summary: acceptanceSummary(result, path, { mergedShards: given.mergeShards }),
      outcome: result.decision === 'NO' ? 'no' : 'success',
      failure:
        result.decision === 'NO' && given.failOnNo
          ? { message: `acceptance is NO for ${sha}: ${failedRequired.map((check) => `${check.name}: ${check.reason ?? check.status}`).join('; ')}`, file: path }
          : undefined,
    }
  },
})

/** Which part of acceptance this was: an environment, one shard, or the merge of n shards. */
function runDescription(result: AcceptanceResult, mergedShards: number | undefined): string[] {
  const parts = [
    ...(result.schema !== ACCEPTANCE_RESULT_SCHEMA && result.environment !== null ? [`Environment ${code(result.environment)}.`] : []),
    ...(result.schema !== ACCEPTANCE_RESULT_SCHEMA && result.shard
      ? [`Shard ${result.shard.index} of ${result.shard.total}: only this shard's checks; merge-shards: ${result.shard.total} gives the acceptance result.`]
      : []),
    ...(mergedShards !== undefined ? [`Merged ${plural(mergedShards, 'shard result')} into one.`] : []),
  ]
  return parts.length > 0 ? [parts.join(' '), ''] : []
}

/** The headline's icon and words: ⚠️ when a YES rests on required checks but an optional one failed. */
function headline(result: AcceptanceResult): string {
  if (result.decision === 'NO') return `${statusIcon('failure')} NO`
  if (!result.degraded) return `${statusIcon('success')} YES`
  const optional = result.checks.filter((check) => !check.required && check.status === 'fail').map((check) => check.name)
  return `${statusIcon('partial_success')} YES, degraded: optional ${optional.length === 1 ? 'check' : 'checks'} ${optional.join(', ')} failed`
}

/** The job summary: the answer, the package, and every check with why it ended as it did. */
export function acceptanceSummary(result: AcceptanceResult, path: string, options: { mergedShards?: number } = {}): string {
  const icon = { pass: '✅', fail: '❌', skipped: '⏭️' } as const
  return [
    `### acceptance: ${escapeText(headline(result))}`,
    '',
    ...runDescription(result, options.mergedShards),
    `Package ${code(shortDigest(result.packageDigest))} for ${code(result.sha)}; scope: ${(['runtime', 'infra', 'docs'] as const).map((name) => `${name} ${result.scope[`${name}Changed`] ? 'changed' : 'unchanged'}`).join(', ')}.`,
    '',
    '| check | type | required | status | attempts | duration | reason / detail |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...result.checks.map(
      (check) =>
        `| ${escapeCell(check.name)} | ${check.type} | ${check.required ? 'yes' : 'no'} | ${icon[check.status]} ${check.status} | ${check.attempts} | ${humanDuration(check.durationMs)} | ${escapeCell(shortenDigests(check.reason ?? check.detail?.split('\n')[0] ?? ''))} |`,
    ),
    '',
    `Result: ${code(path)}`,
    '',
    ...digestDetails([['package', result.packageDigest]]),
  ].join('\n')
}
