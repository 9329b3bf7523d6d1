// The evidence store: every contract under `<artifacts-dir>/<kind>/<sha>/<file>.json`, validated on
// the way in and on the way out. One interface; the local folder is the first backend, the GitHub
// artifact backend sits behind the same interface.
import { digestOf } from '../contracts/canonical.js'
import { SHA_PATTERN } from '../contracts/common.js'
import { contracts, schemaProblems, type ContractKind, type ContractValue, type FieldProblem } from '../contracts/index.js'
import { ConfigurationError, EvidenceError, escapeLoneSurrogates } from '../errors.js'
import { duplicateKeyProblems, unencodableJsonProblems } from './encodable-json.js'
import type { LockWait } from './lock-file.js'

export type EvidenceRead<K extends ContractKind> =
  | { state: 'missing'; kind: K; path: string }
  | { state: 'invalid'; kind: K; path: string; problems: FieldProblem[] }
  | { state: 'valid'; kind: K; path: string; value: ContractValue<K>; digest: string }

export interface EvidenceWrite {
  path: string
  digest: string
  /** False when the same content was already there and nothing was written. */
  written: boolean
}

export interface EvidenceStore {
  /** Where the evidence lives, for messages (`.artifacts`). */
  readonly location: string
  /** The path a contract has in this store, as shown to the user. */
  pathOf(kind: ContractKind, sha: string): string
  read<K extends ContractKind>(kind: K, sha: string): Promise<EvidenceRead<K>>
  write<K extends ContractKind>(kind: K, sha: string, value: ContractValue<K>): Promise<EvidenceWrite>
  /** The SHAs that have this kind of evidence. */
  listShas(kind: ContractKind): Promise<string[]>
  /**
   * Runs work while holding the store's lock on a kind and SHA (a read-modify-write of the timing,
   * a build before its package is sealed): runs on this machine that share the evidence folder
   * take turns. It does not reach other machines.
   */
  exclusively<T>(kind: ContractKind, sha: string, wait: LockWait, work: () => Promise<T>): Promise<T>
  /**
   * The same backend rooted at a subfolder (`environments/staging`): the evidence of one
   * environment or one acceptance shard. The segments are checked slugs (see scoped-store.ts).
   */
  within(segments: readonly string[]): EvidenceStore
}

/** Refuses anything but a full lowercase SHA, so nothing derived from input can leave the folder. */
export function assertSha(sha: string, what = 'sha'): string {
  if (!SHA_PATTERN.test(sha)) {
    throw new ConfigurationError(`${what}: '${sha}' is not a full commit SHA; give the 40-character lowercase hex SHA (git rev-parse HEAD)`)
  }
  return sha
}

/** `file: field: message` for each problem, one per line. */
export function describeProblems(path: string, problems: FieldProblem[]): string {
  return problems.map((problem) => `${path}: ${problem.field}: ${problem.message}`).join('\n')
}

/** The value of a valid read, or an EvidenceError that names the file and the field. */
export function requireValid<K extends ContractKind>(read: EvidenceRead<K>): Extract<EvidenceRead<K>, { state: 'valid' }> {
  if (read.state === 'valid') return read as Extract<EvidenceRead<K>, { state: 'valid' }>
  if (read.state === 'missing') {
    throw new EvidenceError(`${read.path}: missing: no ${read.kind} evidence for this SHA`, { file: read.path })
  }
  throw new EvidenceError(describeProblems(read.path, read.problems), { file: read.path })
}

/**
 * Parses text as a contract of the given kind: JSON (each key once in its object, every value one
 * canonical JSON can encode), then the schema, then the contract's own checks (the manifest
 * digest). Never throws for bad content; the problems name the field.
 */
export function parseEvidence<K extends ContractKind>(
  kind: K,
  text: string,
): { ok: true; value: ContractValue<K>; digest: string } | { ok: false; problems: FieldProblem[] } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    // The parser quotes the text, which may hold half of a surrogate pair.
    return { ok: false, problems: [{ field: '(root)', message: `not valid JSON (${escapeLoneSurrogates((error as Error).message)})` }] }
  }
  const jsonProblems = [...duplicateKeyProblems(text), ...unencodableJsonProblems(json)]
  if (jsonProblems.length > 0) return { ok: false, problems: jsonProblems }
  const spec = contracts[kind]
  const schemaField = (json as { schema?: unknown } | null)?.schema
  const readable: readonly string[] = [spec.id, ...((spec as { readable?: readonly string[] }).readable ?? [])]
  if (typeof schemaField === 'string' && !readable.includes(schemaField)) {
    return { ok: false, problems: [{ field: 'schema', message: `is '${schemaField}', expected ${readable.map((id) => `'${id}'`).join(' or ')}` }] }
  }
  const parsed = spec.schema.safeParse(json)
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) }
  const value = parsed.data as ContractValue<K>
  const problems = (spec.verify as ((v: ContractValue<K>) => FieldProblem[]) | undefined)?.(value) ?? []
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, value, digest: digestOf(value) }
}

/** Validates a contract before it is written: a stage never writes what fails its own schema. */
export function serializeEvidence<K extends ContractKind>(kind: K, sha: string, value: ContractValue<K>): string {
  const text = `${JSON.stringify(value, null, 2)}\n`
  const checked = parseEvidence(kind, text)
  if (!checked.ok) {
    throw new Error(`bug: refusing to write ${kind} evidence that fails its own schema:\n${describeProblems(kind, checked.problems)}`)
  }
  if ((value as { sha?: string }).sha !== sha) {
    throw new Error(`bug: ${kind} evidence for ${sha} names sha ${(value as { sha?: string }).sha}`)
  }
  return text
}
