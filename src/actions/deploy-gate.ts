// The deploy-gate action: inputs -> convergeDeploy -> decision, deploy-sha, package-digest, refs.
// With a token, every deploy is also a GitHub deployment of the environment, and production is read
// back from those; without one (the local command) the evidence's deployment records are all there is.
import { dirname, resolve } from 'node:path'
import { z } from 'zod'
import { scopedStore } from '../evidence/scoped-store.js'
import { defineAction, inputs } from '../platform/action.js'
import { code, digestDetails, escapeText, hasFullDigest, shortDigest, shortenDigests, statusIcon } from '../platform/markdown.js'
import { GitHubRestApi } from '../platform/github-api.js'
import type { Logger } from '../platform/logger.js'
import { resolveRepository, resolveSha, type RunEnvironment } from '../platform/run-environment.js'
import type { GitHubDeploymentLog } from '../stages/environment-deployments.js'
import { artifactsDirInput, configInput, shaInput, WORKFLOW_TOKEN } from './common-inputs.js'

export const deployGateAction = defineAction({
  name: 'deploy-gate',
  description:
    'Deploy under the production lock and converge: deploy the newest release package whose acceptance said YES (older queued ones are recorded as superseded), never move production to an older SHA than the environment\'s live GitHub deployment unless replay is true, run the deploy command with only the promoted refs, and record what was deployed, as evidence and as a GitHub deployment of the environment.',
  branding: { icon: 'git-merge', color: 'blue' },
  inputs: {
    sha: shaInput,
    'artifacts-dir': artifactsDirInput,
    config: configInput,
    command: {
      description: 'The deploy command; it gets SHIPGATE_SHA, SHIPGATE_PACKAGE_DIGEST and SHIPGATE_REFS (JSON) and runs in the workspace. Default: deploy.command in the config.',
    },
    environment: {
      description:
        'The environment deployed to (letters, digits, _ . and -, at most 255). When the config has an environments: list, this must name one of them (else it is a configuration error): the package must have the previous environment\'s YES (the first takes any sealed package), the command defaults to that environment\'s deploy.command, the evidence is kept under environments/<name>/, and the GitHub deployment is of its githubEnvironment. Without the list (the single flow), the records in deployment/<sha>/ are this one environment\'s production state, whatever its name: deploying a SHA whose record there names another environment is refused (a configuration error).',
      default: 'production',
    },
    replay: { description: 'true for an explicit replay: deploy exactly this SHA, even when it is older than production.', default: 'false' },
    candidates: {
      description: 'Other SHAs whose packages are queued, one per line; the newest with a YES acceptance wins. Default: every SHA with acceptance evidence in the artifacts folder.',
    },
    'production-sha': {
      description:
        'The SHA in production now, overriding what the deployments say. Default: the SHA of the environment\'s newest deploy-gate deployment on GitHub whose latest status is success (with github-token), else the newest deployed record of the environment in the evidence; with neither, nothing is known to be in production.',
    },
    'github-token': {
      description:
        'A token with `deployments: write`: each deploy is recorded as a GitHub deployment of the environment (statuses in_progress, then success or failure), and what runs there is read back from those. Without one (the local command): the evidence\'s deployment records are the only record.',
      runnerDefault: WORKFLOW_TOKEN,
      secret: true,
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
    // A GitHub environment name in the single flow (the reusable workflow passes production-environment,
    // which may be capitalised); with environments: it must also be one of the list's.
    environment: z
      .string()
      .max(255, 'must be at most 255 characters')
      .regex(/^[A-Za-z0-9_.-]+$/, 'must be an environment name (letters, digits, _ . -)')
      .refine((name) => !/^\.+$/.test(name), 'must be an environment name, not only dots'),
    replay: inputs.boolean(false),
    candidates: inputs.list().pipe(z.array(z.string().regex(/^[0-9a-f]{40}$/, 'must be full 40-character lowercase hex commit SHAs'))),
    'production-sha': inputs.sha(),
    'github-token': inputs.text(),
    order: z.enum(['commit', 'created-at'], { message: "must be 'commit' or 'created-at'" }),
    'dry-run': inputs.boolean(false),
  }),
  timing: (settings, context) => ({ store: context.openStore(settings['artifacts-dir']), sha: resolveSha(settings.sha, context.environment) }),
  async run(settings, context) {
    const sha = resolveSha(settings.sha, context.environment)
    // The config schemas and the deploy load once the inputs are known good, so that a bad input fails fast.
    const { loadConfig } = await import('../config/shipgate-config.js')
    const { environmentStep } = await import('../config/environments-config.js')
    const { convergeDeploy, CreatedAtOrder, GitAncestryOrder } = await import('../stages/deploy-convergence.js')
    const { environmentGate } = await import('../stages/environment-promotion.js')
    const loaded = await loadConfig(settings.config)
    // With environments:, a name the list does not have is the user's mistake, as for acceptance: the
    // single flow's gate would let the package skip the earlier environments' YES.
    const step = loaded.config.environments ? environmentStep(loaded.config.environments, settings.environment, loaded.path, "input 'environment'") : undefined
    const workspace = loaded.found && !settings.command ? dirname(resolve(loaded.path)) : context.environment.workspace
    const root = context.openStore(settings['artifacts-dir'])
    const store = step ? scopedStore(root, { environment: step.environment.name }) : root
    const githubEnvironment = step?.environment.githubEnvironment ?? settings.environment
    const result = await convergeDeploy(
      {
        sha,
        candidates: settings.candidates.length > 0 ? settings.candidates : undefined,
        // The records name the environment as the evidence and the release decision do; GitHub's deployments, its githubEnvironment.
        environment: step?.environment.name ?? settings.environment,
        logEnvironment: githubEnvironment,
        replay: settings.replay,
        production: settings['production-sha'] ? { sha: settings['production-sha'], from: "input 'production-sha'" } : undefined,
        command: settings.command ?? (step ? step.environment.deploy.command : loaded.config.deploy?.command),
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
        deployments: settings['github-token'] ? await deploymentLog(settings['github-token'], context.environment, context.logger) : undefined,
        ...(step
          ? { gate: environmentGate(root, step.previous), deployEnvironment: async () => ({ SHIPGATE_ENVIRONMENT: step.environment.name }) }
          : {}),
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
        `${statusIcon(result.decision === 'refused' ? 'failure' : 'success')} **${result.decision}** in ${code(settings.environment)}${target ? `: ${code(target.sha)} (${code(shortDigest(target.manifest.digest))})` : ''}. ${escapeText(shortenDigests(result.reason))}.`,
        '',
        `Production before: ${result.production ? `${code(result.production.sha)}${result.production.from ? ` (from ${escapeText(result.production.from)})` : ''}` : 'unknown'}; order by ${settings.order}${settings.replay ? '; explicit replay' : ''}.`,
        ...(result.superseded.length ? ['', `Superseded: ${result.superseded.map((superseded) => code(superseded)).join(', ')}`] : []),
        ...(result.records.length ? ['', `Records: ${result.records.map((path) => code(path)).join(', ')}`] : []),
        '',
        ...digestDetails([...(target ? [['package', target.manifest.digest] as const] : []), ...(hasFullDigest(result.reason) ? [['reason', result.reason] as const] : [])]),
      ].join('\n'),
      ...(result.decision === 'refused' ? { failure: { message: result.reason, file: result.records[0] }, outcome: 'no' as const } : {}),
    }
  },
})

/** GitHub deployments of this repository, with this run as each status's log. */
async function deploymentLog(token: string, environment: RunEnvironment, logger: Logger): Promise<GitHubDeploymentLog> {
  const repository = resolveRepository(environment)
  const { GitHubDeploymentLog } = await import('../stages/environment-deployments.js')
  const inRun = environment.mode === 'github' && /^[1-9][0-9]*$/.test(environment.runId)
  return new GitHubDeploymentLog(
    new GitHubRestApi({ token, apiUrl: environment.apiUrl, repository }),
    { runId: environment.runId, runAttempt: environment.runAttempt, logUrl: inRun ? `${environment.serverUrl}/${repository}/actions/runs/${environment.runId}` : undefined },
    logger,
  )
}
