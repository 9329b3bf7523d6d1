// acceptance per environment and over shards, driven through the action's definition with the inputs
// a runner gives (in-process, since the bundles are rebuilt by the lead): real shipgate.yml files,
// real command checks that log which runner ran them, the real evidence folder read back.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { acceptanceAction } from '../../src/actions/acceptance.js'
import { main } from '../../src/cli/main.js'
import { ACCEPTANCE_RESULT_SCHEMA, ACCEPTANCE_RESULT_SCHEMA_V2, acceptanceResult, type AcceptanceResult } from '../../src/contracts/acceptance-result.js'
import { digestOf } from '../../src/contracts/canonical.js'
import { ConfigurationError } from '../../src/errors.js'
import type { ActionContext } from '../../src/platform/action.js'
import { systemClock } from '../../src/platform/clock.js'
import { actionsExec } from '../../src/platform/exec.js'
import { executeAction, type ActionRun } from '../../src/platform/github-action.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { runEnvironmentFromEnv } from '../../src/platform/run-environment.js'
import { checksOfShard, shardOfCheck } from '../../src/stages/acceptance-shards.js'
import { decideRelease } from '../../src/stages/release-decision.js'
import { DECISION_TIME, FOREIGN_PACKAGE_DIGEST, REPOSITORY, writeReleaseEvidence, type ReleaseEvidence } from '../helpers/evidence-fixtures.js'

const STAGING_CHECKS = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6']

/** A command check that leaves its name in the log of the runner (shard) that ran it, then runs `then`. */
function loggedCheck(name: string, then = 'true', required = true): Record<string, unknown> {
  return { name, type: 'command', run: `echo ${name} >> "ran-$SHARD_LOG.log" && ${then}`, ...(required ? {} : { required: false }) }
}

const deploy = { command: 'true' }

const CONFIG = {
  acceptance: { checks: [loggedCheck('top')] },
  environments: [
    { name: 'dev', deploy, acceptance: { checks: [loggedCheck('d0'), loggedCheck('d1', 'exit 3'), loggedCheck('d2', 'exit 4', false)] } },
    {
      name: 'staging',
      deploy,
      acceptance: {
        concurrency: 2,
        setup: 'echo staging-setup > setup.log && sleep 60',
        checks: [
          // The first check waits for the setup, which only the staging entry has.
          loggedCheck('c0', 'for i in $(seq 100); do grep -q staging-setup setup.log 2>/dev/null && exit 0; sleep 0.05; done; exit 1'),
          ...STAGING_CHECKS.slice(1).map((name) => loggedCheck(name)),
        ],
      },
    },
    { name: 'qa', deploy, acceptance: { checks: [loggedCheck('q0'), loggedCheck('q1'), loggedCheck('q2', 'exit 5', false)] } },
  ],
}

async function writeConfig(config: Record<string, unknown>): Promise<void> {
  await writeFile(configPath, stringify(config))
}

let fixture: ReleaseEvidence
let workspace: string
let configPath: string

beforeEach(async () => {
  // The package and the commit-stage evidence acceptance reads; no acceptance or later evidence yet.
  fixture = await writeReleaseEvidence({ acceptance: null, deployment: null, production: null })
  workspace = await mkdtemp(join(tmpdir(), 'shipgate-acceptance-shards-ws-'))
  configPath = join(workspace, 'shipgate.yml')
  await writeConfig(CONFIG)
})

afterEach(async () => {
  await fixture.cleanup()
  await rm(workspace, { recursive: true, force: true })
})

