// `shipgate show <sha>`: the evidence for a SHA as a person reads it, or as one JSON object.
import { basename, join } from 'node:path'
import { contracts, type ContractKind, type ContractValue } from '../../contracts/index.js'
import type { NotificationRecord } from '../../contracts/notification.js'
import { namesInFolder } from '../../evidence/atomic-file.js'
import { DEFAULT_ARTIFACTS_DIR } from '../../evidence/local-store.js'
import { ENVIRONMENT_NAME, scopedStore } from '../../evidence/scoped-store.js'
import type { EvidenceRead, EvidenceStore } from '../../evidence/store.js'
import type { CheckOutcome } from '../../contracts/common.js'
import type { PipelineRun } from '../../contracts/pipeline-timing.js'
import { formatReason } from '../../contracts/release-decision.js'
import { errorMessage } from '../../errors.js'
import { notificationsFolder, readNotificationRecord } from '../../mail/ledger.js'
import { runAt, runLabel, runsOf, sameRun, type TimingRun } from '../../stages/timing.js'
import { EXIT, type CommandIo } from '../io.js'
import { parseEvidenceCommandArgs } from './verify.js'

export const SHOW_USAGE = `Usage: shipgate show <sha> [--artifacts-dir DIR] [--json]

Prints the evidence recorded for the commit: the release package, commit stage, acceptance,
production, the release decision, the pipeline timing, the delivery result and the notification
records (one per mail event); with environments:, each environment's deployment, acceptance,
verification and decision, in the order the release went through them. It does not judge the evidence;
'shipgate verify' does.

When a SHA was run more than once (a local 'shipgate pipeline' again, a GitHub re-run), the timing is
shown run by run, each piece of evidence names the run that wrote it, and evidence from an earlier run
than the decision's is marked "older than the decision" (newer evidence: "newer than the decision").

Options:
  --artifacts-dir DIR   Where the evidence lives (default ${DEFAULT_ARTIFACTS_DIR}).
  --json                Print one JSON object with every contract's state and value.
  --help                This help.`

// The order a release moves through, which is the order a reader expects. describeValue's switch
// has no default, so a contract added to the registry without a view here does not compile.
const SHOWN_KINDS: ContractKind[] = ['release-package', 'commit-stage', 'acceptance', 'production', 'release', 'pipeline', 'delivery']

/** A notification record as read: one file per mail event, so not in the store's registry. */
type NotificationRead = { path: string; state: 'valid'; value: NotificationRecord } | { path: string; state: 'invalid'; problem: string }

async function readNotifications(artifactsDir: string, sha: string): Promise<{ folder: string; records: NotificationRead[] }> {
  const folder = notificationsFolder(artifactsDir, sha)
  const names = ((await namesInFolder(folder)) ?? []).filter((name) => name.endsWith('.json')).sort()
  const records = await Promise.all(
    names.map(async (name): Promise<NotificationRead> => {
      const path = join(folder, name)
      try {
        const value = await readNotificationRecord(path)
        return value ? { path, state: 'valid', value } : { path, state: 'invalid', problem: 'removed while being read' }
      } catch (error) {
        return { path, state: 'invalid', problem: errorMessage(error) }
      }
    }),
  )
  return { folder, records }
}

// What each environment of environments: keeps of its own.
const ENVIRONMENT_KINDS: ContractKind[] = ['deployment', 'acceptance', 'production', 'release']

/**
 * The environments with evidence folders, in the order the release went through them (following
 * each decision's promotedFrom back from the release's), then any others by name.
 */
async function environmentsShown(store: EvidenceStore, sha: string, release: EvidenceRead<ContractKind>): Promise<string[]> {
  const present = ((await namesInFolder(join(store.location, 'environments'))) ?? []).filter((name) => ENVIRONMENT_NAME.test(name)).sort()
  const chain: string[] = []
  let decision = release.state === 'valid' ? (release.value as ContractValue<'release'>) : undefined
  while (decision && 'environment' in decision && !chain.includes(decision.environment)) {
    chain.unshift(decision.environment)
    const from = decision.promotedFrom
    const read = from ? await scopedStore(store, { environment: from }).read('release', sha) : undefined
    decision = from && read?.state === 'valid' ? read.value : undefined
    if (from && !decision && !chain.includes(from)) chain.unshift(from)
  }
  return [...chain.filter((name) => present.includes(name)), ...present.filter((name) => !chain.includes(name))]
}

