// The Dropbox SDK behind one call wrapper that owns the failure rules: retry 5xx and dropped
// connections with backoff, wait out 429 Retry-After, refresh an expired token once (form body,
// never the URL), give up at the deadline, and turn API errors into messages that say what to check.
// The SDK is imported lazily: only a Dropbox delivery pays for it.
import type { Dropbox, DropboxResponse } from 'dropbox'
import { ConfigurationError } from '../../errors.js'
import { LONGEST_TIMER_MS, type Clock } from '../../platform/clock.js'
import type { Logger } from '../../platform/logger.js'
import { headerRecord, nodeHttpFetch } from './node-fetch.js'

export const DEFAULT_DROPBOX_API_URL = 'https://api.dropboxapi.com'

export type DropboxAuthSettings =
  | { mode: 'access-token'; accessToken: string; refresh?: RefreshCredentials; source: string }
  | { mode: 'refresh-token'; refresh: RefreshCredentials; source: string }

export interface RefreshCredentials {
  refreshToken: string
  appKey: string
  appSecret: string
}

export interface DropboxApiOptions {
  auth: DropboxAuthSettings
  /** Another endpoint for every host (tests, proxies); the original host goes in X-Dropbox-Host. */
  apiUrl?: string
  /** `Dropbox-API-Path-Root` JSON, for a team space. */
  pathRoot?: string
  /** Epoch milliseconds after which no request is started or retried. */
  deadline: number
  clock: Clock
  logger: Logger
  /** First backoff for 5xx and dropped connections; doubles up to maxBackoffMs. */
  backoffMs?: number
  maxBackoffMs?: number
  maxAttempts?: number
}

/** An API error after the retry rules gave up: the route, the status, the error union read as documented. */
export class DropboxApiError extends ConfigurationError {
  override name = 'DropboxApiError'
  constructor(
    message: string,
    readonly route: string,
    readonly status: number | undefined,
    readonly tag: string | undefined,
    readonly body: unknown,
    /** incorrect_offset's `correct_offset`: how many bytes the session holds. */
    readonly correctOffset?: number,
  ) {
    super(message)
  }
}

interface SdkError {
  status: number
  headers?: { get(name: string): string | null }
  error: unknown
}

function isSdkError(error: unknown): error is SdkError {
  return typeof error === 'object' && error !== null && typeof (error as SdkError).status === 'number' && 'error' in error
}

/** What a Dropbox error body says, read the way the route's error union is documented. */
export interface DropboxErrorDetail {
  /** The union's tags from the outside in: `path/conflict/file`, `lookup_failed/incorrect_offset`. */
  tag?: string
  /** UploadSessionOffsetError's `correct_offset`, at whatever depth the union holds it. */
  correctOffset?: number
}

type Union = Record<string, unknown> & { '.tag': string }

function isUnion(value: unknown): value is Union {
  return typeof value === 'object' && value !== null && typeof (value as { '.tag'?: unknown })['.tag'] === 'string'
}

/**
 * Reads `{error_summary, error}` as Dropbox serialises its unions: a member whose type is a union
 * nests it under the member's name (`{".tag":"lookup_failed","lookup_failed":{".tag":"closed"}}`);
 * a member whose type is a struct puts the struct's fields beside the tag, so UploadWriteFailed's
 * WriteError is in `reason` (`{".tag":"path","reason":{".tag":"conflict",...},"upload_session_id":..}`)
 * and UploadSessionOffsetError's `correct_offset` sits next to `incorrect_offset`. RateLimitError
 * (429) is a struct around its `reason` union. OAuth errors are `{"error":"invalid_grant"}`.
 */
