// promote's check of the sealed files, run from the bundles as the runner runs them: what is not a
// regular file is refused by name instead of hanging, a files-root that is no folder is an input
// error, and a package whose files were not checked says so instead of "verified".
import { execFileSync } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runBundle, type BundleOptions } from '../helpers/run-bundle.js'
import { temporaryFolder } from '../helpers/temporary-folders.js'

const SHA = '2222222222222222222222222222222222222222'

let workspace: string

function runner(inputs: Record<string, string> = {}): BundleOptions {
  return {
    cwd: workspace,
    inputs: { 'artifacts-dir': '.artifacts', ...inputs },
    env: { GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'acme/shop', GITHUB_WORKSPACE: workspace, GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' },
  }
}

/** A workspace whose package seals out/app.txt and the migration file mig/orders.sql. */
beforeEach(async () => {
  workspace = await temporaryFolder('shipgate-promote-files-')
  await mkdir(join(workspace, 'out'))
  await writeFile(join(workspace, 'out', 'app.txt'), 'hello\n')
  await mkdir(join(workspace, 'mig'))
  await writeFile(join(workspace, 'mig', 'orders.sql'), 'create table orders (id int);\n')
  await writeFile(join(workspace, 'release.yml'), 'release_id: r1\nmigrations:\n  acme/shop: { file: mig/orders.sql }\n')
  await writeFile(join(workspace, 'shipgate.yml'), 'version: 1\nbuild:\n  commands: ["true"]\n  files:\n    - name: app\n      path: out/app.txt\n')
  const built = await runBundle('build-once', runner({ 'release-manifest': 'release.yml' }))
  expect(built.exitCode).toBe(0)
})

test('with every sealed file in place, both are rehashed', async () => {
  const promoted = await runBundle('promote', runner())
  expect(promoted.exitCode).toBe(0)
  expect(promoted.summary).toContain('2 files rehashed')
})

test.each([
  ['a FIFO', (path: string) => execFileSync('mkfifo', [path]), 'is a FIFO, not a regular file'],
  ['a folder', (path: string) => mkdir(path), 'is a folder, not a regular file'],
])('a file component that is %s is refused by name, not waited on and not reported as a bug', async (_what, make, reason) => {
  await rm(join(workspace, 'out', 'app.txt'))
  await make(join(workspace, 'out', 'app.txt'))
  const promoted = await runBundle('promote', runner())
  expect(promoted.exitCode).toBe(1)
  expect(promoted.stdout).toContain(`components[0].path: out/app.txt (under .) ${reason}`)
  expect(promoted.stdout).not.toContain('a bug in shipgate')
  expect(promoted.summary).toContain('promote failed')
})

test('a FIFO where build-once looks for a file component fails the build, naming it, and frees the build lock', async () => {
  await rm(join(workspace, '.artifacts'), { recursive: true })
  await rm(join(workspace, 'out', 'app.txt'))
  execFileSync('mkfifo', [join(workspace, 'out', 'app.txt')])
  const built = await runBundle('build-once', runner())
  expect(built.exitCode).toBe(1)
  expect(built.stdout).toContain("build.files 'app': out/app.txt is a FIFO, not a regular file")
  expect(execFileSync('ls', ['-A', join(workspace, '.artifacts', '.locks')], { encoding: 'utf8' })).toBe('')
})

test('a migration file changed after build-once is refused, naming it', async () => {
  await writeFile(join(workspace, 'mig', 'orders.sql'), 'drop table orders;\n')
  const promoted = await runBundle('promote', runner())
  expect(promoted.exitCode).toBe(1)
  expect(promoted.stdout).toMatch(/release\.migrations\[0\]\.sha256: mig\/orders\.sql has sha256 [0-9a-f]{64}, the package records [0-9a-f]{64}; the file changed after build-once/)
})

test.each([
  ['does not exist', 'no/such/folder', "files-root: 'no/such/folder' does not exist"],
  ['is a file', 'out/app.txt', "files-root: 'out/app.txt' is a file, not a folder"],
])('a files-root that %s is an input error naming the input', async (_what, filesRoot, message) => {
  const promoted = await runBundle('promote', runner({ 'files-root': filesRoot }))
  expect(promoted.exitCode).toBe(1)
  expect(promoted.stdout).toContain(message)
  expect(promoted.outputs['package-digest']).toBeUndefined()
})

test('when none of the sealed files is present, the summary and a warning say no file was checked', async () => {
  await rm(join(workspace, 'out'), { recursive: true })
  await rm(join(workspace, 'mig'), { recursive: true })
  const promoted = await runBundle('promote', runner())
  expect(promoted.exitCode).toBe(0)
  expect(promoted.stdout).toMatch(/::warning title=no sealed file checked,file=[^:]*::None of the package's 2 sealed file\(s\) is present under files-root/)
  expect(promoted.summary).toContain("**No file bytes were checked**: none of the package's 2 sealed files is present under files-root: `out/app.txt`, `mig/orders.sql`.")
  expect(promoted.summary).not.toContain('rehashed')
})

test('when some are present, the summary names the ones not checked', async () => {
  await rm(join(workspace, 'mig'), { recursive: true })
  const promoted = await runBundle('promote', runner())
  expect(promoted.exitCode).toBe(0)
  expect(promoted.summary).toContain('1 file rehashed')
  expect(promoted.summary).toContain('Not present, so not checked: `mig/orders.sql`.')
  expect(promoted.stdout).not.toContain('::warning')
})
