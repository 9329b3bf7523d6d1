// A local HTTP server that speaks the Dropbox API v2 wire format on the routes deliver uses, for the
// real `dropbox` SDK to talk to: uploads and upload sessions (sequential and concurrent rules),
// content_hash, metadata, folder listing with paging, sharing, token refresh, and Dropbox's error
// shapes. Faults (429 with Retry-After, 5xx, dropped connections, lost acknowledgements, expired
// tokens, a link that exists without metadata) are injected per route.
// The content hash here is computed independently of src/delivery, so tests check ours against it.
import { createHash, randomBytes, type Hash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

const BLOCK = 4 * 1024 * 1024

/**
 * Hashes a byte stream the way Dropbox does, as it arrives: one running SHA-256 for the current
 * block and the digests of the finished ones, never the bytes themselves.
 */
class BlockHasher {
  private digests: Buffer[] = []
  private block: Hash = createHash('sha256')
  private fill = 0
  size = 0

  push(data: Buffer): void {
    this.size += data.length
    let offset = 0
    while (offset < data.length) {
      const take = Math.min(BLOCK - this.fill, data.length - offset)
      this.block.update(take === data.length ? data : data.subarray(offset, offset + take))
      this.fill += take
      offset += take
      if (this.fill === BLOCK) {
        this.digests.push(this.block.digest())
        this.block = createHash('sha256')
        this.fill = 0
      }
    }
  }

  /** An independent copy: a request hashes into one, and only an accepted request replaces the session's. */
  fork(): BlockHasher {
    const copy = new BlockHasher()
    copy.digests = [...this.digests]
    copy.block = this.block.copy()
    copy.fill = this.fill
    copy.size = this.size
    return copy
  }

  /** The block digests, the partial last block included; the hasher itself is unchanged. */
  blockDigests(): Buffer[] {
    return this.fill > 0 ? [...this.digests, this.block.copy().digest()] : this.digests
  }

  static combine(digests: Buffer[]): string {
    return createHash('sha256').update(Buffer.concat(digests)).digest('hex')
  }
}

/** A request body as the server took it in: hashed while it streamed in, the bytes kept only when asked. */
interface ReceivedBody {
  length: number
  hasher: BlockHasher
  /** The bytes as they arrived (no copies), unless the server keeps no content. */
  pieces?: Buffer[]
}

function bodyContent(body: ReceivedBody): Buffer | undefined {
  if (!body.pieces) return undefined
  return body.pieces.length === 1 ? body.pieces[0]! : Buffer.concat(body.pieces)
}

function emptyBody(): ReceivedBody {
  return { length: 0, hasher: new BlockHasher(), pieces: [] }
}

/** Files up to this size keep their content even when the server keeps none (the manifest). */
const ALWAYS_KEPT = 1024 * 1024

export function wireContentHash(data: Buffer): string {
  const hasher = new BlockHasher()
  hasher.push(data)
  return BlockHasher.combine(hasher.blockDigests())
}

export interface StoredFile {
  kind: 'file'
  id: string
  pathDisplay: string
  size: number
  contentHash: string
  rev: string
  /** Kept unless the server was started with keepContent: false (benchmarks). */
  content?: Buffer
  serverModified: string
}

export interface StoredFolder {
  kind: 'folder'
  id: string
  pathDisplay: string
}

interface Session {
  id: string
  type: 'sequential' | 'concurrent'
  closed: boolean
  hasher: BlockHasher
  offset: number
  content: Buffer[]
  /** Concurrent sessions: chunks by offset. */
  chunks: Map<number, { length: number; digests: Buffer[]; content?: Buffer }>
  closedAt?: number
}

export interface SharedLink {
  url: string
  id: string
  pathLower: string
  name: string
}

export type FaultAction =
  | { kind: 'status'; status: number; body?: unknown; retryAfter?: number }
  /** Reads part of the request body, then destroys the connection: a connection dropped mid-chunk. */
  | { kind: 'drop-mid-body' }
  /** Handles the request fully, then destroys the connection instead of answering: a lost ack. */
  | { kind: 'lose-ack' }
  /** Answers 401 expired_access_token whatever the token. */
  | { kind: 'expired-token' }
  /** shared_link_already_exists without metadata, even when a link exists. */
  | { kind: 'link-exists-bare' }
  /** Holds the request this long before handling it as usual: a slow write, to line up a race. */
  | { kind: 'delay'; ms: number }

export interface Fault {
  route: string
  action: FaultAction
  /** How many matching requests it applies to (default 1). */
  times?: number
  /** Only requests whose arguments match. */
  when?: (args: Record<string, unknown>) => boolean
}

export interface RecordedRequest {
  route: string
  url: string
  host: string | undefined
  rawArg: string | undefined
  args: Record<string, unknown>
  authorization: string | undefined
  bodySize: number
  status: number
}

export interface DropboxWireServerOptions {
  /** Access tokens accepted from the start. */
  accessTokens?: string[]
  app?: { key: string; secret: string; refreshToken: string }
  keepContent?: boolean
  /** Entries per list_folder page, to exercise list_folder/continue. */
  pageSize?: number
}

function jsonError(res: ServerResponse, status: number, error: Record<string, unknown>, summary?: string, headers: Record<string, string> = {}): void {
  const tag = summary ?? `${String(error['.tag'])}/..`
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
  res.end(JSON.stringify({ error_summary: tag, error }))
}

/**
 * A route's error union as Dropbox serialises it (`{error_summary, error}`): a member whose type is a
 * union nests it under the member's name; a struct member puts its fields beside the tag. The
 * summary is the tags joined by '/', ending in '/' and a few dots, as Dropbox writes it.
 */
class ApiError extends Error {
  readonly summary: string
  constructor(readonly status: number, readonly error: Record<string, unknown> | string, tags?: string) {
    super(typeof error === 'string' ? error : String(error['.tag']))
    this.summary = `${tags ?? (typeof error === 'string' ? '' : String(error['.tag']))}/..`
  }
}

type WriteConflict = 'file' | 'folder' | 'file_ancestor'

/** A WriteError; each route wraps it in its own union (see writeFailed). */
class WriteFailure extends Error {
  constructor(readonly writeError: Record<string, unknown>, readonly tags: string) {
    super(tags)
  }
}

const conflict = (what: WriteConflict) => new WriteFailure({ '.tag': 'conflict', conflict: { '.tag': what } }, `conflict/${what}`)

/**
 * A WriteError as the route reports it: files/upload's UploadError.path is an UploadWriteFailed
 * struct (`reason` and `upload_session_id` beside the tag); the finishes' UploadSessionFinishError.path
 * and create_folder_v2's CreateFolderError.path hold the WriteError itself.
 */
function writeFailed(route: string, failure: WriteFailure): ApiError {
  if (route === 'files/upload') {
    return new ApiError(409, { '.tag': 'path', reason: failure.writeError, upload_session_id: `pid_upload_session:${randomBytes(12).toString('hex')}` }, `path/${failure.tags}`)
  }
  return new ApiError(409, { '.tag': 'path', path: failure.writeError }, `path/${failure.tags}`)
}

/** LookupError not_found inside the route's member that holds it (`path`, `path_lookup`). */
const notFound = (tag = 'path') => new ApiError(409, { '.tag': tag, [tag]: { '.tag': 'not_found' } }, `${tag}/not_found`)

function lower(path: string): string {
  return path.toLowerCase()
}

function parentOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')))
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

export class DropboxWireServer {
  readonly entries = new Map<string, StoredFile | StoredFolder>()
  readonly links = new Map<string, SharedLink>()
  readonly requests: RecordedRequest[] = []
  readonly tokenRequests: Array<{ url: string; contentType: string | undefined; body: string }> = []
  readonly faults: Fault[] = []
  readonly accessTokens: Set<string>
  /** The most upload_session/append_v2 requests in progress at once, over all sessions. */
  maxAppendsInFlight = 0
  private appendsInFlight = 0
  private readonly sessions = new Map<string, Session>()
  private readonly expired = new Set<string>()
  private revCounter = 0x100
  private server?: Server
  url = ''

  constructor(private readonly options: DropboxWireServerOptions = {}) {
    this.accessTokens = new Set(options.accessTokens ?? ['test-access-token'])
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'text/plain' })
          res.end(`test server error: ${(error as Error).stack}`)
        }
      })
    })
    this.server.keepAliveTimeout = 60_000
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    if (!this.server) return
    this.server.closeAllConnections()
    await new Promise<void>((done) => this.server!.close(() => done()))
  }

  inject(fault: Fault): void {
    this.faults.push({ times: 1, ...fault })
  }

  /** The next requests with this token get 401 expired_access_token. */
  expireToken(token: string): void {
    this.expired.add(token)
  }

  /** Makes a folder and a shared link for it, as if made earlier by someone else. */
  seedLink(path: string): SharedLink {
    this.ensureFolder(path)
    this.route('sharing/create_shared_link_with_settings', { path }, emptyBody())
    return this.links.get(lower(path))!
  }

  revokeLink(path: string): void {
    this.links.delete(lower(path))
  }

  file(path: string): StoredFile | undefined {
    const entry = this.entries.get(lower(path))
    return entry?.kind === 'file' ? entry : undefined
  }

  filesUnder(folder: string): StoredFile[] {
    const prefix = `${lower(folder)}/`
    return [...this.entries.entries()].filter(([key, entry]) => entry.kind === 'file' && key.startsWith(prefix)).map(([, entry]) => entry as StoredFile)
  }

  routeCount(route: string): number {
    return this.requests.filter((request) => request.route === route).length
  }

  private takeFault(route: string, args: Record<string, unknown>): FaultAction | undefined {
    const index = this.faults.findIndex((fault) => fault.route === route && (fault.when?.(args) ?? true))
    if (index < 0) return undefined
    const fault = this.faults[index]!
    fault.times = (fault.times ?? 1) - 1
    if (fault.times <= 0) this.faults.splice(index, 1)
    return fault.action
  }

  /** A delay fault is served here (the request then goes on as usual); any other comes back. */
  private async waitOut(fault: FaultAction | undefined): Promise<Exclude<FaultAction, { kind: 'delay' }> | undefined> {
    if (fault?.kind !== 'delay') return fault
    await new Promise((done) => setTimeout(done, fault.ms))
    return undefined
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    if (req.method !== 'POST') {
      res.writeHead(405).end()
      return
    }
    if (url.pathname === '/oauth2/token') return this.token(req, res, url)
    const route = url.pathname.replace(/^\/2\//, '')
    const rawArg = req.headers['dropbox-api-arg'] as string | undefined
    const record: RecordedRequest = { route, url: req.url ?? '', host: req.headers['x-dropbox-host'] as string | undefined, rawArg, args: {}, authorization: req.headers.authorization, bodySize: 0, status: 0 }
    this.requests.push(record)
    res.on('finish', () => {
      record.status = res.statusCode
    })

    const isContent = ['files/upload', 'files/download'].includes(route) || route.startsWith('files/upload_session/') && route !== 'files/upload_session/finish_batch_v2'
    let args: Record<string, unknown> = {}
    if (isContent && route !== 'files/download') {
      // eslint-disable-next-line no-control-regex
      if (rawArg === undefined || /[^\u0000-\u007e]/.test(rawArg)) {
        await this.drain(req)
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
        res.end(`Error in call to API function "${route}": HTTP header "Dropbox-API-Arg": could not decode input as JSON`)
        return
      }
      args = JSON.parse(rawArg) as Record<string, unknown>
    } else if (route === 'files/download') {
      args = JSON.parse(rawArg ?? '{}') as Record<string, unknown>
    }
    record.args = args

    const fault = await this.waitOut(this.takeFault(route, isContent ? args : {}))
    if (route === 'files/upload_session/append_v2') {
      this.maxAppendsInFlight = Math.max(this.maxAppendsInFlight, ++this.appendsInFlight)
      res.on('close', () => this.appendsInFlight--)
    }
    if (fault?.kind === 'drop-mid-body') {
      let seen = 0
      req.on('data', (chunk: Buffer) => {
        seen += chunk.length
        if (seen > 64 * 1024) req.socket.destroy()
      })
      req.on('end', () => req.socket.destroy())
      return
    }

    let body: ReceivedBody
    if (!isContent) {
      const json = await this.drain(req)
      body = { length: json.length, hasher: new BlockHasher() }
      record.bodySize = json.length
      try {
        args = json.length > 0 ? (JSON.parse(json.toString('utf8')) as Record<string, unknown>) : {}
      } catch {
        res.writeHead(400, { 'Content-Type': 'text/plain' }).end(`Error in call to API function "${route}": request body: could not decode input as JSON`)
        return
      }
      record.args = args
      const rpcFault = fault ?? (await this.waitOut(this.takeFault(route, args)))
      if (rpcFault && rpcFault.kind !== 'lose-ack' && rpcFault.kind !== 'link-exists-bare') return this.fail(res, rpcFault)
      if (rpcFault?.kind === 'link-exists-bare') return this.respond(req, res, route, args, body, rpcFault)
      if (rpcFault?.kind === 'lose-ack') {
        await this.respond(req, res, route, args, body, undefined, true)
        return
      }
    } else {
      body = await this.receive(req, route, args)
      record.bodySize = body.length
      if (fault && fault.kind !== 'lose-ack' && fault.kind !== 'link-exists-bare') return this.fail(res, fault)
    }

    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '')
    if (this.expired.has(token)) {
      jsonError(res, 401, { '.tag': 'expired_access_token' }, 'expired_access_token/..')
      return
    }
    if (!this.accessTokens.has(token)) {
      jsonError(res, 401, { '.tag': 'invalid_access_token' }, 'invalid_access_token/..')
      return
    }
    await this.respond(req, res, route, args, body, undefined, fault?.kind === 'lose-ack')
  }

  private fail(res: ServerResponse, fault: FaultAction): void {
    if (fault.kind === 'expired-token') return jsonError(res, 401, { '.tag': 'expired_access_token' }, 'expired_access_token/..')
    if (fault.kind !== 'status') return
    const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {}
    if (fault.status === 429) {
      return jsonError(res, 429, (fault.body as Record<string, unknown>) ?? { reason: { '.tag': 'too_many_write_operations' }, retry_after: fault.retryAfter ?? 1 }, 'too_many_write_operations/..', headers)
    }
    // A route's own error union, given whole: `{".tag":"path","path":{".tag":"too_many_write_operations"}}`.
    if (typeof fault.body === 'object' && fault.body !== null) return jsonError(res, fault.status, fault.body as Record<string, unknown>, undefined, headers)
    res.writeHead(fault.status, { 'Content-Type': 'text/plain', ...headers })
    res.end(typeof fault.body === 'string' ? fault.body : 'Internal Server Error')
  }

  private async respond(req: IncomingMessage, res: ServerResponse, route: string, args: Record<string, unknown>, body: ReceivedBody, fault?: FaultAction, loseAck = false): Promise<void> {
    let status = 200
    let payload: unknown
    let headers: Record<string, string> = { 'Content-Type': 'application/json' }
    let raw: Buffer | undefined
    try {
      if (route === 'files/download') {
        const file = this.lookupFile(String(args.path ?? ''))
        headers = { 'Content-Type': 'application/octet-stream', 'Dropbox-API-Result': JSON.stringify(this.metadata(file)).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) }
        raw = file.content ?? Buffer.alloc(0)
      } else {
        payload = this.route(route, args, body, fault)
      }
    } catch (thrown) {
      const error = thrown instanceof WriteFailure ? writeFailed(route, thrown) : thrown
      if (!(error instanceof ApiError)) throw error
      status = error.status
      if (typeof error.error === 'string') {
        headers = { 'Content-Type': 'text/plain' }
        raw = Buffer.from(error.error)
      } else {
        payload = { error_summary: error.summary, error: error.error }
      }
    }
    if (loseAck) {
      req.socket.destroy()
      return
    }
    res.writeHead(status, headers)
    res.end(raw ?? JSON.stringify(payload ?? null))
  }

  private route(route: string, args: Record<string, unknown>, body: ReceivedBody, fault?: FaultAction): unknown {
    switch (route) {
      case 'files/upload': {
        const hash = BlockHasher.combine(body.hasher.blockDigests())
        if (typeof args.content_hash === 'string' && args.content_hash !== hash) {
          throw new ApiError(409, { '.tag': 'content_hash_mismatch' })
        }
        return this.metadata(this.commit(String(args.path), args.mode, Boolean(args.strict_conflict), body.length, hash, bodyContent(body)))
      }
      case 'files/upload_session/start': {
        const type = (args.session_type as { '.tag'?: string } | string | undefined)
        const concurrent = (typeof type === 'string' ? type : type?.['.tag']) === 'concurrent'
        if (concurrent && body.length > 0) throw new ApiError(400, 'Error in call to API function "files/upload_session/start": concurrent sessions take no data on start')
        const session: Session = { id: `pid_upload_session:${randomBytes(12).toString('hex')}`, type: concurrent ? 'concurrent' : 'sequential', closed: Boolean(args.close), hasher: new BlockHasher(), offset: 0, content: [], chunks: new Map() }
        this.appendSequential(session, body)
        this.sessions.set(session.id, session)
        return { session_id: session.id }
      }
      case 'files/upload_session/append_v2': {
        const cursor = args.cursor as { session_id: string; offset: number }
        const session = this.session(cursor.session_id, 'not_found')
        if (session.closed) throw new ApiError(409, { '.tag': 'closed' })
        if (session.type === 'sequential') {
          if (cursor.offset !== session.offset) throw new ApiError(409, { '.tag': 'incorrect_offset', correct_offset: session.offset })
          this.appendSequential(session, body)
        } else {
          const close = Boolean(args.close)
          if (cursor.offset % BLOCK !== 0 || (!close && body.length % BLOCK !== 0)) {
            throw new ApiError(400, 'Error in call to API function "files/upload_session/append_v2": concurrent upload sessions need offsets and lengths that are multiples of 4194304 bytes (except the last)')
          }
          // A chunk sent again (its acknowledgement was lost) is the same data: the first one stays.
          if (!session.chunks.has(cursor.offset)) {
            session.chunks.set(cursor.offset, { length: body.length, digests: body.hasher.blockDigests(), content: bodyContent(body) })
          }
          if (close) session.closedAt = cursor.offset + body.length
        }
        if (args.close) session.closed = true
        return null
      }
      case 'files/upload_session/finish': {
        const cursor = args.cursor as { session_id: string; offset: number }
        const session = this.session(cursor.session_id, 'lookup_failed')
        if (session.type === 'sequential') {
          if (session.closed && body.length > 0) throw new ApiError(409, { '.tag': 'lookup_failed', lookup_failed: { '.tag': 'closed' } }, 'lookup_failed/closed')
          if (cursor.offset !== session.offset) throw new ApiError(409, { '.tag': 'lookup_failed', lookup_failed: { '.tag': 'incorrect_offset', correct_offset: session.offset } }, 'lookup_failed/incorrect_offset')
          this.appendSequential(session, body)
        } else if (body.length > 0) {
          throw new ApiError(400, 'Error in call to API function "files/upload_session/finish": concurrent sessions take no data on finish')
        }
        return this.metadata(this.finishSession(session, args.commit as Record<string, unknown>))
      }
      case 'files/upload_session/finish_batch_v2': {
        const entries = args.entries as Array<{ cursor: { session_id: string; offset: number }; commit: Record<string, unknown> }>
        return {
          entries: entries.map((entry) => {
            try {
              const session = this.session(entry.cursor.session_id, 'lookup_failed')
              if (!session.closed) throw new ApiError(409, { '.tag': 'lookup_failed', lookup_failed: { '.tag': 'not_closed' } }, 'lookup_failed/not_closed')
              return { '.tag': 'success', ...this.metadata(this.finishSession(session, entry.commit)) }
            } catch (thrown) {
              // Each failed entry is the UploadSessionFinishError a finish of its own would answer.
              const error = thrown instanceof WriteFailure ? writeFailed('files/upload_session/finish', thrown) : thrown
              if (!(error instanceof ApiError) || typeof error.error === 'string') throw error
              return { '.tag': 'failure', failure: error.error }
            }
          }),
        }
      }
      case 'files/get_metadata': {
        const entry = this.entries.get(lower(this.checkPath(String(args.path ?? ''))))
        if (!entry) throw notFound()
        return this.metadata(entry)
      }
      case 'files/list_folder':
        return this.listPage(this.checkPath(String(args.path ?? '')), 0, Boolean(args.recursive), Number(args.limit) || undefined)
      case 'files/list_folder/continue': {
        let cursor: { path: string; offset: number; recursive: boolean; limit?: number }
        try {
          cursor = JSON.parse(Buffer.from(String(args.cursor), 'base64url').toString('utf8')) as typeof cursor
        } catch {
          throw new ApiError(409, { '.tag': 'reset' })
        }
        return this.listPage(cursor.path, cursor.offset, cursor.recursive, cursor.limit)
      }
      case 'files/create_folder_v2': {
        const path = this.checkPath(String(args.path))
        const existing = this.entries.get(lower(path))
        if (existing) throw conflict(existing.kind)
        return { metadata: this.metadata(this.ensureFolder(path)) }
      }
      case 'files/delete_v2': {
        const path = this.checkPath(String(args.path))
        const entry = this.entries.get(lower(path))
        if (!entry) throw notFound('path_lookup')
        for (const key of [...this.entries.keys()]) if (key === lower(path) || key.startsWith(`${lower(path)}/`)) this.entries.delete(key)
        return { metadata: this.metadata(entry) }
      }
      case 'sharing/create_shared_link_with_settings': {
        const path = this.checkPath(String(args.path))
        const entry = this.entries.get(lower(path))
        if (!entry) throw notFound()
        const existing = this.links.get(lower(path))
        if (existing || fault?.kind === 'link-exists-bare') {
          if (fault?.kind === 'link-exists-bare' || !existing) throw new ApiError(409, { '.tag': 'shared_link_already_exists' })
          throw new ApiError(409, { '.tag': 'shared_link_already_exists', shared_link_already_exists: { '.tag': 'metadata', metadata: this.linkMetadata(existing, entry) } }, 'shared_link_already_exists/metadata')
        }
        const id = randomBytes(8).toString('hex')
        const link: SharedLink = { id: `id:${id}`, url: `https://www.dropbox.com/scl/fo/${id}/${encodeURIComponent(nameOf(entry.pathDisplay))}?rlkey=${randomBytes(6).toString('hex')}&dl=0`, pathLower: lower(path), name: nameOf(entry.pathDisplay) }
        this.links.set(lower(path), link)
        return this.linkMetadata(link, entry)
      }
      case 'sharing/list_shared_links': {
        const path = args.path === undefined ? undefined : lower(this.checkPath(String(args.path)))
        const links = [...this.links.values()].filter((link) => path === undefined || link.pathLower === path)
        return { links: links.map((link) => this.linkMetadata(link, this.entries.get(link.pathLower))), has_more: false }
      }
      default:
        throw new ApiError(400, `Unknown API function: "${route}"`)
    }
  }

  private checkPath(path: string): string {
    if (path === '/') throw new ApiError(400, 'Error in call to API function: path: the root folder is "", not "/"')
    if (path !== '' && !path.startsWith('/') && !path.startsWith('id:')) throw new ApiError(400, `Error in call to API function: path: '${path}' did not match pattern '(/(.|[\\r\\n])*)|(ns:[0-9]+(/.*)?)|(id:.*)'`)
    return path
  }

  private session(id: string, tag: 'not_found' | 'lookup_failed'): Session {
    const session = this.sessions.get(id)
    if (!session) throw tag === 'not_found' ? new ApiError(409, { '.tag': 'not_found' }) : new ApiError(409, { '.tag': 'lookup_failed', lookup_failed: { '.tag': 'not_found' } }, 'lookup_failed/not_found')
    return session
  }

  /** Takes a body that was hashed on from the session's hasher (see receive). */
  private appendSequential(session: Session, body: ReceivedBody): void {
    if (body.length === 0) return
    session.hasher = body.hasher
    session.offset += body.length
    if (this.options.keepContent !== false && body.pieces) session.content.push(...body.pieces)
  }

  private finishSession(session: Session, commit: Record<string, unknown>): StoredFile {
    let size: number
    let hash: string
    let content: Buffer | undefined
    if (session.type === 'sequential') {
      size = session.offset
      hash = BlockHasher.combine(session.hasher.blockDigests())
      content = this.options.keepContent === false ? undefined : Buffer.concat(session.content)
    } else {
      const offsets = [...session.chunks.keys()].sort((a, b) => a - b)
      let expected = 0
      const digests: Buffer[] = []
      for (const offset of offsets) {
        if (offset !== expected) throw new ApiError(409, { '.tag': 'concurrent_session_missing_data' })
        const chunk = session.chunks.get(offset)!
        digests.push(...chunk.digests)
        expected += chunk.length
      }
      if (session.closedAt !== expected) throw new ApiError(409, { '.tag': 'concurrent_session_not_closed' })
      size = expected
      hash = BlockHasher.combine(digests)
      content = this.options.keepContent === false ? undefined : Buffer.concat(offsets.map((offset) => session.chunks.get(offset)!.content ?? Buffer.alloc(0)))
    }
    const file = this.commit(String(commit.path), commit.mode, Boolean(commit.strict_conflict), size, hash, content)
    this.sessions.delete(session.id)
    return file
  }

  private commit(path: string, mode: unknown, strictConflict: boolean, size: number, hash: string, content?: Buffer): StoredFile {
    this.checkPath(path)
    const modeTag = typeof mode === 'string' ? mode : ((mode as { '.tag'?: string } | undefined)?.['.tag'] ?? 'add')
    const existing = this.entries.get(lower(path))
    if (existing?.kind === 'folder') throw conflict('folder')
    if (existing) {
      const identical = existing.contentHash === hash
      if (modeTag === 'add' && (!identical || strictConflict)) throw conflict('file')
      if (modeTag === 'update') {
        const rev = (mode as { update?: string }).update
        if (rev !== existing.rev && (!identical || strictConflict)) throw conflict('file')
      }
      if (identical && !strictConflict && modeTag !== 'update') return existing
    } else if (modeTag === 'update') {
      throw conflict('file')
    }
    this.ensureFolder(parentOf(path), true)
    const file: StoredFile = {
      kind: 'file',
      id: existing?.id ?? `id:${randomBytes(8).toString('hex')}`,
      pathDisplay: path,
      size,
      contentHash: hash,
      rev: (this.revCounter++).toString(16).padStart(9, '0') + randomBytes(2).toString('hex'),
      content: this.options.keepContent === false && size > 1024 * 1024 ? undefined : content,
      serverModified: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    }
    this.entries.set(lower(path), file)
    return file
  }

  /** `ancestor`: the folder is a parent of what is being written, so a file there is file_ancestor. */
  private ensureFolder(path: string, ancestor = false): StoredFolder {
    if (path === '') return { kind: 'folder', id: 'id:root', pathDisplay: '' }
    const existing = this.entries.get(lower(path))
    if (existing?.kind === 'file') throw conflict(ancestor ? 'file_ancestor' : 'file')
    if (existing) return existing
    this.ensureFolder(parentOf(path), true)
    const folder: StoredFolder = { kind: 'folder', id: `id:${randomBytes(8).toString('hex')}`, pathDisplay: path }
    this.entries.set(lower(path), folder)
    return folder
  }

  private lookupFile(path: string): StoredFile {
    const entry = this.entries.get(lower(this.checkPath(path)))
    if (!entry) throw notFound()
    if (entry.kind !== 'file') throw new ApiError(409, { '.tag': 'path', path: { '.tag': 'not_file' } }, 'path/not_file')
    return entry
  }

  private listPage(path: string, offset: number, recursive: boolean, limit?: number): unknown {
    if (path !== '') {
      const folder = this.entries.get(lower(path))
      if (!folder) throw notFound()
      if (folder.kind !== 'folder') throw new ApiError(409, { '.tag': 'path', path: { '.tag': 'not_folder' } }, 'path/not_folder')
    }
    const prefix = path === '' ? '/' : `${lower(path)}/`
    const all = [...this.entries.entries()]
      .filter(([key]) => key.startsWith(prefix) && (recursive || !key.slice(prefix.length).includes('/')))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, entry]) => entry)
    const size = Math.min(limit ?? Infinity, this.options.pageSize ?? 500)
    const page = all.slice(offset, offset + size)
    const next = offset + page.length
    return {
      entries: page.map((entry) => this.metadata(entry)),
      cursor: Buffer.from(JSON.stringify({ path, offset: next, recursive, limit })).toString('base64url'),
      has_more: next < all.length,
    }
  }

  private metadata(entry: StoredFile | StoredFolder): Record<string, unknown> {
    const common = { name: nameOf(entry.pathDisplay), path_lower: lower(entry.pathDisplay), path_display: entry.pathDisplay, id: entry.id }
    if (entry.kind === 'folder') return { '.tag': 'folder', ...common }
    return {
      '.tag': 'file',
      ...common,
      client_modified: entry.serverModified,
      server_modified: entry.serverModified,
      rev: entry.rev,
      size: entry.size,
      is_downloadable: true,
      content_hash: entry.contentHash,
    }
  }

  private linkMetadata(link: SharedLink, entry: StoredFile | StoredFolder | undefined): Record<string, unknown> {
    return {
      '.tag': entry?.kind === 'file' ? 'file' : 'folder',
      url: link.url,
      id: link.id,
      name: link.name,
      path_lower: link.pathLower,
      link_permissions: { can_revoke: true, resolved_visibility: { '.tag': 'public' }, can_remove_expiry: true },
    }
  }

  private async token(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const body = (await this.drain(req)).toString('utf8')
    this.tokenRequests.push({ url: req.url ?? '', contentType: req.headers['content-type'], body })
    const form = new URLSearchParams(body)
    const app = this.options.app
    const fault = this.takeFault('oauth2/token', {})
    if (fault) return this.fail(res, fault)
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(payload))
    }
    if (url.search !== '') return send(400, { error: 'invalid_request', error_description: 'credentials in the query string' })
    if (form.get('grant_type') !== 'refresh_token') return send(400, { error: 'unsupported_grant_type' })
    if (!app || form.get('client_id') !== app.key || form.get('client_secret') !== app.secret) return send(400, { error: 'invalid_client', error_description: 'Invalid client_id or client_secret' })
    if (form.get('refresh_token') !== app.refreshToken) return send(400, { error: 'invalid_grant', error_description: 'refresh token is invalid or revoked' })
    const accessToken = `sl.${randomBytes(24).toString('base64url')}`
    this.accessTokens.add(accessToken)
    send(200, { access_token: accessToken, token_type: 'bearer', expires_in: 14400 })
  }

  /**
   * Takes in an upload body as it streams, hashing each piece as it arrives (as Dropbox does), so
   * no chunk is gathered and copied before it is hashed. A sequential session's append hashes on
   * from a fork of the session's hasher, which replaces the session's only if the append is
   * accepted. The bytes are kept only when the server keeps content (small files always).
   */
  private receive(req: IncomingMessage, route: string, args: Record<string, unknown>): Promise<ReceivedBody> {
    let hasher = new BlockHasher()
    if (route === 'files/upload_session/append_v2' || route === 'files/upload_session/finish') {
      const cursor = args.cursor as { session_id?: string; offset?: number } | undefined
      const session = this.sessions.get(String(cursor?.session_id))
      if (session?.type === 'sequential' && session.offset === cursor?.offset) hasher = session.hasher.fork()
    }
    const keepAll = this.options.keepContent !== false
    const body: ReceivedBody = { length: 0, hasher, pieces: [] }
    return new Promise((done, fail) => {
      req.on('data', (piece: Buffer) => {
        hasher.push(piece)
        body.length += piece.length
        if (body.pieces) body.pieces.push(piece)
        if (!keepAll && (route !== 'files/upload' || body.length > ALWAYS_KEPT)) body.pieces = undefined
      })
      req.on('end', () => done(body))
      req.on('error', fail)
    })
  }

  private drain(req: IncomingMessage): Promise<Buffer> {
    return new Promise((done, fail) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => done(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)))
      req.on('error', fail)
    })
  }
}

export async function startDropboxWireServer(options: DropboxWireServerOptions = {}): Promise<DropboxWireServer> {
  return new DropboxWireServer(options).start()
}
