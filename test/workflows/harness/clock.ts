// The run's clock: with `now`, every process the harness starts sees that time (libfaketime via
// LD_PRELOAD), advancing with real time from the start of the run.
import { existsSync } from 'node:fs'

export const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1'

export class RunClock {
  private readonly realStart = Date.now()

  constructor(private readonly start: Date | undefined) {
    if (start !== undefined && !existsSync(LIBFAKETIME)) {
      throw new Error(`runWorkflow({ now }) needs libfaketime at ${LIBFAKETIME}: apt-get install -y faketime`)
    }
  }

  /** When the run started: exactly `now` when it was given. */
  started(): Date {
    return this.start === undefined ? new Date(this.realStart) : new Date(this.start)
  }

  /** The run's time now: `now` plus the real time elapsed since the run started. */
  now(): Date {
    return this.start === undefined ? new Date() : new Date(this.start.getTime() + (Date.now() - this.realStart))
  }

  /** Variables that make a child process (and its children) see the run's time. */
  processEnv(): Record<string, string> {
    if (this.start === undefined) return {}
    const at = this.now().toISOString().replace('T', ' ').replace(/\.\d+Z$/, '')
    return {
      LD_PRELOAD: LIBFAKETIME,
      FAKETIME: `@${at}`,
      // Children of the step (node spawning git, bash spawning date) continue the clock, not restart it.
      FAKETIME_DONT_RESET: '1',
      // Timers and timeouts keep real monotonic time; only the wall clock moves.
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    }
  }
}