/** One acceptance step as a runner runs it, with its own SHARD_LOG so each runner's checks are told apart. */
async function acceptanceStep(inputs: Record<string, string>, log = 'all'): Promise<{ run: ActionRun; logger: RecordingLogger }> {
  const logger = new RecordingLogger()
  const context: ActionContext = {
    environment: runEnvironmentFromEnv({ GITHUB_SHA: fixture.sha, GITHUB_REPOSITORY: REPOSITORY, GITHUB_WORKSPACE: workspace }, 'github'),
    logger,
    exec: actionsExec,
    clock: systemClock,
    openStore: () => fixture.store,
  }
  const given: Record<string, string> = { 'artifacts-dir': fixture.artifactsDir, config: configPath, 'files-root': workspace, 'fail-on-no': 'false', ...inputs }
  const saved = process.env.SHARD_LOG
  process.env.SHARD_LOG = log
  try {
    return { run: await executeAction(acceptanceAction, (name) => given[name], context), logger }
  } finally {
    if (saved === undefined) delete process.env.SHARD_LOG
    else process.env.SHARD_LOG = saved
  }
}

async function ranBy(log: string): Promise<string[]> {
  const text = await readFile(join(workspace, `ran-${log}.log`), 'utf8').catch(() => '')
  return text.split('\n').filter(Boolean).sort()
}

async function resultAt(...segments: string[]): Promise<AcceptanceResult> {
  const path = join(fixture.artifactsDir, ...segments, 'acceptance', fixture.sha, 'result.json')
  return acceptanceResult.parse(JSON.parse(await readFile(path, 'utf8')))
}

const shardFolder = (environment: string, index: number, total: number) => ['environments', environment, 'shards', `${index}-of-${total}`]
const shardPath = (environment: string, index: number, total: number) =>
  join(fixture.artifactsDir, ...shardFolder(environment, index, total), 'acceptance', fixture.sha, 'result.json')

async function runShards(environment: string, total: number, only?: number[]): Promise<void> {
  for (const index of only ?? Array.from({ length: total }, (_, at) => at + 1)) {
    await acceptanceStep({ environment, shard: `${index}/${total}` }, `${environment}-${index}`)
  }
}

