// build-once: the only place a release package is made. It builds (or, when the runtime did not
// change, captures the components of the newest YES release in the evidence, or of the package that
// runs in an environment), pins every component to a digest, resolves the release manifest (tags to
// commits, image tags to digests, migration files to digests), and seals one manifest per SHA. A
// second run for the same SHA reuses that manifest, also when the two start together: one builds.
import { PINNED_IMAGE_PATTERN } from '../contracts/common.js'
import type { ScopeFlags } from '../contracts/common.js'
import {
  RELEASE_PACKAGE_SCHEMA,
  sealReleasePackage,
  type ReleaseComponent,
  type ReleaseFieldsV2,
  type ReleasePackageBody,
  type ReleasePackageManifest,
} from '../contracts/release-package.js'
import type { BuildConfig } from '../config/shipgate-config.js'
import type { ReleaseManifest } from '../config/release-manifest.js'
import { ConfigurationError, EvidenceError } from '../errors.js'
import { requireValid, type EvidenceStore } from '../evidence/store.js'
import type { Clock } from '../platform/clock.js'
import type { Exec } from '../platform/exec.js'
import type { DeploymentsApi, GitTagsApi } from '../platform/github-api.js'
import type { Logger } from '../platform/logger.js'
import { deployedRelease } from './environment-deployments.js'
import { fileDigest, resolveInside } from './file-digest.js'
import { resolveReleaseCommits } from './release-commits.js'
import { packageRecordsManifest } from './release-fields.js'
import { newestYesRelease } from './release-history.js'
import { pinReleaseImages, readBuildxMetadata, withoutTag, type BuildxMetadata, type PinnedImages } from './release-images.js'
import { recordReleaseMigrations } from './release-migrations.js'

export interface BuildOnceInput {
  sha: string
  repository: string
  source: ReleasePackageBody['source']
  build: BuildConfig
  configPath: string
  /** The repository root: build commands run here and file paths are relative to it. */
  workspace: string
  releaseManifest?: ReleaseManifest
  /** A folder holding clones as <owner>/<name>, where the manifest's tags of those repositories are resolved. */
  releaseClones?: string
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
  /** The tags of a repository on GitHub, for tags in the release manifest's commits; absent without a token. */
  tags?: (repository: string) => GitTagsApi
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
  if (input.releaseManifest && !(await packageRecordsManifest(manifest, input.releaseManifest))) {
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
  const declared = input.releaseManifest
  // Tags and migration files first: one that does not resolve fails the step before anything is built.
  const { commits, resolutions } = declared
    ? await resolveReleaseCommits(declared, { clones: input.releaseClones, github: ports.tags, exec: ports.exec, logger })
    : { commits: {}, resolutions: [] }
  const migrations = declared ? await recordReleaseMigrations(declared, input.repository) : []
  let runtime: ReleasePackageBody['runtime']
  let components: ReleaseComponent[]
  let pinned: PinnedImages = { images: {}, imageResolutions: [] }
  const previous = scope.runtimeChanged ? undefined : await releaseToCapture(input, ports)
  if (previous) {
    logger.info(`Runtime did not change: capturing the components of ${previous.sha} (${previous.manifest.digest}), ${previous.from}.`)
    components = previous.manifest.components
    runtime = { mode: 'captured', fromSha: previous.sha, fromPackageDigest: previous.manifest.digest }
    if (declared) pinned = pinReleaseImages(declared, { notBuilt: `the runtime did not change and was captured from ${previous.sha}, not built` })
    agreeWithCaptured(pinned.images, components, previous.sha)
  } else {
    const built = await buildComponents(input, ports)
    if (declared) pinned = pinReleaseImages(declared, { metadata: built.metadata, configPath: input.configPath })
    components = withReleaseImages(input, built.components, pinned.images)
    runtime = { mode: 'built' }
  }

  const release: ReleaseFieldsV2 = {
    id: declared?.content.releaseId,
    description: declared?.content.description,
    commits,
    resolutions,
    images: pinned.images,
    imageResolutions: pinned.imageResolutions,
    migrations,
    featureFlags: declared?.content.featureFlags ?? {},
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
    release: withoutUndefined(release),
  })
  const written = await store.write('release-package', input.sha, manifest)
  logger.info(`Release package ${manifest.digest} written to ${written.path}.`)
  return { manifest, path: written.path, reused: false }
}

