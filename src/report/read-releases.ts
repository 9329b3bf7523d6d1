// Reads the evidence of every SHA in an evidence folder into the report's model: each contract
// through the store's validated read, the timing through the timing stage's loader, and whether
// the chain still holds through `shipgate verify`'s own check, so that tampered evidence shows.
import { join, relative } from 'node:path'
import { contractKinds, contracts, type ContractKind } from '../contracts/index.js'
import { errorMessage, EvidenceError } from '../errors.js'
import { namesInFolder } from '../evidence/atomic-file.js'
import { ENVIRONMENT_NAME, SCOPED_KINDS, scopedStore } from '../evidence/scoped-store.js'
import type { EvidenceRead, EvidenceStore } from '../evidence/store.js'
import { latestRun, loadTiming, runAt, runLabel, runsOf } from '../stages/timing.js'
import { verifyEvidence } from '../stages/verify.js'
import type { EvidenceFolder } from './evidence-folder.js'
import type { ChainEntry, ProductionDeployment, ReleaseCheck, ReleaseRecord, ReleaseTimeline } from './model.js'

/** The order a release goes through, which is the order its chain is shown in. */
const CHAIN_ORDER: ContractKind[] = ['commit-stage', 'release-package', 'acceptance', 'deployment', 'production', 'release', 'pipeline', 'delivery']

async function environmentsIn(store: EvidenceStore): Promise<string[]> {
  return ((await namesInFolder(join(store.location, 'environments'))) ?? []).filter((name) => ENVIRONMENT_NAME.test(name)).sort()
}

async function shasIn(store: EvidenceStore, environments: string[]): Promise<string[]> {
  const shas = new Set<string>()
  for (const kind of contractKinds) for (const sha of await store.listShas(kind)) shas.add(sha)
  for (const environment of environments) {
    const scoped = scopedStore(store, { environment })
    for (const kind of SCOPED_KINDS) for (const sha of await scoped.listShas(kind)) shas.add(sha)
  }
  return [...shas].sort()
}

type AnyRead = EvidenceRead<ContractKind>

function chainEntry(folder: EvidenceFolder, read: AnyRead, environment: string | null): ChainEntry | undefined {
  if (read.state === 'missing') return undefined
  const path = relative(folder.store.location, read.path)
  return {
    kind: read.kind,
    title: contracts[read.kind].title,
    environment,
    path,
    artifact: folder.artifactOf.get(path) ?? null,
    state: read.state,
    schema: read.state === 'valid' ? read.value.schema : null,
    digest: read.state === 'valid' ? read.digest : null,
    problems: read.state === 'invalid' ? read.problems : [],
  }
}

function checksOf(read: AnyRead, environment: string | null): ReleaseCheck[] {
  if (read.state !== 'valid') return []
  if (read.kind === 'acceptance') return (read.value as { checks: ReleaseCheck['check'][] }).checks.map((check) => ({ environment, stage: 'acceptance', check }))
  if (read.kind === 'production') return (read.value as { checks: ReleaseCheck['check'][] }).checks.map((check) => ({ environment, stage: 'prod-verify', check }))
  return []
}

/**
 * The earliest time the evidence of one environment records for the SHA, so that the environments
 * are shown in the order the release went through them (dev, staging, production), which their
 * names do not tell; an environment with nothing readable comes last.
 */
function firstRecordedAt(reads: AnyRead[]): number {
  const times = reads.flatMap((read) => {
    if (read.state !== 'valid') return []
    const value = read.value as { startedAt?: string; decidedAt?: string }
    return [value.startedAt, value.decidedAt].filter((time): time is string => time !== undefined).map((time) => Date.parse(time))
  })
  return times.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...times)
}

/** The timing of the run that the decision closed (else the run under way at the decision, else the latest). */
async function timelineOf(store: EvidenceStore, sha: string, present: boolean, decidedAt: string | undefined): Promise<ReleaseTimeline> {
  if (!present) return { state: 'missing' }
  try {
    const timing = await loadTiming(store, sha)
    const runs = runsOf(timing)
    const shown =
      (decidedAt === undefined ? undefined : (runs.find((entry) => entry.closed?.closedAt === decidedAt) ?? runAt(runs, decidedAt))) ?? latestRun(timing)
    if (!shown) return { state: 'valid', run: 'none', stages: [], closed: null, otherRuns: [] }
    return {
      state: 'valid',
      run: runLabel(shown.run),
      stages: shown.stages,
      closed: shown.closed,
      otherRuns: runs.filter((entry) => entry !== shown).map((entry) => runLabel(entry.run)),
    }
  } catch (error) {
    if (!(error instanceof EvidenceError)) throw error
    return { state: 'invalid', problem: errorMessage(error) }
  }
}

/**
 * Whether the package reached the environment: its deployment record says deployed or failed (or
 * cannot be read, and then it is not trusted either way), or it was verified there, which only
 * happens after a deploy (where the deploy is the user's own step, without a deployment record).
 */
