// dist/acceptance as a runner runs it: INPUT_* and GITHUB_* only, a real shipgate.yml, real local
// servers and commands; outputs, the summary, the result file and the pipeline timing read back.
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
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
import { repositoryRoot, runBundle, type BundleOptions } from '../helpers/run-bundle.js'

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

test('merge-shards holds each shard to its config: a required failure run as optional in one shard is a NO that release-decision and verify agree on', async () => {
  const checks = (firstRequired: boolean) => [
    'acceptance:',
    '  checks:',
    `    - { name: c1, type: command, run: "exit 1"${firstRequired ? '' : ', required: false'} }`,
    '    - { name: c2, type: command, run: "true" }',
    '    - { name: c3, type: command, run: "true" }',
  ]
  // Shard 1 ran with c1 optional (YES, degraded); shard 2 and the merge with c1 required.
  await writeConfig(checks(false))
  expect((await runBundle('acceptance', runner({ shard: '1/2' }))).outputs).toMatchObject({ decision: 'YES', degraded: 'true' })
  await writeConfig(checks(true))
  expect((await runBundle('acceptance', runner({ shard: '2/2' }))).outputs.decision).toBe('YES')

  const merge = await runBundle('acceptance', runner({ 'merge-shards': '2' }))
  const shardFile = join('.artifacts', 'shards', '1-of-2', 'acceptance', SHA, 'result.json')
  expect(merge.exitCode).toBe(1)
  expect(merge.outputs).toMatchObject({ decision: 'NO' })
  expect(merge.stdout).toContain(`shard 1/2: ${shardFile}: checks[0].required: is false, but shipgate.yml (acceptance.checks[0]) has 'c1' required: the shard ran with another configuration`)
  const merged = acceptanceResult.parse(JSON.parse(await readFile(join(workspace, '.artifacts', 'acceptance', SHA, 'result.json'), 'utf8')))
  expect(merged.checks.find((check) => check.name === 'c1')).toMatchObject({ required: true, status: 'fail' })

  // The judge reads the merged result, not the shards: its NO is the decision's first reason, and
  // verify finds the decision follows from the evidence (a NO, not a fault).
  const decision = await runBundle('release-decision', runner({ 'fail-on-no': 'false' }))
  expect(decision.outputs).toMatchObject({ decision: 'NO', status: 'failure' })
  const decided = JSON.parse(await readFile(join(workspace, '.artifacts', 'release', SHA, 'decision.json'), 'utf8')) as { reasons: Array<{ file: string; field: string; message: string }> }
  expect(decided.reasons[0]).toMatchObject({ file: join('.artifacts', 'acceptance', SHA, 'result.json'), field: 'decision', message: 'is NO: required checks not passed: shard 1/2 (fail), c1 (fail)' })
  const verify = spawnSync(process.execPath, [join(repositoryRoot, 'dist', 'cli', 'index.js'), 'verify', SHA, '--artifacts-dir', '.artifacts', '--json'], { cwd: workspace, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: workspace } })
  expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, failures: [] })
  expect(verify.status).toBe(0)
})
