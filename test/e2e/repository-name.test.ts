// The run's repository is checked before anything runs: a GITHUB_REPOSITORY, or a local origin
// remote, that gives no owner/name is an input error naming where it came from, never a stack trace
// after the build.
import { execFileSync } from 'node:child_process'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCliCheckout } from '../helpers/cli-checkout.js'
import { runBundle } from '../helpers/run-bundle.js'
import { temporaryFolder } from '../helpers/temporary-folders.js'

const SHA = '3333333333333333333333333333333333333333'
/** The build leaves a marker: there must be none when the repository is refused. */
const CONFIG = 'version: 1\nbuild:\n  commands: ["touch built && echo hi > app.txt"]\n  files:\n    - name: app\n      path: app.txt\n'

test('build-once with a GITHUB_REPOSITORY that is not owner/name fails naming it, before the build', async () => {
  const workspace = await temporaryFolder('shipgate-repository-name-')
  await writeFile(join(workspace, 'shipgate.yml'), CONFIG)
  const run = await runBundle('build-once', { cwd: workspace, env: { GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'acme', GITHUB_WORKSPACE: workspace } })
  expect(run.exitCode).toBe(1)
  expect(run.stdout).toContain("::error::build-once: GITHUB_REPOSITORY: 'acme' is not a repository as owner/name")
  expect(run.stdout).not.toContain('a bug in shipgate')
  expect(await readdir(workspace)).not.toContain('built')
})

test('the local command with an origin remote that gives no owner/name fails naming the remote, before the build', async () => {
  const checkout = await createCliCheckout('shipgate-repository-remote-', { 'shipgate.yml': CONFIG })
  try {
    execFileSync('git', ['remote', 'set-url', 'origin', 'https://github.com/acme/shop%20x'], { cwd: checkout.path })
    const run = await checkout.shipgate('run', 'build-once')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("the origin remote (https://github.com/acme/shop%20x): 'acme/shop%20x' is not a repository as owner/name")
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(await readdir(checkout.path)).not.toContain('built')
  } finally {
    await checkout.remove()
  }
})
