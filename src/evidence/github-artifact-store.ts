// The GitHub-artifact evidence backend: the local folder stays the working copy, every contract a
// stage writes is uploaded as one artifact per kind and SHA, and a read first downloads the newest
// artifact of that kind and SHA (this run's, else the source run's for a replay) into the folder,
// where the store's validated read checks it (schema, SHA, the manifest's own digest).
// @actions/artifact is loaded on the first transfer, never at start-up.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SHA_PATTERN } from '../contracts/common.js'
import { contractKinds, contracts, type ContractKind, type ContractValue, type FieldProblem } from '../contracts/index.js'
import { ConfigurationError, EvidenceError, errorMessage } from '../errors.js'
import type { Logger } from '../platform/logger.js'
import { readEvidenceFile } from './evidence-file.js'
import type { LockWait } from './lock-file.js'
import { LocalEvidenceStore, writeFileAtomic } from './local-store.js'
import { assertSha, type EvidenceRead, type EvidenceStore, type EvidenceWrite } from './store.js'

/** Another workflow run whose artifacts are read (a replay): the token needs `actions: read`. */
export interface ArtifactSourceRun {
  runId: number
  /** owner/name. */
  repository: string
  token: string
}

export interface GitHubArtifactStoreOptions {
  /** The local working copy (the artifacts folder). */
  location: string
  /** Read from this run when the current run has no artifact of a kind and SHA. */
  source?: ArtifactSourceRun
  /** Read only from the source run, never from this one (a replay taking another run's package). */
  sourceOnly?: boolean
  /** Artifact retention, 1 to 90 days; default: the repository's setting. */
  retentionDays?: number
  /** Put before every artifact name (`env.staging.`): the evidence of one environment or shard. */
  namePrefix?: string
  logger: Logger
}

/** What the store needs of @actions/artifact's client (its DefaultArtifactClient fits). */
export interface ArtifactClientLike {
  uploadArtifact(name: string, files: string[], rootDirectory: string, options?: { retentionDays?: number }): Promise<{ id?: number; size?: number; digest?: string }>
  listArtifacts(options?: { findBy?: FindBy }): Promise<{ artifacts: ArtifactRecord[] }>
  downloadArtifact(artifactId: number, options?: { path?: string; expectedHash?: string; findBy?: FindBy }): Promise<{ downloadPath?: string; digestMismatch?: boolean }>
}

export interface ArtifactRecord {
  name: string
  id: number
  size?: number
  digest?: string
}

interface FindBy {
  token: string
  workflowRunId: number
  repositoryOwner: string
  repositoryName: string
}

