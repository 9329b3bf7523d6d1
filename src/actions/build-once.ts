// The build-once action: inputs -> buildOnce -> manifest-path, package-digest.
import { dirname, resolve } from 'node:path'
import { z } from 'zod'
import { ConfigurationError } from '../errors.js'
import { defineAction, inputs } from '../platform/action.js'
import { code, codeCell, digestDetails, escapeCell, escapeText, plural, shortDigest } from '../platform/markdown.js'
import { GitHubRestApi } from '../platform/github-api.js'
import { resolveRepository, resolveSha } from '../platform/run-environment.js'
import { RELEASE_PACKAGE_SCHEMA_V1, type ReleasePackageManifest } from '../contracts/release-package.js'
import { artifactsDirInput, configInput, shaInput, tokenOrEnvironment, WORKFLOW_TOKEN } from './common-inputs.js'

export const buildOnceAction = defineAction({
  name: 'build-once',
  description: 'Build the release package once per commit: digest-pinned images or file digests (or the current digests when the runtime did not change), sealed in one manifest.',
  branding: { icon: 'package', color: 'blue' },
  inputs: {
    sha: shaInput,
    'artifacts-dir': artifactsDirInput,
    config: configInput,
    'release-manifest': {
      description:
        "A YAML multi-repo release manifest, the playbook's template: release_id, description, commits per repository (owner/name: a SHA, or a tag resolved to its commit), images per component (digest-pinned, or a tag ref pinned from build.images' buildx metadata), migrations per repository (a revision id, an ordered list, or { file: path } relative to the manifest), feature_flags. Resolved and sealed into the package's release section; shipgate's earlier camelCase shape is still read. Default: build.releaseManifest in the config.",
    },
    'release-clones': {
      description:
        'A folder holding local clones as <owner>/<name>: a tag in the release manifest\'s commits for a repository cloned there is resolved there (git rev-parse), else through the GitHub API with github-token.',
    },
    'runtime-changed': {
      description: 'true or false: whether the runtime changed. Used only when there is no commit-stage evidence for the SHA; default true (build).',
    },
    'capture-from': {
      description:
        'Where an unchanged runtime\'s components come from. evidence: the newest package whose release decision said YES, in this run\'s evidence (and SHIPGATE_EVIDENCE_RUN_ID\'s run). deployment: the package that runs in `environment`, by its GitHub deployments (the newest deploy-gate deployment with a success status), read from the run that built it; needs github-token with `deployments: read` and `actions: read`.',
      default: 'evidence',
    },
    environment: { description: 'With capture-from: deployment, the environment whose running package is captured.', default: 'production' },
    'github-token': {
      description:
        'With capture-from: deployment, a token with `deployments: read` and `actions: read` (on a runner: the job\'s token); for tags in the release manifest\'s commits not resolved in release-clones, a token with `contents: read` on those repositories (the job\'s token reads only its own). Without one (the local command): the GITHUB_TOKEN environment variable.',
      runnerDefault: WORKFLOW_TOKEN,
      secret: true,
    },
  },
  outputs: {
    'manifest-path': { description: 'The path of the release-package manifest.' },
    'package-digest': { description: 'The digest of the package (sha256:<hex> of the manifest\'s canonical JSON).' },
    'runtime-mode': { description: 'built, or captured when the runtime did not change.' },
  },
  settings: z.object({
    sha: inputs.sha(),
    'artifacts-dir': z.string(),
    config: inputs.text(),
    'release-manifest': inputs.text(),
    'release-clones': inputs.text(),
    'runtime-changed': z
      .enum(['true', 'false'], { message: "must be 'true' or 'false'" })
      .optional()
      .transform((value) => (value === undefined ? undefined : value === 'true')),
    'capture-from': z.enum(['evidence', 'deployment'], { message: "must be 'evidence' or 'deployment'" }),
    environment: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'must be an environment name (letters, digits, _ . -)'),
    'github-token': inputs.text(),
  }),
  timing: (settings, context) => ({ store: context.openStore(settings['artifacts-dir']), sha: resolveSha(settings.sha, context.environment) }),
  async run(settings, context) {
    const { environment } = context
    const sha = resolveSha(settings.sha, environment)
    // The config schemas, the release manifest's reader, the stage and the artifact store load once
    // the inputs are known good, so that a bad input fails fast.
    const { loadConfig } = await import('../config/shipgate-config.js')
    const { readReleaseManifest } = await import('../config/release-manifest.js')
    const { buildOnce } = await import('../stages/build-once.js')
    const { otherRunEvidence } = await import('../evidence/github-artifact-store.js')
    const { config, path: configPath } = await loadConfig(settings.config)
    // The config's manifest path is relative to the config file, wherever the command runs.
    const manifestPath = settings['release-manifest'] ?? (config.build.releaseManifest ? resolve(dirname(configPath), config.build.releaseManifest) : undefined)
    const releaseManifest = manifestPath ? await readReleaseManifest(manifestPath) : undefined
    const repository = resolveRepository(environment)
    const fromDeployment = settings['capture-from'] === 'deployment'
    const token = tokenOrEnvironment(settings['github-token'], context.logger)
    if (fromDeployment && !token) {
      throw new ConfigurationError("input 'github-token': capture-from: deployment reads the environment's GitHub deployments and the artifacts of the run that built its package; pass a token with deployments: read and actions: read (${{ github.token }})")
    }
    const result = await buildOnce(
      {
        sha,
        repository,
        source: {
          workflow: environment.workflow,
          runId: environment.runId,
          runAttempt: environment.runAttempt,
          event: environment.eventName,
          ref: environment.ref,
        },
        build: config.build,
        configPath,
        workspace: environment.workspace,
        releaseManifest,
        releaseClones: settings['release-clones'],
        runtimeChanged: settings['runtime-changed'],
        captureFrom: fromDeployment ? { environment: settings.environment } : undefined,
      },
      {
        store: context.openStore(settings['artifacts-dir']),
        exec: context.exec,
        logger: context.logger,
        clock: context.clock,
        tags: token ? (tagged) => new GitHubRestApi({ token, apiUrl: environment.apiUrl, repository: tagged }) : undefined,
        deployed: fromDeployment && token
          ? {
              deployments: new GitHubRestApi({ token, apiUrl: environment.apiUrl, repository }),
              openRun: (runId) => otherRunEvidence({ runId, repository, token }, context.logger),
            }
          : undefined,
      },
    )
    const { manifest } = result
    return {
      outputs: { 'manifest-path': result.path, 'package-digest': manifest.digest, 'runtime-mode': manifest.runtime.mode },
      summary: buildOnceSummary(result.manifest, result.path, result.reused),
    }
  },
})

