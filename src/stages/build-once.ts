// build-once: the only place a release package is made. It builds (or, when the runtime did not
// change, captures the components of the newest YES release in the evidence, or of the package that
// runs in an environment), pins every component to a digest, and seals one manifest per SHA. A second
// run for the same SHA reuses that manifest, also when the two start together: one builds.
import { readUserTextFile } from '../evidence/evidence-file.js'
import { PINNED_IMAGE_PATTERN } from '../contracts/common.js'
import type { ScopeFlags } from '../contracts/common.js'
import {
  RELEASE_PACKAGE_SCHEMA,
  sealReleasePackage,
  type ReleaseComponent,
  type ReleasePackageBody,
  type ReleasePackageManifest,
} from '../contracts/release-package.js'
import { canonicalJson } from '../contracts/canonical.js'
import type { BuildConfig } from '../config/shipgate-config.js'
import type { ReleaseManifestFile } from '../config/release-manifest.js'
import { ConfigurationError, EvidenceError } from '../errors.js'
import { requireValid, type EvidenceStore } from '../evidence/store.js'
import type { Clock } from '../platform/clock.js'
import type { Exec } from '../platform/exec.js'
import type { DeploymentsApi } from '../platform/github-api.js'
import type { Logger } from '../platform/logger.js'
import { deployedRelease } from './environment-deployments.js'
import { fileDigest, resolveInside } from './file-digest.js'
import { newestYesRelease } from './release-history.js'

export interface BuildOnceInput {
  sha: string
  repository: string
  source: ReleasePackageBody['source']
  build: BuildConfig
  configPath: string
  /** The repository root: build commands run here and file paths are relative to it. */
  workspace: string
  releaseManifest?: ReleaseManifestFile
  /** Used only when there is no commit-stage evidence for the SHA. */
  runtimeChanged?: boolean
  /**
   * Where an unchanged runtime's components come from: the newest YES release in the evidence (the
   * default), or the package that runs in this environment by its GitHub deployments.
   */
  captureFrom?: { environment: string }
}

export interface BuildOncePorts {
  store: EvidenceStore
  exec: Exec
  logger: Logger
  clock: Clock
  /** For captureFrom: the environment's deployments, and the evidence of the run that holds its package. */
  deployed?: { deployments: DeploymentsApi; openRun(runId: number): EvidenceStore }
}

export interface BuildOnceResult {
  manifest: ReleasePackageManifest
  path: string
  /** True when a manifest for the SHA already existed and nothing was built or written. */
  reused: boolean
}

/** How long a run waits for another run's build of the same SHA: as long as a GitHub job may run. */
const BUILD_LOCK_WAIT_MS = 6 * 60 * 60 * 1000

export async function buildOnce(input: BuildOnceInput, ports: BuildOncePorts): Promise<BuildOnceResult> {
  const sealed = await sealedPackage(input, ports)
  if (sealed) return sealed
  // Two runs for one SHA must not both build: the second build rewrites, in the shared workspace,
  // the files whose digests the first one sealed. So one builds while the others wait; then they
  // find its package and reuse it (or, when it sealed none, the next one builds).
  const wait = {
    limitMs: BUILD_LOCK_WAIT_MS,
    onWait: (holder: string) =>
      ports.logger.info(`Another build-once run for ${input.sha} holds the build (${holder}): waiting; this run reuses the package it seals, or builds if it seals none.`),
  }
  return ports.store.exclusively('release-package', input.sha, wait, async () => (await sealedPackage(input, ports)) ?? buildAndSeal(input, ports))
}

/** The package already sealed for the SHA, reused; undefined when there is none yet. */
async function sealedPackage(input: BuildOnceInput, ports: BuildOncePorts): Promise<BuildOnceResult | undefined> {
  const existing = await ports.store.read('release-package', input.sha)
  if (existing.state === 'missing') return undefined
  const manifest = requireValid(existing).value
  if (input.releaseManifest && canonicalJson(manifest.release) !== canonicalJson(releaseFields(input.releaseManifest))) {
    throw new EvidenceError(
      `${existing.path}: release: a release package for ${input.sha} already exists with different release fields; ` +
        'a package is built once per commit, so release the change as a new commit',
      { file: existing.path },
    )
  }
  ports.logger.info(`Release package for ${input.sha} already exists (${manifest.digest}); not building again.`)
  return { manifest, path: existing.path, reused: true }
}

