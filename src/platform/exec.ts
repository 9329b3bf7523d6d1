// Running commands: the port stages use, backed by @actions/exec (loaded only when a command runs).
import type { Logger } from './logger.js'

export interface ExecResult {
  exitCode: number
  stdout: string
  stderr: string
}

export interface ExecOptions {
  cwd?: string
  env?: Record<string, string>
  /** Echo the command's output as it runs (the build log); off for quiet probes such as git. */
  echo?: boolean
  /** Instead of echoing onto the process's streams, hand each line of output (stdout and stderr) to this, as it comes. */
  onOutputLine?: (line: string) => void
}

export interface Exec {
  /** Runs a shell command line with bash; never throws for a non-zero exit. */
  shell(commandLine: string, options?: ExecOptions): Promise<ExecResult>
  /** Runs a program with arguments, no shell. */
  run(program: string, args: string[], options?: ExecOptions): Promise<ExecResult>
}

export const actionsExec: Exec = {
  shell: (commandLine, options) => actionsExec.run('bash', ['-eo', 'pipefail', '-c', commandLine], options),
  async run(program, args, options = {}) {
    const { getExecOutput } = await import('@actions/exec')
    const env = options.env ? { ...(process.env as Record<string, string>), ...options.env } : undefined
    try {
      const onLine = options.onOutputLine
      const result = await getExecOutput(program, args, {
        cwd: options.cwd,
        env,
        ignoreReturnCode: true,
        silent: options.echo !== true || onLine !== undefined,
        ...(onLine ? { listeners: { stdline: onLine, errline: onLine } } : {}),
      })
      return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr }
    } catch (error) {
      // @actions/exec throws when the program cannot be started at all.
      return { exitCode: 127, stdout: '', stderr: (error as Error).message }
    }
  },
}

/**
 * For the JSON log format: what a command echoes (a build, a local check, a deploy) goes to the log
 * a line at a time as `log` lines, masked, instead of raw onto the stream whose every line is JSON.
 */
export function execLoggingTo(exec: Exec, logger: Logger): Exec {
  const options = (given: ExecOptions = {}): ExecOptions => (given.echo ? { ...given, echo: false, onOutputLine: (line) => logger.info(line) } : given)
  return {
    shell: (commandLine, given) => exec.shell(commandLine, options(given)),
    run: (program, args, given) => exec.run(program, args, options(given)),
  }
}