export async function showCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseEvidenceCommandArgs(args, io, 'shipgate show', SHOW_USAGE)
  if (typeof parsed === 'number') return parsed
  const { sha, store } = parsed
  const reads = await Promise.all(SHOWN_KINDS.map((kind) => store.read(kind, sha)))
  const notifications = await readNotifications(store.location, sha)
  const environmentNames = await environmentsShown(store, sha, reads[SHOWN_KINDS.indexOf('release')]!)
  const environments = await Promise.all(
    environmentNames.map(async (name) => ({ name, reads: await Promise.all(ENVIRONMENT_KINDS.map((kind) => scopedStore(store, { environment: name }).read(kind, sha))) })),
  )

  // Which run wrote what: the timing's runs, and each piece of evidence placed in one of them.
  const timingRead = reads[SHOWN_KINDS.indexOf('pipeline')] as EvidenceRead<'pipeline'>
  const runs = timingRead.state === 'valid' ? runsOf(timingRead.value) : []
  const placed = (group: EvidenceRead<ContractKind>[]) => {
    const decision = group.find((read) => read.kind === 'release')
    const decisionRun = decision?.state === 'valid' ? runOfEvidence(runs, decision as ValidRead) : undefined
    return group.map((read) => ({ read, placement: placementOf(runs, read, decisionRun) }))
  }
  const top = placed(reads)
  const decisionRun = top.find(({ read }) => read.kind === 'release')?.placement?.run

  if (parsed.json) {
    const shown = Object.fromEntries(top.map(({ read, placement }) => [read.kind, shownRead(read, placement)]))
    const byEnvironment = Object.fromEntries(
      environments.map((environment) => [environment.name, Object.fromEntries(placed(environment.reads).map(({ read, placement }) => [read.kind, shownRead(read, placement)]))]),
    )
    const shownRuns = runs.map((entry) => ({ ...entry.run, label: runLabel(entry.run), startedAt: entry.startedAt, finishedAt: entry.finishedAt, stages: entry.stages.length, closed: entry.closed }))
    io.out(
      JSON.stringify(
        { sha, artifactsDir: store.location, runs: shownRuns, decisionRun: decisionRun ? decisionRun.run : null, contracts: shown, environments: byEnvironment, notifications: notifications.records },
        null,
        2,
      ),
    )
    return EXIT.ok
  }

  const lines = [`Evidence for ${sha} in ${store.location}`]
  if (runs.length > 1) {
    lines.push(`Runs: ${runs.map((entry) => runLabel(entry.run)).join(', ')}${decisionRun ? `; the decision is from ${runLabel(decisionRun.run)}` : ''}`)
  }
  for (const { read, placement } of top) lines.push('', ...describeRead(read, placement, decisionRun))
  for (const environment of environments) {
    lines.push('', `Environment ${environment.name}`)
    for (const { read, placement } of placed(environment.reads)) lines.push(...describeRead(read, placement, decisionRun).map((line) => `  ${line}`))
  }
  lines.push('', `Notification records  ${notifications.folder}`, ...describeNotifications(notifications.records))
  io.out(lines.join('\n'))
  return EXIT.ok
}

/** Where a piece of evidence stands among the runs: the run that wrote it, and its age beside the decision's run. */
interface Placement {
  run: TimingRun
  /** same: written by the run that decided; older or newer: by an earlier or a later run; undefined when there is no decision to compare with. */
  beside?: 'same' | 'older' | 'newer'
  decisionRun?: PipelineRun
}

/** When a contract was written, and the run it names where it names one; undefined for the timing itself. */
function writtenBy(read: ValidRead): { at: string; runId?: string; runAttempt?: number } | undefined {
  switch (read.kind) {
    case 'release-package':
      return { at: read.value.createdAt, runId: read.value.source.runId, runAttempt: Number(read.value.source.runAttempt) }
    case 'commit-stage':
      return { at: read.value.recordedAt }
    case 'acceptance':
    case 'production':
    case 'delivery':
      return { at: read.value.finishedAt }
    case 'release':
      return { at: read.value.decidedAt }
    case 'deployment':
      return { at: read.value.deployedAt ?? read.value.decidedAt, runId: read.value.runId }
    case 'pipeline':
      return undefined
  }
}

/**
 * The run that wrote a piece of evidence: the run it names, when the timing has it (a package's
 * source, a deploy-gate record), else the run that had started last when it was written.
 */
function runOfEvidence(runs: TimingRun[], read: ValidRead): TimingRun | undefined {
  const written = writtenBy(read)
  if (!written) return undefined
  const named = runs.filter((entry) => entry.run.id === written.runId && (written.runAttempt === undefined || entry.run.attempt === written.runAttempt))
  return named.length > 0 ? (runAt(named, written.at) ?? named[0]) : runAt(runs, written.at)
}

