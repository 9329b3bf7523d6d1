// The prod-verify action: inputs -> verifyProduction -> verdict, result-path and a job summary.
// The result is written on pass and on fail; fail-on-fail then fails the step after the outputs.
import { z } from 'zod'
import { scopedStore } from '../evidence/scoped-store.js'
import type { ProductionResult } from '../contracts/production-result.js'
import { DEFAULT_ARTIFACTS_DIR } from '../evidence/artifacts-dir.js'
import { defineAction, inputs } from '../platform/action.js'
import { code, digestDetails, escapeCell, escapeText, humanDuration, shortDigest, shortenDigests, statusIcon } from '../platform/markdown.js'
import { resolveSha } from '../platform/run-environment.js'
import { artifactsDirInput, configInput, shaInput } from './common-inputs.js'

export const PROD_VERIFY_INPUTS = {
  sha: 'sha',
  artifactsDir: 'artifacts-dir',
  config: 'config',
  allowedTenantId: 'allowed-tenant-id',
  allowedClientId: 'allowed-client-id',
  allowedClientSecret: 'allowed-client-secret',
  allowedScope: 'allowed-scope',
  deniedTenantId: 'denied-tenant-id',
  deniedClientId: 'denied-client-id',
  deniedClientSecret: 'denied-client-secret',
  deniedScope: 'denied-scope',
  deniedExpectedCode: 'denied-expected-code',
  browserPath: 'browser-path',
  environment: 'environment',
  failOnFail: 'fail-on-fail',
} as const

export const PROD_VERIFY_OUTPUTS = {
  verdict: 'verdict',
  resultPath: 'result-path',
  degraded: 'degraded',
} as const

const I = PROD_VERIFY_INPUTS

const statusCode = z
  .string()
  .regex(/^[1-5][0-9]{2}$/, 'must be an HTTP status code such as 403')
  .refine((code) => !code.startsWith('2'), 'must not be a 2xx: the denied client must be refused')
  .transform(Number)
  .optional()

const settings = z
  .object({
    [I.sha]: inputs.sha(),
    [I.artifactsDir]: inputs.text(),
    [I.config]: inputs.text(),
    [I.allowedTenantId]: inputs.text(),
    [I.allowedClientId]: inputs.text(),
    [I.allowedClientSecret]: inputs.text(),
    [I.allowedScope]: inputs.text(),
    [I.deniedTenantId]: inputs.text(),
    [I.deniedClientId]: inputs.text(),
    [I.deniedClientSecret]: inputs.text(),
    [I.deniedScope]: inputs.text(),
    [I.deniedExpectedCode]: statusCode,
    [I.browserPath]: inputs.text(),
    [I.environment]: inputs.text(),
    [I.failOnFail]: inputs.boolean(true),
  })
  .transform((raw) => ({
    sha: raw[I.sha],
    artifactsDir: raw[I.artifactsDir] ?? DEFAULT_ARTIFACTS_DIR,
    config: raw[I.config],
    clients: {
      allowed: { tenantId: raw[I.allowedTenantId], clientId: raw[I.allowedClientId], clientSecret: raw[I.allowedClientSecret], scope: raw[I.allowedScope] },
      denied: { tenantId: raw[I.deniedTenantId], clientId: raw[I.deniedClientId], clientSecret: raw[I.deniedClientSecret], scope: raw[I.deniedScope] },
    },
    deniedExpectedStatus: raw[I.deniedExpectedCode],
    browserPath: raw[I.browserPath],
    environment: raw[I.environment],
    failOnFail: raw[I.failOnFail],
  }))

export type ProdVerifySettings = z.output<typeof settings>

