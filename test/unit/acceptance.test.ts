// The acceptance pieces on their own: backoff and deadline on a test clock, the command check's
// use of the Exec port, the concurrency limiter, the config schema, the action's inputs and summary.
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { acceptanceAction, acceptanceSummary } from '../../src/actions/acceptance.js'
import { acceptanceConfig, commandCheck, httpCheck } from '../../src/config/acceptance-config.js'
import { ACCEPTANCE_RESULT_SCHEMA_V2, versionedAcceptanceResult } from '../../src/contracts/acceptance-result.js'
import { parseSettings, withDefaults, type ActionDefinition } from '../../src/platform/action.js'
import type { Clock } from '../../src/platform/clock.js'
import type { Exec, ExecOptions, ExecResult } from '../../src/platform/exec.js'
import { RecordingLogger, SecretMasker } from '../../src/platform/logger.js'
import { runCommandCheck } from '../../src/stages/checks/command-check.js'
import { FIRST_BACKOFF_MS, MAX_BACKOFF_MS, runHttpCheck } from '../../src/stages/checks/http-check.js'
import { runLimited } from '../../src/stages/checks/run-limited.js'
import { acceptance as acceptanceExample, RELEASE_SHA } from '../helpers/contract-examples.js'

/** A clock that moves only when slept on, and remembers every sleep. */
function testClock(start = Date.parse('2025-01-02T03:00:00Z')): Clock & { sleeps: number[] } {
  let now = start
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => new Date(now),
    async sleep(ms) {
      sleeps.push(ms)
      now += ms
    },
  }
}

const closers: Array<() => void> = []
afterEach(() => closers.splice(0).forEach((close) => close()))

async function alwaysStatus(status: number): Promise<{ url: string; hits: () => number }> {
  let hits = 0
  const server = createServer((_request, response) => {
    hits++
    response.writeHead(status).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(() => {
    server.closeAllConnections()
    server.close()
  })
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, hits: () => hits }
}

describe('http check backoff', () => {
  it('doubles the wait after each failed attempt, up to the cap', async () => {
    const server = await alwaysStatus(503)
    const clock = testClock()
    const check = httpCheck.parse({ name: 'h', type: 'http', url: server.url, attempts: 7, timeoutSeconds: 600 })
    const result = await runHttpCheck(check, { clock, masker: new SecretMasker(), environment: {} })

    expect(clock.sleeps).toEqual([FIRST_BACKOFF_MS, 400, 800, 1600, 3200, MAX_BACKOFF_MS])
    expect(result).toMatchObject({ status: 'fail', attempts: 7, reason: 'status 503, expected 200 (after 7 attempts: no attempts left)' })
    expect(server.hits()).toBe(7)
  })

  it('does not sleep past the deadline: it stops and says the deadline passed', async () => {
    const server = await alwaysStatus(500)
    const clock = testClock()
    const check = httpCheck.parse({ name: 'h', type: 'http', url: server.url, attempts: 10, timeoutSeconds: 1 })
    const result = await runHttpCheck(check, { clock, masker: new SecretMasker(), environment: {} })

    // 200 + 400 = 600 ms slept; the next 800 ms would end at 1400 ms, past the 1 s deadline.
    expect(clock.sleeps).toEqual([200, 400])
    expect(result).toMatchObject({ status: 'fail', attempts: 3, reason: 'status 500, expected 200 (after 3 attempts: the 1s deadline passed)' })
  })

  it('fails without a request when a variable it names is not set, or the URL is not http', async () => {
    const clock = testClock()
    const masker = new SecretMasker()
    const missing = await runHttpCheck(httpCheck.parse({ name: 'h', type: 'http', url: '${env:ACCEPTANCE_BASE_URL}/health' }), { clock, masker, environment: {} })
    expect(missing).toEqual({ status: 'fail', attempts: 0, reason: 'the environment variable ACCEPTANCE_BASE_URL is not set (named by ${env:ACCEPTANCE_BASE_URL})' })

    const ftp = await runHttpCheck(httpCheck.parse({ name: 'h', type: 'http', url: 'ftp://127.0.0.1/' }), { clock, masker, environment: {} })
    expect(ftp).toEqual({ status: 'fail', attempts: 0, reason: "'ftp://127.0.0.1/' is not an http or https URL" })
  })
})

/** An in-process Exec that records what it was asked to run and answers as told. */
function recordingExec(answer: ExecResult): Exec & { calls: Array<{ program: string; args: string[]; options?: ExecOptions }> } {
  const calls: Array<{ program: string; args: string[]; options?: ExecOptions }> = []
  return {
    calls,
    shell: async () => {
      throw new Error('test: the command check runs through run(), under timeout')
    },
    async run(program, args, options) {
      calls.push({ program, args, options })
      return answer
    },
  }
}

describe('command check', () => {
  const check = commandCheck.parse({ name: 'smoke', type: 'command', run: 'npm run smoke', timeoutSeconds: 12 })
  const env = { SHIPGATE_REFS: '{"api":"x"}', SHIPGATE_SHA: RELEASE_SHA, SHIPGATE_PACKAGE_DIGEST: acceptanceExample().packageDigest }

  it('runs bash under timeout with the deadline, in the workspace, with the SHIPGATE_* environment', async () => {
    const exec = recordingExec({ exitCode: 0, stdout: 'ok\n', stderr: '' })
    const result = await runCommandCheck(check, { exec, clock: testClock(), masker: new SecretMasker(), env, cwd: '/work/space' })

    expect(exec.calls).toEqual([{ program: 'timeout', args: ['--kill-after=5', '12', 'bash', '-eo', 'pipefail', '-c', 'npm run smoke'], options: { cwd: '/work/space', env } }])
    expect(result).toEqual({ status: 'pass', attempts: 1, detail: 'exit 0; output tail:\nok' })
  })

  it('reads exit 124 as the deadline, and keeps only the last 20 lines, masked', async () => {
    const masker = new SecretMasker()
    masker.add('hunter22')
    const stdout = Array.from({ length: 30 }, (_, index) => `step ${index + 1}`).join('\n')
    const exec = recordingExec({ exitCode: 124, stdout, stderr: 'password hunter22 rejected' })
    const result = await runCommandCheck(check, { exec, clock: testClock(), masker, env, cwd: '.' })

    expect(result.reason).toBe('still running at the 12 s deadline: stopped')
    const lines = result.detail!.split('\n')
    expect(lines[0]).toBe('exit 124; output tail:')
    expect(lines.slice(1)).toEqual([...Array.from({ length: 19 }, (_, index) => `step ${index + 12}`), 'password *** rejected'])
  })

  it('does not call an ordinary SIGKILL (137) a deadline when the deadline is not behind it', async () => {
    const exec = recordingExec({ exitCode: 137, stdout: '', stderr: '' })
    const result = await runCommandCheck(check, { exec, clock: testClock(), masker: new SecretMasker(), env, cwd: '.' })
    expect(result).toEqual({ status: 'fail', attempts: 1, reason: 'exited with 137', detail: 'exit 137' })
  })
})

describe('runLimited', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0
    let most = 0
    const results = await runLimited([30, 5, 20, 1, 10], 2, async (ms, index) => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, ms))
      running--
      return `${index}:${ms}`
    })
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10'])
    expect(most).toBe(2)
  })

  it('handles no items and refuses a limit below 1', async () => {
    await expect(runLimited([], 3, async () => 1)).resolves.toEqual([])
    await expect(runLimited([1], 0, async () => 1)).rejects.toThrow('positive integer')
  })
})