async function buildAndSeal(input: BuildOnceInput, ports: BuildOncePorts): Promise<BuildOnceResult> {
  const { store, logger } = ports
  const scope = await releaseScope(input, store)
  let runtime: ReleasePackageBody['runtime']
  let components: ReleaseComponent[]
  const previous = scope.runtimeChanged ? undefined : await releaseToCapture(input, ports)
  if (previous) {
    logger.info(`Runtime did not change: capturing the components of ${previous.sha} (${previous.manifest.digest}), ${previous.from}.`)
    components = previous.manifest.components
    runtime = { mode: 'captured', fromSha: previous.sha, fromPackageDigest: previous.manifest.digest }
  } else {
    components = await buildComponents(input, ports)
    runtime = { mode: 'built' }
  }

  const manifest = sealReleasePackage({
    schema: RELEASE_PACKAGE_SCHEMA,
    sha: input.sha,
    repository: input.repository,
    createdAt: ports.clock.now().toISOString(),
    source: input.source,
    scope,
    runtime,
    components,
    release: releaseFields(input.releaseManifest),
  })
  const written = await store.write('release-package', input.sha, manifest)
  logger.info(`Release package ${manifest.digest} written to ${written.path}.`)
  return { manifest, path: written.path, reused: false }
}

/**
 * What an unchanged runtime takes its components from: the package that runs in the environment, or
 * the newest YES release in the evidence. Nothing released yet (the first release of a repository,
 * or an environment nothing was deployed to) means building: there are no current digests to take.
 * A deployment or evidence that cannot be read is an error, never a reason to build.
 */
async function releaseToCapture(input: BuildOnceInput, ports: BuildOncePorts): Promise<{ sha: string; manifest: ReleasePackageManifest; from: string } | undefined> {
  if (input.captureFrom) {
    const { environment } = input.captureFrom
    if (!ports.deployed) throw new Error('bug: capture from an environment without the deployments API')
    const deployed = await deployedRelease(environment, { ...ports.deployed, logger: ports.logger })
    if (deployed) {
      return { sha: deployed.deployment.sha, manifest: deployed.manifest, from: `which runs in ${environment} (GitHub deployment ${deployed.deployment.id}, package from run ${deployed.deployment.payload.packageRunId})` }
    }
    ports.logger.info(`Runtime did not change for ${input.sha}, but nothing runs in ${environment} yet (no deploy-gate deployment of it has a success status): building the runtime, as for a first release.`)
    return undefined
  }
  const newest = await newestYesRelease(ports.store, { excludeSha: input.sha })
  if (newest) return { ...newest, from: 'the newest release with a YES decision' }
  ports.logger.info(`Runtime did not change for ${input.sha}, but no earlier release in ${ports.store.location} has a YES decision: building the runtime, as for a first release.`)
  return undefined
}

function releaseFields(file: ReleaseManifestFile | undefined): ReleasePackageBody['release'] {
  return {
    id: file?.release,
    description: file?.description,
    commits: file?.commits ?? {},
    migrations: file?.migrations ?? [],
    featureFlags: file?.featureFlags ?? {},
  }
}

/** The scope from the commit-stage evidence when there is some, else from the input. */
async function releaseScope(input: BuildOnceInput, store: EvidenceStore): Promise<ScopeFlags> {
  const read = await store.read('commit-stage', input.sha)
  if (read.state === 'missing') {
    return { runtimeChanged: input.runtimeChanged ?? true, infraChanged: false, docsChanged: false }
  }
  const evidence = requireValid(read).value
  if (!evidence.passed) {
    throw new EvidenceError(`${read.path}: passed: the commit-stage check '${evidence.check.name}' did not pass for ${input.sha}; not building a package for it`, { file: read.path })
  }
  return {
    runtimeChanged: evidence.scope.runtime.changed,
    infraChanged: evidence.scope.infra.changed,
    docsChanged: evidence.scope.docs.changed,
  }
}

