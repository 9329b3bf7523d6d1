// The evidence the report reads, in either layout: an artifacts folder as the stages write it
// (`<kind>/<sha>/<file>`, `environments/<name>/…`), or a folder of evidence artifacts downloaded
// from GitHub, one folder per artifact named as the github-artifact backend names them
// (`release-<sha>`, `pipeline-<sha>-r3`, `environments.production.release-<sha>`), possibly one
// folder deeper per run. Downloaded artifacts are laid out as a store in a scratch folder, the
// newest revision of each, so that the store's validated reads judge them like any evidence.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { contractKinds, contracts, type ContractKind } from '../contracts/index.js'
import { ConfigurationError } from '../errors.js'
import { readEvidenceFile } from '../evidence/evidence-file.js'
import { parseEvidenceArtifactName } from '../evidence/github-artifact-store.js'
import { LocalEvidenceStore, writeFileAtomic } from '../evidence/local-store.js'
import { ENVIRONMENT_NAME } from '../evidence/scoped-store.js'

export interface EvidenceFolder {
  /** The folder the user gave. */
  given: string
  layout: 'artifacts-folder' | 'downloaded-artifacts'
  store: LocalEvidenceStore
  /** Path relative to the store's folder -> the downloaded artifact it came from. */
  artifactOf: Map<string, string>
  /** Downloaded files that could not be taken (a FIFO, a link out of the folder). */
  skipped: string[]
  close(): Promise<void>
}

// `environments.<name>.` before the kind: the artifacts of one environment (see scoped-store.ts).
const ENVIRONMENT_PREFIX = /^environments\.([a-z0-9][a-z0-9_-]{0,39})\./

interface FoundArtifact {
  name: string
  folder: string
  environment: string | null
  kind: ContractKind
  sha: string
  revision: number
  modifiedMs: number
}

function parseArtifactFolder(name: string): Omit<FoundArtifact, 'folder' | 'modifiedMs'> | undefined {
  const environment = ENVIRONMENT_PREFIX.exec(name)?.[1]
  const parsed = parseEvidenceArtifactName(name, environment === undefined ? '' : `environments.${environment}.`)
  if (!parsed || (environment !== undefined && !ENVIRONMENT_NAME.test(environment))) return undefined
  return { name, environment: environment ?? null, ...parsed }
}

async function subfolders(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
}

/** The evidence artifacts in the folder and, for a download per run, in its subfolders. */
async function findArtifacts(root: string): Promise<FoundArtifact[]> {
  const found: FoundArtifact[] = []
  const storeFolders = new Set<string>([...contractKinds.map((kind) => contracts[kind].kind), 'environments'])
  const visit = async (folder: string, depth: number) => {
    for (const name of await subfolders(folder)) {
      const path = join(folder, name)
      const parsed = parseArtifactFolder(name)
      if (parsed) found.push({ ...parsed, folder: path, modifiedMs: (await stat(path)).mtimeMs })
      else if (depth > 0 && !storeFolders.has(name)) await visit(path, depth - 1)
    }
  }
  await visit(root, 1)
  return found
}

/** Opens the evidence folder the user gave; close() removes the scratch copy of downloaded artifacts. */
export async function openEvidenceFolder(given: string): Promise<EvidenceFolder> {
  const stats = await stat(given).catch(() => undefined)
  if (!stats?.isDirectory()) {
    throw new ConfigurationError(`${given}: ${stats ? 'is not a folder' : 'no such folder'}; give --artifacts-dir the artifacts folder (.artifacts) or a folder of evidence artifacts downloaded from GitHub`)
  }
  const artifacts = await findArtifacts(given)
  if (artifacts.length === 0) {
    return { given, layout: 'artifacts-folder', store: new LocalEvidenceStore(given), artifactOf: new Map(), skipped: [], close: async () => undefined }
  }

  // The newest revision of each contract: the highest -r<n>, then the folder written last.
  const newest = new Map<string, FoundArtifact>()
  for (const artifact of artifacts) {
    const key = `${artifact.environment ?? ''}/${artifact.kind}/${artifact.sha}`
    const current = newest.get(key)
    if (!current || artifact.revision > current.revision || (artifact.revision === current.revision && artifact.modifiedMs > current.modifiedMs)) {
      newest.set(key, artifact)
    }
  }
  const scratch = await mkdtemp(join(tmpdir(), 'shipgate-report-'))
  try {
    const store = new LocalEvidenceStore(scratch)
    const artifactOf = new Map<string, string>()
    const skipped: string[] = []
    for (const artifact of newest.values()) {
      const inner = join(contracts[artifact.kind].kind, artifact.sha, contracts[artifact.kind].file)
      const source = join(artifact.folder, inner)
      const read = await readEvidenceFile(artifact.folder, source)
      if (read.state !== 'read') {
        skipped.push(`${relative(given, source)}: ${read.state === 'missing' ? 'missing from the artifact' : read.problem.message}`)
        continue
      }
      const target = artifact.environment === null ? join(scratch, inner) : join(scratch, 'environments', artifact.environment, inner)
      await writeFileAtomic(target, read.text)
      artifactOf.set(relative(scratch, target), artifact.name)
    }
    return { given, layout: 'downloaded-artifacts', store, artifactOf, skipped, close: () => rm(scratch, { recursive: true, force: true }) }
  } catch (error) {
    await rm(scratch, { recursive: true, force: true })
    throw error
  }
}