describe('acceptance for one environment', () => {
  it("runs the environment's checks and setup and writes a v2 result naming it under environments/<name>/", async () => {
    const { run } = await acceptanceStep({ environment: 'staging' })
    const expectedPath = join(fixture.artifactsDir, 'environments', 'staging', 'acceptance', fixture.sha, 'result.json')

    expect(run.outputs).toEqual({ decision: 'YES', 'result-path': expectedPath, degraded: 'false' })
    const result = await resultAt('environments', 'staging')
    expect(result).toMatchObject({ schema: ACCEPTANCE_RESULT_SCHEMA_V2, environment: 'staging', decision: 'YES', packageDigest: fixture.manifest.digest })
    expect(result).not.toHaveProperty('shard')
    expect(result.checks.map((check) => check.name)).toEqual(STAGING_CHECKS)
    expect(await ranBy('all')).toEqual(STAGING_CHECKS)
    expect(await readFile(join(workspace, 'setup.log'), 'utf8')).toBe('staging-setup\n')
    // The environment's result is not the plain one, and the package stays shared.
    await expect(readFile(fixture.paths.acceptance, 'utf8')).rejects.toThrow('ENOENT')
    expect(result.evidence[0]).toEqual({ kind: 'release-package', path: `release-package/${fixture.sha}/manifest.json`, digest: digestOf(fixture.manifest) })
    expect(run.summary).toContain('Environment `staging`.')
  })

  it('keeps writing v1 to the plain path without an environment or shard, with the top-level checks', async () => {
    const { run } = await acceptanceStep({})
    expect(run.outputs['result-path']).toBe(fixture.paths.acceptance)
    const written = JSON.parse(await readFile(fixture.paths.acceptance, 'utf8')) as Record<string, unknown>
    expect(written.schema).toBe(ACCEPTANCE_RESULT_SCHEMA)
    expect(Object.keys(written)).toEqual(['schema', 'sha', 'packageDigest', 'decision', 'degraded', 'scope', 'startedAt', 'finishedAt', 'checks', 'evidence'])
    expect(await ranBy('all')).toEqual(['top'])
  })

  it('refuses an environment the config does not list, naming the input, the file and the known names (exit 2 from the command)', async () => {
    const error = await acceptanceStep({ environment: 'prod' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toBe(`input 'environment': 'prod' is not an environment in ${configPath}; its environments are dev, staging, qa`)
    expect(await ranBy('all')).toEqual([])

    const errors: string[] = []
    const io = { out: () => undefined, err: (text: string) => void errors.push(text), env: { ...process.env, GITHUB_SHA: fixture.sha }, cwd: workspace }
    const code = await main(['run', 'acceptance', '--artifacts-dir', fixture.artifactsDir, '--config', configPath, '--environment', 'prod'], io)
    expect(code).toBe(2)
    expect(errors.join('\n')).toContain("input 'environment': 'prod' is not an environment in")
  })

  it('refuses an environment when the config has no environments: list', async () => {
    await writeConfig({ acceptance: CONFIG.acceptance })
    await expect(acceptanceStep({ environment: 'staging' })).rejects.toThrow(`input 'environment': 'staging' is not an environment in ${configPath}; it lists no environments:`)
  })
})

describe('shard subsets', () => {
  it('are deterministic, disjoint, cover every check once and keep config order, for every shard count', () => {
    const checks = Array.from({ length: 11 }, (_, index) => `check-${index}`)
    for (let total = 1; total <= checks.length; total++) {
      const parts = Array.from({ length: total }, (_, at) => checksOfShard(checks, { index: at + 1, total }))
      expect(parts.flat().sort()).toEqual([...checks].sort())
      expect(new Set(parts.flat()).size).toBe(checks.length)
      parts.forEach((part) => expect(part).toEqual(checks.filter((check) => part.includes(check))))
      expect(parts).toEqual(Array.from({ length: total }, (_, at) => checksOfShard(checks, { index: at + 1, total })))
    }
    expect(checksOfShard(STAGING_CHECKS, { index: 2, total: 3 })).toEqual(['c1', 'c4'])
    expect(shardOfCheck(5, 3)).toBe(3)
  })

  it('each shard runs only its checks and writes a partial result under shards/<i>-of-<n>/ listing only them', async () => {
    await runShards('staging', 3)
    const expected = [['c0', 'c3', 'c6'], ['c1', 'c4'], ['c2', 'c5']]
    for (const [at, names] of expected.entries()) {
      expect(await ranBy(`staging-${at + 1}`)).toEqual(names)
      const partial = await resultAt(...shardFolder('staging', at + 1, 3))
      expect(partial).toMatchObject({ schema: ACCEPTANCE_RESULT_SCHEMA_V2, environment: 'staging', shard: { index: at + 1, total: 3 }, decision: 'YES' })
      expect(partial.checks.map((check) => check.name)).toEqual(names)
    }
    // Nothing at the environment's own path until the merge.
    await expect(resultAt('environments', 'staging')).rejects.toThrow('ENOENT')
  })

  it('says which shard it was in the summary', async () => {
    const { run } = await acceptanceStep({ environment: 'staging', shard: '2/3' }, 'staging-2')
    expect(run.outputs['result-path']).toBe(shardPath('staging', 2, 3))
    expect(run.summary).toContain('Environment `staging`. Shard 2 of 3')
  })

  it('without environments, a shard result is v2 with environment null, and the merge writes v1 to the plain path', async () => {
    await writeConfig({ acceptance: { checks: ['p0', 'p1', 'p2'].map((name) => loggedCheck(name)) } })
    await acceptanceStep({ shard: '1/2' }, 'plain-1')
    await acceptanceStep({ shard: '2/2' }, 'plain-2')
    expect(await ranBy('plain-1')).toEqual(['p0', 'p2'])
    expect(await resultAt('shards', '1-of-2')).toMatchObject({ schema: ACCEPTANCE_RESULT_SCHEMA_V2, environment: null, shard: { index: 1, total: 2 } })

    const { run } = await acceptanceStep({ 'merge-shards': '2' })
    expect(run.outputs).toMatchObject({ decision: 'YES', 'result-path': fixture.paths.acceptance })
    const merged = await resultAt()
    expect(merged.schema).toBe(ACCEPTANCE_RESULT_SCHEMA)
    expect(merged.checks.map((check) => check.name)).toEqual(['p0', 'p1', 'p2'])
  })

  it('refuses more shards than checks, and shard with merge-shards', async () => {
    await expect(acceptanceStep({ environment: 'qa', shard: '1/4' })).rejects.toThrow(`4 shards for 3 checks in ${configPath} (environments[2].acceptance.checks)`)
    await expect(acceptanceStep({ environment: 'qa', shard: '1/3', 'merge-shards': '3' })).rejects.toThrow("input 'shard': cannot be given with merge-shards")
    expect(await ranBy('all')).toEqual([])
  })
})

describe('merge-shards', () => {
  it('merges 3 YES shards into one YES for the environment: every check once, the shards linked', async () => {
    await runShards('staging', 3)
    const { run } = await acceptanceStep({ environment: 'staging', 'merge-shards': '3' }, 'merge')

    expect(await ranBy('merge')).toEqual([])
    expect(run.outputs).toEqual({ decision: 'YES', 'result-path': join(fixture.artifactsDir, 'environments', 'staging', 'acceptance', fixture.sha, 'result.json'), degraded: 'false' })
    expect(run.summary).toContain('Merged 3 shard results into one.')
    const merged = await resultAt('environments', 'staging')
    expect(merged).toMatchObject({ schema: ACCEPTANCE_RESULT_SCHEMA_V2, environment: 'staging', decision: 'YES', degraded: false, packageDigest: fixture.manifest.digest })
    expect(merged).not.toHaveProperty('shard')
    expect(merged.checks.map((check) => check.name)).toEqual(STAGING_CHECKS)
    const shardLinks = await Promise.all(
      [1, 2, 3].map(async (index) => ({
        kind: 'acceptance',
        path: `environments/staging/shards/${index}-of-3/acceptance/${fixture.sha}/result.json`,
        digest: digestOf(JSON.parse(await readFile(shardPath('staging', index, 3), 'utf8'))),
      })),
    )
    expect(merged.evidence.filter((link) => link.kind === 'acceptance')).toEqual(shardLinks)
    expect(merged.evidence[0]).toMatchObject({ kind: 'release-package', path: `release-package/${fixture.sha}/manifest.json` })
  })

  it('says NO, naming the file, when a shard is missing', async () => {
    await runShards('staging', 3, [1, 3])
    const { run } = await acceptanceStep({ environment: 'staging', 'merge-shards': '3' })

    expect(run.outputs.decision).toBe('NO')
    const merged = await resultAt('environments', 'staging')
    const problem = merged.checks.find((check) => check.name === 'shard 2/3')
    expect(problem).toMatchObject({ type: 'evidence', required: true, status: 'fail' })
    expect(problem?.reason).toBe(`${shardPath('staging', 2, 3)}: missing: shard 2/3 wrote no acceptance result (did its job run and upload it?)`)
    expect(merged.checks.map((check) => check.name)).toEqual(['shard 2/3', 'c0', 'c2', 'c3', 'c5', 'c6'])
  })

  it('says NO, naming the file, when a shard tested another package', async () => {
    await runShards('staging', 3)
    const path = shardPath('staging', 2, 3)
    await writeFile(path, JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), packageDigest: FOREIGN_PACKAGE_DIGEST }, null, 2))
    const { run } = await acceptanceStep({ environment: 'staging', 'merge-shards': '3', 'fail-on-no': 'true' })

    expect(run.outputs.decision).toBe('NO')
    expect(run.failed).toContain(`shard 2/3: ${path}: packageDigest: is ${FOREIGN_PACKAGE_DIGEST}, but ${fixture.paths['release-package']} has ${fixture.manifest.digest}`)
    const merged = await resultAt('environments', 'staging')
    expect(merged.checks.filter((check) => check.status === 'fail').map((check) => check.name)).toEqual(['shard 2/3'])
  })

  it('says NO, naming the file, when a shard said NO; an optional failure in a shard degrades the merge', async () => {
    await runShards('dev', 3)
    expect(await ranBy('dev-2')).toEqual(['d1'])
    const { run } = await acceptanceStep({ environment: 'dev', 'merge-shards': '3' })

    expect(run.outputs).toMatchObject({ decision: 'NO', degraded: 'true' })
    const merged = await resultAt('environments', 'dev')
    expect(merged.checks.find((check) => check.name === 'shard 2/3')?.reason).toBe(`${shardPath('dev', 2, 3)}: decision: is NO: required checks not passed: d1 (fail)`)
    expect(merged.checks.find((check) => check.name === 'd1')).toMatchObject({ status: 'fail', reason: 'exited with 3' })
    expect(merged.checks.find((check) => check.name === 'shard 3/3')).toBeUndefined()

    await runShards('qa', 3)
    const qa = await acceptanceStep({ environment: 'qa', 'merge-shards': '3' })
    expect(qa.run.outputs).toMatchObject({ decision: 'YES', degraded: 'true' })
  })

  it('says NO when a shard ran other checks than its own, or was split another way', async () => {
    await runShards('staging', 3)
    const first = shardPath('staging', 1, 3)
    const second = shardPath('staging', 2, 3)
    const firstJson = JSON.parse(await readFile(first, 'utf8')) as AcceptanceResult
    const secondJson = JSON.parse(await readFile(second, 'utf8')) as AcceptanceResult
    // Shard 1 lost c0 and took shard 2's c1; shard 2 says it was one of 4.
    await writeFile(first, JSON.stringify({ ...firstJson, checks: [...firstJson.checks.slice(1), secondJson.checks[0]] }))
    await writeFile(second, JSON.stringify({ ...secondJson, shard: { index: 2, total: 4 } }))
    const { run } = await acceptanceStep({ environment: 'staging', 'merge-shards': '3' })

    expect(run.outputs.decision).toBe('NO')
    const reasons = Object.fromEntries((await resultAt('environments', 'staging')).checks.filter((check) => check.type === 'evidence').map((check) => [check.name, check.reason]))
    expect(reasons).toEqual({
      'shard 1/3': `${first}: checks: lists 'c1', which is shard 2's: the shard ran the wrong checks; ${first}: checks: does not list 'c0', one of its checks`,
      'shard 2/3': `${second}: shard.total: is 4, but merge-shards is 3: it was split another way`,
    })
  })
})

