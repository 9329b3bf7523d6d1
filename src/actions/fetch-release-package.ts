// The fetch-release-package action (the replay's first step): inputs -> fetchReleasePackage ->
// run-id, package-digest, manifest-path, refs.
import { z } from 'zod'
import { ConfigurationError } from '../errors.js'
import { otherRunEvidence } from '../evidence/github-artifact-store.js'
import { defineAction, inputs } from '../platform/action.js'
import { GitHubRestApi } from '../platform/github-api.js'
import { resolveRepository } from '../platform/run-environment.js'
import { describeReplaySource, fetchReleasePackage } from '../stages/replay.js'
import { artifactsDirInput, tokenOrEnvironment } from './common-inputs.js'

export const fetchReleasePackageAction = defineAction({
  name: 'fetch-release-package',
  description:
    'For a replay: find the run that holds a SHA\'s release package (named by a deployment of the environment, a successful push run, or a push run whose evidence has a YES release decision), download its release-package-<sha> artifact, verify the manifest (contract, its own digest, the SHA) and put it, with the commit-stage evidence, into this run\'s evidence. Never builds; fails closed when the run, the artifact or the verification is missing.',
  branding: { icon: 'rotate-ccw', color: 'blue' },
  inputs: {
    sha: { description: 'The SHA whose release package to replay (the workflow_dispatch input release_package_sha).', required: true },
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
  },
  outputs: {
    'run-id': { description: 'The run the package came from.' },
    'run-url': { description: 'The web address of that run.' },
    'package-digest': { description: 'The verified package digest.' },
    'manifest-path': { description: 'The path of the verified manifest in this run\'s evidence.' },
    refs: { description: 'JSON object: component name -> pinned image ref or sha256:<hex> file digest.' },
  },
  settings: z.object({
    sha: inputs.sha().transform((sha) => sha!),
    'github-token': inputs.text(),
    'artifacts-dir': z.string(),
    workflow: inputs.text(),
    environment: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'must be an environment name (letters, digits, _ . -)').optional(),
    'run-id': z
      .string()
      .regex(/^[1-9][0-9]*$/, 'must be a workflow run id (a positive number)')
      .optional()
      .transform((value) => (value === undefined ? undefined : Number(value))),
  }),
  timing: (settings, context) => ({ store: context.openStore(settings['artifacts-dir']), sha: settings.sha }),
  async run(settings, context) {
    const { environment, logger } = context
    const repository = resolveRepository(environment)
    const token = tokenOrEnvironment(settings['github-token'], logger)
    if (!token) throw new ConfigurationError("input 'github-token': a token with actions: read is needed to find the run and download its artifact; pass ${{ github.token }}")
    const api = new GitHubRestApi({ token, apiUrl: environment.apiUrl, repository })
    const result = await fetchReleasePackage(
      { sha: settings.sha, repository, workflow: settings.workflow, runId: settings['run-id'], environment: settings.environment },
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
        'run-id': String(result.run.id),
        'run-url': runUrl,
        'package-digest': result.manifest.digest,
        'manifest-path': result.path,
        refs: JSON.stringify(result.refs),
      },
      summary: [
        '### fetch-release-package',
        '',
        `Replaying package \`${result.manifest.digest}\` of \`${settings.sha}\` from [run ${result.run.id}](${runUrl}) (${describeReplaySource(result.run)}), verified (contract, digest, SHA).`,
        result.carried.length ? `Carried over: ${result.carried.join(', ')}.` : 'No commit-stage evidence in that run.',
        '',
      ].join('\n'),
    }
  },
})
