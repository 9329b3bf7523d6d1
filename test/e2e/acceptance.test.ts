// dist/acceptance as a runner runs it: INPUT_* and GITHUB_* only, a real shipgate.yml, real local
// servers and commands; outputs, the summary, the result file and the pipeline timing read back.
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { acceptanceResult } from '../../src/contracts/acceptance-result.js'
import { sealReleasePackage, type ReleasePackageManifest } from '../../src/contracts/release-package.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { commitStage, releasePackageBody } from '../helpers/contract-examples.js'
import { runBundle, type BundleOptions } from '../helpers/run-bundle.js'

const SHA = '3333333333333333333333333333333333333333'
const SERVICE = 'console.log("service")\n'

let workspace: string
let store: LocalEvidenceStore
let manifest: ReleasePackageManifest
let server: Server
let baseUrl: string

function runner(inputs: Record<string, string> = {}): BundleOptions {
  return {
    cwd: workspace,
    inputs: { 'artifacts-dir': '.artifacts', ...inputs },
    env: { GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'acme/shop', GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' },
  }
}

async function writeConfig(lines: string[]): Promise<void> {
  await writeFile(join(workspace, 'shipgate.yml'), `${lines.join('\n')}\n`)
}

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'shipgate-acceptance-e2e-'))
  store = new LocalEvidenceStore(join(workspace, '.artifacts'))
  // A package with a real file component, so promote's rehash runs inside the bundle.
  await mkdir(join(workspace, 'out'))
  await writeFile(join(workspace, 'out/service.js'), SERVICE)
  const body = releasePackageBody(SHA)
  body.components = [{ kind: 'file', name: 'service', path: 'out/service.js', size: SERVICE.length, sha256: createHash('sha256').update(SERVICE).digest('hex') }]
  manifest = sealReleasePackage(body)
  await store.write('release-package', SHA, manifest)
  await store.write('commit-stage', SHA, commitStage(SHA))

  server = createServer((request, response) => {
    if (request.url === '/version') {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ sha: SHA }))
    } else {
      response.writeHead(404).end('no such page')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterEach(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await rm(workspace, { recursive: true, force: true })
})

test('says YES, writes the result, the outputs, the summary and its pipeline timing', async () => {
  await writeConfig([
    'acceptance:',
    '  checks:',
    '    - name: version',
    '      type: http',
    `      url: ${baseUrl}/version`,
    '      jsonPointer: { pointer: /sha, equals: "' + SHA + '" }',
    '    - name: refs',
    '      type: command',
    '      run: test "$(echo "$SHIPGATE_REFS" | node -e "process.stdin.on(\'data\', (d) => console.log(JSON.parse(d).service))")" = "sha256:$(sha256sum out/service.js | cut -c1-64)"',
    '    - name: network',
    '      type: command',
    '      run: exit 1',
    '      scopes: [infra]',
  ])
  const run = await runBundle('acceptance', runner())

  expect(run.stderr).toBe('')
  expect(run.exitCode).toBe(0)
  const resultPath = join('.artifacts', 'acceptance', SHA, 'result.json')
  expect(run.outputs).toEqual({ decision: 'YES', 'result-path': resultPath, degraded: 'false' })
  const result = acceptanceResult.parse(JSON.parse(await readFile(join(workspace, resultPath), 'utf8')))
  expect(result.packageDigest).toBe(manifest.digest)
  expect(result.checks.map((check) => [check.name, check.status])).toEqual([
    ['version', 'pass'],
    ['refs', 'pass'],
    ['network', 'skipped'],
  ])
  expect(run.summary).toContain('### acceptance: ✅ YES')
  expect(run.summary).toContain('| network | command | yes | ⏭️ skipped | 0 | 0 ms | scope: runs when infra changed; this release changes runtime |')
  expect(run.stdout).toContain(`Scope from ${join('.artifacts', 'commit-stage', SHA, 'evidence.json')}: runtime changed.`)
  const timing = await store.read('pipeline', SHA)
  expect(timing.state === 'valid' && timing.value.stages.map((stage) => [stage.stage, stage.outcome])).toEqual([['acceptance', 'success']])
})

test('says NO: writes the outputs first, then fails the step with the reason; fail-on-no false keeps it green', async () => {
  await writeConfig(['acceptance:', '  checks:', '    - name: home', '      type: http', `      url: ${baseUrl}/home`, '      attempts: 1'])
  const run = await runBundle('acceptance', runner())

  expect(run.exitCode).toBe(1)
  expect(run.outputs.decision).toBe('NO')
  expect(run.stdout).toContain(`::error file=${join('.artifacts', 'acceptance', SHA, 'result.json')}::acceptance: acceptance is NO for ${SHA}: home: status 404, expected 200`)

  const tolerant = await runBundle('acceptance', runner({ 'fail-on-no': 'false' }))
  expect(tolerant.exitCode).toBe(0)
  expect(tolerant.outputs).toMatchObject({ decision: 'NO', degraded: 'false' })
  // A NO is recorded as no in the timing, whether or not it fails the step.
  const timing = await store.read('pipeline', SHA)
  expect(timing.state === 'valid' && timing.value.stages.map((stage) => stage.outcome)).toEqual(['no', 'no'])
})

test('says NO when the package-digest input names another package', async () => {
  await writeConfig(['acceptance:', '  checks:', '    - name: ok', '      type: command', '      run: "true"'])
  const run = await runBundle('acceptance', runner({ 'package-digest': `sha256:${'d'.repeat(64)}` }))

  expect(run.exitCode).toBe(1)
  expect(run.outputs.decision).toBe('NO')
  expect(run.stdout).toContain(`package digest: the package-digest input is sha256:${'d'.repeat(64)}, but`)
})

test('fails, naming the file and the field, when the packaged file changed after build-once', async () => {
  await writeConfig(['acceptance:', '  checks:', '    - name: ok', '      type: command', '      run: "true"'])
  await writeFile(join(workspace, 'out/service.js'), 'console.log("patched")\n')
  const run = await runBundle('acceptance', runner())

  expect(run.exitCode).toBe(1)
  expect(run.outputs).toEqual({})
  expect(run.stdout).toMatch(/::error file=\.artifacts\/release-package\/3{40}\/manifest\.json::acceptance: .*manifest\.json: components\[0\]\.sha256: out\/service\.js has sha256/)
})

test('fails with the config line when a check is misconfigured', async () => {
  await writeConfig(['acceptance:', '  checks:', '    - name: bad', '      type: http', '      url: http://127.0.0.1/', '      jsonPointer: { pointer: sha, equals: 1 }'])
  const run = await runBundle('acceptance', runner())

  expect(run.exitCode).toBe(1)
  expect(run.stdout).toMatch(/::error file=shipgate\.yml,line=\d+::acceptance: shipgate\.yml:\d+: invalid shipgate config: acceptance\.checks\[0\]\.jsonPointer\.pointer: must be an RFC 6901 JSON pointer/)
})
