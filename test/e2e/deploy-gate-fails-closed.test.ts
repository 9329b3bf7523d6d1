// deploy-gate fails closed, run as users run it (the `shipgate` command and the action bundle): it
// never deploys on evidence the release decision would call NO, never moves an environment back
// without an explicit replay, and records every refusal with its outputs set.
import { beforeEach, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repositoryRoot, runBundle } from '../helpers/run-bundle.js'
import { temporaryFolder } from '../helpers/temporary-folders.js'

const execFileAsync = promisify(execFile)
const cli = join(repositoryRoot, 'dist', 'cli', 'index.js')

const SINGLE_FLOW = `version: 1
build:
  files:
    - { name: app, path: src/app.txt }
commitStage:
  localCommand: "true"
acceptance:
  checks:
    - { name: c1, type: command, run: "true" }
    - { name: c2, type: command, run: "true" }
`

const ENVIRONMENTS = `version: 1
environments:
  - name: dev
    deploy: { command: "echo dev" }
    acceptance: { checks: [ { name: h, type: command, run: "true" } ] }
  - name: staging
    deploy: { command: "echo staging" }
    acceptance: { checks: [ { name: h, type: command, run: "true" } ] }
`

let repo: string
let shas: { a: string; b: string }

interface Run {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
}

/** `shipgate run <action> …` in the checkout, with no GITHUB_* variables; outputs read from its name=value lines. */
async function shipgate(...args: string[]): Promise<Run> {
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, [cli, ...args], { cwd: repo, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: repo } }, (error, out, err) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: out, stderr: err })
    })
  })
  const outputs = Object.fromEntries(stdout.split('\n').flatMap((line) => (/^([a-z-]+)=(.*)$/.exec(line) ? [[RegExp.$1, RegExp.$2]] : [])))
  return { code, stdout, stderr, outputs }
}

/** Deploys sha to production in the single flow, the deploy command appending to deployed.log. */
const deploy = (sha: string, ...more: string[]) => shipgate('run', 'deploy-gate', '--sha', sha, '--command', 'echo "$SHIPGATE_SHA" >> deployed.log', ...more)
const deployed = async () => (await readFile(join(repo, 'deployed.log'), 'utf8').catch(() => '')).trim().split('\n').filter(Boolean)
const recordOf = async (path: string) => JSON.parse(await readFile(join(repo, path), 'utf8')) as Record<string, unknown>
const acceptanceFile = (sha: string) => join(repo, '.artifacts', 'acceptance', sha, 'result.json')

async function editJson(path: string, edit: (value: Record<string, unknown>) => void): Promise<void> {
  const value = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>
  edit(value)
  await writeFile(path, JSON.stringify(value, null, 2))
}

beforeEach(async () => {
  repo = await temporaryFolder('shipgate-deploy-closed-')
  const git = (...args: string[]) => execFileAsync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo })
  await mkdir(join(repo, 'src'))
  await writeFile(join(repo, 'src', 'app.txt'), 'v1\n')
  await writeFile(join(repo, 'shipgate.yml'), SINGLE_FLOW)
  await writeFile(join(repo, 'envs.yml'), ENVIRONMENTS)
  await git('init', '-q', '-b', 'main')
  await git('add', '-A')
  await git('commit', '-qm', 'one')
  const a = (await git('rev-parse', 'HEAD')).stdout.trim()
  await writeFile(join(repo, 'src', 'app.txt'), 'v2\n')
  await git('commit', '-qam', 'two')
  const b = (await git('rev-parse', 'HEAD')).stdout.trim()
  shas = { a, b }
  for (const sha of [a, b]) {
    expect((await shipgate('run', 'build-once', '--sha', sha, '--runtime-changed', 'true')).code).toBe(0)
    expect((await shipgate('run', 'acceptance', '--sha', sha)).code).toBe(0)
  }
}, 60_000)

describe('deploy-gate keeps one environment\'s records per folder (single flow)', () => {
  test('deploying the production SHA to staging in the same folder is refused, so production\'s record stays and the older SHA is refused there', async () => {
    expect((await deploy(shas.b)).outputs).toMatchObject({ decision: 'deployed', 'deploy-sha': shas.b })
    const staging = await deploy(shas.b, '--environment', 'staging')
    expect(staging.code).toBe(2)
    expect(staging.stderr).toContain(`deployment/${shas.b}/record.json: environment: records ${shas.b} in 'production'; deploying it to 'staging' would replace that record`)
    expect(await recordOf(`.artifacts/deployment/${shas.b}/record.json`)).toMatchObject({ environment: 'production', outcome: 'deployed' })

    const older = await deploy(shas.a, '--candidates', shas.a)
    expect(older.code).toBe(1)
    expect(older.outputs).toMatchObject({ decision: 'refused', 'deploy-sha': '', 'previous-sha': shas.b })
    expect(await deployed()).toEqual([shas.b])
  }, 60_000)

  test('a single flow whose environment has another name (as GitHub names it) keeps its records where its release decision reads them', async () => {
    const renamed = await deploy(shas.b, '--environment', 'Prod.EU')
    expect(renamed.outputs).toMatchObject({ decision: 'deployed', 'record-path': `.artifacts/deployment/${shas.b}/record.json` })
    expect(await recordOf(renamed.outputs['record-path']!)).toMatchObject({ environment: 'Prod.EU', outcome: 'deployed' })
    const older = await deploy(shas.a, '--candidates', shas.a, '--environment', 'Prod.EU')
    expect(older.outputs).toMatchObject({ decision: 'refused', 'previous-sha': shas.b })
    expect(await deployed()).toEqual([shas.b])
  }, 60_000)
})

