// `shipgate pipeline` on the embedded example, as the README's quick start runs it: a YES, then the
// documented NO (SHIPGATE_EXAMPLE_BREAK=health), and `shipgate verify` holding on both.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { requireValid } from '../../src/evidence/store.js'
import { exampleShipgate, listening } from '../helpers/example-cli.js'
import { jsonLines } from '../helpers/json-lines.js'
import { repositoryRoot } from '../helpers/run-bundle.js'

let artifacts: string
let sha: string

const shipgate = exampleShipgate

beforeAll(async () => {
  artifacts = await mkdtemp(join(tmpdir(), 'shipgate-pipeline-'))
  sha = (await promisify(execFile)('git', ['rev-parse', 'HEAD'], { cwd: repositoryRoot })).stdout.trim()
})

afterAll(async () => {
  await rm(artifacts, { recursive: true, force: true })
})

const pipeline = ['pipeline', '--config', 'examples/service/shipgate.yml']

test('the example ends in YES, with every stage printed and every contract verified', async () => {
  const run = await shipgate([...pipeline, '--artifacts-dir', artifacts])
  expect(run.stderr).not.toContain('unexpected error')
  // On a failure the assertion shows the run's own account of it.
  expect({ code: run.code, output: run.code === 0 ? '' : `${run.stdout}\n${run.stderr}` }).toEqual({ code: 0, output: '' })
  for (const stage of ['commit-gate', 'build-once', 'promote', 'acceptance', 'deploy', 'prod-verify', 'release-decision']) {
    expect(run.stdout).toMatch(new RegExp(`✔ ${stage} \\d+\\.\\d s`))
  }
  expect(run.stdout).toContain('Decision: YES (success)')

  const store = new LocalEvidenceStore(artifacts)
  const decision = requireValid(await store.read('release', sha)).value
  const manifest = requireValid(await store.read('release-package', sha)).value
  expect(decision.packageDigest).toBe(manifest.digest)
  const production = requireValid(await store.read('production', sha)).value
  expect(production.checks.map((check) => [check.name, check.status])).toEqual(
    expect.arrayContaining([
      ['auth canary', 'pass'],
      ['probe freshness', 'pass'],
      ['api smoke (allowed client)', 'pass'],
      ['api smoke (denied client)', 'pass'],
    ]),
  )
  // Nothing it started is left running.
  for (const port of [17811, 17812, 17813]) expect(await listening(port)).toBe(false)
  // The example's client secrets never reach the evidence.
  const evidenceText = await readFile(store.pathOf('production', sha), 'utf8')
  expect(evidenceText).not.toContain('shop-web-secret')
  expect(evidenceText).not.toContain('partner-app-secret')

  const verified = await shipgate(['verify', sha, '--artifacts-dir', artifacts])
  expect(verified.code).toBe(0)
}, 120_000)

test('with the health check broken the same package says NO, nothing is deployed, and verify still holds', async () => {
  const run = await shipgate([...pipeline, '--artifacts-dir', artifacts], { SHIPGATE_EXAMPLE_BREAK: 'health' })
  expect(run.code).toBe(1)
  expect(run.stdout).toContain('✖ acceptance')
  expect(run.stdout).not.toContain('▶ deploy')
  expect(run.stdout).toContain('Decision: NO (failure)')

  const store = new LocalEvidenceStore(artifacts)
  const acceptance = requireValid(await store.read('acceptance', sha)).value
  expect(acceptance.decision).toBe('NO')
  expect(acceptance.checks.find((check) => check.name === 'health')).toMatchObject({ status: 'fail', reason: expect.stringContaining('500') })
  const decision = requireValid(await store.read('release', sha)).value
  expect(decision.reasons[0]).toEqual(expect.objectContaining({ file: store.pathOf('acceptance', sha), field: 'decision' }))
  // The YES run's deployment record is still there; this run's acceptance is not what it rests on.
  expect(decision.reasons.slice(1)).toEqual([expect.objectContaining({ file: store.pathOf('deployment', sha), field: 'evidence[1].digest' })])
  for (const port of [17811, 17812, 17813]) expect(await listening(port)).toBe(false)

  const verified = await shipgate(['verify', sha, '--artifacts-dir', artifacts])
  expect(verified.code).toBe(0)
}, 120_000)

test('--log-format json: every log line is a JSON object, from pipeline_started through each stage to pipeline_completed', async () => {
  const own = await mkdtemp(join(tmpdir(), 'shipgate-pipeline-json-'))
  try {
    const run = await shipgate(['--log-format', 'json', ...pipeline, '--artifacts-dir', own])
    expect({ code: run.code, output: run.code === 0 ? '' : `${run.stdout}\n${run.stderr}` }).toEqual({ code: 0, output: '' })
    const lines = jsonLines(run.stderr, { workflowCommands: false })
    const events = lines.filter((line) => line.event !== 'log')
    expect(events[0]).toMatchObject({ event: 'pipeline_started', sha })
    expect(events.at(-1)).toEqual(expect.objectContaining({ event: 'pipeline_completed', sha, decision: 'YES', status: 'success', duration_ms: expect.any(Number), time: expect.any(String) }))
    const completed = events.filter((line) => line.event === 'stage_completed').map((line) => line.stage)
    expect(completed).toEqual(expect.arrayContaining(['commit-gate', 'build-once', 'promote', 'acceptance', 'deploy', 'prod-verify', 'release-decision']))
    expect(events.map((line) => line.event)).not.toContain('stage_failed')
    // The example's client secrets never reach a log line.
    expect(run.stderr).not.toContain('shop-web-secret')
    expect(run.stderr).not.toContain('partner-app-secret')
  } finally {
    await rm(own, { recursive: true, force: true })
  }
}, 120_000)
