// A fetch over node:http(s) for the SDK: an upload chunk (a FileRange body) is read from the file
// into two reused buffers and written to the socket as it is read, which is several times faster
// than fetch's stream handling for large uploads, keeps no copy of a chunk in memory, and allocates
// nothing per piece (fresh buffers per read cost page faults and garbage collection at GiB sizes).
// Only what the SDK uses: method, headers, body, signal.
import type { FileHandle } from 'node:fs/promises'
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { Readable } from 'node:stream'
import { CONTENT_HASH_BLOCK_SIZE, type BlockDigests } from '../content-hash.js'

const httpAgent = new HttpAgent({ keepAlive: true })
const httpsAgent = new HttpsAgent({ keepAlive: true })

/**
 * A byte range of an open file, sent as a request body with its Content-Length; read afresh (by
 * positional reads, so ranges of one handle can be sent at once) by every attempt. The caller
 * owns the handle. With `blocks`, every whole content-hash block read is hashed as it is sent,
 * so the upload is the file's one read.
 */
export class FileRange {
  constructor(
    readonly file: FileHandle,
    readonly path: string,
    readonly offset: number,
    readonly length: number,
    readonly blocks?: BlockDigests,
  ) {}
}

/**
 * Pieces a FileRange is read and written in, two per request in use at once: one content-hash
 * block, so that a range starting on a block boundary is read block by block.
 */
const PIECE = CONTENT_HASH_BLOCK_SIZE
/** Piece buffers kept for the next requests: touched memory, no page faults, no garbage. */
const spare: Buffer[] = []
const MAX_SPARE = 6

function takePiece(): Buffer {
  return spare.pop() ?? Buffer.allocUnsafeSlow(PIECE)
}

/** Only once nothing can still read it: its write has completed or failed. */
function givePiece(buffer: Buffer): void {
  if (spare.length < MAX_SPARE) spare.push(buffer)
}

/**
 * Reads the range into two buffers in turn, writing each to the request; a buffer is read into
 * again only once the socket has taken its previous piece. Stops when the request closes early.
 */
async function sendFileRange(request: ClientRequest, range: FileRange): Promise<void> {
  let closed = false
  const whenClosed = new Promise<void>((done) => request.once('close', () => {
    closed = true
    done()
  }))
  const handle = range.file
  const buffers = [takePiece(), takePiece()]
  const written: Array<Promise<void> | undefined> = [undefined, undefined]
  try {
    let sent = 0
    for (let turn = 0; sent < range.length && !closed; turn++) {
      const slot = turn % 2
      if (written[slot]) await Promise.race([written[slot], whenClosed])
      if (closed) break
      const buffer = buffers[slot]!
      const position = range.offset + sent
      // Up to the next block boundary, so that a piece is a whole block whenever it can be.
      const { bytesRead } = await handle.read(buffer, 0, Math.min(PIECE - (position % PIECE), range.length - sent), position)
      if (bytesRead === 0) throw new Error(`${range.path} is shorter than when this run looked at it; run again`)
      sent += bytesRead
      const piece = buffer.subarray(0, bytesRead)
      // Hashed before the socket takes it; the buffer is reused once the socket is done with it.
      if (range.blocks?.isBlock(position, bytesRead)) range.blocks.add(position, piece)
      // A failed write is reported by the request's own error event; the promise only orders reuse.
      written[slot] = new Promise<void>((done) => request.write(piece, () => done()))
    }
    if (!closed) await Promise.race([Promise.all(written), whenClosed])
    if (!closed) request.end()
  } finally {
    // A write still in the socket keeps its buffer until its callback; one never called leaves
    // the buffer to the garbage collector.
    for (const [slot, buffer] of buffers.entries()) void (written[slot] ?? Promise.resolve()).then(() => givePiece(buffer))
  }
}

function isReadable(body: unknown): body is Readable {
  return typeof body === 'object' && body !== null && typeof (body as Readable).pipe === 'function'
}

function responseHeaders(message: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  return headers
}

export const nodeHttpFetch: typeof fetch = (input, init) => {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
  const secure = url.protocol === 'https:'
  const headers: Record<string, string> = {}
  new Headers(init?.headers).forEach((value, name) => {
    headers[name] = value
  })
  const body = init?.body as unknown
  if (body instanceof FileRange) {
    delete headers['transfer-encoding']
    headers['content-length'] = String(body.length)
  }
  return new Promise<Response>((resolve, reject) => {
    const request = (secure ? httpsRequest : httpRequest)(
      url,
      { method: init?.method ?? 'GET', headers, agent: secure ? httpsAgent : httpAgent, signal: init?.signal ?? undefined },
      (message) => {
        const chunks: Buffer[] = []
        message.on('data', (chunk: Buffer) => chunks.push(chunk))
        message.on('error', reject)
        message.on('end', () => {
          const status = message.statusCode ?? 500
          const content = [204, 205, 304].includes(status) ? null : Buffer.concat(chunks)
          resolve(new Response(content, { status, statusText: message.statusMessage, headers: responseHeaders(message) }))
        })
      },
    )
    request.on('error', reject)
    if (body instanceof FileRange) {
      sendFileRange(request, body).catch((error: unknown) => request.destroy(error as Error))
    } else if (isReadable(body)) {
      body.on('error', (error) => request.destroy(error))
      body.pipe(request)
    } else if (body === undefined || body === null) request.end()
    else if (typeof body === 'string' || body instanceof Uint8Array) request.end(body)
    else if (body instanceof URLSearchParams) request.end(body.toString())
    else reject(new Error(`bug: nodeHttpFetch cannot send a body of type ${Object.prototype.toString.call(body)}`))
  })
}
