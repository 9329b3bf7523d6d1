// rollback: which package goes back into an environment. The newest package older than what runs
// there now (by the time build-once sealed it) whose decision in that environment was YES, read
// from the evidence store alone: no workflow artifacts, so it works as long as the evidence is kept.
import { ConfigurationError, EvidenceError } from '../errors.js'
import { scopedStore } from '../evidence/scoped-store.js'
import type { EvidenceStore } from '../evidence/store.js'
import { recordedProduction } from './deploy-convergence.js'

export interface RollbackPlan {
  environment: string
  /** What runs there now, by the newest deployed record. */
  current: { sha: string; packageDigest?: string; createdAt?: string }
  target: { sha: string; packageDigest: string; createdAt: string; decidedAt: string }
}

/**
 * environment: a name of `environments:` (its evidence is kept apart), or undefined for the single
 * flow's production. to: a SHA to go back to instead of the newest earlier YES.
 */
export async function planRollback(root: EvidenceStore, options: { environment?: string; to?: string }): Promise<RollbackPlan> {
  const name = options.environment ?? 'production'
  const store = scopedStore(root, { environment: options.environment })
  const current = await recordedProduction(store, name)
  if (!current) {
    throw new EvidenceError(`${root.location}: no deployed record for ${name}: nothing is known to run there, so there is nothing to roll back from (is this the folder the evidence is kept in?)`)
  }
  const currentPackage = await root.read('release-package', current.sha)
  const currentCreatedAt = currentPackage.state === 'valid' ? currentPackage.value.createdAt : undefined
  const candidates: RollbackPlan['target'][] = []
  const refused: string[] = []
  for (const sha of await store.listShas('release')) {
    if (sha === current.sha) continue
    const candidate = await yesIn(root, store, sha, options.environment)
    if (typeof candidate === 'string') refused.push(candidate)
    else candidates.push(candidate)
  }
  const older = candidates.filter((candidate) => currentCreatedAt === undefined || Date.parse(candidate.createdAt) < Date.parse(currentCreatedAt))
  older.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
  const target = options.to ? candidates.find((candidate) => candidate.sha === options.to) : older[0]
  if (!target) {
    const why = options.to
      ? `${options.to} has no YES decision for ${name} with a valid package${refused.some((line) => line.includes(options.to!)) ? ` (${refused.find((line) => line.includes(options.to!))})` : ''}`
      : `no package older than ${current.sha} has a YES decision for ${name}`
    throw new ConfigurationError(`rollback: ${why}; \`shipgate show <sha>\` lists a release's evidence`)
  }
  return { environment: name, current: { ...current, ...(currentCreatedAt ? { createdAt: currentCreatedAt } : {}) }, target }
}

/** The package of sha if its decision in the environment is a valid YES for that very package; else why not. */
async function yesIn(root: EvidenceStore, store: EvidenceStore, sha: string, environment: string | undefined): Promise<RollbackPlan['target'] | string> {
  const decision = await store.read('release', sha)
  if (decision.state !== 'valid') return `${decision.path}: ${decision.state}`
  const named = 'environment' in decision.value ? decision.value.environment : undefined
  if (named !== environment) return `${decision.path}: environment: is ${named ?? 'none'}`
  if (decision.value.decision !== 'YES') return `${decision.path}: decision: is ${decision.value.decision}`
  const manifest = await root.read('release-package', sha)
  if (manifest.state !== 'valid') return `${manifest.path}: ${manifest.state}`
  if (manifest.value.digest !== decision.value.packageDigest) return `${decision.path}: packageDigest: is not the package's`
  return { sha, packageDigest: manifest.value.digest, createdAt: manifest.value.createdAt, decidedAt: decision.value.decidedAt }
}