async function productionDeployment(folder: EvidenceFolder, sha: string, environment: string | null): Promise<ProductionDeployment> {
  const store = scopedStore(folder.store, environment === null ? {} : { environment })
  const [deployment, production] = await Promise.all([store.read('deployment', sha), store.read('production', sha)])
  const files: string[] = []
  if (deployment.state === 'invalid' || (deployment.state === 'valid' && (deployment.value.outcome === 'deployed' || deployment.value.outcome === 'failed'))) {
    files.push(relative(folder.store.location, deployment.path))
  }
  if (production.state !== 'missing') files.push(relative(folder.store.location, production.path))
  return { deployed: files.length > 0, files }
}

/**
 * Where the release stopped: the first environment other than the one the release's decision is
 * for whose own decision is a valid NO. That environment is skipped rather than ending the search:
 * after a rerun its older evidence can sort it before the environment that stopped this run.
 */
function stoppedBefore(environmentReads: Array<{ environment: string; reads: AnyRead[] }>, decidedFor: string | null): string | null {
  for (const { environment, reads } of environmentReads) {
    if (environment === decidedFor) continue
    const own = reads.find((read) => read.kind === 'release')
    if (own?.state === 'valid' && (own.value as { decision: string }).decision === 'NO') return environment
  }
  return null
}

/** Every release in the folder, newest decision first, releases without a decision last. */
export async function readReleases(folder: EvidenceFolder): Promise<ReleaseRecord[]> {
  const root = folder.store
  const environments = await environmentsIn(root)
  const records: Array<ReleaseRecord & { productionEnvironment?: string | null }> = []
  for (const sha of await shasIn(root, environments)) {
    const rootReads = await Promise.all(CHAIN_ORDER.map((kind) => root.read(kind, sha)))
    const environmentReads = (
      await Promise.all(
        environments.map(async (environment) => {
          const scoped = scopedStore(root, { environment })
          const kinds = CHAIN_ORDER.filter((kind) => SCOPED_KINDS.includes(kind))
          return { environment, reads: await Promise.all(kinds.map((kind) => scoped.read(kind, sha))) }
        }),
      )
    ).sort((a, b) => firstRecordedAt(a.reads) - firstRecordedAt(b.reads) || a.environment.localeCompare(b.environment))
    const chain = [
      ...rootReads.map((read) => chainEntry(folder, read, null)),
      ...environmentReads.flatMap(({ environment, reads }) => reads.map((read) => chainEntry(folder, read, environment))),
    ].filter((entry): entry is ChainEntry => entry !== undefined)
    const checks = [...rootReads.flatMap((read) => checksOf(read, null)), ...environmentReads.flatMap(({ environment, reads }) => reads.flatMap((read) => checksOf(read, environment)))]

    const decisionRead = rootReads[CHAIN_ORDER.indexOf('release')] as EvidenceRead<'release'>
    const decision = decisionRead.state === 'valid' ? decisionRead.value : undefined
    const timeline = await timelineOf(root, sha, rootReads[CHAIN_ORDER.indexOf('pipeline')]!.state !== 'missing', decision?.decidedAt)
    const verified = await verifyEvidence(root, sha, { partial: decisionRead.state === 'missing' })
    const commitTime = timeline.state === 'valid' ? (timeline.closed?.commitTime ?? null) : null
    const environment = decision && 'environment' in decision ? decision.environment : null
    const stoppedAt = decision?.decision === 'NO' ? stoppedBefore(environmentReads, environment) : null
    records.push({
      sha,
      repository: decision?.repository ?? null,
      decision: decision?.decision ?? null,
      status: decision?.status ?? null,
      decisionState: decisionRead.state,
      decisionPath: relative(root.location, decisionRead.path),
      environment,
      stoppedAt,
      decidedAt: decision?.decidedAt ?? null,
      commitTime,
      leadTimeMs: decision && commitTime !== null ? Date.parse(decision.decidedAt) - Date.parse(commitTime) : null,
      reasons: decision?.reasons ?? [],
      evidenceHolds: verified.ok,
      evidenceFailures: verified.failures.map((failure) => ({ ...failure, file: failure.file.startsWith(root.location) ? relative(root.location, failure.file) : failure.file })),
      trustedYes: decision?.decision === 'YES' && verified.ok,
      chain,
      checks,
      timeline,
      production: { deployed: false, files: [] },
      // Known only from a readable decision; settled below for the others.
      productionEnvironment: decision ? environment : undefined,
    })
  }

  // A release whose decision cannot be read is looked for in the environment the other releases'
  // decisions are for (the last of environments:), so that its deploy still counts as a failure.
  const named = records.map((record) => record.productionEnvironment).filter((name): name is string | null => name !== undefined)
  const usual = mostCommon(named)
  for (const record of records) {
    const environment = record.productionEnvironment === undefined ? usual : record.productionEnvironment
    delete record.productionEnvironment
    record.production = await productionDeployment(folder, record.sha, environment)
  }
  return records.sort(newestFirst)
}

function mostCommon(names: Array<string | null>): string | null {
  const counts = new Map<string | null, number>()
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1)
  let best: string | null = null
  let bestCount = 0
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count]
  return best
}

function newestFirst(a: ReleaseRecord, b: ReleaseRecord): number {
  if (a.decidedAt !== null && b.decidedAt !== null) return Date.parse(b.decidedAt) - Date.parse(a.decidedAt) || a.sha.localeCompare(b.sha)
  if (a.decidedAt !== null) return -1
  if (b.decidedAt !== null) return 1
  return a.sha.localeCompare(b.sha)
}