function placementOf(runs: TimingRun[], read: EvidenceRead<ContractKind>, decisionRun: TimingRun | undefined): Placement | undefined {
  if (read.state !== 'valid') return undefined
  const run = runOfEvidence(runs, read as ValidRead)
  if (!run) return undefined
  if (!decisionRun) return { run }
  const beside = sameRun(run.run, decisionRun.run) ? 'same' : Date.parse(run.startedAt) < Date.parse(decisionRun.startedAt) ? 'older' : 'newer'
  return { run, beside, decisionRun: decisionRun.run }
}

function shownRead(read: EvidenceRead<ContractKind>, placement?: Placement): Record<string, unknown> {
  const run = placement ? { run: { ...placement.run.run, label: runLabel(placement.run.run), besideDecision: placement.beside ?? null } } : {}
  if (read.state === 'valid') return { state: read.state, path: read.path, digest: read.digest, ...run, value: read.value }
  if (read.state === 'invalid') return { state: read.state, path: read.path, problems: read.problems }
  return { state: read.state, path: read.path }
}

function describeRead(read: EvidenceRead<ContractKind>, placement: Placement | undefined, decisionRun: TimingRun | undefined): string[] {
  const heading = `${contracts[read.kind].title}  ${read.path}`
  if (read.state === 'missing') return [heading, '  not present']
  if (read.state === 'invalid') return [heading, '  INVALID', ...read.problems.map((problem) => `    ${problem.field}: ${problem.message}`)]
  if (read.kind === 'pipeline') return [heading, ...describeTiming(read as Extract<ValidRead, { kind: 'pipeline' }>, decisionRun)]
  return [`${heading}${ageMark(read.kind, placement)}`, ...(placement ? [`  run         ${describePlacement(read.kind, placement)}`] : []), ...describeValue(read as ValidRead)]
}

/** The mark on a heading whose evidence is not from the run that decided. */
function ageMark(kind: ContractKind, placement: Placement | undefined): string {
  if (!placement || kind === 'release-package') return ''
  if (placement.beside === 'older') return `  (older than the decision — from ${runLabel(placement.run.run)})`
  if (placement.beside === 'newer') return `  (newer than the decision — from ${runLabel(placement.run.run)}; the decision has not seen it)`
  return ''
}

function describePlacement(kind: ContractKind, placement: Placement): string {
  const run = runLabel(placement.run.run)
  if (!placement.decisionRun || placement.beside === 'same' || kind === 'release') return run
  // The package is built once and every later run reuses it: an older package is the point, not a warning.
  if (kind === 'release-package' && placement.beside === 'older') return `${run} (built once; ${runLabel(placement.decisionRun)}, which decided, reused it)`
  return `${run}, ${placement.beside} than the decision, which is from ${runLabel(placement.decisionRun)}`
}

/** The timing run by run: each run's stages, and its close or that it has none. */
function describeTiming(read: Extract<ValidRead, { kind: 'pipeline' }>, decisionRun: TimingRun | undefined): string[] {
  const runs = runsOf(read.value)
  if (runs.length === 0) return ['  no stage recorded']
  const width = Math.max(0, ...runs.flatMap((entry) => entry.stages.map((stage) => stage.stage.length)))
  return runs.flatMap((entry, index) => {
    const notes = [
      ...(decisionRun && sameRun(entry.run, decisionRun.run) ? ['the decision\'s run'] : []),
      ...(index === runs.length - 1 && runs.length > 1 ? ['latest'] : []),
    ]
    const closed = entry.closed
    return [
      `  ${runLabel(entry.run)}${notes.length > 0 ? `  (${notes.join(', ')})` : ''}`,
      ...entry.stages.map((stage) => `    ${stage.stage.padEnd(width)}  ${formatDuration(stage.durationMs).padStart(9)}  ${stage.outcome}`),
      closed
        ? `    closed      ${closed.closedAt}: total ${formatDuration(closed.totalMs)}, lead time ${closed.leadTimeMs === null ? 'unknown' : formatDuration(closed.leadTimeMs)}`
        : '    open (no release decision in this run)',
    ]
  })
}

type ValidRead = { [K in ContractKind]: Extract<EvidenceRead<K>, { state: 'valid' }> }[ContractKind]

