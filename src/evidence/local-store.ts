// The local-folder evidence backend: the `.artifacts/` folder, written atomically.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { SHA_PATTERN } from '../contracts/common.js'
import { contracts, type ContractKind, type ContractValue } from '../contracts/index.js'
import { ConfigurationError, EvidenceError } from '../errors.js'
import { DEFAULT_ARTIFACTS_DIR } from './artifacts-dir.js'
import { createFileExclusive, writeFileAtomic } from './atomic-file.js'
import { readEvidenceFile, readRegularFile } from './evidence-file.js'
import { withLockFile, type LockWait } from './lock-file.js'
import { assertSha, parseEvidence, serializeEvidence, type EvidenceRead, type EvidenceStore, type EvidenceWrite } from './store.js'

const LOCKS_FOLDER = '.locks'

// Where the mail and delivery state writers have always imported them from.
export { createFileExclusive, writeFileAtomic }
export { DEFAULT_ARTIFACTS_DIR }

/**
 * A state file's text (the mail ledger, the send log), or undefined when there is none. Symlinks
 * are followed; a FIFO, device or folder in its place is refused at once instead of blocking.
 */
export async function readTextIfPresent(path: string): Promise<string | undefined> {
  const read = await readRegularFile(path, Number.MAX_SAFE_INTEGER, 'this file', true)
  if (read.state === 'missing') return undefined
  if (read.state === 'refused') throw new ConfigurationError(`${path}: ${read.reason}`, { file: path })
  return read.bytes.toString('utf8')
}

export class LocalEvidenceStore implements EvidenceStore {
  constructor(readonly location: string = DEFAULT_ARTIFACTS_DIR) {}

  pathOf(kind: ContractKind, sha: string): string {
    return join(this.location, contracts[kind].kind, assertSha(sha), contracts[kind].file)
  }

  async read<K extends ContractKind>(kind: K, sha: string): Promise<EvidenceRead<K>> {
    const path = this.pathOf(kind, sha)
    const file = await readEvidenceFile(this.location, path)
    if (file.state === 'missing') return { state: 'missing', kind, path }
    if (file.state === 'refused') return { state: 'invalid', kind, path, problems: [file.problem] }
    const parsed = parseEvidence(kind, file.text)
    if (!parsed.ok) return { state: 'invalid', kind, path, problems: parsed.problems }
    return { state: 'valid', kind, path, value: parsed.value, digest: parsed.digest }
  }

  async write<K extends ContractKind>(kind: K, sha: string, value: ContractValue<K>): Promise<EvidenceWrite> {
    const path = this.pathOf(kind, sha)
    const text = serializeEvidence(kind, sha, value)
    const digest = parseEvidence(kind, text)
    if (!digest.ok) throw new Error('bug: serialized evidence does not parse')
    if (contracts[kind].immutable) {
      if (await createFileExclusive(path, text)) return { path, digest: digest.digest, written: true }
      const file = await readEvidenceFile(this.location, path)
      const current = parseEvidence(kind, file.state === 'read' ? file.text : '')
      if (current.ok && current.digest === digest.digest) return { path, digest: digest.digest, written: false }
      throw new EvidenceError(
        `${path}: refusing to overwrite: a ${kind} must not change once written (recorded ${current.ok ? current.digest : 'an unreadable file'}, new ${digest.digest}). ` +
          'Build a new commit, or remove the file by hand if it is known to be wrong.',
        { file: path },
      )
    }
    // Whatever is there that is not this contract (bad JSON, a FIFO, a link) is replaced: the rename
    // swaps the directory entry, it never writes through a link.
    const existing = await readEvidenceFile(this.location, path)
    if (existing.state === 'read') {
      const current = parseEvidence(kind, existing.text)
      if (current.ok && current.digest === digest.digest) return { path, digest: digest.digest, written: false }
    }
    await writeFileAtomic(path, text)
    return { path, digest: digest.digest, written: true }
  }

  exclusively<T>(kind: ContractKind, sha: string, wait: LockWait, work: () => Promise<T>): Promise<T> {
    // Beside the contract folders, not in them: a folder under <kind>/ stands for evidence of a SHA.
    return withLockFile(join(this.location, LOCKS_FOLDER, `${contracts[kind].kind}-${assertSha(sha)}.lock`), work, wait)
  }

  within(segments: readonly string[]): EvidenceStore {
    return new LocalEvidenceStore(join(this.location, ...segments))
  }

  async listShas(kind: ContractKind): Promise<string[]> {
    try {
      const entries = await readdir(join(this.location, contracts[kind].kind), { withFileTypes: true })
      return entries.filter((entry) => entry.isDirectory() && SHA_PATTERN.test(entry.name)).map((entry) => entry.name)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
  }
}
