// The deploy-gate action: inputs -> convergeDeploy -> decision, deploy-sha, package-digest, refs.
import { dirname, resolve } from 'node:path'
import { z } from 'zod'
import { loadConfig } from '../config/shipgate-config.js'
import { defineAction, inputs } from '../platform/action.js'
import { resolveSha } from '../platform/run-environment.js'
import { convergeDeploy, CreatedAtOrder, GitAncestryOrder } from '../stages/deploy-convergence.js'
import { artifactsDirInput, configInput, shaInput } from './common-inputs.js'

export const deployGateAction = defineAction({
  name: 'deploy-gate',
  description:
    'Deploy under the production lock and converge: deploy the newest release package whose acceptance said YES (older queued ones are recorded as superseded), never move production to an older SHA unless replay is true, run the deploy command with only the promoted refs, and record what was deployed.',
  branding: { icon: 'git-merge', color: 'blue' },
  inputs: {
    sha: shaInput,
    'artifacts-dir': artifactsDirInput,
    config: configInput,
    command: {
      description: 'The deploy command; it gets SHIPGATE_SHA, SHIPGATE_PACKAGE_DIGEST and SHIPGATE_REFS (JSON) and runs in the workspace. Default: deploy.command in the config.',
    },
    environment: { description: 'The environment deployed to; deployment records and the production state are kept per environment.', default: 'production' },
    replay: { description: 'true for an explicit replay: deploy exactly this SHA, even when it is older than production.', default: 'false' },
    candidates: {
      description: 'Other SHAs whose packages are queued, one per line; the newest with a YES acceptance wins. Default: every SHA with acceptance evidence in the artifacts folder.',
    },
    'production-sha': {
      description: 'The SHA in production now. Default: the newest deployed record of the environment in the evidence; with neither, nothing is known to be in production.',
    },
    order: {
      description: 'How older and newer are decided: commit (git ancestry in the checkout; needs fetch-depth: 0) or created-at (the packages\' build time).',
      default: 'commit',
    },
    'dry-run': { description: 'true to decide and report without deploying or recording.', default: 'false' },
  },
  outputs: {
    decision: { description: 'deployed, planned (dry run), already-deployed, or refused.' },
    'deploy-sha': { description: 'The SHA deployed (or that would be, in a dry run); empty when refused.' },
    'package-digest': { description: 'The package digest of deploy-sha.' },
    refs: { description: 'JSON object: component name -> pinned ref, of what was deployed.' },
    superseded: { description: 'JSON array of the older accepted SHAs recorded as superseded.' },
    'previous-sha': { description: 'What was in production before; empty when unknown.' },
    'record-path': { description: 'The deployment record written for deploy-sha (or for the refused SHA).' },
  },
  settings: z.object({
    sha: inputs.sha(),
    'artifacts-dir': z.string(),
    config: inputs.text(),
    command: inputs.text(),
    environment: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'must be an environment name (letters, digits, _ . -)'),
    replay: inputs.boolean(false),
    candidates: inputs.list().pipe(z.array(z.string().regex(/^[0-9a-f]{40}$/, 'must be full 40-character lowercase hex commit SHAs'))),
    'production-sha': inputs.sha(),
    order: z.enum(['commit', 'created-at'], { message: "must be 'commit' or 'created-at'" }),
    'dry-run': inputs.boolean(false),
  }),
  timing: (settings, context) => ({ store: context.openStore(settings['artifacts-dir']), sha: resolveSha(settings.sha, context.environment) }),
  async run(settings, context) {
    const sha = resolveSha(settings.sha, context.environment)
    const loaded = settings.command ? undefined : await loadConfig(settings.config)
    const workspace = loaded?.found ? dirname(resolve(loaded.path)) : context.environment.workspace
    const store = context.openStore(settings['artifacts-dir'])
    const result = await convergeDeploy(
      {
        sha,
        candidates: settings.candidates.length > 0 ? settings.candidates : undefined,
        environment: settings.environment,
        replay: settings.replay,
        production: settings['production-sha'] ? { sha: settings['production-sha'] } : undefined,
        command: settings.command ?? loaded?.config.deploy?.command,
        workspace,
        dryRun: settings['dry-run'],
        runId: context.environment.runId,
      },
      {
        store,
        exec: context.exec,
        logger: context.logger,
        clock: context.clock,
        order: settings.order === 'commit' ? new GitAncestryOrder(context.exec, context.environment.workspace) : new CreatedAtOrder(),
      },
    )
    const target = result.decision === 'refused' ? undefined : result.target
    return {
      outputs: {
        decision: result.decision,
        'deploy-sha': target?.sha ?? '',
        'package-digest': target?.manifest.digest ?? '',
        refs: JSON.stringify(result.refs ?? {}),
        superseded: JSON.stringify(result.superseded),
        'previous-sha': result.production?.sha ?? '',
        'record-path': result.records[0] ?? '',
      },
      summary: [
        '### deploy-gate',
        '',
        `**${result.decision}** in \`${settings.environment}\`${target ? `: \`${target.sha}\` (\`${target.manifest.digest}\`)` : ''}. ${result.reason}.`,
        '',
        `Production before: ${result.production ? `\`${result.production.sha}\`` : 'unknown'}; order by ${settings.order}${settings.replay ? '; explicit replay' : ''}.`,
        ...(result.superseded.length ? ['', `Superseded: ${result.superseded.map((superseded) => `\`${superseded}\``).join(', ')}`] : []),
        ...(result.records.length ? ['', `Records: ${result.records.map((path) => `\`${path}\``).join(', ')}`] : []),
        '',
      ].join('\n'),
      ...(result.decision === 'refused' ? { failure: { message: result.reason, file: result.records[0] }, outcome: 'no' as const } : {}),
    }
  },
})
