// The example's "production" deploy: starts an OAuth 2 server (oauth2-mock-server) and the packaged
// service on another port, then writes what production monitoring would: the probe report (which
// SHA answers /version) and the auth canary document (the last successful token + API call).
import { spawn } from 'node:child_process'
import { mkdirSync, openSync, writeFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

const PROD_PORT = 17812
const OAUTH_PORT = 17813
const issuer = `http://127.0.0.1:${OAUTH_PORT}`
const sha = process.env.SHIPGATE_SHA
const refs = JSON.parse(process.env.SHIPGATE_REFS ?? '{}')
mkdirSync('.run', { recursive: true })

function start(name, args, env) {
  const log = openSync(`.run/${name}.log`, 'a')
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', log, log] })
  child.unref()
  writeFileSync(`.run/${name}.pid`, String(child.pid))
}

async function waitFor(url) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(url)
      if (response.ok) return response
    } catch {
      // not up yet
    }
    await sleep(100)
  }
  throw new Error(`${url} did not come up`)
}

console.log(`deploying ${refs.service} for ${sha}`)
start('oauth', ['oauth-server.mjs'], { OAUTH_PORT: String(OAUTH_PORT) })
start('production', ['out/service.mjs'], { PORT: String(PROD_PORT), OAUTH_ISSUER: issuer, ALLOWED_CLIENTS: process.env.EXAMPLE_ALLOWED_CLIENT_ID ?? 'shop-web' })
await waitFor(`${issuer}/.well-known/openid-configuration`)
const version = await (await waitFor(`http://127.0.0.1:${PROD_PORT}/version`)).json()
writeFileSync('.run/probe.json', JSON.stringify({ sha: version.sha, checkedAt: new Date().toISOString() }, null, 2))

// The canary: a real client-credentials token for the allowed client, then one API call.
const token = await (await fetch(`${issuer}/token`, {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'shop-web', client_secret: 'shop-web-secret', scope: 'orders.read' }),
})).json()
const canary = await fetch(`http://127.0.0.1:${PROD_PORT}/api/orders`, { headers: { authorization: `Bearer ${token.access_token}` } })
if (canary.ok) writeFileSync('.run/canary.json', JSON.stringify({ lastSuccess: new Date().toISOString() }, null, 2))
console.log(`production answers /version with ${version.sha}; auth canary ${canary.ok ? 'ok' : `failed (${canary.status})`}`)
