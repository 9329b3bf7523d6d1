// @github/local-action runs an action from its TypeScript source with a .env file. Proved here for
// build-once and promote: a package is built, promoted, then refused once a packaged file changes.
// local-action exits 0 after a stubbed core.setFailed; shipgate does not use @actions/core and sets
// process.exitCode itself, which local-action passes on. The test reads the output for ::error:: too.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = resolve('.')
const sha = 'a'.repeat(40)
let workspace: string

/** `npx local-action run actions/<name> ../../scripts/local-action/entrypoint.ts <env file>` */
async function localAction(name: string, inputs: Record<string, string>): Promise<{ exitCode: number; output: string; outputs: string }> {
  const outputFile = join(workspace, `${name}-output.txt`)
  await writeFile(outputFile, '')
  const envFile = join(workspace, `${name}.env`)
  const lines = {
    SHIPGATE_LOCAL_ACTION: name,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: sha,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(workspace, `${name}-summary.md`),
    ...Object.fromEntries(Object.entries(inputs).map(([input, value]) => [`INPUT_${input.toUpperCase()}`, value])),
  }
  await writeFile(envFile, Object.entries(lines).map(([key, value]) => `${key}=${value}`).join('\n') + '\n')
  const bin = join(root, 'node_modules/.bin/local-action')
  const env = { ...process.env, LOCAL_ACTION_WORKSPACE: workspace, NODE_OPTIONS: '' }
  const result = await run(bin, ['run', `actions/${name}`, '../../scripts/local-action/entrypoint.ts', envFile], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ exitCode: 0, output: stdout + stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ exitCode: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
  )
  return { ...result, outputs: await readFile(outputFile, 'utf8') }
}

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'shipgate-local-action-'))
  await mkdir(join(workspace, 'out'))
  await writeFile(join(workspace, 'out/app.txt'), 'version 1\n')
  await writeFile(join(workspace, 'shipgate.yml'), 'version: 1\nbuild:\n  files:\n    - { name: app, path: out/app.txt }\n')
})
afterAll(async () => rm(workspace, { recursive: true, force: true }))

test('build-once then promote run from source under local-action; a changed file is an ::error:: and a failed run', async () => {
  const common = { sha, 'artifacts-dir': join(workspace, '.artifacts') }
  const build = await localAction('build-once', { ...common, config: join(workspace, 'shipgate.yml'), 'runtime-changed': 'true' })
  expect(build.output).not.toContain('::error')
  expect(build.exitCode).toBe(0)
  const digest = /package-digest<<(\S+)\n(sha256:[0-9a-f]{64})\n/.exec(build.outputs)?.[2]
  expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)

  const promote = await localAction('promote', { ...common, 'files-root': workspace })
  expect(promote.output).not.toContain('::error')
  expect(promote.exitCode).toBe(0)
  expect(promote.output).toContain(`Promoting ${digest}`)
  expect(promote.outputs).toContain(`\n${digest}\n`)

  await writeFile(join(workspace, 'out/app.txt'), 'version 2, not the one that was packaged\n')
  const refused = await localAction('promote', { ...common, 'files-root': workspace })
  expect(refused.output).toMatch(/::error[^:]*::promote: .*out\/app\.txt/)
  expect(refused.exitCode).toBe(1)
  expect(refused.outputs).not.toContain('package-digest')
}, 120_000)
