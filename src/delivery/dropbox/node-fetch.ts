// A fetch over node:http(s) for the SDK: an upload chunk (a FileRange body) is read from the file
// into two reused buffers and written to the socket as it is read, which is several times faster
// than fetch's stream handling for large uploads, keeps no copy of a chunk in memory, and allocates
// nothing per piece (fresh buffers per read cost page faults and garbage collection at GiB sizes).
// Only what the SDK uses: method, headers, body, signal. Neither the global Headers nor Response
// is touched: the first use of either loads Node's own fetch implementation, about 50 ms of a run.
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
 * Pieces a FileRange is read and written in: one content-hash block, so that a range starting on a
 * block boundary is read block by block.
 */
const PIECE = CONTENT_HASH_BLOCK_SIZE
/** Buffers per request in use at once: one read ahead, one being hashed and written, one in the socket. */
const SLOTS = 3
/** Piece buffers kept for the next requests: touched memory, no page faults, no garbage. */
const spare: Buffer[] = []
const MAX_SPARE = 9

function takePiece(): Buffer {
  return spare.pop() ?? Buffer.allocUnsafeSlow(PIECE)
}

/** Only once nothing can still read or fill it: its write and its read have completed or failed. */
function givePiece(buffer: Buffer): void {
  if (spare.length < MAX_SPARE) spare.push(buffer)
}

interface Piece {
  position: number
  bytes: Buffer
}

/**
 * Reads the range into a few buffers in turn and writes each piece to the request. The next
 * piece's read is handed to the thread pool before this one is hashed and written, so that reading
 * runs beside hashing; a buffer is read into again only once the socket has taken its previous
 * piece. Stops when the request closes early.
 */
async function sendFileRange(request: ClientRequest, range: FileRange): Promise<void> {
  let closed = false
  const whenClosed = new Promise<undefined>((done) => request.once('close', () => {
    closed = true
    done(undefined)
  }))
  const handle = range.file
  const buffers = Array.from({ length: SLOTS }, takePiece)
  const written: Array<Promise<void> | undefined> = new Array(SLOTS).fill(undefined)
  // Whether a buffer's write is done, known without waiting for a promise to be seen fulfilled.
  const free: boolean[] = new Array(SLOTS).fill(true)
  const end = range.offset + range.length
  let next = range.offset
  const startRead = (turn: number): Promise<Piece> | undefined => {
    if (next >= end) return undefined
    const slot = turn % SLOTS
    const position = next
    // Up to the next block boundary, so that a piece is a whole block whenever it can be.
    const length = Math.min(PIECE - (position % PIECE), end - position)
    next += length
    const read = async (): Promise<Piece> => {
      const bytes = buffers[slot]!.subarray(0, length)
      for (let filled = 0; filled < length;) {
        const { bytesRead } = await handle.read(bytes, filled, length - filled, position + filled)
        if (bytesRead === 0) throw new Error(`${range.path} is shorter than when this run looked at it; run again`)
        filled += bytesRead
      }
      return { position, bytes }
    }
    const previous = written[slot]
    return free[slot] || previous === undefined ? read() : previous.then(read)
  }
  let reading: Promise<Piece> | undefined
  try {
    reading = startRead(0)
    for (let turn = 0; reading && !closed; turn++) {
      const piece = await Promise.race([reading, whenClosed])
      if (!piece || closed) break
      reading = startRead(turn + 1)
      // Hashed before the socket takes it; the buffer is reused once the socket is done with it.
      if (range.blocks?.isBlock(piece.position, piece.bytes.length)) range.blocks.add(piece.position, piece.bytes)
      const slot = turn % SLOTS
      free[slot] = false
      // A failed write is reported by the request's own error event; the promise only orders reuse.
      written[slot] = new Promise<void>((done) => request.write(piece.bytes, () => done())).then(() => {
        free[slot] = true
      })
    }
    if (!closed) await Promise.race([Promise.all(written), whenClosed])
    if (!closed) request.end()
  } finally {
    // A buffer goes back once its write and any read still filling it are over; a write whose
    // callback never comes leaves the buffer to the garbage collector.
    const lastRead = reading
    for (const [slot, buffer] of buffers.entries()) void Promise.allSettled([written[slot], lastRead]).then(() => givePiece(buffer))
  }
}

function isReadable(body: unknown): body is Readable {
  return typeof body === 'object' && body !== null && typeof (body as Readable).pipe === 'function'
}

/** Request headers as a record with lower-case names, from a record, a list of pairs or a Headers. */
export function headerRecord(headers: RequestInit['headers']): Record<string, string> {
  const record: Record<string, string> = {}
  if (headers === undefined) return record
  if (Array.isArray(headers)) {
    for (const [name, value] of headers as Array<[string, string]>) record[name.toLowerCase()] = value
  } else if (typeof (headers as Headers).forEach === 'function') {
    ;(headers as Headers).forEach((value, name) => {
      record[name.toLowerCase()] = value
    })
  } else {
    for (const [name, value] of Object.entries(headers as Record<string, string>)) record[name.toLowerCase()] = String(value)
  }
  return record
}

/** A response's headers as fetch reads them: by name in any case, repeated ones joined with ", ". */
class ReceivedHeaders {
  constructor(private readonly raw: IncomingMessage['headers']) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()]
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
  }
  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined
  }
  forEach(each: (value: string, name: string) => void): void {
    for (const name of Object.keys(this.raw)) each(this.get(name)!, name)
  }
}

/** What the SDK and this module read of a response: status, headers, and the body as text, JSON or bytes. */
class ReceivedResponse {
  readonly ok: boolean
  readonly headers: ReceivedHeaders
  constructor(
    readonly status: number,
    readonly statusText: string,
    headers: IncomingMessage['headers'],
    private readonly body: Buffer,
  ) {
    this.ok = status >= 200 && status < 300
    this.headers = new ReceivedHeaders(headers)
  }
  async text(): Promise<string> {
    return this.body.toString('utf8')
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.body.toString('utf8'))
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.length) as ArrayBuffer
  }
}

export const nodeHttpFetch: typeof fetch = (input, init) => {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
  const secure = url.protocol === 'https:'
  const headers = headerRecord(init?.headers)
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
          resolve(new ReceivedResponse(status, message.statusMessage ?? '', message.headers, Buffer.concat(chunks)) as unknown as Response)
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
