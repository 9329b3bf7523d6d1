// Template variables from outside the send's own inputs: a JSON or YAML data file, a command whose
// stdout is a JSON object, and the built-in `releases` source (the release decisions taken since the
// last digest of the series, from the evidence store and the ledger). Precedence, highest first:
// the `variables` input (merged later, in plan.ts), data-command, data-file, the built-in sources.
import { z } from 'zod'
import { ConfigurationError } from '../errors.js'
import { readTextIfPresent } from '../evidence/local-store.js'
import type { EvidenceStore } from '../evidence/store.js'
import { readYamlFile } from '../config/yaml-file.js'
import type { Clock } from '../platform/clock.js'
import type { Exec } from '../platform/exec.js'
import type { Logger } from '../platform/logger.js'
import { latestRun } from '../stages/timing.js'
import { ledgerEntry } from './ledger.js'
import { periodLengthMs, type SendPeriod } from './period.js'
import { formatDuration } from './plan.js'

export interface TemplateDataRequest {
  dataFile?: string
  dataCommand?: string
  dataTimeoutSeconds: number
  /** The built-in `releases` variable. */
  releases: boolean
  repository: string
  /** A roster send's period: the series of digests the `releases` window follows. */
  period?: SendPeriod
  /** The ledger journal the send records in, read for the last digest sent of the series. */
  ledger?: string
  /** Where data-command runs. */
  workspace: string
}

export interface TemplateDataPorts {
  exec: Exec
  store: EvidenceStore
  clock: Clock
  logger: Logger
}

export interface ReleaseItem {
  sha: string
  shortSha: string
  decision: string
  status: string
  leadTime: string
  decidedAt: string
}

/** Exit status of coreutils `timeout` when the time ran out (and after its SIGKILL). */
const TIMED_OUT = new Set([124, 137])
const STDERR_TAIL_LINES = 10
const STDERR_TAIL_CHARS = 1500
/** After the TERM signal, how long the command gets before it is killed. */
const KILL_AFTER_SECONDS = 5

const dataObject = z.record(z.string(), z.unknown(), { message: 'must be an object of template variables, e.g. items: [a, b]' })

export async function templateData(request: TemplateDataRequest, ports: TemplateDataPorts): Promise<Record<string, unknown>> {
  const builtIn = request.releases ? { releases: await releasesSinceLastDigest(request, ports) } : {}
  const file = request.dataFile ? await readYamlFile(request.dataFile, dataObject, "template data file (input 'data-file')") : {}
  const command = request.dataCommand ? await runDataCommand(request.dataCommand, request.dataTimeoutSeconds, request.workspace, ports.exec) : {}
  return { ...builtIn, ...file, ...command }
}

function stderrTail(stderr: string): string {
  const tail = stderr.trimEnd().split('\n').slice(-STDERR_TAIL_LINES).join('\n').slice(-STDERR_TAIL_CHARS)
  return tail === '' ? 'stderr was empty' : `stderr ends with:\n${tail}`
}

/** Runs the command under coreutils `timeout`, which kills its whole process group when the time is up. */
async function runDataCommand(command: string, timeoutSeconds: number, cwd: string, exec: Exec): Promise<Record<string, unknown>> {
  const result = await exec.run('timeout', [`--kill-after=${KILL_AFTER_SECONDS}`, String(timeoutSeconds), 'bash', '-eo', 'pipefail', '-c', command], { cwd })
  if (TIMED_OUT.has(result.exitCode)) {
    throw new ConfigurationError(`input 'data-command': did not finish within ${timeoutSeconds} s (input 'data-timeout'); ${stderrTail(result.stderr)}`)
  }
  if (result.exitCode !== 0) {
    throw new ConfigurationError(`input 'data-command': exited with status ${result.exitCode}; ${stderrTail(result.stderr)}`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(result.stdout)
  } catch (error) {
    throw new ConfigurationError(`input 'data-command': stdout is not JSON (${(error as Error).message}); it must print one JSON object; ${stderrTail(result.stderr)}`)
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigurationError(`input 'data-command': stdout is JSON but not an object (${Array.isArray(parsed) ? 'an array' : String(parsed)}); print an object such as {"items": ["a", "b"]}`)
  }
  return parsed as Record<string, unknown>
}

/**
 * When the last digest of this series (same repository, same kind of period, an earlier period) was
 * sent, from the ledger; undefined when there was none.
 */
async function lastDigestSentAt(request: TemplateDataRequest): Promise<number | undefined> {
  if (!request.period || !request.ledger) return undefined
  const text = await readTextIfPresent(request.ledger)
  if (text === undefined) return undefined
  let last: number | undefined
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    let entry
    try {
      entry = ledgerEntry.safeParse(JSON.parse(line))
    } catch {
      continue // the send itself reports a damaged ledger, with its line
    }
    if (!entry.success || entry.data.state !== 'sent') continue
    const [repository, periodKey] = entry.data.eventKey.split('|')
    if (repository !== request.repository || !periodKey?.startsWith(`${request.period.period}:`) || periodKey === request.period.key) continue
    const at = Date.parse(entry.data.at)
    if (Number.isFinite(at) && (last === undefined || at > last)) last = at
  }
  return last
}

/** The release decisions taken since the last digest of the series (or within the last period), newest first. */
async function releasesSinceLastDigest(request: TemplateDataRequest, ports: TemplateDataPorts): Promise<ReleaseItem[]> {
  const since = (await lastDigestSentAt(request)) ?? ports.clock.now().getTime() - periodLengthMs(request.period?.period ?? 'daily')
  const releases: Array<ReleaseItem & { at: number }> = []
  for (const sha of await ports.store.listShas('release')) {
    const read = await ports.store.read('release', sha)
    if (read.state !== 'valid') {
      if (read.state === 'invalid') ports.logger.warning(`send-mail: ${read.path}: not a valid release decision; left out of 'releases'`, { file: read.path })
      continue
    }
    const decision = read.value
    const at = Date.parse(decision.decidedAt)
    if (!(at > since)) continue
    const timing = await ports.store.read('pipeline', sha)
    releases.push({
      sha: decision.sha,
      shortSha: decision.sha.slice(0, 7),
      decision: decision.decision,
      status: decision.status,
      leadTime: formatDuration(timing.state === 'valid' ? latestRun(timing.value)?.closed?.leadTimeMs : undefined),
      decidedAt: decision.decidedAt,
      at,
    })
  }
  return releases.sort((a, b) => b.at - a.at).map(({ at: _at, ...release }) => release)
}
