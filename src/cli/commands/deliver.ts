// `shipgate deliver`: the deliver action on this machine (flags named as its inputs), with a
// progress bar on a terminal (progress lines in the log elsewhere); `shipgate deliver show` prints
// the current delivery and recent runs.
import { deliverAction, DEFAULT_DESTINATION } from '../../actions/deliver.js'
import type { DeliveryManifest } from '../../contracts/delivery.js'
import { loadManifest } from '../../delivery/deliver.js'
import { defaultLayout, relativeDeliveryPath } from '../../delivery/layout.js'
import { openDestination } from '../../delivery/open-destination.js'
import { terminalProgress, useProgress } from '../../delivery/progress.js'
import { plainWholeNumber, type ActionDefinition } from '../../platform/action.js'
import { systemClock } from '../../platform/clock.js'
import { ConsoleLogger, logFormatOf } from '../../platform/logger.js'
import { EXIT, parseFlags, UsageError, type CommandIo } from '../io.js'
import { didYouMean } from '../suggest.js'
import { runActionWithFlags } from './run.js'

const SHOW_USAGE = `Usage: shipgate deliver show --project P [--destination D] [--runs N] [--json]
       [--dropbox-access-token T | --dropbox-refresh-token R --dropbox-app-key K --dropbox-app-secret S]
       [--dropbox-api-url URL] [--use-api-root-folder true --api-root-folder F]
       [--stable-folder F] [--manifest-file F]

Prints the current delivery of a project (version, stable link, files) and its last runs, versions as
v<N>. --json prints {project, manifestPath, currentVersion: "v<N>", manifest}: manifest is the
delivery-manifest contract as stored (shipgate.delivery-manifest/v1), so its versions stay numbers.
Exit status: 0 shown, 1 no delivery yet, 2 a usage or configuration error.`

// A switch reads better at a terminal than an input's `true`: a bare --follow-symlinks means true.
function withSwitches(args: string[]): string[] {
  return args.map((arg, index) => (arg === '--follow-symlinks' && !['true', 'false'].includes(args[index + 1] ?? '') ? '--follow-symlinks=true' : arg))
}

export const deliverSubcommands = ['show']

