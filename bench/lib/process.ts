// Child processes as a runner starts them: a clean environment, wall time from spawn to exit,
// and peak memory. Timing uses spawnSync so that nothing else in this process runs meanwhile.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * Only PATH and HOME from this shell plus what the run needs. Anything else can change how Node
 * starts: NODE_EXTRA_CA_CERTS alone adds tens of ms to every start on some machines, NODE_OPTIONS
 * (which npm and tsx set) can preload code.
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...extra }
}

export interface ChildCommand {
  /** argv[0] is the program, e.g. process.execPath. */
  argv: string[]
  env: Record<string, string>
  cwd?: string
}

export interface ChildRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  elapsedMs: number
}

export function runTimed(command: ChildCommand): ChildRun {
  const [program, ...args] = command.argv
  if (!program) throw new Error('empty command')
  const start = process.hrtime.bigint()
  const result = spawnSync(program, args, { env: command.env, cwd: command.cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6
  if (result.error) throw result.error
  return { exitCode: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, elapsedMs }
}

const GNU_TIME = '/usr/bin/time'

/**
 * The child's peak resident set size in KiB, from GNU time (`-f %M`), or undefined where it is
 * not installed. Run apart from the timed runs: time's own fork would be in the figures.
 */
export function peakRssKb(command: ChildCommand): number | undefined {
  if (!existsSync(GNU_TIME)) return undefined
  const [program, ...args] = command.argv
  const marker = 'bench-peak-rss-kb='
  const result = spawnSync(GNU_TIME, ['-f', `${marker}%M`, program!, ...args], { env: command.env, cwd: command.cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const match = new RegExp(`${marker}(\\d+)`).exec(result.stderr ?? '')
  return match ? Number(match[1]) : undefined
}
