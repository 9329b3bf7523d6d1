// The fetch the Dropbox client sends through, against a real HTTP server: request headers in any
// form a caller passes, and a response read the way the SDK and the token refresh read it.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { headerRecord, nodeHttpFetch } from '../../src/delivery/dropbox/node-fetch.js'

interface Received {
  method: string
  headers: IncomingHttpHeaders
  body: string
}

let server: Server
let url: string
let received: Received[]
/** What the server answers next. */
let answer: (response: import('node:http').ServerResponse) => void

beforeEach(async () => {
  received = []
  server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ method: request.method ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') })
      answer(response)
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/2/files/download`
})

afterEach(async () => {
  await new Promise((done) => server.close(done))
})

test('request headers come as a record, as pairs or as a Headers, in any case', () => {
  const expected = { 'content-type': 'application/json', 'dropbox-api-arg': '{"path":"/a"}' }
  expect(headerRecord({ 'Content-Type': 'application/json', 'Dropbox-API-Arg': '{"path":"/a"}' })).toEqual(expected)
  expect(headerRecord([['Content-Type', 'application/json'], ['Dropbox-API-Arg', '{"path":"/a"}']])).toEqual(expected)
  expect(headerRecord(new Headers({ 'Content-Type': 'application/json', 'Dropbox-API-Arg': '{"path":"/a"}' }))).toEqual(expected)
  expect(headerRecord(undefined)).toEqual({})
})

test('a download: the body as bytes, the result header read in any case, repeated headers joined', async () => {
  const bytes = Buffer.from([0, 1, 2, 250, 251, 252])
  answer = (response) => {
    response.setHeader('Dropbox-API-Result', '{"rev":"015f"}')
    response.setHeader('X-Repeated', ['one', 'two'])
    response.end(bytes)
  }
  const response = await nodeHttpFetch(url, { method: 'POST', headers: { Authorization: 'Bearer t', 'Dropbox-API-Arg': '{"path":"/a"}' } })
  expect(received).toEqual([expect.objectContaining({ method: 'POST', headers: expect.objectContaining({ authorization: 'Bearer t', 'dropbox-api-arg': '{"path":"/a"}' }) })])
  expect(response.ok).toBe(true)
  expect(response.status).toBe(200)
  expect(response.headers.get('dropbox-api-result')).toBe('{"rev":"015f"}')
  expect(response.headers.get('DROPBOX-API-RESULT')).toBe('{"rev":"015f"}')
  expect(response.headers.get('x-repeated')).toBe('one, two')
  expect(response.headers.get('x-absent')).toBeNull()
  expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true)
})

test('an error answer: not ok, its status and Retry-After, its body as text and as JSON', async () => {
  answer = (response) => {
    response.writeHead(429, 'Too Many Requests', { 'Content-Type': 'application/json', 'Retry-After': '3' })
    response.end('{"error_summary":"too_many_requests/..","error":{"reason":{".tag":"too_many_requests"}}}')
  }
  const response = await nodeHttpFetch(url, { method: 'POST', body: '{"path":"/a"}', headers: { 'Content-Type': 'application/json' } })
  expect(received[0]!.body).toBe('{"path":"/a"}')
  expect(response.ok).toBe(false)
  expect(response.status).toBe(429)
  expect(response.statusText).toBe('Too Many Requests')
  expect(response.headers.get('Retry-After')).toBe('3')
  expect(await response.text()).toBe('{"error_summary":"too_many_requests/..","error":{"reason":{".tag":"too_many_requests"}}}')
  expect(await response.json()).toEqual({ error_summary: 'too_many_requests/..', error: { reason: { '.tag': 'too_many_requests' } } })
})

test('a form body goes as the form, and an empty answer reads as empty', async () => {
  answer = (response) => response.writeHead(204).end()
  const response = await nodeHttpFetch(url, { method: 'POST', body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'a b&c' }), headers: [['Content-Type', 'application/x-www-form-urlencoded']] })
  expect(received[0]!.body).toBe('grant_type=refresh_token&refresh_token=a+b%26c')
  expect(received[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded')
  expect(response.status).toBe(204)
  expect(response.ok).toBe(true)
  expect(await response.text()).toBe('')
})
