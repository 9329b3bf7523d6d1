// The example service: a tiny shop API. /health and /version for the checks, /api/orders behind
// OAuth 2 bearer tokens (allowed clients get 200, anyone else 403), and / as a page for the browser.
// SHIPGATE_EXAMPLE_BREAK=health makes /health fail, to watch the pipeline say NO; naming an
// environment (SHIPGATE_EXAMPLE_BREAK=staging) breaks it only where it runs there.
import { createPublicKey, verify } from 'node:crypto'
import { createServer } from 'node:http'

const port = Number(process.env.PORT ?? 17811)
const sha = process.env.SHIPGATE_SHA ?? 'unknown'
const issuer = process.env.OAUTH_ISSUER
const allowedClients = new Set((process.env.ALLOWED_CLIENTS ?? '').split(',').filter(Boolean))
const broken = new Set((process.env.SHIPGATE_EXAMPLE_BREAK ?? '').split(',').filter(Boolean))
const environment = process.env.EXAMPLE_ENVIRONMENT ?? ''
const flags = JSON.parse(process.env.FEATURE_FLAGS || '{}')

let jwks
async function signingKey(kid) {
  jwks ??= await (await fetch(`${issuer}/jwks`)).json()
  const jwk = jwks.keys.find((key) => key.kid === kid) ?? jwks.keys[0]
  return createPublicKey({ key: jwk, format: 'jwk' })
}

/** The verified claims of an RS256 bearer token from the issuer, or undefined. */
async function verifiedClaims(authorization) {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1]
  if (!token || !issuer) return undefined
  const [header, payload, signature] = token.split('.')
  if (!signature) return undefined
  const { kid, alg } = JSON.parse(Buffer.from(header, 'base64url').toString())
  if (alg !== 'RS256') return undefined
  const valid = verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), await signingKey(kid), Buffer.from(signature, 'base64url'))
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString())
  if (!valid || claims.iss !== issuer || claims.exp * 1000 < Date.now()) return undefined
  return claims
}

const page = `<!doctype html><html><head><title>Example shop</title></head>
<body><h1>Example shop</h1><p id="status">loading</p>
<script>document.getElementById('status').textContent = 'ready: ${sha.slice(0, 12)}'</script></body></html>`

const server = createServer(async (request, response) => {
  const send = (status, body, type = 'application/json') => {
    response.writeHead(status, { 'content-type': type })
    response.end(typeof body === 'string' ? body : JSON.stringify(body))
  }
  const path = new URL(request.url ?? '/', 'http://localhost').pathname
  const healthBroken = broken.has('health') || (environment !== '' && broken.has(environment))
  if (path === '/health') return healthBroken ? send(500, { status: 'broken on purpose' }) : send(200, { status: 'ok' })
  if (path === '/version') return send(200, { sha, environment, flags })
  if (path === '/api/orders') {
    const claims = await verifiedClaims(request.headers.authorization).catch(() => undefined)
    if (!claims) return send(401, { error: 'invalid_token' })
    if (!allowedClients.has(claims.azp)) return send(403, { error: 'forbidden', client: claims.azp })
    return send(200, { orders: [{ id: 1, total: 42 }] })
  }
  if (path === '/') return send(200, page, 'text/html')
  send(404, { error: 'not found' })
})

server.listen(port, '127.0.0.1', () => console.log(`example service ${sha.slice(0, 12)} on http://127.0.0.1:${port}`))
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)))