describe('acceptance config', () => {
  it('fills the defaults a check needs', () => {
    const config = acceptanceConfig.parse({ checks: [{ name: 'h', type: 'http', url: 'http://127.0.0.1/' }] })
    expect(config).toEqual({
      concurrency: 4,
      checks: [{ name: 'h', type: 'http', url: 'http://127.0.0.1/', scopes: ['always'], required: true, timeoutSeconds: 30, method: 'GET', headers: {}, expectStatus: 200, attempts: 5 }],
    })
  })

  it.each([
    [{ checks: [{ name: 'h', type: 'http', url: 'u', jsonPointer: { pointer: 'build/sha', equals: 1 } }] }, 'RFC 6901'],
    [{ checks: [{ name: 'h', type: 'http', url: 'u', jsonPointer: { pointer: '/a' } }] }, 'equals'],
    [{ checks: [{ name: 'h', type: 'http', url: 'u', method: 'GET /x' }] }, 'HTTP method'],
    [{ checks: [{ name: 'h', type: 'http', url: 'u', expect: 200 }] }, 'expect'],
    [{ checks: [{ name: 'a', type: 'command', run: 'true' }, { name: 'a', type: 'command', run: 'false' }] }, 'unique'],
    [{ checks: [{ name: 'a', type: 'command', run: 'true', scopes: ['backend'] }] }, 'scopes'],
    [{ checks: [{ name: 'a', type: 'browser' }] }, 'type'],
  ])('refuses %j', (config, words) => {
    const parsed = acceptanceConfig.safeParse(config)
    expect(parsed.success).toBe(false)
    expect(JSON.stringify(parsed.error?.issues)).toContain(words)
  })
})