describe('merge-shards holds each shard to the configuration it merges with', () => {
  const strict = { acceptance: { checks: [loggedCheck('p0', 'exit 1'), loggedCheck('p1'), loggedCheck('p2')] } }
  const plainShardPath = (index: number) => join(fixture.artifactsDir, 'shards', `${index}-of-2`, 'acceptance', fixture.sha, 'result.json')

  it('says NO, naming the shard file and the check, when a shard ran a required check as optional', async () => {
    // Shard 1 ran with a config where the failing p0 is optional; shard 2 and the merge with it required.
    await writeConfig({ acceptance: { checks: [loggedCheck('p0', 'exit 1', false), loggedCheck('p1'), loggedCheck('p2')] } })
    const loose = await acceptanceStep({ shard: '1/2' }, 'plain-1')
    expect(loose.run.outputs).toMatchObject({ decision: 'YES', degraded: 'true' })
    await writeConfig(strict)
    await acceptanceStep({ shard: '2/2' }, 'plain-2')

    const { run } = await acceptanceStep({ 'merge-shards': '2', 'fail-on-no': 'true' })
    expect(run.outputs.decision).toBe('NO')
    const reason = `${plainShardPath(1)}: checks[0].required: is false, but ${configPath} (acceptance.checks[0]) has 'p0' required: the shard ran with another configuration`
    expect(run.failed).toContain(reason)
    const merged = await resultAt()
    expect(merged.checks.find((check) => check.name === 'shard 1/2')).toMatchObject({ type: 'evidence', required: true, status: 'fail', reason })
    // The merged outcome is as required as the configuration says, whatever the shard recorded.
    expect(merged.checks.find((check) => check.name === 'p0')).toMatchObject({ required: true, status: 'fail' })
    expect(merged.checks.find((check) => check.name === 'shard 2/2')).toBeUndefined()
  })

  it('says NO when a shard ran a check of another type, or ran or skipped one against its scopes', async () => {
    await writeConfig({ acceptance: { checks: [loggedCheck('p0'), loggedCheck('p1'), loggedCheck('p2')] } })
    await acceptanceStep({ shard: '1/2' }, 'plain-1')
    // Shard 2 ran p1 as an http check that only runs when docs change (this release changes runtime).
    await writeConfig({ acceptance: { checks: [loggedCheck('p0'), { name: 'p1', type: 'http', url: 'http://127.0.0.1:9/', scopes: ['docs'] }, loggedCheck('p2')] } })
    const second = await acceptanceStep({ shard: '2/2' }, 'plain-2')
    expect(second.run.outputs.decision).toBe('YES')
    expect(await ranBy('plain-2')).toEqual([])
    await writeConfig({ acceptance: { checks: [loggedCheck('p0', 'true'), loggedCheck('p1'), { ...loggedCheck('p2'), scopes: ['docs'] }] } })

    const { run } = await acceptanceStep({ 'merge-shards': '2' })
    expect(run.outputs.decision).toBe('NO')
    const reasons = Object.fromEntries((await resultAt()).checks.filter((check) => check.type === 'evidence').map((check) => [check.name, check.reason]))
    const otherConfig = 'the shard ran with another configuration'
    expect(reasons).toEqual({
      'shard 1/2': `${plainShardPath(1)}: checks[1].status: is pass, but ${configPath} (acceptance.checks[2]) skips 'p2' for this release (scope: runs when docs changed; this release changes runtime): ${otherConfig}`,
      'shard 2/2': [
        `${plainShardPath(2)}: checks[0].type: is http, but ${configPath} (acceptance.checks[1]) has 'p1' of type command: ${otherConfig}`,
        `${plainShardPath(2)}: checks[0].status: is skipped, but ${configPath} (acceptance.checks[1]) runs 'p1' for this release (scopes always): ${otherConfig}`,
      ].join('; '),
    })
  })
})

describe('reading acceptance results', () => {
  it('a v1 result written as before still reads with its digest unchanged, and release-decision takes it', async () => {
    const full = await writeReleaseEvidence()
    try {
      const text = await readFile(full.paths.acceptance, 'utf8')
      expect(JSON.parse(text).schema).toBe(ACCEPTANCE_RESULT_SCHEMA)
      const read = await full.store.read('acceptance', full.sha)
      expect(read).toMatchObject({ state: 'valid', digest: digestOf(JSON.parse(text)) })

      const logger = new RecordingLogger()
      const outcome = await decideRelease({ sha: full.sha, repository: REPOSITORY }, { store: full.store, clock: { now: () => DECISION_TIME, sleep: async () => undefined }, logger })
      expect(outcome.decision).toMatchObject({ decision: 'YES', status: 'success' })
      expect(outcome.decision.evidence).toContainEqual(expect.objectContaining({ kind: 'acceptance', digest: digestOf(JSON.parse(text)) }))
    } finally {
      await full.cleanup()
    }
  })
})