export const prodVerifyAction = defineAction<ProdVerifySettings>({
  name: 'prod-verify',
  description: 'Verify production after the deploy (auth canary and probe freshness, API smoke with an allowed and a denied OAuth 2 client, browser smoke) for the promoted package, and write the production result.',
  branding: { icon: 'activity', color: 'green' },
  inputs: {
    [I.sha]: shaInput,
    [I.artifactsDir]: artifactsDirInput,
    [I.config]: configInput,
    [I.allowedTenantId]: { description: 'The allowed client\'s tenant id; replaces {tenantId} in prodVerify.apiSmoke issuer or tokenUrl.' },
    [I.allowedClientId]: { description: 'The OAuth 2 client that the API must serve (client credentials).' },
    [I.allowedClientSecret]: { description: 'The allowed client\'s secret. Masked; never written to evidence.', secret: true },
    [I.allowedScope]: { description: 'The scope requested for the allowed client (e.g. api://orders/.default).' },
    [I.deniedTenantId]: { description: 'The denied client\'s tenant id; replaces {tenantId} in prodVerify.apiSmoke issuer or tokenUrl.' },
    [I.deniedClientId]: { description: 'The OAuth 2 client that the API must refuse.' },
    [I.deniedClientSecret]: { description: 'The denied client\'s secret. Masked; never written to evidence.', secret: true },
    [I.deniedScope]: { description: 'The scope requested for the denied client.' },
    [I.deniedExpectedCode]: {
      description: 'Exactly the HTTP status the denied client must get from every endpoint (a 2xx or any other code fails). Default: prodVerify.apiSmoke.deniedExpectedStatus, else 403.',
    },
    [I.browserPath]: { description: 'Chrome or Chromium for the browser smoke. Default: prodVerify.browser.executable, else chromium, chromium-browser or google-chrome on PATH.' },
    [I.environment]: {
      description:
        'An environment of the config\'s environments: list (dev, staging, production): verify it with its verify: checks and keep the result with its evidence (environments/<name>/production/<sha>/result.json). Default: the single flow\'s prodVerify and production.',
    },
    [I.failOnFail]: { description: 'Fail the step when the verdict is fail (the result and outputs are written first).', default: 'true' },
  },
  outputs: {
    [PROD_VERIFY_OUTPUTS.verdict]: { description: 'pass or fail.' },
    [PROD_VERIFY_OUTPUTS.resultPath]: { description: 'The path of the production result.json.' },
    [PROD_VERIFY_OUTPUTS.degraded]: { description: 'true when an optional check failed or was skipped.' },
  },
  settings,
  timing: (given, context) => ({ store: context.openStore(given.artifactsDir), sha: resolveSha(given.sha, context.environment) }),
  async run(given, context) {
    const sha = resolveSha(given.sha, context.environment)
    // The config schemas and the checks load once the inputs are known good, so that a bad input fails fast.
    const { loadConfig } = await import('../config/shipgate-config.js')
    const { environmentStep } = await import('../config/environments-config.js')
    const { verifyProduction } = await import('../stages/prod-verify.js')
    const { config, path: configPath } = await loadConfig(given.config)
    const step = given.environment === undefined ? undefined : environmentStep(config.environments, given.environment, configPath)
    const { result, path } = await verifyProduction(
      {
        sha,
        config: step ? step.environment.verify : config.prodVerify,
        ...(step ? { environment: step.environment.name } : {}),
        configPath,
        filesRoot: context.environment.workspace,
        clients: given.clients,
        deniedExpectedStatus: given.deniedExpectedStatus,
        browserPath: given.browserPath,
      },
      { store: scopedStore(context.openStore(given.artifactsDir), { environment: step?.environment.name }), logger: context.logger, clock: context.clock },
    )
    const failed = result.checks.filter((check) => check.required && check.status !== 'pass')
    return {
      outputs: {
        [PROD_VERIFY_OUTPUTS.verdict]: result.verdict,
        [PROD_VERIFY_OUTPUTS.resultPath]: path,
        [PROD_VERIFY_OUTPUTS.degraded]: String(result.degraded),
      },
      summary: prodVerifySummary(result, path),
      outcome: result.verdict === 'pass' ? 'success' : 'no',
      failure:
        result.verdict === 'fail' && given.failOnFail
          ? { message: `production verification failed for ${sha}: ${failed.map((check) => `${check.name}: ${check.reason ?? check.status}`).join('; ')}`, file: path }
          : undefined,
    }
  },
})

/** The headline's icon and words: ⚠️ when the verdict is pass but an optional check failed or was skipped. */
function headline(result: ProductionResult): string {
  if (result.verdict === 'fail') return `${statusIcon('failure')} fail`
  if (!result.degraded) return `${statusIcon('success')} pass`
  const optional = result.checks.filter((check) => !check.required && check.status !== 'pass').map((check) => `${check.name} (${check.status})`)
  return `${statusIcon('partial_success')} pass, degraded: optional ${optional.length === 1 ? 'check' : 'checks'} not passed: ${optional.join(', ')}`
}

export function prodVerifySummary(result: ProductionResult, path: string): string {
  const icon = { pass: '✅', fail: '❌', skipped: '⏭️' } as const
  return [
    `### prod-verify: ${escapeText(headline(result))}`,
    '',
    `Package ${code(shortDigest(result.packageDigest))} for ${code(result.sha)}. Evidence: ${code(path)}`,
    '',
    '| check | required | status | time | detail |',
    '| --- | --- | --- | --- | --- |',
    ...result.checks.map(
      (check) =>
        `| ${escapeCell(check.name)} | ${check.required ? 'yes' : 'no'} | ${icon[check.status]} ${check.status} | ${humanDuration(check.durationMs)} | ${escapeCell(shortenDigests(check.reason ?? check.detail ?? ''))} |`,
    ),
    '',
    ...digestDetails([['package', result.packageDigest]]),
  ].join('\n')
}
