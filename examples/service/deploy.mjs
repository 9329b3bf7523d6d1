// The example's deploy: starts an OAuth 2 server (oauth2-mock-server) and the packaged service on
// the environment's ports, then writes what monitoring would: the probe report (which SHA answers
// /version) and the auth canary document (the last successful token + API call). With
// environments: (SHIPGATE_ENVIRONMENT set) each environment has its own ports and its own
// .run/<environment>/ folder; it also reads the sealed release manifest (SHIPGATE_RELEASE_MANIFEST)
// and walks what a real deploy would do with it: each repository at its SHA, the migrations in
// order, the feature flags.
import { spawn } from 'node:child_process'
import { mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

// service and OAuth ports per environment; without environments: the single flow's production.
const PORTS = { dev: [17821, 17823], staging: [17831, 17833], production: [17841, 17843] }
const environment = process.env.SHIPGATE_ENVIRONMENT
const [PROD_PORT, OAUTH_PORT] = environment ? PORTS[environment] : [17812, 17813]
const run = environment ? `.run/${environment}` : '.run'
const issuer = `http://127.0.0.1:${OAUTH_PORT}`
const sha = process.env.SHIPGATE_SHA
const refs = JSON.parse(process.env.SHIPGATE_REFS ?? '{}')
mkdirSync(run, { recursive: true })

function start(name, args, env) {
  const log = openSync(`${run}/${name}.log`, 'a')
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', log, log] })
  child.unref()
  writeFileSync(`${run}/${name}.pid`, String(child.pid))
}

/** What a deploy script does with the release manifest; the example prints it instead of doing it. */
function walkReleaseManifest(path) {
  if (!path) return {}
  const release = JSON.parse(readFileSync(path, 'utf8'))
  console.log(`release ${release.releaseId ?? '(no id)'} (package ${release.packageDigest})`)
  for (const [repository, commit] of Object.entries(release.commits)) console.log(`  check out ${repository} at ${commit}`)
  for (const [name, ref] of Object.entries(release.images)) console.log(`  image ${name}: ${ref}`)
  for (const migration of release.migrations) {
    if (migration.kind === 'file') console.log(`  ${migration.repository}: run ${migration.path} (sha256 ${migration.sha256})`)
    else for (const revision of migration.revisions) console.log(`  ${migration.repository}: migrate to ${revision.id}`)
  }
  for (const [flag, value] of Object.entries(release.featureFlags)) console.log(`  feature flag ${flag} = ${JSON.stringify(value)}`)
  return release.featureFlags
}

// Up to a minute: on a busy machine the OAuth server's key generation alone can take seconds.
async function waitFor(url) {
  for (let attempt = 0; attempt < 600; attempt++) {
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

console.log(`deploying ${refs.service} for ${sha}${environment ? ` to ${environment}` : ''}`)
const flags = walkReleaseManifest(process.env.SHIPGATE_RELEASE_MANIFEST)
start('oauth', ['oauth-server.mjs'], { OAUTH_PORT: String(OAUTH_PORT) })
start('production', ['out/service.mjs'], {
  PORT: String(PROD_PORT),
  OAUTH_ISSUER: issuer,
  ALLOWED_CLIENTS: process.env.EXAMPLE_ALLOWED_CLIENT_ID ?? 'shop-web',
  EXAMPLE_ENVIRONMENT: environment ?? '',
  FEATURE_FLAGS: JSON.stringify(flags),
})
await waitFor(`${issuer}/.well-known/openid-configuration`)
const version = await (await waitFor(`http://127.0.0.1:${PROD_PORT}/version`)).json()
writeFileSync(`${run}/probe.json`, JSON.stringify({ sha: version.sha, checkedAt: new Date().toISOString() }, null, 2))

// The canary: a real client-credentials token for the allowed client, then one API call.
const token = await (await fetch(`${issuer}/token`, {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'shop-web', client_secret: 'shop-web-secret', scope: 'orders.read' }),
})).json()
const canary = await fetch(`http://127.0.0.1:${PROD_PORT}/api/orders`, { headers: { authorization: `Bearer ${token.access_token}` } })
if (canary.ok) writeFileSync(`${run}/canary.json`, JSON.stringify({ lastSuccess: new Date().toISOString() }, null, 2))
console.log(`${environment ?? 'production'} answers /version with ${version.sha}; auth canary ${canary.ok ? 'ok' : `failed (${canary.status})`}`)
