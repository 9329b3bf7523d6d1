// shipgate.yml: what a repository tells shipgate about itself. Each stage reads its own section;
// unknown keys are errors so that a misspelt key never silently does nothing.
import { access } from 'node:fs/promises'
import { z } from 'zod'
import { acceptanceConfig } from './acceptance-config.js'
import { commitStageConfig, scopeConfig } from './commit-stage-config.js'
import { environmentsConfig } from './environments-config.js'
import { mailConfig } from './mail-config.js'
import { deployConfig, prodVerifyConfig } from './prod-verify-config.js'
import { readYamlFile } from './yaml-file.js'

export const DEFAULT_CONFIG_PATH = 'shipgate.yml'

const componentName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, dot, dash or underscore')

export const buildConfig = z
  .object({
    commands: z.array(z.string().min(1)).default([]).describe('Shell commands that build the runtime, run in order when it changed.'),
    images: z
      .array(
        z
          .object({
            name: componentName,
            metadataFile: z.string().min(1).describe('The JSON file `docker buildx build --metadata-file` wrote.'),
            repository: z.string().min(1).optional().describe('registry/name; default: image.name from the metadata file.'),
          })
          .strict(),
      )
      .default([]),
    files: z
      .array(z.object({ name: componentName, path: z.string().min(1) }).strict())
      .default([]),
    releaseManifest: z
      .string()
      .min(1)
      .optional()
      .describe("The multi-repo release manifest, relative to this file's folder; build-once's release-manifest input, when given, wins."),
  })
  .strict()
export type BuildConfig = z.infer<typeof buildConfig>

export const shipgateConfig = z
  .object({
    version: z.literal(1).default(1),
    commitStage: commitStageConfig.default({ requiredCheck: 'commit-stage' }),
    scope: scopeConfig.default({ runtime: [], infra: [], docs: [], drift: 'warn', watches: [] }),
    build: buildConfig.default({ commands: [], images: [], files: [] }),
    acceptance: acceptanceConfig.default({ concurrency: 4, checks: [] }),
    deploy: deployConfig.optional(),
    prodVerify: prodVerifyConfig.default({}),
    environments: environmentsConfig.optional(),
    mail: mailConfig.default({ owners: [], ops: [], allowedFrom: [], smtp: {} }),
  })
  .strict()
  .superRefine((config, context) => {
    // With environments: each one has its own deploy and verification; the single flow's would do nothing.
    if (!config.environments) return
    if (config.deploy) context.addIssue({ code: 'custom', path: ['deploy'], message: 'is the single flow\'s deploy; with environments: give each environment its deploy: instead' })
    const { authCanary, probe, apiSmoke, browser } = config.prodVerify
    if (authCanary || probe || apiSmoke || browser) {
      context.addIssue({ code: 'custom', path: ['prodVerify'], message: 'is the single flow\'s verification; with environments: give each environment its verify: instead' })
    }
  })
export type ShipgateConfig = z.infer<typeof shipgateConfig>

/** Loads shipgate.yml; the default path may be absent (empty config), an explicit one may not. */
export async function loadConfig(path: string | undefined): Promise<{ config: ShipgateConfig; path: string; found: boolean }> {
  const configPath = path ?? DEFAULT_CONFIG_PATH
  if (path === undefined) {
    try {
      await access(configPath)
    } catch {
      return { config: shipgateConfig.parse({}), path: configPath, found: false }
    }
  }
  return { config: await readYamlFile(configPath, shipgateConfig, 'shipgate config'), path: configPath, found: true }
}