/** The release fields without the keys a manifest left out, so that the sealed JSON is what its digest covers. */
function withoutUndefined(release: ReleaseFieldsV2): ReleaseFieldsV2 {
  return Object.fromEntries(Object.entries(release).filter(([, value]) => value !== undefined)) as ReleaseFieldsV2
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

async function buildComponents(input: BuildOnceInput, ports: BuildOncePorts): Promise<{ components: ReleaseComponent[]; metadata: BuildxMetadata[] }> {
  const { build } = input
  for (const command of build.commands) {
    const result = await ports.logger.group(`build: ${command}`, () => ports.exec.shell(command, { cwd: input.workspace, echo: true, stopWithThisProcess: true }))
    if (result.exitCode !== 0) {
      throw new ConfigurationError(`${input.configPath}: build.commands: '${command}' failed with exit code ${result.exitCode}${tail(result.stderr)}`, { file: input.configPath })
    }
  }

  const components: ReleaseComponent[] = []
  const metadata: BuildxMetadata[] = []
  for (const image of build.images) {
    const where = `${input.configPath}: build.images '${image.name}'`
    const read = await readBuildxMetadata(input.workspace, image.metadataFile, where, input.configPath)
    metadata.push(read)
    components.push({ kind: 'image', name: image.name, ref: imageRefFromMetadata(input, image, read) })
  }
  for (const file of build.files) {
    const absolute = resolveInside(input.workspace, file.path, `${input.configPath}: build.files '${file.name}'`)
    const digest = await fileDigest(absolute)
    if (digest.state === 'missing') {
      throw new ConfigurationError(`${input.configPath}: build.files '${file.name}': ${file.path} does not exist; did the build commands produce it?`, { file: input.configPath })
    }
    if (digest.state === 'refused') {
      throw new ConfigurationError(`${input.configPath}: build.files '${file.name}': ${file.path} ${digest.reason}; a file component must be a regular file the build commands produce`, { file: input.configPath })
    }
    components.push({ kind: 'file', name: file.name, path: file.path, sha256: digest.sha256, size: digest.size })
  }
  return { components, metadata }
}

/**
 * The built components and the manifest's images together. A manifest image may name a built
 * component only to confirm it (the same pinned ref); two refs for one name are refused.
 */
function withReleaseImages(input: BuildOnceInput, built: ReleaseComponent[], images: Record<string, string>): ReleaseComponent[] {
  const components = [...built]
  for (const [name, ref] of Object.entries(images)) {
    const same = components.find((component) => component.name === name)
    if (same?.kind === 'image' && same.ref === ref) continue
    components.push({ kind: 'image', name, ref })
  }
  const names = new Set<string>()
  for (const component of components) {
    if (names.has(component.name)) {
      throw new ConfigurationError(`component '${component.name}' is declared twice (in the shipgate config, or there and in the release manifest with another ref); give each component one name`)
    }
    names.add(component.name)
  }
  if (components.length === 0) {
    throw new ConfigurationError(`${input.configPath}: nothing to package: declare build.images or build.files, or images in the release manifest`, { file: input.configPath })
  }
  return components
}

/** A captured package keeps its components: a manifest image that names one must be its ref. */
function agreeWithCaptured(images: Record<string, string>, captured: ReleaseComponent[], fromSha: string): void {
  for (const [name, ref] of Object.entries(images)) {
    const component = captured.find((each) => each.name === name)
    if (!component) continue
    const capturedRef = component.kind === 'image' ? component.ref : `the file ${component.path}`
    if (capturedRef !== ref) {
      throw new ConfigurationError(`component '${name}': the release manifest pins it to ${ref}, but the runtime did not change and the package captured from ${fromSha} holds ${capturedRef}; change the manifest, or build (runtime-changed: true)`)
    }
  }
}

/** registry/name@sha256:… from `docker buildx build --metadata-file` output. */
function imageRefFromMetadata(input: BuildOnceInput, image: BuildConfig['images'][number], metadata: BuildxMetadata): string {
  const where = `${input.configPath}: build.images '${image.name}'`
  const repository = image.repository ?? (metadata.names[0] ? withoutTag(metadata.names[0]) : undefined)
  if (!repository) {
    throw new ConfigurationError(`${where}: ${image.metadataFile} has no image.name; set repository for this image in the config`, { file: input.configPath })
  }
  const ref = `${repository}@${String(metadata.digest)}`
  if (typeof metadata.digest !== 'string' || !PINNED_IMAGE_PATTERN.test(ref)) {
    throw new ConfigurationError(`${where}: image ref '${ref}' is not pinned to a sha256 digest (containerimage.digest in ${image.metadataFile}); push the image so buildx records its digest`, { file: input.configPath })
  }
  return ref
}

function tail(text: string): string {
  const lines = text.trim().split('\n').slice(-5).join('\n')
  return lines ? `:\n${lines}` : ''
}