export function readDropboxError(body: unknown): DropboxErrorDetail {
  if (typeof body !== 'object' || body === null) return {}
  const error = (body as { error?: unknown }).error
  if (typeof error === 'string') return { tag: error }
  let union: unknown = isUnion(error) ? error : (error as { reason?: unknown } | undefined)?.reason
  const tags: string[] = []
  let correctOffset: number | undefined
  while (isUnion(union) && tags.length < 8) {
    const tag = union['.tag']
    tags.push(tag)
    if (typeof union.correct_offset === 'number') correctOffset = union.correct_offset
    const value = union[tag]
    union = isUnion(value) ? value : isUnion(union.reason) ? union.reason : undefined
  }
  return { tag: tags.length > 0 ? tags.join('/') : undefined, correctOffset }
}

/** `path/conflict/file` from a Dropbox error body (see readDropboxError). */
export function errorTag(body: unknown): string | undefined {
  return readDropboxError(body).tag
}

const HINTS: Array<[RegExp, string]> = [
  [/^expired_access_token/, 'the access token expired: give dropbox-refresh-token with dropbox-app-key and dropbox-app-secret so that shipgate can refresh it'],
  [/^invalid_access_token/, 'the access token is invalid or revoked: generate a new one for the app, or use a refresh token'],
  [/^invalid_grant/, 'the refresh token was revoked or belongs to another app: check dropbox-app-key and create a new refresh token'],
  [/^invalid_client/, 'dropbox-app-key or dropbox-app-secret is wrong: copy them from the app console'],
  [/^missing_scope/, 'the app lacks a permission: enable files.content.write, files.content.read, files.metadata.read and sharing.write, then create a new token'],
  [/not_found/, 'the path does not exist: check destination, project and api-root-folder'],
  [/conflict/, 'something else is at that path: check that the delivery folders are not files (or the other way round)'],
  [/insufficient_space/, 'the Dropbox account is full'],
  [/no_write_permission/, "the token's account cannot write there: check the folder's sharing permissions"],
  [/malformed_path|disallowed_name/, 'Dropbox refuses that name: rename the file'],
  [/email_not_verified/, "verify the Dropbox account's email address before shared links can be made"],
  [/access_denied|shared_link_access_denied|settings_error/, 'the account may not create shared links there: check team sharing policies'],
  [/too_many_write_operations|too_many_requests/, 'Dropbox throttled the requests for longer than the deadline allowed: retry later or raise timeout'],
]

export function hintFor(tag: string | undefined): string {
  if (!tag) return 'check the request and the Dropbox status page'
  return HINTS.find(([pattern]) => pattern.test(tag))?.[1] ?? 'see the Dropbox API documentation for this error'
}

function describeBody(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 300)
  const summary = (body as { error_summary?: unknown } | undefined)?.error_summary
  return typeof summary === 'string' ? summary : JSON.stringify(body)?.slice(0, 300) ?? ''
}

// Checked by shape, not instanceof: fetch's errors may come from another realm (vm contexts).
function isNetworkError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { name, message, code, cause } = error as { name?: string; message?: string; code?: string; cause?: { code?: string } }
  if (name === 'AbortError' || name === 'TimeoutError') return false
  if (name === 'TypeError' && message === 'fetch failed') return true
  return ['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'UND_ERR_SOCKET', 'ETIMEDOUT'].includes(cause?.code ?? code ?? '')
}

/** Builds a fetch that sends every SDK request to `apiUrl`, keeping the host it meant in a header. */
export function redirectingFetch(apiUrl: string): typeof fetch {
  const base = new URL(apiUrl)
  const prefix = base.pathname.replace(/\/$/, '')
  return (input, init) => {
    const original = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
    const target = new URL(`${prefix}${original.pathname}${original.search}`, base)
    return nodeHttpFetch(target, { ...init, headers: { ...headerRecord(init?.headers), 'x-dropbox-host': original.host } })
  }
}

export class DropboxApi {
  private sdk?: Dropbox
  private accessToken?: string
  private refreshed = false
  private readonly backoffMs: number
  private readonly maxBackoffMs: number
  private readonly maxAttempts: number

