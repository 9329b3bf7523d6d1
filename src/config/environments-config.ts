// shipgate.yml `environments:`: the ordered stages one package moves through (dev, staging,
// production), each with its own deploy, acceptance checks (run against what was deployed there),
// verification (the prod-verify kinds) and promotion rule. The last one is production: its
// decision is the release's. Without the list the single acceptance → production flow applies.
import { z } from 'zod'
import { environmentName } from '../contracts/common.js'
import { ConfigurationError } from '../errors.js'
import { acceptanceConfig } from './acceptance-config.js'
import { deployConfig, prodVerifyConfig } from './prod-verify-config.js'

export const environmentConfig = z
  .object({
    name: environmentName.describe('The environment, as evidence and commands name it (dev, staging, production).'),
    githubEnvironment: z
      .string()
      .min(1)
      .optional()
      .describe('The GitHub environment whose secrets and required reviewers guard the deploy; default: the name.'),
    promotion: z
      .enum(['auto', 'manual'])
      .default('auto')
      .describe('auto: deployed as soon as the previous environment says YES; manual: waits for the GitHub environment\'s reviewers (in workflows) or for `shipgate promote-to` (locally).'),
    deploy: deployConfig.describe('How the package is deployed to this environment.'),
    acceptance: acceptanceConfig
      .default({ concurrency: 4, checks: [] })
      .describe('Checks run against this environment after its deploy; all required ones must pass for its YES.'),
    verify: prodVerifyConfig.default({}).describe('The prod-verify kinds (auth canary, probe, API and browser smoke) run after the acceptance checks.'),
  })
  .strict()
export type EnvironmentConfig = z.infer<typeof environmentConfig>

export const environmentsConfig = z
  .array(environmentConfig)
  .min(1, 'list at least one environment, or leave environments out for the single acceptance → production flow')
  .superRefine((list, context) => {
    const seen = new Map<string, number>()
    list.forEach((environment, index) => {
      const first = seen.get(environment.name)
      if (first !== undefined) context.addIssue({ code: 'custom', path: [index, 'name'], message: `'${environment.name}' is already environments[${first}]; each environment is listed once` })
      else seen.set(environment.name, index)
    })
  })
  .describe('The ordered environments a package moves through; the last one is production.')
export type EnvironmentsConfig = z.infer<typeof environmentsConfig>

/** Where an environment stands in the list: its settings and the one before it (null for the first). */
export interface EnvironmentStep {
  environment: EnvironmentConfig
  index: number
  previous: string | null
  /** The last one: its decision is the release's. */
  final: boolean
}

/**
 * The entry of `environments:` an `environment` input or `--environment` names, or a configuration
 * error that names the input, the config file and the environments there are.
 */
export function environmentStep(environments: EnvironmentsConfig | undefined, name: string, configPath: string, what = 'environment'): EnvironmentStep {
  if (!environments) {
    throw new ConfigurationError(`${what}: '${name}' given, but ${configPath} has no environments: list; add one, or leave ${what} out for the single acceptance → production flow`, { file: configPath })
  }
  const index = environments.findIndex((environment) => environment.name === name)
  if (index < 0) {
    throw new ConfigurationError(`${what}: '${name}' is not in ${configPath}'s environments (${environments.map((environment) => environment.name).join(', ')})`, { file: configPath })
  }
  return { environment: environments[index]!, index, previous: index > 0 ? environments[index - 1]!.name : null, final: index === environments.length - 1 }
}

/** The evidence an environment's decision needs: acceptance and verification where checks are configured. */
export function environmentRequires(environment: EnvironmentConfig): { requireAcceptance: boolean; requireProduction: boolean } {
  const { verify } = environment
  return {
    requireAcceptance: environment.acceptance.checks.length > 0,
    requireProduction: Boolean(verify.authCanary || verify.probe || verify.apiSmoke || verify.browser),
  }
}
