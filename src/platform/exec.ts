// Running commands: the port stages use, backed by @actions/exec (loaded only when a command runs),
// or, for a command that must not outlive this process (a build), by a process group of its own.
import { spawn } from 'node:child_process'
import { constants } from 'node:os'
import { StringDecoder } from 'node:string_decoder'
import type { Logger } from './logger.js'
import { groupAlive, signalGroup } from './process-group.js'

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
  /**
   * Run it in a process group of its own, and end that whole group (the command and all it started)
   * when this process is stopped (SIGTERM, SIGINT) or exits while it runs. For a build: the build
   * lock is known to be free once this process is gone, and a build left running then would
   * rewrite, after the next run sealed them, the files it is writing.
   */
  stopWithThisProcess?: boolean
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
    if (options.stopWithThisProcess && process.platform !== 'win32') return runInOwnGroup(program, args, options)
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

/** The process groups of the commands running with stopWithThisProcess, by their leader's pid. */
const runningGroups = new Set<number>()
/** How long a stopped command's group is given to end on the signal before it is killed outright. */
const STOP_GRACE_MS = 5000
/** Set once this process was told to stop: a command that ends then is not reported back (see stopGroupsAndExit). */
let stopping = false
/** As @actions/exec: how long after the command exits its output may stay open (a background process holding it). */
const OUTPUT_CLOSE_WAIT_MS = 10_000

/**
 * This process was told to stop: pass the signal on to each running group, kill what is left of
 * them after a grace period, and only then stop as the signal asks. Until then this process lives
 * and holds its locks, and a command that ends meanwhile is not reported back to its caller (which
 * would release them): no other run takes them over while a member of a group could still write.
 */
async function stopGroupsAndExit(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return
  stopping = true
  const groups = [...runningGroups]
  for (const group of groups) signalGroup(group, signal)
  const deadline = Date.now() + STOP_GRACE_MS
  const alive = () => groups.filter(groupAlive)
  while (alive().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
  for (const group of alive()) signalGroup(group, 'SIGKILL')
  // A killed member is gone once the kernel has reaped it; wait for that too, bounded the same way.
  const reaped = Date.now() + STOP_GRACE_MS
  while (alive().length > 0 && Date.now() < reaped) await new Promise((resolve) => setTimeout(resolve, 20))
  process.removeListener('SIGTERM', onStopSignal)
  process.removeListener('SIGINT', onStopSignal)
  process.kill(process.pid, signal)
}

function onStopSignal(signal: NodeJS.Signals): void {
  void stopGroupsAndExit(signal)
}

/** Exiting (process.exit, an uncaught error): no time is left, so what still runs is killed at once. */
function onExit(): void {
  for (const group of runningGroups) signalGroup(group, 'SIGKILL')
}

function watchGroup(group: number): void {
  if (runningGroups.size === 0) {
    process.on('SIGTERM', onStopSignal)
    process.on('SIGINT', onStopSignal)
    process.on('exit', onExit)
  }
  runningGroups.add(group)
}

function unwatchGroup(group: number): void {
  if (!runningGroups.delete(group) || runningGroups.size > 0) return
  process.removeListener('SIGTERM', onStopSignal)
  process.removeListener('SIGINT', onStopSignal)
  process.removeListener('exit', onExit)
}

/** Splits a stream's chunks into lines, the last one handed over at the end even without a newline. */
function lineSplitter(onLine: (line: string) => void): { push(chunk: Buffer): void; end(): void } {
  const decoder = new StringDecoder('utf8')
  let pending = ''
  return {
    push(chunk) {
      const lines = (pending + decoder.write(chunk)).split(/\r?\n/)
      pending = lines.pop() ?? ''
      for (const line of lines) onLine(line)
    },
    end() {
      const rest = pending + decoder.end()
      if (rest) onLine(rest)
    },
  }
}

/**
 * Runs program as the leader of a new process group (detached), with what @actions/exec gives:
 * the output collected, echoed as it comes or handed over by line, and an exit code (128 + the
 * signal's number when a signal ended it, 127 when it could not start).
 */
async function runInOwnGroup(program: string, args: string[], options: ExecOptions): Promise<ExecResult> {
  const env = options.env ? { ...(process.env as Record<string, string>), ...options.env } : process.env
  const echo = options.echo === true && options.onOutputLine === undefined
  if (echo) process.stdout.write(`[command]${[program, ...args].join(' ')}\n`)
  return new Promise<ExecResult>((resolve) => {
    const child = spawn(program, args, { cwd: options.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    const group = child.pid
    if (group !== undefined) watchGroup(group)
    const output = { stdout: '', stderr: '' }
    for (const name of ['stdout', 'stderr'] as const) {
      const decoder = new StringDecoder('utf8')
      const lines = options.onOutputLine ? lineSplitter(options.onOutputLine) : undefined
      child[name].on('data', (chunk: Buffer) => {
        output[name] += decoder.write(chunk)
        lines?.push(chunk)
        // As @actions/exec does: both streams echo onto stdout, in the order they come.
        if (echo) process.stdout.write(chunk)
      })
      child[name].on('end', () => {
        output[name] += decoder.end()
        lines?.end()
      })
    }
    let settled = false
    const finish = (result: ExecResult) => {
      if (settled || stopping) return
      settled = true
      if (group !== undefined) unwatchGroup(group)
      resolve(result)
    }
    child.on('error', (error) => finish({ exitCode: 127, stdout: '', stderr: error.message }))
    const exitCodeOf = (code: number | null, signal: NodeJS.Signals | null) => code ?? 128 + (signal ? (osSignalNumber(signal) ?? 0) : 0)
    child.on('close', (code, signal) => finish({ exitCode: exitCodeOf(code, signal), stdout: output.stdout, stderr: output.stderr }))
    child.on('exit', (code, signal) => {
      setTimeout(() => {
        child.stdout.destroy()
        child.stderr.destroy()
        finish({ exitCode: exitCodeOf(code, signal), stdout: output.stdout, stderr: output.stderr })
      }, OUTPUT_CLOSE_WAIT_MS).unref()
    })
  })
}

function osSignalNumber(signal: NodeJS.Signals): number | undefined {
  return (constants.signals as Record<string, number | undefined>)[signal]
}