export async function deliverCommand(args: string[], io: CommandIo): Promise<number> {
  if (args[0] === 'show') return showDelivery(args.slice(1), io)
  // The deliver action takes options only: a word first is a misspelt subcommand.
  if (args[0] !== undefined && !args[0].startsWith('-')) {
    throw new UsageError(`unknown subcommand '${args[0]}'${didYouMean(args[0], deliverSubcommands)}; 'shipgate deliver' takes options, 'shipgate deliver show' shows a delivery`, 'shipgate deliver')
  }
  // A bar only where a person watches in the text format; a pipe or a JSON log gets the plain progress lines.
  if (process.stderr.isTTY && logFormatOf(io.env) === 'text') useProgress((logger, now) => terminalProgress(process.stderr, logger, now))
  try {
    return await runActionWithFlags(deliverAction as ActionDefinition<unknown>, withSwitches(args), io, 'shipgate deliver')
  } finally {
    useProgress(undefined)
  }
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = -1
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

export function describeDelivery(manifest: DeliveryManifest, where: string, runs: number): string {
  const lines = [`${manifest.project} at ${where}`]
  const current = manifest.current
  if (!current) lines.push('current: none yet (no version has been completed)')
  else {
    lines.push(
      `current: v${current.currentVersion} (sha ${current.sha.slice(0, 12)}, ${current.updatedAt})`,
      `version folder: ${current.versionPath}`,
      `stable link (${current.shareStatus}) on ${current.stablePath}:`,
      `  ${current.stableShareUrl}`,
      'files:',
      ...current.files.map((file) => `  ${file.name}  ${size(file.size)}  ${file.contentHash.slice(0, 16)}`),
    )
  }
  if (manifest.pending) lines.push(`pending: v${manifest.pending.version} started ${manifest.pending.startedAt} by ${manifest.pending.sha.slice(0, 12)} (a run with the same files finishes it; any other takes the next version)`)
  lines.push(`last runs (${Math.min(runs, manifest.runs.length)} of ${manifest.runs.length}):`)
  for (const run of manifest.runs.slice(-runs).reverse()) {
    const email = run.email ? `  email ${run.email.status}${run.email.reason ? ` (${run.email.reason})` : ''}` : ''
    lines.push(`  ${run.time}  ${run.sha.slice(0, 12)}  ${run.outcome.padEnd(9)}  ${run.version === null ? '-' : `v${run.version}`}  ${size(run.bytesUploaded)} uploaded${email}${run.error ? `  error: ${run.error.split('\n')[0]}` : ''}`)
  }
  return lines.join('\n')
}

async function showDelivery(args: string[], io: CommandIo): Promise<number> {
  const text = { type: 'string' } as const
  const name = 'shipgate deliver show'
  const values: Record<string, string | boolean | undefined> = parseFlags(name, args, {
    project: text,
    destination: text,
    runs: text,
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    'dropbox-access-token': text,
    'dropbox-refresh-token': text,
    'dropbox-app-key': text,
    'dropbox-app-secret': text,
    'dropbox-api-url': text,
    'use-api-root-folder': text,
    'api-root-folder': text,
    'stable-folder': text,
    'manifest-file': text,
  }).values
  if (values.help) {
    io.out(SHOW_USAGE)
    return EXIT.ok
  }
  const flag = (name: string) => (typeof values[name] === 'string' && values[name] !== '' ? (values[name] as string) : undefined)
  if (!flag('project')) throw new UsageError('--project is required', name)
  const runs = plainWholeNumber(flag('runs') ?? '10')
  if (runs === undefined || runs < 1) throw new UsageError(`--runs '${flag('runs')}' must be a positive whole number`, name)
  const logger = new ConsoleLogger(io.env.SHIPGATE_DEBUG === '1', (line) => io.err(line), logFormatOf(io.env), io.masker)
  for (const secret of ['dropbox-access-token', 'dropbox-refresh-token', 'dropbox-app-secret']) {
    const value = flag(secret)
    if (value) logger.secret(value)
  }
  const destination = await openDestination(
    {
      destination: flag('destination') ?? DEFAULT_DESTINATION,
      project: flag('project')!,
      workspace: io.cwd,
      dropboxAccessToken: flag('dropbox-access-token'),
      dropboxRefreshToken: flag('dropbox-refresh-token'),
      dropboxAppKey: flag('dropbox-app-key'),
      dropboxAppSecret: flag('dropbox-app-secret'),
      useApiRootFolder: flag('use-api-root-folder') === 'true',
      apiRootFolder: flag('api-root-folder'),
      dropboxApiUrl: flag('dropbox-api-url') ?? (io.env.SHIPGATE_DROPBOX_API_URL || undefined),
      dropboxApiUrlSource: flag('dropbox-api-url') ? '--dropbox-api-url' : 'SHIPGATE_DROPBOX_API_URL',
      timeoutSeconds: 300,
    },
    { logger, clock: systemClock },
  )
  const manifestFile = relativeDeliveryPath(flag('manifest-file') ?? defaultLayout.manifestFile, 'manifest-file')
  const { manifest } = await loadManifest(destination, manifestFile)
  if (!manifest) {
    if (values.json) io.out(JSON.stringify({ project: flag('project'), manifestPath: destination.displayPath(manifestFile), manifest: null }, null, 2))
    else io.err(`shipgate deliver show: no delivery yet: ${destination.displayPath(manifestFile)} does not exist`)
    return EXIT.no
  }
  // `manifest` is the delivery-manifest contract as stored, numbers and all; `currentVersion` is the label people read.
  if (values.json) io.out(JSON.stringify({ project: manifest.project, manifestPath: destination.displayPath(manifestFile), currentVersion: manifest.current ? `v${manifest.current.currentVersion}` : null, manifest }, null, 2))
  else io.out(describeDelivery(manifest, destination.displayPath(''), runs))
  return EXIT.ok
}
