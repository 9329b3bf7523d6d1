// Freshness checks of production's own monitors: the auth canary's last success, and the delegated
// probe's report, which must name the SHA being released. Each reads a JSON document from a URL or
// a file and never throws for what it finds there: that is a failed check with a reason.
import { readUserTextFile } from '../../evidence/evidence-file.js'
import type { AuthCanaryConfig, ProbeConfig } from '../../config/prod-verify-config.js'
import type { CheckOutcome } from '../../contracts/common.js'
import { errorMessage } from '../../errors.js'
import type { Clock } from '../../platform/clock.js'
import { parseRfc3339 } from '../../platform/rfc3339.js'
import { resolvePointer } from './json-pointer.js'

/** How far in the future a reported time may be before it is a wrong clock rather than skew. */
export const CLOCK_SKEW_SECONDS = 60

export interface FreshnessPorts {
  clock: Clock
}

export interface JsonSource {
  url?: string
  file?: string
}

/** A problem with a source or its content, told as the reason of a failed check. */
class SourceProblem extends Error {}

/** Reads and parses the JSON document a source names. */
export async function readJsonSource(source: JsonSource, timeoutSeconds: number): Promise<unknown> {
  let text: string
  if (source.file !== undefined) {
    try {
      text = await readUserTextFile(source.file, 'a report')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new SourceProblem(`${source.file}: ${code === 'ENOENT' ? 'file not found' : errorMessage(error)}`)
    }
  } else {
    const url = source.url ?? ''
    if (!/^https?:\/\//i.test(url)) throw new SourceProblem(`${url}: not an http(s) URL`)
    let response: Response
    try {
      response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutSeconds * 1000) })
    } catch (error) {
      throw new SourceProblem(`${url}: ${fetchFailure(error, timeoutSeconds)}`)
    }
    text = await response.text()
    if (!response.ok) throw new SourceProblem(`${url}: answered ${response.status}`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new SourceProblem(`${source.file ?? source.url}: not valid JSON (${errorMessage(error)})`)
  }
}

/** Why a fetch did not get a response, in words: a timeout, or the cause behind "fetch failed". */
export function fetchFailure(error: unknown, timeoutSeconds: number): string {
  // Duck-typed: fetch's errors may come from another realm, where instanceof Error is false.
  const { name, message, cause } = (error ?? {}) as { name?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } }
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutSeconds} s`
  const text = typeof message === 'string' ? message : String(error)
  const why = typeof cause?.message === 'string' && cause.message !== '' ? cause.message : typeof cause?.code === 'string' ? cause.code : undefined
  return why ? `${text} (${why})` : text
}

/** An RFC 3339 date-time, or epoch seconds or milliseconds; undefined for anything else. */
export function parseReportedTime(value: unknown): Date | undefined {
  let time: Date | undefined
  if (typeof value === 'string') {
    const reading = parseRfc3339(value)
    if ('time' in reading) time = reading.time
  } else if (typeof value === 'number' && Number.isFinite(value) && value > 0) time = new Date(value < 1e12 ? value * 1000 : value)
  return time && !Number.isNaN(time.getTime()) ? time : undefined
}

function pointerValue(document: unknown, pointer: string, where: string): unknown {
  let lookup: ReturnType<typeof resolvePointer>
  try {
    lookup = resolvePointer(document, pointer)
  } catch (error) {
    throw new SourceProblem(`${where}: ${errorMessage(error)}`)
  }
  if (!lookup.found) throw new SourceProblem(`${where}: nothing at JSON pointer '${pointer}' (${lookup.reason})`)
  return lookup.value
}

/** Checks that a reported time is no older than maxAgeSeconds; returns a detail for the outcome. */
function assertFresh(what: string, value: unknown, pointer: string, maxAgeSeconds: number, now: Date): string {
  const time = parseReportedTime(value)
  if (!time) {
    const reading = typeof value === 'string' ? parseRfc3339(value) : undefined
    const why = reading && 'problem' in reading ? `: ${reading.problem}` : ''
    throw new SourceProblem(`${what} at '${pointer}' is ${JSON.stringify(value)}, not an RFC 3339 date-time or epoch time${why}`)
  }
  const ageSeconds = Math.round((now.getTime() - time.getTime()) / 1000)
  if (ageSeconds < -CLOCK_SKEW_SECONDS) {
    throw new SourceProblem(`${what} ${time.toISOString()} is ${-ageSeconds} s in the future: the reporter's clock or the document is wrong`)
  }
  if (ageSeconds > maxAgeSeconds) {
    throw new SourceProblem(`${what} ${time.toISOString()} is ${ageSeconds} s old, older than maxAgeSeconds ${maxAgeSeconds}`)
  }
  return `${what} ${time.toISOString()}, ${Math.max(0, ageSeconds)} s old (max ${maxAgeSeconds} s)`
}

async function timedCheck(
  base: Pick<CheckOutcome, 'name' | 'type' | 'required'>,
  clock: Clock,
  body: () => Promise<string>,
): Promise<CheckOutcome> {
  const started = clock.now()
  const durationMs = () => Math.max(0, clock.now().getTime() - started.getTime())
  try {
    const detail = await body()
    return { ...base, status: 'pass', attempts: 1, durationMs: durationMs(), detail }
  } catch (error) {
    if (!(error instanceof SourceProblem)) throw error
    return { ...base, status: 'fail', reason: error.message, attempts: 1, durationMs: durationMs() }
  }
}

export const AUTH_CANARY_CHECK = 'auth canary'
export const PROBE_CHECK = 'probe freshness'

/** The auth canary's last success must be newer than its maxAgeSeconds. */
export function checkAuthCanary(config: AuthCanaryConfig, ports: FreshnessPorts): Promise<CheckOutcome> {
  return timedCheck({ name: AUTH_CANARY_CHECK, type: 'auth-canary', required: config.required }, ports.clock, async () => {
    const where = config.source.file ?? config.source.url ?? ''
    const document = await readJsonSource(config.source, config.timeoutSeconds)
    const lastSuccess = pointerValue(document, config.pointer, where)
    return assertFresh('last success', lastSuccess, config.pointer, config.maxAgeSeconds, ports.clock.now())
  })
}

/** The delegated probe's report must name the SHA being released and be newer than maxAgeSeconds. */
export function checkProbe(config: ProbeConfig, sha: string, ports: FreshnessPorts): Promise<CheckOutcome> {
  return timedCheck({ name: PROBE_CHECK, type: 'probe', required: config.required }, ports.clock, async () => {
    const where = config.source.file ?? config.source.url ?? ''
    const report = await readJsonSource(config.source, config.timeoutSeconds)
    const reportedSha = pointerValue(report, config.shaPointer, where)
    if (reportedSha !== sha) {
      throw new SourceProblem(`${where}: the probe checked ${JSON.stringify(reportedSha)} (at '${config.shaPointer}'), not the release ${sha}`)
    }
    const checkedAt = pointerValue(report, config.timePointer, where)
    return `probe of ${sha.slice(0, 12)}: ${assertFresh('checked', checkedAt, config.timePointer, config.maxAgeSeconds, ports.clock.now())}`
  })
}
