// prod-verify: after the deploy, checks production for the package promote verified (auth canary,
// probe freshness, API smoke, browser smoke) and writes the production result, on pass and on fail.
import { resolve } from 'node:path'
import type { ProdVerifyConfig } from '../config/prod-verify-config.js'
import { digestOf } from '../contracts/canonical.js'
import type { CheckOutcome } from '../contracts/common.js'
import { contracts } from '../contracts/index.js'
import { PRODUCTION_RESULT_SCHEMA, PRODUCTION_RESULT_SCHEMA_V2, type ProductionResult } from '../contracts/production-result.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import type { EvidenceStore } from '../evidence/store.js'
import type { Clock } from '../platform/clock.js'
import { HeldLogger, SecretMasker, type Logger } from '../platform/logger.js'
import { API_SMOKE_CHECKS, runApiSmoke, type ClientCredentials, type ClientRole } from './checks/api-smoke.js'
import { pageCheckName, runBrowserSmoke } from './checks/browser-smoke.js'
import { AUTH_CANARY_CHECK, PROBE_CHECK, checkAuthCanary, checkProbe } from './checks/freshness.js'
import { promote } from './promote.js'
import { productionVerdict } from './verdicts.js'

export const PROD_VERIFY_STAGE = 'prod-verify'

export interface ProdVerifyInput {
  sha: string
  config: ProdVerifyConfig
  /** For messages about the config: where it was read. */
  configPath: string
  /** The repository root: promote rehashes file components here, and file sources are read from here. */
  filesRoot: string
  clients: Record<ClientRole, ClientCredentials>
  /** The runbook's denied expected code; overrides prodVerify.apiSmoke.deniedExpectedStatus. */
  deniedExpectedStatus?: number
  /** The browser-path input. */
  browserPath?: string
  /** The environment of `environments:` verified (the store given is then that environment's); absent for production in the single flow. */
  environment?: string
}

export interface ProdVerifyPorts {
  store: EvidenceStore
  logger: Logger
  clock: Clock
}

export interface ProdVerifyOutcome {
  result: ProductionResult
  path: string
}

export async function verifyProduction(input: ProdVerifyInput, ports: ProdVerifyPorts): Promise<ProdVerifyOutcome> {
  const { config, sha } = input
  const { store, logger, clock } = ports
  const startedAt = clock.now()
  const masker = new SecretMasker()
  const masked = new Set<string>()
  const secret = (value: string) => {
    if (masked.has(value)) return
    masked.add(value)
    logger.secret(value)
    masker.add(value)
  }
  for (const client of Object.values(input.clients)) if (client.clientSecret) secret(client.clientSecret)

  if (!config.authCanary && !config.probe && !config.apiSmoke && !config.browser) {
    throw new ConfigurationError(
      `${input.configPath}: ${input.environment ? `environments[${input.environment}].verify` : 'prodVerify'} configures no checks; add authCanary, probe, apiSmoke or browser (production verification that checks nothing never passes)`,
      { file: input.configPath },
    )
  }
  const promoted = await promote({ sha, filesRoot: input.filesRoot }, { store, logger })

  // A check that throws is a bug, but the release must still fail closed with evidence to read.
  const guarded = (names: string[], type: string, required: boolean, run: () => Promise<CheckOutcome[]>) =>
    run().catch((error: unknown): CheckOutcome[] =>
      names.map((name) => ({ name, type, required, status: 'fail', reason: `unexpected error (a bug in shipgate): ${errorMessage(error)}`, attempts: 0, durationMs: 0 })),
    )
  const runs: Promise<CheckOutcome[]>[] = []
  // A report file named in the config is relative to the repository, wherever the step runs.
  const inRepository = <T extends { source: { url?: string; file?: string } }>(check: T): T =>
    check.source.file === undefined ? check : { ...check, source: { ...check.source, file: resolve(input.filesRoot, check.source.file) } }
  if (config.authCanary) {
    const canary = inRepository(config.authCanary)
    runs.push(guarded([AUTH_CANARY_CHECK], 'auth-canary', canary.required, async () => [await checkAuthCanary(canary, { clock })]))
  }
  if (config.probe) {
    const probe = inRepository(config.probe)
    runs.push(guarded([PROBE_CHECK], 'probe', probe.required, async () => [await checkProbe(probe, sha, { clock })]))
  }
  // The checks that log run beside each other: each one's lines are held and written in one fold when it ends.
  const folded = async (title: string, run: (held: Logger) => Promise<CheckOutcome[]>): Promise<CheckOutcome[]> => {
    const held = new HeldLogger(logger)
    try {
      return await run(held)
    } finally {
      await held.release(title)
    }
  }
  if (config.apiSmoke) {
    const apiSmoke = config.apiSmoke
    runs.push(
      folded('api-smoke', (held) =>
        guarded(Object.values(API_SMOKE_CHECKS), 'api-smoke', apiSmoke.required, () =>
          runApiSmoke({ config: apiSmoke, clients: input.clients, deniedExpectedStatus: input.deniedExpectedStatus }, { clock, logger: held, secret }),
        ),
      ),
    )
  }
  if (config.browser) {
    const browser = config.browser
    runs.push(
      folded('browser smoke', (held) =>
        guarded(browser.pages.map(pageCheckName), 'browser', browser.required, () => runBrowserSmoke({ config: browser, browserPath: input.browserPath }, { clock, logger: held })),
      ),
    )
  }
  const checks = (await Promise.all(runs)).flat().map((check) => maskOutcome(check, masker))

  // Verification that verified nothing (every check optional and skipped) is not a pass.
  const { verdict, degraded } = productionVerdict(checks)
  const manifestSpec = contracts['release-package']
  const body = {
    sha,
    packageDigest: promoted.manifest.digest,
    deployedRefs: promoted.refs,
    verdict,
    degraded,
    startedAt: startedAt.toISOString(),
    finishedAt: clock.now().toISOString(),
    checks,
    evidence: [{ kind: manifestSpec.kind, path: `${manifestSpec.kind}/${sha}/${manifestSpec.file}`, digest: digestOf(promoted.manifest) }],
  }
  const result: ProductionResult = input.environment
    ? { schema: PRODUCTION_RESULT_SCHEMA_V2, ...body, environment: input.environment }
    : { schema: PRODUCTION_RESULT_SCHEMA, ...body }
  const written = await store.write('production', sha, result)

  for (const check of checks) {
    const line = `${check.status.padEnd(7)} ${check.name}${check.required ? '' : ' (optional)'}: ${check.reason ?? check.detail ?? ''}`
    if (check.status === 'pass') logger.info(line)
    else if (check.required) logger.error(line, { file: written.path })
    else logger.warning(line, { file: written.path })
  }
  const headline = `${written.path}: production ${verdict}${degraded ? ' (degraded)' : ''} for ${sha}, package ${promoted.manifest.digest}`
  if (verdict === 'pass') logger.info(headline)
  else logger.error(headline, { file: written.path })
  return { result, path: written.path }
}

// The evidence is written in the open: whatever a check reports passes through the masker first.
function maskOutcome(check: CheckOutcome, masker: SecretMasker): CheckOutcome {
  return {
    ...check,
    ...(check.reason === undefined ? {} : { reason: masker.mask(check.reason) }),
    ...(check.detail === undefined ? {} : { detail: masker.mask(check.detail) }),
  }
}
