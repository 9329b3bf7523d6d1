// The fetch-release-package action (the replay's first step): inputs -> fetchReleasePackage ->
// run-id, package-digest, manifest-path, refs. With rollback, the SHA is the one previousDeployment
// finds in the environment's GitHub deployments.
import { z } from 'zod'
import { ConfigurationError } from '../errors.js'
import { defineAction, inputs } from '../platform/action.js'
import { GitHubRestApi } from '../platform/github-api.js'
import type { Logger } from '../platform/logger.js'
import { code, codeCell, digestDetails, escapeCell, escapeText, hasFullDigest, plural, shortDigest, statusIcon } from '../platform/markdown.js'
import { resolveRepository } from '../platform/run-environment.js'
import type { ReplayResult } from '../stages/replay.js'
import { describeReplaySource } from '../stages/replay-source.js'
import { artifactsDirInput, tokenOrEnvironment } from './common-inputs.js'

export const fetchReleasePackageAction = defineAction({
  name: 'fetch-release-package',
  description:
    'For a replay: find the run that holds a SHA\'s release package (named by a deployment of the environment, a successful push run, or a push run whose evidence has a YES release decision), download its release-package-<sha> artifact, verify the manifest (contract, its own digest, the SHA) and put it, with the commit-stage evidence, into this run\'s evidence. Never builds; fails closed when the run, the artifact or the verification is missing.',
  branding: { icon: 'rotate-ccw', color: 'blue' },
  inputs: {
    sha: { description: 'The SHA whose release package to replay (the workflow_dispatch input release_package_sha). Required unless rollback is true.' },
    'github-token': {
      description:
        'A token with `actions: read` on the repository, to list its runs and download their artifacts, and `deployments: read` with environment (on a runner: github.token). Default: the GITHUB_TOKEN environment variable.',
      secret: true,
    },
    'artifacts-dir': artifactsDirInput,
    workflow: { description: 'Only push runs of this workflow file count, e.g. cloud-delivery-pipeline.yml. Default: any workflow run on push.' },
    environment: {
      description:
        'Look first for the run named by a deploy-gate deployment of the SHA to this environment (its payload names the run that holds the package, and the digest must match); needs `deployments: read`. Default: only push runs are searched.',
    },
    'run-id': {
      description:
        'Take the package from this run; it must be named by such a deployment, or be a push run of the SHA that succeeded or whose evidence has a YES release decision for the package. Default: the first such run that still has the artifact.',
    },
    rollback: {
      description:
        'true: give no sha; replay what ran in environment before what runs there now: the newest earlier deploy-gate deployment there that succeeded, of a package built before the current one (the sha output names it). Needs environment and `deployments: read`.',
      default: 'false',
    },
  },
  outputs: {
    sha: { description: 'The SHA whose package was fetched (the one rollback found, or the sha input).' },
    'run-id': { description: 'The run the package came from.' },
    'run-url': { description: 'The web address of that run.' },
    'package-digest': { description: 'The verified package digest.' },
    'manifest-path': { description: 'The path of the verified manifest in this run\'s evidence.' },
    refs: { description: 'JSON object: component name -> pinned image ref or sha256:<hex> file digest.' },
  },
  settings: z
    .object({
      sha: inputs.sha(),
      'github-token': inputs.text(),
      'artifacts-dir': z.string(),
      workflow: inputs.text(),
      environment: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'must be an environment name (letters, digits, _ . -)').optional(),
      'run-id': z
        .string()
        .regex(/^[1-9][0-9]*$/, 'must be a workflow run id (a positive number)')
        .optional()
        .transform((value) => (value === undefined ? undefined : Number(value))),
      rollback: inputs.boolean(false),
    })
    .superRefine((raw, ctx) => {
      if (raw.rollback && raw.sha !== undefined) ctx.addIssue({ code: 'custom', path: ['sha'], message: 'cannot be given with rollback: true, which finds the SHA in the environment\'s deployments' })
      if (raw.rollback && raw.environment === undefined) ctx.addIssue({ code: 'custom', path: ['environment'], message: 'is needed with rollback: true: the environment whose deployments say what ran there before' })
      if (!raw.rollback && raw.sha === undefined) ctx.addIssue({ code: 'custom', path: ['sha'], message: 'is required (the SHA whose package to replay), unless rollback is true' })
    }),
  // A rollback's SHA is found by the run: nothing to append to before it is known.
  timing: (settings, context) => (settings.sha === undefined ? undefined : { store: context.openStore(settings['artifacts-dir']), sha: settings.sha }),
  async run(settings, context) {
    const { environment, logger } = context
    const repository = resolveRepository(environment)
    const token = tokenOrEnvironment(settings['github-token'], logger)
    if (!token) throw new ConfigurationError("input 'github-token': a token with actions: read is needed to find the run and download its artifact; pass ${{ github.token }}")
    const api = new GitHubRestApi({ token, apiUrl: environment.apiUrl, repository })
    const sha = settings.rollback ? await rollbackTarget(api, settings.environment!, logger) : settings.sha!
    // The replay and the artifact store load once the inputs are known good, so that a bad input fails fast.
    const { fetchReleasePackage } = await import('../stages/replay.js')
    const { otherRunEvidence } = await import('../evidence/github-artifact-store.js')
    const result = await fetchReleasePackage(
      { sha, repository, workflow: settings.workflow, runId: settings['run-id'], environment: settings.environment },
      {
        runs: api,
        deployments: api,
        openRun: (runId) => otherRunEvidence({ runId, repository, token }, logger),
        target: context.openStore(settings['artifacts-dir']),
        logger,
      },
    )
    const runUrl = result.run.url ?? `${environment.serverUrl}/${repository}/actions/runs/${result.run.id}`
    return {
      outputs: {
        sha,
        'run-id': String(result.run.id),
        'run-url': runUrl,
        'package-digest': result.manifest.digest,
        'manifest-path': result.path,
        refs: JSON.stringify(result.refs),
      },
      summary: fetchReleasePackageSummary(result, { sha, runUrl, rollbackOf: settings.rollback ? settings.environment : undefined }),
    }
  },
})