/** Characters GitHub refuses in an artifact name. */
const FORBIDDEN_NAME_CHARACTERS = /[":<>|*?\\/]/

/**
 * The artifact of a kind and SHA: `<kind>-<sha>` (the release package: `release-package-<sha>`).
 * Artifacts are immutable and a name is unique within a run, so a later revision of a contract that
 * changes (the pipeline timing every stage appends to) is uploaded as `<kind>-<sha>-r<n>`.
 */
export function evidenceArtifactName(kind: ContractKind, sha: string, revision = 0, namePrefix = ''): string {
  const name = `${namePrefix}${contracts[kind].kind}-${assertSha(sha)}${revision > 0 ? `-r${revision}` : ''}`
  if (FORBIDDEN_NAME_CHARACTERS.test(name)) throw new Error(`bug: artifact name ${name} has a character GitHub refuses`)
  return name
}

/** The kind, SHA and revision an evidence artifact's name stands for; undefined for other artifacts. */
export function parseEvidenceArtifactName(name: string, namePrefix = ''): { kind: ContractKind; sha: string; revision: number } | undefined {
  for (const kind of contractKinds) {
    const prefix = `${namePrefix}${contracts[kind].kind}-`
    if (!name.startsWith(prefix)) continue
    const match = /^([0-9a-f]{40})(?:-r([1-9][0-9]*))?$/.exec(name.slice(prefix.length))
    if (match) return { kind, sha: match[1]!, revision: match[2] ? Number(match[2]) : 0 }
  }
  return undefined
}

/** The newest revision of a kind and SHA among a run's artifacts (the highest id breaks a tie). */
export function latestEvidenceArtifact(artifacts: ArtifactRecord[], kind: ContractKind, sha: string, namePrefix = ''): (ArtifactRecord & { revision: number }) | undefined {
  let latest: (ArtifactRecord & { revision: number }) | undefined
  for (const artifact of artifacts) {
    const parsed = parseEvidenceArtifactName(artifact.name, namePrefix)
    if (!parsed || parsed.kind !== kind || parsed.sha !== sha) continue
    if (!latest || parsed.revision > latest.revision || (parsed.revision === latest.revision && artifact.id > latest.id)) {
      latest = { ...artifact, revision: parsed.revision }
    }
  }
  return latest
}

/** Fails with what to do when the step has no artifact service (not a JavaScript action step on a runner). */
export function requireArtifactRuntime(env: NodeJS.ProcessEnv = process.env): void {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((name) => !env[name])
  if (missing.length > 0) {
    throw new ConfigurationError(
      `evidence backend github-artifact: ${missing.join(' and ')} not set; the runner gives them to JavaScript action steps. ` +
        'Run the action as a step of a GitHub Actions job, or use the local backend (SHIPGATE_EVIDENCE_BACKEND=local)',
    )
  }
}

interface Pulled {
  /** Where the contract came from, for messages; undefined when no artifact had it. */
  origin?: string
  problems: FieldProblem[]
}

export class GitHubArtifactStore implements EvidenceStore {
  private readonly local: LocalEvidenceStore
  private client: Promise<ArtifactClientLike> | undefined
  private readonly pulled = new Map<string, Promise<Pulled>>()
  /** Kind/SHA pairs whose current content is known to be in an artifact of this run. */
  private readonly uploaded = new Set<string>()

  constructor(private readonly options: GitHubArtifactStoreOptions, client?: ArtifactClientLike, sharedClient?: Promise<ArtifactClientLike>) {
    this.local = new LocalEvidenceStore(options.location)
    if (options.sourceOnly && !options.source) throw new Error('bug: sourceOnly without a source run')
    if (client) this.client = Promise.resolve(client)
    else if (sharedClient) this.client = sharedClient
    if (options.retentionDays !== undefined && !(Number.isInteger(options.retentionDays) && options.retentionDays >= 1 && options.retentionDays <= 90)) {
      throw new ConfigurationError(`artifact retention: ${options.retentionDays} days is not a whole number from 1 to 90`)
    }
  }

  get location(): string {
    return this.local.location
  }

  private get namePrefix(): string {
    return this.options.namePrefix ?? ''
  }

  /** A store for a subfolder whose artifacts carry the segments in their names; it shares this one's client. */
  within(segments: readonly string[]): EvidenceStore {
    const client = this.client
    return new GitHubArtifactStore(
      { ...this.options, location: join(this.location, ...segments), namePrefix: `${this.namePrefix}${segments.join('.')}.` },
      undefined,
      client,
    )
  }

  pathOf(kind: ContractKind, sha: string): string {
    return this.local.pathOf(kind, sha)
  }

  async read<K extends ContractKind>(kind: K, sha: string): Promise<EvidenceRead<K>> {
    const path = this.pathOf(kind, sha)
    let pulled: Awaited<ReturnType<typeof this.pull>>
    try {
      pulled = await this.pull(kind, sha)
    } catch (error) {
      // Evidence that cannot be fetched is evidence that cannot be trusted: a NO with the reason,
      // so a release decision is still written (and the workflow can still notify).
      if (!(error instanceof EvidenceError)) throw error
      return { state: 'invalid', kind, path, problems: [{ field: '(artifact)', message: errorMessage(error) }] }
    }
    if (pulled.problems.length > 0) return { state: 'invalid', kind, path, problems: pulled.problems }
    const read = await this.local.read(kind, sha)
    if (read.state === 'invalid' && pulled.origin) {
      return { ...read, problems: read.problems.map((problem) => ({ ...problem, message: `${problem.message} (downloaded from ${pulled.origin})` })) }
    }
    return read
  }

  async write<K extends ContractKind>(kind: K, sha: string, value: ContractValue<K>): Promise<EvidenceWrite> {
    // An immutable contract already uploaded in this run must be compared, not uploaded twice.
    await this.pull(kind, sha)
    const written = await this.local.write(kind, sha, value)
    const key = keyOf(kind, sha)
    if (written.written || !this.uploaded.has(key)) {
      await this.upload(kind, sha)
      this.uploaded.add(key)
    }
    return written
  }

  /** The working copy's lock: jobs on other runners have working copies of their own. */
  exclusively<T>(kind: ContractKind, sha: string, wait: LockWait, work: () => Promise<T>): Promise<T> {
    return this.local.exclusively(kind, sha, wait, work)
  }

  async listShas(kind: ContractKind): Promise<string[]> {
    const shas = new Set(await this.local.listShas(kind))
    const client = await this.artifactClient()
    const runs: Array<ArtifactSourceRun | undefined> = [...(this.options.sourceOnly ? [] : [undefined]), ...(this.options.source ? [this.options.source] : [])]
    for (const run of runs) {
      for (const artifact of await this.list(client, run)) {
        const parsed = parseEvidenceArtifactName(artifact.name, this.namePrefix)
        if (parsed?.kind === kind && SHA_PATTERN.test(parsed.sha)) shas.add(parsed.sha)
      }
    }
    return [...shas].sort()
  }

  private pull(kind: ContractKind, sha: string): Promise<Pulled> {
    const key = keyOf(kind, assertSha(sha))
    let pulled = this.pulled.get(key)
    if (!pulled) {
      pulled = this.download(kind, sha)
      this.pulled.set(key, pulled)
    }
    return pulled
  }

  /** Brings the newest artifact of a kind and SHA into the working copy; the local read then validates it. */
  private async download(kind: ContractKind, sha: string): Promise<Pulled> {
    const client = await this.artifactClient()
    let run: ArtifactSourceRun | undefined
    let found = this.options.sourceOnly ? undefined : latestEvidenceArtifact(await this.list(client, undefined), kind, sha, this.namePrefix)
    if (!found && this.options.source) {
      run = this.options.source
      found = latestEvidenceArtifact(await this.list(client, run), kind, sha, this.namePrefix)
    }
    if (!found) return { problems: [] }
    const origin = `artifact ${found.name} of ${run ? `run ${run.runId}` : 'this run'}`
    const relative = join(contracts[kind].kind, sha, contracts[kind].file)
    const scratch = await mkdtemp(join(tmpdir(), 'shipgate-artifact-'))
    try {
      let digestMismatch: boolean | undefined
      try {
        ;({ digestMismatch } = await client.downloadArtifact(found.id, {
          path: scratch,
          ...(found.digest ? { expectedHash: found.digest.startsWith('sha256:') ? found.digest : `sha256:${found.digest}` } : {}),
          ...(run ? { findBy: findByOf(run) } : {}),
        }))
      } catch (error) {
        throw new EvidenceError(`${this.pathOf(kind, sha)}: cannot download ${origin}: ${errorMessage(error)}`, { file: this.pathOf(kind, sha) })
      }
      if (digestMismatch) {
        return { origin, problems: [{ field: '(artifact)', message: `${origin}: the downloaded archive does not match the digest recorded at upload; it changed in storage` }] }
      }
      const downloaded = await readEvidenceFile(scratch, join(scratch, relative))
      if (downloaded.state === 'missing') {
        return { origin, problems: [{ field: '(file)', message: `${origin} holds no ${relative}` }] }
      }
      if (downloaded.state === 'refused') {
        return { origin, problems: [{ field: '(file)', message: `${relative} in ${origin} ${downloaded.problem.message}` }] }
      }
      const text = downloaded.text
      const path = this.pathOf(kind, sha)
      const working = await readEvidenceFile(this.location, path)
      const current = working.state === 'read' ? working.text : undefined
      if (contracts[kind].immutable && working.state !== 'missing' && current !== text) {
        return { origin, problems: [{ field: '(file)', message: `the working copy differs from ${origin}; a ${kind} must not change once written` }] }
      }
      if (current !== text) await writeFileAtomic(path, text)
      if (!run) this.uploaded.add(keyOf(kind, sha))
      this.options.logger.debug(`Downloaded ${origin} into ${path}`)
      return { origin, problems: [] }
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }

  private async upload(kind: ContractKind, sha: string): Promise<void> {
    const client = await this.artifactClient()
    const path = this.pathOf(kind, sha)
    const immutable = contracts[kind].immutable
    const latest = latestEvidenceArtifact(await this.list(client, undefined), kind, sha, this.namePrefix)
    if (immutable && latest) {
      throw new EvidenceError(`${path}: this run already has ${latest.name} and a ${kind} must not change once written`, { file: path })
    }
    let revision = latest ? latest.revision + 1 : 0
    // Another job of the run may take the same revision at the same moment: then take the next.
    for (let attempt = 0; ; attempt++) {
      const name = evidenceArtifactName(kind, sha, revision, this.namePrefix)
      try {
        const uploaded = await client.uploadArtifact(name, [path], this.location, this.options.retentionDays ? { retentionDays: this.options.retentionDays } : {})
        this.options.logger.info(`Uploaded ${path} as artifact ${name}${uploaded.digest ? ` (sha256:${uploaded.digest})` : ''}`)
        return
      } catch (error) {
        const conflict = /409|already exists/i.test(errorMessage(error))
        if (!conflict || immutable || attempt >= 4) {
          throw new EvidenceError(`${path}: cannot upload artifact ${name}: ${errorMessage(error)}`, { file: path })
        }
        revision++
      }
    }
  }

  private async list(client: ArtifactClientLike, run: ArtifactSourceRun | undefined): Promise<ArtifactRecord[]> {
    try {
      return (await client.listArtifacts(run ? { findBy: findByOf(run) } : {})).artifacts
    } catch (error) {
      const where = run ? `run ${run.runId} of ${run.repository} (the token needs actions: read)` : 'this run'
      throw new EvidenceError(`cannot list the artifacts of ${where}: ${errorMessage(error)}`)
    }
  }

  private artifactClient(): Promise<ArtifactClientLike> {
    this.client ??= (async () => {
      requireArtifactRuntime()
      const { DefaultArtifactClient } = await loadArtifactPackage()
      return new DefaultArtifactClient() as unknown as ArtifactClientLike
    })()
    return this.client
  }
}

/**
 * Another run's evidence, read-only: its artifacts land in a scratch copy, so only what a stage
 * verifies and writes reaches this run's evidence (a replay's package, a captured runtime).
 */
export function otherRunEvidence(source: ArtifactSourceRun, logger: Logger): GitHubArtifactStore {
  // Under RUNNER_TEMP, which the runner empties after every job; tmpdir() only off a runner, where
  // nothing else would: the copy is this process's alone, so it goes when the process does.
  const location = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), `shipgate-run-${source.runId}-`))
  process.once('exit', () => rmSync(location, { recursive: true, force: true }))
  return new GitHubArtifactStore({ location, source, sourceOnly: true, logger })
}

// Bundled, @actions/artifact is 5 MB: rather than every action's bundle carrying a copy, dist/ has
// one shared bundle of it (dist/artifact-client, built from src/entrypoints/artifact-client.ts)
// that an action loads from beside its own folder. From source, the package is imported as it is.
const SHARED_ARTIFACT_BUNDLE = '../artifact-client/index.js'

async function loadArtifactPackage(): Promise<typeof import('@actions/artifact')> {
  const shared = new URL(SHARED_ARTIFACT_BUNDLE, import.meta.url)
  if (existsSync(fileURLToPath(shared))) return (await import(/* webpackIgnore: true */ shared.href)) as typeof import('@actions/artifact')
  return import(/* webpackIgnore: true */ '@actions/artifact')
}

function keyOf(kind: ContractKind, sha: string): string {
  return `${kind}/${sha}`
}

function findByOf(run: ArtifactSourceRun): FindBy {
  const [repositoryOwner, repositoryName] = run.repository.split('/')
  if (!repositoryOwner || !repositoryName) throw new ConfigurationError(`evidence source repository '${run.repository}' is not owner/name`)
  return { token: run.token, workflowRunId: run.runId, repositoryOwner, repositoryName }
}