describe('acceptance action inputs', () => {
  const parse = (given: Record<string, string>) =>
    parseSettings(acceptanceAction, withDefaults(acceptanceAction as ActionDefinition<unknown>, (name) => given[name]), new RecordingLogger())

  it('defaults to fail on NO, the .artifacts folder and the files root ".", with scope and digest unset', () => {
    expect(parse({})).toEqual({ sha: undefined, artifactsDir: '.artifacts', config: undefined, scope: undefined, packageDigest: undefined, filesRoot: '.', failOnNo: true })
  })

  it('parses the scope JSON and the package digest', () => {
    const digest = acceptanceExample().packageDigest
    expect(parse({ scope: '{"runtimeChanged":false,"infraChanged":true,"docsChanged":false}', 'package-digest': digest, 'fail-on-no': 'false' })).toMatchObject({
      scope: { runtimeChanged: false, infraChanged: true, docsChanged: false },
      packageDigest: digest,
      failOnNo: false,
    })
  })

  it.each([
    [{ scope: 'runtime' }, "input 'scope': is not JSON"],
    [{ scope: '{"runtimeChanged":"yes","infraChanged":false,"docsChanged":false}' }, "input 'scope': must be {\"runtimeChanged\":bool"],
    [{ 'package-digest': 'sha256:abc' }, "input 'package-digest': must be a digest"],
    [{ 'fail-on-no': 'maybe' }, "input 'fail-on-no': 'maybe' is not a boolean"],
    [{ environment: 'Staging!' }, "input 'environment': must be 1 to 40 lowercase letters"],
    [{ shard: '4/3' }, "input 'shard': i/n: '4/3' is not i/n with 1 <= i <= n <= 256"],
    [{ shard: 'two' }, "input 'shard': i/n: 'two' is not i/n"],
    [{ 'merge-shards': '0' }, "input 'merge-shards': '0' is not a number of shards from 1 to 256"],
    [{ 'merge-shards': '3.5' }, "input 'merge-shards': '3.5' is not a number of shards"],
    [{ shard: '1/3', 'merge-shards': '3' }, "input 'shard': cannot be given with merge-shards"],
  ])('refuses %j with a message naming the input', (given, message) => {
    expect(() => parse(given)).toThrow(message)
  })

  it('parses the environment, the shard and the number of shards to merge', () => {
    expect(parse({ environment: 'staging', shard: ' 2 / 3 ' })).toMatchObject({ environment: 'staging', shard: { index: 2, total: 3 }, mergeShards: undefined })
    expect(parse({ 'merge-shards': '3' })).toMatchObject({ environment: undefined, shard: undefined, mergeShards: 3 })
  })
})

describe('acceptanceSummary', () => {
  it('shows the decision, the package, the scope and each check with its reason', () => {
    const result = {
      ...acceptanceExample(),
      decision: 'NO' as const,
      checks: [
        { name: 'health', type: 'http', required: true, status: 'fail' as const, reason: 'status 503 | expected 200', attempts: 5, durationMs: 3100 },
        { name: 'infra', type: 'command', required: false, status: 'skipped' as const, reason: 'scope: runs when infra changed', attempts: 0, durationMs: 0 },
      ],
    }
    const summary = acceptanceSummary(result, '.artifacts/acceptance/x/result.json')

    expect(summary).toContain('### acceptance: ❌ NO')
    // The digest is shortened in the text and given whole only in the collapsed details at the end.
    expect(summary).toContain(`Package \`${result.packageDigest.slice(0, 'sha256:'.length + 12)}\` for`)
    expect(summary.split('<details>')[0]).not.toContain(result.packageDigest)
    expect(summary.split('<details>')[1]).toContain(result.packageDigest)
    expect(summary).toContain('scope: runtime changed, infra unchanged, docs unchanged')
    expect(summary).toContain('| health | http | yes | ❌ fail | 5 | 3.1s | status 503 \\| expected 200 |')
    expect(summary).toContain('| infra | command | no | ⏭️ skipped | 0 | 0 ms | scope: runs when infra changed |')
  })

  it('says which environment and shard a partial result is, and that a merge merged n shards', () => {
    const { schema: _v1, ...body } = acceptanceExample()
    const partial = versionedAcceptanceResult(body, { environment: 'staging', shard: { index: 2, total: 3 } })
    expect(partial).toMatchObject({ schema: ACCEPTANCE_RESULT_SCHEMA_V2, environment: 'staging', shard: { index: 2, total: 3 } })
    expect(acceptanceSummary(partial, 'p')).toContain("Environment `staging`. Shard 2 of 3: only this shard's checks; merge-shards: 3 gives the acceptance result.")
    const merged = versionedAcceptanceResult(body, { shard: undefined, environment: undefined })
    expect(acceptanceSummary(merged, 'p', { mergedShards: 3 })).toContain('\n\nMerged 3 shard results into one.\n\nPackage')
    expect(acceptanceSummary(acceptanceExample(), 'p')).not.toMatch(/Environment|Shard|Merged/)
  })
})