  constructor(private readonly options: DropboxApiOptions) {
    this.backoffMs = options.backoffMs ?? 500
    this.maxBackoffMs = options.maxBackoffMs ?? 16_000
    this.maxAttempts = options.maxAttempts ?? 8
    if (options.auth.mode === 'access-token') this.accessToken = options.auth.accessToken
  }

  get deadline(): number {
    return this.options.deadline
  }

  /** Calls one route with the retry rules; a 409 comes back as a DropboxApiError with its tag. */
  async call<T>(route: string, request: (sdk: Dropbox, options: { signal: AbortSignal }) => Promise<DropboxResponse<T>>): Promise<T> {
    const sdk = await this.client()
    for (let attempt = 1; ; attempt++) {
      const remaining = this.options.deadline - this.options.clock.now().getTime()
      if (remaining <= 0) throw this.deadlineError(route)
      try {
        // Under a deadline past what a timer holds (a large timeout input), a request has that long.
        return (await request(sdk, { signal: AbortSignal.timeout(Math.min(remaining, LONGEST_TIMER_MS)) })).result
      } catch (error) {
        const wait = await this.retryDelay(route, error, attempt)
        if (wait === undefined) throw this.toError(route, error)
        if (wait > 0) {
          if (this.options.clock.now().getTime() + wait > this.options.deadline) throw this.deadlineError(route, error)
          await this.options.clock.sleep(wait)
        }
      }
    }
  }

  /** Milliseconds to wait before retrying, 0 to retry at once, undefined to give up. */
  private async retryDelay(route: string, error: unknown, attempt: number): Promise<number | undefined> {
    if (isSdkError(error)) {
      const tag = errorTag(error.error)
      if (error.status === 401 && tag?.startsWith('expired_access_token')) {
        const refresh = this.options.auth.refresh
        if (!refresh || this.refreshed) return undefined
        this.options.logger.info(`dropbox: the access token expired during ${route}; refreshing it once`)
        this.refreshed = true
        await this.refreshAccessToken(refresh)
        return 0
      }
      if (error.status === 429) {
        const seconds = Number(error.headers?.get('retry-after'))
        const wait = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : this.backoff(attempt)
        this.options.logger.info(`dropbox: ${route} was throttled (${tag ?? 'too_many_requests'}); retrying after ${wait / 1000} s as Retry-After asks`)
        return wait
      }
      // WriteError and UploadSessionFinishError say too_many_write_operations as a 409: "retry".
      if (error.status === 409 && tag?.endsWith('too_many_write_operations') && attempt < this.maxAttempts) {
        this.options.logger.info(`dropbox: ${route} met lock contention (${tag}); retrying (attempt ${attempt + 1} of ${this.maxAttempts})`)
        return this.backoff(attempt)
      }
      if (error.status >= 500 && attempt < this.maxAttempts) {
        this.options.logger.info(`dropbox: ${route} answered ${error.status}; retrying (attempt ${attempt + 1} of ${this.maxAttempts})`)
        return this.backoff(attempt)
      }
      return undefined
    }
    if (isNetworkError(error) && attempt < this.maxAttempts) {
      this.options.logger.info(`dropbox: the connection dropped during ${route}; retrying (attempt ${attempt + 1} of ${this.maxAttempts})`)
      return this.backoff(attempt)
    }
    return undefined
  }

  private backoff(attempt: number): number {
    return Math.min(this.backoffMs * 2 ** (attempt - 1), this.maxBackoffMs)
  }

  private deadlineError(route: string, cause?: unknown): DropboxApiError {
    const status = isSdkError(cause) ? cause.status : undefined
    const tag = isSdkError(cause) ? errorTag(cause.error) : undefined
    return new DropboxApiError(
      `dropbox: ${route}: gave up at the deadline${tag ? ` (last error ${status} ${tag})` : ''}; ${tag ? hintFor(tag) : 'raise timeout or check the connection to Dropbox'}`,
      route,
      status,
      tag,
      undefined,
    )
  }

