// The built `shipgate` command as the README's example runs it (with the example's env file), and
// whether anything still listens on a port the example uses.
import { execFile } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repositoryRoot } from './run-bundle.js'

const cli = join(repositoryRoot, 'dist', 'cli', 'index.js')

export interface ExampleRun {
  code: number
  stdout: string
  stderr: string
}

/** dist/cli/index.js with examples/service/example.env, a bare PATH and HOME, and the given variables. */
export function exampleShipgate(args: string[], env: Record<string, string> = {}, cwd = repositoryRoot): Promise<ExampleRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [`--env-file=${join(repositoryRoot, 'examples/service/example.env')}`, cli, ...args],
      { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? tmpdir(), ...env }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    )
  })
}

export async function listening(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(500) })
    return true
  } catch {
    return false
  }
}
