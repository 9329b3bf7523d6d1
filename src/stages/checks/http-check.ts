// The http acceptance check: one request, judged by status, body text and a JSON pointer, retried
// with exponential backoff until it passes, the attempts run out or the check's deadline passes.
import type { HttpCheck } from '../../config/acceptance-config.js'
import { canonicalJson } from '../../contracts/canonical.js'
import type { Clock } from '../../platform/clock.js'
import type { SecretMasker } from '../../platform/logger.js'
import { humanDuration, plural } from '../../platform/markdown.js'
import { maskedExcerpt, type CheckRunResult } from './check-run.js'
import { resolvePointer } from './json-pointer.js'

export const FIRST_BACKOFF_MS = 200
export const MAX_BACKOFF_MS = 5000

export interface HttpCheckPorts {
  clock: Clock
  masker: SecretMasker
  /** Where `${env:NAME}` in the url, headers and body is looked up. */
  environment: Record<string, string | undefined>
}

const SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie)$|token|secret|api-?key|auth/i
const ENV_REFERENCE = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g

interface ExpandedRequest {
  url: string
  method: string
  headers: Record<string, string>
  body?: string
}

/** Replaces `${env:NAME}` and masks every value it put in; a missing variable is named. */
function expandRequest(check: HttpCheck, ports: HttpCheckPorts): ExpandedRequest | { missing: string } {
  let missing: string | undefined
  const expand = (text: string): string =>
    text.replace(ENV_REFERENCE, (_match, name: string) => {
      const value = ports.environment[name]
      if (value === undefined || value === '') {
        missing ??= name
        return ''
      }
      // Every substituted value is masked, as the README promises: a DSN or a signed URL leaks as
      // easily as a variable named TOKEN.
      ports.masker.add(value)
      return value
    })
  const headers = Object.fromEntries(Object.entries(check.headers).map(([name, value]) => [name, expand(value)]))
  const request = { url: expand(check.url), method: check.method, headers, body: check.body === undefined ? undefined : expand(check.body) }
  if (missing !== undefined) return { missing }
  for (const [name, value] of Object.entries(headers)) if (SENSITIVE_HEADER.test(name)) maskHeaderValue(value, ports.masker)
  return request
}

// `Bearer abc` masks `abc` as well, so that the token alone never shows either.
function maskHeaderValue(value: string, masker: SecretMasker): void {
  masker.add(value)
  const credential = /^\S+\s+(\S+)$/.exec(value)?.[1]
  if (credential) masker.add(credential)
}

type AttemptOutcome = { ok: true; detail: string } | { ok: false; reason: string; detail?: string }

async function attempt(request: ExpandedRequest, check: HttpCheck, timeoutMs: number, masker: SecretMasker): Promise<AttemptOutcome> {
  const started = Date.now()
  let response: Response
  let body: string
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      // A check that expects a redirect must see it, not where it leads.
      redirect: check.expectStatus >= 300 && check.expectStatus < 400 ? 'manual' : 'follow',
      signal: AbortSignal.timeout(Math.max(1, Math.floor(timeoutMs))),
    })
    body = await response.text()
  } catch (error) {
    return { ok: false, reason: masker.mask(requestFailure(error, timeoutMs)) }
  }
  const elapsed = Date.now() - started
  const excerpt = maskedExcerpt(body, masker)
  const seen = `HTTP ${response.status} in ${humanDuration(elapsed)}`
  const detail = excerpt ? `${seen}; body: ${excerpt}` : seen
  if (response.status !== check.expectStatus) {
    return { ok: false, reason: `status ${response.status}, expected ${check.expectStatus}`, detail }
  }
  if (check.bodyContains !== undefined && !body.includes(check.bodyContains)) {
    return { ok: false, reason: `the body does not contain '${masker.mask(check.bodyContains)}'`, detail }
  }
  if (check.jsonPointer) {
    const { pointer, equals } = check.jsonPointer
    let document: unknown
    try {
      document = JSON.parse(body)
    } catch {
      return { ok: false, reason: `the body is not JSON, so JSON pointer '${pointer}' cannot be read`, detail }
    }
    const lookup = resolvePointer(document, pointer)
    if (!lookup.found) return { ok: false, reason: `JSON pointer '${pointer}' names nothing: ${lookup.reason}`, detail }
    const actual = lookup.value === undefined ? 'undefined' : canonicalJson(lookup.value)
    if (actual !== canonicalJson(equals)) {
      return { ok: false, reason: `JSON pointer '${pointer}' is ${maskedExcerpt(actual, masker, 120)}, expected ${maskedExcerpt(canonicalJson(equals), masker, 120)}`, detail }
    }
  }
  return { ok: true, detail: seen }
}

function requestFailure(error: unknown, timeoutMs: number): string {
  const failure = error as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  if (failure.name === 'TimeoutError' || failure.name === 'AbortError') return `no response within ${humanDuration(timeoutMs)}`
  const cause = failure.cause?.code ?? failure.cause?.message
  return `request failed: ${cause ? `${failure.message ?? 'error'} (${cause})` : (failure.message ?? String(error))}`
}

export async function runHttpCheck(check: HttpCheck, ports: HttpCheckPorts): Promise<CheckRunResult> {
  const request = expandRequest(check, ports)
  if ('missing' in request) {
    return { status: 'fail', attempts: 0, reason: `the environment variable ${request.missing} is not set (named by \${env:${request.missing}})` }
  }
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return { status: 'fail', attempts: 0, reason: `'${ports.masker.mask(request.url)}' is not a URL` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { status: 'fail', attempts: 0, reason: `'${ports.masker.mask(request.url)}' is not an http or https URL` }
  }
  if (url.password) ports.masker.add(decodeURIComponent(url.password))

  const timeoutMs = check.timeoutSeconds * 1000
  const deadline = ports.clock.now().getTime() + timeoutMs
  let last: Extract<AttemptOutcome, { ok: false }> = { ok: false, reason: 'not tried' }
  let attempts = 0
  let stoppedBy = 'no attempts left'
  while (attempts < check.attempts) {
    const remaining = deadline - ports.clock.now().getTime()
    if (remaining <= 0) {
      stoppedBy = `the ${humanDuration(timeoutMs)} deadline passed`
      break
    }
    attempts++
    const outcome = await attempt(request, check, remaining, ports.masker)
    if (outcome.ok) return { status: 'pass', attempts, detail: outcome.detail }
    last = outcome
    if (attempts >= check.attempts) break
    const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** (attempts - 1), MAX_BACKOFF_MS)
    if (ports.clock.now().getTime() + backoff >= deadline) {
      stoppedBy = `the ${humanDuration(timeoutMs)} deadline passed`
      break
    }
    await ports.clock.sleep(backoff)
  }
  return { status: 'fail', attempts, reason: `${last.reason} (after ${plural(attempts, 'attempt')}: ${stoppedBy})`, detail: last.detail }
}