async function buildComponents(input: BuildOnceInput, ports: BuildOncePorts): Promise<ReleaseComponent[]> {
  const { build } = input
  for (const command of build.commands) {
    ports.logger.info(`Building: ${command}`)
    const result = await ports.exec.shell(command, { cwd: input.workspace, echo: true })
    if (result.exitCode !== 0) {
      throw new ConfigurationError(`${input.configPath}: build.commands: '${command}' failed with exit code ${result.exitCode}${tail(result.stderr)}`, { file: input.configPath })
    }
  }

  const components: ReleaseComponent[] = []
  for (const image of build.images) {
    components.push({ kind: 'image', name: image.name, ref: await imageRefFromMetadata(input, image) })
  }
  for (const file of build.files) {
    const absolute = resolveInside(input.workspace, file.path, `${input.configPath}: build.files '${file.name}'`)
    let digest: { sha256: string; size: number }
    try {
      digest = await fileDigest(absolute)
    } catch (error) {
      throw new ConfigurationError(`${input.configPath}: build.files '${file.name}': cannot read ${file.path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); did the build commands produce it?`, { file: input.configPath })
    }
    components.push({ kind: 'file', name: file.name, path: file.path, ...digest })
  }
  for (const [name, ref] of Object.entries(input.releaseManifest?.images ?? {})) {
    components.push({ kind: 'image', name, ref })
  }

  const names = new Set<string>()
  for (const component of components) {
    if (names.has(component.name)) {
      throw new ConfigurationError(`component '${component.name}' is declared twice (shipgate config and release manifest together); give each component one name`)
    }
    names.add(component.name)
  }
  if (components.length === 0) {
    throw new ConfigurationError(`${input.configPath}: nothing to package: declare build.images or build.files, or images in the release manifest`, { file: input.configPath })
  }
  return components
}

/** registry/name@sha256:… from `docker buildx build --metadata-file` output. */
async function imageRefFromMetadata(input: BuildOnceInput, image: BuildConfig['images'][number]): Promise<string> {
  const where = `${input.configPath}: build.images '${image.name}'`
  const path = resolveInside(input.workspace, image.metadataFile, where)
  let metadata: Record<string, unknown>
  try {
    metadata = JSON.parse(await readUserTextFile(path, 'a buildx metadata file')) as Record<string, unknown>
  } catch (error) {
    throw new ConfigurationError(`${where}: cannot read the buildx metadata file ${image.metadataFile} (${(error as Error).message}); build with --metadata-file ${image.metadataFile}`, { file: input.configPath })
  }
  const digest = metadata['containerimage.digest']
  const imageNames = typeof metadata['image.name'] === 'string' ? (metadata['image.name'] as string).split(',') : []
  const repository = image.repository ?? (imageNames[0] ? withoutTag(imageNames[0].trim()) : undefined)
  if (!repository) {
    throw new ConfigurationError(`${where}: ${image.metadataFile} has no image.name; set repository for this image in the config`, { file: input.configPath })
  }
  const ref = `${repository}@${String(digest)}`
  if (typeof digest !== 'string' || !PINNED_IMAGE_PATTERN.test(ref)) {
    throw new ConfigurationError(`${where}: image ref '${ref}' is not pinned to a sha256 digest (containerimage.digest in ${image.metadataFile}); push the image so buildx records its digest`, { file: input.configPath })
  }
  return ref
}

/** ghcr.io/org/api:1.2 -> ghcr.io/org/api (a port in the registry host is not a tag). */
function withoutTag(name: string): string {
  const at = name.indexOf('@')
  if (at >= 0) return name.slice(0, at)
  const slash = name.lastIndexOf('/')
  const colon = name.lastIndexOf(':')
  return colon > slash ? name.slice(0, colon) : name
}

function tail(text: string): string {
  const lines = text.trim().split('\n').slice(-5).join('\n')
  return lines ? `:\n${lines}` : ''
}