/** The job summary: what is replayed and from where, each component's ref, the full digests collapsed. */
export function fetchReleasePackageSummary(result: ReplayResult, context: { sha: string; runUrl: string; rollbackOf?: string }): string {
  const refs = Object.entries(result.refs)
  return [
    `### fetch-release-package: ${statusIcon('success')} verified`,
    '',
    ...(context.rollbackOf !== undefined ? [`Rollback of ${code(context.rollbackOf)}: ${code(context.sha)} ran there before what runs there now.`, ''] : []),
    `Replaying package ${code(shortDigest(result.manifest.digest))} of ${code(context.sha)} from [run ${result.run.id}](${context.runUrl}) (${escapeText(describeReplaySource(result.run))}), verified (contract, digest, SHA).`,
    result.carried.length > 0 ? `Carried over: ${escapeText(result.carried.join(', '))}.` : 'No commit-stage evidence in that run.',
    '',
    ...(refs.length > 0
      ? [
          `${plural(refs.length, 'component')}:`,
          '',
          '| component | ref |',
          '| --- | --- |',
          ...refs.map(([component, ref]) => `| ${escapeCell(component)} | ${codeCell(shortDigest(ref))} |`),
          '',
        ]
      : []),
    `Manifest: ${code(result.path)}`,
    '',
    ...digestDetails([['package', result.manifest.digest], ...refs.filter(([, ref]) => hasFullDigest(ref))]),
  ].join('\n')
}

/** The SHA a rollback of the environment goes back to, or what the user can do when there is none. */
async function rollbackTarget(api: GitHubRestApi, environment: string, logger: Logger): Promise<string> {
  const { previousDeployment } = await import('../stages/environment-deployments.js')
  const found = await previousDeployment(api, environment, logger)
  if (!found) throw new ConfigurationError(`rollback: no shipgate deployment of ${environment} is live, so nothing is known to run there and there is nothing to roll back from`)
  if (!found.previous) {
    throw new ConfigurationError(
      `rollback: ${found.current.sha} runs in ${environment} (GitHub deployment ${found.current.id}), and no earlier deployment there of an older package succeeded; replay a SHA explicitly instead`,
    )
  }
  logger.info(`Rollback of ${environment}: ${found.current.sha} runs there (GitHub deployment ${found.current.id}); going back to ${found.previous.sha} (GitHub deployment ${found.previous.id}).`)
  return found.previous.sha
}
