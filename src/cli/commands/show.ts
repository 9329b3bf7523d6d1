// `shipgate show <sha>`: the evidence for a SHA as a person reads it, or as one JSON object.
import { basename, join } from 'node:path'
import { contracts, type ContractKind, type ContractValue } from '../../contracts/index.js'
import type { NotificationRecord } from '../../contracts/notification.js'
import { namesInFolder } from '../../evidence/atomic-file.js'
import { DEFAULT_ARTIFACTS_DIR } from '../../evidence/local-store.js'
import { ENVIRONMENT_NAME, scopedStore } from '../../evidence/scoped-store.js'
import type { EvidenceRead, EvidenceStore } from '../../evidence/store.js'
import type { CheckOutcome } from '../../contracts/common.js'
import { formatReason } from '../../contracts/release-decision.js'
import { errorMessage } from '../../errors.js'
import { notificationsFolder, readNotificationRecord } from '../../mail/ledger.js'
import { EXIT, type CommandIo } from '../io.js'
import { parseEvidenceCommandArgs } from './verify.js'

export const SHOW_USAGE = `Usage: shipgate show <sha> [--artifacts-dir DIR] [--json]

Prints the evidence recorded for the commit: the release package, commit stage, acceptance,
production, the release decision, the pipeline timing, the delivery result and the notification
records (one per mail event); with environments:, each environment's deployment, acceptance,
verification and decision, in the order the release went through them. It does not judge the evidence;
'shipgate verify' does.

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

  if (parsed.json) {
    const shown = Object.fromEntries(
      reads.map((read) => [read.kind, shownRead(read)]),
    )
    const byEnvironment = Object.fromEntries(environments.map((environment) => [environment.name, Object.fromEntries(environment.reads.map((read) => [read.kind, shownRead(read)]))]))
    io.out(JSON.stringify({ sha, artifactsDir: store.location, contracts: shown, environments: byEnvironment, notifications: notifications.records }, null, 2))
    return EXIT.ok
  }

  const lines = [`Evidence for ${sha} in ${store.location}`]
  for (const read of reads) lines.push('', ...describeRead(read))
  for (const environment of environments) {
    lines.push('', `Environment ${environment.name}`)
    for (const read of environment.reads) lines.push(...describeRead(read).map((line) => `  ${line}`))
  }
  lines.push('', `Notification records  ${notifications.folder}`, ...describeNotifications(notifications.records))
  io.out(lines.join('\n'))
  return EXIT.ok
}

function shownRead(read: EvidenceRead<ContractKind>): Record<string, unknown> {
  if (read.state === 'valid') return { state: read.state, path: read.path, digest: read.digest, value: read.value }
  if (read.state === 'invalid') return { state: read.state, path: read.path, problems: read.problems }
  return { state: read.state, path: read.path }
}

function describeRead(read: EvidenceRead<ContractKind>): string[] {
  const heading = `${contracts[read.kind].title}  ${read.path}`
  if (read.state === 'missing') return [heading, '  not present']
  if (read.state === 'invalid') return [heading, '  INVALID', ...read.problems.map((problem) => `    ${problem.field}: ${problem.message}`)]
  return [heading, ...describeValue(read as ValidRead)]
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
    case 'pipeline': {
      const width = Math.max(0, ...read.value.stages.map((stage) => stage.stage.length))
      const closed = read.value.closed
      return [
        ...read.value.stages.map((stage) => `  ${stage.stage.padEnd(width)}  ${formatDuration(stage.durationMs).padStart(9)}  ${stage.outcome}`),
        closed
          ? `  closed      ${closed.closedAt}: total ${formatDuration(closed.totalMs)}, lead time ${closed.leadTimeMs === null ? 'unknown' : formatDuration(closed.leadTimeMs)}`
          : '  open (no release decision yet)',
      ]
    }
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

