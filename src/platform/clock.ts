// Time as a port, so stages that wait or stamp times can be driven by tests.
import { setTimeout as sleep } from 'node:timers/promises'

export interface Clock {
  now(): Date
  sleep(ms: number): Promise<void>
}

/** Node's timers take at most 2^31-1 ms (24.8 days); a longer one would fire at once. */
export const LONGEST_TIMER_MS = 2 ** 31 - 1

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: async (ms) => {
    let left = ms
    while (left > LONGEST_TIMER_MS) {
      await sleep(LONGEST_TIMER_MS)
      left -= LONGEST_TIMER_MS
    }
    await sleep(left)
  },
}