  toError(route: string, error: unknown): Error {
    if (error instanceof DropboxApiError || error instanceof ConfigurationError) return error
    if (isSdkError(error)) {
      const { tag, correctOffset } = readDropboxError(error.error)
      const what = error.status === 400 ? `400 bad request: ${describeBody(error.error)}` : `${error.status} ${tag ?? describeBody(error.error)}`
      const expiredAgain = error.status === 401 && tag?.startsWith('expired_access_token') && this.refreshed
      const hint = expiredAgain ? 'the token expired again right after a refresh: check the app key, secret and the machine clock' : error.status === 400 ? 'this is a bug in the request shipgate sent; please report it' : hintFor(tag)
      return new DropboxApiError(`dropbox: ${route}: ${what}; ${hint}`, route, error.status, tag, error.error, correctOffset)
    }
    if ((error as Error)?.name === 'TimeoutError' || (error as Error)?.name === 'AbortError') return this.deadlineError(route)
    if (isNetworkError(error)) {
      const cause = (error as { cause?: { message?: string } }).cause?.message
      return new DropboxApiError(`dropbox: ${route}: cannot reach Dropbox (${cause ?? (error as Error).message}); check the network and dropbox-api-url`, route, undefined, undefined, undefined)
    }
    return error instanceof Error ? error : new Error(String(error))
  }

  private async client(): Promise<Dropbox> {
    if (this.sdk) return this.sdk
    if (this.options.auth.mode === 'refresh-token') await this.refreshAccessToken(this.options.auth.refresh)
    const { Dropbox } = await import('dropbox')
    // The token is read at every request, so a refresh takes effect on the next retry.
    const accessToken = () => this.accessToken ?? ''
    const baseFetch: typeof fetch = this.options.apiUrl ? redirectingFetch(this.options.apiUrl) : nodeHttpFetch
    const authorisedFetch: typeof fetch = (input, init) => {
      return baseFetch(input, { ...init, headers: { ...headerRecord(init?.headers), authorization: `Bearer ${accessToken()}` } })
    }
    this.sdk = new Dropbox({ accessToken: accessToken(), fetch: authorisedFetch, pathRoot: this.options.pathRoot })
    return this.sdk
  }

  /** POST /oauth2/token with a form body: the refresh token and secret never go in a URL. */
  private async refreshAccessToken(credentials: RefreshCredentials): Promise<void> {
    const url = new URL('/oauth2/token', this.options.apiUrl ?? DEFAULT_DROPBOX_API_URL)
    if (this.options.apiUrl) url.pathname = `${new URL(this.options.apiUrl).pathname.replace(/\/$/, '')}/oauth2/token`
    const body = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credentials.refreshToken,
      client_id: credentials.appKey,
      client_secret: credentials.appSecret,
    })
    let response: Response | undefined
    for (let attempt = 1; ; attempt++) {
      try {
        response = await nodeHttpFetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Dropbox-Host': 'api.dropboxapi.com' },
          body,
          signal: AbortSignal.timeout(Math.min(Math.max(1, this.options.deadline - this.options.clock.now().getTime()), LONGEST_TIMER_MS)),
        })
        if (response.status < 500 || attempt >= this.maxAttempts) break
      } catch (error) {
        if (!isNetworkError(error) || attempt >= this.maxAttempts) throw this.toError('oauth2/token', error)
      }
      await this.options.clock.sleep(this.backoff(attempt))
    }
    const text = await response.text()
    let json: { access_token?: unknown; error?: unknown; error_description?: unknown } = {}
    try {
      json = JSON.parse(text) as typeof json
    } catch {
      // A plain-text answer is described below.
    }
    if (!response.ok || typeof json.access_token !== 'string') {
      const tag = typeof json.error === 'string' ? json.error : undefined
      throw new DropboxApiError(
        `dropbox: refreshing the access token failed: ${response.status} ${tag ?? text.slice(0, 200)}; ${hintFor(tag)}`,
        'oauth2/token',
        response.status,
        tag,
        json,
      )
    }
    this.options.logger.secret(json.access_token)
    this.accessToken = json.access_token
  }
}
