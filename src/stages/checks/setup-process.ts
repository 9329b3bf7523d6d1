// The acceptance `setup` command: started in the background in its own process group, so that
// stopping it stops everything it started (a server it ran with `&` included). If shipgate itself
// exits or is interrupted first, the group is killed on the way out.
import { spawn } from 'node:child_process'
import { setTimeout as delay } from 'node:timers/promises'
import { groupAlive, signalGroup } from '../../platform/process-group.js'

const OUTPUT_KEPT = 16 * 1024
const POLL_MS = 50

export interface SetupExit {
  code: number | null
  signal: NodeJS.Signals | null
}

export interface SetupProcess {
  readonly pid: number
  /** Set once the setup command itself ended (what it started may still run). */
  readonly exit: SetupExit | undefined
  /** The last few kilobytes of its stdout and stderr. */
  output(): string
  /** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves when the group is gone. */
  stop(graceMs?: number): Promise<void>
}

export async function startSetup(command: string, options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<SetupProcess> {
  const child = spawn('bash', ['-c', command], { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  let exit: SetupExit | undefined
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal }
      resolve()
    })
  })

  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve)
    child.once('error', reject)
  })
  const pid = child.pid!

  // Last resort when shipgate ends before stop(): never leave the package running.
  const killOnExit = () => signalGroup(pid, 'SIGKILL')
  const killOnSignal = (signal: NodeJS.Signals) => {
    killOnExit()
    removeHandlers()
    process.kill(process.pid, signal)
  }
  const removeHandlers = () => {
    process.off('exit', killOnExit)
    process.off('SIGINT', killOnSignal)
    process.off('SIGTERM', killOnSignal)
  }
  process.once('exit', killOnExit)
  process.once('SIGINT', killOnSignal)
  process.once('SIGTERM', killOnSignal)

  return {
    pid,
    get exit() {
      return exit
    },
    output: () => output,
    async stop(graceMs = 5000) {
      signalGroup(pid, 'SIGTERM')
      const until = Date.now() + graceMs
      while (groupAlive(pid) && Date.now() < until) await delay(POLL_MS)
      if (groupAlive(pid)) {
        signalGroup(pid, 'SIGKILL')
        while (groupAlive(pid)) await delay(POLL_MS)
      }
      // The leader may be a zombie until node reaps it; do not wait on pipes a stray process could hold.
      const giveUp = new AbortController()
      await Promise.race([exited, delay(graceMs, undefined, { signal: giveUp.signal }).catch(() => undefined)])
      giveUp.abort()
      child.stdout.destroy()
      child.stderr.destroy()
      removeHandlers()
    },
  }
}
