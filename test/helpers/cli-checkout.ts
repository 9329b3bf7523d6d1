// A git checkout in a temp folder with the given files, and the `shipgate` command run in it as a
// user runs it: the committed bundle dist/cli/index.js, with no GITHUB_* variables, so the SHA and
// the repository come from the checkout (its origin is acme/shop).
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repositoryRoot } from './run-bundle.js'

const execFileAsync = promisify(execFile)
const cli = join(repositoryRoot, 'dist', 'cli', 'index.js')

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export interface CliCheckout {
  path: string
  /** The one commit's SHA. */
  sha: string
  shipgate(...args: string[]): Promise<CliRun>
  remove(): Promise<void>
}

export async function createCliCheckout(prefix: string, files: Record<string, string>, timeoutMs = 0): Promise<CliCheckout> {
  const path = await mkdtemp(join(tmpdir(), prefix))
  for (const [name, content] of Object.entries(files)) await writeFile(join(path, name), content)
  const git = (...args: string[]) => execFileAsync('git', args, { cwd: path })
  await git('init', '-q')
  await git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'first')
  await git('remote', 'add', 'origin', 'git@github.com:acme/shop.git')
  const sha = (await git('rev-parse', 'HEAD')).stdout.trim()
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: path }
  const shipgate = (...args: string[]) =>
    new Promise<CliRun>((done) => {
      execFile(process.execPath, [cli, ...args], { cwd: path, env, timeout: timeoutMs }, (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
      })
    })
  return { path, sha, shipgate, remove: () => rm(path, { recursive: true, force: true }) }
}
