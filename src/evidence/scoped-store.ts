// Evidence of one environment (dev, staging, production in `environments:`) or of one acceptance
// shard: acceptance, deployment, verification and the decision are kept apart per scope under
// `<artifacts>/environments/<name>/` (and `…/shards/<i>-of-<n>/`), while the package, the commit
// stage and the timing stay shared. Without a scope the store is the plain one, as before.
import { ENVIRONMENT_NAME } from '../contracts/common.js'
import type { ContractKind, ContractValue } from '../contracts/index.js'
import { ConfigurationError } from '../errors.js'
import type { LockWait } from './lock-file.js'
import type { EvidenceRead, EvidenceStore, EvidenceWrite } from './store.js'

/** The contracts kept per environment; the rest belong to the release as a whole. */
export const SCOPED_KINDS: readonly ContractKind[] = ['acceptance', 'deployment', 'production', 'release']

// An environment name is a folder name and a part of an artifact name.
export { ENVIRONMENT_NAME } from '../contracts/common.js'

export interface Shard {
  /** 1-based. */
  index: number
  total: number
}

export interface EvidenceScope {
  environment?: string
  shard?: Shard
}

/** `2/3` as given to the shard input; 1-based, index within total. */
export function parseShard(text: string, what = 'shard'): Shard {
  const match = /^\s*([0-9]+)\s*\/\s*([0-9]+)\s*$/.exec(text)
  const index = match ? Number(match[1]) : NaN
  const total = match ? Number(match[2]) : NaN
  if (!match || !Number.isSafeInteger(index) || !Number.isSafeInteger(total) || total < 1 || total > 256 || index < 1 || index > total) {
    throw new ConfigurationError(`${what}: '${text}' is not i/n with 1 <= i <= n <= 256; give for example 2/3 for the second of three shards`)
  }
  return { index, total }
}

export function assertEnvironmentName(name: string, what = 'environment'): string {
  if (!ENVIRONMENT_NAME.test(name)) {
    throw new ConfigurationError(`${what}: '${name}' is not an environment name; use 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit`)
  }
  return name
}

export function scopeSegments(scope: EvidenceScope): string[] {
  return [
    ...(scope.environment !== undefined ? ['environments', assertEnvironmentName(scope.environment)] : []),
    ...(scope.shard ? ['shards', `${scope.shard.index}-of-${scope.shard.total}`] : []),
  ]
}

/** The store a stage in this scope writes to and reads from; the plain store when the scope is empty. */
export function scopedStore(store: EvidenceStore, scope: EvidenceScope): EvidenceStore {
  const segments = scopeSegments(scope)
  return segments.length === 0 ? store : new ScopedEvidenceStore(store, store.within(segments), segments)
}

class ScopedEvidenceStore implements EvidenceStore {
  constructor(
    private readonly shared: EvidenceStore,
    private readonly own: EvidenceStore,
    private readonly segments: readonly string[],
  ) {}

  get location(): string {
    return this.shared.location
  }

  private storeOf(kind: ContractKind): EvidenceStore {
    return SCOPED_KINDS.includes(kind) ? this.own : this.shared
  }

  pathOf(kind: ContractKind, sha: string): string {
    return this.storeOf(kind).pathOf(kind, sha)
  }

  read<K extends ContractKind>(kind: K, sha: string): Promise<EvidenceRead<K>> {
    return this.storeOf(kind).read(kind, sha)
  }

  write<K extends ContractKind>(kind: K, sha: string, value: ContractValue<K>): Promise<EvidenceWrite> {
    return this.storeOf(kind).write(kind, sha, value)
  }

  listShas(kind: ContractKind): Promise<string[]> {
    return this.storeOf(kind).listShas(kind)
  }

  exclusively<T>(kind: ContractKind, sha: string, wait: LockWait, work: () => Promise<T>): Promise<T> {
    return this.storeOf(kind).exclusively(kind, sha, wait, work)
  }

  within(segments: readonly string[]): EvidenceStore {
    return new ScopedEvidenceStore(this.shared, this.shared.within([...this.segments, ...segments]), [...this.segments, ...segments])
  }
}
