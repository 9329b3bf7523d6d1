// Starts one step's process (a shell script or a node action) the way the runner does: its own
// environment only, stdout and stderr read line by line, and the whole process group killed on timeout.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

export interface ProcessOutcome {
  exitCode: number | null
  timedOut: boolean
  /** Set when the process could not be started (no such shell or node binary). */
  startError?: string
}

export interface ProcessOptions {
  cwd: string
  env: Record<string, string>
  timeoutMs?: number
  /** Aborted when the harness closes: the process group is killed. */
  signal?: AbortSignal
  onLine(line: string): void
}

export function runProcess(command: string, args: string[], options: ProcessOptions): Promise<ProcessOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let timedOut = false
    let startError: string | undefined
    const kill = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            kill()
          }, options.timeoutMs)
    options.signal?.addEventListener('abort', kill, { once: true })
    const streams = [child.stdout, child.stderr].map(
      (stream) =>
        new Promise<void>((done) => {
          const lines = createInterface({ input: stream, crlfDelay: Infinity })
          lines.on('line', (line) => options.onLine(line))
          lines.on('close', done)
        }),
    )
    let settled = false
    const settle = (code: number | null) => {
      if (settled) return
      settled = true
      if (timer) clearTimeout(timer)
      options.signal?.removeEventListener('abort', kill)
      void Promise.all(streams).then(() => resolve({ exitCode: startError ? null : code, timedOut, ...(startError ? { startError } : {}) }))
    }
    child.on('error', (error) => {
      startError = error.message
      settle(null)
    })
    child.on('close', (code) => settle(code))
  })
}