function describeValue(read: ValidRead): string[] {
  switch (read.kind) {
    case 'release-package': {
      const manifest = read.value
      const runtime = manifest.runtime.mode === 'built' ? 'built' : `captured from ${manifest.runtime.fromSha} (${manifest.runtime.fromPackageDigest})`
      return [
        `  digest      ${manifest.digest}`,
        `  runtime     ${runtime}`,
        `  created     ${manifest.createdAt} by ${manifest.source.workflow} run ${manifest.source.runId}`,
        '  components',
        ...manifest.components.map((component) =>
          component.kind === 'image'
            ? `    ${component.name}  image  ${component.ref}`
            : `    ${component.name}  file   ${component.path}  ${component.size} bytes  sha256:${component.sha256}`,
        ),
      ]
    }
    case 'commit-stage': {
      const evidence = read.value
      const changed = (['runtime', 'infra', 'docs'] as const).filter((part) => evidence.scope[part].changed)
      return [
        `  passed      ${evidence.passed ? 'yes' : 'NO'}: ${evidence.check.name} ${evidence.check.conclusion} (${evidence.check.source}, ${evidence.check.via})`,
        `  changes     ${changed.length > 0 ? changed.join(', ') : 'nothing classified'}`,
        `  drift       ${evidence.drift.findings.length} finding${evidence.drift.findings.length === 1 ? '' : 's'} (${evidence.drift.mode})`,
      ]
    }
    case 'acceptance':
      return [
        `  decision    ${read.value.decision}${read.value.degraded ? ' (degraded)' : ''}`,
        `  package     ${read.value.packageDigest}`,
        ...describeChecks(read.value.checks),
      ]
    case 'production':
      return [
        `  verdict     ${read.value.verdict}${read.value.degraded ? ' (degraded)' : ''}`,
        `  package     ${read.value.packageDigest}`,
        ...describeChecks(read.value.checks),
      ]
    case 'release':
      return [
        `  decision    ${read.value.decision} (${read.value.status}) at ${read.value.decidedAt}`,
        `  package     ${read.value.packageDigest ?? 'none'}`,
        ...(read.value.reasons.length > 0 ? ['  reasons'] : []),
        ...read.value.reasons.map((reason) => `    ${formatReason(reason)}`),
      ]
    case 'pipeline':
      // Shown run by run by describeTiming.
      return []
    case 'deployment':
      return [
        `  outcome     ${read.value.outcome} in ${read.value.environment}${read.value.replay ? ' (explicit replay)' : ''}${read.value.deployedAt ? ` at ${read.value.deployedAt}` : ''}`,
        `  package     ${read.value.packageDigest}`,
        `  reason      ${read.value.reason}`,
      ]
    case 'delivery': {
      const delivery = read.value
      return [
        `  outcome     ${delivery.outcome}${delivery.version === null ? '' : ` v${delivery.version}`} of ${delivery.project} to ${delivery.destination.location}${delivery.error ? `: ${delivery.error}` : ''}`,
        `  link        ${delivery.shareUrl ?? 'none'}${delivery.shareStatus ? ` (${delivery.shareStatus})` : ''}`,
        `  manifest    ${delivery.manifestPath}`,
        `  files       ${delivery.files.map((file) => file.name).join(', ') || 'none'} (${delivery.bytesUploaded} bytes uploaded)`,
      ]
    }
    default:
      // Contracts added after this summary was written still show, if only by their top-level fields.
      return Object.entries((read as { value: Record<string, unknown> }).value)
        .filter(([, value]) => value === null || typeof value !== 'object')
        .map(([field, value]) => `  ${field.padEnd(11)} ${String(value)}`)
  }
}

function describeNotifications(records: NotificationRead[]): string[] {
  if (records.length === 0) return ['  none (no mail was sent for this commit from here)']
  return records.map((read) => {
    if (read.state === 'invalid') return `  INVALID  ${basename(read.path)}: ${read.problem}`
    const record = read.value
    const to = [...record.recipients.to, ...record.recipients.cc].join(', ')
    const answer = record.state === 'sent' ? (record.response ?? '') : (record.error ?? record.response ?? '')
    return `  ${record.state.padEnd(11)} ${record.template}  to ${to}  ${record.settledAt ?? record.intentAt}${answer ? `  ${answer}` : ''}`
  })
}

function describeChecks(checks: CheckOutcome[]): string[] {
  if (checks.length === 0) return ['  checks      none']
  return [
    '  checks',
    ...checks.map(
      (check) =>
        `    ${check.status.padEnd(7)} ${check.name} (${check.type}, ${check.required ? 'required' : 'optional'}, ${formatDuration(check.durationMs)})${check.reason ? `: ${check.reason}` : ''}`,
    ),
  ]
}

/** 850 ms, 12.3 s, 4 min 05 s, 2 h 03 min. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const seconds = Math.round(ms / 1000)
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`
  const minutes = Math.round(seconds / 60)
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
}