describe('deploy-gate fails closed on the evidence it reads', () => {
  test('a production record that fails its schema stops the deploy, naming the file and the field', async () => {
    expect((await deploy(shas.b)).outputs).toMatchObject({ decision: 'deployed' })
    await editJson(join(repo, '.artifacts', 'deployment', shas.b, 'record.json'), (record) => {
      record.extra = 1
    })
    const older = await deploy(shas.a, '--candidates', shas.a)
    expect(older.code).toBe(1)
    expect(older.stderr).toContain(`.artifacts/deployment/${shas.b}/record.json: extra:`)
    expect(await deployed()).toEqual([shas.b])
  }, 60_000)

  test.each([
    ['a YES whose required check failed', (result: Record<string, unknown>) => {
      ;(result.checks as Record<string, unknown>[])[0]!.status = 'fail'
    }, /decision: is YES, but its checks say NO/],
    ['another SHA\'s result', (result: Record<string, unknown>) => {
      result.sha = 'f'.repeat(40)
    }, /sha: names f{40}/],
    ['an environment\'s result', (result: Record<string, unknown>) => {
      Object.assign(result, { schema: 'shipgate.acceptance-result/v2', environment: 'staging' })
    }, /environment: is staging/],
    ['one shard\'s part', (result: Record<string, unknown>) => {
      Object.assign(result, { schema: 'shipgate.acceptance-result/v2', environment: null, shard: { index: 1, total: 3 } })
    }, /shard: is 1 of 3/],
  ])('acceptance the release decision calls NO (%s) deploys nothing; the refusal is recorded', async (_name, edit, why) => {
    await editJson(acceptanceFile(shas.a), edit)
    const run = await deploy(shas.a, '--candidates', shas.a)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(why)
    expect(run.outputs).toMatchObject({ decision: 'refused', 'deploy-sha': '', 'record-path': `.artifacts/deployment/${shas.a}/record.json` })
    expect(await recordOf(run.outputs['record-path']!)).toMatchObject({ outcome: 'refused', environment: 'production', sha: shas.a })
    expect(await deployed()).toEqual([])
  }, 60_000)
})

describe('deploy-gate with environments:', () => {
  test('a name the list does not have (the default production too) is a configuration error, and nothing is deployed', async () => {
    for (const environment of [[], ['--environment', 'prod']]) {
      const run = await deploy(shas.a, '--config', 'envs.yml', '--candidates', shas.a, ...environment)
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/input 'environment': '(production|prod)' is not in .*envs\.yml's environments \(dev, staging\)/)
    }
    expect(await deployed()).toEqual([])
  }, 60_000)

  test.each(['..', 'my env', 'a/b', 'e'.repeat(256)])('the environment %j is refused before anything runs', async (environment) => {
    const run = await deploy(shas.a, '--environment', environment)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/environment.*must be (an environment name|at most 255 characters)/)
    expect(await deployed()).toEqual([])
  }, 60_000)

  test('the action bundle: a promotion without the previous environment\'s YES writes a refused record and sets the outputs', async () => {
    const run = await runBundle('deploy-gate', {
      cwd: repo,
      inputs: { sha: shas.a, config: 'envs.yml', environment: 'staging', 'artifacts-dir': '.artifacts', replay: 'false', order: 'commit', 'dry-run': 'false', 'github-token': '' },
      env: { GITHUB_WORKSPACE: repo, GITHUB_SHA: shas.a, GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1' },
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error.*refusing to deploy .* to staging: .*environments\/dev\/release\/.*decision\.json: missing/)
    const record = `.artifacts/environments/staging/deployment/${shas.a}/record.json`
    expect(run.outputs).toMatchObject({ decision: 'refused', 'deploy-sha': '', 'record-path': record })
    expect(await recordOf(record)).toMatchObject({ outcome: 'refused', environment: 'staging' })
  }, 60_000)
})