/** The job summary: the package, how each component is pinned, the release it carries, and where the manifest is. */
export function buildOnceSummary(manifest: ReleasePackageManifest, path: string, reused: boolean): string {
  const pinned = (component: ReleasePackageManifest['components'][number]) => (component.kind === 'image' ? component.ref : `${component.path} sha256:${component.sha256}`)
  return [
    `### build-once${reused ? ' (package already built: reused)' : ''}`,
    '',
    `Package ${code(shortDigest(manifest.digest))} for ${code(manifest.sha)}, runtime **${manifest.runtime.mode}**${manifest.runtime.mode === 'captured' ? ` from ${code(manifest.runtime.fromSha)}` : ''}; ${plural(manifest.components.length, 'component')}.`,
    '',
    '| component | pinned to |',
    '| --- | --- |',
    ...manifest.components.map((component) => `| ${escapeCell(component.name)} | ${codeCell(shortDigest(pinned(component)))} |`),
    '',
    ...releaseSummary(manifest),
    `Evidence: ${code(path)}`,
    '',
    ...digestDetails([['package', manifest.digest], ...manifest.components.map((component) => [component.name, pinned(component)] as const)]),
  ].join('\n')
}

/** The release section in the summary: the id and each repository's commit, with how a tag became it. */
function releaseSummary(manifest: ReleasePackageManifest): string[] {
  const { release } = manifest
  const commits = Object.entries(release.commits)
  if (release.id === undefined && commits.length === 0) return []
  const resolutions = manifest.schema === RELEASE_PACKAGE_SCHEMA_V1 ? [] : manifest.release.resolutions
  return [
    `Release ${release.id === undefined ? '' : `**${escapeText(release.id)}**`}${release.description ? `: ${escapeText(release.description)}` : ''}`,
    '',
    ...(commits.length > 0 ? ['| repository | commit | from |', '| --- | --- | --- |'] : []),
    ...commits.map(([repository, sha]) => {
      const resolution = resolutions.find((each) => each.repository === repository)
      return `| ${escapeCell(repository)} | ${codeCell(sha)} | ${resolution ? `tag ${codeCell(resolution.tag)} (${escapeCell(resolution.via)})` : 'SHA as written'} |`
    }),
    '',
  ]
}
